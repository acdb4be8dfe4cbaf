package tui

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

func flipTexts(res model.Result) []string {
	var out []string
	for _, f := range flipPoints(&res) {
		out = append(out, f.String())
	}
	return out
}

// The flip points are worded from where the verdict stands: the side that
// loses now is told where it would start to win.
func TestFlipPointsFollowTheVerdict(t *testing.T) {
	// Defaults: mining wins; AI needs $3.88 (spec worked example's break-even);
	// mining beats AI even at a $0 hashprice.
	res := model.Evaluate(model.Default())
	got := flipTexts(res)
	want := []string{"AI wins above $3.88/GPU-hour (now $2.35)", "no hashprice from $0 to $10,000/PH/day flips it"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("mining wins:\n got %q\nwant %q", got, want)
	}
	if h := headline(&res); h != "★ ASIC MINING WINS by $555.1M NPV" {
		t.Errorf("headline %q", h)
	}

	// A dear GPU-hour: AI wins, and mining wins only below the same break-even.
	s := model.Default()
	s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("6")
	res = model.Evaluate(s)
	if res.Verdict.Winner != model.WinnerAI {
		t.Fatalf("at $6/GPU-hour the winner is %s", res.Verdict.Winner)
	}
	got = flipTexts(res)
	if got[0] != "mining wins only below $3.88/GPU-hour (now $6.00)" {
		t.Errorf("AI wins, rate: %q", got[0])
	}
	if !strings.HasPrefix(got[1], "mining wins above $") || !strings.HasSuffix(got[1], "/PH/day (now $30.29)") {
		t.Errorf("AI wins, hashprice: %q", got[1])
	}
	if h := headline(&res); !strings.HasPrefix(h, "★ AI COMPUTE WINS by $") {
		t.Errorf("headline %q", h)
	}

	// No hashprice in the search range: worded for each side.
	res.Breakeven.HashpriceUSDPerPHDay = decimal.NullDecimal{}
	if got := flipTexts(res)[1]; got != "no hashprice up to $10,000/PH/day flips it" {
		t.Errorf("AI wins, no hashprice flip: %q", got)
	}
	// AI winning even for free.
	res.Breakeven.GPURateUSDPerGPUHour = decimal.NullDecimal{}
	if got := flipTexts(res)[0]; got != "AI wins even at $0.00/GPU-hour" {
		t.Errorf("AI wins at any rate: %q", got)
	}

	// Colocation speaks of the lease rate.
	res = model.Evaluate(colocationScenario())
	if got := flipTexts(res)[0]; !strings.HasPrefix(got, "AI wins above $175.") || !strings.HasSuffix(got, "/kW-month (now $160.00)") {
		t.Errorf("colocation: %q", got)
	}

	// A tie states both directions.
	res.Verdict = model.Verdict{Winner: model.WinnerTie}
	res.Breakeven.HashpriceUSDPerPHDay = decimal.NewNullDecimal(decimal.RequireFromString("30.288"))
	got = flipTexts(res)
	if !strings.Contains(got[0], ", mining below") || got[1] != "mining wins above $30.29/PH/day, AI below (now $30.29)" {
		t.Errorf("tie: %q", got)
	}
	if h := headline(&res); !strings.HasPrefix(h, "DEAD HEAT") {
		t.Errorf("tie headline %q", h)
	}

	// AI never live: no rate helps.
	s = model.Default()
	s.AI.ConversionMonths = 60
	if got := flipTexts(model.Evaluate(s))[0]; got != "no GPU rate matters: AI never goes live within the horizon" {
		t.Errorf("never live: %q", got)
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
