package panel

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// bodySizes are the Sensitivity tab's body at the dashboard's golden sizes
// (80x24, 120x40, 160x48, less four rows of header, tabs, status and help).
var bodySizes = []struct{ w, h int }{{80, 20}, {120, 36}, {160, 44}}

// analysed is the sensitivity analysis of the default site renting GPUs at
// $3.50 an hour, near the $3.88 break-even, so the frontier crosses the map.
func analysed(t *testing.T) (model.Scenario, model.Sensitivity) {
	t.Helper()
	s := model.Default()
	s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("3.50")
	sens, err := model.Analyse(context.Background(), s, model.RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return s, sens
}

func sensitivityLines(sens *model.Sensitivity, w, h int) []string {
	shades := NewHeatShades(&sens.Heatmap)
	v := Sensitivity{St: theme.New(theme.Dark), Result: sens, Shades: &shades, Progress: Progress{Has: true}}
	return strings.Split(ansi.Strip(v.Render(w, h)), "\n")
}

// The scenario's own cell is bracketed in the centre column of its row.
func TestHeatmapBracketsTheScenariosCell(t *testing.T) {
	_, sens := analysed(t)
	hm := &sens.Heatmap
	for _, sz := range bodySizes {
		lines := sensitivityLines(&sens, sz.w, sz.h)
		row := ""
		for _, l := range lines {
			if strings.HasPrefix(strings.TrimLeft(l, " "), rateLabel(hm.RateAxis[hm.Row])+" ") {
				row = l
				break
			}
		}
		p := splitSensitivity(sz.w, sz.h, len(sens.Tornado), rateLabelWidth(hm), hm.Row)
		labelW := heatmap{hm: hm, rows: heatRows(p.dense, hm.Row)}.labelWidth()
		col := labelW + hm.Column*p.cellW
		if runes := []rune(row); col >= len(runes) || runes[col] != '[' || runes[col+p.cellW-1] != ']' {
			t.Errorf("%dx%d: no bracketed cell at column %d of %q", sz.w, sz.h, col, row)
		}
	}
}

// The tornado lists its bars by swing and labels each end with the input's
// value there, as the reports write it.
func TestTornadoLabelsBothEnds(t *testing.T) {
	_, sens := analysed(t)
	lines := sensitivityLines(&sens, 160, 44)
	labelW := 0
	for _, b := range sens.Tornado {
		labelW = min(tornadoLabelWidth, max(labelW, cells.Width(b.Input)))
	}
	last := -1
	for _, b := range sens.Tornado {
		at := -1
		for i, l := range lines {
			if strings.HasPrefix(l, cells.Fit(b.Input, labelW)+" ") {
				at = i
				break
			}
		}
		if at < 0 {
			t.Fatalf("no bar for %s:\n%s", b.Input, strings.Join(lines, "\n"))
		}
		for _, v := range []string{report.TornadoValue(b, b.LowValue), report.TornadoValue(b, b.HighValue)} {
			if !strings.Contains(lines[at], v) {
				t.Errorf("%s: the bar does not show %s: %q", b.Input, v, lines[at])
			}
		}
		if at < last {
			t.Errorf("%s is drawn above a bar with a larger swing", b.Input)
		}
		last = at
	}
}

// The banner sets the headline's winner in capitals behind a star, in the
// words every report uses (words.Winner, words.Margin).
func TestBannerHeadline(t *testing.T) {
	// Where the headline fits and its basis does not: 40 columns.
	headline := func(res *model.Result) string { return strings.TrimSpace(bannerText(res, 40)) }
	// Defaults: a $621,329,716 lead (report/words' TestHeadline works it out).
	res := model.Evaluate(model.Default())
	if h := headline(&res); h != "★ ASIC MINING WINS by $621.3M in NPV" {
		t.Errorf("mining wins: %q", h)
	}
	s := model.Default()
	s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("6")
	res = model.Evaluate(s)
	if h := headline(&res); !strings.HasPrefix(h, "★ AI COMPUTE WINS by $") || !strings.HasSuffix(h, " in NPV") {
		t.Errorf("AI wins: %q", h)
	}
	res.Verdict = model.Verdict{Winner: model.WinnerTie}
	if h := headline(&res); h != "DEAD HEAT: the two NPVs are within $1" {
		t.Errorf("tie: %q", h)
	}
}

// With [finance] a narrower banner keeps "after tax" (spec §14), giving
// up first the basis, then "in after-tax NPV" for words.ShortMargin's
// words, then the star, before any word is cut.
func TestBannerAfterTax(t *testing.T) {
	s := model.Default()
	s.HasFinance = true // at 0 % tax the defaults' lead stays $621.3M
	res := model.Evaluate(s)
	for _, c := range []struct {
		w    int
		want string
	}{
		{80, " ★ ASIC MINING WINS by $621.3M in after-tax NPV  at 12.0 % over 60 months"},
		{50, " ★ ASIC MINING WINS by $621.3M in after-tax NPV "},
		{42, " ★ ASIC MINING WINS by $621.3M after tax "},
		{39, " ASIC MINING WINS by $621.3M after tax "},
	} {
		if got := bannerText(&res, c.w); got != c.want {
			t.Errorf("at %d columns %q, want %q", c.w, got, c.want)
		}
	}
	res.Verdict = model.Verdict{Winner: model.WinnerTie}
	if got := bannerText(&res, 38); got != " DEAD HEAT: within $1 after tax " {
		t.Errorf("a dead heat at 38 columns: %q", got)
	}
}

// A click on the Risk tab's panel finds the assumption drawn there.
func TestAssumptionAt(t *testing.T) {
	const w, h = 120, 36
	p := splitRisk(w, h)
	left, top := p.histW+p.gapW, p.topH
	if _, ok := AssumptionAt(w, h, left+2, top); ok {
		t.Error("the heading is an assumption")
	}
	if key, ok := AssumptionAt(w, h, left+2, top+1); !ok || key != FirstAssumption {
		t.Errorf("the first row is %q, want %s", key, FirstAssumption)
	}
	if _, ok := AssumptionAt(w, h, left-1, top+1); ok {
		t.Error("a click on the histogram selected an assumption")
	}
}

// The inputs panel shows a value beside an open bound with the places that
// keep it off the bound: −99.999999 %/yr, not −100.0.
func TestInputValueStaysOffItsBound(t *testing.T) {
	s := model.Default()
	f, _ := model.FieldByKey("bitcoin.hashrate_growth_pct_per_year")
	f.SetDecimal(&s, decimal.RequireFromString("-99.999999"))
	if got := InputValue(f, &s, Derived{}); got.Text != "−99.999999" {
		t.Errorf("InputValue = %q, want −99.999999", got.Text)
	}
}

// The tornado draws within its box whatever its figures: a lead of
// −$1e30 labels its centre with more characters than the bars have
// columns at 80 wide (a network shrinking 99.999 % a year gives such).
func TestTornadoFitsWhateverItsFigures(t *testing.T) {
	huge := decimal.New(-123456789, 22)
	bars := []model.TornadoBar{
		{Input: "Hashrate growth", Key: "bitcoin.hashrate_growth_pct_per_year", Unit: "%/yr",
			LowValue: decimal.RequireFromString("-99"), HighValue: decimal.RequireFromString("-89.999"),
			LowAdvantage: huge.Mul(decimal.NewFromInt(3)), HighAdvantage: huge.Neg()},
		{Input: "BTC price", Key: "bitcoin.price_usd", Unit: "$",
			LowValue: decimal.NewFromInt(1), HighValue: decimal.NewFromInt(2), LowAdvantage: huge, HighAdvantage: huge},
	}
	st := theme.New(theme.Dark)
	for _, w := range []int{20, 40, 80, 120, 160} {
		for _, base := range []decimal.Decimal{huge, decimal.Zero, huge.Neg()} {
			out := Tornado{St: st, Bars: bars, Base: base}.Render(w, 9)
			for i, line := range strings.Split(out, "\n") {
				if cells.Width(line) > w {
					t.Errorf("at %d wide, base %s: line %d is %d wide: %q", w, base, i, cells.Width(line), ansi.Strip(line))
				}
			}
		}
	}
}

// renderWithin fails the test unless render returns within a few seconds.
func renderWithin(t *testing.T, what string, render func() string) string {
	t.Helper()
	done := make(chan string, 1)
	go func() { done <- render() }()
	select {
	case out := <-done:
		return out
	case <-time.After(10 * time.Second):
		t.Fatalf("%s did not return", what)
		return ""
	}
}

// The histogram draws, and returns, whatever its edges: all paths on one
// NPV of $1e20, where a dollar is below float64's resolution, or spread
// over ±$1e300.
func TestHistogramDrawsAnyEdges(t *testing.T) {
	st := theme.New(theme.Dark)
	for _, edges := range [][2]float64{{1e20, 1e20}, {1e20 - 0.5, 1e20 + 0.5}, {-1e300, 1e300}, {-1e-300, 1e-300}, {5, 5}} {
		r := model.RiskResult{Paths: 100}
		for i := range r.Edges {
			r.Edges[i] = edges[0] + (edges[1]-edges[0])*float64(i)/model.HistogramBins
		}
		r.Counts[3] = 100
		for _, w := range []int{40, 80, 160} {
			out := renderWithin(t, "the histogram", func() string { return histogram{st: st, r: &r}.Render(w, 12) })
			for i, line := range strings.Split(out, "\n") {
				if cells.Width(line) > w {
					t.Errorf("edges %v at %d wide: line %d is %d wide", edges, w, i, cells.Width(line))
				}
			}
		}
	}
}

// The cumulative-cash chart draws within its box whatever the ledger holds:
// sums beyond float64 (±1e400), and sums of a fraction of a cent.
func TestCashChartDrawsAnyFigures(t *testing.T) {
	st := theme.New(theme.Dark)
	for _, magnitude := range []string{"1e400", "-1e400", "1e300", "1e-300"} {
		res := model.Evaluate(model.Default())
		v := decimal.RequireFromString(magnitude)
		res.Mining.CapexUSD = v.Neg()
		for i := range res.Mining.Months {
			res.Mining.Months[i].CumulativeCashUSD = v.Mul(decimal.NewFromInt(int64(i % 3)))
		}
		res.AI.PaybackMonths = 3
		for _, w := range []int{40, 100} {
			out := renderWithin(t, "the chart", func() string {
				return CashChart{St: st, Res: &res, Cash: CumulativeCash(&res)}.Render(w, 16)
			})
			for i, line := range strings.Split(out, "\n") {
				if cells.Width(line) > w {
					t.Errorf("%s at %d wide: line %d is %d wide", magnitude, w, i, cells.Width(line))
				}
			}
		}
	}
}

// The heatmap shades and labels any figures within its box: advantages
// beyond float64 (±1e400) and axes of long numbers.
func TestHeatmapDrawsAnyFigures(t *testing.T) {
	_, sens := analysed(t)
	hm := &sens.Heatmap
	for j := range hm.Advantage {
		for i := range hm.Advantage[j] {
			hm.Advantage[j][i] = decimal.New(int64(i-10), 400)
		}
		hm.RateAxis[j] = decimal.RequireFromString("123456789012345678.91").Mul(decimal.NewFromInt(int64(j + 1)))
	}
	for i := range hm.HashpriceAxis {
		hm.HashpriceAxis[i] = decimal.New(int64(i+1), 17)
	}
	for _, sz := range bodySizes {
		for i, line := range sensitivityLines(&sens, sz.w, sz.h) {
			if cells.Width(line) > sz.w {
				t.Errorf("%dx%d: line %d is %d wide: %q", sz.w, sz.h, i, cells.Width(line), line)
			}
		}
	}
}
