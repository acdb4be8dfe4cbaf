package scenarios

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// builder turns a file's keys into a scenario, whatever the file format. The
// TOML and JSON readers walk their syntax and hand every leaf value to set;
// the builder checks it against the field table, remembers where it was, and
// finally validates the whole scenario so that range errors point at the
// value that caused them.
type builder struct {
	path     string
	scenario model.Scenario
	errs     []*FileError
	at       map[string]position // key → where its value was written
	written  map[string]string   // key → its value as written, to quote in range errors
	failed   map[string]bool     // keys already reported, so Validate does not repeat them
	tables   map[string]position // tables present → where they were opened
	phases   []phaseRead         // the [[ai.phases]] tables, in file order
}

func newBuilder(path string) *builder {
	if path == "" {
		path = "scenario"
	}
	return &builder{
		path:     path,
		scenario: model.Default(), // spec §2: a file may give any subset of the keys
		at:       map[string]position{},
		written:  map[string]string{},
		failed:   map[string]bool{},
		tables:   map[string]position{},
	}
}

// maxProblems bounds how many problems a file reports: past it, a file is
// not a scenario, and reading on (with a suggestion per unknown key) only
// costs time.
const maxProblems = 100

func (b *builder) full() bool { return len(b.errs) >= maxProblems }

func (b *builder) fail(at position, key string, err error) {
	if key != "" {
		b.failed[key] = true
	}
	if b.full() {
		return
	}
	// An unknown key can be as long as the file; keep the message readable.
	b.errs = append(b.errs, &FileError{Path: b.path, Line: at.line, Column: at.column, Key: clipTo(key, 80), Err: err})
}

// openTable records that a table is present; a [treasury] or [finance]
// table of any form turns that part on (spec §7 and §14 are optional).
func (b *builder) openTable(name string, at position) {
	if _, ok := b.tables[name]; !ok {
		b.tables[name] = at
	}
	switch name {
	case "treasury":
		b.scenario.HasTreasury = true
	case "finance":
		b.scenario.HasFinance = true
	}
}

// valueKind is what a file wrote, in format-neutral terms.
type valueKind int

const (
	valueNumber valueKind = iota
	valueString
	valueBool
	valueNull
	valueOther // arrays, tables, dates, non-finite floats: never right for a field
)

// value is one leaf value from a file.
type value struct {
	kind   valueKind
	text   string          // a string's contents, or the literal as written
	number decimal.Decimal // valueNumber only
	what   string          // valueOther only: how to name it in an error ("an array")
	at     position
}

// set assigns one key. Unknown keys, wrong types and repeated keys are
// reported here; ranges are left to model.Validate in finish, except for
// whole numbers, which must be checked before they are stored in an int.
func (b *builder) set(key string, keyAt position, v value) {
	f, ok := model.FieldByKey(key)
	if !ok {
		b.unknownKey(key, keyAt)
		return
	}
	if first, dup := b.at[key]; dup {
		b.fail(keyAt, key, problemf(ErrDuplicate, "defined twice (first at line %d)", first.line))
		return
	}
	b.at[key] = v.at
	b.written[key] = v.text
	s := &b.scenario

	switch {
	case f.Numeric() && v.kind == valueNumber:
		if f.Kind == model.KindInteger {
			if err := f.Check(v.number); err != nil {
				b.fail(v.at, key, b.asWritten(err))
				return
			}
		}
		f.SetDecimal(s, v.number)
	case f.Kind == model.KindOptional && v.kind == valueNull:
		f.Clear(s)
	case f.Kind == model.KindFlag && v.kind == valueBool:
		f.SetFlag(s, v.text == "true")
	case f.Kind == model.KindText && v.kind == valueString:
		if err := f.CheckText(v.text); err != nil {
			b.fail(v.at, key, err) // not asWritten: the text as written is what must not be printed
			return
		}
		f.SetText(s, v.text)
	case f.Kind == model.KindMonth && v.kind == valueString:
		ym, err := model.ParseYearMonth(v.text)
		if err != nil {
			b.fail(v.at, key, err)
			return
		}
		f.SetMonth(s, ym)
	case f.Kind == model.KindMode && v.kind == valueString:
		mode, err := model.ParseMode(v.text)
		if err != nil {
			b.fail(v.at, key, err)
			return
		}
		f.SetMode(s, mode)
	case f.Kind == model.KindChoice && v.kind == valueString:
		if err := f.CheckChoice(v.text); err != nil {
			b.fail(v.at, key, b.asWritten(err))
			return
		}
		f.SetChoice(s, v.text)
	default:
		b.fail(v.at, key, problemf(ErrType, "want %s, got %s", want(f), v.describe()))
	}
}

func (b *builder) unknownKey(key string, at position) {
	b.unknown(key, at, ErrUnknownKey, "key", "%s", fieldKeys())
}

func (b *builder) unknownTable(name string, at position) {
	b.unknown(name, at, ErrUnknownTable, "table", "[%s]", sections())
}

// unknown reports a name the format does not have, with the nearest one it
// does (written as hint writes it) when there is one close enough.
func (b *builder) unknown(name string, at position, kind error, what, hint string, known []string) {
	if b.full() {
		return
	}
	if near := suggest(name, known); near != "" {
		b.fail(at, name, problemf(kind, "unknown %s, did you mean "+hint+"?", what, near))
		return
	}
	b.fail(at, name, problemf(kind, "unknown %s", what))
}

// notATable reports a plain value where a table goes (site = 5).
func (b *builder) notATable(key string, v value) {
	b.fail(v.at, key, problemf(ErrType, "want a table, got %s", v.describe()))
}

// finish validates the scenario and returns it, or every problem found in
// file order.
func (b *builder) finish() (model.Scenario, error) {
	b.finishPhases()
	var invalid model.ValidationError
	if errors.As(model.Validate(b.scenario), &invalid) {
		for _, fe := range invalid {
			if !b.failed[fe.Key] {
				b.fail(b.where(fe.Key), fe.Key, b.asWritten(fe))
			}
		}
	}
	return b.finishWithoutValidation()
}

// finishWithoutValidation returns the scenario, or the problems found so far
// in file order, the first carrying the rest.
func (b *builder) finishWithoutValidation() (model.Scenario, error) {
	if len(b.errs) == 0 {
		return b.scenario, nil
	}
	sort.SliceStable(b.errs, func(i, j int) bool {
		return position{b.errs[i].Line, b.errs[i].Column}.before(position{b.errs[j].Line, b.errs[j].Column})
	})
	first := b.errs[0]
	first.More = b.errs[1:]
	return model.Scenario{}, first
}

// asWritten makes a range error quote the value as the file wrote it
// (1e400, 1_000), not as a decimal prints it, clipped to stay readable.
func (b *builder) asWritten(err error) error {
	var fe *model.FieldError
	if !errors.As(err, &fe) {
		return err
	}
	text, ok := b.written[fe.Key]
	if !ok {
		return err
	}
	return &model.FieldError{Key: fe.Key, Value: clip(text), Allowed: fe.Allowed, Rule: fe.Rule}
}

// blameInstead names, for a key a rule can fail on while the file leaves it
// at its default, the key whose value the file did write and that brought
// the rule in: a contract value needs a term, a prepayment its credits.
var blameInstead = map[string]string{
	"ai.colocation.term_months":   "ai.colocation.contract_value_usd",
	"ai.colocation.occupancy_pct": "ai.colocation.contract_value_usd",
	"ai.prepayment_credit_months": "ai.prepayment_usd",
}

// where finds the best place to blame for a key: its value, else the value
// that brought the rule in, else the table it belongs to (a rule between two
// keys can fail on a default).
func (b *builder) where(key string) position {
	if at, ok := b.at[key]; ok {
		return at
	}
	if at, ok := b.at[blameInstead[key]]; ok {
		return at
	}
	if i := strings.LastIndex(key, "."); i >= 0 {
		return b.tables[key[:i]]
	}
	return position{}
}

// want names what a field accepts, for type errors.
func want(f model.Field) string {
	switch f.Kind {
	case model.KindFlag:
		return "true or false"
	case model.KindText:
		return "a string"
	case model.KindMonth:
		return `a month as a string, e.g. "2027-01"`
	case model.KindMode:
		return `"gpu_cloud" or "colocation"`
	case model.KindChoice:
		return f.Allowed()
	case model.KindInteger:
		return "a whole number"
	}
	return "a number"
}

// describe names a wrong value in an error, briefly.
func (v value) describe() string {
	switch v.kind {
	case valueNumber:
		return "the number " + clip(v.text)
	case valueString:
		return "the string " + strconv.Quote(clip(v.text))
	case valueBool:
		return v.text
	case valueNull:
		return "null"
	}
	return v.what
}

// clip keeps error messages short whatever a file holds, keeping both ends.
func clip(text string) string { return model.Clip(text) }

func clipTo(text string, limit int) string {
	if utf8.RuneCountInString(text) <= limit {
		return text
	}
	runes := []rune(text)
	return string(runes[:limit]) + "…"
}

// sections lists the tables a scenario file may have, parents first
// ("ai" before "ai.gpu"), derived once from the field table.
var sections = sync.OnceValue(func() []string {
	var list []string
	seen := map[string]bool{}
	for _, f := range model.Fields() {
		section := f.Section()
		for i := range section {
			if section[i] == '.' && !seen[section[:i]] {
				seen[section[:i]] = true
				list = append(list, section[:i])
			}
		}
		if section != "" && !seen[section] {
			seen[section] = true
			list = append(list, section)
		}
	}
	return list
})

func isSection(name string) bool {
	for _, s := range sections() {
		if s == name {
			return true
		}
	}
	return false
}

var fieldKeys = sync.OnceValue(func() []string {
	keys := make([]string, 0, len(model.Fields()))
	for _, f := range model.Fields() {
		keys = append(keys, f.Key)
	}
	return keys
})
