package scenarios

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// header opens every file Marshal writes.
const header = "# pivot-tui scenario. Every key is optional: a missing key takes its default."

// tableNotes are written after a table's header: what a reader of the file
// needs to know about the table as a whole.
var tableNotes = map[string]string{
	"ai.colocation": "the tenant brings its own GPUs; power is passed through: the operator neither pays nor bills it",
	phasesKey:       "optional: deliver the converted MW in phases (1 to 24); then leave out converted_mw and conversion_months",
	"treasury":      "optional: the BTC balance sheet that funds the pivot",
	"finance":       "optional: tax and project debt; without it every figure is pre-tax and unlevered",
	"risk":          "Monte Carlo and sensitivity settings",
}

// codeLine is a line to write: code and the comment that follows it.
type codeLine struct{ code, comment string }

// uncommentHint ends the comment of a commented-out override.
const uncommentHint = "; uncomment to override"

// commentColumn caps the alignment of trailing comments, so one long value
// (a long name) does not push every comment far to the right.
const commentColumn = 40

// Marshal writes s as a canonical, commented TOML scenario file: every key of
// model.Fields in table order, each with its comment and unit, and the
// pivot's phases as [[ai.phases]] tables after the [ai] keys. What the file
// must not give is shown commented out, so it reads back as absent yet shows
// the user the key exists: the [treasury] table of a scenario without one,
// an unset optional key (with an example, or the value it follows), the
// conversion a phased plan replaces and the rate a contract value sets. For
// any valid s, Parse(Marshal(s)) equals s.
func Marshal(s model.Scenario) []byte {
	var lines []codeLine
	table := ""
	for _, f := range model.Fields() {
		off := absentTable(f.Section(), s)
		if section := f.Section(); section != table {
			if table == "ai" {
				lines = append(lines, phaseLines(s)...)
			}
			table = section
			code := "[" + section + "]"
			if off {
				code = "# " + code
			}
			lines = append(lines, codeLine{}, codeLine{code, tableNotes[section]})
		}
		code, comment := fieldLine(f, &s)
		if off {
			code = "# " + code
		}
		lines = append(lines, codeLine{code, comment})
	}

	width := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(l.code); n < commentColumn {
			width = max(width, n)
		}
	}
	var b bytes.Buffer
	b.WriteString(header + "\n")
	for _, l := range lines {
		b.WriteString(l.code)
		if l.comment != "" {
			pad := max(1, width-utf8.RuneCountInString(l.code)+2)
			b.WriteString(strings.Repeat(" ", pad) + "# " + l.comment)
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}

// example is what a commented-out key shows: its value when it has one, else
// the value of the key it follows (converted_mw follows site.power_mw), else
// the field's example.
func example(f model.Field, s *model.Scenario) string {
	if f.IsSet(s) {
		return formatValue(f, s)
	}
	if f.Follows != "" {
		if followed, ok := model.FieldByKey(f.Follows); ok {
			return formatValue(followed, s)
		}
	}
	return f.Example
}

// phaseLines writes the pivot's phases as [[ai.phases]] tables, or, without
// phases, one commented out: the whole conversion as a single phase.
func phaseLines(s model.Scenario) []codeLine {
	if len(s.AI.Phases) == 0 {
		example := s
		mw := s.Site.PowerMW
		if s.AI.ConvertedMW.Valid {
			mw = s.AI.ConvertedMW.Decimal
		}
		example.AI.Phases = []model.Phase{{MW: mw, Live: s.Start.AddMonths(s.AI.ConversionMonths)}}
		lines := []codeLine{{}}
		for _, l := range phaseTable.lines(&example, 0, tableNotes[phasesKey]) {
			lines = append(lines, codeLine{"# " + l.code, l.comment})
		}
		return lines
	}
	var lines []codeLine
	for i := range s.AI.Phases {
		note := ""
		if i == 0 {
			note = tableNotes[phasesKey]
		}
		lines = append(lines, codeLine{})
		lines = append(lines, phaseTable.lines(&s, i, note)...)
	}
	return lines
}

// formatValue writes a value as TOML: numbers with their exact decimal text,
// months, modes and text as strings.
func formatValue(f model.Field, s *model.Scenario) string {
	switch f.Kind {
	case model.KindText, model.KindMonth, model.KindMode, model.KindChoice:
		return tomlString(f.Format(s))
	}
	if value, ok := f.Decimal(s); ok {
		return formatNumber(value)
	}
	return f.Format(s)
}

// formatNumber writes a decimal exactly, as the editor shows it (see
// model.FormatNumber).
func formatNumber(value decimal.Decimal) string { return model.FormatNumber(value) }

// describeField is the field's comment with its unit, unless the comment
// already names it.
func describeField(f model.Field) string {
	if f.Unit == "" || strings.Contains(f.Comment, f.Unit) {
		return f.Comment
	}
	return fmt.Sprintf("%s (%s)", f.Comment, f.Unit)
}

// tomlString quotes text as a TOML basic string. TOML has no escape for bytes
// that are not UTF-8, so those become U+FFFD, as the readers would make them.
func tomlString(text string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range text {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\f':
			b.WriteString(`\f`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r) // utf8.RuneError for an invalid byte writes U+FFFD
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// absentTable reports whether section is an optional table the scenario
// leaves out, which Marshal writes commented out.
func absentTable(section string, s model.Scenario) bool {
	switch section {
	case "treasury":
		return !s.HasTreasury
	case "finance":
		return !s.HasFinance
	}
	return false
}
