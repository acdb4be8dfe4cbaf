package model

import "github.com/shopspring/decimal"

// riskTax is spec §14's unlevered tax reduced to float64 for the Monte Carlo
// (spec §9 lets the risk views sample in float64). A path's taxable income
// in month m is its own EBITDA plus offset[m-1], the prepayment credit less
// the depreciation, which are the same on every path: capex and the
// contract do not move with prices.
type riskTax struct {
	rate   float64   // a fraction
	offset []float64 // [m-1]
	disc   []float64 // the strategy's discount factors, disc[m]
}

// newRiskTax prepares a strategy's tax for the paths from its depreciation
// by month (which the capex alone sets); credits may be nil.
func newRiskTax(f Finance, dep, credits []decimal.Decimal, disc []float64) riskTax {
	horizon := len(disc) - 1
	rt := riskTax{rate: fraction(f.TaxRatePct).InexactFloat64(), offset: make([]float64, horizon), disc: disc}
	// The depreciation holds for months on end as the same decimal, and most
	// months have no credit: the month before's offset then serves again.
	var lastDep, lastCredit decimal.Decimal
	for i, dep := range dep {
		var credit decimal.Decimal
		if credits != nil {
			credit = credits[i]
		}
		if i > 0 && dep == lastDep && credit == lastCredit {
			rt.offset[i] = rt.offset[i-1]
			continue
		}
		v := dep.Neg()
		if credits != nil {
			v = v.Add(credit)
		}
		rt.offset[i], lastDep, lastCredit = toFloat(v), dep, credit
	}
	return rt
}

// presentValue is what the tax on a path's monthly EBITDA is worth today,
// losses carried forward as in taxWithLosses; after-tax NPV is the pre-tax
// NPV less it.
func (rt riskTax) presentValue(ebitda []float64) float64 {
	if rt.rate == 0 {
		return 0
	}
	losses, pv := 0.0, 0.0
	for i, e := range ebitda {
		income := e + rt.offset[i]
		switch {
		case income <= losses:
			losses -= income // a loss adds to the balance, a small profit uses it
		default:
			pv += rt.rate * (income - losses) * rt.disc[i+1]
			losses = 0
		}
	}
	return pv
}
