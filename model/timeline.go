package model

import (
	"math"
	"math/big"

	"github.com/shopspring/decimal"
)

// timeline holds what every ledger of one evaluation shares: the calendar of
// the horizon and the discount factors (spec §1).
type timeline struct {
	horizon int
	dates   []YearMonth       // dates[m-1] is month m
	disc    []decimal.Decimal // disc[m] = 1/(1+rm)^m, m = 0..H, at the scenario's rate; nil in a calendar
}

func newTimeline(s Scenario) timeline {
	t := calendar(s)
	t.disc = discountFactors(s.DiscountRatePct, s.HorizonMonths)
	return t
}

// calendar is a timeline without discount factors: each strategy
// discounts at its own rate (see strategyDiscounts).
func calendar(s Scenario) timeline {
	t := timeline{horizon: s.HorizonMonths, dates: make([]YearMonth, s.HorizonMonths)}
	for m := range t.dates {
		t.dates[m] = s.Start.AddMonths(m)
	}
	return t
}

// discountFactors is disc[m] = 1/(1+rm)^m for m = 0..H at an annual rate
// in percent. spec §1: the annual rate becomes the monthly
// rm = (1+r)^(1/12) − 1, so 1/(1+rm) is the twelfth root of 1/(1+r).
func discountFactors(ratePct decimal.Decimal, horizon int) []decimal.Decimal {
	return powers(div(one, monthlyFactor(ratePct)), horizon+1)
}

// miningRatePct and pivotRatePct are each strategy's discount rate (spec
// §12): its own when given, else the scenario's.
func miningRatePct(s Scenario) decimal.Decimal {
	if r := s.Mining.DiscountRatePct; r.Valid {
		return r.Decimal
	}
	return s.DiscountRatePct
}

func pivotRatePct(s Scenario) decimal.Decimal {
	if r := s.AI.DiscountRatePct; r.Valid {
		return r.Decimal
	}
	return s.DiscountRatePct
}

// strategyDiscounts are the two strategies' discount factors, computed once
// when their rates agree.
func strategyDiscounts(s Scenario) (mining, pivot []decimal.Decimal) {
	miningRate, pivotRate := miningRatePct(s), pivotRatePct(s)
	mining = discountFactors(miningRate, s.HorizonMonths)
	if pivotRate.Equal(miningRate) {
		return mining, mining
	}
	return mining, discountFactors(pivotRate, s.HorizonMonths)
}

// monthlyFactor is (1 + pct/100)^(1/12): the month-on-month multiplier of a
// rate quoted in percent per year (spec §1). The twelfth root is seeded in
// float64 and polished by Newton steps in decimal arithmetic; each step
// doubles the correct digits, so two take 16 digits past the places kept.
// A rate a hair above −100 % leaves 1 + pct/100 as small as 1e-100, whose
// powers would round to zero at a fixed number of places: below 1e-11 the
// root of a × 10^(12k) is taken as a^(1/12) × 10^k, with a from 1 to 10^12,
// keeping places digits past a's root.
func monthlyFactor(pctPerYear decimal.Decimal) decimal.Decimal {
	if pctPerYear.IsZero() {
		return one
	}
	yearly := one.Add(fraction(pctPerYear))
	k := int32(0)
	if magnitude := int32(yearly.NumDigits()) + yearly.Exponent() - 1; magnitude < -11 {
		k = (magnitude - 11) / 12 // floor(magnitude / 12)
	}
	a := yearly.Shift(-12 * k)
	seed, _ := a.Float64()
	x := decimal.NewFromFloat(math.Pow(seed, 1.0/12))
	for range 2 {
		// x ← x − (x^12 − a) / (12 x^11)
		x2 := round(x.Mul(x), places+8)
		x4 := round(x2.Mul(x2), places+8)
		x8 := round(x4.Mul(x4), places+8)
		x11 := round(x8.Mul(x2).Mul(x), places+8)
		x = x.Sub(x11.Mul(x).Sub(a).DivRound(x11.Mul(twelve), places+8))
	}
	return round(x, places).Shift(k)
}

// powers returns base^0 .. base^(n−1), each the one before times base,
// rounded to the model's places: a product of powers would otherwise double
// its digits every month. The chain is carried in one coefficient, rounded
// in place, as round(value.Mul(base), places) would give it.
func powers(base decimal.Decimal, n int) []decimal.Decimal {
	out := make([]decimal.Decimal, n)
	if n == 0 {
		return out
	}
	out[0] = one
	b, exp := base.Coefficient(), one.Exponent()
	value, product := one.Coefficient(), new(big.Int)
	for i := 1; i < n; i++ {
		product.Mul(value, b)
		value, product = roundCoefficient(product, exp+base.Exponent(), places), value
		exp = -places
		out[i] = decimal.NewFromBigInt(value, exp)
	}
	return out
}

// growth returns the factor of each month m = 1..H for a yearly rate, with
// month 1 as entered: growth[m-1] = (1+g)^((m−1)/12) (spec §1).
func growth(pctPerYear decimal.Decimal, horizon int) []decimal.Decimal {
	if pctPerYear.IsZero() {
		flat := make([]decimal.Decimal, horizon)
		for i := range flat {
			flat[i] = one
		}
		return flat
	}
	return powers(monthlyFactor(pctPerYear), horizon)
}
