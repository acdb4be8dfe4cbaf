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
	// InputsBesideWidth is where the inputs panel stays beside every tab,
	// leaving the tab more than MinWidth (140 − 42 = 98 columns); below it
	// the panel sits beside the Overview only, and i opens it under the
	// other tabs as a drawer the full width of the screen, so that the tab
	// keeps every column (the ledger's two strategies, the treasury's
	// before and after).
	InputsBesideWidth = 140

	headerHeight = 1
	tabsHeight   = 1
	statusHeight = 1
	helpHeight   = 1
	chromeHeight = headerHeight + tabsHeight + statusHeight + helpHeight

	// The inputs panel is followed by a one-column rule and a one-column gap.
	inputsSeparatorWidth = 2
	inputsOuterWidth     = panel.InputsWidth + inputsSeparatorWidth

	// The drawer: a title rule, then a fifth of the body in rows (within
	// drawerMinRows..drawerMaxRows), the inputs flowing down as many
	// columns of panel.InputsWidth as fit, up to drawerMaxColumns; the tab
	// keeps the rest (15 of the 20 rows at 80x24).
	drawerRuleRows   = 1
	drawerMinRows    = 3
	drawerMaxRows    = 8
	drawerMaxColumns = 3

	wheelStep = 3 // ledger rows per wheel notch

	maxPinnedName = 24 // the header cuts the pinned baseline's name here
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
	// inputs is the inputs panel (zero width when it is hidden); main is
	// the rest of the body. In a drawer (under the tab), drawerRule is its
	// title line and the inputs flow down inputColumns columns.
	inputs, main rect
	drawer       bool
	drawerRule   rect
	inputColumns int
}

// inputRows is how many rows of the inputs panel are in view.
func (l layout) inputRows() int { return l.inputs.h * max(1, l.inputColumns) }

// computeLayout splits the screen. The inputs panel shows beside the
// Overview, and beside every tab from InputsBesideWidth; on narrower
// screens the ledger and the treasury need the whole width, and the panel
// opens under the tab, as a drawer, only when asked for (inputsOpen).
func computeLayout(width, height int, t tab, inputsOpen bool) layout {
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
	switch {
	case t == tabOverview || width >= InputsBesideWidth:
		l.inputs = rect{0, y, panel.InputsWidth, bodyHeight}
		l.main = rect{inputsOuterWidth, y, width - inputsOuterWidth, bodyHeight}
		l.inputColumns = 1
	case inputsOpen:
		rows := min(drawerMaxRows, max(drawerMinRows, bodyHeight/5))
		mainHeight := bodyHeight - drawerRuleRows - rows
		l.main = rect{0, y, width, mainHeight}
		l.drawer = true
		l.drawerRule = rect{0, y + mainHeight, width, drawerRuleRows}
		l.inputColumns = min(drawerMaxColumns, max(1, width/panel.InputsWidth))
		l.inputs = rect{0, y + mainHeight + drawerRuleRows, l.inputColumns * panel.InputsWidth, rows}
	default:
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
