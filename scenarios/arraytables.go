package scenarios

import (
	"bytes"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
	"github.com/pivot-tui/pivot-tui/model"
)

// arrayTable is a list a scenario file writes as an array of tables, one
// [[name]] block per element (the phases of a pivot). A save matches the
// file's blocks to the list's elements, in order, by the fewest changes:
// a block whose element is unchanged stays byte for byte, one whose element
// changed has its values rewritten where they stand (its comments stay), a
// block whose element went is taken out, and a new element gets a block
// of its own. The comments outside the blocks always stay: a note above a
// removed phase may speak of the phases as a whole.
type arrayTable struct {
	name string
	// after is the table Marshal writes the blocks after.
	after string
	// keys are an element's keys, in the order Marshal writes them.
	keys []string
	// count is the length of s's list.
	count func(s *model.Scenario) int
	// value is key name of element i of s's list as Marshal writes it, and
	// its comment.
	value func(s *model.Scenario, i int, name string) (text, comment string)
	// holds reports whether the value at, written for key name, reads as
	// element i of s's list.
	holds func(s *model.Scenario, i int, name string, at *valueAt) bool
}

// arrayTables lists the arrays of tables of the format.
var arrayTables = []arrayTable{phaseTable}

// phaseTable holds the pivot's phases (spec §10).
var phaseTable = arrayTable{
	name:  phasesKey,
	after: "ai",
	keys:  phaseNames,
	count: func(s *model.Scenario) int { return len(s.AI.Phases) },
	value: func(s *model.Scenario, i int, name string) (string, string) {
		k := phaseKey(name)
		comment := describeField(model.Field{Comment: k.Comment, Unit: k.Unit})
		if name == "mw" {
			return formatNumber(s.AI.Phases[i].MW), comment
		}
		return tomlString(s.AI.Phases[i].Live.String()), comment
	},
	holds: func(s *model.Scenario, i int, name string, at *valueAt) bool {
		p := s.AI.Phases[i]
		if name == "mw" {
			mw, err := tomlNumber(at.data)
			return (at.kind == unstable.Integer || at.kind == unstable.Float) && err == nil && mw.Equal(p.MW)
		}
		live, err := model.ParseYearMonth(at.data)
		return at.kind == unstable.String && err == nil && live == p.Live
	},
}

// phaseKey describes the phase key name.
func phaseKey(name string) model.PhaseKey {
	for _, k := range model.PhaseKeys() {
		if k.Name == name {
			return k
		}
	}
	return model.PhaseKey{Name: name}
}

// arrayTableNamed is the array of tables called name, if the format has it.
func arrayTableNamed(name string) (arrayTable, bool) {
	for _, at := range arrayTables {
		if at.name == name {
			return at, true
		}
	}
	return arrayTable{}, false
}

// equalLists reports whether a and b hold the same list.
func (at arrayTable) equalLists(a, b *model.Scenario) bool {
	if at.count(a) != at.count(b) {
		return false
	}
	for i := range at.count(a) {
		for _, name := range at.keys {
			text, _ := at.value(a, i, name)
			other, _ := at.value(b, i, name)
			if text != other {
				return false
			}
		}
	}
	return true
}

// lines is element i of s's list as Marshal writes it: the [[name]] header,
// with note after it (or none), and its keys.
func (at arrayTable) lines(s *model.Scenario, i int, note string) []codeLine {
	lines := []codeLine{{"[[" + at.name + "]]", note}}
	for _, name := range at.keys {
		text, comment := at.value(s, i, name)
		lines = append(lines, codeLine{name + " = " + text, comment})
	}
	return lines
}

// inline is s's list as an inline array: [{ mw = 40, live = "2028-01" }].
func (at arrayTable) inline(s *model.Scenario) string {
	var elements []string
	for i := range at.count(s) {
		var pairs []string
		for _, name := range at.keys {
			text, _ := at.value(s, i, name)
			pairs = append(pairs, name+" = "+text)
		}
		elements = append(elements, "{ "+strings.Join(pairs, ", ")+" }")
	}
	return "[" + strings.Join(elements, ", ") + "]"
}

// holdsElement reports whether block b reads as element i of s's list:
// every key written once, as the element has it, and nothing else.
func (at arrayTable) holdsElement(b *arrayBlock, s *model.Scenario, i int) bool {
	if b.odd || len(b.values) != len(at.keys) {
		return false
	}
	for _, name := range at.keys {
		if v := b.values[name]; v == nil || !at.holds(s, i, name, v) {
			return false
		}
	}
	return true
}

// writeArrays rewrites each array of tables whose list differs from s's.
// Blocks to add where the file has none are returned as blocks, and an
// array written inside an inline table's braces (ai = { ... }) adds to
// pairs; inlines lists the inline tables pairs gained.
func (l *layout) writeArrays(s *model.Scenario, pairs map[*tableAt][]string, inlines []*tableAt) ([]edit, []block, []*tableAt) {
	var edits []edit
	var blocks []block
	for _, at := range arrayTables {
		if v := l.values[at.name]; v != nil {
			edits = append(edits, l.writeInlineArray(at, v, s)...)
			continue
		}
		if len(l.arrays[at.name]) > 0 {
			edits = append(edits, l.alignBlocks(at, s)...)
			continue
		}
		if at.count(s) == 0 {
			continue
		}
		if owner := l.tables[at.after]; owner != nil && owner.inline() != nil {
			// A closed inline table cannot be extended by a header.
			inline := owner.inline()
			if !slices.Contains(inlines, inline) {
				inlines = append(inlines, inline)
			}
			key := at.name[len(at.after)+1:]
			pairs[inline] = append(pairs[inline], owner.prefixFor(inline)+key+" = "+at.inline(s))
			continue
		}
		var parts []string
		for i := range at.count(s) {
			note := ""
			if i == 0 {
				note = tableNotes[at.name]
			}
			parts = append(parts, l.lines(at.lines(s, i, note), l.commentColumn(l.canonicalPlace(at.name))))
		}
		blocks = append(blocks, block{at: l.canonicalPlace(at.name), rank: sectionRank(at.name), text: strings.Join(parts, l.eol)})
	}
	return edits, blocks, inlines
}

// writeInlineArray rewrites a list written as an inline array
// (phases = [{ ... }]) whole when it differs: its elements have no lines
// of their own to patch. (An emptied list goes with its key, see
// reshapeArrays.)
func (l *layout) writeInlineArray(at arrayTable, v *valueAt, s *model.Scenario) []edit {
	if at.count(s) == 0 {
		return nil
	}
	if len(v.elements) == at.count(s) {
		same := true
		for i, b := range v.elements {
			same = same && at.holdsElement(b, s, i)
		}
		if same {
			return nil
		}
	}
	return []edit{{start: v.raw.start, end: v.raw.end, text: at.inline(s)}}
}

// alignBlocks matches the file's blocks of at to s's list by the fewest
// changes (an edit distance: keep, rewrite, remove or add one element) and
// makes those changes.
func (l *layout) alignBlocks(at arrayTable, s *model.Scenario) []edit {
	blocks := l.arrays[at.name]
	m, n := len(blocks), at.count(s)
	// cost[j][i] is the fewest changes that turn blocks[j:] into elements[i:].
	cost := make([][]int, m+1)
	for j := range cost {
		cost[j] = make([]int, n+1)
	}
	for j := m; j >= 0; j-- {
		for i := n; i >= 0; i-- {
			switch {
			case j == m:
				cost[j][i] = n - i
			case i == n:
				cost[j][i] = m - j
			case at.holdsElement(blocks[j], s, i):
				cost[j][i] = cost[j+1][i+1]
			default:
				cost[j][i] = 1 + min(cost[j+1][i+1], cost[j+1][i], cost[j][i+1])
			}
		}
	}
	var edits []edit
	removed := make([]bool, m)
	var added []string // new elements waiting to go in before blocks[j]
	flush := func(j int) {
		if len(added) == 0 {
			return
		}
		if j > 0 { // after the block before
			offset := blocks[j-1].end
			text := l.startLine(offset) + l.eol + strings.Join(added, l.eol)
			edits = append(edits, edit{start: offset, end: offset, text: text})
		} else { // above the first block and the comments attached to it
			offset := blocks[0].attached
			edits = append(edits, edit{start: offset, end: offset, text: l.blankLine(offset) + strings.Join(added, l.eol) + l.eol})
		}
		added = nil
	}
	column := l.blockColumn(at, blocks)
	j, i := 0, 0
	for j < m || i < n {
		switch {
		case j < m && i < n && at.holdsElement(blocks[j], s, i) && cost[j][i] == cost[j+1][i+1]:
			flush(j)
			j, i = j+1, i+1
		case j < m && i < n && cost[j][i] == 1+cost[j+1][i+1]:
			flush(j)
			edits = append(edits, l.rewriteBlock(at, blocks[j], s, i, column)...)
			j, i = j+1, i+1
		case j < m && cost[j][i] == 1+cost[j+1][i]:
			flush(j)
			removed[j] = true
			j++
		default:
			added = append(added, l.lines(at.lines(s, i, ""), column))
			i++
		}
	}
	flush(m)
	return append(edits, l.removeBlocks(blocks, removed)...)
}

// rewriteBlock makes block b read as element i of s's list: each value that
// differs is rewritten where it stands, so the block's comments stay. A
// block that does not hold each key once (in a file that does not load)
// keeps its header line and has its keys written anew.
func (l *layout) rewriteBlock(at arrayTable, b *arrayBlock, s *model.Scenario, i, column int) []edit {
	complete := !b.odd && len(b.values) == len(at.keys)
	for _, name := range at.keys {
		complete = complete && b.values[name] != nil
	}
	if !complete {
		lines := at.lines(s, i, "")[1:]
		return []edit{{start: b.header.end, end: b.end, text: l.startLine(b.header.end) + l.lines(lines, column)}}
	}
	var edits []edit
	for _, name := range at.keys {
		if v := b.values[name]; !at.holds(s, i, name, v) {
			text, _ := at.value(s, i, name)
			edits = append(edits, l.replaceValue(v, text))
		}
	}
	return edits
}

// removeBlocks takes out the blocks marked removed, each run of them that
// only blank lines part as one. The blank lines on either side of a run
// close up to the wider of the two gaps, so paragraphs stay apart; to none
// when the run stood right below a comment or code and a kept block
// follows, so a note above the run now heads the next block, and to none
// at the end of the file.
func (l *layout) removeBlocks(blocks []*arrayBlock, removed []bool) []edit {
	var edits []edit
	for j := 0; j < len(blocks); j++ {
		if !removed[j] {
			continue
		}
		start, end := blocks[j].start, blocks[j].end
		for ; j+1 < len(blocks) && removed[j+1] && l.blank(end, blocks[j+1].start); j++ {
			end = blocks[j+1].end
		}
		before := 0
		if text := bytes.TrimRight(l.data[:start], " \t\r\n"); len(text) > 0 {
			before = l.lineEnd(len(text))
		}
		after := len(l.data)
		if text := bytes.TrimLeft(l.data[end:], " \t\r\n"); len(text) > 0 {
			after = l.lineAt(len(l.data) - len(text)).start
		}
		gapBefore, gapAfter := bytes.Count(l.data[before:start], []byte("\n")), bytes.Count(l.data[end:after], []byte("\n"))
		nextKept := j+1 < len(blocks) && !removed[j+1] && blocks[j+1].attached == after
		gap := max(gapBefore, gapAfter)
		if after == len(l.data) || gapBefore == 0 && nextKept {
			gap = 0
		}
		edits = append(edits, edit{start: before, end: after, text: strings.Repeat(l.eol, gap)})
	}
	return edits
}

// blank reports whether only blank lines lie between offsets from and to.
func (l *layout) blank(from, to int) bool {
	return len(bytes.TrimSpace(l.data[from:to])) == 0
}

// blockColumn is where the trailing comments of the blocks' keys start,
// so a block added among them lines up; else the comments' column before.
func (l *layout) blockColumn(at arrayTable, blocks []*arrayBlock) int {
	for _, b := range blocks {
		for _, name := range at.keys {
			if v := b.values[name]; v != nil && v.comment >= 0 {
				return l.column(v.comment)
			}
		}
	}
	return l.commentColumn(blocks[0].start)
}
