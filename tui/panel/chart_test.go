package panel

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// braille reports whether text holds a braille cell (the terminal's dots).
func braille(text string) bool {
	return strings.ContainsFunc(text, func(r rune) bool { return r >= 0x2801 && r <= 0x28ff })
}

// A B200 site: AI pays back within the horizon, mining's line stays near $0.
func paybackResult() model.Result {
	s := model.Default()
	s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("5.30")
	return model.Evaluate(s)
}

// For an image the chart draws its lines as shapes in their own colours, not
// braille: one point a month on each line, each where the y-axis puts its
// value, the zero line under them, a dashed line at the halving and a
// diamond at AI's payback; the lines' ends say their final cash.
func TestCashChartVector(t *testing.T) {
	res := paybackResult()
	st := theme.New(theme.Light)
	cash := CumulativeCash(&res)
	const w, h = 100, 16
	terminal := CashChart{St: st, Res: &res, Cash: cash}.Render(w, h)
	if !braille(terminal) {
		t.Fatal("the terminal's chart lost its braille")
	}
	text, shapes := CashChart{St: st, Res: &res, Cash: cash, Vector: true}.Draw(w, h)
	lines := strings.Split(ansi.Strip(text), "\n")
	if braille(text) || strings.Contains(strings.Join(lines[1:], "\n"), "◆") { // the legend, on line 0, shows it
		t.Errorf("the image's chart still draws dots:\n%s", strings.Join(lines, "\n"))
	}

	var series, dashed, filled []screenshot.Shape
	var zero *screenshot.Shape
	for i, s := range shapes {
		switch {
		case s.Fill:
			filled = append(filled, s)
		case s.Dash > 0:
			dashed = append(dashed, s)
		case len(s.Points) == 2 && s.Points[0].Y == s.Points[1].Y:
			zero = &shapes[i]
		default:
			series = append(series, s)
		}
	}
	if len(series) != 2 || series[0].Color != st.Ink.Mining || series[1].Color != st.Ink.AI ||
		len(series[0].Points) != res.Scenario.HorizonMonths+1 || series[0].Width <= series[1].Width {
		t.Fatalf("the lines: %+v", series)
	}
	// Where the y-axis labels $0, the zero line runs through that row's middle.
	zeroRow := -1
	for i, l := range lines {
		if strings.Contains(l, "$0 ┤") {
			zeroRow = i
		}
	}
	if zero == nil || zeroRow < 0 || math.Abs(zero.Points[0].Y-(float64(zeroRow)+0.5)) > 1e-9 {
		t.Fatalf("the zero line %+v, the $0 label on row %d", zero, zeroRow)
	}
	// The lines are linear in cash: AI's month-0 point sits as far below
	// zero, in rows, as its capex is in the axis's dollars per row.
	perRow := (cash[seriesAI][0] - 0) / (series[1].Points[0].Y - zero.Points[0].Y)
	for m, v := range cash[seriesMining] {
		if y := zero.Points[0].Y + v/perRow; math.Abs(series[0].Points[m].Y-y) > 1e-6 {
			t.Fatalf("mining's month %d is at row %.3f, its cash puts it at %.3f", m, series[0].Points[m].Y, y)
		}
	}
	if len(dashed) != len(res.HalvingMonths) || dashed[0].Points[0].X != dashed[0].Points[1].X {
		t.Errorf("the halving lines: %+v", dashed)
	}
	if len(filled) != 1 || filled[0].Color != st.Ink.AI {
		t.Fatalf("the paybacks: %+v (AI pays back in month %d)", filled, res.AI.PaybackMonths)
	}
	centre := series[1].Points[res.AI.PaybackMonths]
	if c := filled[0].Points[0]; c.X != centre.X {
		t.Errorf("AI's payback diamond at %v, its line's month %d at %v", c, res.AI.PaybackMonths, centre)
	}
	plain := strings.Join(lines, "\n")
	for si, name := range []string{"ASIC ", "AI "} {
		final := name + format.USDShort(decimal.NewFromFloat(cash[si][len(cash[si])-1]).Round(0))
		if !strings.Contains(plain, final) {
			t.Errorf("no line ends labelled %s:\n%s", final, plain)
		}
	}
	for _, l := range lines {
		if got := len([]rune(l)); got != w {
			t.Fatalf("a line %d wide, want %d: %q", got, w, l)
		}
	}
}

// The cards label the first-year figures by their window and the per-MW
// ones by their MW, the per-IT-MW figure beside the grid one; the AI card's
// live months run from the first phase's to the last's.
func TestCardsSayWhichMonthsAndWhichMW(t *testing.T) {
	s := model.Default()
	s.AI.Phases = []model.Phase{
		{MW: decimal.NewFromInt(20), Live: model.MustYearMonth("2027-07")},
		{MW: decimal.NewFromInt(30), Live: model.MustYearMonth("2028-07")},
	}
	res := model.Evaluate(s)
	for _, w := range []int{80, 100, 118} {
		text := ansi.Strip(Cards(theme.New(theme.Light), &res, w))
		for _, want := range []string{"Revenue 12 live", "EBITDA 12 live", "EBITDA/grid MW-yr", "EBITDA/IT MW-yr",
			format.USDShort(res.AI.EBITDAUSDPerITMWYear), format.USDShort(res.AI.EBITDAUSDPerMWYear), "2027-07 → 2028-07"} {
			if !strings.Contains(text, want) {
				t.Errorf("%d columns: the cards lack %q:\n%s", w, want, text)
			}
		}
		if strings.Contains(text, "yr 1") {
			t.Errorf("%d columns: a card says yr 1:\n%s", w, text)
		}
	}
	// The compact table, as narrow as it gets, still says it.
	narrow := ansi.Strip(compareTable{st: theme.New(theme.Light), res: &res}.Render(CompareMinWidth, 20))
	for _, want := range []string{"Rev. 12 live", "EBITDA 12 live", "EBITDA/grid MW", "EBITDA/IT MW", "★ ASIC"} {
		if !strings.Contains(narrow, want) {
			t.Errorf("the narrow table lacks %q:\n%s", want, narrow)
		}
	}
}
