package model

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// places is the number of decimal places that divisions, roots and repeated
// products (growth and discount factors) keep: far below a cent on any figure
// the model reports. A single product of two such figures is kept exact, so
// sums of monthly rows equal the totals to the last digit.
const places = 20

var (
	zero       = decimal.Zero
	one        = decimal.NewFromInt(1)
	two        = decimal.NewFromInt(2)
	hundred    = decimal.NewFromInt(100)
	thousand   = decimal.NewFromInt(1000)
	twelve     = decimal.NewFromInt(12)
	half       = d("0.5")
	blocksADay = decimal.NewFromInt(144)
	// spec §1: every month is 365.25/12 days = 730.5 hours.
	daysPerMonth  = d("30.4375")
	hoursPerMonth = d("730.5")
)

// significantDigits is the least precision a quotient keeps, however small:
// extreme but valid scenarios produce tiny rates and prices that a fixed
// number of places would round to zero.
const significantDigits = 24

// div divides to the model's precision, and to at least significantDigits
// significant digits; the divisor must not be zero.
func div(a, b decimal.Decimal) decimal.Decimal {
	if a.IsZero() {
		return a
	}
	// magnitude estimates log10|a/b| to within one.
	magnitude := a.NumDigits() + int(a.Exponent()) - b.NumDigits() - int(b.Exponent())
	return a.DivRound(b, int32(max(places, significantDigits-magnitude)))
}

// trimmed is v with the trailing zeros of its coefficient dropped: the same
// number, cheaper to multiply by. A quotient that ends (9 / 1200 = 0.0075)
// comes out of div padded to its 20-odd places.
func trimmed(v decimal.Decimal) decimal.Decimal {
	c, exp := v.Coefficient(), v.Exponent()
	if c.Sign() == 0 {
		return v
	}
	ten := big.NewInt(10)
	for q, r := new(big.Int), new(big.Int); ; exp++ {
		if q.QuoRem(c, ten, r); r.Sign() != 0 {
			break
		}
		c, q = q, c
	}
	return decimal.NewFromBigInt(c, exp)
}

// sumOf and difference are a.Add(b) and a.Sub(b), value and exponent
// alike, sparing the copy Add and Sub make of one operand when the other is
// a zero at no lesser exponent (a month's power passed through, or a mining
// part that is off).
func sumOf(a, b decimal.Decimal) decimal.Decimal {
	switch {
	case b.IsZero() && a.Exponent() <= b.Exponent():
		return a
	case a.IsZero() && b.Exponent() <= a.Exponent():
		return b
	}
	return a.Add(b)
}

func difference(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() && a.Exponent() <= b.Exponent() {
		return a
	}
	return a.Sub(b)
}

// mul multiplies exactly.
func mul(a, b decimal.Decimal) decimal.Decimal { return a.Mul(b) }

// product is a × b remembered for the last operands, which months on end
// share (a flat power price, a constant share of the site): the same
// decimals, told by identity, have the same product.
type product struct {
	a, b, ab decimal.Decimal
	set      bool
}

func (p *product) of(a, b decimal.Decimal) decimal.Decimal {
	if !p.set || a != p.a || b != p.b {
		p.a, p.b, p.ab, p.set = a, b, mul(a, b), true
	}
	return p.ab
}

// fraction turns a percent into a fraction (97 → 0.97), exactly.
func fraction(pct decimal.Decimal) decimal.Decimal { return pct.Shift(-2) }

func nullOf(v decimal.Decimal) decimal.NullDecimal { return decimal.NewNullDecimal(v) }

// scaled is value × factor for each month; a factor of 1 leaves the value
// as it is, which spares a month of a flat path a multiplication.
func scaled(value decimal.Decimal, factors []decimal.Decimal) []decimal.Decimal {
	out := make([]decimal.Decimal, len(factors))
	for i, f := range factors {
		if f.Equal(one) {
			out[i] = value
			continue
		}
		out[i] = mul(value, f)
	}
	return out
}
