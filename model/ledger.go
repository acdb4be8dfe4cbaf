package model

import "github.com/shopspring/decimal"

// newRow is month i's ledger line: EBITDA = revenue − power − opex (spec §4, §5).
func newRow(i int, revenue, power, opex decimal.Decimal, running bool) MonthRow {
	return MonthRow{
		Month:        i + 1,
		RevenueUSD:   revenue,
		PowerCostUSD: power,
		OpexUSD:      opex,
		EBITDAUSD:    revenue.Sub(power).Sub(opex),
		Running:      running,
	}
}

// finish completes a strategy from its monthly rows: dates, cumulative cash,
// totals and the valuation of spec §6. firstLive is the first month the
// strategy's own business runs (1 for mining, conversion + 1 for AI).
func finish(st *Strategy, rows []MonthRow, t timeline, firstLive int, powerMW decimal.Decimal) {
	cumulative := st.CapexUSD.Neg()
	st.PaybackMonths = 0
	for i := range rows {
		r := &rows[i]
		r.Date = t.dates[i]
		st.RevenueUSD = st.RevenueUSD.Add(r.RevenueUSD)
		st.PowerCostUSD = st.PowerCostUSD.Add(r.PowerCostUSD)
		st.OpexUSD = st.OpexUSD.Add(r.OpexUSD)
		st.EBITDAUSD = st.EBITDAUSD.Add(r.EBITDAUSD)
		cumulative = cumulative.Add(r.EBITDAUSD)
		if i == len(rows)-1 {
			// spec §1: the residual lands at the end of month H.
			cumulative = cumulative.Add(st.ResidualUSD)
		}
		r.CumulativeCashUSD = cumulative
		if st.PaybackMonths == 0 && !cumulative.IsNegative() {
			st.PaybackMonths = r.Month
		}
	}
	st.Months = rows
	st.NetCashUSD = st.EBITDAUSD.Sub(st.CapexUSD).Add(st.ResidualUSD)
	st.NPVUSD = npv(st.CapexUSD, rows, st.ResidualUSD, t.disc)
	st.IRRPct = irr(cashFlows(st.CapexUSD, rows, st.ResidualUSD))
	st.FirstYearRevenueUSD, st.FirstYearEBITDAUSD, st.EBITDAUSDPerMWYear = firstYear(rows, firstLive, powerMW)
}

// firstYear sums the first 12 live months (spec §6). EBITDA per MW-year is
// that EBITDA over the site's power; with fewer than 12 live months it is
// their average scaled to a year, and 0 when there are none. The first-year
// revenue and EBITDA are the plain sums the dashboard shows.
func firstYear(rows []MonthRow, firstLive int, powerMW decimal.Decimal) (revenue, ebitda, perMWYear decimal.Decimal) {
	start := firstLive - 1
	if start >= len(rows) {
		return zero, zero, zero
	}
	end := min(start+12, len(rows))
	for _, r := range rows[start:end] {
		revenue = revenue.Add(r.RevenueUSD)
		ebitda = ebitda.Add(r.EBITDAUSD)
	}
	yearly := ebitda
	if n := end - start; n < 12 {
		yearly = div(ebitda.Mul(twelve), decimal.NewFromInt(int64(n)))
	}
	return revenue, ebitda, div(yearly, powerMW)
}
