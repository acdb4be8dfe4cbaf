package tui

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// The banner sets the headline's winner in capitals behind a star, in the
// words every report uses (words.Winner, words.Margin).
func TestBannerHeadline(t *testing.T) {
	res := model.Evaluate(model.Default())
	if h := bannerHeadline(&res); h != "★ ASIC MINING WINS by $555.1M in NPV" {
		t.Errorf("mining wins: %q", h)
	}
	s := model.Default()
	s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("6")
	res = model.Evaluate(s)
	if h := bannerHeadline(&res); !strings.HasPrefix(h, "★ AI COMPUTE WINS by $") || !strings.HasSuffix(h, " in NPV") {
		t.Errorf("AI wins: %q", h)
	}
	res.Verdict = model.Verdict{Winner: model.WinnerTie}
	if h := bannerHeadline(&res); h != "DEAD HEAT: the two NPVs are within $1" {
		t.Errorf("tie: %q", h)
	}
}

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
	if got := l.main.w; got < compareLabelWidth+2*compareMinValue {
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
