package panel

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// With [finance] (spec §14) a card's NPV and IRR are after tax and say so,
// and it shows the strategy as its shareholders see it once the project
// debt is served: the equity's NPV and IRR, the debt drawn and the lowest
// debt-service coverage.

// afterTax labels a figure that [finance] puts after tax.
func afterTax(res *model.Result, label string) string {
	if res.Scenario.HasFinance {
		return label + " after tax"
	}
	return label
}

// shortAfterTax is afterTax for a narrow table: "NPV post-tax".
func shortAfterTax(res *model.Result, label string) string {
	if res.Scenario.HasFinance {
		return label + " post-tax"
	}
	return ""
}

// equityFigures are a strategy's equity figures, none without [finance].
func equityFigures(s model.Strategy) []figure {
	e := s.Equity
	if e == nil {
		return nil
	}
	npv := figure{label: "Equity NPV", value: format.USDShort(e.NPVUSD), essential: true, num: known(e.NPVUSD), change: changeMoney}
	if e.NPVUSD.IsNegative() {
		npv.tone = theme.ToneNegative
	}
	irr := figure{label: "Equity IRR", value: format.Optional(e.IRRPct, func(v decimal.Decimal) string { return format.Percent(v, 1) }, "n/a"),
		num: e.IRRPct, change: changePoints}
	switch {
	case !e.IRRPct.Valid:
		irr.tone = theme.ToneDim
	case e.IRRPct.Decimal.IsNegative():
		irr.tone = theme.ToneNegative
	}
	debt := figure{label: "Debt drawn", value: format.USDShort(e.DebtUSD), num: known(e.DebtUSD), change: changeCount}
	if e.DebtUSD.IsZero() {
		debt.tone = theme.ToneDim
	}
	// The lowest EBITDA / debt service; below 1 the debt is not covered.
	dscr := figure{label: "Lowest DSCR", value: format.Optional(e.MinDSCR, format.Coverage, "n/a"), num: e.MinDSCR, change: changeCount}
	switch {
	case !e.MinDSCR.Valid:
		dscr.tone = theme.ToneDim
	case e.MinDSCR.Decimal.LessThan(decimal.NewFromInt(1)):
		dscr.tone = theme.ToneNegative
	}
	return []figure{npv, irr, debt, dscr}
}
