package model

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// randomDecimal is up to 60 digits at an exponent from −50 to 5, either
// sign; one in eight is zero, at an exponent of its own or decimal's zero.
func randomDecimal(rng *rand.Rand) decimal.Decimal {
	switch rng.IntN(16) {
	case 0:
		return decimal.Decimal{}
	case 1:
		return decimal.New(0, -rng.Int32N(30))
	}
	digits := make([]byte, 1+rng.IntN(60))
	for i := range digits {
		digits[i] = byte('0' + rng.IntN(10))
	}
	v := decimal.RequireFromString(string(digits)).Shift(5 - rng.Int32N(56))
	if rng.IntN(2) == 0 {
		v = v.Neg()
	}
	return v
}

// sameDecimal is the same value at the same exponent: what a chain of Add
// leaves, which the IRR's float conversion reads.
func sameDecimal(a, b decimal.Decimal) bool {
	return a.Equal(b) && a.Exponent() == b.Exponent()
}

// A sum is the chain of Add and Sub it replaces, value and exponent, with
// products as Mul gives them, from any start, read at any point; with no
// terms it is the start itself.
func TestSumIsAChainOfAdd(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 500 {
		start := randomDecimal(rng)
		want, s := start, newSum(start)
		for range rng.IntN(12) {
			a := randomDecimal(rng)
			switch rng.IntN(4) {
			case 0:
				want = want.Add(a)
				s.add(a)
				continue
			case 1:
				want = want.Sub(a)
				s.subCoefficient(a.Coefficient(), a.Exponent())
				continue
			case 2:
				if c, exp := s.current(); !sameDecimal(decimal.NewFromBigInt(c, exp), want) {
					t.Fatalf("trial %d: the sum so far is %s × 10^%d, Add gives %s", trial, c, exp, want)
				}
				continue
			}
			b := randomDecimal(rng)
			want = want.Add(a.Mul(b))
			s.addProduct(a, b)
		}
		if got := s.decimal(); !sameDecimal(got, want) {
			t.Fatalf("trial %d: sum from %s is %s × 10^%d, Add gives %s × 10^%d",
				trial, start, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
		}
	}
	if empty := newSum(d("1.50")); empty.decimal().Exponent() != -2 {
		t.Errorf("a sum without terms is not its start")
	}
}

// powers carries its chain in place, each power the one before times the
// base, rounded as decimal's Round rounds it.
func TestPowersAreRoundedProducts(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	bases := []decimal.Decimal{one, d("0.5"), div(one, monthlyFactor(d("12"))), monthlyFactor(d("3")), d("-1.0000000000000000000000000005"), d("12.5")}
	for range 50 {
		bases = append(bases, randomDecimal(rng).Shift(-20))
	}
	for _, base := range bases {
		got := powers(base, 30)
		want := one
		for i, p := range got {
			if !sameDecimal(p, want) {
				t.Fatalf("powers(%s)[%d] = %s, want %s", base, i, p, want)
			}
			want = want.Mul(base).Round(places)
		}
	}
	if len(powers(d("2"), 0)) != 0 {
		t.Errorf("powers of none are not empty")
	}
}

// sumOf and difference are Add and Sub, value and exponent, zeros included.
func TestSumOfAndDifferenceAreAddAndSub(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	for range 5000 {
		a, b := randomDecimal(rng), randomDecimal(rng)
		if got, want := sumOf(a, b), a.Add(b); !sameDecimal(got, want) {
			t.Fatalf("sumOf(%s × 10^%d, %s × 10^%d) = %s × 10^%d, Add gives %s × 10^%d", a.Coefficient(), a.Exponent(),
				b.Coefficient(), b.Exponent(), got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
		}
		if got, want := difference(a, b), a.Sub(b); !sameDecimal(got, want) {
			t.Fatalf("difference(%s × 10^%d, %s × 10^%d) = %s × 10^%d, Sub gives %s × 10^%d", a.Coefficient(), a.Exponent(),
				b.Coefficient(), b.Exponent(), got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
		}
	}
}

// A product is the product of the operands it is given, remembered only
// while they are the very same decimals.
func TestProductIsMulOfItsOperands(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	var p product
	a, b := randomDecimal(rng), randomDecimal(rng)
	for range 200 {
		switch rng.IntN(3) {
		case 0:
			a = randomDecimal(rng)
		case 1:
			b = randomDecimal(rng)
		}
		if got, want := p.of(a, b), a.Mul(b); !sameDecimal(got, want) {
			t.Fatalf("product of %s and %s is %s, Mul gives %s", a, b, got, want)
		}
	}
}
