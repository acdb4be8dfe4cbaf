package panel

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
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
		return words.AfterTax(label)
	}
	return label
}

// shortAfterTax is afterTax for a narrow column: "NPV post-tax".
func shortAfterTax(res *model.Result, label string) string {
	if res.Scenario.HasFinance {
		return label + " post-tax"
	}
	return label
}

// equityRows are both sides' equity figures, none without [finance]: the
// equity NPV stays in a short comparison table, the rest give way.
func equityRows(res *model.Result) []figureRow {
	m, a := res.Mining.Equity, res.AI.Equity
	if m == nil || a == nil {
		return nil
	}
	row := func(label, short string, essential bool, write func(e *model.Equity) figure) figureRow {
		fm, fa := write(m), write(a)
		return figureRow{label: label, short: short, mining: &fm, ai: &fa, essential: essential}
	}
	return []figureRow{
		row("Equity NPV", "Equity NPV", true, func(e *model.Equity) figure { return moneyFigure("Equity NPV", e.NPVUSD) }),
		row("Equity IRR", "Equity IRR", false, func(e *model.Equity) figure { return irrFigure("Equity IRR", e.IRRPct) }),
		row("Debt drawn", "Debt drawn", false, func(e *model.Equity) figure {
			debt := figure{label: "Debt drawn", value: format.USDShort(e.DebtUSD), num: known(e.DebtUSD), change: changeCount}
			if e.DebtUSD.IsZero() {
				debt.tone = theme.ToneDim
			}
			return debt
		}),
		// The lowest EBITDA / debt service; below 1 the debt is not covered.
		row("Lowest DSCR", "Min DSCR", false, func(e *model.Equity) figure {
			dscr := figure{label: "Lowest DSCR", value: format.Optional(e.MinDSCR, format.Coverage, "n/a"), num: e.MinDSCR, change: changeCount}
			switch {
			case !e.MinDSCR.Valid:
				dscr.tone = theme.ToneDim
			case e.MinDSCR.Decimal.LessThan(decimal.NewFromInt(1)):
				dscr.tone = theme.ToneNegative
			}
			return dscr
		}),
	}
}
