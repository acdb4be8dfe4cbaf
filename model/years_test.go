package model

import (
	"testing"

	"github.com/shopspring/decimal"
)

// A year's capex is what its months pay (spec §10), the end value lands in
// the last year, and from t = 0 the years add up to the cumulative cash.
func TestYearsAddUp(t *testing.T) {
	res := Evaluate(defaultWith(func(s *Scenario) {
		dealScenario(s)
		s.HasFinance, s.Finance.TaxRatePct = true, d("21") // spec §14: the years' tax comes out too
	}))
	if !res.AI.TaxUSD.IsPositive() && !res.Mining.TaxUSD.IsPositive() {
		t.Fatal("the taxed deal pays no tax")
	}
	for _, st := range []Strategy{res.Mining, res.AI} {
		years := st.Years()
		cumulative := st.PrepaymentUSD.Sub(st.InitialCapexUSD)
		paid := st.InitialCapexUSD
		for i, y := range years {
			if i < len(years)-1 && !y.EndValueUSD.IsZero() {
				t.Errorf("year %d has an end value of %s", y.Year, y.EndValueUSD)
			}
			cumulative = cumulative.Add(y.EBITDAUSD).Sub(y.CapexUSD).Sub(y.TaxUSD).Add(y.EndValueUSD)
			paid = paid.Add(y.CapexUSD)
			if !cumulative.Equal(y.CumulativeCashUSD) {
				t.Fatalf("year %d: the years add up to %s, the ledger says %s", y.Year, cumulative, y.CumulativeCashUSD)
			}
		}
		if !paid.Equal(st.CapexUSD) || !years[len(years)-1].EndValueUSD.Equal(st.ResidualUSD) {
			t.Errorf("capex %s of %s; end value %s of %s", paid, st.CapexUSD, years[len(years)-1].EndValueUSD, st.ResidualUSD)
		}
	}
	if res.AI.InitialCapexUSD.Equal(res.AI.CapexUSD) {
		t.Error("the deal pays all its capex at t = 0: the test checks nothing of the build")
	}
}

// With debt (spec §14) the years carry its interest, its principal and the
// equity cash: from t = 0 the equity cash of the years adds up to the
// equity's flows, and with the balance repaid at month H in the last year
// the principal repays every draw. A 36-month term on a 60-month horizon
// repays the t = 0 draws within it; a 60-month term leaves a balance at H.
func TestYearsOfTheDebt(t *testing.T) {
	for _, term := range []int{36, 60} {
		res := Evaluate(defaultWith(func(s *Scenario) {
			dealScenario(s)
			s.HasFinance = true
			s.Finance.TaxRatePct, s.Finance.DebtPctOfCapex, s.Finance.DebtRatePct = d("21"), d("60"), d("9")
			s.Finance.DebtTermMonths = term
		}))
		for _, st := range []Strategy{res.Mining, res.AI} {
			e := st.Equity
			equity, interest, principal := e.InitialCashUSD, decimal.Zero, decimal.Zero
			for _, y := range st.Years() {
				equity = equity.Add(y.EquityCashUSD)
				interest = interest.Add(y.InterestUSD)
				principal = principal.Add(y.PrincipalUSD)
			}
			want := e.InitialCashUSD
			for _, m := range st.Months {
				want = want.Add(m.EquityCashUSD)
			}
			if !equity.Equal(want) {
				t.Errorf("term %d: the years' equity cash adds up to %s, the months to %s", term, equity, want)
			}
			if !interest.Equal(e.InterestUSD) || !principal.Equal(e.DebtUSD) {
				t.Errorf("term %d: interest %s of %s, principal %s of the %s drawn", term, interest, e.InterestUSD, principal, e.DebtUSD)
			}
		}
		if term == 60 && !res.AI.Equity.BalanceRepaidUSD.IsPositive() {
			t.Error("a 60-month term leaves no balance at H: the test checks nothing of it")
		}
	}
}
