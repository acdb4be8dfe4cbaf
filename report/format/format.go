// Package format writes the model's figures for people: one place for money,
// rates, percents and counts, shared by the dashboard and every export.
package format

import (
	"math"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// minus is the typographic minus sign, which lines up with digits.
const minus = "−"

// largeFigure is the size from which Grouped writes a number as digits and
// a power of ten (1.235e21): no real site's figure comes near it, and an
// extreme but valid scenario (a network of 1e-9000 EH/s) makes hashprices
// of thousands of digits, which no screen or memo line could hold.
var largeFigure = decimal.New(1, 21)

// Grouped writes a number with comma thousands separators and a fixed number
// of decimals: 1234567.891 with 2 places is "1,234,567.89"; from largeFigure
// on, four significant digits and the power of ten: "1.235e21".
func Grouped(value decimal.Decimal, places int32) string {
	if value.Abs().GreaterThanOrEqual(largeFigure) {
		return scientific(value, 4)
	}
	text := value.Abs().StringFixed(places)
	whole, frac, hasFrac := strings.Cut(text, ".")
	var b strings.Builder
	if value.Round(places).IsNegative() {
		b.WriteString(minus)
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// scientific writes value with digits significant digits and its power of
// ten: "1.235e21", "−4.0e9003".
func scientific(value decimal.Decimal, digits int32) string {
	abs := value.Abs()
	magnitude := int32(abs.NumDigits()) + abs.Exponent() - 1 // the power of ten of the first digit
	mantissa := abs.Shift(-magnitude).Round(digits - 1)
	if mantissa.GreaterThanOrEqual(decimal.NewFromInt(10)) { // 9.9996 rounds to 10.000
		mantissa, magnitude = mantissa.Shift(-1).Round(digits-1), magnitude+1
	}
	text := mantissa.StringFixed(digits-1) + "e" + strconv.Itoa(int(magnitude))
	if value.IsNegative() {
		return minus + text
	}
	return text
}

// USD writes an amount in full dollars and cents: "$1,234,567.89", "−$250,000.00".
func USD(value decimal.Decimal) string { return dollars(Grouped(value, 2)) }

// USDWhole writes an amount in whole dollars: "$1,234,568".
func USDWhole(value decimal.Decimal) string { return dollars(Grouped(value, 0)) }

func dollars(grouped string) string {
	if rest, ok := strings.CutPrefix(grouped, minus); ok {
		return minus + "$" + rest
	}
	return "$" + grouped
}

var (
	shortLimit = decimal.New(1, 15)
	thousand   = decimal.NewFromInt(1_000)
	million    = decimal.NewFromInt(1_000_000)
	billion    = decimal.NewFromInt(1_000_000_000)
)

// USDShort writes an amount compactly for cards and charts: "$1.52B",
// "−$54.4M", "$763.9k", "$950": two decimals below ten units, one above;
// from a thousand billion on, three digits and the power of ten: "$1.23e15".
func USDShort(value decimal.Decimal) string {
	abs := value.Abs()
	var scaled decimal.Decimal
	suffix := ""
	switch {
	case abs.GreaterThanOrEqual(shortLimit):
		return dollars(scientific(value, 3))
	case abs.GreaterThanOrEqual(billion):
		scaled, suffix = value.Div(billion), "B"
	case abs.GreaterThanOrEqual(million):
		scaled, suffix = value.Div(million), "M"
	case abs.GreaterThanOrEqual(thousand):
		scaled, suffix = value.Div(thousand), "k"
	default:
		return USDWhole(value)
	}
	places := int32(2)
	if scaled.Abs().GreaterThanOrEqual(decimal.NewFromInt(10)) {
		places = 1
	}
	return dollars(Grouped(scaled, places)) + suffix
}

// USDShortFloat writes a sampled amount (the risk views and the charts work
// in float64) as USDShort does, to the whole dollar; a value that is not a
// finite number, which no figure should be, reads "n/a" rather than panic.
func USDShortFloat(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a"
	}
	return USDShort(decimal.NewFromFloat(v).Round(0))
}

// Price writes a per-unit price with its unit: Price(3.878, 2, "/GPU-h") is "$3.88/GPU-h".
func Price(value decimal.Decimal, places int32, unit string) string {
	return dollars(Grouped(value, places)) + unit
}

// Percent writes a percent: "12.3 %".
func Percent(value decimal.Decimal, places int32) string {
	return Grouped(value, places) + " %"
}

// Coverage writes a debt-service coverage ratio: "1.35×".
func Coverage(value decimal.Decimal) string { return Grouped(value, 2) + "×" }

// Number writes a plain quantity with its unit: Number(2976.19, 1, "PH/s") is "2,976.2 PH/s".
func Number(value decimal.Decimal, places int32, unit string) string {
	text := Grouped(value, places)
	if unit != "" {
		text += " " + unit
	}
	return text
}

// Optional writes a nullable figure with the given writer, or the text for a missing value.
func Optional(value decimal.NullDecimal, write func(decimal.Decimal) string, missing string) string {
	if !value.Valid {
		return missing
	}
	return write(value.Decimal)
}

// Months writes a month count, or "never" for the 0 the model uses for none.
func Months(months int) string {
	switch months {
	case 0:
		return "never"
	case 1:
		return "1 month"
	}
	return decimal.NewFromInt(int64(months)).String() + " months"
}
