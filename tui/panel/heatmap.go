package panel

import (
	"math"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// heatmap draws spec §9's grid of AI NPV − mining NPV: month-1 hashprice
// across, the AI rate down (highest at the top), each cell in the colour of
// the strategy ahead there, shaded by how far ahead, the break-even frontier
// drawn along the cells' edges where the lead changes hands, and the
// scenario's own cell in brackets. It only draws: every figure is the
// model's (model.Analyse).
type heatmap struct {
	st *theme.Styles
	hm *model.Heatmap
	sh *HeatShades
	// rows are the rate rows shown, top to bottom: all fifteen, or every
	// other one on short screens (always including the scenario's).
	rows []int
	// cellW is each cell's width in columns.
	cellW int
}

// heatmapColumns is the hashprice axis's length, for the layout.
const heatmapColumns = model.HeatmapColumns

// heatRows lists the rate rows to draw, top (highest rate) to bottom; a
// dense grid draws every other row, the scenario's row among them.
func heatRows(dense bool, current int) []int {
	var rows []int
	for j := model.HeatmapRows - 1; j >= 0; j-- {
		if !dense || (j-current)%2 == 0 {
			rows = append(rows, j)
		}
	}
	return rows
}

// HeatShades is the heatmap reduced to what its drawing needs: each cell's
// side and shade, and the width of a shade. It is worked out once per
// result (a decimal's float goes through its string) and kept beside it.
type HeatShades struct {
	side, level [model.HeatmapRows][model.HeatmapColumns]int
	// step is the width of one shade: the largest lead in the grid split
	// into theme.HeatLevels, rounded up to a round number.
	step float64
	// oneSide is the side that leads in every cell, or −1 when the lead
	// changes hands somewhere.
	oneSide int
}

func NewHeatShades(hm *model.Heatmap) HeatShades {
	var sh HeatShades
	var abs [model.HeatmapRows][model.HeatmapColumns]float64
	maxAbs := 0.0
	for j := range hm.Advantage {
		for i, v := range hm.Advantage[j] {
			abs[j][i] = min(math.MaxFloat64, math.Abs(v.InexactFloat64())) // beyond float64 is as dark as it gets
			maxAbs = math.Max(maxAbs, abs[j][i])
			// A dead heat counts as mining's: AI must beat it, as in the
			// Monte Carlo's p_ai_wins.
			if v.IsPositive() {
				sh.side[j][i] = theme.SideAI
			}
		}
	}
	sh.step = niceStep(maxAbs / theme.HeatLevels)
	sh.oneSide = sh.side[0][0]
	for j := range abs {
		for i := range abs[j] {
			sh.level[j][i] = int(min(theme.HeatLevels-1, abs[j][i]/sh.step)) // in float: a huge ratio overflows an int
			if sh.side[j][i] != sh.oneSide {
				sh.oneSide = -1
			}
		}
	}
	return sh
}

// rateLabel writes an AI rate for the row axis.
func rateLabel(v decimal.Decimal) string { return format.Price(v, 2, "") }

// hashpriceLabel writes a hashprice for the column axis.
func hashpriceLabel(v decimal.Decimal) string { return format.Price(v, 2, "") }

// labelWidth is the row axis's width: the widest rate, a space.
func (h heatmap) labelWidth() int {
	w := 0
	for _, j := range h.rows {
		w = max(w, cells.Width(rateLabel(h.hm.RateAxis[j])))
	}
	return w + 1
}

// gridWidth is the width of the row labels and the cells.
func (h heatmap) gridWidth() int { return h.labelWidth() + model.HeatmapColumns*h.cellW }

// gridLines draws the grid's rows and the column axis under them.
func (h heatmap) gridLines() []string {
	st := h.st
	an := &st.Analysis
	hm, sh := h.hm, h.sh
	labelW := h.labelWidth()
	lines := make([]string, 0, len(h.rows)+1)
	for r, j := range h.rows {
		var sb strings.Builder
		label := cells.Right(rateLabel(hm.RateAxis[j]), labelW-1) + " "
		if j == hm.Row {
			sb.WriteString(st.Strong.Render(label))
		} else {
			sb.WriteString(st.Axis.Render(label))
		}
		below := -1
		if r+1 < len(h.rows) {
			below = h.rows[r+1]
		}
		for i := range model.HeatmapColumns {
			side, level := sh.side[j][i], sh.level[j][i]
			edgeRight := an.Frontier && i+1 < model.HeatmapColumns && sh.side[j][i+1] != side
			edgeBelow := an.Frontier && below >= 0 && sh.side[below][i] != side
			current := j == hm.Row && i == hm.Column
			sb.WriteString(h.cell(side, level, edgeRight, edgeBelow, current))
		}
		lines = append(lines, sb.String())
	}
	return append(lines, h.columnAxis(labelW))
}

// cell draws one cell: its fill, the frontier along its right or bottom
// edge, or the brackets of the scenario's own cell.
func (h heatmap) cell(side, level int, edgeRight, edgeBelow, current bool) string {
	an := &h.st.Analysis
	fill, ink := an.Heat[side][level], an.HeatInk[side][level]
	glyph := an.HeatGlyph[side][level]
	w := h.cellW
	switch {
	case current:
		return ink.Render("[") + fill.Render(strings.Repeat(glyph, w-2)) + ink.Render("]")
	case edgeBelow && edgeRight:
		return ink.Render(strings.Repeat("▁", w-1) + "▕")
	case edgeBelow:
		return ink.Render(strings.Repeat("▁", w))
	case edgeRight:
		return fill.Render(strings.Repeat(glyph, w-1)) + ink.Render("▕")
	}
	return fill.Render(strings.Repeat(glyph, w))
}

// columnAxis labels every heatLabelEvery-th hashprice under its cell, the
// scenario's own in bold.
func (h heatmap) columnAxis(labelW int) string {
	st := h.st
	total := labelW + model.HeatmapColumns*h.cellW
	row := []rune(strings.Repeat(" ", total+heatAxisOverhang))
	type span struct{ from, to int }
	var current span
	for i := 0; i < model.HeatmapColumns; i += heatLabelEvery {
		text := []rune(hashpriceLabel(h.hm.HashpriceAxis[i]))
		text = text[:min(len(text), len(row))]
		centre := labelW + i*h.cellW + h.cellW/2
		from := max(0, min(centre-len(text)/2, len(row)-len(text)))
		copy(row[from:], text)
		if i == h.hm.Column {
			current = span{from, from + len(text)}
		}
	}
	s := string(row)
	if current.to == 0 {
		return st.Axis.Render(s)
	}
	runes := []rune(s)
	return st.Axis.Render(string(runes[:current.from])) + st.Strong.Render(string(runes[current.from:current.to])) +
		st.Axis.Render(string(runes[current.to:]))
}

// heatLegend explains the colours, the brackets and the frontier. wide
// gives a column of lines beside the grid; otherwise it is two lines for
// under it.
type heatLegend struct {
	st *theme.Styles
	hm *model.Heatmap
	sh *HeatShades
}

// swatch is a two-column sample of a shade.
func (l heatLegend) swatch(side, level int) string {
	an := &l.st.Analysis
	return an.Heat[side][level].Render(strings.Repeat(an.HeatGlyph[side][level], 2))
}

// readout states the scenario's own cell.
func (l heatLegend) readout() (mark, text string) {
	an := &l.st.Analysis
	j, i := l.hm.Row, l.hm.Column
	side, level := l.sh.side[j][i], l.sh.level[j][i]
	mark = an.HeatInk[side][level].Render("[") + an.Heat[side][level].Render(an.HeatGlyph[side][level]) +
		an.HeatInk[side][level].Render("]")
	return mark, "this scenario " + format.USDShort(l.hm.ScenarioAdvantageUSD)
}

// frontierSample shows what the frontier looks like: a line along the
// cells' edges, or in mono where the shades meet the dots. When one side
// leads in every cell there is no frontier to show, and it says so.
func (l heatLegend) frontierSample() string {
	an := &l.st.Analysis
	switch l.sh.oneSide {
	case theme.SideMining:
		return "mining ahead in every cell"
	case theme.SideAI:
		return "AI ahead in every cell"
	}
	if !an.Frontier {
		return "break-even where shades meet dots"
	}
	return an.HeatInk[theme.SideAI][1].Render("▁▁▕") + " break-even"
}

// column is the legend as a column of lines beside the grid.
func (l heatLegend) column(w int) []string {
	st := l.st
	step := l.sh.step
	usd := format.USDShortFloat
	rangeText := func(level int) string {
		switch level {
		case 0:
			return "under " + usd(step)
		case theme.HeatLevels - 1:
			return usd(step*float64(level)) + " or more"
		}
		return usd(step*float64(level)) + "–" + usd(step*float64(level+1))
	}
	lines := []string{st.AI.Render("AI ahead by")}
	for level := theme.HeatLevels - 1; level >= 0; level-- {
		lines = append(lines, l.swatch(theme.SideAI, level)+" "+st.Dim.Render(rangeText(level)))
	}
	lines = append(lines, st.Mining.Render("Mining ahead by"))
	for level := range theme.HeatLevels {
		lines = append(lines, l.swatch(theme.SideMining, level)+" "+st.Dim.Render(rangeText(level)))
	}
	lines = append(lines, "")
	mark, text := l.readout()
	lines = append(lines, mark+" "+st.Strong.Render(text))
	lines = append(lines, st.Dim.Render(l.frontierSample()))
	for i := range lines {
		lines[i] = cells.Fit(lines[i], w)
	}
	return lines
}

// rows is the legend as two lines under the grid: the shades, then the
// scenario's cell and the frontier.
func (l heatLegend) rows(w int) []string {
	st := l.st
	step := format.USDShortFloat(l.sh.step)
	var ai, mining strings.Builder
	for level := range theme.HeatLevels {
		ai.WriteString(l.swatch(theme.SideAI, level))
		mining.WriteString(l.swatch(theme.SideMining, level))
	}
	first := st.AI.Render("AI ahead ") + ai.String() + "   " + st.Mining.Render("mining ahead ") + mining.String() +
		st.Dim.Render("   a shade per "+step)
	mark, text := l.readout()
	second := mark + " " + st.Strong.Render(text) + "   " + st.Dim.Render(l.frontierSample())
	return []string{cells.Fit(first, w), cells.Fit(second, w)}
}

// heatTitle is the heatmap's heading: what a cell holds and the two axes.
func heatTitle(st *theme.Styles, mode model.Mode, w int) string {
	unit := format.RateUnit(mode)
	rate := words.RateName(mode)
	head := st.SectionHead.Render("AI − MINING NPV")
	axes := st.Dim.Render("  rows: " + rate + " $" + unit + " ↑   columns: month-1 hashprice $/PH/day →")
	short := st.Dim.Render("  rows: " + rate + " · columns: hashprice")
	if cells.Width(head)+cells.Width(axes) <= w {
		return cells.Fit(head+axes, w)
	}
	return cells.Fit(head+short, w)
}
