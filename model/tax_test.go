package model

import (
	"fmt"
	"testing"
)

func TestTaxCarriesLossesForward(t *testing.T) {
	// At 25 %:
	//   m1 −100: loss, carried 100, tax 0
	//   m2   30: uses 30 of it, carried 70, tax 0
	//   m3   50: uses 50, carried 20, tax 0
	//   m4   40: uses the last 20, 20 taxed: 5
	//   m5  −10: carried 10, tax 0
	//   m6   25: uses 10, 15 taxed: 3.75
	tax := taxWithLosses(d("0.25"), decimals("-100", "30", "50", "40", "-10", "25"))
	for i, want := range []string{"0", "0", "0", "5", "0", "3.75"} {
		near(t, fmt.Sprintf("tax month %d", i+1), tax[i], want, "0")
	}
	// At 0 % there is never tax.
	for i, v := range taxWithLosses(zero, decimals("100", "-5", "7")) {
		near(t, fmt.Sprintf("untaxed month %d", i+1), v, "0", "0")
	}
	// Taxable income adds the prepayment credit back to EBITDA (the rows'
	// EBITDA is net of it) and takes off depreciation and interest:
	// 1,000 + 200 − 300 − 50 = 850; 1,000 + 0 − 300 − 0 = 700.
	taxable := taxableIncome(decimals("1000", "1000"), decimals("200", "0"), decimals("300", "300"), decimals("50", "0"))
	near(t, "taxable 1", taxable[0], "850", "0")
	near(t, "taxable 2", taxable[1], "700", "0")
}
