package scenarios

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
)

// MarshalJSON writes s as a JSON scenario file, in the structure of the TOML
// file Marshal writes: every key of model.Fields in table order, tables as
// nested objects ({"ai": {"gpu": {...}}}), the pivot's phases as an array
// after the [ai] keys ("phases": [{"mw": 40, "live": "2028-01"}]), numbers
// as JSON numbers with their exact decimal digits. What the TOML file
// leaves commented out is left out: an unset optional key, the conversion a
// phased plan replaces, the rate a contract value sets; an optional table
// the scenario lacks (the treasury, the finance) is null. For any valid s, ParseJSON(MarshalJSON(s))
// equals s. The JSON report echoes its inputs with it.
func MarshalJSON(s model.Scenario) []byte {
	root := &jsonTable{}
	previous := ""
	for _, f := range model.Fields() {
		section := f.Section()
		if previous == "ai" && section != "ai" && len(s.AI.Phases) > 0 {
			root.table("ai").set(phaseName, phasesJSON(s.AI.Phases))
		}
		previous = section
		if absentTable(section, s) {
			root.table("").set(section, []byte("null"))
			continue
		}
		if _, out := leftOut(f, &s); out || !f.IsSet(&s) {
			continue
		}
		root.table(section).set(f.Name(), jsonValue(f, &s))
	}
	var b bytes.Buffer
	root.write(&b)
	return b.Bytes()
}

// jsonTable is one object of the file, its keys in the order first set.
type jsonTable struct {
	keys   []string
	values map[string]any // []byte (JSON text) or *jsonTable
}

// table is the object at a dotted section path ("" is the table itself),
// made where missing.
func (t *jsonTable) table(section string) *jsonTable {
	if section == "" {
		return t
	}
	name, rest, _ := strings.Cut(section, ".")
	sub, ok := t.values[name].(*jsonTable)
	if !ok {
		sub = &jsonTable{}
		t.set(name, sub)
	}
	return sub.table(rest)
}

func (t *jsonTable) set(key string, value any) {
	if t.values == nil {
		t.values = map[string]any{}
	}
	if _, ok := t.values[key]; !ok {
		t.keys = append(t.keys, key)
	}
	t.values[key] = value
}

func (t *jsonTable) write(b *bytes.Buffer) {
	b.WriteByte('{')
	for i, k := range t.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(jsonString(k))
		b.WriteByte(':')
		switch v := t.values[k].(type) {
		case *jsonTable:
			v.write(b)
		case []byte:
			b.Write(v)
		}
	}
	b.WriteByte('}')
}

// phaseName is the phases' key in the [ai] table.
var phaseName = strings.TrimPrefix(phasesKey, "ai.")

// phasesJSON writes the pivot's phases as an array of objects.
func phasesJSON(phases []model.Phase) []byte {
	var b bytes.Buffer
	b.WriteByte('[')
	for i, p := range phases {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"mw":` + formatNumber(p.MW) + `,"live":`)
		b.Write(jsonString(p.Live.String()))
		b.WriteByte('}')
	}
	b.WriteByte(']')
	return b.Bytes()
}

// jsonValue writes a key's value: numbers with their exact digits, flags as
// booleans, text, months and modes as strings.
func jsonValue(f model.Field, s *model.Scenario) []byte {
	switch f.Kind {
	case model.KindFlag:
		return []byte(strconv.FormatBool(f.Flag(s)))
	case model.KindText, model.KindMonth, model.KindMode:
		return jsonString(f.Format(s))
	}
	if value, ok := f.Decimal(s); ok {
		return []byte(formatNumber(value))
	}
	return jsonString(f.Format(s))
}

// jsonString quotes text as JSON, leaving <, > and & as they are.
func jsonString(text string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(text) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
