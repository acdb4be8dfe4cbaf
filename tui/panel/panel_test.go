package panel

import (
	"context"
	"strings"
	"testing"

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
	// Defaults: a $621,329,716 lead (report/words' TestHeadline works it out).
	res := model.Evaluate(model.Default())
	if h := bannerHeadline(&res); h != "★ ASIC MINING WINS by $621.3M in NPV" {
		t.Errorf("mining wins: %q", h)
	}
	s := model.Default()
	s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("6")
	res = model.Evaluate(s)
	if h := bannerHeadline(&res); !strings.HasPrefix(h, "★ AI COMPUTE WINS by $") || !strings.HasSuffix(h, " in NPV") {
		t.Errorf("AI wins: %q", h)
	}
	res.Verdict = model.Verdict{Winner: model.WinnerTie}
	if h := bannerHeadline(&res); h != "DEAD HEAT: the two NPVs are within $1" {
		t.Errorf("tie: %q", h)
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
