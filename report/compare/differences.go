package compare

import (
	"encoding/json"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"

	"github.com/pivot-tui/pivot-tui/internal/printable"
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

// differences lists the inputs that differ, in file order: the keys of
// model.Fields, and the phases after the conversion they replace. The name
// is the columns' heading, not a difference.
func differences(results []*model.Result) []Difference {
	var out []Difference
	add := func(d Difference, value func(*model.Scenario) (string, any)) {
		differs := false
		for _, res := range results {
			shown, v := value(&res.Scenario)
			d.Shown = append(d.Shown, shown)
			d.Values = append(d.Values, v)
			differs = differs || shown != d.Shown[0] || fileText(v) != fileText(d.Values[0])
		}
		if differs {
			out = append(out, d)
		}
	}
	for _, f := range model.Fields() {
		if f.Key != "name" {
			add(Difference{Key: f.Key, Label: f.Label, Unit: f.Unit}, func(s *model.Scenario) (string, any) { return inputValue(f, s) })
		}
		if f.Key == "ai.conversion_months" {
			add(Difference{Key: "ai.phases", Label: "Phases"}, phases)
		}
	}
	return out
}

// phases are the pivot's [[ai.phases]]: "40 MW from 2028-01, 10 MW from
// 2029-06" and, for files, [{"mw": 40, "live": "2028-01"}, …]; "—" and
// nil for a pivot in one step (converted_mw and conversion_months).
func phases(s *model.Scenario) (string, any) {
	if len(s.AI.Phases) == 0 {
		return "—", nil
	}
	shown := make([]string, len(s.AI.Phases))
	values := make([]map[string]any, len(s.AI.Phases))
	for i, p := range s.AI.Phases {
		shown[i] = format.Number(p.MW, 1, "MW") + " from " + p.Live.String()
		values[i] = map[string]any{"mw": json.Number(model.FormatNumber(p.MW)), "live": p.Live.String()}
	}
	return strings.Join(shown, ", "), values
}

// inputValue is a field's value in a scenario, for people and for files.
func inputValue(f model.Field, s *model.Scenario) (shown string, value any) {
	if !inputUsed(f, s) {
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

// inputUsed is false for a key the model does not use in the scenario:
// one of an optional table ([treasury], [finance]) the file leaves out, the one-step conversion
// that phases replace, or the lease rate a contract value sets.
func inputUsed(f model.Field, s *model.Scenario) bool {
	switch {
	case strings.HasPrefix(f.Key, "treasury."):
		return s.HasTreasury
	case strings.HasPrefix(f.Key, "finance."):
		return s.HasFinance
	case f.Key == "ai.converted_mw", f.Key == "ai.conversion_months":
		return len(s.AI.Phases) == 0
	case f.Key == "ai.colocation.rate_usd_per_kw_month":
		return !s.AI.Colocation.ContractValueUSD.Valid // a contract value sets it
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
		return printable.String(v) // free text may hold any character
	case bool:
		if v {
			return "true"
		}
		return "false"
	default: // the phases
		data, _ := json.Marshal(v)
		return string(data)
	}
}
