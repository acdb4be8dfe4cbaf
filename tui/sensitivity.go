package tui

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// sensitivityHint is the status line's text on the Sensitivity tab.
const sensitivityHint = "Cells: the model at each hashprice and AI rate · bars: one input moved, the rest held · edit on the Overview (1)"

// renderSensitivity draws the Sensitivity tab: the heatmap over the
// tornado, or the computation's progress until there is a result.
func (m Model) renderSensitivity(w, h int) string {
	state := m.analysisOf(kindSensitivity)
	if !state.has {
		return pendingView(m.st, state, "Running the model over 315 hashprice × AI-rate cells and every input's range…", w, h)
	}
	s := &m.analyses.sens
	hm := &s.Heatmap
	current := hm.Advantage[model.HeatmapCurrentRow][model.HeatmapCurrentColumn]
	p := splitSensitivity(w, h, len(s.Tornado), rateLabelWidth(hm))
	sh := &m.analyses.sensShades
	grid := heatmap{st: m.st, hm: hm, sh: sh, rows: heatRows(p.dense), cellW: p.cellW}
	legend := heatLegend{st: m.st, hm: hm, sh: sh}

	title := heatTitle(m.st, m.analyses.sensMode, w)
	if note := progressNote(m.st, state, w/2); note != "" {
		title = cells.Spread(heatTitle(m.st, m.analyses.sensMode, w-cells.Width(note)-2), note, w)
	}
	lines := []string{title}
	gridLines := grid.gridLines()
	if p.legendBeside {
		col := legend.column(p.legendW)
		gw := grid.gridWidth() + heatAxisOverhang
		for i, gl := range gridLines {
			text := cells.Fit(gl, gw) + strings.Repeat(" ", heatLegendGap-heatAxisOverhang)
			if i < len(col) {
				text += col[i]
			}
			lines = append(lines, text)
		}
	} else {
		lines = append(lines, gridLines...)
		lines = append(lines, legend.rows(w)...)
	}
	for range p.gap {
		lines = append(lines, "")
	}
	tornado := tornadoChart{st: m.st, bars: s.Tornado, base: current, spaced: p.spaced}
	lines = append(lines, cells.Lines(tornado.Render(w, p.tornadoH))...)
	return cells.Block(lines, w, h)
}

// rateLabelWidth is the widest rate label of the heatmap's row axis.
func rateLabelWidth(hm *model.Heatmap) int {
	w := 0
	for _, v := range hm.RateAxis {
		w = max(w, cells.Width(rateLabel(v)))
	}
	return w
}

// pendingView is a tab whose first result is still coming: what is being
// computed, and how far along it is.
func pendingView(st *theme.Styles, state analysisState, what string, w, h int) string {
	lines := []string{""}
	if state.err != "" {
		lines = append(lines, "  "+st.Error.Render("The analysis failed: "+state.err))
		return cells.Block(lines, w, h)
	}
	lines = append(lines, "  "+st.Strong.Render(what), "")
	fraction := 0.0
	if state.run != nil {
		fraction = state.run.fraction()
	}
	lines = append(lines, "  "+progressBar(st, fraction, min(w-12, progressBarWidth))+" "+
		st.Dim.Render(format.Percent(decimal.NewFromFloat(fraction*100).Round(0), 0)))
	return cells.Block(lines, w, h)
}

// progressNote is the short line a tab shows in its title while it
// recomputes a result it already shows: how far along the new one is.
func progressNote(st *theme.Styles, state analysisState, w int) string {
	switch {
	case state.err != "":
		return st.Error.Render(cells.Fit("update failed: "+state.err, w))
	case !state.stale:
		return ""
	}
	fraction := 0.0
	if state.run != nil {
		fraction = state.run.fraction()
	}
	label := st.Warn.Render("updating ")
	pct := st.Dim.Render(" " + format.Percent(decimal.NewFromFloat(fraction*100).Round(0), 0))
	barW := min(progressNoteBar, w-cells.Width(label)-cells.Width(pct))
	if barW < 4 {
		return label
	}
	return label + progressBar(st, fraction, barW) + pct
}

// progressBar draws a bar w cells wide, fraction filled.
func progressBar(st *theme.Styles, fraction float64, w int) string {
	w = max(1, w)
	filled := min(w, max(0, int(fraction*float64(w)+0.5)))
	return st.Analysis.Done.Render(strings.Repeat("█", filled)) + st.Analysis.Todo.Render(strings.Repeat("░", w-filled))
}
