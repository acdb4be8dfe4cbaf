package panel

import (
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// MarketRowState is what a row of the market panel can do.
type MarketRowState int

const (
	MarketUnticked MarketRowState = iota
	MarketTicked                  // applied by enter
	MarketSame                    // the input already holds the market's value
	MarketRefused                 // the market's value is outside the input's range
)

// MarketRow is one input a market snapshot would set: its label and unit,
// the value the scenario holds and the market's, as the inputs panel writes
// them, and whether it is ticked.
type MarketRow struct {
	Label, Unit string
	Now, Market string
	State       MarketRowState
	Reason      string // why a refused value cannot be applied
}

// Market shows a market snapshot's figures beside the inputs they would
// replace, each with a tick box, and the month-1 hashprice now and with the
// ticked figures.
type Market struct {
	St       *theme.Styles
	Headline string // when and where the snapshot is from
	Cached   string // a saved snapshot's age and why it is shown; "" for a fresh one
	Rows     []MarketRow
	Selected int
	// Hashprice is the month-1 hashprice now and with the ticked figures,
	// each with its unit.
	Hashprice [2]string
	Warning   string // what the user should know before applying (an override that masks the figures)
	Message   string // the answer to the last key, when it refused something
}

func (p Market) Render(w, h int) string {
	st := p.St
	title := " TODAY'S MARKET "
	lines := []string{
		st.Group.Render(title) + st.GroupRule.Render(strings.Repeat("─", max(0, w-cells.Width(title)))),
		"  " + st.Dim.Render(p.Headline),
	}
	for _, l := range cells.Wrap(p.Cached, max(10, w-4)) {
		lines = append(lines, "  "+st.Warn.Render(l))
	}
	lines = append(lines, "", st.TableHead.Render(cells.Fit("", marketGutterWidth+marketBoxWidth)+cells.Fit("Input", marketLabelWidth)+
		cells.Right("Now", marketValueWidth)+strings.Repeat(" ", marketGap)+cells.Right("Market", marketValueWidth)))
	ticked := 0
	for i, r := range p.Rows {
		if r.State == MarketTicked {
			ticked++
		}
		lines = append(lines, p.row(i, w))
	}
	lines = append(lines, "", "  "+st.Label.Render(cells.Fit("Hashprice, month 1", marketLabelWidth+marketBoxWidth-2))+
		st.Value.Render(cells.Right(p.Hashprice[0], marketValueWidth))+st.Dim.Render(" → ")+st.Value.Render(p.Hashprice[1]))
	for _, l := range cells.Wrap(p.Warning, max(10, w-4)) {
		lines = append(lines, "  "+st.Warn.Render(l))
	}
	lines = append(lines, "")
	if p.Message != "" {
		lines = append(lines, "  "+st.Error.Render(p.Message))
	} else {
		lines = append(lines, "  "+st.Hint.Render(strconv.Itoa(ticked)+" of "+strconv.Itoa(len(p.Rows))+
			" ticked · enter applies them as one edit, which ctrl+z undoes"))
	}
	return cells.Block(lines, w, h)
}

func (p Market) row(i, w int) string {
	st := p.St
	r := p.Rows[i]
	box, tag := "[ ] ", ""
	switch r.State {
	case MarketTicked:
		box = "[x] "
	case MarketSame:
		tag = "same"
	case MarketRefused:
		box, tag = "[-] ", r.Reason
	}
	now := cells.Right(r.Now, marketValueWidth)
	mkt := cells.Right(r.Market, marketValueWidth)
	gap := strings.Repeat(" ", marketGap)
	unit := cells.Fit(r.Unit, marketUnitWidth)
	if i == p.Selected {
		text := "› " + box + cells.Fit(r.Label, marketLabelWidth) + now + gap + mkt + " " + unit + " " + tag
		return st.Selected.Render(cells.Fit(text, w))
	}
	nowStyle, valueStyle, tagStyle := st.Label, st.Value, st.Dim
	switch r.State {
	case MarketSame:
		nowStyle, valueStyle = st.Dim, st.Dim
	case MarketRefused:
		tagStyle = st.Error
	}
	return cells.Fit("  "+box+st.Label.Render(cells.Fit(r.Label, marketLabelWidth))+nowStyle.Render(now)+gap+
		valueStyle.Render(mkt)+" "+st.Unit.Render(unit)+" "+tagStyle.Render(tag), w)
}
