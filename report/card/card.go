// Package card draws a comparison as one memo card: the scenario and its key
// assumptions, both strategies' result cards, the verdict and its flip
// points, the cumulative-cash chart, the treasury when there is one and,
// with a risk analysis, its odds, spread and tornado. It draws with the dashboard's own components
// (tui/panel) and styles (tui/theme), so the card reads like the screen, and
// returns styled text for report/screenshot to turn into a PNG or an SVG.
package card

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/pivot-tui/pivot-tui/tui/theme"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

const (
	// A card is Width columns unless asked otherwise, and at least
	// MinWidth, where the assumptions' two columns still fit their longest
	// label and value two spaces apart; wider cards give them up to
	// maxAssumptionColumns. The chart gets chartRows; the risk section
	// shows the tornadoBars inputs that move the answer most in the
	// dashboard's tornado.
	Width                = 100
	MinWidth             = 92
	MaxWidth             = 240
	maxAssumptionColumns = 4
	chartRows            = 16
	tornadoBars          = 5
	imageScale           = 2 // pixels per terminal pixel: 17x34 px cells
	imagePadding         = 2 // cells of margin around the card
)

// Options sets the memo card's size and theme.
type Options struct {
	// Width is the card's width in columns: 0 means Width; it is held
	// between MinWidth and MaxWidth.
	Width int
	// Dark draws for a dark page; the default is light, for white paper.
	Dark bool
}

// Render draws the comparison as one card for an investment memo: the
// scenario and its key assumptions, both strategies' result cards side by
// side, the verdict and its flip points, the cumulative-cash chart with the
// halving and the paybacks, and, when the document carries one, a short
// risk section. It draws with the dashboard's own components and styles and
// returns the ANSI text, every line exactly the card's width, with the
// chart's lines as vector shapes over it; render it with report/screenshot
// with ImageOptions.
func Render(doc report.Document, opts Options) screenshot.Picture {
	w := cardWidth(opts)
	t := theme.Light
	if opts.Dark {
		t = theme.Dark
	}
	st := theme.New(t)
	res := &doc.Result

	var lines []string
	add := func(block string) { lines = append(lines, cells.Lines(block)...) }
	lines = append(lines, titleLine(st, res, w), "")

	lines = append(lines, heading(st, "Assumptions", w))
	lines = append(lines, assumptions(st, report.KeyAssumptions(*res), w)...)
	lines = append(lines, "")

	add(panel.Cards(st, res, w))
	lines = append(lines, "")

	verdict, _ := panel.Verdict{St: st, Res: res}.Lines(w)
	lines = append(lines, verdict...)
	lines = append(lines, "")

	chart, shapes := panel.CashChart{St: st, Res: res, Cash: panel.CumulativeCash(res), Vector: true}.Draw(w, chartRows)
	shapes = screenshot.Moved(shapes, 0, float64(len(lines)))
	add(chart)

	if treasury := treasurySection(st, res, doc.Risk, w); treasury != nil {
		lines = append(lines, "")
		lines = append(lines, treasury...)
	}
	if doc.Risk != nil {
		lines = append(lines, "")
		lines = append(lines, riskSection(st, res, doc.Risk, w)...)
	}
	lines = append(lines, "", cells.Right(st.Dim.Render(doc.Provenance.Line()), w))
	return screenshot.Picture{Text: cells.Block(lines, w, len(lines)), Shapes: shapes}
}

// ImageOptions is how a memo card of opts is drawn as an image: at
// twice a terminal's pixels (sharp on high-density screens and in print),
// on a white page or the dark theme's background, with two cells of margin.
// The caller sets the SVG's Title.
func ImageOptions(opts Options) screenshot.Options {
	t := theme.Light
	if opts.Dark {
		t = theme.Dark
	}
	return screenshot.Options{
		Columns: cardWidth(opts),
		Theme:   theme.Page(t),
		Scale:   imageScale,
		Padding: imagePadding,
	}
}

// cardWidth is the card's width for opts: Width unless set, within
// MinWidth and MaxWidth.
func cardWidth(opts Options) int {
	w := opts.Width
	if w == 0 {
		w = Width
	}
	return min(MaxWidth, max(MinWidth, w))
}

// titleLine is the card's first line: the scenario and the question on the
// left, the period the NPVs cover on the right.
func titleLine(st *theme.Styles, res *model.Result, w int) string {
	sc := res.Scenario
	lead := st.Title.Render(printable.String(sc.Name)) // the footer names the tool: no badge to distract on the page
	question := st.Dim.Render("  ·  ASIC mining or AI compute")
	last := sc.Start.AddMonths(sc.HorizonMonths - 1)
	period := st.Dim.Render(sc.Start.String() + " → " + last.String() + " · " +
		format.Percent(sc.DiscountRatePct, 1) + " discount")
	// A long name gives up the question first, then the period.
	switch {
	case cells.Width(lead)+cells.Width(question)+2+cells.Width(period) <= w:
		lead += question
	case cells.Width(lead)+2+cells.Width(period) > w:
		period = ""
	}
	return cells.Spread(lead, period, w)
}

// heading is a section heading, drawn like the inputs panel's groups.
func heading(st *theme.Styles, title string, w int) string {
	text := " " + strings.ToUpper(title) + " "
	return st.Group.Render(text) + st.GroupRule.Render(strings.Repeat("─", max(0, w-cells.Width(text))))
}

// assumptions lays the key assumptions out in columns read down then
// across, each a label and its value flush right, like a result card: two
// columns, or more when the card is wide enough to keep them as tight.
func assumptions(st *theme.Styles, list []report.Assumption, w int) []string {
	inner := w - 2*panel.CardPaddingX
	need := 0 // the widest label and value, two spaces apart
	for _, a := range list {
		need = max(need, cells.Width(a.Label)+2+cells.Width(a.Value))
	}
	cols := min(maxAssumptionColumns, max(2, (inner+panel.CardColumnGap)/(need+panel.CardColumnGap)))
	colW := (inner - (cols-1)*panel.CardColumnGap) / cols
	perCol := (len(list) + cols - 1) / cols
	lines := make([]string, 0, perCol)
	for row := range perCol {
		line := strings.Repeat(" ", panel.CardPaddingX)
		for col := range cols {
			cell := strings.Repeat(" ", colW)
			if i := col*perCol + row; i < len(list) {
				cell = cells.Spread(st.Dim.Render(list[i].Label), st.Figure.Render(list[i].Value), colW)
			}
			if col > 0 {
				line += st.Faint.Render(strings.Repeat(" ", panel.CardColumnGap-2) + "│ ")
			}
			line += cell
		}
		lines = append(lines, line)
	}
	return lines
}

// riskSection is the Monte Carlo's answer and spread, and the inputs that move
// the verdict most as tornado bars on one axis of AI advantage.
func riskSection(st *theme.Styles, res *model.Result, risk *report.Risk, w int) []string {
	mc := risk.MonteCarlo
	lines := []string{heading(st, "Risk", w), " " + st.Strong.Render(words.RiskHeadline(mc)), ""}

	const labelW, valueW = 18, 12
	head := cells.Fit("", labelW)
	for _, p := range []string{"P10", "P50", "P90"} {
		head += cells.Right(p, valueW)
	}
	lines = append(lines, " "+st.TableHead.Render(head))
	for _, row := range report.SpreadRows(mc) {
		line := st.Dim.Render(cells.Fit(row.Label, labelW))
		for i, text := range row.Text {
			tone := theme.ToneNormal
			if row.Negative(i) {
				tone = theme.ToneNegative
			}
			line += st.Tone(tone, cells.Right(text, valueW))
		}
		lines = append(lines, " "+line)
	}

	bars := risk.Sensitivity.Tornado
	if len(bars) == 0 {
		return lines
	}
	// The dashboard's own tornado, showing the inputs that move the answer most.
	chart := panel.Tornado{St: st, Bars: bars, Base: res.AI.NPVUSD.Sub(res.Mining.NPVUSD)}
	n := min(len(bars), tornadoBars)
	lines = append(lines, "")
	for _, line := range cells.Lines(chart.Render(w-1, n+panel.TornadoChromeRows)) {
		lines = append(lines, " "+line) // the card's one-column margin
	}
	return lines
}
