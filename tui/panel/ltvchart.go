package panel

import (
	"math"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// LTVChart draws spec §15's loan-to-value of the loan left after the sale,
// month by month on the base price path, against the margin-call and the
// liquidation LTV, in braille like the cash chart; the first month the path
// reaches each line carries a diamond. It only draws: the path is the
// model's (model.LTVPathPct), in floats for placing dots.
type LTVChart struct {
	St  *theme.Styles
	Res *model.Result
	LTV []float64 // LTVSeries(Res.Scenario): percent, [m-1] for month m; nil without a loan left
}

// LTVSeries is the chart's series for a scenario, worked out once per result.
func LTVSeries(s model.Scenario) []float64 {
	path := model.LTVPathPct(s)
	if path == nil {
		return nil
	}
	out := make([]float64, len(path))
	for i, v := range path {
		out[i] = v.InexactFloat64()
	}
	return out
}

// The LTV chart's layers, bottom to top.
const (
	ltvLayerCall = iota
	ltvLayerLiquidation
	ltvLayerPath
	ltvLayers
)

// ltvEndWidth holds the names after the lines' right ends: " LTV", " call", " liq.".
const ltvEndWidth = 6

func (c LTVChart) Render(w, h int) string {
	st := c.St
	sc := c.Res.Scenario
	tr := c.Res.Treasury
	horizon := sc.HorizonMonths
	call, liquidation := sc.Treasury.MarginCallLTVPct.InexactFloat64(), sc.Treasury.LiquidationLTVPct.InexactFloat64()

	// y from below the path's lowest point to a step above the liquidation
	// line, so that the two thresholds, a few points apart, stay apart; a
	// path past the top is cut there: the loan is liquidated by then.
	bottom := call
	for _, v := range c.LTV {
		bottom = math.Min(bottom, v)
	}
	plotH := max(1, h-chartTitleRows-chartAxisRows)
	step := niceStep((liquidation*1.15 - bottom*0.8) / float64(max(2, plotH/2)))
	lo := math.Max(0, math.Floor(bottom*0.8/step)*step)
	hi := math.Ceil(liquidation*1.15/step) * step
	ticks := []float64{}
	for v := lo; v <= hi+step/2; v += step {
		ticks = append(ticks, v)
	}
	tickLabel := func(v float64) string { return format.Percent(decimal.NewFromFloat(v).Round(0), 0) }
	labelW := 0
	for _, v := range ticks {
		labelW = max(labelW, cells.Width(tickLabel(v)))
	}
	plotW := max(chartMinPlotCols, w-labelW-2-ltvEndWidth)
	dotsW, dotsH := plotW*2, plotH*4
	xOf := func(m int) int { return int(math.Round(float64(m) * float64(dotsW-1) / float64(max(1, horizon)))) }
	yOf := func(v float64) int {
		v = math.Min(math.Max(v, lo), hi)
		return int(math.Round(1.5 + (hi-v)/(hi-lo)*float64(dotsH-4)))
	}
	rowOf := func(v float64) int { return yOf(v) / 4 }

	var grids [ltvLayers][]rune
	for i := range grids {
		grids[i] = make([]rune, plotW*plotH)
	}
	set := func(g, x, y int) {
		if x >= 0 && y >= 0 && x < dotsW && y < dotsH {
			grids[g][(y/4)*plotW+x/2] |= brailleBits[x%2][y%4]
		}
	}
	// The thresholds dashed, the liquidation's dashes longer, so that the
	// two read apart without colour.
	for x := range dotsW {
		if x%4 < 2 {
			set(ltvLayerCall, x, yOf(call))
		}
		if x%6 < 4 {
			set(ltvLayerLiquidation, x, yOf(liquidation))
		}
	}
	// Month m's LTV at the start of its month, as the cash chart marks the halving.
	for m := 1; m < len(c.LTV); m++ {
		line(xOf(m-1), yOf(c.LTV[m-1]), xOf(m), yOf(c.LTV[m]), func(x, y int) { set(ltvLayerPath, x, y) })
	}
	if len(c.LTV) == 1 {
		set(ltvLayerPath, 0, yOf(c.LTV[0]))
	}

	markers := map[int]theme.Paint{}
	if tr != nil {
		for _, mark := range []struct {
			month int
			paint theme.Paint
		}{{tr.FirstMarginCallMonth, st.LineCall}, {tr.FirstLiquidationMonth, st.LineLiquidation}} {
			if mark.month > 0 && mark.month <= len(c.LTV) {
				markers[rowOf(c.LTV[mark.month-1])*plotW+xOf(mark.month-1)/2] = mark.paint
			}
		}
	}

	// Each line's name after its end, on the next free row below where
	// two lines end in one.
	ends := map[int]string{}
	endRow := func(row int, text string, p theme.Paint) {
		for ; row < plotH; row++ {
			if _, taken := ends[row]; !taken && row >= 0 {
				ends[row] = " " + p.Render(text)
				return
			}
		}
	}
	if n := len(c.LTV); n > 0 {
		endRow(rowOf(c.LTV[n-1]), "LTV", st.LineLTV)
	}
	endRow(rowOf(liquidation), "liq.", st.LineLiquidation)
	endRow(rowOf(call), "call", st.LineCall)

	tickAt := map[int]string{}
	for _, v := range ticks {
		if r := rowOf(v); tickAt[r] == "" {
			tickAt[r] = tickLabel(v)
		}
	}

	lines := []string{c.title(w)}
	layerPaint := [ltvLayers]theme.Paint{st.LineCall, st.LineLiquidation, st.LineLTV}
	for row := range plotH {
		var sb strings.Builder
		sb.WriteString(yAxisGutter(st, tickAt, row, labelW))
		runs := paintedRuns{sb: &sb}
		for col := range plotW {
			i := row*plotW + col
			r, p := ' ', theme.Paint{}
			if mark, ok := markers[i]; ok {
				r, p = '◆', mark
			} else {
				for layer := ltvLayers - 1; layer >= 0; layer-- { // the path over the lines
					if dots := grids[layer][i]; dots != 0 {
						r, p = 0x2800+dots, layerPaint[layer]
						break
					}
				}
			}
			runs.writeRune(p, r)
		}
		runs.flush()
		sb.WriteString(cells.Fit(ends[row], ltvEndWidth))
		lines = append(lines, sb.String())
	}
	axis, labels := CashChart{St: st, Res: c.Res}.xAxis(labelW, plotW, ltvEndWidth, horizon, xOf, nil)
	lines = append(lines, axis, labels)
	return cells.Block(lines, w, h)
}

// title is the chart's heading and its legend.
func (c LTVChart) title(w int) string {
	st := c.St
	in := c.Res.Scenario.Treasury
	heading := st.Strong.Render("LTV after the sale, month by month")
	call, liquidation := format.Percent(in.MarginCallLTVPct, 0), format.Percent(in.LiquidationLTVPct, 0)
	long := st.LineLTV.Render("━ LTV") + "  " + st.LineCall.Render("╌ margin call "+call) + "  " +
		st.LineLiquidation.Render("╍ liquidation "+liquidation) + "  " + st.Axis.Render("◆ first reached")
	short := st.LineLTV.Render("━ LTV") + " " + st.LineCall.Render("╌ call "+call) + " " + st.LineLiquidation.Render("╍ liq. "+liquidation)
	legend := ""
	for _, l := range []string{long, short} {
		if cells.Width(heading)+2+cells.Width(l) <= w {
			legend = l
			break
		}
	}
	return cells.Spread(heading, legend, w)
}
