package tui

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// renderRisk draws the Risk tab: the Monte Carlo's answer in words and as
// a big probability, the percentiles of both NPVs and of the lead, the
// histogram of the lead, and the assumptions beside it, editable here.
func (m Model) renderRisk(w, h int) string {
	state := m.analysisOf(kindRisk)
	p := splitRisk(w, h)
	panel := m.renderAssumptions(p.panelW, p.bottomH)
	if !state.has {
		what := "Simulating " + format.Number(decimal.NewFromInt(int64(m.sc.Risk.Paths)), 0, "") + " paths…"
		top := pendingView(m.st, state, what, w, p.topH)
		bottom := cells.Beside(cells.Block(nil, p.histW+p.gapW, p.bottomH), panel)
		return top + "\n" + bottom
	}
	r := &m.analyses.risk
	lines := []string{m.riskHeadline(r, state, w), ""}
	lines = append(lines, m.riskBand(r, w, p.bandH)...)
	for range p.topH - len(lines) {
		lines = append(lines, "")
	}
	hist := histogram{st: m.st, r: r}.Render(p.histW, p.bottomH)
	lines = append(lines, cells.Lines(cells.Beside(hist, cells.Block(nil, p.gapW, p.bottomH), panel))...)
	return cells.Block(lines, w, h)
}

// riskHeadline is the answer in a sentence (words.RiskHeadline: the same
// words as the reports, with the seed and the paths to reproduce it), and
// the progress of a recomputation on the right.
func (m Model) riskHeadline(r *model.RiskResult, state analysisState, w int) string {
	text := m.st.Strong.Render(" " + words.RiskHeadline(*r))
	if note := progressNote(m.st, state, max(20, w-cells.Width(text)-2)); note != "" {
		return cells.Spread(text, "  "+note, w)
	}
	return cells.Fit(text, w)
}

// riskBand is the big probability beside the percentile table.
func (m Model) riskBand(r *model.RiskResult, w, h int) []string {
	st := m.st
	side := theme.SideMining
	if r.PAIWins > 0.5 {
		side = theme.SideAI
	}
	pct := format.Grouped(decimal.NewFromFloat(r.PAIWins*100), 1)
	digits := bigText(pct)
	caption := "chance AI beats mining"
	bigW := max(cells.Width(digits[0])+2, cells.Width(caption)) + riskBandGap
	big := make([]string, 0, h)
	for i, row := range digits {
		text := " " + st.Analysis.Big[side].Render(row)
		if i == len(digits)-1 {
			text += st.Analysis.Big[side].Render(" %")
		}
		big = append(big, cells.Fit(text, bigW))
	}
	big = append(big, cells.Fit(" "+st.Dim.Render(caption), bigW))
	table := m.spreadTable(r, w-bigW)
	out := make([]string, h)
	for i := range out {
		var l, t string
		if i < len(big) {
			l = big[i]
		} else {
			l = strings.Repeat(" ", bigW)
		}
		if i < len(table) {
			t = table[i]
		}
		out[i] = cells.Fit(l+t, w)
	}
	return out
}

// spreadTable is P10, P50 and P90 of both NPVs and the lead
// (report.SpreadRows), and, where it fits, the deterministic model's figure
// for comparison.
func (m Model) spreadTable(r *model.RiskResult, w int) []string {
	st := m.st
	rows := report.SpreadRows(*r)
	base := m.analyses.riskBase
	baseText := [3]string{format.USDShort(base[0]), format.USDShort(base[1]), format.USDShort(base[1].Sub(base[0]))}
	labelW := 0
	valueW := cells.Width("Base case")
	for i, row := range rows {
		labelW = max(labelW, cells.Width(row[0]))
		for _, v := range row[1:] {
			valueW = max(valueW, cells.Width(v))
		}
		valueW = max(valueW, cells.Width(baseText[i]))
	}
	valueW += riskTableGap
	columns := 4
	if labelW+columns*valueW > w {
		columns = 3 // no room for the base case
	}
	head := strings.Repeat(" ", labelW)
	for _, title := range []string{"P10", "P50", "P90", "Base case"}[:columns] {
		head += cells.Right(title, valueW)
	}
	lines := []string{st.TableHead.Render(head)}
	labelStyle := []theme.Paint{st.Mining, st.AI, st.Strong}
	for i, row := range rows {
		line := labelStyle[i].Render(cells.Fit(row[0], labelW))
		for c, v := range append(row[1:], baseText[i])[:columns] {
			style := st.Figure
			if c == 3 {
				style = st.Dim
			}
			if strings.HasPrefix(v, "−") && c < 3 {
				style = st.Negative
			}
			line += style.Render(cells.Right(v, valueW))
		}
		lines = append(lines, line)
	}
	return lines
}

// renderAssumptions is the Risk tab's panel of the [risk] inputs, with a
// note under it on what they mean.
func (m Model) renderAssumptions(w, h int) string {
	rows := assumptionRows()
	panel := inputsPanel{
		st: m.st, rows: rows, sc: &m.sc, saved: &m.saved, hashprice: m.res.HashpriceUSDPerPHDay,
		selected: rowOf(rows, m.assumptionKey()),
	}
	lines := cells.Lines(panel.Render(w, len(rows)))
	notes := []string{
		"Each path draws its own BTC and power prices, month by month, and its own hashrate growth and AI-rate drift, then runs the monthly model.",
		"The same seed gives the same result on any number of cores.",
	}
	if room := h - len(lines) - 1; room > 0 {
		var text []string
		for i, n := range notes {
			if i > 0 {
				text = append(text, "")
			}
			text = append(text, cells.Wrap(n, w-2)...)
		}
		if len(text) <= room {
			lines = append(lines, "")
			for _, t := range text {
				lines = append(lines, " "+m.st.Dim.Render(t))
			}
		}
	}
	return cells.Block(lines, w, h)
}
