package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
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
	// Base is the pinned baseline, or nil: the cards then show each
	// figure's change against it.
	Base *model.Result
}

func (r Results) Render(w, h int) string {
	vLines, required := Verdict{St: r.St, Res: r.Res}.Lines(w)
	parts := splitOverview(r.Res, w, h, r.Compact, len(vLines), required)
	vLines = vLines[:parts.verdictH]
	var results string
	if parts.cards {
		results = CardsAgainst(r.St, r.Res, r.Base, w)
	} else {
		results = compareTable{st: r.St, res: r.Res, base: r.Base}.Render(w, parts.resultsH)
	}
	lines := cells.Lines(results)
	lines = append(lines, "")
	lines = append(lines, vLines...)
	if parts.chartH > 0 {
		lines = append(lines, "")
		lines = append(lines, cells.Lines(CashChart{St: r.St, Res: r.Res, Cash: r.Cash}.Render(w, parts.chartH))...)
	}
	return cells.Block(lines, w, h)
}

// Cards draws both result cards side by side across w columns, CardGap
// apart, mining's on the left, both as tall as the taller needs.
func Cards(st *theme.Styles, res *model.Result, w int) string { return CardsAgainst(st, res, nil, w) }

// CardsAgainst is Cards with each figure's change against a pinned
// baseline (none when base is nil).
func CardsAgainst(st *theme.Styles, res, base *model.Result, w int) string {
	cardW, cardR, h := cardSplit(res, w)
	gap := strings.TrimSuffix(strings.Repeat(strings.Repeat(" ", CardGap)+"\n", h), "\n")
	return cells.Beside(
		ResultCard{St: st, Res: res, Mining: true, Base: base}.Render(cardW, h),
		gap,
		ResultCard{St: st, Res: res, Mining: false, Base: base}.Render(cardR, h),
	)
}
