package scenarios

import (
	"bytes"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
)

// leftOutKey is a key a file must not give while another part of the
// scenario sets what it would (spec §10, §11): the loader refuses it even at
// its default. Marshal and a save write it commented out, its comment ended
// by note, so the file still shows the key and says why it is not in force.
type leftOutKey struct {
	key  string
	when func(s *model.Scenario) bool
	note string
}

var leftOutKeys = []leftOutKey{
	{"ai.converted_mw", phased, "not used with [[ai.phases]]"},
	{"ai.conversion_months", phased, "not used with [[ai.phases]]"},
	{"ai.colocation.rate_usd_per_kw_month", contracted, "set by contract_value_usd"},
}

func phased(s *model.Scenario) bool     { return len(s.AI.Phases) > 0 }
func contracted(s *model.Scenario) bool { return s.AI.Colocation.ContractValueUSD.Valid }

// leftOut reports whether s must not give f, and the note that says why.
func leftOut(f model.Field, s *model.Scenario) (note string, ok bool) {
	for _, k := range leftOutKeys {
		if k.key == f.Key && k.when(s) {
			return k.note, true
		}
	}
	return "", false
}

// leftOutNote is the note of f's rule, whether or not it holds; "" for a
// key no rule leaves out.
func leftOutNote(f model.Field) string {
	for _, k := range leftOutKeys {
		if k.key == f.Key {
			return k.note
		}
	}
	return ""
}

// A save follows the same rules. A key written in the file that a rule now
// leaves out is commented out, not deleted, with the note: the user's
// figure and comment stay, the file loads, and it says why the key is not
// in force. When the rule no longer holds (the phases or the contract value
// are gone), a line that carries the note comes back: a save wrote it, and
// the key is in force again. A key that must be given (conversion_months,
// the rate) comes back as a value, since Marshal writes every such key and
// a reader of the file should see the figure the model uses; an unset
// optional key (converted_mw) stays commented out, the note giving way to
// the hint to uncomment it where Marshal writes one.

// leaveOut comments out the value at, adding note to its comment; a value
// inside an inline table's braces cannot be commented out and goes.
func (l *layout) leaveOut(at *valueAt, note string) []edit {
	if at.inline {
		return []edit{l.removePair(at)}
	}
	edits := l.commentOut(at.line, at.comment)
	end := at.line.start + len(bytes.TrimRight(l.data[at.line.start:at.line.end], "\r\n"))
	if at.comment >= 0 {
		return append(edits, edit{start: end, end: end, text: "; " + note})
	}
	return append(edits, edit{start: end, end: end, text: "  # " + note})
}

// hintToNote makes a commented-out line of a key that must be left out say
// so, in place of the hint to uncomment it, which would break the file.
func (l *layout) hintToNote(line span, note string) []edit {
	c, ok := l.commentedLine(line)
	if !ok || c.comment < 0 || !bytes.HasSuffix(l.data[c.comment:c.end], []byte(uncommentHint)) {
		return nil
	}
	return []edit{{start: c.end - len(uncommentHint), end: c.end, text: "; " + note}}
}

// hasNote reports whether a commented-out line carries note.
func (l *layout) hasNote(line span, note string) bool {
	c, ok := l.commentedLine(line)
	if !ok || c.comment < 0 || note == "" {
		return false
	}
	comment := string(l.data[c.comment:c.end])
	return comment == "# "+note || strings.HasSuffix(comment, "; "+note)
}

// bringBack restores a line that carries f's note once the rule no longer
// holds: as a value when s sets f, else as a commented-out override.
func (l *layout) bringBack(line span, f model.Field, s *model.Scenario) []edit {
	note := leftOutNote(f)
	if f.IsSet(s) {
		return l.uncomment(line, note)
	}
	c, _ := l.commentedLine(line)
	if string(l.data[c.comment:c.end]) == "# "+note {
		return []edit{{start: len(bytes.TrimRight(l.data[:c.comment], " \t")), end: c.end}}
	}
	hint := ""
	if string(l.data[c.comment:c.end]) == "# "+describeField(f)+"; "+note {
		hint = uncommentHint // Marshal's line, as Marshal writes it unset
	}
	return []edit{{start: c.end - len("; "+note), end: c.end, text: hint}}
}
