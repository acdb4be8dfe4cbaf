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

// histogram draws the Monte Carlo's 40 bins of AI NPV − mining NPV,
// stretched or squeezed to the width (each column shows the paths per bin
// over its span of the axis), bars left of zero in mining's colour and
// right of it in AI's, the zero line dotted through the plot.
type histogram struct {
	st *theme.Styles
	r  *model.RiskResult
}

// columns resamples the bins to n columns: column c covers the bins'
// fractional range [c·B/n, (c+1)·B/n) and holds the mean count over it.
func (h histogram) columns(n int) []float64 {
	bins := float64(model.HistogramBins)
	out := make([]float64, n)
	for c := range out {
		from, to := float64(c)*bins/float64(n), float64(c+1)*bins/float64(n)
		sum := 0.0
		for b := int(from); b < model.HistogramBins && float64(b) < to; b++ {
			overlap := math.Min(to, float64(b+1)) - math.Max(from, float64(b))
			sum += overlap * float64(h.r.Counts[b])
		}
		out[c] = sum / (to - from)
	}
	return out
}

func (h histogram) Render(w, ht int) string {
	st := h.st
	an := &st.Analysis
	r := h.r
	lo, hi := r.Edges[0], r.Edges[model.HistogramBins]
	plotRows := max(1, ht-histogramChromeRows)

	maxCount := 0
	for _, c := range r.Counts {
		maxCount = max(maxCount, c)
	}
	topShare := format.Percent(decimal.NewFromFloat(float64(maxCount)/float64(max(1, r.Paths))*100), 1)
	labelW := max(cells.Width(topShare), 1) + 1
	plotW := max(model.HistogramBins/2, w-labelW-1)
	cols := h.columns(plotW)
	peak := 0.0
	for _, v := range cols {
		peak = math.Max(peak, v)
	}
	// The column of zero, or −1 when every path lands on one side.
	zero := -1
	if lo < 0 && hi > 0 {
		zero = min(plotW-1, int((0-lo)/(hi-lo)*float64(plotW)))
	}
	sideOf := func(c int) int {
		if lo+(float64(c)+0.5)/float64(plotW)*(hi-lo) > 0 {
			return theme.SideAI
		}
		return theme.SideMining
	}
	// Heights in eighths of a row (whole rows without eighths).
	heights := make([]int, plotW)
	for c, v := range cols {
		if peak > 0 {
			heights[c] = int(math.Round(v / peak * float64(plotRows*8)))
			if v > 0 {
				heights[c] = max(1, heights[c])
			}
			if !an.Eighths {
				heights[c] = (heights[c] + 7) / 8 * 8
			}
		}
	}

	lines := []string{h.title(w)}
	eighthBlocks := []string{"", "▁", "▂", "▃", "▄", "▅", "▆", "▇"}
	for row := range plotRows {
		floor := (plotRows - 1 - row) * 8 // eighths below this row
		var sb strings.Builder
		switch row {
		case 0:
			sb.WriteString(st.Axis.Render(cells.Right(topShare, labelW-1) + "┤"))
		default:
			sb.WriteString(st.Axis.Render(strings.Repeat(" ", labelW-1) + "│"))
		}
		runs := paintedRuns{sb: &sb}
		for c := range plotW {
			fill := heights[c] - floor
			switch {
			case fill >= 8:
				runs.write(an.Bar[sideOf(c)], an.BarGlyph[sideOf(c)])
			case fill > 0:
				runs.write(an.Bar[sideOf(c)], eighthBlocks[fill])
			case c == zero:
				runs.write(st.Axis, "┊")
			default:
				runs.write(theme.Paint{}, " ")
			}
		}
		runs.flush()
		lines = append(lines, sb.String())
	}
	lines = append(lines, h.axis(labelW, plotW, zero, lo, hi)...)
	return cells.Block(lines, w, ht)
}

// title heads the histogram and says which side is which.
func (h histogram) title(w int) string {
	st := h.st
	an := &st.Analysis
	swatch := func(side int) string { return an.Bar[side].Render(an.BarGlyph[side] + an.BarGlyph[side]) }
	for _, v := range []struct{ head, mining, ai string }{
		{"AI − MINING NPV ACROSS PATHS", " mining ahead  ", " AI ahead"},
		{"AI − MINING NPV", " mining ahead  ", " AI ahead"},
		{"AI − MINING NPV", " mining ", " AI"},
	} {
		head := st.SectionHead.Render(v.head)
		legend := swatch(theme.SideMining) + st.Dim.Render(v.mining) + swatch(theme.SideAI) + st.Dim.Render(v.ai)
		if cells.Width(head)+2+cells.Width(legend) <= w {
			return cells.Spread(head, legend, w)
		}
	}
	return cells.Fit(st.SectionHead.Render("AI − MINING NPV"), w)
}

// axis draws the x-axis with round-number ticks, zero among them, and
// their labels.
func (h histogram) axis(labelW, plotW, zero int, lo, hi float64) []string {
	st := h.st
	line := []rune(strings.Repeat("─", plotW))
	labels := []rune(strings.Repeat(" ", plotW+1))
	span := hi - lo
	if !(span > 0) {
		span = 1 // edges a float cannot tell apart: everything in the first column
	}
	colOf := func(v float64) int { return min(plotW-1, max(0, int(math.Min((v-lo)/span, 1)*float64(plotW)))) }
	step := niceStep((hi - lo) / math.Max(3, float64(plotW)/histogramTickSpacing))
	lastEnd := -2
	placed := map[int]bool{}
	put := func(v float64) {
		c := colOf(v)
		text := []rune(format.USDShortFloat(v))
		if v == 0 {
			text = []rune("$0")
		}
		from := max(0, min(c-len(text)/2, len(labels)-len(text)))
		if from <= lastEnd+1 || placed[c] {
			return
		}
		line[c] = '┴'
		copy(labels[from:], text)
		lastEnd = max(lastEnd, from+len(text)-1)
		placed[c] = true
	}
	// At most a tick a column: where a step is below the edges' float
	// resolution, v += step would never reach hi.
	first := math.Ceil(lo/step) * step
	for i := 0; i <= plotW; i++ {
		v := first + float64(i)*step
		if v > hi {
			break
		}
		if math.Abs(v) < step/1e6 {
			v = 0
		}
		put(v)
	}
	if zero >= 0 {
		line[zero] = '┼'
	}
	return []string{
		st.Axis.Render(strings.Repeat(" ", labelW-1) + "└" + string(line)),
		st.Axis.Render(strings.Repeat(" ", labelW) + string(labels)),
	}
}
