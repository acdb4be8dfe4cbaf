package workbook

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// The figures the ledgers take from the model besides each month's revenue,
// power and opex: when capex is paid, the end value and the discount rate.
// Each is one place, so that the model's part-two fields plug in here.

// capexPaidIn is the capex paid at the end of a month (spec §10). Every
// strategy pays all of its capex at t = 0 today.
func capexPaidIn(r model.MonthRow) decimal.Decimal {
	return decimal.Zero // spec §10: r.CapexUSD under build timing
}

// capexAtStart is the capex paid at t = 0: all of it, less what later months pay.
func capexAtStart(st model.Strategy) decimal.Decimal {
	paid := st.CapexUSD
	for _, r := range st.Months {
		paid = paid.Sub(capexPaidIn(r))
	}
	return paid
}

// endValue lands at the end of month H: the residual, or under spec §12 the
// terminal value, which the model keeps in the same field.
func endValue(st model.Strategy) decimal.Decimal { return st.ResidualUSD }

// discountRatePct is the yearly rate a strategy is discounted at (spec §1).
func discountRatePct(res model.Result, _ model.Strategy) decimal.Decimal {
	return res.Scenario.DiscountRatePct // spec §12: each strategy's own rate
}
