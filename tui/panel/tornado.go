package panel

import (
	"fmt"
	"math"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// Tornado draws spec §9's tornado: one bar per input, largest swing
// first, around a centre line at the scenario's own AI − mining NPV. A bar
// reaches left as far as the input's range lowers AI's lead (towards mining,
// in mining's colour) and right as far as it raises it (in AI's colour);
// each end is labelled with the input's value there and, when the width
// allows, the lead it gives.
type Tornado struct {
	St   *theme.Styles
	Bars []model.TornadoBar // sorted by swing, largest first (model.Analyse)
	Base decimal.Decimal    // the scenario's AI − mining NPV
	// Spaced puts a blank row between bars (splitSensitivity says when
	// they fit).
	Spaced bool
}

// tornadoEnd is one end of a bar as drawn: the input's value there and the
// lead it gives, relative to the centre.
type tornadoEnd struct {
	value     string
	advantage decimal.Decimal
	dev       float64 // advantage − base
}

// ends orders a bar's two ends by the lead they give: the lower first.
func (t Tornado) ends(b model.TornadoBar) (lo, hi tornadoEnd) {
	base := t.Base.InexactFloat64()
	low := tornadoEnd{report.TornadoValue(b, b.LowValue), b.LowAdvantage, b.LowAdvantage.InexactFloat64() - base}
	high := tornadoEnd{report.TornadoValue(b, b.HighValue), b.HighAdvantage, b.HighAdvantage.InexactFloat64() - base}
	if high.dev < low.dev {
		return high, low
	}
	return low, high
}

// Render draws the title, as many bars as fit (largest swings first), and
// the axis of the lead under them.
func (t Tornado) Render(w, h int) string {
	st := t.St
	n := min(len(t.Bars), max(0, h-TornadoChromeRows))
	if t.Spaced {
		n = min(len(t.Bars), max(0, (h-TornadoChromeRows+1)/2))
	}
	lines := []string{t.title(w, n)}

	// Columns: label, left end, bars, right end. The leads at the ends go
	// in when the bars keep tornadoWideBar columns with them.
	labelW := 0
	valueW := 0
	leadW := 0
	maxDev := 0.0
	for _, b := range t.Bars[:n] {
		labelW = max(labelW, cells.Width(b.Input))
		lo, hi := t.ends(b)
		valueW = max(valueW, cells.Width(lo.value), cells.Width(hi.value))
		leadW = max(leadW, cells.Width(format.USDShort(lo.advantage)), cells.Width(format.USDShort(hi.advantage)))
		maxDev = math.Max(maxDev, math.Max(math.Abs(lo.dev), math.Abs(hi.dev)))
	}
	labelW = min(labelW, tornadoLabelWidth)
	endW := valueW + 1
	withLeads := w-labelW-1-2*(endW+leadW+2) >= tornadoWideBar
	if withLeads {
		endW += leadW + 2
	}
	half := (max(tornadoMinBarWidth, w-labelW-1-2*endW) - 1) / 2 // each side of the centre line

	for i, b := range t.Bars[:n] {
		if t.Spaced && i > 0 {
			lines = append(lines, "")
		}
		lo, hi := t.ends(b)
		leftBar, rightBar := t.barHalves(lo.dev, hi.dev, maxDev, half)
		// Values next to the bar, leads beyond them, each in its column.
		l, r := st.Figure.Render(cells.Right(lo.value, valueW)), st.Figure.Render(cells.Fit(hi.value, valueW))
		if withLeads {
			l = st.Dim.Render(cells.Right(format.USDShort(lo.advantage), leadW)) + "  " + l
			r += "  " + st.Dim.Render(cells.Right(format.USDShort(hi.advantage), leadW))
		}
		lines = append(lines, st.Label.Render(cells.Fit(b.Input, labelW))+" "+cells.Right(l, endW-1)+" "+leftBar+
			st.Analysis.Centre.Render("│")+rightBar+" "+cells.Fit(r, endW-1))
	}
	lines = append(lines, t.axis(labelW+1+endW, half, maxDev, w))
	return cells.Block(lines, w, h)
}

// barHalves draws the two halves of a bar, each half columns wide, to the
// half cell: the left from the centre out to the lowest lead, the right
// out to the highest.
func (t Tornado) barHalves(loDev, hiDev, maxDev float64, half int) (leftBar, rightBar string) {
	an := &t.St.Analysis
	units := func(dev float64) int {
		if maxDev <= 0 || dev == 0 {
			return 0
		}
		u := int(math.Round(math.Abs(dev) / maxDev * float64(2*half)))
		return max(1, u) // a lead that moves at all shows
	}
	leftUnits, rightUnits := 0, 0
	if loDev < 0 {
		leftUnits = units(loDev)
	}
	if hiDev > 0 {
		rightUnits = units(hiDev)
	}
	// u half cells: whole cells, and a half cell at the outer end (on the
	// left the outer end comes first). Without eighths, whole cells only.
	draw := func(u, side int, partial string, outerFirst bool) (bar string, cells int) {
		full, odd := u/2, u%2 == 1
		if odd && !an.Eighths {
			full, odd = full+1, false
		}
		bar = strings.Repeat(an.BarGlyph[side], full)
		cells = full
		if odd {
			cells++
			if outerFirst {
				bar = partial + bar
			} else {
				bar += partial
			}
		}
		return an.Bar[side].Render(bar), cells
	}
	l, lc := draw(leftUnits, theme.SideMining, "▐", true)
	r, rc := draw(rightUnits, theme.SideAI, "▌", false)
	return strings.Repeat(" ", half-lc) + l, r + strings.Repeat(" ", half-rc)
}

// axis labels the lead at the centre and at both ends of the scale.
func (t Tornado) axis(indent, half int, maxDev float64, w int) string {
	st := t.St
	base := t.Base.InexactFloat64()
	usd := format.USDShortFloat
	centre := format.USDShort(t.Base) + " now"
	left, rightText := usd(base-maxDev), usd(base+maxDev)
	barW := 2*half + 1
	row := []rune(strings.Repeat(" ", barW))
	place := func(text string, from int) {
		r := []rune(text)
		from = max(0, min(from, len(row)-len(r)))
		copy(row[from:], r)
	}
	if maxDev > 0 {
		place(left, 0)
		place(rightText, barW-len([]rune(rightText)))
	}
	c := []rune(centre)
	if len(c) > len(row) {
		// A lead too long for the bars' width (a −$1e30 advantage) keeps
		// the columns there are: the end labels give way to it.
		c = append(c[:max(0, len(row)-1)], '…')[:len(row)]
		centre = string(c)
	}
	place(centre, half-len(c)/2)
	text := string(row)
	// Bold the centre label: it is the scenario's own lead.
	runes := []rune(text)
	from := max(0, min(half-len(c)/2, len(runes)-len(c)))
	to := from + len(c)
	return cells.Fit(strings.Repeat(" ", indent)+st.Axis.Render(string(runes[:from]))+st.Strong.Render(string(runes[from:to]))+
		st.Axis.Render(string(runes[to:])), w)
}

// title heads the tornado and says which way is which.
func (t Tornado) title(w, shown int) string {
	st := t.St
	head := st.SectionHead.Render("WHAT MOVES THE ANSWER")
	note := ""
	if shown < len(t.Bars) {
		note = st.Dim.Render(fmt.Sprintf("  the %d of %d inputs that move it most", shown, len(t.Bars)))
	} else {
		note = st.Dim.Render("  AI − mining NPV as each input moves over its range")
	}
	legend := st.Analysis.Bar[theme.SideMining].Render(st.Analysis.BarGlyph[theme.SideMining]+st.Analysis.BarGlyph[theme.SideMining]) + st.Dim.Render(" towards mining  ") +
		st.Analysis.Bar[theme.SideAI].Render(st.Analysis.BarGlyph[theme.SideAI]+st.Analysis.BarGlyph[theme.SideAI]) + st.Dim.Render(" towards AI")
	if cells.Width(head)+cells.Width(note)+2+cells.Width(legend) <= w {
		return cells.Spread(head+note, legend, w)
	}
	if short := st.Dim.Render(fmt.Sprintf("  top %d of %d", shown, len(t.Bars))); shown < len(t.Bars) &&
		cells.Width(head)+cells.Width(short)+2+cells.Width(legend) <= w {
		return cells.Spread(head+short, legend, w)
	}
	if cells.Width(head)+2+cells.Width(legend) <= w {
		return cells.Spread(head, legend, w)
	}
	return cells.Fit(head, w)
}
