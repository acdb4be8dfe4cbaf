package model

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// randomStrategy is a strategy the finance layer might meet: capex of every
// class at t = 0 and during a build, EBITDA that is negative in the build
// and positive later, sometimes a prepayment with its credits, an end value.
func randomStrategy(rng *rand.Rand, horizon int) strategyFlows {
	in := strategyFlows{ebitda: make([]decimal.Decimal, horizon)}
	cents := func(maxUSD int64) decimal.Decimal { return decimal.New(rng.Int64N(maxUSD*100), -2) }
	for range 1 + rng.IntN(8) {
		month := 0
		if rng.IntN(2) == 0 {
			month = rng.IntN(horizon + 1)
		}
		in.payments = append(in.payments, CapexPayment{Month: month, Class: []CapexClass{CapexMining, CapexGPU, CapexFitout}[rng.IntN(3)], AmountUSD: cents(50_000_000)})
	}
	build := rng.IntN(horizon)
	for i := range in.ebitda {
		if i < build {
			in.ebitda[i] = cents(2_000_000).Neg()
		} else {
			in.ebitda[i] = cents(5_000_000).Sub(d("1000000"))
		}
	}
	if rng.IntN(2) == 0 {
		in.prepaymentUSD = cents(20_000_000)
		in.credits = make([]decimal.Decimal, horizon)
		n := 1 + rng.IntN(horizon)
		part := div(in.prepaymentUSD, decimal.NewFromInt(int64(n)))
		for i := range n {
			in.credits[i] = part
		}
	}
	in.terminalUSD = cents(30_000_000)
	return in
}

func randomFinance(rng *rand.Rand) Finance {
	return Finance{
		TaxRatePct:              decimal.NewFromInt(rng.Int64N(50)),
		ASICDepreciationYears:   1 + rng.IntN(5),
		GPUDepreciationYears:    1 + rng.IntN(8),
		FitoutDepreciationYears: 1 + rng.IntN(30),
		DebtPctOfCapex:          decimal.NewFromInt(rng.Int64N(91)),
		DebtRatePct:             decimal.New(rng.Int64N(2000), -2), // 0..20 %, 0 sometimes
		DebtTermMonths:          1 + rng.IntN(120),
		EquityDiscountRatePct:   decimal.NewFromInt(rng.Int64N(30)),
	}
}

// forRandomStrategies runs check on 200 random strategies and finance tables.
func forRandomStrategies(t *testing.T, check func(t *testing.T, f Finance, in strategyFlows)) {
	rng := rand.New(rand.NewPCG(14, 17))
	for n := range 200 {
		horizon := 1 + rng.IntN(120)
		f, in := randomFinance(rng), randomStrategy(rng, horizon)
		if n%10 == 0 {
			f.DebtRatePct = zero
		}
		t.Run(fmt.Sprint(n), func(t *testing.T) { check(t, f, in) })
	}
}

// With no debt the shareholders' flow is the strategy's after-tax flow.
func TestNoDebtEquityIsAfterTaxFlow(t *testing.T) {
	forRandomStrategies(t, func(t *testing.T, f Finance, in strategyFlows) {
		f.DebtPctOfCapex = zero
		led := financeStrategy(f, in)
		tax := make([]decimal.Decimal, len(led.months))
		for i, m := range led.months {
			tax[i] = m.TaxUSD
			if !m.LeveredTaxUSD.Equal(m.TaxUSD) {
				t.Fatalf("month %d: levered tax %s, unlevered %s, with no interest", i+1, m.LeveredTaxUSD, m.TaxUSD)
			}
		}
		flows := unleveredFlows(in, led.capex, tax)
		if !led.equity.InitialCashUSD.Equal(flows[0]) {
			t.Errorf("t = 0: equity %s, after tax %s", led.equity.InitialCashUSD, flows[0])
		}
		for i, m := range led.months {
			if !m.EquityCashUSD.Equal(flows[i+1]) {
				t.Errorf("month %d: equity %s, after tax %s", i+1, m.EquityCashUSD, flows[i+1])
			}
		}
		if led.equity.MinDSCR.Valid || !led.equity.DebtUSD.IsZero() {
			t.Errorf("no debt, yet debt %s and min DSCR %v", led.equity.DebtUSD, led.equity.MinDSCR)
		}
	})
}

// With no tax and no debt the equity flow is the pre-tax, unlevered flow of
// part one and section 10: −capex_0 + prepayment, EBITDA_m − capex_m, the end
// value at H.
func TestNoTaxNoDebtIsPreTax(t *testing.T) {
	forRandomStrategies(t, func(t *testing.T, f Finance, in strategyFlows) {
		f.TaxRatePct, f.DebtPctOfCapex = zero, zero
		led := financeStrategy(f, in)
		capex := capexByMonth(in.payments, len(in.ebitda))
		if want := capex[0].Neg().Add(in.prepaymentUSD); !led.equity.InitialCashUSD.Equal(want) {
			t.Errorf("t = 0: %s, want %s", led.equity.InitialCashUSD, want)
		}
		for i, m := range led.months {
			want := in.ebitda[i].Sub(capex[i+1])
			if i == len(led.months)-1 {
				want = want.Add(in.terminalUSD)
			}
			if !m.EquityCashUSD.Equal(want) || !m.TaxUSD.IsZero() {
				t.Errorf("month %d: equity %s, want %s; tax %s", i+1, m.EquityCashUSD, want, m.TaxUSD)
			}
		}
		if !led.taxUSD.IsZero() {
			t.Errorf("tax %s at 0 %%", led.taxUSD)
		}
	})
}

// Every dollar drawn is repaid: by the scheduled principal, or at month H.
func TestPrincipalRepaysTheDebt(t *testing.T) {
	forRandomStrategies(t, func(t *testing.T, f Finance, in strategyFlows) {
		led := financeStrategy(f, in)
		repaid, drawn, interest := led.equity.BalanceRepaidUSD, zero, zero
		for _, m := range led.months {
			repaid = repaid.Add(m.PrincipalUSD)
			drawn = drawn.Add(m.DrawUSD)
			interest = interest.Add(m.InterestUSD)
			if m.InterestUSD.IsNegative() || m.PrincipalUSD.IsNegative() {
				t.Errorf("negative interest %s or principal %s", m.InterestUSD, m.PrincipalUSD)
			}
		}
		drawn = drawn.Add(mul(fraction(f.DebtPctOfCapex), led.capex[0])) // the draw at t = 0
		if !repaid.Equal(led.equity.DebtUSD) || !drawn.Equal(led.equity.DebtUSD) {
			t.Errorf("repaid %s, drawn %s, debt %s", repaid, drawn, led.equity.DebtUSD)
		}
		if !interest.Equal(led.equity.InterestUSD) {
			t.Errorf("interest by month adds to %s, total %s", interest, led.equity.InterestUSD)
		}
		// A term that ends inside the horizon leaves (next to) nothing owed.
		lastDraw := 0
		for _, p := range in.payments {
			lastDraw = max(lastDraw, p.Month)
		}
		if lastDraw+f.DebtTermMonths <= len(in.ebitda) {
			near(t, "balance left", led.equity.BalanceRepaidUSD, "0", "1e-6")
		}
	})
}

// Tax is never negative, and never more than the rate on the profits.
func TestTaxBounds(t *testing.T) {
	forRandomStrategies(t, func(t *testing.T, f Finance, in strategyFlows) {
		led := financeStrategy(f, in)
		profits := zero
		for i, taxable := range taxableIncome(in.ebitda, in.credits, led.dep, nil) {
			if taxable.IsPositive() {
				profits = profits.Add(taxable)
			}
			if led.months[i].TaxUSD.IsNegative() {
				t.Errorf("month %d: tax %s", i+1, led.months[i].TaxUSD)
			}
		}
		if cap := mul(fraction(f.TaxRatePct), profits); led.taxUSD.GreaterThan(cap) {
			t.Errorf("tax %s above the rate on the profits %s", led.taxUSD, cap)
		}
	})
}
