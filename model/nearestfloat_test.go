package model

import (
	"math"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// nearestFloat is big.Int's Float64, bit for bit: on random magnitudes of one
// to six words, and on the edges of its rounding.
func TestNearestFloatIsBigIntsFloat64(t *testing.T) {
	if bits.UintSize != 64 {
		t.Skip("nearestFloat reads 64-bit words; toFloat does not call it on narrower ones")
	}
	check := func(x *big.Int) {
		t.Helper()
		want, _ := x.Float64()
		if got := nearestFloat(x.Bits()); got != want {
			t.Fatalf("nearestFloat(%s) = %v, Float64 gives %v", x, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		words := make([]big.Word, 1+rng.IntN(6))
		for i := range words {
			words[i] = big.Word(rng.Uint64() >> rng.IntN(64))
		}
		check(new(big.Int).SetBits(words))
	}
	pow2 := func(k int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(k)) }
	// Every bit length from one word to five, so that the leading word is
	// full (a shift of 0) as often as not: mantissa × 2^k plus half of 2^k
	// is a tie, which goes to the even mantissa; with any lower bit set it
	// rounds up; just below the half it rounds down. 2^53 − 1 rounds up to
	// 2^53 and carries into the exponent.
	for length := 54; length <= 320; length++ {
		k := length - 53
		for _, mantissa := range []int64{1 << 52, 1<<52 + 1, 1<<52 + 2, 1<<53 - 2, 1<<53 - 1} {
			base := new(big.Int).Lsh(big.NewInt(mantissa), uint(k))
			check(base)
			tie := new(big.Int).Add(base, pow2(k-1))
			check(tie)
			check(new(big.Int).Add(tie, big.NewInt(1)))
			check(new(big.Int).Sub(tie, big.NewInt(1)))
			if k > 1 {
				check(new(big.Int).Add(tie, pow2(k-2)))
			}
			check(new(big.Int).Add(base, new(big.Int).Sub(pow2(k), big.NewInt(1)))) // every dropped bit set
		}
	}
	// The top of float64's range: the largest float, the tie above it, which
	// rounds to 2^1024 and so to +Inf, and numbers far beyond it.
	maxFloat := new(big.Int).Lsh(big.NewInt(1<<53-1), 1024-53)
	check(maxFloat)
	check(new(big.Int).Add(maxFloat, pow2(1024-55)))
	check(new(big.Int).Add(maxFloat, pow2(1024-54)))
	check(pow2(1024))
	check(pow2(2000))
	check(new(big.Int))
	check(big.NewInt(1))
	check(new(big.Int).SetUint64(1<<64 - 1))
}

// toFloat is the coefficient's nearest float64 times 10^exponent, on small
// and large coefficients, either sign.
func TestToFloatScalesTheNearestCoefficient(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	values := []decimal.Decimal{{}, d("1"), d("-1"), decimal.New(999999999999999999, -3), decimal.New(-999999999999999999, -30),
		d("1000000000000000000"), d("-9223372036854775807"), d("9223372036854775808"), d("123456789012345678901234567890.5")}
	for range 5000 {
		values = append(values, randomDecimal(rng))
	}
	for _, v := range values {
		coefficient, _ := v.Coefficient().Float64()
		if got, want := toFloat(v), coefficient*math.Pow10(int(v.Exponent())); got != want {
			t.Fatalf("toFloat(%s) = %v, want %v", v, got, want)
		}
	}
}
