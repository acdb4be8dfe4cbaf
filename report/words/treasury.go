package words

import (
	"strconv"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
)

// NotWithinHorizon is a first margin-call or liquidation month that spec
// §15 does not find: the base price path never brings the LTV there.
const NotWithinHorizon = "not within the horizon"

// FirstMonth writes a first margin-call or liquidation month of spec §15:
// "month 14 (2027-04)", or NotWithinHorizon for the model's 0.
func FirstMonth(res model.Result, month int) string {
	if month == 0 {
		return NotWithinHorizon
	}
	return "month " + strconv.Itoa(month) + " (" + res.Scenario.Start.AddMonths(month-1).String() + ")"
}

// LoanLeft reports whether the sale leaves a loan with BTC behind it: the
// one spec §15 follows month by month.
func LoanLeft(res model.Result) bool {
	return res.Treasury != nil && res.Treasury.LTVAfterPct.Valid
}

// BasePath names the deterministic price path spec §15 follows: "BTC from
// $68,524, flat", "BTC from $68,524, −30.0 % a year".
func BasePath(s model.Scenario) string {
	g := s.Bitcoin.PriceGrowthPctPerYear
	if g.IsZero() {
		return "BTC from " + format.USDWhole(s.Bitcoin.PriceUSD) + ", flat"
	}
	return "BTC from " + format.USDWhole(s.Bitcoin.PriceUSD) + ", " + format.Percent(g, 1) + " a year"
}

// TreasuryPath says in a sentence when the loan left after the sale
// reaches its margin call and its liquidation on the base price path (spec
// §15), or why there is nothing to call; "" without a treasury.
func TreasuryPath(res model.Result) string {
	tr := res.Treasury
	if tr == nil {
		return ""
	}
	s := res.Scenario
	if !LoanLeft(res) {
		if s.Treasury.LoanUSD.Sub(tr.RepaidUSD).IsPositive() {
			return "No BTC is left behind the loan the sale leaves: there is no LTV to call."
		}
		return "No loan is left after the sale: nothing to margin-call."
	}
	call := "its margin call (" + format.Percent(s.Treasury.MarginCallLTVPct, 0) + " LTV)"
	liquidation := "its liquidation (" + format.Percent(s.Treasury.LiquidationLTVPct, 0) + " LTV)"
	lead := "On the base price path (" + BasePath(s) + ") the loan left "
	horizon := format.Months(s.HorizonMonths)
	switch {
	case tr.FirstMarginCallMonth == 0:
		return lead + "reaches neither " + call + " nor " + liquidation + " within " + horizon + "."
	case tr.FirstLiquidationMonth == 0:
		return lead + "reaches " + call + " in " + FirstMonth(res, tr.FirstMarginCallMonth) +
			", and not " + liquidation + " within " + horizon + "."
	}
	return lead + "reaches " + call + " in " + FirstMonth(res, tr.FirstMarginCallMonth) +
		" and " + liquidation + " in " + FirstMonth(res, tr.FirstLiquidationMonth) + "."
}

// Odds writes a share of paths as a percent: "33.2 %".
func Odds(share float64) string { return format.Percent(decimal.NewFromFloat(share*100), 1) }

// LoanOdds states spec §15's probabilities in a sentence: the shares of
// the Monte Carlo's paths whose BTC price, checked every month, falls to
// the margin-call and the liquidation price of the loan left after the
// sale; "" when no loan is at risk.
func LoanOdds(r model.RiskResult) string {
	if !r.LoanAtRisk {
		return ""
	}
	return "The BTC price, checked every month, falls to the loan's margin-call price on " + Odds(r.PMarginCall) +
		" of " + format.Number(decimal.NewFromInt(int64(r.Paths)), 0, "") + " simulated paths, and to its liquidation price on " +
		Odds(r.PLiquidation) + "."
}

// OddsNeedRisk says where the odds of a margin call come from when a
// report has not run the Monte Carlo.
const OddsNeedRisk = "The odds of a margin call and a liquidation within the horizon come from the Monte Carlo: run the report with --risk."
