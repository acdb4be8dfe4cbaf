package scenarios

import (
	"bytes"

	"github.com/pivot-tui/pivot-tui/model"
)

// arrayTable is a list a scenario file writes as an array of tables, one
// [[name]] block per element (the phases of a pivot, say). A save leaves
// the blocks byte for byte alone while the list is unchanged, and rewrites
// them all, canonically, when it is not: an element has no key to match
// it by, so a change cannot be placed any finer.
type arrayTable struct {
	name string
	// after is the table Marshal writes the blocks after.
	after string
	// equal compares the lists of two scenarios.
	equal func(a, b *model.Scenario) bool
	// lines are s's list as blocks, each "[[name]]" and its keys, with the
	// comments Marshal gives them; none for an empty list.
	lines func(s *model.Scenario) []codeLine
	// inline writes s's list as one key of the after table, for a file that
	// writes that table inline, where no block can follow: "key = [{...}]".
	inline func(s *model.Scenario) string
}

// arrayTables lists the arrays of tables of the format.
var arrayTables = []arrayTable{phasesTable}

// writeArrays rewrites each array of tables whose list differs from s's; a
// list for an inline table goes into pairs, the keys to add to its braces.
func (l *layout) writeArrays(s *model.Scenario, pairs map[*tableAt][]string) ([]edit, []block) {
	if len(arrayTables) == 0 {
		return nil, nil
	}
	current, err := ParseTOML("", l.data)
	if err != nil {
		return l.writeArrayTables(nil, s, pairs) // a file that does not load: rewrite them
	}
	return l.writeArrayTables(&current, s, pairs)
}

// writeArrayTables rewrites each array of tables whose list in current (the
// file as it loads, nil when it does not) differs from s's: the first
// block's place takes them all and the other blocks go; a file without
// blocks gets them as a new paragraph where Marshal writes them.
func (l *layout) writeArrayTables(current, s *model.Scenario, pairs map[*tableAt][]string) ([]edit, []block) {
	var edits []edit
	var blocks []block
	for _, at := range arrayTables {
		if current != nil && at.equal(current, s) {
			continue
		}
		lines := at.lines(s)
		spans := l.arrays[at.name]
		place := l.canonicalPlace(at.name)
		if len(spans) > 0 {
			place = spans[0].start
		}
		text := l.lines(lines, l.commentColumn(place))
		if len(spans) == 0 {
			if len(lines) == 0 {
				continue
			}
			if owner := l.tables[at.after]; owner != nil && owner.inline() != nil {
				inline := owner.inline()
				pairs[inline] = append(pairs[inline], owner.prefixFor(inline)+at.inline(s))
				continue
			}
			blocks = append(blocks, block{at: place, text: text})
			continue
		}
		edits = append(edits, edit{start: spans[0].start, end: spans[0].end, text: text})
		for i, b := range spans[1:] {
			// Blank lines between two blocks go with the second.
			if prev := spans[i].end; len(bytes.TrimSpace(l.data[prev:b.start])) == 0 {
				b.start = prev
			}
			edits = append(edits, edit{start: b.start, end: b.end})
		}
	}
	return edits, blocks
}
