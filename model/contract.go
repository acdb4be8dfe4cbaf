package model

import "github.com/shopspring/decimal"

// leaseTerms is a colocation lease's escalation (spec §11): e(k) for k
// months after the first live month.
type leaseTerms struct {
	annual bool
	// monthly[k] is (1+g)^(k/12) for k = 0..H−1; yearly[y] is (1+g)^y.
	monthly, yearly []decimal.Decimal
	factor          decimal.Decimal // (1+g)^(1/12), or 1+g for annual steps
}

func newLeaseTerms(s Scenario, horizon int) leaseTerms {
	c := s.AI.Colocation
	lease := leaseTerms{annual: c.EscalatorStep == EscalateAnnual}
	if lease.annual {
		lease.factor = one.Add(fraction(c.EscalatorPctPerYear))
		lease.yearly = powers(lease.factor, horizon/12+1)
		return lease
	}
	lease.factor = monthlyFactor(c.EscalatorPctPerYear)
	lease.monthly = growth(c.EscalatorPctPerYear, horizon)
	return lease
}

// escalation is e(k) for 0 <= k < H: (1+g)^(k/12) monthly, (1+g)^floor(k/12) annual.
func (lease leaseTerms) escalation(k int) decimal.Decimal {
	if lease.annual {
		return lease.yearly[k/12]
	}
	return lease.monthly[k]
}

// sumPast is Σ e(k) for k = from..to−1, months that may lie past the
// horizon, in closed form: a geometric series, by month or by year.
func (lease leaseTerms) sumPast(from, to int) decimal.Decimal {
	if from >= to {
		return zero
	}
	if lease.factor.Equal(one) {
		return decimal.NewFromInt(int64(to - from))
	}
	if !lease.annual {
		// Σ q^k = (q^to − q^from) / (q − 1)
		return div(powInt(lease.factor, to).Sub(powInt(lease.factor, from)), lease.factor.Sub(one))
	}
	sum := zero
	for y := from / 12; y*12 < to; y++ {
		months := min(to, 12*y+12) - max(from, 12*y)
		sum = sum.Add(powInt(lease.factor, y).Mul(decimal.NewFromInt(int64(months))))
	}
	return sum
}

// powInt is x^n by repeated squaring, kept to the model's precision.
func powInt(x decimal.Decimal, n int) decimal.Decimal {
	result := one
	for base := x; n > 0; n >>= 1 {
		if n&1 == 1 {
			result = round(result.Mul(base), places+8)
		}
		base = round(base.Mul(base), places+8)
	}
	return result
}

// contractRate is spec §11's month-1 rate for a contract value V over a
// term of T months: V / Σ_{k<T} e(k) × occupancy × kW leased in month
// L_1 + k, where the months past the horizon lease every phase's kW.
func contractRate(value decimal.Decimal, term int, lease leaseTerms, plan pivotPlan, occupancy decimal.Decimal, horizon int) decimal.Decimal {
	// Validation requires a term and an occupancy; a scenario that was not validated bills nothing.
	if term <= 0 || !occupancy.IsPositive() {
		return zero
	}
	inHorizon := max(0, min(term, horizon-plan.firstLive+1)) // months of the term within the horizon
	order := plan.byLive()
	next := 0
	kW, kWMonths := zero, zero
	for k := range inHorizon {
		for next < len(order) && plan.phases[order[next]].live <= plan.firstLive+k {
			kW = kW.Add(plan.phases[order[next]].itMW.Mul(thousand))
			next++
		}
		kWMonths = kWMonths.Add(mul(kW, lease.escalation(k)))
	}
	kWMonths = kWMonths.Add(mul(plan.itMW.Mul(thousand), lease.sumPast(inHorizon, term)))
	return div(value, mul(kWMonths, occupancy))
}
