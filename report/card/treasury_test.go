package card

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
)

// A scenario with a treasury gets a treasury section: the loan before and
// after the sale and the BTC prices that call and liquidate it, the first
// months the base path reaches them, and their odds from the risk run, or,
// without one, where the odds come from. Here a $400M loan leaves
// $88,430,000 after the sale, and BTC losing 30 % a year calls it.
func TestTreasurySection(t *testing.T) {
	s := treasuryScenario()
	s.Treasury.LoanUSD = decimal.NewFromInt(400_000_000)
	s.Bitcoin.PriceGrowthPctPerYear = decimal.NewFromInt(-30)
	s.Risk.Paths = 500
	doc := memoDoc(t, s, true)
	res := doc.Result
	tr := res.Treasury
	if tr.FirstMarginCallMonth == 0 || tr.FirstLiquidationMonth == 0 {
		t.Fatal("the case wants a loan called within the horizon")
	}
	text := ansi.Strip(Render(doc, Options{}).Text)
	mc := doc.Risk.MonteCarlo
	for _, want := range []string{"TREASURY", "Before sale", "After sale", "$400,000,000", "$88,430,000",
		format.USDWhole(tr.MarginCallPriceUSD.Decimal), format.USDWhole(tr.MarginCallPriceAfterUSD.Decimal),
		format.USDWhole(tr.LiquidationPriceAfterUSD.Decimal),
		words.FirstMonth(res, tr.FirstMarginCallMonth), words.FirstMonth(res, tr.FirstLiquidationMonth),
		"Odds of a margin call", words.Odds(mc.PMarginCall), "Odds of liquidation", words.Odds(mc.PLiquidation)} {
		if !strings.Contains(text, want) {
			t.Errorf("the card lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "--risk") {
		t.Error("a card with the risk run says to run it")
	}

	plain := ansi.Strip(Render(memoDoc(t, s, false), Options{}).Text)
	if !strings.Contains(plain, words.FirstMonth(res, tr.FirstMarginCallMonth)) || strings.Contains(plain, "Odds of") ||
		!strings.Contains(strings.Join(strings.Fields(plain), " "), words.OddsNeedRisk) {
		t.Errorf("without the risk run:\n%s", plain)
	}
	if none := ansi.Strip(Render(memoDoc(t, model.Default(), false), Options{}).Text); strings.Contains(none, "TREASURY") {
		t.Error("a scenario without a treasury has a treasury section")
	}
}
