package panel

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// falling is the Cango case with BTC losing 30 % a year: the loan left
// after the sale ($94,999,676 on 3,024 BTC, 45.85 % LTV) reaches its 80 %
// margin call in month 20 (2027-10: 68,524 × 0.7^(19/12) = $38,728, below
// the $39,269 trigger) and its 90 % liquidation in month 24 (2028-02).
func falling(t *testing.T) model.Result {
	t.Helper()
	s := cango(t)
	s.Bitcoin.PriceGrowthPctPerYear = decimal.NewFromInt(-30)
	return model.Evaluate(s)
}

func treasuryText(tr Treasury, w, h int) string {
	tr.St = theme.New(theme.Dark)
	return ansi.Strip(tr.Render(w, h))
}

// The tab names the first month the base path reaches each threshold, the
// Monte Carlo's odds, and draws the path with both months marked.
func TestTreasuryOverTime(t *testing.T) {
	res := falling(t)
	risk := model.RiskResult{Paths: 10000, LoanAtRisk: true, PMarginCall: 0.979, PLiquidation: 0.9691}
	tr := Treasury{Res: &res, LTV: LTVSeries(res.Scenario), Risk: &risk, Progress: Progress{Has: true}}
	text := treasuryText(tr, 119, 44)
	for _, want := range []string{"month 20 (2027-10)", "month 24 (2028-02)", "97.9 %", "96.9 %",
		"BTC ≤ $39,269", "BTC ≤ $34,906", "LTV after the sale, month by month", "margin call 80 %", "liquidation 90 %",
		"BTC from $68,524, −30.0 % a year", "The sale", "Capex the cash covers"} {
		if !strings.Contains(text, want) {
			t.Errorf("the tab lacks %q:\n%s", want, text)
		}
	}
	plot := ""
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "┤") || strings.Contains(l, "│") {
			plot += l + "\n"
		}
	}
	if n := strings.Count(plot, "◆"); n != 2 {
		t.Errorf("%d diamonds on the chart, want the two first months:\n%s", n, text)
	}
	for i, l := range cells.Lines(Treasury{St: theme.New(theme.Dark), Res: &res, LTV: tr.LTV, Risk: &risk, Progress: tr.Progress}.Render(119, 44)) {
		if cells.Width(l) > 119 {
			t.Errorf("line %d is %d wide", i, cells.Width(l))
		}
	}

	// Too short for the chart: the tables only, without blank lines when needed.
	short := treasuryText(tr, 80, 20)
	if strings.Contains(short, "month by month") || !strings.Contains(short, "month 20 (2027-10)") {
		t.Errorf("at 80x20:\n%s", short)
	}
}

// The odds say where the Monte Carlo stands until it has run, and a result
// for an older scenario stays on screen while the new one computes.
func TestTreasuryOddsFollowTheRun(t *testing.T) {
	res := falling(t)
	risk := model.RiskResult{Paths: 10000, LoanAtRisk: true, PMarginCall: 0.5, PLiquidation: 0.25}
	oddsLine := func(p Progress) string {
		return lineContaining(treasuryText(Treasury{Res: &res, LTV: LTVSeries(res.Scenario), Risk: &risk, Progress: p}, 119, 44), "Margin call at")
	}
	for _, c := range []struct {
		p    Progress
		want string
	}{
		{Progress{}, "computing…"},
		{Progress{Fraction: 0.4}, "computing 40 %"},
		{Progress{Has: true}, "50.0 %"},
		{Progress{Has: true, Stale: true, Fraction: 0.2}, "50.0 %"},
		{Progress{Err: "out of memory"}, "failed"},
	} {
		if line := oddsLine(c.p); !strings.HasSuffix(strings.TrimSpace(line), c.want) {
			t.Errorf("%+v: %q, want it to end %q", c.p, line, c.want)
		}
	}
}

// With nothing left to call, the tab says why and draws no chart.
func TestTreasuryWithNoLoanLeft(t *testing.T) {
	s := cango(t)
	s.Treasury.BTCToSell = s.Treasury.BTCHeld
	res := model.Evaluate(s)
	text := treasuryText(Treasury{Res: &res, LTV: LTVSeries(res.Scenario), Risk: &model.RiskResult{}}, 119, 44)
	if !strings.Contains(text, "No loan is left after the sale: nothing to margin-call.") || strings.Contains(text, "month by month") ||
		strings.Contains(text, "Odds") {
		t.Errorf("with the loan repaid:\n%s", text)
	}
}
