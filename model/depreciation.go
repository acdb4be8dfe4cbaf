package model

import "github.com/shopspring/decimal"

// lifeMonths is a class's straight-line life in months.
func (f Finance) lifeMonths(class CapexClass) int {
	switch class {
	case CapexGPU:
		return f.GPUDepreciationYears * 12
	case CapexFitout:
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
func depreciation(f Finance, payments []CapexPayment, horizon int) []decimal.Decimal {
	steps := make([]decimal.Decimal, horizon+1) // steps[i]: the change from month i on
	for _, p := range payments {
		start := p.Month // index of month t + 1
		if start >= horizon || p.AmountUSD.IsZero() {
			continue
		}
		life := f.lifeMonths(p.Class)
		monthly := div(p.AmountUSD, decimal.NewFromInt(int64(life)))
		steps[start] = steps[start].Add(monthly)
		if end := start + life; end < horizon {
			steps[end] = steps[end].Sub(monthly)
		}
	}
	dep := make([]decimal.Decimal, horizon)
	running := zero
	for i := range dep {
		running = sumOf(running, steps[i]) // most months change nothing
		dep[i] = running
	}
	return dep
}
