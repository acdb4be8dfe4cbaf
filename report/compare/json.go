package compare

import (
	"io"

	"github.com/pivot-tui/pivot-tui/report"
)

// jsonComparison is the JSON of pivot-tui compare: each scenario's report
// object exactly as report --format json writes it, the files they came
// from in the same order, and the inputs that differ.
type jsonComparison struct {
	Scenarios   []any            `json:"scenarios"`
	Sources     []string         `json:"sources"`
	Differences []jsonDifference `json:"differences"`
}

type jsonDifference struct {
	Key    string   `json:"key"`
	Label  string   `json:"label"`
	Unit   string   `json:"unit"`
	Values []any    `json:"values"`
	Shown  []string `json:"shown"`
}

// JSON writes the comparison for pipelines; the README documents its shape.
func JSON(w io.Writer, c Comparison) error {
	doc := jsonComparison{Sources: c.Sources(), Differences: []jsonDifference{}}
	for _, d := range c.Docs {
		doc.Scenarios = append(doc.Scenarios, report.Object(d))
	}
	for _, d := range c.Differences {
		doc.Differences = append(doc.Differences, jsonDifference{Key: d.Key, Label: d.Label, Unit: d.Unit, Values: d.Values, Shown: d.Shown})
	}
	return report.EncodeJSON(w, doc)
}
