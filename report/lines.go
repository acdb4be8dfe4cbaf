package report

import (
	"fmt"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/shopspring/decimal"
)

// Line is one figure of the side-by-side comparison.
type Line struct {
	Label      string
	Mining, AI string
}

// notApplicable fills a cell a strategy has no figure for.
const notApplicable = "—"

// Lines is the comparison every report shows, in reading order: what each
// side runs, its first year and the per-MW figures deals are quoted in
// (spec §12), its horizon totals and end value, its valuation at its own
// rate, and what only one side has.
func Lines(res model.Result) []Line {
	m, a := res.Mining, res.AI
	s := res.Scenario
	both := func(label string, write func(model.Strategy) string) Line {
		return Line{Label: label, Mining: write(m), AI: write(a)}
	}
	usd := func(pick func(model.Strategy) decimal.Decimal) func(model.Strategy) string {
		return func(st model.Strategy) string { return format.USDWhole(pick(st)) }
	}
	mw := func(v decimal.Decimal) string { return format.Number(v, 1, "MW") }
	lines := []Line{
		both("IT load", func(st model.Strategy) string { return mw(st.ITMW) }),
		{Label: "Hashrate / GPUs", Mining: format.Number(m.HashratePH, 1, "PH/s"), AI: Capacity(res)},
		// spec §10: the pivot's grid MW in its AI phases and the kept MW mining.
		{Label: "Grid MW in AI", Mining: notApplicable, AI: mw(s.Site.PowerMW.Sub(a.MiningMW))},
		both("Grid MW mining", func(st model.Strategy) string { return mw(st.MiningMW) }),
		{Label: "AI live", Mining: notApplicable, AI: LiveMonths(res)},
		both("Capex", usd(func(st model.Strategy) decimal.Decimal { return st.CapexUSD })),
	}
	if !m.InitialCapexUSD.Equal(m.CapexUSD) || !a.InitialCapexUSD.Equal(a.CapexUSD) {
		lines = append(lines, both("Capex at t = 0", usd(func(st model.Strategy) decimal.Decimal { return st.InitialCapexUSD })))
	}
	lines = append(lines,
		both("Revenue, "+words.FirstLiveYear, usd(func(st model.Strategy) decimal.Decimal { return st.FirstYearRevenueUSD })),
		both("EBITDA, "+words.FirstLiveYear, usd(func(st model.Strategy) decimal.Decimal { return st.FirstYearEBITDAUSD })),
		both("EBITDA "+words.PerGridMW+"-year", usd(func(st model.Strategy) decimal.Decimal { return st.EBITDAUSDPerMWYear })),
		both("Revenue "+words.PerITMW+"-year", usd(func(st model.Strategy) decimal.Decimal { return st.RevenueUSDPerITMWYear })),
		both("EBITDA "+words.PerITMW+"-year", usd(func(st model.Strategy) decimal.Decimal { return st.EBITDAUSDPerITMWYear })),
		both(fmt.Sprintf("Revenue, %d months", s.HorizonMonths), usd(func(st model.Strategy) decimal.Decimal { return st.RevenueUSD })),
		both("Power cost", usd(func(st model.Strategy) decimal.Decimal { return st.PowerCostUSD })),
		both("Opex", usd(func(st model.Strategy) decimal.Decimal { return st.OpexUSD })),
		both("EBITDA", usd(func(st model.Strategy) decimal.Decimal { return st.EBITDAUSD })),
	)
	if s.HasFinance {
		// spec §14: the unlevered tax, out of the flows NPV and IRR discount.
		lines = append(lines, both("Tax", usd(func(st model.Strategy) decimal.Decimal { return st.TaxUSD })))
	}
	lines = append(lines,
		Line{Label: "End value", Mining: EndValue(m, s.Mining.ExitEVEBITDA), AI: EndValue(a, s.AI.ExitEVEBITDA)},
	)
	if a.PrepaymentUSD.IsPositive() {
		lines = append(lines, Line{Label: "Prepayment at t = 0", Mining: notApplicable, AI: format.USDWhole(a.PrepaymentUSD)})
	}
	lines = append(lines, both("Net cash", usd(func(st model.Strategy) decimal.Decimal { return st.NetCashUSD })))
	npv := both("NPV at "+format.Percent(s.DiscountRatePct, 1), usd(func(st model.Strategy) decimal.Decimal { return st.NPVUSD }))
	if !m.DiscountRatePct.Equal(a.DiscountRatePct) || !m.DiscountRatePct.Equal(s.DiscountRatePct) {
		// spec §12: each side at its own rate.
		lines = append(lines, both("Discount rate", func(st model.Strategy) string { return format.Percent(st.DiscountRatePct, 1) }))
		npv.Label = "NPV"
	}
	irr := both("IRR", func(st model.Strategy) string { return format.Optional(st.IRRPct, IRR, "none") })
	if s.HasFinance {
		npv.Label = strings.Replace(npv.Label, "NPV", "NPV after tax", 1)
		irr.Label = "IRR after tax"
	}
	lines = append(lines, npv, irr,
		both("Payback", func(st model.Strategy) string { return format.Months(st.PaybackMonths) }),
	)
	lines = append(lines, equityLines(res)...)
	if rate := a.ColoRateUSDPerKWMonth; rate.Valid && s.AI.Colocation.ContractValueUSD.Valid {
		lines = append(lines, Line{Label: "Derived lease rate", Mining: notApplicable, AI: format.ColoRate(rate.Decimal)})
	}
	pivotBTC := notApplicable
	if a.BTCMined.IsPositive() {
		pivotBTC = format.Number(a.BTCMined, 2, "BTC") // the kept MW and the fleet mining until live
	}
	return append(lines,
		Line{Label: "Cash cost per BTC", Mining: CashCost(m), AI: notApplicable},
		Line{Label: "Hashcost", Mining: format.Price(m.HashcostUSDPerPHDay, 2, "/PH/day"), AI: notApplicable},
		Line{Label: "BTC mined", Mining: format.Number(m.BTCMined, 2, "BTC"), AI: pivotBTC},
	)
}

// equityLines are spec §14's equity figures, none without [finance]: what
// the shareholders get once the project debt is served.
func equityLines(res model.Result) []Line {
	m, a := res.Mining.Equity, res.AI.Equity
	if m == nil || a == nil {
		return nil
	}
	both := func(label string, write func(*model.Equity) string) Line {
		return Line{Label: label, Mining: write(m), AI: write(a)}
	}
	return []Line{
		both("Equity NPV at "+format.Percent(res.Scenario.Finance.EquityDiscountRatePct, 1), func(e *model.Equity) string { return format.USDWhole(e.NPVUSD) }),
		both("Equity IRR", func(e *model.Equity) string { return format.Optional(e.IRRPct, IRR, "none") }),
		both("Debt drawn", func(e *model.Equity) string { return format.USDWhole(e.DebtUSD) }),
		both("Interest paid", func(e *model.Equity) string { return format.USDWhole(e.InterestUSD) }),
		both("Lowest DSCR", func(e *model.Equity) string { return format.Optional(e.MinDSCR, format.Coverage, "no debt") }),
	}
}

// EndValue writes a strategy's value at the horizon with how it is set
// (spec §12): "$252,380,833 (residual)", "$1,204,000,000 (8.0x EBITDA)".
func EndValue(st model.Strategy, multiple decimal.Decimal) string {
	if st.TerminalMethod == model.TerminalExitMultiple {
		return format.USDWhole(st.ResidualUSD) + " (" + format.Grouped(multiple, 1) + "x EBITDA)"
	}
	return format.USDWhole(st.ResidualUSD) + " (residual)"
}

// LiveMonths says when the pivot's AI earns (spec §10): "2028-01 (month
// 13)", "2026-06 to 2026-12 (months 6 to 12)" for phases live apart, or
// "never" within the horizon.
func LiveMonths(res model.Result) string {
	s, a := res.Scenario, res.AI
	month := func(m int) string { return s.Start.AddMonths(m - 1).String() }
	switch {
	case a.FirstLiveMonth > s.HorizonMonths:
		return "never"
	case a.LastLiveMonth > a.FirstLiveMonth:
		return fmt.Sprintf("%s to %s (months %d to %d)", month(a.FirstLiveMonth), month(a.LastLiveMonth), a.FirstLiveMonth, a.LastLiveMonth)
	}
	return fmt.Sprintf("%s (month %d)", month(a.FirstLiveMonth), a.FirstLiveMonth)
}

// CashCost writes mining's cash cost per BTC, or "none" when nothing is
// mined (spec §17: at 100 % curtailment).
func CashCost(m model.Strategy) string {
	if m.CashCostPerBTCUndefined {
		return "none"
	}
	return format.USDWhole(m.CashCostPerBTCUSD)
}

// IRR writes an annual IRR.
func IRR(v decimal.Decimal) string { return format.Percent(v, 1) }

// Capacity describes what the AI side sells: the GPU fleet or the leased load.
func Capacity(res model.Result) string {
	if res.AI.GPUs.Valid {
		return format.Number(res.AI.GPUs.Decimal, 0, "GPUs")
	}
	return format.Number(res.AI.ITMW.Mul(decimal.NewFromInt(1000)), 0, "kW leased")
}
