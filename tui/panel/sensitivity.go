package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// Sensitivity is the Sensitivity tab: spec §9's heatmap over its tornado,
// or the computation's progress until there is a result.
type Sensitivity struct {
	St       *theme.Styles
	Result   *model.Sensitivity // model.Analyse's, once Progress.Has
	Shades   *HeatShades        // NewHeatShades(&Result.Heatmap)
	Mode     model.Mode         // the AI mode Result was computed in (it names the rate axis)
	Progress Progress
}

// Progress is where a background analysis stands, for the tab that shows it.
type Progress struct {
	Has      bool    // a result is on hand
	Stale    bool    // it is for an older scenario; a newer one is computing
	Fraction float64 // of the run in flight, 0 before its first report
	Err      string  // the last failure
}

func (v Sensitivity) Render(w, h int) string {
	st := v.St
	if !v.Progress.Has {
		return pendingView(st, v.Progress, "Running the model over 315 hashprice × AI-rate cells and every input's range…", w, h)
	}
	s := v.Result
	hm := &s.Heatmap
	current := hm.ScenarioAdvantageUSD
	p := splitSensitivity(w, h, len(s.Tornado), rateLabelWidth(hm), hm.Row)
	sh := v.Shades
	grid := heatmap{st: st, hm: hm, sh: sh, rows: heatRows(p.dense, hm.Row), cellW: p.cellW}
	legend := heatLegend{st: st, hm: hm, sh: sh}

	title := heatTitle(st, v.Mode, w)
	if note := progressNote(st, v.Progress, w/2); note != "" {
		title = cells.Spread(heatTitle(st, v.Mode, w-cells.Width(note)-2), note, w)
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
	tornado := Tornado{St: st, Bars: s.Tornado, Base: current, Spaced: p.spaced}
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
func pendingView(st *theme.Styles, state Progress, what string, w, h int) string {
	lines := []string{""}
	if state.Err != "" {
		lines = append(lines, "  "+st.Error.Render("The analysis failed: "+state.Err))
		return cells.Block(lines, w, h)
	}
	lines = append(lines, "  "+st.Strong.Render(what), "")
	fraction := state.Fraction
	lines = append(lines, "  "+progressBar(st, fraction, min(w-12, progressBarWidth))+" "+
		st.Dim.Render(format.Percent(decimal.NewFromFloat(fraction*100).Round(0), 0)))
	return cells.Block(lines, w, h)
}

// progressNote is the short line a tab shows in its title while it
// recomputes a result it already shows: how far along the new one is.
func progressNote(st *theme.Styles, state Progress, w int) string {
	switch {
	case state.Err != "":
		return st.Error.Render(cells.Fit("update failed: "+state.Err, w))
	case !state.Stale:
		return ""
	}
	fraction := state.Fraction
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
