package compare

import (
	"encoding/json"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
)

// Difference is an input whose value is not the same in every scenario.
type Difference struct {
	Key   string // the file's key: "bitcoin.price_usd"
	Label string // "BTC price"
	Unit  string // "$"; "" for none
	// Shown are the values as people read them, one per scenario: "$70,000",
	// "auto" for an unset optional value, "—" where the scenario's file has
	// no such table.
	Shown []string
	// Values are the values as a file holds them, one per scenario: a
	// json.Number, a string (text, a month, a mode) or a bool; nil for an
	// unset optional value or a missing table.
	Values []any
}

// differences lists the inputs that differ, in file order. The name is
// the columns' heading, not a difference.
func differences(results []*model.Result) []Difference {
	var out []Difference
	for _, f := range model.Fields() {
		if f.Key == "name" {
			continue
		}
		d := Difference{Key: f.Key, Label: f.Label, Unit: f.Unit}
		differs := false
		for _, res := range results {
			shown, value := inputValue(f, &res.Scenario)
			d.Shown = append(d.Shown, shown)
			d.Values = append(d.Values, value)
			differs = differs || shown != d.Shown[0] || fileText(value) != fileText(d.Values[0])
		}
		if differs {
			out = append(out, d)
		}
	}
	return out
}

// inputValue is a field's value in a scenario, for people and for files.
func inputValue(f model.Field, s *model.Scenario) (shown string, value any) {
	if !tablePresent(f, s) {
		return "—", nil
	}
	shown = format.Field(f, s)
	switch {
	case !f.IsSet(s):
		return shown, nil
	case f.Numeric():
		return shown, json.Number(f.Format(s))
	case f.Kind == model.KindFlag:
		return shown, f.Flag(s)
	}
	return shown, f.Format(s)
}

// tablePresent is false for a key of an optional table the scenario leaves
// out: its values are defaults the model does not use.
func tablePresent(f model.Field, s *model.Scenario) bool {
	if strings.HasPrefix(f.Key, "treasury.") {
		return s.HasTreasury
	}
	return true
}

// fileText writes a value as a file or a CSV cell holds it; "" for nil.
func fileText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case json.Number:
		return string(v)
	case string:
		return v
	case bool:
		if v {
			return "true"
		}
		return "false"
	}
	return ""
}
