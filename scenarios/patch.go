package scenarios

import (
	"bytes"
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"
	"github.com/pivot-tui/pivot-tui/model"
)

// Patch returns the TOML scenario file old, changed so that it loads as s,
// keeping the user's comments, blank lines and key order byte for byte:
//
//   - a value that differs is rewritten where it stands; a trailing comment
//     after it keeps its column when the spaces before it allow;
//   - a key the file lacks is added after the last key of its table,
//     commented as Marshal comments it and aligned with its neighbours; a
//     commented-out line for it ("# hashprice_usd_per_ph_day = 40") becomes
//     the real line rather than a second one;
//   - a table the file lacks is added whole, in Marshal's order, before the
//     first table that comes after it; a commented-out "# [treasury]" block
//     is brought back rather than added again;
//   - an optional value that is cleared (the hashprice override) is
//     commented out, not deleted: the line keeps the user's figure and its
//     comment, reads as "not in force", and comes back when set again, as
//     Marshal writes an unset override;
//   - a treasury switched off is commented out line by line, for the same
//     reasons;
//   - a key that phases or a contract value leave out (conversion_months,
//     the rate) is commented out with the reason, as Marshal shows it, and
//     comes back when they go (see leftOutKeys);
//   - the phases ([[ai.phases]]) are matched to the file's blocks by the
//     fewest changes: a changed phase has its values rewritten in its block,
//     a removed one's block goes, a new one is added beside its neighbours
//     (see arrayTable); the first phase of a file without takes the place
//     of a commented-out example.
//
// old that is empty, is not TOML, or cannot be patched into a file that
// loads back as s gives Marshal(s) instead, so the result always loads as s.
func Patch(old []byte, s model.Scenario) []byte {
	if out, ok := patch(old, s); ok {
		return out
	}
	return Marshal(s)
}

var byteOrderMark = []byte("\uFEFF")

func patch(old []byte, s model.Scenario) ([]byte, bool) {
	text := bytes.TrimPrefix(old, byteOrderMark)
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, false // no previous content to keep
	}
	// First what changes the file's shape (lines commented out and back in),
	// then, on the reshaped file, the values.
	for _, plan := range []func(*layout, *model.Scenario) ([]edit, bool){reshape, writeValues} {
		l, err := indexTOML(text)
		if err != nil {
			return nil, false
		}
		edits, ok := plan(l, &s)
		if !ok {
			return nil, false
		}
		if text, err = apply(text, edits); err != nil {
			return nil, false
		}
	}
	got, err := ParseTOML("", text)
	if err != nil || !sameScenario(&got, &s) || !bytes.Equal(canonical(got), canonical(s)) {
		return nil, false
	}
	if bytes.HasPrefix(old, byteOrderMark) {
		text = append(append([]byte{}, byteOrderMark...), text...)
	}
	return text, true
}

// switchedTable is a table a scenario may lack altogether (spec §7 and §14:
// the treasury and the finance tables are optional).
type switchedTable struct {
	on  func(*model.Scenario) bool
	set func(*model.Scenario, bool)
}

var switchedTables = map[string]switchedTable{
	"treasury": {
		on:  func(s *model.Scenario) bool { return s.HasTreasury },
		set: func(s *model.Scenario, on bool) { s.HasTreasury = on },
	},
	"finance": {
		on:  func(s *model.Scenario) bool { return s.HasFinance },
		set: func(s *model.Scenario, on bool) { s.HasFinance = on },
	},
}

// switchedTableOf is the switched table f belongs to, if any.
func switchedTableOf(f model.Field) (switchedTable, bool) {
	for name, table := range switchedTables {
		if f.Section() == name || strings.HasPrefix(f.Section(), name+".") {
			return table, true
		}
	}
	return switchedTable{}, false
}

// inForce reports whether f's table is part of s: a key of a switched-off
// table is neither written nor read.
func inForce(f model.Field, s *model.Scenario) bool {
	table, ok := switchedTableOf(f)
	return !ok || table.on(s)
}

// reshape comments out what s no longer has (a cleared override, a
// switched-off treasury) and brings back commented-out lines that s needs.
func reshape(l *layout, s *model.Scenario) ([]edit, bool) {
	var edits []edit
	for table, switched := range switchedTables {
		switch defined := l.definesTable(table); {
		case !switched.on(s) && defined:
			for _, h := range l.headers {
				if h.name == table || strings.HasPrefix(h.name, table+".") {
					edits = append(edits, l.commentOut(h.header, h.comment)...)
				}
			}
			for _, kv := range l.kvLines {
				if kv.key == table || strings.HasPrefix(kv.key, table+".") {
					edits = append(edits, l.commentOut(kv.line, kv.comment)...)
				}
			}
		case switched.on(s) && !defined:
			if block := l.commentedTable[table]; block != nil {
				edits = append(edits, l.uncommentBlock(block)...)
			}
		}
	}
	edits = append(edits, l.reshapeArrays(s)...)
	def := model.Default()
	for _, f := range model.Fields() {
		if !inForce(f, s) {
			continue
		}
		at := l.values[f.Key]
		line, commented := l.commented[f.Key]
		note, out := leftOut(f, s)
		switch {
		case out && at != nil:
			edits = append(edits, l.leaveOut(at, note)...)
		case out && commented:
			edits = append(edits, l.hintToNote(line, note)...)
		case out:
		case at != nil && !f.IsSet(s) && at.inline:
			edits = append(edits, l.removePair(at))
		case at != nil && !f.IsSet(s):
			edits = append(edits, l.commentOut(at.line, at.comment)...)
		case at != nil || !commented:
		case l.hasNote(line, leftOutNote(f)):
			edits = append(edits, l.bringBack(line, f, s)...)
		case f.IsSet(s) && (!f.IsSet(&def) || !f.Same(s, &def)):
			edits = append(edits, l.uncomment(line, "")...)
		}
	}
	return edits, true
}

// reshapeArrays takes out a list written as an inline array that s
// empties, key and all (it may share its braces with keys to add). And it
// turns a commented-out [[name]] block (Marshal shows one for a pivot
// without phases) into the first element of a list the file lacks, as a
// commented-out [treasury] comes back, rather than leaving an example
// beside the real blocks; not where the keys that follow it would become
// its own, nor into a closed inline table.
func (l *layout) reshapeArrays(s *model.Scenario) []edit {
	var edits []edit
	for _, at := range arrayTables {
		if v := l.values[at.name]; v != nil && at.count(s) == 0 {
			if v.inline {
				edits = append(edits, l.removePair(v))
			} else {
				edits = append(edits, edit{start: v.line.start, end: v.line.end})
			}
			continue
		}
		block := l.commentedArray[at.name]
		switch owner := l.tables[at.after]; {
		case at.count(s) == 0, block == nil, len(block.keys) != len(at.keys):
		case len(l.arrays[at.name]) > 0, l.values[at.name] != nil:
		case owner != nil && owner.inline() != nil:
		case l.keysFollow(block.lines[len(block.lines)-1].end):
		default:
			edits = append(edits, l.uncommentBlock(block)...)
		}
	}
	return edits
}

// uncommentBlock turns a commented-out table and its keys back into code.
func (l *layout) uncommentBlock(block *commentedTable) []edit {
	edits := l.uncomment(block.header, "")
	for _, line := range block.lines {
		edits = append(edits, l.uncomment(line, "")...)
	}
	return edits
}

// keysFollow reports whether a key-value comes after offset before the
// next table header: a header brought back before it would take it in.
func (l *layout) keysFollow(offset int) bool {
	for _, kv := range l.kvLines {
		if kv.line.start >= offset {
			for _, h := range l.headers {
				if h.header.start >= offset {
					return kv.line.start < h.header.start
				}
			}
			return true
		}
	}
	return false
}

// writeValues rewrites the values that differ from s and adds the keys and
// tables the file lacks.
func writeValues(l *layout, s *model.Scenario) ([]edit, bool) {
	var edits []edit
	def := model.Default()
	missing := map[*tableAt][]model.Field{} // keys to add to tables the file has
	var order []*tableAt
	newTables := map[string]bool{}
	for table, switched := range switchedTables {
		if switched.on(s) && l.tables[table] == nil {
			newTables[table] = true
		}
	}
	for _, f := range model.Fields() {
		if _, out := leftOut(f, s); out || !inForce(f, s) || !f.IsSet(s) {
			continue
		}
		if at := l.values[f.Key]; at != nil {
			if !writtenAs(f, at, s) {
				edits = append(edits, l.replaceValue(at, formatValue(f, s)))
			}
			continue
		}
		if f.IsSet(&def) && f.Same(s, &def) {
			continue // absent and at its default: nothing to write
		}
		table := l.tables[f.Section()]
		if table == nil {
			table = l.insideInline(f.Section())
		}
		if table == nil {
			newTables[f.Section()] = true
			continue
		}
		if missing[table] == nil {
			order = append(order, table)
		}
		missing[table] = append(missing[table], f)
	}
	var blocks []block
	pairs := map[*tableAt][]string{}
	var inlines []*tableAt
	for _, table := range order {
		e, b, ok := l.addKeys(table, missing[table], s, pairs)
		if !ok {
			return nil, false
		}
		edits, blocks = append(edits, e...), append(blocks, b...)
	}
	for _, table := range order {
		if inline := table.inline(); inline != nil && !slices.Contains(inlines, inline) {
			inlines = append(inlines, inline)
		}
	}
	for _, section := range sections() {
		if newTables[section] {
			blocks = append(blocks, l.addTable(section, s))
		}
	}
	arrayEdits, arrayBlocks, inlines := l.writeArrays(s, pairs, inlines)
	edits, blocks = append(edits, arrayEdits...), append(blocks, arrayBlocks...)
	for _, inline := range inlines { // one edit per pair of braces
		edits = append(edits, l.addPairs(inline, pairs[inline]))
	}
	return append(edits, l.placeBlocks(blocks)...), true
}

// writtenAs reports whether the value at is f's value in s, read as the
// loader reads it (so 50.0 stands for 50 and stays as written).
func writtenAs(f model.Field, at *valueAt, s *model.Scenario) bool {
	switch f.Kind {
	case model.KindText:
		return at.kind == unstable.String && at.data == f.Text(s)
	case model.KindMode:
		return at.kind == unstable.String && at.data == string(f.Mode(s))
	case model.KindChoice:
		return at.kind == unstable.String && at.data == f.Choice(s)
	case model.KindMonth:
		ym, err := model.ParseYearMonth(at.data)
		return at.kind == unstable.String && err == nil && ym == f.Month(s)
	case model.KindFlag:
		return at.kind == unstable.Bool && at.data == strconv.FormatBool(f.Flag(s))
	}
	if at.kind != unstable.Integer && at.kind != unstable.Float {
		return false
	}
	written, err := tomlNumber(at.data)
	value, set := f.Decimal(s)
	return err == nil && set && written.Equal(value)
}

// sameScenario reports whether a file written for a loads back as a: the
// same tables, the same values in force, the same arrays of tables.
func sameScenario(a, b *model.Scenario) bool {
	for _, switched := range switchedTables {
		if switched.on(a) != switched.on(b) {
			return false
		}
	}
	for _, f := range model.Fields() {
		if inForce(f, a) && !f.Same(a, b) {
			return false
		}
	}
	for _, at := range arrayTables {
		if !at.equalLists(a, b) {
			return false
		}
	}
	return true
}

// canonical is s as Marshal writes it, but for the values of a switched-off
// table, which a file does not keep. Comparing it catches any part of the
// format the patcher does not know (Marshal is kept complete by its own
// round-trip test): such a change is then saved by Marshal, never lost.
func canonical(s model.Scenario) []byte {
	def := model.Default()
	for _, f := range model.Fields() {
		if !inForce(f, &s) {
			copyField(f, &s, &def)
		}
	}
	return Marshal(s)
}

// replaceValue writes text in place of a value. When a trailing comment
// follows after spaces, the spaces grow or shrink so the comment keeps its
// column (at least one space stays).
func (l *layout) replaceValue(at *valueAt, text string) edit {
	old := l.data[at.raw.start:at.raw.end]
	if at.comment < 0 || bytes.ContainsRune(old, '\n') {
		return edit{start: at.raw.start, end: at.raw.end, text: text}
	}
	gap := l.data[at.raw.end:at.comment]
	if len(bytes.Trim(gap, " ")) != 0 {
		return edit{start: at.raw.start, end: at.raw.end, text: text}
	}
	spaces := max(1, len(gap)-(utf8.RuneCountInString(text)-utf8.RuneCount(old)))
	return edit{start: at.raw.start, end: at.comment, text: text + strings.Repeat(" ", spaces)}
}

// commentOut turns the line(s) of line into comments. A single line's
// trailing comment (at comment, or -1) keeps its column when the spaces
// before it allow.
func (l *layout) commentOut(line span, comment int) []edit {
	var edits []edit
	for start := line.start; start < line.end; start = l.lineEnd(start) {
		edits = append(edits, edit{start: start, end: start, text: "# "})
	}
	if comment >= 0 && len(edits) == 1 && bytes.HasSuffix(l.data[line.start:comment], []byte("   ")) {
		edits = append(edits, edit{start: comment - 2, end: comment})
	}
	return edits
}

// uncomment turns a commented-out line ("# btc_held = 0  # BTC held") back
// into code. Its trailing comment loses the hint to uncomment it, and note
// (unless ""), the reason it was left out, which no longer apply, and moves
// no further left than the comments around it, so a line commented out by
// commentOut comes back as it was.
func (l *layout) uncomment(line span, note string) []edit {
	c, ok := l.commentedLine(line)
	if !ok {
		return nil
	}
	edits := []edit{{start: c.hash, end: c.hash + c.marker}}
	if c.comment < 0 {
		return edits
	}
	if note != "" && string(l.data[c.comment:c.end]) == "# "+note {
		// The note was the whole comment: it goes with the spaces before it.
		return append(edits, edit{start: len(bytes.TrimRight(l.data[:c.comment], " \t")), end: c.end})
	}
	column := l.column(c.comment) - c.marker
	if pad := l.commentColumn(line.start) - column; pad > 0 && bytes.HasSuffix(l.data[:c.comment], []byte(" ")) {
		edits = append(edits, edit{start: c.comment, end: c.comment, text: strings.Repeat(" ", min(pad, c.marker))})
	}
	for _, suffix := range []string{uncommentHint, "; " + note} {
		if suffix != "; " && bytes.HasSuffix(l.data[c.comment:c.end], []byte(suffix)) {
			return append(edits, edit{start: c.end - len(suffix), end: c.end})
		}
	}
	return edits
}

// commentedCode is where the parts of a commented-out line stand.
type commentedCode struct {
	hash, marker int // the "#" that comments it out, and its length with the space after it
	comment      int // the trailing comment after the code, -1 when none
	end          int // the end of its text, before the line ending
}

// commentedLine reads a commented-out line ("# key = value  # comment").
func (l *layout) commentedLine(line span) (commentedCode, bool) {
	text := string(l.data[line.start:line.end])
	hash := strings.IndexByte(text, '#')
	if hash < 0 {
		return commentedCode{}, false
	}
	c := commentedCode{hash: line.start + hash, marker: 1, comment: -1,
		end: line.start + len(strings.TrimRight(text, "\r\n"))}
	if strings.HasPrefix(text[hash+1:], " ") {
		c.marker = 2
	}
	if _, _, comment := parseCommented(string(l.data[c.hash+c.marker : c.end])); comment >= 0 {
		c.comment = c.hash + c.marker + comment
	}
	return c, true
}

// removePair takes a key-value out of an inline table, with the comma that
// joined it to the next pair, or else to the previous one; the only pair
// takes one of the spaces around it, leaving "{ }".
func (l *layout) removePair(at *valueAt) edit {
	start, end := at.pair.start, at.pair.end
	rest := bytes.TrimLeft(l.data[end:], " \t")
	if len(rest) > 0 && rest[0] == ',' {
		end = len(l.data) - len(rest) + 1
		end += len(l.data[end:]) - len(bytes.TrimLeft(l.data[end:], " \t"))
		return edit{start: start, end: end}
	}
	before := bytes.TrimRight(l.data[:start], " \t")
	if len(before) > 0 && before[len(before)-1] == ',' {
		start = len(before) - 1
	} else if start > 0 && l.data[start-1] == ' ' && end < len(l.data) && l.data[end] == ' ' {
		end++
	}
	return edit{start: start, end: end}
}

// addKeys adds fields to a table the file has: after its last key line, or
// for a root without keys, as a block of its own; or, for a table written
// inline, to pairs, the key-values to add inside each inline table's braces.
func (l *layout) addKeys(table *tableAt, fields []model.Field, s *model.Scenario, pairs map[*tableAt][]string) ([]edit, []block, bool) {
	if inline := table.inline(); inline != nil {
		if inline.brace < 0 {
			return nil, nil, false
		}
		for _, f := range fields {
			pairs[inline] = append(pairs[inline], table.prefixFor(inline)+f.Name()+" = "+formatValue(f, s))
		}
		return nil, nil, true
	}

	prefix := ""
	if table.form == formDotted {
		prefix = table.prefix
	}
	var lines []codeLine
	for _, f := range fields {
		code, comment := fieldLine(f, s)
		lines = append(lines, codeLine{table.indent + prefix + code, comment})
	}
	at := table.lastLine.end
	switch {
	case table.lastLine != (span{}):
	case table.form == formHeader:
		at = table.header.end
	default:
		// The root, without keys: a paragraph of its own before the first
		// table, where Marshal writes them.
		at = l.firstTablePlace()
		return nil, []block{{at: at, rank: -1, text: l.lines(lines, l.commentColumn(at))}}, true
	}
	return []edit{{start: at, end: at, text: l.startLine(at) + l.lines(lines, l.commentColumn(at))}}, nil, true
}

// insideInline makes room for a table the file lacks whose nearest
// ancestor is written inline (ai = { mode = "colocation" }): a header would
// reopen a closed table, so its keys go inside the braces as dotted keys
// (gpu.kw_per_gpu = 2). It returns nil for a table a header can add.
func (l *layout) insideInline(section string) *tableAt {
	for i := strings.LastIndexByte(section, '.'); i > 0; i = strings.LastIndexByte(section[:i], '.') {
		ancestor := l.tables[section[:i]]
		if ancestor == nil {
			continue
		}
		inline, prefix := ancestor, ""
		if ancestor.form == formDotted {
			inline, prefix = ancestor.owner, ancestor.prefix
		}
		if inline.form != formInline {
			return nil
		}
		t := &tableAt{name: section, form: formDotted, owner: inline, prefix: prefix + section[i+1:] + ".",
			comment: -1, brace: -1}
		l.tables[section] = t
		return t
	}
	return nil
}

// addPairs adds key-values inside an inline table's braces.
func (l *layout) addPairs(inline *tableAt, pairs []string) edit {
	before := bytes.TrimRight(l.data[:inline.brace], " \t\r\n")
	text := strings.Join(pairs, ", ")
	if last := before[len(before)-1]; last == '{' || last == ',' {
		text = " " + text
	} else {
		text = ", " + text
	}
	return edit{start: len(before), end: len(before), text: text}
}

// inline is the inline table whose braces hold t's keys, or nil.
func (t *tableAt) inline() *tableAt {
	switch {
	case t.form == formInline:
		return t
	case t.form == formDotted && t.owner.form == formInline:
		return t.owner
	}
	return nil
}

// prefixFor is how a key of t is written inside the braces of inline.
func (t *tableAt) prefixFor(inline *tableAt) string {
	if t == inline {
		return ""
	}
	return t.prefix
}

// addTable adds a table the file lacks, whole, before the first table that
// Marshal writes after it, or at the end.
func (l *layout) addTable(section string, s *model.Scenario) block {
	lines := []codeLine{{"[" + section + "]", tableNotes[section]}}
	for _, f := range model.Fields() {
		if f.Section() == section {
			code, comment := fieldLine(f, s)
			lines = append(lines, codeLine{code, comment})
		}
	}
	at := l.canonicalPlace(section)
	return block{at: at, rank: sectionRank(section), text: l.lines(lines, l.commentColumn(at))}
}

// canonicalPlace is where a table (or array of tables) named section goes:
// before the first table the file has that Marshal writes after it, or at
// the end of the file.
func (l *layout) canonicalPlace(section string) int {
	rank := sectionRank(section)
	for i, h := range l.headers {
		if r := sectionRank(h.name); r > rank {
			if i == 0 {
				return l.firstTablePlace()
			}
			return h.attached
		}
	}
	return len(l.data)
}

// firstTablePlace is where what comes before every table goes: above the
// first table and the comments attached to it, unless those comments open
// the file: they are its title, and stay on top.
func (l *layout) firstTablePlace() int {
	if len(l.headers) == 0 {
		return len(l.data)
	}
	if first := l.headers[0]; first.attached > 0 {
		return first.attached
	}
	return l.headers[0].header.start
}

// block is a paragraph to add: a table, or the top-level keys of a file
// that has none. Blocks at one place are written in order, each parted
// from what surrounds it by a blank line.
type block struct {
	at   int
	rank int    // the order of blocks at one place: sectionRank's
	text string // whole lines
}

// placeBlocks writes blocks as edits, blank lines between them.
func (l *layout) placeBlocks(blocks []block) []edit {
	sort.SliceStable(blocks, func(i, j int) bool {
		if blocks[i].at != blocks[j].at {
			return blocks[i].at < blocks[j].at
		}
		return blocks[i].rank < blocks[j].rank
	})
	var edits []edit
	for i := 0; i < len(blocks); {
		at := blocks[i].at
		var parts []string
		for ; i < len(blocks) && blocks[i].at == at; i++ {
			parts = append(parts, blocks[i].text)
		}
		text := strings.Join(parts, l.eol)
		if at == len(l.data) {
			text = l.startLine(at) + l.blankLine(at) + text
		} else {
			text = l.blankLine(at) + text + l.eol
		}
		edits = append(edits, edit{start: at, end: at, text: text})
	}
	return edits
}

// sectionRank is a table's place in Marshal's order, an array of tables
// right after the table it follows; unknown tables go last.
func sectionRank(name string) int {
	for i, s := range sections() {
		if s == name {
			return 2 * i
		}
	}
	for _, at := range arrayTables {
		if at.name == name {
			return sectionRank(at.after) + 1
		}
	}
	return 2 * len(sections())
}

// fieldLine is f's line as Marshal writes it: "key = value" and its
// comment; or for an unset override the commented-out example, and for a
// key s must leave out its commented-out value and why.
func fieldLine(f model.Field, s *model.Scenario) (code, comment string) {
	if note, out := leftOut(f, s); out {
		return "# " + f.Name() + " = " + example(f, s), describeField(f) + "; " + note
	}
	if !f.IsSet(s) {
		return "# " + f.Name() + " = " + example(f, s), describeField(f) + uncommentHint
	}
	return f.Name() + " = " + formatValue(f, s), describeField(f)
}

// lines writes lines with their comments aligned as Marshal aligns them,
// starting no further left than column (counted in characters), where the
// neighbouring comments start.
func (l *layout) lines(lines []codeLine, column int) string {
	width := 0
	for _, line := range lines {
		if n := utf8.RuneCountInString(line.code); n < commentColumn {
			width = max(width, n)
		}
	}
	column = max(column, width+2)
	var b strings.Builder
	for _, line := range lines {
		b.WriteString(line.code)
		if line.comment != "" {
			b.WriteString(strings.Repeat(" ", max(1, column-utf8.RuneCountInString(line.code))))
			b.WriteString("# " + line.comment)
		}
		b.WriteString(l.eol)
	}
	return b.String()
}

// startLine is the line ending needed before writing at offset: none at
// the start of a line, one after a last line that has none.
func (l *layout) startLine(offset int) string {
	if offset == 0 || l.data[offset-1] == '\n' {
		return ""
	}
	return l.eol
}

// blankLine is the blank line that separates a new table from the line
// before offset, unless there is one already.
func (l *layout) blankLine(offset int) string {
	before := l.data[:offset]
	if len(bytes.TrimSpace(before)) == 0 {
		return ""
	}
	trimmed := bytes.TrimRight(before, " \t\r")
	if bytes.HasSuffix(trimmed, []byte("\n")) {
		trimmed = bytes.TrimRight(trimmed[:len(trimmed)-1], " \t\r")
		if bytes.HasSuffix(trimmed, []byte("\n")) {
			return "" // already a blank line
		}
	}
	return l.eol
}

// edit replaces the bytes [start, end) with text; start == end inserts.
type edit struct {
	start, end int
	text       string
}

var errOverlap = errors.New("edits overlap")

// apply makes edits to data. At one offset, insertions come before a
// replacement, and otherwise keep their order.
func apply(data []byte, edits []edit) ([]byte, error) {
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i], edits[j]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.start == a.end && b.start != b.end
	})
	var out bytes.Buffer
	at := 0
	for _, e := range edits {
		if e.start < at || e.end < e.start || e.end > len(data) {
			return nil, errOverlap
		}
		out.Write(data[at:e.start])
		out.WriteString(e.text)
		at = e.end
	}
	out.Write(data[at:])
	return out.Bytes(), nil
}
