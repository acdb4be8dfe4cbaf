package model

import "github.com/shopspring/decimal"

// YearRow sums twelve months of a ledger (fewer in a final, partial year).
type YearRow struct {
	Year              int // 1-based projection year
	FirstMonth        YearMonth
	Months            int
	RevenueUSD        decimal.Decimal
	PowerCostUSD      decimal.Decimal
	OpexUSD           decimal.Decimal
	EBITDAUSD         decimal.Decimal
	CapexUSD          decimal.Decimal // paid at the ends of the year's months (spec §10)
	TaxUSD            decimal.Decimal // the unlevered tax of its months, with [finance] (spec §14)
	EndValueUSD       decimal.Decimal // the end value, in the horizon's last year
	CumulativeCashUSD decimal.Decimal // at the end of the year's last month, the end value included

	// With [finance] (spec §14): the debt's interest and principal, the
	// last year's principal taking the balance repaid at month H so that
	// the years repay the debt drawn, and the equity cash flow.
	InterestUSD, PrincipalUSD, EquityCashUSD decimal.Decimal
}

// Years groups a strategy's monthly rows into projection years. With the
// capex paid at t = 0 and any prepayment before them, the years add up: each
// year's cumulative cash is the year before's + EBITDA − capex − tax (+ the
// end value in the last).
func (st Strategy) Years() []YearRow {
	var years []YearRow
	for i, r := range st.Months {
		if i%12 == 0 {
			years = append(years, YearRow{Year: i/12 + 1, FirstMonth: r.Date})
		}
		y := &years[len(years)-1]
		y.Months++
		y.RevenueUSD = y.RevenueUSD.Add(r.RevenueUSD)
		y.PowerCostUSD = y.PowerCostUSD.Add(r.PowerCostUSD)
		y.OpexUSD = y.OpexUSD.Add(r.OpexUSD)
		y.EBITDAUSD = y.EBITDAUSD.Add(r.EBITDAUSD)
		y.CapexUSD = y.CapexUSD.Add(r.CapexUSD)
		y.TaxUSD = y.TaxUSD.Add(r.TaxUSD)
		y.InterestUSD = y.InterestUSD.Add(r.InterestUSD)
		y.PrincipalUSD = y.PrincipalUSD.Add(r.PrincipalUSD)
		y.EquityCashUSD = y.EquityCashUSD.Add(r.EquityCashUSD)
		y.CumulativeCashUSD = r.CumulativeCashUSD
	}
	if n := len(years); n > 0 {
		years[n-1].EndValueUSD = st.ResidualUSD
		if st.Equity != nil {
			years[n-1].PrincipalUSD = years[n-1].PrincipalUSD.Add(st.Equity.BalanceRepaidUSD)
		}
	}
	return years
}
