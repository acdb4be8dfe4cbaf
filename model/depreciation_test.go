package model

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
)

// testFinance is spec §14's defaults with the changes a test makes.
func testFinance(change func(*Finance)) Finance {
	f := Default().Finance
	if change != nil {
		change(&f)
	}
	return f
}

func decimals(values ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(values))
	for i, v := range values {
		out[i] = d(v)
	}
	return out
}

func TestDepreciationStraightLineByClass(t *testing.T) {
	f := testFinance(nil) // ASICs 3 years, GPUs 5, fit-out 15
	payments := []CapexPayment{
		{Month: 0, Class: CapexMining, AmountUSD: d("3600000")},   // 3,600,000 / 36 = 100,000 a month, months 1..36
		{Month: 12, Class: CapexGPU, AmountUSD: d("6000000")},     // 6,000,000 / 60 = 100,000 a month from month 13; past 60 not taken
		{Month: 0, Class: CapexFitout, AmountUSD: d("18000000")},  // 18,000,000 / 180 = 100,000 a month, all 60 months
		{Month: 60, Class: CapexFitout, AmountUSD: d("90000000")}, // paid at H: depreciates from month 61, outside the horizon
	}
	dep := depreciation(f, payments, 60)
	total := zero
	for i, v := range dep {
		m := i + 1
		want := "200000" // months 1..12 and 37..60: ASIC or GPU, plus fit-out
		if m >= 13 && m <= 36 {
			want = "300000" // all three
		}
		near(t, fmt.Sprintf("depreciation month %d", m), v, want, "0")
		total = total.Add(v)
	}
	// 3.6M (all of the ASICs) + 48 × 100,000 (GPUs) + 60 × 100,000 (fit-out) = 14.4M
	near(t, "total", total, "14400000", "0")

	// An amount that does not divide: 1,000 paid at the end of month 2
	// depreciates over months 3..38, all inside a 40-month horizon, and adds
	// back to 1,000.
	dep = depreciation(f, []CapexPayment{{Month: 2, Class: CapexMining, AmountUSD: d("1000")}}, 40)
	sum := zero
	for _, v := range dep {
		sum = sum.Add(v)
	}
	near(t, "1,000 over 36 months", sum, "1000", "1e-15")
	near(t, "month 2 (before the payment's first month)", dep[1], "0", "0")
	near(t, "month 3", dep[2], "27.7777777777777777", "1e-15")
	near(t, "month 38 (the last)", dep[37], "27.7777777777777777", "1e-15")
	near(t, "month 39", dep[38], "0", "0")
}
