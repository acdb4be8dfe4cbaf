package tui

import "github.com/pivot-tui/pivot-tui/tui/panel"

// Every width and height decision of the screen's regions lives in this
// file; the panels' own sizes, and how a tab's body is shared among its
// panels, live in panel/layout.go. Sizes are outer sizes, border and padding
// included, as Lip Gloss v2 counts Width and Height, unless they say
// otherwise.

const (
	// MinWidth and MinHeight are the smallest terminal the dashboard draws
	// in; below them it asks the user to enlarge the window.
	MinWidth  = 80
	MinHeight = 24
	// FullWidth is where the side-by-side layout (result cards in boxes)
	// starts; from MinWidth up to FullWidth-1 the compact layout stacks the
	// results as one comparison table.
	FullWidth = 120

	headerHeight = 1
	tabsHeight   = 1
	statusHeight = 1
	helpHeight   = 1
	chromeHeight = headerHeight + tabsHeight + statusHeight + helpHeight

	// The inputs panel is followed by a one-column rule and a one-column gap.
	inputsSeparatorWidth = 2
	inputsOuterWidth     = panel.InputsWidth + inputsSeparatorWidth

	wheelStep = 3 // ledger rows per wheel notch
)

// rect is a region of the screen, in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout places the dashboard's regions for one terminal size and tab.
type layout struct {
	width, height int
	tooSmall      bool
	compact       bool

	header, tabs, body, status, help rect
	// inputs is the inputs panel (zero width when the tab hides it);
	// main is the rest of the body.
	inputs, main rect
}

// computeLayout splits the screen. The inputs panel shows on the Overview
// only: the ledger and the treasury need the whole width on small screens.
func computeLayout(width, height int, t tab) layout {
	l := layout{width: width, height: height}
	if width < MinWidth || height < MinHeight {
		l.tooSmall = true
		return l
	}
	l.compact = width < FullWidth
	y := 0
	l.header = rect{0, y, width, headerHeight}
	y += headerHeight
	l.tabs = rect{0, y, width, tabsHeight}
	y += tabsHeight
	bodyHeight := height - chromeHeight
	l.body = rect{0, y, width, bodyHeight}
	l.status = rect{0, y + bodyHeight, width, statusHeight}
	l.help = rect{0, y + bodyHeight + statusHeight, width, helpHeight}
	if t == tabOverview {
		l.inputs = rect{0, y, panel.InputsWidth, bodyHeight}
		l.main = rect{inputsOuterWidth, y, width - inputsOuterWidth, bodyHeight}
	} else {
		l.main = l.body
	}
	return l
}

// marketBeside reports whether the market panel fits beside the inputs
// panel; else it takes the whole body, showing the inputs' values itself.
func (l layout) marketBeside() bool { return l.main.w >= panel.MarketMinWidth }

// ledgerBodyRows is how many ledger rows fit under its head and above its
// foot on the Cash flow tab.
func ledgerBodyRows(l layout) int { return panel.LedgerBodyRows(l.main.h) }
