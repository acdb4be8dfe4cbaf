package scenarios

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"
	"github.com/pivot-tui/pivot-tui/model"
)

// layout is where things are in a TOML scenario file, so that a save can
// change a value where it stands and add what is missing where a reader
// would look for it, leaving every other byte alone. It is read from
// go-toml's syntax tree with comments kept, which gives each value's byte
// range.
type layout struct {
	data []byte
	eol  string // the file's line ending: "\r\n" or "\n"

	values  map[string]*valueAt // field key → its value
	tables  map[string]*tableAt // every table the file defines, however it does; "" is the root
	headers []*tableAt          // the [table] headers in file order
	kvLines []kvLine            // every top-level key-value, in file order

	commented      map[string]span            // field key → a commented-out "# key = value" line in its table
	commentedTable map[string]*commentedTable // table → a commented-out "# [table]" and its keys
	commentedArray map[string]*commentedTable // array of tables → a commented-out "# [[name]]" block and its keys
	arrays         map[string][]*arrayBlock   // array of tables → each [[name]] block, in file order
}

// arrayBlock is one [[name]] block of an array of tables, or one element of
// an inline array (phases = [{ ... }]), which has no lines of its own.
type arrayBlock struct {
	span                         // from the header line to the last key's line
	header   span                // the [[name]] line
	attached int                 // where the comment lines right above the header start
	values   map[string]*valueAt // key → its value, for keys of one part
	// odd is a key this reader does not place: one of several parts, one
	// written twice, or a table or array value.
	odd bool
}

// span is a byte range [start, end) of the file.
type span struct{ start, end int }

// tableForm is how a file defines a table.
type tableForm int

const (
	formRoot   tableForm = iota
	formHeader           // [site]
	formDotted           // gpu.model = "B200" under [ai]
	formInline           // site = { power_mw = 50 }
)

type tableAt struct {
	name string
	form tableForm

	// header is the [table] line and comment its trailing comment (-1 when
	// none); attached is where the comment lines right above it start.
	header   span
	comment  int
	attached int

	// owner holds a dotted table's keys, written with prefix ("gpu.").
	owner  *tableAt
	prefix string

	// lastLine is the line of the table's last key (for a dotted table, of
	// its last dotted key), or the zero span when it has none.
	lastLine span
	indent   string // the indentation of its key lines

	// brace is where an inline table's closing brace is (-1 when unknown);
	// hasEntries, whether the braces hold anything.
	brace      int
	hasEntries bool
}

// valueAt is where one field's value stands.
type valueAt struct {
	raw     span          // the value's text
	kind    unstable.Kind // the value's TOML type
	data    string        // a string's contents, or the literal as written
	line    span          // the top-level line(s) holding it
	pair    span          // "key = value", for removal from an inline table
	inline  bool          // inside an inline table
	comment int           // the offset of the line's trailing comment, -1 when none
	// elements are the inline tables of an array value, in order.
	elements []*arrayBlock
}

// kvLine is a top-level key-value: the key it names, its line(s), and its
// trailing comment's offset and column (-1 when it has none).
type kvLine struct {
	key             string
	line            span
	comment, column int
}

// commentedTable is a commented-out table: its "# [name]" line and the
// commented-out key lines right below it.
type commentedTable struct {
	name   string
	header span
	keys   map[string]span // field key → its line
	lines  []span          // every commented-out key line of the block
}

// indexTOML lays out data; it fails where the TOML reader fails.
func indexTOML(data []byte) (*layout, error) {
	l := &layout{
		data:           data,
		eol:            "\n",
		values:         map[string]*valueAt{},
		tables:         map[string]*tableAt{},
		commented:      map[string]span{},
		commentedTable: map[string]*commentedTable{},
		commentedArray: map[string]*commentedTable{},
		arrays:         map[string][]*arrayBlock{},
	}
	if bytes.Contains(data, []byte("\r\n")) {
		l.eol = "\r\n"
	}
	root := &tableAt{form: formRoot, comment: -1, brace: -1}
	l.tables[""] = root

	p := unstable.Parser{KeepComments: true}
	p.Reset(data)
	current := root // the table the following keys belong to
	inArray := ""   // the array of tables the following keys belong to, if any
	var block *commentedTable
	runStart, runEnd := -1, -1 // the run of consecutive comment lines just read

	for p.NextExpression() {
		n := p.Expression()
		if n.Kind == unstable.Comment {
			line := l.lineAt(int(n.Raw.Offset))
			if line.start != runEnd {
				runStart, block = line.start, nil // a blank line or code ends a run
			}
			runEnd = line.end
			if inArray == "" {
				block = l.comment(n, line, current, block)
			}
			continue
		}
		switch n.Kind {
		case unstable.Table, unstable.ArrayTable:
			first := n.Key()
			first.Next()
			line := l.lineAt(int(first.Node().Raw.Offset))
			name := joinKey(keyParts(n.Key()))
			if n.Kind == unstable.ArrayTable {
				inArray = name
				b := &arrayBlock{span: line, header: line, attached: line.start, values: map[string]*valueAt{}}
				if runEnd == line.start {
					b.attached = runStart
				}
				l.arrays[name] = append(l.arrays[name], b)
				break
			}
			inArray = ""
			current = &tableAt{name: name, form: formHeader, header: line, comment: trailingComment(n),
				attached: line.start, brace: -1}
			if runEnd == line.start {
				current.attached = runStart
			}
			l.headers = append(l.headers, current)
			if _, seen := l.tables[name]; !seen {
				l.tables[name] = current
			}
		case unstable.KeyValue:
			line := l.kvLine(n)
			if inArray != "" {
				blocks := l.arrays[inArray]
				b := blocks[len(blocks)-1]
				b.end = line.end
				l.element(b, n, line, false)
				break
			}
			l.keyValue(n, current, nil, line)
			current.lastLine, current.indent = line, l.indentOf(line)
		}
		runStart, runEnd, block = -1, -1, nil
	}
	return l, p.Error()
}

// keyValue records a key-value of table t (written inside the braces of
// inline, when not nil), and the tables its dotted key or inline table
// define.
func (l *layout) keyValue(n *unstable.Node, t *tableAt, inline *tableAt, line span) {
	parts := keyParts(n.Key())
	name := func(k int) string { // the full name of the key's first k parts
		if t.name == "" {
			return joinKey(parts[:k])
		}
		return t.name + "." + joinKey(parts[:k])
	}
	key := name(len(parts))
	if inline == nil {
		kv := kvLine{key: key, line: line, comment: trailingComment(n), column: -1}
		if kv.comment >= 0 {
			kv.column = l.column(kv.comment)
		}
		l.kvLines = append(l.kvLines, kv)
	}
	owner := t
	if inline != nil {
		owner = inline
	}
	for k := 1; k < len(parts); k++ {
		dotted := l.tables[name(k)]
		if dotted == nil {
			dotted = &tableAt{name: name(k), form: formDotted, owner: owner, prefix: joinKey(parts[:k]) + ".",
				comment: -1, brace: -1}
			l.tables[dotted.name] = dotted
		}
		dotted.lastLine, dotted.indent = line, l.indentOf(line)
	}

	value := n.Value()
	if value.Kind == unstable.InlineTable {
		table := &tableAt{name: key, form: formInline, comment: -1, brace: -1}
		if end := int(n.Raw.Offset + n.Raw.Length); end > 0 && l.data[end-1] == '}' {
			table.brace = end - 1
		}
		if _, seen := l.tables[key]; !seen {
			l.tables[key] = table
		}
		for it := value.Children(); it.Next(); {
			if child := it.Node(); child.Kind == unstable.KeyValue {
				table.hasEntries = true
				l.keyValue(child, table, table, line)
			}
		}
		return
	}
	at := l.valueAt(n, line, inline != nil)
	if value.Kind == unstable.Array {
		for it := value.Children(); it.Next(); {
			element := it.Node()
			if element.Kind == unstable.Comment {
				continue
			}
			b := &arrayBlock{values: map[string]*valueAt{}, odd: element.Kind != unstable.InlineTable}
			for kv := element.Children(); !b.odd && kv.Next(); {
				if kv.Node().Kind == unstable.KeyValue {
					l.element(b, kv.Node(), line, true)
				}
			}
			at.elements = append(at.elements, b)
		}
	}
	if _, seen := l.values[key]; !seen {
		l.values[key] = at
	}
}

// valueAt is where the value of key-value n stands; line is the top-level
// line(s) holding it.
func (l *layout) valueAt(n *unstable.Node, line span, inline bool) *valueAt {
	value := n.Value()
	at := &valueAt{
		raw:     span{int(value.Raw.Offset), int(value.Raw.Offset + value.Raw.Length)},
		kind:    value.Kind,
		data:    string(value.Data),
		line:    line,
		pair:    span{int(n.Raw.Offset), int(n.Raw.Offset + n.Raw.Length)},
		inline:  inline,
		comment: -1,
	}
	if value.Kind == unstable.Array {
		// go-toml gives an array no range: it runs from after the "="
		// that follows the key to the end of the key-value.
		key := n.Key()
		var last *unstable.Node
		for key.Next() {
			last = key.Node()
		}
		from := int(last.Raw.Offset + last.Raw.Length)
		from += bytes.IndexByte(l.data[from:at.pair.end], '=') + 1
		from += len(l.data[from:at.pair.end]) - len(bytes.TrimLeft(l.data[from:at.pair.end], " \t"))
		at.raw = span{from, at.pair.end}
	}
	if !inline {
		at.comment = trailingComment(n)
	}
	return at
}

// element records a key-value of block b: one key with a plain value.
func (l *layout) element(b *arrayBlock, n *unstable.Node, line span, inline bool) {
	parts := keyParts(n.Key())
	kind := n.Value().Kind
	if len(parts) != 1 || b.values[parts[0]] != nil || kind == unstable.Array || kind == unstable.InlineTable {
		b.odd = true
		return
	}
	b.values[parts[0]] = l.valueAt(n, line, inline)
}

// comment records a comment line that comments out a table header or a
// key, and returns the commented-out table the next comment line may
// continue.
func (l *layout) comment(n *unstable.Node, line span, current *tableAt, block *commentedTable) *commentedTable {
	kind, parts, _ := parseCommented(uncommented(string(n.Data)))
	switch kind {
	case unstable.Table, unstable.ArrayTable:
		name := joinKey(parts)
		tables := l.commentedTable
		if kind == unstable.ArrayTable {
			tables = l.commentedArray
		}
		if _, seen := tables[name]; seen {
			return nil
		}
		block = &commentedTable{name: name, header: line, keys: map[string]span{}}
		tables[name] = block
		return block
	case unstable.KeyValue:
		if block != nil {
			key := block.name + "." + joinKey(parts)
			if !knownKey(block.name, joinKey(parts)) {
				return block // a note that reads as code; it stays a note
			}
			if _, seen := block.keys[key]; seen {
				return block // the first line for a key is the one brought back
			}
			block.keys[key] = line
			block.lines = append(block.lines, line)
			return block
		}
		key := joinKey(parts)
		if current.name != "" {
			key = current.name + "." + key
		}
		if _, seen := l.commented[key]; !seen {
			l.commented[key] = line
		}
	}
	return block // a plain comment inside a commented-out table keeps it open
}

// knownKey reports whether name is a key of table, or of an element of
// the array of tables called table.
func knownKey(table, name string) bool {
	if at, ok := arrayTableNamed(table); ok {
		return slices.Contains(at.keys, name)
	}
	_, ok := model.FieldByKey(table + "." + name)
	return ok
}

// definesTable reports whether the file defines table name or anything in
// it, in any form.
func (l *layout) definesTable(name string) bool {
	for key := range l.tables {
		if key == name || strings.HasPrefix(key, name+".") {
			return true
		}
	}
	for key := range l.values {
		if strings.HasPrefix(key, name+".") {
			return true
		}
	}
	return false
}

// commentColumn is the column where the trailing comments nearest before
// offset start, so a line added there lines up with its neighbours; -1 when
// no key line has one.
func (l *layout) commentColumn(offset int) int {
	column := -1
	for _, kv := range l.kvLines {
		if kv.column < 0 {
			continue
		}
		if kv.line.start >= offset && column >= 0 {
			break
		}
		column = kv.column
	}
	return column
}

// keyParts reads a possibly dotted key.
func keyParts(it unstable.Iterator) []string {
	var parts []string
	for it.Next() {
		parts = append(parts, string(it.Node().Data))
	}
	return parts
}

// lineAt is the line holding offset, its line ending included.
func (l *layout) lineAt(offset int) span {
	start := bytes.LastIndexByte(l.data[:offset], '\n') + 1
	return span{start, l.lineEnd(offset)}
}

// lineEnd is the offset just past the line ending at or after offset.
func (l *layout) lineEnd(offset int) int {
	if i := bytes.IndexByte(l.data[offset:], '\n'); i >= 0 {
		return offset + i + 1
	}
	return len(l.data)
}

// kvLine is the line(s) of a top-level key-value, its trailing comment
// included.
func (l *layout) kvLine(n *unstable.Node) span {
	end := int(n.Raw.Offset + n.Raw.Length)
	if c := n.Next(); c != nil && c.Kind == unstable.Comment {
		end = int(c.Raw.Offset + c.Raw.Length)
	}
	return span{l.lineAt(int(n.Raw.Offset)).start, l.lineEnd(end)}
}

// trailingComment is the offset of an expression's trailing comment, -1
// when it has none.
func trailingComment(n *unstable.Node) int {
	if c := n.Next(); c != nil && c.Kind == unstable.Comment {
		return int(c.Raw.Offset)
	}
	return -1
}

// column is offset's column on its line, counted in characters from 0.
func (l *layout) column(offset int) int {
	start := bytes.LastIndexByte(l.data[:offset], '\n') + 1
	return utf8.RuneCount(l.data[start:offset])
}

func (l *layout) indentOf(line span) string {
	text := l.data[line.start:line.end]
	return string(text[:len(text)-len(bytes.TrimLeft(text, " \t"))])
}

// uncommented is a comment's text without its "#" and the space after it.
func uncommented(comment string) string {
	return strings.TrimPrefix(strings.TrimPrefix(comment, "#"), " ")
}

// parseCommented reads the text of a comment as TOML: a table header
// ("[treasury]", "[[ai.phases]]") or one key with a plain value ("btc_held = 0"), perhaps
// with a trailing comment, whose offset in body it returns (-1 when none).
// Anything else (prose, an array) is only a comment: the kind is then
// unstable.Invalid.
func parseCommented(body string) (kind unstable.Kind, parts []string, comment int) {
	p := unstable.Parser{KeepComments: true}
	p.Reset([]byte(body))
	if !p.NextExpression() {
		return unstable.Invalid, nil, -1
	}
	n := p.Expression()
	switch n.Kind {
	case unstable.Table, unstable.ArrayTable:
	case unstable.KeyValue:
		if k := n.Value().Kind; k == unstable.Array || k == unstable.InlineTable {
			return unstable.Invalid, nil, -1
		}
	default:
		return unstable.Invalid, nil, -1
	}
	kind, parts, comment = n.Kind, keyParts(n.Key()), trailingComment(n)
	if p.NextExpression() || p.Error() != nil {
		return unstable.Invalid, nil, -1
	}
	return kind, parts, comment
}
