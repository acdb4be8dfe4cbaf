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
	CumulativeCashUSD decimal.Decimal // at the end of the year's last month
}

// Years groups a strategy's monthly rows into projection years.
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
		y.CumulativeCashUSD = r.CumulativeCashUSD
	}
	return years
}
