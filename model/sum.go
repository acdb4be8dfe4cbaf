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
	value, spare *big.Int // nil until first read or added to
	exp          int32
	added        bool
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
	s.value.Add(s.value, s.aligned(c, exp))
}

// subCoefficient subtracts c × 10^exp as Sub would, leaving c as it is.
func (s *sum) subCoefficient(c *big.Int, exp int32) {
	s.value.Sub(s.value, s.aligned(c, exp))
}

// current is the total so far, its coefficient (not to be modified) and
// exponent.
func (s *sum) current() (*big.Int, int32) {
	s.init()
	return s.value, s.exp
}

func (s *sum) init() {
	if s.value == nil {
		s.value, s.spare, s.exp = s.start.Coefficient(), new(big.Int), s.start.Exponent()
	}
}

// aligned brings the total and the term c × 10^exp to the lesser exponent,
// and returns the term's coefficient there.
func (s *sum) aligned(c *big.Int, exp int32) *big.Int {
	s.init()
	s.added = true
	switch {
	case exp < s.exp:
		s.spare.Mul(s.value, pow10Int(s.exp-exp))
		s.value, s.spare, s.exp = s.spare, s.value, exp
	case exp > s.exp:
		return s.scaled.Mul(c, pow10Int(exp-s.exp))
	}
	return c
}

// decimal is the total: start itself when nothing was added.
func (s *sum) decimal() decimal.Decimal {
	if !s.added {
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
