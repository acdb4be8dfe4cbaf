package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// financeFigures are what the cards show of a financed result: each side's
// after-tax NPV, the AI's equity IRR and lowest DSCR, as the cards write them.
func financeFigures(res model.Result) []string {
	e := res.AI.Equity
	return []string{"NPV after tax", "Equity IRR", "Lowest DSCR",
		format.USDShort(res.Mining.NPVUSD), format.USDShort(res.AI.NPVUSD),
		format.Percent(e.IRRPct.Decimal, 1), format.Coverage(e.MinDSCR.Decimal)}
}

// TestFinanceInTmux switches [finance] on from the dashboard of a scenario
// without one: the cards turn after tax and show the equity, the figures
// are the model's for the same edits, and saving and reopening keeps them.
func TestFinanceInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	screen := s.openDashboard("pivot-tui preset default > d.toml && pivot-tui d.toml")
	if strings.Contains(screen, "after tax") || strings.Contains(screen, "Equity IRR") {
		t.Fatalf("a scenario without [finance] shows after-tax figures:\n%s", screen)
	}
	path := filepath.Join(dir, "d.toml")
	sc, err := scenarios.Load(path)
	if err != nil {
		t.Fatal(err)
	}

	s.selectInput("Tax and debt")
	s.keys("Right")
	s.waitForText("Equity IRR")
	// A 21 % tax and half of every capex payment on debt.
	s.selectInput("Tax rate")
	s.keys("Enter", "C-u")
	s.keys("21", "Enter")
	s.waitForText("Tax rate: 0.0 % → 21.0 %")
	s.selectInput("Debt share")
	s.keys("Enter", "C-u")
	s.keys("50", "Enter")
	sc.HasFinance = true
	sc.Finance = model.Default().Finance
	sc.Finance.TaxRatePct = decimal.NewFromInt(21)
	sc.Finance.DebtPctOfCapex = decimal.NewFromInt(50)
	res := model.Evaluate(sc)
	if !res.AI.Equity.IRRPct.Valid || !res.AI.Equity.MinDSCR.Valid {
		t.Fatal("the financed default has no equity IRR or DSCR: the test checks little")
	}
	screen = s.waitForAll(append(financeFigures(res), format.Coverage(res.AI.Equity.MinDSCR.Decimal), words.Margin(res), "● unsaved")...)
	checkWidth(t, screen, 120)

	s.keys("C-s")
	s.waitForText("Saved ")
	s.keys("q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Fatalf("pivot-tui ended with %s", line)
	}
	saved, err := scenarios.Load(path)
	if err != nil || !saved.HasFinance || !saved.Finance.TaxRatePct.Equal(decimal.NewFromInt(21)) ||
		!saved.Finance.DebtPctOfCapex.Equal(decimal.NewFromInt(50)) {
		data, _ := os.ReadFile(path)
		t.Fatalf("the saved file (%v) has finance %v %+v:\n%s", err, saved.HasFinance, saved.Finance, data)
	}

	s.keys("clear; pivot-tui d.toml; echo EXIT=$?", "Enter")
	screen = s.waitForAll(append(financeFigures(res), words.Margin(res), "ASIC MINING")...)
	if strings.Contains(screen, "● unsaved") {
		t.Errorf("the reopened file is marked unsaved:\n%s", screen)
	}
	s.keys("q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("pivot-tui ended with %s", line)
	}
}

// TestTreasuryOverTimeInTmux opens Cango: the Treasury tab says the flat
// base path never calls the loan left and gives the Monte Carlo's odds;
// with BTC losing 30 % a year it names month 20 (2027-10) for the margin
// call and draws the LTV path. Every figure is the model's.
func TestTreasuryOverTimeInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	s.openDashboard("pivot-tui preset cango-2026 > c.toml && pivot-tui c.toml")
	sc, err := scenarios.Load(filepath.Join(dir, "c.toml"))
	if err != nil {
		t.Fatal(err)
	}
	odds := func(sc model.Scenario) model.RiskResult {
		r, err := model.MonteCarlo(context.Background(), sc, model.RiskOptions{})
		if err != nil || !r.LoanAtRisk {
			t.Fatalf("the Monte Carlo: %v, loan at risk %v", err, r.LoanAtRisk)
		}
		return r
	}
	oddsLine := func(screen, label string, want float64) {
		t.Helper()
		if line := lineOf(screen, label); !strings.HasSuffix(strings.TrimSpace(line), words.Odds(want)) {
			t.Errorf("%q, want the odds %s", line, words.Odds(want))
		}
	}

	s.keys("3")
	flat := odds(sc)
	screen := s.waitForAll(words.Odds(flat.PMarginCall), words.Odds(flat.PLiquidation), words.NotWithinHorizon)
	if line := lineOf(screen, "Margin call at"); !strings.Contains(line, words.NotWithinHorizon) {
		t.Errorf("the flat path's margin call: %q", line)
	}
	oddsLine(screen, "Margin call at", flat.PMarginCall)
	oddsLine(screen, "Liquidation at", flat.PLiquidation)

	s.keys("i")
	s.selectInput("BTC price growth")
	s.keys("Enter", "C-u")
	s.keys("--", "-30", "Enter") // "--": the keys start with a dash
	sc.Bitcoin.PriceGrowthPctPerYear = decimal.NewFromInt(-30)
	res := model.Evaluate(sc)
	if res.Treasury.FirstMarginCallMonth != 20 {
		t.Fatalf("the falling path's first margin call is month %d, want 20", res.Treasury.FirstMarginCallMonth)
	}
	s.keys("Escape")
	falling := odds(sc)
	screen = s.waitForAll(words.Odds(falling.PMarginCall), "month 20 (2027-10)", words.FirstMonth(res, res.Treasury.FirstLiquidationMonth),
		"LTV after the sale, month by month", "◆", words.Odds(falling.PLiquidation))
	oddsLine(screen, "Margin call at", falling.PMarginCall)
	oddsLine(screen, "Liquidation at", falling.PLiquidation)
	checkWidth(t, screen, 120)
	s.keys("q")
	s.waitForText("y quit without saving")
	s.keys("y")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("pivot-tui ended with %s", line)
	}
}
