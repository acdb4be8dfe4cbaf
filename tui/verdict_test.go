package tui

import (
	"testing"

	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// The tab bar keeps room for the two tabs still to come (Sensitivity, Risk)
// at the narrowest width.
func TestTabBarHasRoomForFiveTabs(t *testing.T) {
	n := 1
	for _, title := range []string{"Overview", "Cash flow", "Treasury", "Sensitivity", "Risk"} {
		n += len(" 1 "+title+" ") + 1
	}
	if n > MinWidth {
		t.Errorf("five tabs need %d columns, more than %d", n, MinWidth)
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
