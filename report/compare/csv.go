package compare

import (
	"encoding/csv"
	"io"
)

// CSV writes the comparison for a spreadsheet: a row per figure and per
// differing input, a column per scenario, every figure exact (dollars to
// the cent, an empty cell where there is none). The first two columns are
// the row's key and its section; the third its label.
func CSV(w io.Writer, c Comparison) error {
	out := csv.NewWriter(w)
	n := len(c.Docs)
	records := [][]string{
		append([]string{"key", "section", "label"}, c.Names()...),
		append([]string{"source", "", "File"}, c.Sources()...),
	}
	for _, sec := range c.Sections {
		for _, r := range sec.Rows {
			record := make([]string, 0, 3+n)
			record = append(record, r.Key, sec.Title, r.Label)
			for _, cell := range r.Cells {
				record = append(record, cell.Raw)
			}
			records = append(records, record)
		}
	}
	for _, d := range c.Differences {
		record := make([]string, 0, 3+n)
		record = append(record, "input."+d.Key, "Inputs that differ", d.Label)
		for _, v := range d.Values {
			record = append(record, fileText(v))
		}
		records = append(records, record)
	}
	if err := out.WriteAll(records); err != nil {
		return err
	}
	return out.Error()
}
