package model

import "github.com/shopspring/decimal"

// taxWithLosses is spec §14's tax on a month-by-month taxable income, with
// losses carried forward without limit: a loss adds to the carried-forward
// balance; a profit first uses that balance up and the rest is taxed at
// rate (a fraction). tax[i] is month i+1's.
func taxWithLosses(rate decimal.Decimal, taxable []decimal.Decimal) []decimal.Decimal {
	tax := make([]decimal.Decimal, len(taxable))
	if rate.IsZero() {
		return tax
	}
	losses := zero // carried forward, >= 0
	for i, income := range taxable {
		switch {
		case income.IsNegative():
			losses = losses.Sub(income)
		case income.LessThanOrEqual(losses):
			losses = losses.Sub(income)
		default:
			tax[i] = mul(rate, difference(income, losses))
			losses = zero
		}
	}
	return tax
}

// taxableIncome is spec §14's unlevered taxable income: EBITDA plus the
// prepayment credited that month (the rows' EBITDA is net of it; the
// prepayment is taxed as it is earned), less depreciation, less interest
// (nil for the unlevered tax).
func taxableIncome(ebitda, credits, dep, interest []decimal.Decimal) []decimal.Decimal {
	taxable := make([]decimal.Decimal, len(ebitda))
	for i, e := range ebitda {
		v := minus(e, dep[i])
		if credits != nil {
			v = plus(v, credits[i])
		}
		taxable[i] = v
	}
	if interest != nil {
		return lessInterest(taxable, interest)
	}
	return taxable
}

// lessInterest is the levered taxable income from the unlevered: each
// month's less its interest.
func lessInterest(unlevered, interest []decimal.Decimal) []decimal.Decimal {
	taxable := make([]decimal.Decimal, len(unlevered))
	for i, v := range unlevered {
		taxable[i] = minus(v, interest[i])
	}
	return taxable
}
