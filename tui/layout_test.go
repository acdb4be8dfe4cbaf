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
	l := computeLayout(MinWidth, MinHeight, tabOverview)
	if got := l.main.w; got < panel.CompareMinWidth {
		t.Errorf("at %d columns the results get %d, too few for the comparison table", MinWidth, got)
	}
	if l.inputs.w+inputsSeparatorWidth+l.main.w != MinWidth {
		t.Error("the inputs panel and the results do not add up to the width")
	}
	if l.body.h+chromeHeight != MinHeight {
		t.Error("the body and the chrome do not add up to the height")
	}
	if computeLayout(FullWidth-1, 40, tabOverview).compact != true || computeLayout(FullWidth, 40, tabOverview).compact {
		t.Errorf("the full layout should start at %d columns", FullWidth)
	}
}
