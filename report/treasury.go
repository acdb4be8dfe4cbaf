package report

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/shopspring/decimal"
)

// TreasuryLine is one balance-sheet figure before and after the BTC sale.
type TreasuryLine struct{ Label, Before, After string }

// TreasuryLines lays out spec §7's figures; nil without a treasury.
func TreasuryLines(res model.Result) []TreasuryLine {
	t := res.Treasury
	if t == nil {
		return nil
	}
	s := res.Scenario
	usd := format.USDWhole
	percent := func(v decimal.NullDecimal) string {
		return format.Optional(v, func(d decimal.Decimal) string { return format.Percent(d, 1) }, notApplicable)
	}
	price := func(v decimal.NullDecimal) string { return format.Optional(v, usd, notApplicable) }
	return []TreasuryLine{
		{Label: "BTC held", Before: format.Number(s.Treasury.BTCHeld, 2, "BTC"),
			After: format.Number(s.Treasury.BTCHeld.Sub(s.Treasury.BTCToSell), 2, "BTC")},
		{Label: "Loan", Before: usd(s.Treasury.LoanUSD), After: usd(s.Treasury.LoanUSD.Sub(t.RepaidUSD))},
		{Label: "LTV at " + usd(s.Bitcoin.PriceUSD), Before: percent(t.LTVPct), After: percent(t.LTVAfterPct)},
		{Label: "Margin call at BTC", Before: price(t.MarginCallPriceUSD), After: price(t.MarginCallPriceAfterUSD)},
		{Label: "Liquidation at BTC", Before: price(t.LiquidationPriceUSD), After: price(t.LiquidationPriceAfterUSD)},
		{Label: "Sale proceeds", Before: "", After: usd(t.ProceedsUSD)},
		{Label: "Loan repaid", Before: "", After: usd(t.RepaidUSD)},
		{Label: "Cash left", Before: "", After: usd(t.CashUSD)},
		{Label: "Mining capex covered", Before: "", After: covered(t.MiningCapexCoveredPct, res.Mining.CapexUSD)},
		{Label: "AI capex covered", Before: "", After: covered(t.AICapexCoveredPct, res.AI.CapexUSD)},
	}
}

// covered is the share of a strategy's capex the cash covers, or that it
// has none to cover.
func covered(pct, capexUSD decimal.Decimal) string {
	if capexUSD.IsZero() {
		return words.NoCapex
	}
	return format.Percent(pct, 1)
}

// TreasuryOverTime lays out spec §15's figures for the loan left after the
// sale, in TreasuryLines' After column: the first months the base price
// path brings it to its margin call and its liquidation, and, with a risk
// run, the Monte Carlo's odds of each within the horizon; nil without a
// loan left.
func TreasuryOverTime(res model.Result, risk *Risk) []TreasuryLine {
	if !words.LoanLeft(res) {
		return nil
	}
	t := res.Treasury
	lines := []TreasuryLine{
		{Label: "Base path: margin call", After: words.FirstMonth(res, t.FirstMarginCallMonth)},
		{Label: "Base path: liquidation", After: words.FirstMonth(res, t.FirstLiquidationMonth)},
	}
	if risk != nil && risk.MonteCarlo.LoanAtRisk {
		r := risk.MonteCarlo
		lines = append(lines,
			TreasuryLine{Label: "Odds of a margin call", After: words.Odds(r.PMarginCall)},
			TreasuryLine{Label: "Odds of liquidation", After: words.Odds(r.PLiquidation)})
	}
	return lines
}

// TreasuryNotes are the sentences under the treasury's table: when the
// loan left is called on the base path, and the odds, or how to get them.
func TreasuryNotes(res model.Result, risk *Risk) []string {
	if res.Treasury == nil {
		return nil
	}
	notes := []string{words.TreasuryPath(res)}
	switch {
	case !words.LoanLeft(res):
	case risk != nil:
		if odds := words.LoanOdds(risk.MonteCarlo); odds != "" {
			notes = append(notes, odds)
		}
	default:
		notes = append(notes, words.OddsNeedRisk)
	}
	return notes
}
