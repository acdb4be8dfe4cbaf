package scenarios

import "github.com/pivot-tui/pivot-tui/model"

// arrayTable is a list a scenario file writes as an array of tables, one
// [[name]] block per element (the phases of a pivot, say). A save leaves
// the blocks byte for byte alone while the list is unchanged, and rewrites
// them all, canonically, when it is not: an element has no key to match
// it by, so a change cannot be placed any finer.
type arrayTable struct {
	name string
	// equal compares the lists of two scenarios.
	equal func(a, b *model.Scenario) bool
	// marshal writes s's list as blocks, each "[[name]]" and its keys, each
	// line ended by eol; "" for an empty list.
	marshal func(s *model.Scenario, eol string) string
}

// arrayTables lists the arrays of tables of the format, in Marshal's order
// among the tables (see sectionRank); none yet.
var arrayTables []arrayTable

// writeArrays rewrites each array of tables whose list differs from s's:
// the first block's place takes them all and the other blocks go; a file
// without blocks gets them where Marshal would write them.
func (l *layout) writeArrays(s *model.Scenario) ([]edit, bool) {
	return l.writeArrayTables(arrayTables, s)
}

func (l *layout) writeArrayTables(tables []arrayTable, s *model.Scenario) ([]edit, bool) {
	if len(tables) == 0 {
		return nil, true
	}
	current, err := ParseTOML("", l.data)
	known := err == nil // a file that does not load is rewritten
	var edits []edit
	for _, at := range tables {
		if known && at.equal(&current, s) {
			continue
		}
		text := at.marshal(s, l.eol)
		blocks := l.arrays[at.name]
		if len(blocks) == 0 {
			if text != "" {
				place := l.canonicalPlace(at.name)
				if place == len(l.data) {
					edits = append(edits, edit{start: place, end: place, text: l.startLine(place) + l.blankLine(place) + text})
				} else {
					edits = append(edits, edit{start: place, end: place, text: l.blankLine(place) + text + l.eol})
				}
			}
			continue
		}
		edits = append(edits, edit{start: blocks[0].start, end: blocks[0].end, text: text})
		for _, b := range blocks[1:] {
			edits = append(edits, edit{start: b.start, end: b.end})
		}
	}
	return edits, true
}
