package panel

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// buildDeal is dealResult's lease with its fit-out paid over a 12-month
// build and a $50M prepayment credited over 12 months.
func buildDeal() model.Result {
	s := dealResult().Scenario
	s.AI.CapexTiming = model.CapexBuild
	s.AI.PrepaymentUSD = decimal.NewFromInt(50_000_000)
	return model.Evaluate(s)
}

// The Cash flow tab's t = 0 row holds the capex paid then and starts the
// cumulative cash from it and the prepayment; each month's capex is in its
// own column, so that the month before + EBITDA − capex is the month's
// cumulative cash.
func TestLedgerShowsCapexByMonth(t *testing.T) {
	res := buildDeal()
	a := res.AI
	l := Ledger{St: theme.New(theme.Dark), Res: &res}
	if got, want := l.cell(a, false, 0, colCapex, true).text, format.USDWhole(a.InitialCapexUSD); got != want {
		t.Errorf("t = 0 capex %s, want %s", got, want)
	}
	start := a.PrepaymentUSD.Sub(a.InitialCapexUSD)
	if got, want := l.cell(a, false, 0, colCumulative, true).text, format.USDWhole(start); got != want {
		t.Errorf("t = 0 cumulative cash %s, want %s (the prepayment less the capex then)", got, want)
	}
	paid := 0
	cumulative := start
	for i, r := range a.Months {
		row := i + 1
		capex := l.cell(a, false, row, colCapex, true).text
		switch {
		case r.CapexUSD.IsZero() && capex != "":
			t.Errorf("month %d pays no capex but shows %q", row, capex)
		case !r.CapexUSD.IsZero():
			paid++
			if capex != format.USDWhole(r.CapexUSD) {
				t.Errorf("month %d capex %q, want %s", row, capex, format.USDWhole(r.CapexUSD))
			}
		}
		cumulative = cumulative.Add(r.EBITDAUSD).Sub(r.CapexUSD).Sub(r.TaxUSD)
		if row == len(a.Months) {
			cumulative = cumulative.Add(a.ResidualUSD)
		}
		if !cumulative.Equal(r.CumulativeCashUSD) {
			t.Fatalf("month %d: the month before + EBITDA − capex is %s, the ledger's cumulative cash %s", row, cumulative, r.CumulativeCashUSD)
		}
	}
	if paid == 0 {
		t.Fatal("a build-timed pivot paid no capex after t = 0")
	}
	if got := l.notes(0, true); got != "capex · AI prepaid $50.0M" {
		t.Errorf("t = 0 note %q", got)
	}
	// Phases live in months 6 and 13 (2027-06, 2028-01); the exit value at 60.
	if got := l.notes(6, true); !strings.Contains(got, "▶ phase 1 live") {
		t.Errorf("month 6 note %q", got)
	}
	if got := l.notes(13, true); !strings.Contains(got, "▶ phase 2 live") {
		t.Errorf("month 13 note %q", got)
	}
	if got := l.notes(60, true); !strings.Contains(got, "AI exit value "+format.USDShort(a.ResidualUSD)) {
		t.Errorf("month 60 note %q", got)
	}
	text := ansi.Strip(l.Render(160, 30))
	if !strings.Contains(text, "Capex") || !strings.Contains(text, format.USDShort(a.InitialCapexUSD)) {
		t.Errorf("the capex column is not drawn at 160 columns:\n%s", text)
	}
	if narrow := ansi.Strip(l.Render(80, 20)); strings.Count(narrow, "Capex") != 2 || strings.Contains(narrow, "Tax") {
		t.Errorf("at 80 columns each side keeps its capex column, and shows no tax untaxed:\n%s", narrow)
	}
}

// With [finance] the months' tax comes out of the cumulative cash too
// (spec §14, §17), and the ledger shows it beside the capex.
func TestLedgerShowsTheTax(t *testing.T) {
	s := buildDeal().Scenario
	s.HasFinance = true
	s.Finance = model.Default().Finance
	s.Finance.TaxRatePct = decimal.NewFromInt(21)
	res := model.Evaluate(s)
	a := res.AI
	if !a.TaxUSD.IsPositive() {
		t.Fatal("the taxed deal pays no tax")
	}
	cumulative := a.PrepaymentUSD.Sub(a.InitialCapexUSD)
	for i, r := range a.Months {
		cumulative = cumulative.Add(r.EBITDAUSD).Sub(r.CapexUSD).Sub(r.TaxUSD)
		if i == len(a.Months)-1 {
			cumulative = cumulative.Add(a.ResidualUSD)
		}
		if !cumulative.Equal(r.CumulativeCashUSD) {
			t.Fatalf("month %d: the month before + EBITDA − capex − tax is %s, the ledger's %s", i+1, cumulative, r.CumulativeCashUSD)
		}
	}
	l := Ledger{St: theme.New(theme.Dark), Res: &res}
	for _, w := range []int{80, 160} {
		if text := ansi.Strip(l.Render(w, 30)); strings.Count(text, "Tax") != 2 {
			t.Errorf("at %d columns each side does not show its tax:\n%s", w, text)
		}
	}
}

// The chart's lines start where the ledger's t = 0 row does, and step down
// with each build payment.
func TestChartFollowsCapexTiming(t *testing.T) {
	res := buildDeal()
	cash := CumulativeCash(&res)
	a := res.AI
	// Dots need no more than float64's precision.
	near := func(got float64, want decimal.Decimal) bool {
		w := want.InexactFloat64()
		return math.Abs(got-w) <= 1e-12*math.Abs(w)
	}
	if want := a.PrepaymentUSD.Sub(a.InitialCapexUSD); !near(cash[seriesAI][0], want) {
		t.Errorf("the AI line starts at %.2f, want %s", cash[seriesAI][0], want)
	}
	if a.InitialCapexUSD.Equal(a.CapexUSD) {
		t.Fatal("the build pays everything at t = 0")
	}
	for i, r := range a.Months {
		if got := cash[seriesAI][i+1]; !near(got, r.CumulativeCashUSD) {
			t.Fatalf("month %d: the line is at %.2f, the ledger at %s", i+1, got, r.CumulativeCashUSD)
		}
	}
}
