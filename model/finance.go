package model

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// npv is spec §6 on a strategy's cash flows (spec §10): Σ flow_m × disc[m]
// for m = 0..H, with disc[m] = 1/(1+rm)^m precomputed.
func npv(flows []decimal.Decimal, disc []decimal.Decimal) decimal.Decimal {
	total := newSum(flows[0])
	for m := 1; m < len(flows); m++ {
		total.addProduct(flows[m], disc[m])
	}
	return total.decimal()
}

// IRR bounds of spec §6 on the annualised rate, as monthly growth factors x = 1 + irr_m.
var (
	irrLowFactor  = math.Pow(1-0.9999, 1.0/12) // −99.99 % a year
	irrHighFactor = math.Pow(1+100, 1.0/12)    // +10,000 % a year
)

// irr is the annualised IRR in percent, (1 + irr_m)^12 − 1, or null when the
// series has no sign change or no root inside the spec's bounds.
//
// The root is a rate, not a ledger figure: it is located in float64 on the
// cash flows, to a precision (1e-15 on the monthly factor) far beyond the
// four digits it is shown with. Where a series changes sign more than once
// and has several roots, the lowest rate is reported: the conservative
// reading for an analyst.
func irr(flows []decimal.Decimal) decimal.NullDecimal {
	f := make([]float64, len(flows))
	var positive, negative bool
	for i, v := range flows {
		f[i] = toFloat(v)
		positive = positive || v.IsPositive()
		negative = negative || v.IsNegative()
	}
	if !positive || !negative {
		return decimal.NullDecimal{}
	}
	x, ok := lowestRoot(f)
	if !ok {
		return decimal.NullDecimal{}
	}
	annualPct := (math.Pow(x, 12) - 1) * 100
	return nullOf(decimal.NewFromFloat(annualPct))
}

// presentValue is the NPV at monthly factor x scaled by x^H, a polynomial
// Σ cf_m x^(H−m) evaluated by Horner's rule; it has the sign of the NPV.
func presentValue(flows []float64, x float64) float64 {
	value := 0.0
	for _, cf := range flows {
		value = value*x + cf
	}
	return value
}

// lowestRoot scans the allowed range from the lowest rate upwards for the
// first sign change of the NPV and bisects it. A conventional series (one
// sign change) has a single root, so the scan is one bracket.
func lowestRoot(flows []float64) (float64, bool) {
	steps := 200
	if signChanges(flows) == 1 {
		steps = 1
	}
	lo := irrLowFactor
	ratio := math.Pow(irrHighFactor/irrLowFactor, 1/float64(steps))
	fLo := presentValue(flows, lo)
	for range steps {
		if fLo == 0 {
			return lo, true
		}
		hi := lo * ratio
		fHi := presentValue(flows, hi)
		if (fLo < 0) != (fHi < 0) {
			return bisect(flows, lo, hi, fLo), true
		}
		lo, fLo = hi, fHi
	}
	return 0, false
}

// bisect narrows a bracket [lo, hi] whose ends differ in sign to 1e-15.
func bisect(flows []float64, lo, hi, fLo float64) float64 {
	for hi-lo > 1e-15 {
		mid := (lo + hi) / 2
		fMid := presentValue(flows, mid)
		if fMid == 0 {
			return mid
		}
		if (fMid < 0) == (fLo < 0) {
			lo, fLo = mid, fMid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

// signChanges counts the sign changes of a series, zeros skipped.
func signChanges(flows []float64) int {
	changes, last := 0, 0.0
	for _, v := range flows {
		if v == 0 {
			continue
		}
		if last != 0 && (v < 0) != (last < 0) {
			changes++
		}
		last = v
	}
	return changes
}

// toFloat converts without InexactFloat64's exact rational detour, which
// reduces the fraction first; a rate's root needs no more than float64 precision.
func toFloat(v decimal.Decimal) float64 {
	if exponent := v.Exponent(); exponent < -300 || exponent > 300 {
		// 10^exponent is beyond float64 or at its edge, where it keeps few
		// bits: a tiny site's figures, or thousands of digits beside a dollar.
		return longToFloat(v)
	}
	c := v.Coefficient()
	var coefficient float64
	if bits.UintSize == 64 {
		coefficient = nearestFloat(c.Bits()) // as big.Int's Float64 rounds it
		if c.Sign() < 0 {
			coefficient = -coefficient
		}
	} else {
		coefficient, _ = c.Float64() // nearestFloat reads 64-bit words
	}
	f := coefficient * math.Pow10(int(v.Exponent()))
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return longToFloat(v) // a coefficient beyond float64's range
	}
	return f
}

// longToFloat converts a figure beyond float64's reach on the way, through a
// binary float of floatBits bits, whose powers of ten cost a few dozen short
// multiplications: the coefficient and 10^|exponent| are each rounded once to
// floatBits, far finer than float64's 53. The exact detour (InexactFloat64)
// reduces a fraction of thousands of digits first, and decimal's rounding
// works out a power of ten of thousands of digits anew each time.
func longToFloat(v decimal.Decimal) float64 {
	const floatBits = 128
	f := new(big.Float).SetPrec(floatBits).SetInt(v.Coefficient())
	exponent := int64(v.Exponent())
	scale := new(big.Float).SetPrec(floatBits).SetInt64(1)
	ten := new(big.Float).SetPrec(floatBits).SetInt64(10)
	for n := max(exponent, -exponent); n > 0; n >>= 1 {
		if n&1 == 1 {
			scale.Mul(scale, ten)
		}
		ten.Mul(ten, ten)
	}
	if exponent < 0 {
		f.Quo(f, scale)
	} else {
		f.Mul(f, scale)
	}
	out, _ := f.Float64() // ±0 below float64's range, ±Inf above it
	return out
}

// nearestFloat is the float64 nearest a little-endian magnitude, halves to
// even: big.Int's Float64 without the big.Float it builds for more than 53
// bits. The 64 leading bits hold the 53 kept and the rounding bit; the rest
// only tell a half from a little more.
func nearestFloat[W ~uint](x []W) float64 {
	n := len(x)
	switch n {
	case 0:
		return 0
	case 1:
		return float64(uint64(x[0])) // Go converts to the nearest, halves to even
	}
	shift := bits.LeadingZeros64(uint64(x[n-1]))
	top := uint64(x[n-1])<<shift | uint64(x[n-2])>>(64-shift)
	sticky := uint64(x[n-2])<<shift != 0
	for _, w := range x[:n-2] {
		sticky = sticky || w != 0
	}
	mantissa, dropped := top>>11, top&(1<<11-1)
	if dropped > 1<<10 || dropped == 1<<10 && (sticky || mantissa&1 == 1) {
		mantissa++ // 2^53 at most, still exact
	}
	return math.Ldexp(float64(mantissa), 64*n-shift-53)
}
