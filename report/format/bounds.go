package format

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// Places is how many decimals a field's value is shown with: the field's
// own, or more when those would round the value onto a bound it does not
// reach. −99.999999 %/yr lies inside a growth rate's open bound of −100 and
// must not read −100.0 %/yr, nor 0.01 MW read 0.0 MW, nor 99.97 % uptime
// 100.0 %.
func Places(f model.Field, value decimal.Decimal) int32 {
	places := f.Places
	exact := max(places, -value.Exponent())
	for _, bound := range []decimal.Decimal{f.Min, f.Max} {
		if !reaches(value.Round(places), value, bound) {
			continue
		}
		// The first place at which value and the bound differ: rounding
		// there moves value by less than their gap.
		gap := value.Sub(bound).Abs()
		firstDigit := gap.Exponent() + int32(gap.NumDigits()) - 1
		places = max(places, -firstDigit)
		for places < exact && reaches(value.Round(places), value, bound) {
			places++
		}
	}
	return min(places, exact)
}

// reaches reports whether shown lands on or beyond bound while value does
// not lie on it.
func reaches(shown, value, bound decimal.Decimal) bool {
	if value.Equal(bound) {
		return false
	}
	if value.LessThan(bound) {
		return shown.GreaterThanOrEqual(bound)
	}
	return shown.LessThanOrEqual(bound)
}
