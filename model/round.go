package model

import (
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// wordDigits is the most decimal digits one division of a word's remainder
// drops: 10^19 fits in 64 bits, 10^9 in 32.
const wordDigits = 9 + 10*(bits.UintSize/64)

// pow10Words[k] is 10^k, k = 0..wordDigits: the powers of ten that fit in a word.
var pow10Words = func() [wordDigits + 1]uint {
	var t [wordDigits + 1]uint
	t[0] = 1
	for k := 1; k < len(t); k++ {
		t[k] = t[k-1] * 10
	}
	return t
}()

// round is v.Round(places), digit for digit: halves away from zero, on
// either sign. decimal's Round truncates to places + 1 by a long division,
// adds ±5 and divides by ten again, which makes it the costliest step of a
// growth or discount factor; round divides the coefficient's own words by at
// most wordDigits digits at a time and reads the first dropped digit off the
// last remainder, which decides the rounding alone.
func round(v decimal.Decimal, places int32) decimal.Decimal {
	if int(-places-v.Exponent()) <= 0 {
		return v.Round(places) // nothing dropped: Round rescales exactly
	}
	c := v.Coefficient() // a copy: rounded in place
	return decimal.NewFromBigInt(roundCoefficient(c, v.Exponent(), places), -places)
}

// roundCoefficient rounds c × 10^exp to places as round does, in place: the
// result is c, the coefficient of the rounded value at exponent −places.
func roundCoefficient(c *big.Int, exp, places int32) *big.Int {
	drop := int(-places - exp) // digits to drop
	if drop <= 0 {
		if drop < 0 {
			c.Mul(c, pow10Int(int32(-drop)))
		}
		return c
	}
	negative := c.Sign() < 0
	words := c.Bits()
	for ; drop > wordDigits && len(words) > 0; drop -= wordDigits {
		words, _ = divideWords(words, pow10Words[wordDigits])
	}
	if len(words) == 0 {
		return c.SetInt64(0)
	}
	words, rest := divideWords(words, pow10Words[drop])
	if rest/pow10Words[drop-1] >= 5 { // the first digit dropped
		words = incrementWords(words)
	}
	c.SetBits(words)
	if negative {
		c.Neg(c)
	}
	return c
}

// divideWords divides a little-endian magnitude by d in place, returning it
// without leading zero words, and the remainder.
func divideWords[W ~uint](x []W, d uint) ([]W, uint) {
	var r uint
	for i := len(x) - 1; i >= 0; i-- {
		var q uint
		q, r = bits.Div(r, uint(x[i]), d)
		x[i] = W(q)
	}
	for len(x) > 0 && x[len(x)-1] == 0 {
		x = x[:len(x)-1]
	}
	return x, r
}

// incrementWords adds one to a little-endian magnitude.
func incrementWords[W ~uint](x []W) []W {
	for i := range x {
		x[i]++
		if x[i] != 0 {
			return x
		}
	}
	return append(x, 1)
}
