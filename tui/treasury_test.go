package tui

import (
	"context"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/shopspring/decimal"
)

// fallingTreasury is the treasury scenario with a $400M loan, of which the
// sale leaves $88.4M, and BTC losing 30 % a year, with few Monte Carlo
// paths: the loan left is called within the horizon.
func fallingTreasury() model.Scenario {
	s := treasuryScenario()
	s.Treasury.LoanUSD = decimal.NewFromInt(400_000_000)
	s.Bitcoin.PriceGrowthPctPerYear = decimal.NewFromInt(-30)
	s.Risk.Paths = 500
	return s
}

// The Treasury tab runs the Monte Carlo in the background, as the Risk tab
// does, and shows its odds of a margin call and a liquidation (spec §15)
// beside the months the base path reaches them; the Risk tab then has the
// same result without running again.
func TestTreasuryTabShowsTheOddsOfTheRiskRun(t *testing.T) {
	s := fallingTreasury()
	m := update(t, New(Options{Scenario: s}), size(120, 40))
	m, cmd := step(t, m, keyMsg("3"))
	if m.analyses.runs[kindRisk] == nil {
		t.Fatal("opening the Treasury tab starts no Monte Carlo")
	}
	if line := lineWith(m, "Margin call at"); !strings.Contains(line, "computing") {
		t.Errorf("before the run ends: %q", line)
	}
	m = settle(t, m, cmd)

	want, err := model.MonteCarlo(context.Background(), s, model.RiskOptions{})
	if err != nil || !want.LoanAtRisk {
		t.Fatalf("the Monte Carlo: %v, loan at risk %v", err, want.LoanAtRisk)
	}
	res := model.Evaluate(s)
	for _, row := range []struct {
		label string
		month int
		share float64
	}{
		{"Margin call at", res.Treasury.FirstMarginCallMonth, want.PMarginCall},
		{"Liquidation at", res.Treasury.FirstLiquidationMonth, want.PLiquidation},
	} {
		line := lineWith(m, row.label)
		if row.month == 0 || !strings.Contains(line, words.FirstMonth(res, row.month)) || !strings.HasSuffix(strings.TrimSpace(line), words.Odds(row.share)) {
			t.Errorf("%q: want %s and %s", line, words.FirstMonth(res, row.month), words.Odds(row.share))
		}
	}
	if !strings.Contains(screen(m), "LTV after the sale, month by month") {
		t.Errorf("no LTV chart at 120x40:\n%s", screen(m))
	}

	m, cmd = step(t, m, keyMsg("5"))
	if cmd != nil || m.analyses.runs[kindRisk] != nil {
		t.Error("the Risk tab runs again what the Treasury tab ran")
	}
}

// Without a loan to call there are no odds to show: the Treasury tab runs
// nothing.
func TestTreasuryTabWithoutALoanRunsNothing(t *testing.T) {
	for name, s := range map[string]model.Scenario{"no treasury": model.Default(), "loan repaid": func() model.Scenario {
		s := treasuryScenario() // 4,451 BTC at $70,000 repay the $300M loan
		return s
	}()} {
		m := update(t, New(Options{Scenario: s}), size(120, 40))
		m, cmd := step(t, m, keyMsg("3"))
		if cmd != nil || m.analyses.runs[kindRisk] != nil {
			t.Errorf("%s: the Treasury tab starts a run", name)
		}
	}
}

// financedScenario is the default site with [finance]: a 21 % tax and half
// of every capex payment on project debt at 9 % over 48 months.
func financedScenario() model.Scenario {
	s := model.Default()
	s.HasFinance = true
	s.Finance.TaxRatePct = decimal.NewFromInt(21)
	s.Finance.DebtPctOfCapex = decimal.NewFromInt(50)
	s.Finance.DebtRatePct = decimal.NewFromInt(9)
	s.Finance.DebtTermMonths = 48
	return s
}
