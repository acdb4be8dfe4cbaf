package workbook

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// The figures the ledgers take from the model besides each month's revenue,
// power and opex: when capex is paid, the tax, a prepayment, the end value
// and the discount rate. Each is one place.

// capexPaidIn is the capex paid at the end of a month (spec §10): a
// build-timed phase's fit-out over its build, its GPUs the month before it
// goes live.
func capexPaidIn(r model.MonthRow) decimal.Decimal { return r.CapexUSD }

// capexAtStart is the capex paid at t = 0.
func capexAtStart(st model.Strategy) decimal.Decimal { return st.InitialCapexUSD }

// taxPaidIn is the unlevered tax of a month with [finance] (spec §14), 0
// without: the NPV, the IRR and the cumulative cash are then after tax.
func taxPaidIn(r model.MonthRow) decimal.Decimal { return r.TaxUSD }

// prepaymentAtStart is the customer's prepayment, received at t = 0 (spec
// §11); the months' revenue is net of its credits.
func prepaymentAtStart(st model.Strategy) decimal.Decimal { return st.PrepaymentUSD }

// endValue lands at the end of month H: the residual, or under spec §12 the
// terminal value, which the model keeps in the same field.
func endValue(st model.Strategy) decimal.Decimal { return st.ResidualUSD }

// discountRatePct is the yearly rate a strategy is discounted at: its own
// (spec §12), the scenario's unless the file gives one.
func discountRatePct(_ model.Result, st model.Strategy) decimal.Decimal { return st.DiscountRatePct }
