package panel

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// The tab's example [treasury] table holds the defaults a file gets for the
// keys it leaves out (the spec's: margin call at 70 %, liquidation at 85 %),
// and the same values as the README's example, key for key.
func TestTreasuryExampleAgreesWithTheDefaultsAndTheREADME(t *testing.T) {
	assignment := regexp.MustCompile(`^(\w+) = (\S+)`)
	values := func(lines []string) map[string]string {
		out := map[string]string{}
		for _, l := range lines {
			if m := assignment.FindStringSubmatch(l); m != nil {
				out[m[1]] = m[2]
			}
		}
		return out
	}
	example := values(TreasuryExample())
	defaults := model.Default().Treasury
	if example["margin_call_ltv_pct"] != defaults.MarginCallLTVPct.String() || example["margin_call_ltv_pct"] != "70" ||
		example["liquidation_ltv_pct"] != defaults.LiquidationLTVPct.String() || example["liquidation_ltv_pct"] != "85" {
		t.Errorf("the example's LTVs %v are not the defaults, 70 %% and 85 %%", example)
	}

	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(readme), "\n[treasury]")
	if !ok {
		t.Fatal("the README shows no [treasury] table")
	}
	table, _, _ = strings.Cut(table, "```")
	shown := values(strings.Split(table, "\n"))
	if len(shown) < 3 {
		t.Fatalf("the README's [treasury] table holds %v", shown)
	}
	for key, v := range shown {
		if example[key] != v {
			t.Errorf("the README's example says %s = %s, the Treasury tab's %s", key, v, example[key])
		}
	}
}

// A fleet already paid for has no capex for the cash to cover: the tab says
// so rather than draw a full bar of "100.0 % of $0".
func TestTreasuryWithoutCapexSaysSo(t *testing.T) {
	s := model.Default()
	s.HasTreasury = true
	s.Treasury.BTCHeld = decimal.NewFromInt(100)
	s.Treasury.LoanUSD = decimal.NewFromInt(1_000_000)
	s.Treasury.BTCToSell = decimal.NewFromInt(50)
	s.Mining.CapexUSDPerTH = decimal.Zero
	res := model.Evaluate(s)
	text := ansi.Strip(Treasury{St: theme.New(theme.Light), Res: &res}.Render(120, 30))
	mining := lineContaining(text, "ASIC mining")
	if !strings.Contains(mining, words.NoCapex) || strings.Contains(mining, "100.0 %") || strings.Contains(mining, "█") {
		t.Errorf("mining's capex line: %q", mining)
	}
	if ai := lineContaining(text, "AI compute"); !strings.Contains(ai, "█") && !strings.Contains(ai, "░") {
		t.Errorf("AI's capex, which is not zero, lost its bar: %q", ai)
	}
}

func lineContaining(text, part string) string {
	for l := range strings.SplitSeq(text, "\n") {
		if strings.Contains(l, part) {
			return l
		}
	}
	return ""
}
