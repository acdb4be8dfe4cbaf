package model

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// firstBreachMonths is spec §15 on the deterministic price path of section 3:
// the first month m = 1..H whose LTV, loan / (held × price_m), reaches the
// margin-call LTV, and likewise the liquidation LTV; 0 when none does within
// the horizon, when no loan is left, or when no BTC backs it (spec §17).
func firstBreachMonths(s Scenario, loan, held decimal.Decimal) (marginCall, liquidation int) {
	if !loan.IsPositive() || !held.IsPositive() {
		return 0, 0
	}
	// LTV ≥ threshold ⇔ loan ≥ threshold × held × price × growth_m: no
	// division, and the product of the month's growth only.
	collateral := held.Mul(s.Bitcoin.PriceUSD)
	callAt := newProductCompare(loan, fraction(s.Treasury.MarginCallLTVPct).Mul(collateral))
	liquidationAt := newProductCompare(loan, fraction(s.Treasury.LiquidationLTVPct).Mul(collateral))
	for i, g := range growth(s.Bitcoin.PriceGrowthPctPerYear, s.HorizonMonths) {
		if marginCall == 0 && callAt.cmp(g) >= 0 {
			marginCall = i + 1
		}
		if liquidationAt.cmp(g) >= 0 {
			return marginCall, i + 1
		}
	}
	return marginCall, 0
}

// productCompare compares a fixed x with a fixed a times each of many b,
// exactly, without a decimal for each product.
type productCompare struct {
	x, a            *big.Int
	xExp, aExp      int32
	product, scaled big.Int
}

func newProductCompare(x, a decimal.Decimal) *productCompare {
	return &productCompare{x: x.Coefficient(), xExp: x.Exponent(), a: a.Coefficient(), aExp: a.Exponent()}
}

// cmp is x.Cmp(a × b).
func (c *productCompare) cmp(b decimal.Decimal) int {
	p, exp := c.product.Mul(c.a, b.Coefficient()), c.aExp+b.Exponent()
	switch {
	case c.xExp > exp:
		return c.scaled.Mul(c.x, pow10Int(c.xExp-exp)).Cmp(p)
	case c.xExp < exp:
		return c.x.Cmp(c.scaled.Mul(p, pow10Int(exp-c.xExp)))
	}
	return c.x.Cmp(p)
}

// loanBarriers are the BTC prices at which the loan left after the sale
// reaches its margin-call and liquidation LTVs, for the Monte Carlo's
// monthly price paths (spec §15), over month 1's price as the paths are.
// Without a loan left, or BTC to back it, there is nothing to test.
type loanBarriers struct {
	active                  bool
	marginCall, liquidation float64 // over month 1's BTC price
}

func newLoanBarriers(s Scenario) loanBarriers {
	if !s.HasTreasury {
		return loanBarriers{}
	}
	loan, held := loanAfterSale(s)
	_, call, liquidation := loanFigures(loan, held, s.Bitcoin.PriceUSD, s.Treasury)
	if !call.Valid {
		return loanBarriers{}
	}
	price := s.Bitcoin.PriceUSD
	return loanBarriers{active: true, marginCall: div(call.Decimal, price).InexactFloat64(),
		liquidation: div(liquidation.Decimal, price).InexactFloat64()}
}

// What a path's prices reached, as bits.
const (
	reachedMarginCall uint8 = 1 << iota
	reachedLiquidation
)

// reached checks a path's price at every month 1..H against both barriers:
// the LTV reaches a threshold when the price falls to its barrier.
func (b loanBarriers) reached(prices []float64) uint8 {
	if !b.active {
		return 0
	}
	lowest := prices[0]
	for _, p := range prices[1:] {
		lowest = min(lowest, p)
	}
	var hit uint8
	if lowest <= b.marginCall {
		hit |= reachedMarginCall
	}
	if lowest <= b.liquidation {
		hit |= reachedLiquidation
	}
	return hit
}

// shares are the shares of paths that reached each barrier; ok is false
// when there is nothing to test (the shares are then null).
func (b loanBarriers) shares(reached []uint8) (ok bool, marginCall, liquidation float64) {
	if !b.active || len(reached) == 0 {
		return false, 0, 0
	}
	calls, liquidations := 0, 0
	for _, r := range reached {
		if r&reachedMarginCall != 0 {
			calls++
		}
		if r&reachedLiquidation != 0 {
			liquidations++
		}
	}
	n := float64(len(reached))
	return true, float64(calls) / n, float64(liquidations) / n
}
