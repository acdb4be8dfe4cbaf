package model

import (
	"math/bits"

	"github.com/shopspring/decimal"
)

// pow10Words[k] is 10^k, k = 0..19: the powers of ten that fit in a word.
var pow10Words = func() [20]uint {
	var t [20]uint
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
// most 19 digits at a time and reads the first dropped digit off the last
// remainder, which decides the rounding alone.
func round(v decimal.Decimal, places int32) decimal.Decimal {
	drop := int(-places - v.Exponent()) // digits to drop
	if drop <= 0 || bits.UintSize != 64 {
		// Nothing dropped, Round rescales exactly; or words too narrow for
		// 19 digits at a time.
		return v.Round(places)
	}
	c := v.Coefficient() // a copy: divided in place
	negative := c.Sign() < 0
	words := c.Bits()
	for ; drop > 19 && len(words) > 0; drop -= 19 {
		words, _ = divideWords(words, pow10Words[19])
	}
	if len(words) == 0 {
		return decimal.New(0, -places)
	}
	words, rest := divideWords(words, pow10Words[drop])
	if rest/pow10Words[drop-1] >= 5 { // the first digit dropped
		words = incrementWords(words)
	}
	c.SetBits(words)
	if negative {
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, -places)
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
