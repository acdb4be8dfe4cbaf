package format

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// Field writes a scenario input with its unit as a person reads it:
// "$45.00/MWh", "97.0 %", "2028-04", "colocation lease". An unset optional field
// reads "auto".
func Field(f model.Field, s *model.Scenario) string {
	switch f.Kind {
	case model.KindFlag:
		if f.Flag(s) {
			return "yes"
		}
		return "no"
	case model.KindText:
		return printable.String(f.Format(s))
	case model.KindMonth, model.KindChoice:
		return f.Format(s)
	case model.KindMode:
		return Mode(f.Mode(s))
	}
	value, ok := f.Decimal(s)
	if !ok {
		return "auto"
	}
	return Value(value, Places(f, value), f.Unit)
}

// Value writes a number in a field's unit: dollar units lead with "$"
// (whole dollars unless places asks for cents), percents take " %", other
// units follow after a space.
func Value(value decimal.Decimal, places int32, unit string) string {
	switch {
	case unit == "$" && places <= 0:
		return USDWhole(value)
	case unit == "$":
		return dollars(Grouped(value, places))
	case strings.HasPrefix(unit, "$"):
		return Price(value, places, strings.TrimPrefix(unit, "$"))
	case unit == "%":
		return Percent(value, places)
	}
	return Number(value, places, unit)
}
