package card

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// treasurySection is the BTC-backed balance sheet the memo's story turns
// on: on the left the loan before and after the sale (spec §7), its LTV and
// the BTC prices that call and liquidate it; on the right the sale, the
// capex its cash covers and the loan left over time (spec §15): the first
// months the base path calls and liquidates it and, with the risk run, the
// odds of each. Under both, the base path in a sentence, and where the odds
// come from when the card has no risk run. Nil without a treasury.
func treasurySection(st *theme.Styles, res *model.Result, risk *report.Risk, w int) []string {
	sheet := report.TreasuryLines(*res)
	if sheet == nil {
		return nil
	}
	var before, after []report.TreasuryLine
	for _, l := range sheet {
		if l.Before != "" {
			before = append(before, l)
		} else {
			after = append(after, l)
		}
	}
	after = append(after, report.TreasuryOverTime(*res, risk)...)

	inner := w - 2*panel.CardPaddingX
	leftW := (inner - panel.CardColumnGap) / 2
	rightW := inner - panel.CardColumnGap - leftW
	const valueW = 14
	labelW := max(8, leftW-2*valueW)
	left := []string{cells.Fit("", labelW) + st.TableHead.Render(cells.Right("Before sale", valueW)+cells.Right("After sale", valueW))}
	for _, l := range before {
		left = append(left, st.Dim.Render(cells.Fit(l.Label, labelW))+
			st.Figure.Render(cells.Right(l.Before, valueW))+st.Strong.Render(cells.Right(l.After, valueW)))
	}
	right := []string{st.TableHead.Render("The sale and the loan left")}
	for _, l := range after {
		right = append(right, cells.Spread(st.Dim.Render(l.Label), st.Tone(treasuryTone(l), l.After), rightW))
	}

	lines := []string{heading(st, "Treasury", w)}
	for i := range max(len(left), len(right)) {
		line := cells.Fit("", panel.CardPaddingX)
		line += cellAt(left, i, leftW) + st.Faint.Render(cells.Fit("", panel.CardColumnGap-2)+"│ ") + cellAt(right, i, rightW)
		lines = append(lines, line)
	}
	lines = append(lines, "")
	for _, note := range report.TreasuryNotes(*res, risk) {
		if note == words.LoanOdds(riskResult(risk)) {
			continue // the odds stand in the table
		}
		for _, l := range cells.Wrap(note, inner) {
			lines = append(lines, cells.Fit("", panel.CardPaddingX)+st.Dim.Render(l))
		}
	}
	return lines
}

// treasuryTone marks the months the base path calls the loan, and its odds.
func treasuryTone(l report.TreasuryLine) theme.Tone {
	switch {
	case l.After == words.NotWithinHorizon:
		return theme.ToneDim
	case l.Label == "Base path: margin call", l.Label == "Base path: liquidation",
		l.Label == "Odds of a margin call", l.Label == "Odds of liquidation":
		return theme.ToneNegative
	}
	return theme.ToneNormal
}

// cellAt is line i of a block, w wide, blank past its end.
func cellAt(block []string, i, w int) string {
	if i < len(block) {
		return cells.Fit(block[i], w)
	}
	return cells.Fit("", w)
}

// riskResult is the Monte Carlo's result of a risk run, the zero one without.
func riskResult(risk *report.Risk) model.RiskResult {
	if risk == nil {
		return model.RiskResult{}
	}
	return risk.MonteCarlo
}
