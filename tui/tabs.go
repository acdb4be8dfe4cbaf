package tui

import (
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// tab is one page of the dashboard. The bar is drawn from tabTitles, so a
// new tab needs only a constant and a title here.
type tab int

const (
	tabOverview tab = iota
	tabCashFlow
	tabTreasury
	tabSensitivity
	tabRisk
	tabCount
)

var tabTitles = [...]string{
	tabOverview:    "Overview",
	tabCashFlow:    "Cash flow",
	tabTreasury:    "Treasury",
	tabSensitivity: "Sensitivity",
	tabRisk:        "Risk",
}

func (t tab) next() tab { return (t + 1) % tabCount }
func (t tab) prev() tab { return (t + tabCount - 1) % tabCount }

// tabBar draws the tab titles with their number keys, the current one
// emphasised. Each tab is " n Title " and tabs are separated by a rule
// segment; seven tabs of twelve letters would still fit in MinWidth.
type tabBar struct {
	st      *theme.Styles
	current tab
}

// tabSpans gives each tab's horizontal extent on the bar, for mouse clicks.
func tabSpans() [][2]int {
	spans := make([][2]int, tabCount)
	x := 1
	for t := range tabCount {
		w := len(tabLabel(t))
		spans[t] = [2]int{x, x + w}
		x += w + 1
	}
	return spans
}

func tabLabel(t tab) string {
	return " " + strconv.Itoa(int(t)+1) + " " + tabTitles[t] + " "
}

func (b tabBar) Render(width, _ int) string {
	var sb strings.Builder
	sb.WriteString(b.st.TabRule.Render("─"))
	used := 1
	for t := range tabCount {
		label := tabLabel(t)
		if t == b.current {
			sb.WriteString(b.st.TabActive.Render(label))
		} else {
			sb.WriteString(b.st.TabKey.Render(" "+strconv.Itoa(int(t)+1)) + b.st.TabIdle.Render(" "+tabTitles[t]+" "))
		}
		sb.WriteString(b.st.TabRule.Render("─"))
		used += len(label) + 1
	}
	if rest := width - used; rest > 0 {
		sb.WriteString(b.st.TabRule.Render(strings.Repeat("─", rest)))
	}
	return cells.Fit(sb.String(), width)
}
