package model

import "testing"

// The LTV path starts at the LTV after the sale, follows the price, and
// first reaches each threshold in the month Evaluate names (spec §15).
func TestLTVPath(t *testing.T) {
	s := defaultWith(cango)
	// Falling 30 % a year: month m's price is 68,524 × 0.7^((m−1)/12), so
	// month 13's LTV is month 1's 45.8456 % / 0.7 = 65.4937 %.
	s.Bitcoin.PriceGrowthPctPerYear = d("-30")
	path := LTVPathPct(s)
	if len(path) != s.HorizonMonths {
		t.Fatalf("%d months, want %d", len(path), s.HorizonMonths)
	}
	res := Evaluate(s)
	near(t, "month 1", path[0], res.Treasury.LTVAfterPct.Decimal.String(), "1e-15")
	near(t, "month 13", path[12], "65.4937097585971390352754", "1e-12")
	first := func(thresholdPct string) int {
		for i, ltv := range path {
			if !ltv.LessThan(d(thresholdPct)) {
				return i + 1
			}
		}
		return 0
	}
	if got, want := first("80"), res.Treasury.FirstMarginCallMonth; got != want || want != 20 {
		t.Errorf("the path reaches 80 %% in month %d, Evaluate says %d (want 20)", got, want)
	}
	if got, want := first("90"), res.Treasury.FirstLiquidationMonth; got != want || want != 24 {
		t.Errorf("the path reaches 90 %% in month %d, Evaluate says %d (want 24)", got, want)
	}

	for name, change := range map[string]func(*Scenario){
		"no treasury":  func(s *Scenario) { s.HasTreasury = false },
		"loan repaid":  func(s *Scenario) { s.Treasury.BTCToSell = s.Treasury.BTCHeld },
		"no BTC left":  func(s *Scenario) { s.Treasury.BTCToSell, s.Treasury.LoanUSD = s.Treasury.BTCHeld, d("900000000") },
		"no loan ever": func(s *Scenario) { s.Treasury.LoanUSD = d("0") },
	} {
		s := defaultWith(cango)
		change(&s)
		if path := LTVPathPct(s); path != nil {
			t.Errorf("%s: a path of %d months", name, len(path))
		}
	}
}
