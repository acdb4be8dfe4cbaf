package model

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// round is decimal's Round, digit for digit: halves away from zero, on both
// signs, at every number of places dropped.
func TestRoundIsDecimalsRound(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	cases := []string{"0.015", "-0.015", "0.0149999", "-0.0149999", "0.01500001", "2.5", "-2.5", "0.005", "1", "-0.0000000000000000000049"}
	for range 2000 {
		digits := make([]byte, 1+rng.IntN(60))
		for i := range digits {
			digits[i] = byte('0' + rng.IntN(10))
		}
		v := decimal.RequireFromString(string(digits)).Shift(-int32(rng.IntN(50)))
		if rng.IntN(2) == 0 {
			v = v.Neg()
		}
		cases = append(cases, v.String())
	}
	for _, c := range cases {
		v := d(c)
		for _, places := range []int32{0, 2, 20, 28} {
			if got, want := round(v, places), v.Round(places); !got.Equal(want) || got.Exponent() != want.Exponent() && !want.IsZero() {
				t.Fatalf("round(%s, %d) = %s, Round gives %s", c, places, got, want)
			}
		}
	}
}

func BenchmarkRound(b *testing.B) {
	v := d("123456789.123456789012345678901234567890123")
	b.Run("round", func(b *testing.B) {
		for b.Loop() {
			round(v, places)
		}
	})
	b.Run("Round", func(b *testing.B) {
		for b.Loop() {
			v.Round(places)
		}
	})
}

// trimmed drops trailing zeros only: the same number, the least exponent.
func TestTrimmed(t *testing.T) {
	for _, c := range []struct {
		in   decimal.Decimal
		want string
		exp  int32
	}{
		{div(d("9"), d("1200")), "0.0075", -4},
		{d("-120.500"), "-120.5", -1},
		{decimal.New(1200, 0), "1200", 2},
		{decimal.New(0, -20), "0", -20},
		{d("0.3333"), "0.3333", -4},
	} {
		got := trimmed(c.in)
		if got.String() != c.want || got.Exponent() != c.exp || !got.Equal(c.in) {
			t.Errorf("trimmed(%s) = %s × 10^%d, want %s with exponent %d", c.in, got.Coefficient(), got.Exponent(), c.want, c.exp)
		}
	}
}
