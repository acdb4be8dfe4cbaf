package tui

import (
	"testing"

	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// Every tab fits on the bar at the narrowest width: its titles as the bar
// draws them, a rule before each and one after the last.
func TestTabBarFitsEveryTab(t *testing.T) {
	n := 1
	for tb := range tabCount {
		n += len(tabLabel(tb)) + 1
	}
	if n > MinWidth {
		t.Errorf("%d tabs need %d columns, more than %d", tabCount, n, MinWidth)
	}
	if spans := tabSpans(); spans[tabCount-1][1] >= MinWidth {
		t.Errorf("the last tab ends at column %d", spans[tabCount-1][1])
	}
}

// The layout's arithmetic: the compact comparison table fits beside the
// inputs at the narrowest width, and a card's inner width is what its
// lines are fitted to.
func TestLayoutArithmetic(t *testing.T) {
	l := computeLayout(MinWidth, MinHeight, tabOverview, false)
	if got := l.main.w; got < panel.CompareMinWidth {
		t.Errorf("at %d columns the results get %d, too few for the comparison table", MinWidth, got)
	}
	if l.inputs.w+inputsSeparatorWidth+l.main.w != MinWidth {
		t.Error("the inputs panel and the results do not add up to the width")
	}
	if l.body.h+chromeHeight != MinHeight {
		t.Error("the body and the chrome do not add up to the height")
	}
	if computeLayout(FullWidth-1, 40, tabOverview, false).compact != true || computeLayout(FullWidth, 40, tabOverview, false).compact {
		t.Errorf("the full layout should start at %d columns", FullWidth)
	}
}

// The inputs panel: beside every tab from InputsBesideWidth, leaving each
// tab more than the width it has at MinWidth; below it, beside the Overview
// only, and under the other tabs when opened: a drawer as wide as the
// screen, the tab above it keeping every column.
func TestInputsPanelPlacement(t *testing.T) {
	for tb := range tabCount {
		wide := computeLayout(InputsBesideWidth, MinHeight, tb, false)
		if wide.inputs.w != panel.InputsWidth || wide.drawer || wide.main.x != inputsOuterWidth || wide.inputRows() != wide.body.h {
			t.Errorf("tab %d at %d columns: inputs %+v, main %+v, drawer %v", tb, InputsBesideWidth, wide.inputs, wide.main, wide.drawer)
		}
		if wide.main.w < MinWidth {
			t.Errorf("tab %d beside the inputs gets %d columns, fewer than %d", tb, wide.main.w, MinWidth)
		}
		if tb == tabOverview {
			continue
		}
		narrow := computeLayout(InputsBesideWidth-1, MinHeight, tb, false)
		if narrow.inputs.w != 0 || narrow.main != narrow.body {
			t.Errorf("tab %d at %d columns shows the inputs unasked", tb, InputsBesideWidth-1)
		}
		// 80x24: a body of 20 rows; the drawer's rule and 20/5 = 4 rows of
		// two columns (8 inputs) under a tab of 15 rows.
		open := computeLayout(MinWidth, MinHeight, tb, true)
		if !open.drawer || open.main.w != MinWidth || open.main.h != 15 || open.drawerRule.y != open.main.y+15 ||
			open.inputs.y != open.drawerRule.y+1 || open.inputs.h != 4 || open.inputColumns != 2 || open.inputRows() != 8 ||
			open.inputs.y+open.inputs.h != open.status.y {
			t.Errorf("tab %d at 80x24, opened: main %+v, rule %+v, inputs %+v in %d columns", tb, open.main, open.drawerRule, open.inputs, open.inputColumns)
		}
		// 120x40: 36 rows, 36/5 = 7 in the drawer, in three columns.
		if open := computeLayout(120, 40, tb, true); open.inputs.h != 7 || open.inputColumns != 3 || open.main.h != 28 {
			t.Errorf("tab %d at 120x40, opened: main %+v, inputs %+v in %d columns", tb, open.main, open.inputs, open.inputColumns)
		}
	}
}
