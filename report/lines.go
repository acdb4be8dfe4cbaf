package report

import (
	"fmt"

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

// Lines is the comparison every report shows, in reading order.
func Lines(res model.Result) []Line {
	m, a := res.Mining, res.AI
	s := res.Scenario
	both := func(label string, write func(model.Strategy) string) Line {
		return Line{Label: label, Mining: write(m), AI: write(a)}
	}
	usd := func(pick func(model.Strategy) decimal.Decimal) func(model.Strategy) string {
		return func(st model.Strategy) string { return format.USDWhole(pick(st)) }
	}
	return []Line{
		both("IT load", func(st model.Strategy) string { return format.Number(st.ITMW, 1, "MW") }),
		{Label: "Hashrate / GPUs", Mining: format.Number(m.HashratePH, 1, "PH/s"), AI: Capacity(res)},
		both("Capex", usd(func(st model.Strategy) decimal.Decimal { return st.CapexUSD })),
		both("Revenue, "+words.FirstLiveYear, usd(func(st model.Strategy) decimal.Decimal { return st.FirstYearRevenueUSD })),
		both("EBITDA, "+words.FirstLiveYear, usd(func(st model.Strategy) decimal.Decimal { return st.FirstYearEBITDAUSD })),
		both("EBITDA "+words.PerGridMW+"-year", usd(func(st model.Strategy) decimal.Decimal { return st.EBITDAUSDPerMWYear })),
		both("Revenue "+words.PerITMW+"-year", usd(func(st model.Strategy) decimal.Decimal { return st.RevenueUSDPerITMWYear })),
		both("EBITDA "+words.PerITMW+"-year", usd(func(st model.Strategy) decimal.Decimal { return st.EBITDAUSDPerITMWYear })),
		both(fmt.Sprintf("Revenue, %d months", s.HorizonMonths), usd(func(st model.Strategy) decimal.Decimal { return st.RevenueUSD })),
		both("Power cost", usd(func(st model.Strategy) decimal.Decimal { return st.PowerCostUSD })),
		both("Opex", usd(func(st model.Strategy) decimal.Decimal { return st.OpexUSD })),
		both("EBITDA", usd(func(st model.Strategy) decimal.Decimal { return st.EBITDAUSD })),
		both("Residual value", usd(func(st model.Strategy) decimal.Decimal { return st.ResidualUSD })),
		both("Net cash", usd(func(st model.Strategy) decimal.Decimal { return st.NetCashUSD })),
		both("NPV at "+format.Percent(s.DiscountRatePct, 1), usd(func(st model.Strategy) decimal.Decimal { return st.NPVUSD })),
		both("IRR", func(st model.Strategy) string { return format.Optional(st.IRRPct, IRR, "none") }),
		both("Payback", func(st model.Strategy) string { return format.Months(st.PaybackMonths) }),
		{Label: "Cash cost per BTC", Mining: format.USDWhole(m.CashCostPerBTCUSD), AI: notApplicable},
		{Label: "Hashcost", Mining: format.Price(m.HashcostUSDPerPHDay, 2, "/PH/day"), AI: notApplicable},
		{Label: "BTC mined", Mining: format.Number(m.BTCMined, 2, "BTC"), AI: notApplicable},
	}
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
