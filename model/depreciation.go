package model

import "github.com/shopspring/decimal"

// assetClass groups capex by how long it depreciates (spec §14).
type assetClass int

const (
	assetMining assetClass = iota // ASICs and mining infrastructure
	assetGPU
	assetFitout
)

// capexPaid is one capex payment as the finance layer reads it: paid at
// t = 0 (month 0) or at the end of month 1..H.
type capexPaid struct {
	month     int
	class     assetClass
	amountUSD decimal.Decimal
}

// lifeMonths is a class's straight-line life in months.
func (f Finance) lifeMonths(class assetClass) int {
	switch class {
	case assetGPU:
		return f.GPUDepreciationYears * 12
	case assetFitout:
		return f.FitoutDepreciationYears * 12
	}
	return f.ASICDepreciationYears * 12
}

// depreciation is spec §14's straight line: each payment at month t
// depreciates in equal monthly amounts over its class's life, from month
// t + 1; amounts past month H are not taken. dep[m-1] is month m's.
//
// Each payment adds its amount where it starts and takes it off where it
// ends, and a running sum spreads it over the months between: a payment costs
// two additions however long its life. Decimal sums are exact, so the result
// equals adding the amount month by month.
func depreciation(f Finance, payments []capexPaid, horizon int) []decimal.Decimal {
	steps := make([]decimal.Decimal, horizon+1) // steps[i]: the change from month i on
	for _, p := range payments {
		start := p.month // index of month t + 1
		if start >= horizon || p.amountUSD.IsZero() {
			continue
		}
		life := f.lifeMonths(p.class)
		monthly := div(p.amountUSD, decimal.NewFromInt(int64(life)))
		steps[start] = steps[start].Add(monthly)
		if end := start + life; end < horizon {
			steps[end] = steps[end].Sub(monthly)
		}
	}
	dep := make([]decimal.Decimal, horizon)
	running := zero
	for i := range dep {
		running = running.Add(steps[i])
		dep[i] = running
	}
	return dep
}
