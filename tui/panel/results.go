package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// Results is the Overview's right side: both strategies' results (boxed
// cards side by side, or in the compact layout one comparison table), the
// verdict and the cumulative-cash chart, each given its room by
// splitOverview.
type Results struct {
	St      *theme.Styles
	Res     *model.Result
	Cash    Cash // CumulativeCash(Res)
	Compact bool // the compact layout: the comparison table, never cards
	Vector  bool // the chart's lines as vector shapes, for an image (CashChart.Vector)
	// Base is the pinned baseline, or nil: the cards then show each
	// figure's change against it.
	Base *model.Result
}

func (r Results) Render(w, h int) string {
	text, _ := r.Draw(w, h)
	return text
}

// Draw renders the results and, when Vector, the chart's shapes placed in
// the results' cells.
func (r Results) Draw(w, h int) (string, []screenshot.Shape) {
	vLines, required := Verdict{St: r.St, Res: r.Res}.Lines(w)
	rows := figureRows(r.Res) // once a frame: every part below takes them
	var baseRows []figureRow
	if r.Base != nil {
		baseRows = figureRows(r.Base)
	}
	parts := splitOverview(rows, baseRows, w, h, r.Compact, len(vLines), required)
	vLines = vLines[:parts.verdictH]
	var results string
	if parts.cards {
		results = cards(r.St, r.Res, r.Base, rows, baseRows, w)
	} else {
		results = compareTable{st: r.St, res: r.Res, base: r.Base, rows: rows, baseRows: baseRows}.Render(w, parts.resultsH)
	}
	lines := cells.Lines(results)
	lines = append(lines, "")
	lines = append(lines, vLines...)
	var shapes []screenshot.Shape
	if parts.chartH > 0 {
		lines = append(lines, "")
		chart, chartShapes := CashChart{St: r.St, Res: r.Res, Cash: r.Cash, Vector: r.Vector}.Draw(w, parts.chartH)
		shapes = screenshot.Moved(chartShapes, 0, float64(len(lines)))
		lines = append(lines, cells.Lines(chart)...)
	}
	return cells.Block(lines, w, h), shapes
}

// Cards draws both result cards side by side across w columns, CardGap
// apart, mining's on the left, both as tall as the taller needs.
func Cards(st *theme.Styles, res *model.Result, w int) string { return CardsAgainst(st, res, nil, w) }

// CardsAgainst is Cards with each figure's change against a pinned
// baseline (none when base is nil).
func CardsAgainst(st *theme.Styles, res, base *model.Result, w int) string {
	var baseRows []figureRow
	if base != nil {
		baseRows = figureRows(base)
	}
	return cards(st, res, base, figureRows(res), baseRows, w)
}

func cards(st *theme.Styles, res, base *model.Result, rows, baseRows []figureRow, w int) string {
	cardW, cardR, cols, perColumn, h := cardSplit(rows, baseRows, w)
	gap := strings.TrimSuffix(strings.Repeat(strings.Repeat(" ", CardGap)+"\n", h), "\n")
	return cells.Beside(
		ResultCard{St: st, Res: res, Mining: true, Base: base, Columns: cols, rows: rows, baseRows: baseRows, perColumn: perColumn}.Render(cardW, h),
		gap,
		ResultCard{St: st, Res: res, Mining: false, Base: base, Columns: cols, rows: rows, baseRows: baseRows, perColumn: perColumn}.Render(cardR, h),
	)
}
