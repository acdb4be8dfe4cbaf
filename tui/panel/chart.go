package panel

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// CashChart draws the cumulative cash of both strategies over the horizon in
// braille (2×4 dots a cell), with the y-axis in dollars, the x-axis in
// calendar months, the halving month(s) as a dotted vertical line and each
// payback as a diamond on its line. The chart only draws: every value comes
// from the model's ledgers, converted to float64 for placing dots.
type CashChart struct {
	St   *theme.Styles
	Res  *model.Result
	Cash Cash // CumulativeCash(Res), worked out once per result
	// Vector draws for an image: Draw returns the lines, the zero line, the
	// halvings and the paybacks as vector shapes, smooth and in their own
	// colours where braille would make dotted staircases, and labels each
	// line's end with its final cash, so that a line near $0 still reads.
	Vector bool
}

// Vector lines, in pixels at scale 1: mining's is wider and drawn first, so
// that where the two lines coincide it shows on both sides of AI's.
const (
	vectorMiningWidth = 2.6
	vectorAIWidth     = 1.6
	vectorGuideWidth  = 1
	vectorGuideDash   = 3
	vectorMonoDash    = 5 // mining's dashes without colour
)

// Cash is both strategies' cumulative cash, month 0 (t = 0) to the horizon,
// as floats for placing dots: mining first, then AI.
type Cash [seriesCount][]float64

// series indexes the two lines.
const (
	seriesMining = iota
	seriesAI
	seriesCount
)

// braille dot bits by (column, row) inside a cell.
var brailleBits = [2][4]rune{{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}}

// cellKind picks how a plot cell is drawn.
type cellKind uint8

const (
	cellEmpty cellKind = iota
	cellGuide          // zero line or halving line only
	cellMining
	cellAI
	cellOverlap
	cellPayMining // payback diamonds
	cellPayAI
	cellHalvingLabel
)

// CumulativeCash is the chart's series for a result.
func CumulativeCash(res *model.Result) Cash {
	return Cash{cumulative(res.Mining), cumulative(res.AI)}
}

// cumulative returns month 0 .. H of a strategy's cumulative cash: from the
// capex paid at t = 0 (less any prepayment received), down by each later
// capex payment and up by each month's EBITDA (spec §10).
func cumulative(s model.Strategy) []float64 {
	out := make([]float64, len(s.Months)+1)
	out[0] = dots(s.PrepaymentUSD.Sub(s.InitialCapexUSD))
	for i, row := range s.Months {
		out[i+1] = dots(row.CumulativeCashUSD)
	}
	return out
}

// chartLimit bounds the dollars the chart places: beyond float64 a sum
// would be infinite, and the span of two infinite ones not a number.
const chartLimit = 1e300

// dots converts an amount for placing dots, within ±chartLimit: to float64
// from its coefficient and exponent, without InexactFloat64's exact
// rational, which costs more than the rest of a frame over a long horizon.
func dots(v decimal.Decimal) float64 {
	coefficient, _ := v.Coefficient().Float64()
	f := coefficient * math.Pow10(int(v.Exponent()))
	if math.IsNaN(f) || math.IsInf(f, 0) {
		f = v.InexactFloat64() // a coefficient or an exponent beyond float64's range
	}
	return max(-chartLimit, min(chartLimit, f))
}

// niceStep rounds a raw tick step up to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	exp := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*exp {
			return m * exp
		}
	}
	return 10 * exp
}

func (c CashChart) Render(w, h int) string {
	text, _ := c.Draw(w, h)
	return text
}

// Draw renders the chart and, when Vector, the shapes an image draws over
// it, in the chart's own cells.
func (c CashChart) Draw(w, h int) (string, []screenshot.Shape) {
	st := c.St
	res := c.Res
	horizon := res.Scenario.HorizonMonths
	series := c.Cash

	// y range: both series and zero, widened to whole ticks.
	lo, hi := 0.0, 0.0
	dataLo, dataHi := math.Inf(1), math.Inf(-1)
	for _, s := range series {
		for _, v := range s {
			dataLo, dataHi = math.Min(dataLo, v), math.Max(dataHi, v)
		}
	}
	lo, hi = math.Min(lo, dataLo), math.Max(hi, dataHi)
	plotH := max(1, h-chartTitleRows-chartAxisRows)
	step := niceStep((hi - lo) / float64(max(2, plotH/3)))
	lo = math.Floor(lo/step) * step
	hi = math.Ceil(hi/step) * step
	if hi-lo < step {
		hi = lo + step
	}
	// Ticks fall on whole rows, the same number of rows apart: the plot
	// uses intervals × rowsPer + 1 rows, and spare rows first buy more
	// intervals (air above or below the lines), then go above the plot.
	intervals := max(1, int(math.Round((hi-lo)/step)))
	usedRows := plotH
	scaled := plotH >= chartTickRows
	if scaled {
		rowsPer := max(1, (plotH-1)/intervals)
		for (intervals+1)*rowsPer+1 <= plotH {
			if hi-dataHi <= dataLo-lo {
				hi += step
			} else {
				lo -= step
			}
			intervals++
		}
		usedRows = intervals*rowsPer + 1
	}
	blankRows := plotH - usedRows
	plotH = usedRows

	var ticks []float64
	if lo <= 0 && hi >= 0 {
		ticks = append(ticks, 0) // zero first: it wins a row it shares with another tick
	}
	if !scaled {
		ticks = append(ticks, hi, lo) // too few rows for a scale: just the extremes
	} else {
		for i := 0; i <= intervals; i++ {
			ticks = append(ticks, lo+float64(i)*step)
		}
	}
	tickLabel := func(v float64) string {
		if math.Abs(v) < step/1e6 {
			return "$0"
		}
		return format.USDShortFloat(v)
	}
	labelW := 0
	for _, v := range ticks {
		labelW = max(labelW, cells.Width(tickLabel(v)))
	}
	// End labels: the name of each line beside its last point, with its
	// final cash in an image.
	endText := [seriesCount]string{words.ShortName(true), words.ShortName(false)}
	endW := chartEndLabel
	if c.Vector {
		for si, s := range series {
			endText[si] += " " + tickLabel(s[len(s)-1])
			endW = max(endW, 1+cells.Width(endText[si]))
		}
	}
	plotW := max(chartMinPlotCols, w-labelW-2-endW)
	dotsW, dotsH := plotW*2, plotH*4
	xOf := func(m int) int { return int(math.Round(float64(m) * float64(dotsW-1) / float64(max(1, horizon)))) }
	// hi sits in the middle of the top row and lo in the middle of the
	// bottom one, so every tick value lands mid-row on its labelled row.
	yOf := func(v float64) int {
		y := 1.5 + (hi-v)/(hi-lo)*float64(dotsH-4)
		return int(math.Round(max(-1, min(float64(dotsH), y)))) // a dot off the plot stays next to it
	}
	rowOfValue := func(v float64) int { return yOf(v) / 4 }

	// Dot grids: one per series, plus the guides.
	grids := [seriesCount + 1][]rune{}
	for i := range grids {
		grids[i] = make([]rune, plotW*plotH)
	}
	set := func(g, x, y int) {
		if x < 0 || y < 0 || x >= dotsW || y >= dotsH {
			return
		}
		grids[g][(y/4)*plotW+x/2] |= brailleBits[x%2][y%4]
	}
	for si, s := range series {
		if c.Vector {
			break // drawn as shapes
		}
		dashed := st.Mono && si == seriesMining // without colour, mining is the dashed line
		n := 0
		for m := 1; m < len(s); m++ {
			line(xOf(m-1), yOf(s[m-1]), xOf(m), yOf(s[m]), func(x, y int) {
				if !dashed || n%4 < 2 {
					set(si, x, y)
				}
				n++
			})
		}
	}
	guide := seriesCount
	if lo <= 0 && hi >= 0 && !c.Vector {
		y0 := yOf(0)
		for x := 0; x < dotsW; x += 4 {
			set(guide, x, y0)
		}
	}
	halvingCols := map[int]bool{}
	for _, hm := range res.HalvingMonths {
		x := xOf(hm - 1) // the halving takes effect at the start of its month
		halvingCols[x/2] = true
		for y := 0; y < dotsH && !c.Vector; y += 2 {
			set(guide, x, y)
		}
	}

	// Cell kinds, then overrides for markers.
	kinds := make([]cellKind, plotW*plotH)
	for i := range kinds {
		mb, ab := grids[seriesMining][i], grids[seriesAI][i]
		switch {
		case mb != 0 && ab != 0:
			kinds[i] = cellOverlap
		case mb != 0:
			kinds[i] = cellMining
		case ab != 0:
			kinds[i] = cellAI
		case grids[guide][i] != 0:
			kinds[i] = cellGuide
		}
	}
	for si, s := range []model.Strategy{res.Mining, res.AI} {
		if p := s.PaybackMonths; p > 0 && p < len(series[si]) && !c.Vector {
			cx, cy := xOf(p)/2, rowOfValue(series[si][p])
			if cx < plotW && cy < plotH {
				kinds[cy*plotW+cx] = cellPayMining + cellKind(si)
			}
		}
	}

	endRows := [seriesCount]int{rowOfValue(series[0][len(series[0])-1]), rowOfValue(series[1][len(series[1])-1])}
	if endRows[0] == endRows[1] {
		// Both lines end in one row: keep the higher line's name there and
		// put the other's just below (or the higher one's just above).
		upper, lower := seriesMining, seriesAI
		if series[1][len(series[1])-1] > series[0][len(series[0])-1] {
			upper, lower = seriesAI, seriesMining
		}
		if endRows[lower] < plotH-1 {
			endRows[lower]++
		} else {
			endRows[upper]--
		}
	}

	// y tick rows
	tickAt := map[int]string{}
	for _, v := range ticks {
		r := rowOfValue(v)
		if _, taken := tickAt[r]; !taken {
			tickAt[r] = tickLabel(v)
		}
	}

	lines := make([]string, 0, h)
	lines = append(lines, c.title(w))
	for range blankRows {
		lines = append(lines, "")
	}
	styleOf := func(k cellKind) theme.Paint {
		switch k {
		case cellEmpty:
			return theme.Paint{}
		case cellMining, cellPayMining:
			return st.LineMining
		case cellAI, cellPayAI:
			return st.LineAI
		case cellOverlap:
			return st.Overlap
		case cellHalvingLabel:
			return st.Marker
		}
		return st.Axis
	}
	for row := range plotH {
		var sb strings.Builder
		sb.WriteString(yAxisGutter(st, tickAt, row, labelW))
		runs := paintedRuns{sb: &sb}
		for col := range plotW {
			i := row*plotW + col
			k := kinds[i]
			var r rune
			switch k {
			case cellEmpty:
				r = ' '
			case cellGuide:
				r = 0x2800 + grids[guide][i]
			case cellMining:
				r = 0x2800 + grids[seriesMining][i]
			case cellAI:
				r = 0x2800 + grids[seriesAI][i]
			case cellOverlap:
				r = 0x2800 + (grids[seriesMining][i] | grids[seriesAI][i])
			case cellPayMining, cellPayAI:
				r = '◆'
			case cellHalvingLabel:
				r = '½'
			}
			runs.writeRune(styleOf(k), r)
		}
		runs.flush()
		end := ""
		for si := range seriesCount {
			if endRows[si] == row {
				end = " " + []theme.Paint{st.LineMining, st.LineAI}[si].Render(endText[si])
			}
		}
		sb.WriteString(cells.Fit(end, endW))
		lines = append(lines, sb.String())
	}
	axis, labels := c.xAxis(labelW, plotW, endW, horizon, xOf, halvingCols)
	lines = append(lines, axis, labels)
	text := cells.Block(lines, w, h)
	if !c.Vector {
		return text, nil
	}
	// The shapes follow the dots' own scale: dot x of month m, dot y of
	// value v, each dot's middle a quarter or half of a cell from its edge.
	plotX, plotY := float64(labelW+2), float64(chartTitleRows+blankRows)
	at := func(m int, v float64) screenshot.Point {
		x := float64(m) * float64(dotsW-1) / float64(max(1, horizon))
		y := 1.5 + (hi-v)/(hi-lo)*float64(dotsH-4)
		return screenshot.Point{X: plotX + (x+0.5)/2, Y: plotY + (y+0.5)/4}
	}
	return text, c.shapes(series, at, plotX, plotY, float64(plotW), float64(plotH), lo <= 0 && hi >= 0)
}

// shapes are the vector chart of Draw: the zero line (solid and faint) and
// the halvings (dashed, the ½ under them on the axis) under the two lines, mining's first, and the paybacks' diamonds on top.
func (c CashChart) shapes(series Cash, at func(int, float64) screenshot.Point, plotX, plotY, plotW, plotH float64, zero bool) []screenshot.Shape {
	ink, res := c.St.Ink, c.Res
	var out []screenshot.Shape
	if zero {
		y := at(0, 0).Y
		out = append(out, screenshot.Shape{Points: []screenshot.Point{{X: plotX, Y: y}, {X: plotX + plotW, Y: y}},
			Color: ink.Grid, Width: vectorGuideWidth})
	}
	for _, hm := range res.HalvingMonths {
		x := at(hm-1, 0).X // the halving takes effect at the start of its month
		out = append(out, screenshot.Shape{Points: []screenshot.Point{{X: x, Y: plotY}, {X: x, Y: plotY + plotH}},
			Color: ink.Axis, Width: vectorGuideWidth, Dash: vectorGuideDash})
	}
	colors := [seriesCount]color.Color{ink.Mining, ink.AI}
	widths := [seriesCount]float64{vectorMiningWidth, vectorAIWidth}
	for si, s := range series {
		line := screenshot.Shape{Color: colors[si], Width: widths[si]}
		if c.St.Mono && si == seriesMining {
			line.Dash = vectorMonoDash
		}
		for m, v := range s {
			line.Points = append(line.Points, at(m, v))
		}
		out = append(out, line)
	}
	for si, s := range []model.Strategy{res.Mining, res.AI} {
		if p := s.PaybackMonths; p > 0 && p < len(series[si]) {
			// A diamond as wide as a cell: half a cell each way across,
			// a quarter of a (twice as tall) cell up and down.
			o := at(p, series[si][p])
			out = append(out, screenshot.Shape{Fill: true, Color: colors[si], Points: []screenshot.Point{
				{X: o.X, Y: o.Y - 0.25}, {X: o.X + 0.5, Y: o.Y}, {X: o.X, Y: o.Y + 0.25}, {X: o.X - 0.5, Y: o.Y}}})
		}
	}
	return out
}

// title is the chart's heading and legend on one line.
func (c CashChart) title(w int) string {
	st := c.St
	heading := st.Strong.Render("Cumulative cash")
	long := st.LineMining.Render("━ ASIC mining") + "  " + st.LineAI.Render("━ AI compute") + "  " +
		st.Marker.Render("½") + st.Axis.Render(" halving") + "  " + st.Axis.Render("◆ payback")
	short := st.LineMining.Render("━ ASIC") + " " + st.LineAI.Render("━ AI") + " " +
		st.Marker.Render("½") + " " + st.Axis.Render("◆ payback")
	if st.Mono {
		long = "┅ ASIC mining  ━ AI compute  ½ halving  ◆ payback"
		short = "┅ ASIC ━ AI ½ ◆ payback"
	}
	tiny := st.LineMining.Render("━ ASIC") + " " + st.LineAI.Render("━ AI")
	if st.Mono {
		tiny = "┅ ASIC ━ AI"
	}
	legend := ""
	for _, l := range []string{long, short, tiny} {
		if cells.Width(heading)+2+cells.Width(l) <= w {
			legend = l
			break
		}
	}
	return cells.Spread(heading, legend, w)
}

// xAxis draws the axis line with ticks and the calendar labels under it: a
// tick each year (or each quarter on short horizons), labelled with the
// month the tick stands for; January ticks show just the year.
func (c CashChart) xAxis(labelW, plotW, endW, horizon int, xOf func(int) int, halvingCols map[int]bool) (axis, labels string) {
	st := c.St
	start := c.Res.Scenario.Start
	interval := 12
	if horizon <= 24 {
		interval = 3
	}
	for interval < horizon && plotW*interval/max(1, horizon) < chartTickSpacing {
		interval += 12 - interval%12
	}
	label := func(m int) string {
		ym := start.AddMonths(m)
		if ym.Month == 1 && interval%12 == 0 {
			return strconv.Itoa(ym.Year)
		}
		return ym.String()
	}
	axisRow := []rune(strings.Repeat("─", plotW))
	labelRow := []rune(strings.Repeat(" ", plotW+endW))
	lastEnd := -2
	for m := 0; m <= horizon; m += interval {
		col := xOf(m) / 2
		if col >= plotW {
			col = plotW - 1
		}
		axisRow[col] = '┬'
		text := []rune(label(m))
		from := col - len(text)/2
		if m == 0 {
			from = 0
		}
		from = min(from, len(labelRow)-len(text))
		if from <= lastEnd+1 || from < 0 {
			continue
		}
		copy(labelRow[from:], text)
		lastEnd = from + len(text) - 1
	}
	var ab strings.Builder
	ab.WriteString(st.Axis.Render(strings.Repeat(" ", labelW) + " └"))
	for col, r := range axisRow {
		if halvingCols[col] {
			ab.WriteString(st.Marker.Render("½"))
		} else {
			ab.WriteString(st.Axis.Render(string(r)))
		}
	}
	axis = ab.String()
	labels = st.Axis.Render(strings.Repeat(" ", labelW+2) + string(labelRow))
	return axis, labels
}

// line calls plot for each dot on the segment (x0,y0)–(x1,y1) (Bresenham).
func line(x0, y0, x1, y1 int, plot func(x, y int)) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := 1, 1
	if x0 > x1 {
		sx = -1
	}
	if y0 > y1 {
		sy = -1
	}
	e := dx + dy
	for {
		plot(x0, y0)
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * e
		if e2 >= dy {
			e += dy
			x0 += sx
		}
		if e2 <= dx {
			e += dx
			y0 += sy
		}
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
