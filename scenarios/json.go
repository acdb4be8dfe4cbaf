package scenarios

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/pivot-tui/pivot-tui/model"
)

// ParseJSON reads a scenario from JSON shaped like the TOML file: one object
// whose tables are nested objects ({"site": {"power_mw": 50}}), for files
// that programs write. Numbers are read from their literal text, never
// through float64. A table given as null is absent ("treasury": null).
func ParseJSON(name string, data []byte) (model.Scenario, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // as ParseTOML: editors on Windows may add a byte-order mark
	r := &jsonReader{b: newBuilder(name), data: data, loc: newLocator(data), dec: json.NewDecoder(bytes.NewReader(data))}
	r.dec.UseNumber()
	// Check the syntax first: the whole-document scanner places a syntax
	// error exactly, where the token reader may point at the value before.
	var whole json.RawMessage
	if err := json.Unmarshal(data, &whole); err != nil {
		r.syntaxError(err)
		_, err := r.b.finishWithoutValidation()
		return model.Scenario{}, err
	}
	if err := r.document(); err != nil {
		if !errors.Is(err, errStop) {
			r.syntaxError(err)
		}
		_, err := r.b.finishWithoutValidation()
		return model.Scenario{}, err
	}
	return r.b.finish()
}

// errStop ends reading after a problem that leaves nothing sensible to read.
var errStop = errors.New("stop")

type jsonReader struct {
	b    *builder
	data []byte
	loc  *locator
	dec  *json.Decoder
}

func (r *jsonReader) document() error {
	at := r.next("")
	tok, err := r.dec.Token()
	if err != nil {
		return err
	}
	if tok != json.Delim('{') {
		v, err := r.value(tok, at)
		if err != nil {
			return err
		}
		r.b.fail(at, "", problemf(ErrType, "want an object {...}, got %s", v.describe()))
		return errStop
	}
	if err := r.object(nil); err != nil {
		return err
	}
	at = r.next("")
	if _, err := r.dec.Token(); err != io.EOF {
		if err != nil {
			return err
		}
		r.b.fail(at, "", problemf(ErrSyntax, "unexpected data after the object"))
		return errStop
	}
	return nil
}

// object reads the members of an object whose '{' was just read; prefix is
// the table it stands for.
func (r *jsonReader) object(prefix []string) error {
	seen := map[string]position{}
	for r.dec.More() {
		keyAt := r.next(",")
		tok, err := r.dec.Token()
		if err != nil {
			return err
		}
		name, _ := tok.(string) // inside an object the decoder only returns string keys
		full := append(prefix[:len(prefix):len(prefix)], name)
		key := joinKey(full)

		valueAt := r.next(":")
		tok, err = r.dec.Token()
		if err != nil {
			return err
		}
		if first, dup := seen[name]; dup {
			if _, err := r.value(tok, valueAt); err != nil {
				return err
			}
			r.b.fail(keyAt, key, problemf(ErrDuplicate, "defined twice (first at line %d)", first.line))
			continue
		}
		seen[name] = keyAt

		switch {
		case key == phasesKey && tok == json.Delim('['):
			if err := r.phases(); err != nil {
				return err
			}
			continue
		case key == phasesKey && tok == nil:
			continue // no phases
		case key == phasesKey:
			v, err := r.value(tok, valueAt)
			if err != nil {
				return err
			}
			r.b.notPhases(v)
			continue
		case isSection(key) && tok == json.Delim('{'):
			r.b.openTable(key, keyAt)
			if err := r.object(full); err != nil {
				return err
			}
			continue
		case isSection(key) && tok == nil:
			continue // an absent table
		}
		v, err := r.value(tok, valueAt)
		if err != nil {
			return err
		}
		_, isField := model.FieldByKey(key)
		switch {
		case isSection(key):
			r.b.notATable(key, v)
		case !isField && tok == json.Delim('{'):
			r.b.unknownTable(key, keyAt)
		default:
			r.b.set(key, keyAt, v)
		}
	}
	_, err := r.dec.Token() // the closing '}'
	return err
}

// phases reads the array of phase objects whose '[' was just read:
// "phases": [{"mw": 40, "live": "2028-01"}, ...].
func (r *jsonReader) phases() error {
	for r.dec.More() {
		at := r.next(",")
		tok, err := r.dec.Token()
		if err != nil {
			return err
		}
		if tok != json.Delim('{') {
			v, err := r.value(tok, at)
			if err != nil {
				return err
			}
			r.b.notPhases(v)
			continue
		}
		i := r.b.startPhase(at)
		for r.dec.More() {
			keyAt := r.next(",")
			tok, err := r.dec.Token()
			if err != nil {
				return err
			}
			name, _ := tok.(string)
			valueAt := r.next(":")
			tok, err = r.dec.Token()
			if err != nil {
				return err
			}
			v, err := r.value(tok, valueAt)
			if err != nil {
				return err
			}
			r.b.setPhase(i, name, keyAt, v)
		}
		if _, err := r.dec.Token(); err != nil { // the closing '}'
			return err
		}
	}
	_, err := r.dec.Token() // the closing ']'
	return err
}

// value converts a token, reading the rest of an array or object.
func (r *jsonReader) value(tok json.Token, at position) (value, error) {
	v := value{at: at}
	switch t := tok.(type) {
	case json.Number:
		v.text = t.String()
		number, err := model.ReadNumber(v.text)
		if err != nil {
			v.kind, v.what = valueOther, clip(v.text)+", "+err.Error()
			break
		}
		v.kind, v.number = valueNumber, number
	case string:
		v.kind, v.text = valueString, t
	case bool:
		v.kind, v.text = valueBool, "false"
		if t {
			v.text = "true"
		}
	case nil:
		v.kind = valueNull
	case json.Delim:
		v.kind, v.what = valueOther, "an array"
		if t == '{' {
			v.what = "an object"
		}
		if err := r.skip(); err != nil {
			return v, err
		}
	}
	return v, nil
}

// skip reads to the end of the array or object just opened.
func (r *jsonReader) skip() error {
	for depth := 1; depth > 0; {
		tok, err := r.dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// next finds where the next token starts: past white space and the given
// separators, which the decoder consumes silently.
func (r *jsonReader) next(separators string) position {
	i := int(r.dec.InputOffset())
	for i < len(r.data) {
		c := r.data[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || bytes.IndexByte([]byte(separators), c) >= 0 {
			i++
			continue
		}
		break
	}
	return r.loc.at(i)
}

func (r *jsonReader) syntaxError(err error) {
	var syntax *json.SyntaxError
	isSyntax := errors.As(err, &syntax)
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		isSyntax && syntax.Error() == "unexpected end of JSON input":
		r.b.fail(r.loc.at(len(r.data)), "", problemf(ErrSyntax, "unexpected end of file"))
	case isSyntax:
		// Offset counts the bytes read, the offending one included.
		r.b.fail(r.loc.at(int(syntax.Offset)-1), "", problemf(ErrSyntax, "%s", syntax.Error()))
	default:
		r.b.fail(position{}, "", problemf(ErrSyntax, "%s", err.Error()))
	}
}
