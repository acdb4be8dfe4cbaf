package model

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// sum adds decimals up exactly, as a chain of Add from start would: the
// same value at the same exponent (the least of start's and the terms'),
// without a new big.Int for every term. It must not be copied once a term
// is added.
type sum struct {
	start        decimal.Decimal
	value, spare *big.Int // nil until the first term
	exp          int32
	// Scratch: a product being added, and a term scaled to exp.
	product, scaled big.Int
}

func newSum(start decimal.Decimal) sum { return sum{start: start} }

// add is start.Add(x)…: Add always rescales to the lesser exponent, even for
// a zero term.
func (s *sum) add(x decimal.Decimal) { s.addCoefficient(x.Coefficient(), x.Exponent()) }

// addProduct adds a × b, exact as Mul.
func (s *sum) addProduct(a, b decimal.Decimal) {
	s.product.Mul(a.Coefficient(), b.Coefficient())
	s.addCoefficient(&s.product, a.Exponent()+b.Exponent())
}

// addCoefficient adds c × 10^exp, leaving c as it is.
func (s *sum) addCoefficient(c *big.Int, exp int32) {
	if s.value == nil {
		s.value, s.spare, s.exp = s.start.Coefficient(), new(big.Int), s.start.Exponent()
	}
	switch {
	case exp < s.exp:
		s.spare.Mul(s.value, pow10Int(s.exp-exp))
		s.value, s.spare, s.exp = s.spare, s.value, exp
	case exp > s.exp:
		c = s.scaled.Mul(c, pow10Int(exp-s.exp))
	}
	s.value.Add(s.value, c)
}

// decimal is the total: start itself when nothing was added.
func (s *sum) decimal() decimal.Decimal {
	if s.value == nil {
		return s.start
	}
	return decimal.NewFromBigInt(s.value, s.exp)
}

// pow10Ints[k] is 10^k for the exponent gaps a ledger's figures have.
var pow10Ints = func() [64]*big.Int {
	var t [64]*big.Int
	ten := big.NewInt(10)
	t[0] = big.NewInt(1)
	for k := 1; k < len(t); k++ {
		t[k] = new(big.Int).Mul(t[k-1], ten)
	}
	return t
}()

// pow10Int is 10^k, k >= 0; the result must not be modified.
func pow10Int(k int32) *big.Int {
	if int(k) < len(pow10Ints) {
		return pow10Ints[k]
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
}
