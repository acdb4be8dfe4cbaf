package model

import "testing"

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
