package panel

import (
	"math"
	"strings"

	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// AdvantageBars draws one bar per scenario around a zero line: its AI NPV −
// mining NPV, reaching left in mining's colour where mining leads and right
// in AI's where AI does, on one scale (the widest lead fills its side), the
// lead written at the bar's end, a blank row between bars. An axis under
// the bars says which way is which.
type AdvantageBars struct {
	St     *theme.Styles
	Labels []string
	Values []decimal.Decimal // AI NPV − mining NPV, one per label
}

// AdvantageBarsHeight is the height of n bars, the rows between them and the axis.
func AdvantageBarsHeight(n int) int { return 2*n - 1 + 1 }

func (a AdvantageBars) Render(w, h int) string {
	st := a.St
	labelW, valueW := 0, cells.Width("$0")
	maxDev := 0.0
	for i, v := range a.Values {
		labelW = max(labelW, cells.Width(a.Labels[i]))
		valueW = max(valueW, cells.Width(format.USDShort(v)))
		maxDev = math.Max(maxDev, math.Abs(v.InexactFloat64()))
	}
	labelW = min(labelW, advantageLabelWidth)
	half := (max(tornadoMinBarWidth, w-labelW-1) - 1) / 2 // each side of the centre line
	barRoom := max(1, half-valueW-1)                      // the lead goes beyond the bar's end
	bars := Tornado{St: st}
	var lines []string
	for i, v := range a.Values {
		if i > 0 { // the centre line runs on between the bars
			lines = append(lines, strings.Repeat(" ", labelW+1+half)+st.Analysis.Centre.Render("│"))
		}
		dev := v.InexactFloat64()
		leftBar, rightBar := bars.barHalves(math.Min(dev, 0), math.Max(dev, 0), maxDev, barRoom)
		var left, right string
		if v.IsNegative() {
			lead := st.Analysis.Big[theme.SideMining].Render(format.USDShort(v))
			bar := strings.TrimLeft(leftBar, " ")
			left = cells.Right(lead+" "+bar, half)
			right = strings.Repeat(" ", half)
		} else {
			lead := st.Analysis.Big[theme.SideAI].Render(format.USDShort(v))
			bar := strings.TrimRight(rightBar, " ")
			left = strings.Repeat(" ", half)
			if bar == "" {
				right = cells.Fit(" "+lead, half)
			} else {
				right = cells.Fit(bar+" "+lead, half)
			}
		}
		lines = append(lines, st.Label.Render(cells.Fit(a.Labels[i], labelW))+" "+left+
			st.Analysis.Centre.Render("│")+right)
	}
	lines = append(lines, strings.Repeat(" ", labelW+1)+a.axis(half))
	return cells.Block(lines, w, h)
}

// axis marks zero under the centre line and names the side each way leads
// to, in that side's colour, where there is room.
func (a AdvantageBars) axis(half int) string {
	st := a.St
	const zero = "$0"
	zeroAt := half - cells.Width(zero)/2
	rightW := 2*half + 1 - zeroAt - cells.Width(zero)
	left, right := "← mining leads", "AI leads →"
	if cells.Width(left)+1 > zeroAt || cells.Width(right)+1 > rightW {
		return strings.Repeat(" ", zeroAt) + st.Strong.Render(zero)
	}
	return st.Analysis.Bar[theme.SideMining].Render(cells.Fit(left, zeroAt)) + st.Strong.Render(zero) +
		st.Analysis.Bar[theme.SideAI].Render(cells.Right(right, rightW))
}
