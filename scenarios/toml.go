package scenarios

import (
	"bytes"
	"errors"
	"math/big"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// ParseTOML reads a scenario from TOML text; name (usually the file's path)
// labels error messages. Keys missing from the file keep the defaults of
// model.Default.
//
// It walks go-toml's syntax tree rather than decoding into Go values, because
// the tree keeps each number's literal text (so 45.123456789012345678 stays
// exact, with no float64 on the way) and each value's place in the file (so a
// range error can name its line and column).
func ParseTOML(name string, data []byte) (model.Scenario, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // editors on Windows may add a byte-order mark
	// A full slice lets a syntax error's highlight be located by capacity, as go-toml does.
	data = data[:len(data):len(data)]
	r := &tomlReader{b: newBuilder(name), data: data, loc: newLocator(data), tables: map[string]tableState{}, phase: -1}

	var p unstable.Parser
	p.Reset(data)
	for p.NextExpression() {
		r.expression(p.Expression())
	}
	if err := p.Error(); err != nil {
		// The tree after a syntax error is unknown, so ranges are not checked:
		// report the problems found so far and the syntax error.
		r.syntaxError(err)
		_, err := r.b.finishWithoutValidation()
		return model.Scenario{}, err
	}
	return r.b.finish()
}

// tableState is how a TOML table came to exist; TOML forbids defining a table
// twice, and what counts as twice depends on how it was first defined.
type tableState int

const (
	tableImplicit tableState = iota + 1 // the parent of a header, e.g. ai for [ai.gpu]; may still get its own header
	tableHeader                         // opened by its own [header]
	tableDotted                         // created by a dotted key, e.g. gpu.model = "B200" under [ai]
	tableInline                         // written as an inline table { ... }; closed once written
)

type tomlReader struct {
	b       *builder
	data    []byte
	loc     *locator
	current []string // the table that the following keys belong to
	skip    bool     // the current table was already reported; ignore its keys
	tables  map[string]tableState
	phase   int // the [[ai.phases]] table the following keys belong to; -1 outside one
}

func (r *tomlReader) expression(n *unstable.Node) {
	switch n.Kind {
	case unstable.Table:
		r.header(n)
	case unstable.ArrayTable:
		parts, at := r.key(n.Key())
		name := joinKey(parts)
		r.current, r.skip, r.phase = parts, true, -1
		if name == phasesKey {
			r.phaseTable(at)
			return
		}
		if !isSection(name) {
			r.b.unknownTable(name, at)
			return
		}
		r.b.fail(at, name, problemf(ErrType, "want a table [%s], got an array of tables [[%s]]", name, name))
	case unstable.KeyValue:
		switch {
		case r.skip:
		case r.phase >= 0:
			r.phaseKeyValue(r.phase, n)
		default:
			r.keyValue(r.current, n)
		}
	}
}

// phaseTable opens the next [[ai.phases]] table. Its parent [ai] may come
// before or after it (TOML lets a header define a table implied earlier),
// but ai.phases must not have been written another way.
func (r *tomlReader) phaseTable(at position) {
	switch r.tables["ai"] {
	case 0:
		r.tables["ai"] = tableImplicit
		r.b.openTable("ai", at)
	case tableInline:
		r.b.fail(at, phasesKey, problemf(ErrDuplicate, "table ai was written inline and cannot be extended"))
		return
	}
	if state := r.tables[phasesKey]; state != 0 {
		r.b.fail(at, phasesKey, problemf(ErrDuplicate, "ai.phases is already defined as a value; the phases go in [[ai.phases]] tables"))
		return
	}
	r.phase, r.skip = r.b.startPhase(at), false
}

// phaseKeyValue reads one key of a phase table.
func (r *tomlReader) phaseKeyValue(phase int, n *unstable.Node) {
	parts, keyAt := r.key(n.Key())
	if len(parts) != 1 {
		r.b.phases[phase].broken = true
		r.b.fail(keyAt, model.PhaseKeyPath(phase, joinKey(parts)), problemf(ErrUnknownKey, "unknown key: a phase has mw and live"))
		return
	}
	r.b.setPhase(phase, parts[0], keyAt, r.value(n.Value(), keyAt))
}

// phaseArray reads phases written as an array of inline tables under [ai]:
// phases = [{ mw = 40, live = "2028-01" }, ...].
func (r *tomlReader) phaseArray(node *unstable.Node, keyAt position) {
	if r.tables[phasesKey] != 0 || len(r.b.phases) > 0 {
		r.b.fail(keyAt, phasesKey, problemf(ErrDuplicate, "the phases are defined twice"))
		return
	}
	r.tables[phasesKey] = tableInline
	for it := node.Children(); it.Next(); {
		elem := it.Node()
		at := r.pos(elem.Raw, keyAt)
		if elem.Kind != unstable.InlineTable {
			r.b.notPhases(r.value(elem, keyAt))
			continue
		}
		i := r.b.startPhase(at)
		for kv := elem.Children(); kv.Next(); {
			if kv.Node().Kind == unstable.KeyValue {
				r.phaseKeyValue(i, kv.Node())
			}
		}
	}
}

func (r *tomlReader) header(n *unstable.Node) {
	parts, at := r.key(n.Key())
	name := joinKey(parts)
	r.current, r.skip, r.phase = parts, true, -1
	if name == phasesKey {
		r.b.fail(at, name, problemf(ErrType, "want an array of tables [[ai.phases]], got a table [ai.phases]"))
		return
	}
	if !isSection(name) {
		r.b.unknownTable(name, at)
		return
	}
	for i := 1; i < len(parts); i++ {
		parent := joinKey(parts[:i])
		switch r.tables[parent] {
		case 0:
			r.tables[parent] = tableImplicit
			r.b.openTable(parent, at)
		case tableInline:
			r.b.fail(at, name, problemf(ErrDuplicate, "table %s was written inline and cannot be extended", parent))
			return
		}
	}
	switch r.tables[name] {
	case 0, tableImplicit:
		r.tables[name] = tableHeader
		r.b.openTable(name, at)
		r.skip = false
	default:
		r.b.fail(at, name, problemf(ErrDuplicate, "table defined twice"))
	}
}

// keyValue reads `key = value` in the table prefix; the key may be dotted and
// the value may be an inline table, whose keys are read recursively.
func (r *tomlReader) keyValue(prefix []string, n *unstable.Node) {
	parts, keyAt := r.key(n.Key())
	full := append(prefix[:len(prefix):len(prefix)], parts...)
	key := joinKey(full)

	// A dotted key creates the tables before its last part (TOML 1.0);
	// they must be ours and must not have been defined another way.
	for i := len(prefix) + 1; i < len(full); i++ {
		table := joinKey(full[:i])
		if !isSection(table) {
			r.b.unknownKey(key, keyAt)
			return
		}
		switch r.tables[table] {
		case 0:
			r.tables[table] = tableDotted
			r.b.openTable(table, keyAt)
		case tableDotted:
		default:
			r.b.fail(keyAt, key, problemf(ErrDuplicate, "table %s is already defined; a dotted key cannot add to it", table))
			return
		}
	}

	node := n.Value()
	if key == phasesKey {
		if node.Kind == unstable.Array {
			r.phaseArray(node, keyAt)
		} else {
			r.b.notPhases(r.value(node, keyAt))
		}
		return
	}
	v := r.value(node, keyAt)
	if !isSection(key) {
		r.b.set(key, keyAt, v)
		return
	}
	if node.Kind != unstable.InlineTable {
		r.b.notATable(key, v)
		return
	}
	if r.tables[key] != 0 {
		r.b.fail(keyAt, key, problemf(ErrDuplicate, "table defined twice"))
		return
	}
	r.tables[key] = tableInline
	r.b.openTable(key, keyAt)
	for it := node.Children(); it.Next(); {
		if it.Node().Kind == unstable.KeyValue {
			r.keyValue(full, it.Node())
		}
	}
}

// key reads a possibly dotted key and where it starts.
func (r *tomlReader) key(it unstable.Iterator) ([]string, position) {
	var parts []string
	var at position
	for it.Next() {
		k := it.Node()
		if parts == nil {
			at = r.pos(k.Raw, position{})
		}
		parts = append(parts, string(k.Data))
	}
	return parts, at
}

// value converts a leaf node; fallback is the place to blame when the node
// carries no position (go-toml does not record one for arrays).
func (r *tomlReader) value(n *unstable.Node, fallback position) value {
	v := value{text: string(n.Data), at: r.pos(n.Raw, fallback)}
	switch n.Kind {
	case unstable.String:
		v.kind = valueString
	case unstable.Bool:
		v.kind = valueBool
	case unstable.Integer, unstable.Float:
		number, err := tomlNumber(v.text)
		if err != nil {
			v.kind, v.what = valueOther, clip(v.text)+", "+err.Error()
			break
		}
		v.kind, v.number = valueNumber, number
	case unstable.Array:
		v.kind, v.what = valueOther, "an array"
	case unstable.InlineTable:
		v.kind, v.what = valueOther, "a table"
	case unstable.LocalDate:
		v.kind, v.what = valueOther, "the date "+clip(v.text)
	case unstable.LocalTime:
		v.kind, v.what = valueOther, "the time "+clip(v.text)
	default:
		v.kind, v.what = valueOther, "the date and time "+clip(v.text)
	}
	return v
}

func (r *tomlReader) pos(raw unstable.Range, fallback position) position {
	if raw.Offset == 0 && raw.Length == 0 {
		return fallback // no value starts at offset 0: a key always comes first
	}
	return r.loc.at(int(raw.Offset))
}

func (r *tomlReader) syntaxError(err error) {
	var perr *unstable.ParserError
	if !errors.As(err, &perr) {
		r.b.fail(position{}, "", problemf(ErrSyntax, "%s", err.Error()))
		return
	}
	// The highlight is a sub-slice of data: its capacity locates it.
	at := r.loc.at(cap(r.data) - cap(perr.Highlight))
	r.b.fail(at, joinKey(perr.Key), problemf(ErrSyntax, "%s", perr.Message))
}

var errNotFinite = errors.New("which is not a finite number")

// tomlNumber reads a TOML integer or float literal exactly. The parser has
// already checked its syntax (digits, underscores, signs), so only the value
// is at stake here.
func tomlNumber(literal string) (decimal.Decimal, error) {
	text := strings.ReplaceAll(literal, "_", "")
	unsigned := strings.TrimLeft(text, "+-")
	if unsigned == "inf" || unsigned == "nan" {
		return decimal.Decimal{}, errNotFinite
	}
	if len(text) > model.MaxNumberLength {
		return decimal.Decimal{}, model.ErrNumberTooLong
	}
	if len(text) > 2 && text[0] == '0' {
		base := map[byte]int{'x': 16, 'o': 8, 'b': 2}[text[1]]
		if base != 0 {
			n, ok := new(big.Int).SetString(text[2:], base)
			if !ok {
				return decimal.Decimal{}, model.ErrNumberTooLarge
			}
			return decimal.NewFromBigInt(n, 0), nil
		}
	}
	return model.ReadNumber(text) // the reader the dashboard's editor uses too
}

// joinKey writes a key path as a file would, quoting parts that are not bare
// keys; a quoted part holding a dot then never matches a real key.
func joinKey(parts []string) string {
	quoted := make([]string, len(parts))
	for i, p := range parts {
		quoted[i] = p
		if !isBareKey(p) {
			quoted[i] = strconv.Quote(p)
		}
	}
	return strings.Join(quoted, ".")
}

func isBareKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
