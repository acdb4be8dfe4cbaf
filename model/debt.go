package model

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// debtSchedule is spec §14's project debt, every draw's schedule added up.
// Slices run over t = 0..H: draws[0] is drawn at t = 0; interest[m] and
// principal[m] are paid at the end of month m ([0] is zero).
type debtSchedule struct {
	draws, interest, principal []decimal.Decimal
	// service[m] is the level payments due in month m: interest + principal.
	service []decimal.Decimal

	drawnUSD, interestUSD decimal.Decimal
	// balanceAtHorizonUSD is what the scheduled payments leave owed at month H,
	// repaid then in the equity cash only (spec §17).
	balanceAtHorizonUSD decimal.Decimal
}

// monthlyDebtRate is spec §14's r = debt_rate_pct / 1200 (a nominal yearly
// rate). It is trimmed: 9 / 1200 is 0.0075, not 0.0075 padded to 27 places,
// and each month's interest multiplies by it.
func (f Finance) monthlyDebtRate() decimal.Decimal {
	return trimmed(div(f.DebtRatePct, decimal.NewFromInt(1200)))
}

// levelPaymentFactor is A / D, the level payment per dollar drawn:
// r / (1 − (1 + r)^−N), or 1 / N when r = 0.
//
// Below smallRate the closed form loses its digits (at r = 1e-30 the power
// rounds to 1 and 1 − (1 + r)^−N to 0), so the factor comes from its series
// in r instead. At r = 1e-7 a month both are good to about 1e-20 per dollar
// drawn, far below a cent on any draw: the closed form's error is the
// power's rounding (about 1e-27) over (1 + r)^N − 1 ≥ N r, at most 1e-20 at
// N = 1; the series' is its first term left out, (N² − 1)/(24 N) r³, at
// most 2.5e-20 at N = 600.
func levelPaymentFactor(r decimal.Decimal, n int) decimal.Decimal {
	if r.LessThan(smallRate) {
		return levelPaymentSeries(r, n)
	}
	return levelPaymentClosedForm(r, n)
}

// smallRate is the monthly rate below which levelPaymentFactor takes the series.
var smallRate = d("1e-7")

// levelPaymentClosedForm is r / (1 − (1 + r)^−N), written r P / (P − 1) with
// P = (1 + r)^N so that P − 1 is exact; r must be positive.
func levelPaymentClosedForm(r decimal.Decimal, n int) decimal.Decimal {
	growth := power(one.Add(r), n) // (1 + r)^N
	return div(mul(r, growth), growth.Sub(one))
}

// levelPaymentSeries is the closed form's expansion in r to the second order:
// 1/N + r (N + 1)/(2N) + r² (N² − 1)/(12N); exact at r = 0 (1/N).
func levelPaymentSeries(r decimal.Decimal, n int) decimal.Decimal {
	big := decimal.NewFromInt(int64(n))
	first := div(big.Add(one), big.Mul(two))
	second := div(big.Mul(big).Sub(one), big.Mul(twelve))
	return div(one, big).Add(mul(r, first)).Add(mul(r.Mul(r), second))
}

// power is base^n by repeated squaring, rounded as the model's factors are.
func power(base decimal.Decimal, n int) decimal.Decimal {
	result := one
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result = round(result.Mul(base), places+8)
		}
		base = round(base.Mul(base), places+8)
	}
	return result
}

// newDebtSchedule draws debt_pct of each month's capex (t = 0..H) and repays
// each draw D at t by the level payment A = D × r / (1 − (1 + r)^−N) at the
// ends of months t + 1 … t + N; each month's interest is r × the draw's
// balance and its principal A − interest.
//
// All draws share r and N, so their schedules add up without being kept
// apart: the interest on the sum of the balances is the sum of the interests,
// and the payments due in month m are A per dollar times the draws of months
// m − N … m − 1. The balance is carried exactly, so the principal repaid plus
// the balance left at H is exactly the debt drawn.
func newDebtSchedule(f Finance, capexByMonth []decimal.Decimal) debtSchedule {
	horizon := len(capexByMonth) - 1
	ds := debtSchedule{
		draws:     make([]decimal.Decimal, horizon+1),
		interest:  make([]decimal.Decimal, horizon+1),
		principal: make([]decimal.Decimal, horizon+1),
		service:   make([]decimal.Decimal, horizon+1),
	}
	if f.DebtPctOfCapex.IsZero() {
		return ds
	}
	share := fraction(f.DebtPctOfCapex)
	for t, capex := range capexByMonth {
		if !capex.IsZero() {
			ds.draws[t] = mul(share, capex)
			ds.drawnUSD = ds.drawnUSD.Add(ds.draws[t])
		}
	}
	r := f.monthlyDebtRate()
	term := f.DebtTermMonths
	perDollar := levelPaymentFactor(r, term)
	// The balance and the interest are carried in coefficients, each
	// month's interest rounded in place; decimals are made of the figures
	// reported only. The payments, the interest and the principal are all
	// at the model's places.
	balance, interestUSD := newSum(ds.draws[0]), newSum(ds.interestUSD)
	rate := r.Coefficient()
	interest, principal := new(big.Int), new(big.Int)
	inService := zero                  // the draws of months m − N … m − 1
	service := decimal.New(0, -places) // the level payments on them, kept while they do not change
	serviceAt := service.Coefficient()
	for m := 1; m <= horizon; m++ {
		changed := !ds.draws[m-1].IsZero()
		inService = plus(inService, ds.draws[m-1])
		if old := m - 1 - term; old >= 0 && !ds.draws[old].IsZero() {
			inService, changed = inService.Sub(ds.draws[old]), true
		}
		if changed {
			service = round(mul(perDollar, inService), places)
			serviceAt = service.Coefficient()
		}
		// Once every draw is repaid, what the balance holds is the rounding of
		// the level payments (far below a cent): no interest runs on it.
		if !inService.IsZero() {
			ds.service[m], ds.principal[m] = service, service
			repaid := serviceAt // principal = service − interest
			if !r.IsZero() {
				owed, exp := balance.current()
				roundCoefficient(interest.Mul(rate, owed), r.Exponent()+exp, places)
				ds.interest[m] = decimal.NewFromBigInt(interest, -places)
				if interest.Sign() != 0 {
					repaid = principal.Sub(serviceAt, interest)
					ds.principal[m] = decimal.NewFromBigInt(repaid, -places)
					interestUSD.addCoefficient(interest, -places)
				}
			}
			if repaid.Sign() != 0 {
				balance.subCoefficient(repaid, -places)
			}
		}
		if !ds.draws[m].IsZero() {
			balance.add(ds.draws[m])
		}
	}
	ds.interestUSD, ds.balanceAtHorizonUSD = interestUSD.decimal(), balance.decimal()
	return ds
}
