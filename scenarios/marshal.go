package scenarios

import (
	"bytes"
	"fmt"
	"strconv"
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
	"treasury":      "optional: the BTC balance sheet that funds the pivot",
	"finance":       "optional: tax and project debt; without it every figure is pre-tax and unlevered",
	"risk":          "Monte Carlo and sensitivity settings",
}

// hashpriceExample is the value shown on the commented-out override line
// (the spec's own example); it is not read back.
const hashpriceExample = "40"

// commentColumn caps the alignment of trailing comments, so one long value
// (a long name) does not push every comment far to the right.
const commentColumn = 40

// Marshal writes s as a canonical, commented TOML scenario file: every key of
// model.Fields in table order, each with its comment and unit. A scenario
// without a treasury gets the [treasury] table commented out, so it reads back
// as absent yet shows the user the keys exist; likewise [finance] and an unset
// hashprice override. For any valid s, Parse(Marshal(s)) equals s.
func Marshal(s model.Scenario) []byte {
	type line struct{ code, comment string }
	var lines []line
	table := ""
	for _, f := range model.Fields() {
		off := absentTable(f.Section(), s)
		if section := f.Section(); section != table {
			table = section
			code := "[" + section + "]"
			if off {
				code = "# " + code
			}
			lines = append(lines, line{}, line{code, tableNotes[section]})
		}
		code := f.Name() + " = " + formatValue(f, &s)
		comment := describeField(f)
		if !f.IsSet(&s) {
			code = "# " + f.Name() + " = " + hashpriceExample
			comment += "; uncomment to override"
		}
		if off {
			code = "# " + code
		}
		lines = append(lines, line{code, comment})
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

// formatValue writes a value as TOML: numbers with their exact decimal text,
// months, modes and text as strings.
func formatValue(f model.Field, s *model.Scenario) string {
	switch f.Kind {
	case model.KindText, model.KindMonth, model.KindMode:
		return tomlString(f.Format(s))
	}
	if value, ok := f.Decimal(s); ok {
		return formatNumber(value)
	}
	return f.Format(s)
}

// formatNumber writes a decimal exactly: as String writes it, or, when that
// runs long (0.000…1 with hundreds of zeros), as digits and an exponent, which
// TOML reads back to the same value.
func formatNumber(value decimal.Decimal) string {
	const long = 64
	text := value.String()
	if len(text) <= long {
		return text
	}
	digits := value.Coefficient().String()
	sign := ""
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	trimmed := strings.TrimRight(digits, "0")
	if trimmed == "" {
		return "0"
	}
	exponent := int(value.Exponent()) + len(digits) - len(trimmed)
	return sign + trimmed + "e" + strconv.Itoa(exponent)
}

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
