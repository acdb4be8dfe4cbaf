package model

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Kind is the type of a scenario field's value.
type Kind int

const (
	KindNumber   Kind = iota // an exact decimal
	KindInteger              // a whole number (months, paths, seed)
	KindOptional             // a decimal that may be unset (the hashprice override)
	KindFlag                 // true or false
	KindText                 // free text
	KindMonth                // YYYY-MM
	KindMode                 // one of Modes
	KindChoice               // one of the field's Choices (capex timing, escalator step)
)

// Field describes one scenario key: its name in files, its unit, its allowed
// range and how to read and write it. The table in Fields is the single source
// for validation, the file format's comments and the dashboard's inputs.
type Field struct {
	Key     string // the spec's key path, e.g. "site.power_mw"
	Label   string // a short label for screens
	Unit    string // the unit as shown after a value, e.g. "$/MWh"
	Comment string // what a scenario file says about the key
	Kind    Kind

	// Range, for numeric kinds. An exclusive bound excludes its value.
	Min, Max                   decimal.Decimal
	MinExclusive, MaxExclusive bool
	// Step is a sensible nudge for the dashboard (a month for KindMonth).
	Step decimal.Decimal
	// Places is how many decimals a value is shown with.
	Places int32
	// Choices are the values a KindChoice field takes, in display order.
	Choices []string
	// Follows names the key whose value an unset optional field takes
	// (ai.converted_mw follows site.power_mw); "" when it has none.
	Follows string
	// Example is a value to show for an unset optional field that follows no
	// other key (the hashprice override, a contract value).
	Example string

	number   func(*Scenario) *decimal.Decimal
	optional func(*Scenario) *decimal.NullDecimal
	integer  func(*Scenario) *int
	seed     func(*Scenario) *int64
	flag     func(*Scenario) *bool
	text     func(*Scenario) *string
	month    func(*Scenario) *YearMonth
	mode     func(*Scenario) *Mode
	choice   func(*Scenario) *string
}

// Section is the file table the key lives in ("" for top-level keys), and
// Name the key within it.
func (f Field) Section() string {
	if i := strings.LastIndex(f.Key, "."); i >= 0 {
		return f.Key[:i]
	}
	return ""
}

func (f Field) Name() string { return f.Key[strings.LastIndex(f.Key, ".")+1:] }

// Numeric reports whether the field holds a number (decimal, integer or optional decimal).
func (f Field) Numeric() bool {
	return f.Kind == KindNumber || f.Kind == KindInteger || f.Kind == KindOptional
}

// Decimal reads a numeric field; ok is false for an unset optional field or a non-numeric one.
func (f Field) Decimal(s *Scenario) (value decimal.Decimal, ok bool) {
	switch {
	case f.number != nil:
		return *f.number(s), true
	case f.optional != nil:
		n := *f.optional(s)
		return n.Decimal, n.Valid
	case f.integer != nil:
		return decimal.NewFromInt(int64(*f.integer(s))), true
	case f.seed != nil:
		return decimal.NewFromInt(*f.seed(s)), true
	}
	return decimal.Decimal{}, false
}

// SetDecimal writes a numeric field; integers take the value's integer part.
// It does not check the range: call Check first, or Validate after.
func (f Field) SetDecimal(s *Scenario, value decimal.Decimal) {
	switch {
	case f.number != nil:
		*f.number(s) = value
	case f.optional != nil:
		*f.optional(s) = decimal.NewNullDecimal(value)
	case f.integer != nil:
		*f.integer(s) = int(value.IntPart())
	case f.seed != nil:
		*f.seed(s) = value.IntPart()
	}
}

// Clear unsets an optional field (the hashprice returns to its derived value).
func (f Field) Clear(s *Scenario) {
	if f.optional != nil {
		*f.optional(s) = decimal.NullDecimal{}
	}
}

// IsSet is false only for an optional field without a value.
func (f Field) IsSet(s *Scenario) bool {
	if f.optional != nil {
		return f.optional(s).Valid
	}
	return true
}

// Same reports whether a and b hold the same value for f, numbers compared
// by value (1.50 equals 1.5) and an optional number left out only equal to
// one left out.
func (f Field) Same(a, b *Scenario) bool {
	switch f.Kind {
	case KindFlag:
		return f.Flag(a) == f.Flag(b)
	case KindText:
		return f.Text(a) == f.Text(b)
	case KindMonth:
		return f.Month(a) == f.Month(b)
	case KindMode:
		return f.Mode(a) == f.Mode(b)
	case KindChoice:
		return f.Choice(a) == f.Choice(b)
	}
	va, oka := f.Decimal(a)
	vb, okb := f.Decimal(b)
	return oka == okb && (!oka || va.Equal(vb))
}

// Flag, Text, Month and Mode read the non-numeric kinds.
func (f Field) Flag(s *Scenario) bool       { return *f.flag(s) }
func (f Field) Text(s *Scenario) string     { return *f.text(s) }
func (f Field) Month(s *Scenario) YearMonth { return *f.month(s) }
func (f Field) Mode(s *Scenario) Mode       { return *f.mode(s) }

func (f Field) SetFlag(s *Scenario, v bool)       { *f.flag(s) = v }
func (f Field) SetText(s *Scenario, v string)     { *f.text(s) = v }
func (f Field) SetMonth(s *Scenario, v YearMonth) { *f.month(s) = v }
func (f Field) SetMode(s *Scenario, v Mode)       { *f.mode(s) = v }

// Choice reads a KindChoice field.
func (f Field) Choice(s *Scenario) string { return *f.choice(s) }

// SetChoice writes a KindChoice field; it does not check the value (see Parse).
func (f Field) SetChoice(s *Scenario, v string) { *f.choice(s) = v }

// Format writes the field's value as a scenario file would hold it
// ("" for an unset optional field).
func (f Field) Format(s *Scenario) string {
	switch f.Kind {
	case KindFlag:
		return strconv.FormatBool(f.Flag(s))
	case KindText:
		return f.Text(s)
	case KindMonth:
		return f.Month(s).String()
	case KindMode:
		return string(f.Mode(s))
	case KindChoice:
		return f.Choice(s)
	}
	value, ok := f.Decimal(s)
	if !ok {
		return ""
	}
	return FormatNumber(value)
}

// Parse sets the field from text as a person would type it ("1_000", "2.35",
// "$70,000", "1.5M", "45 $/MWh", "true", "2028-04", "colocation"; see
// readInput), checking the range. An empty text clears
// an optional field.
func (f Field) Parse(s *Scenario, text string) error {
	text = strings.TrimSpace(text)
	switch f.Kind {
	case KindFlag:
		v, err := strconv.ParseBool(text)
		if err != nil {
			return &FieldError{Key: f.Key, Value: text, Allowed: "true or false"}
		}
		f.SetFlag(s, v)
		return nil
	case KindText:
		if err := f.CheckText(text); err != nil {
			return err
		}
		f.SetText(s, text)
		return nil
	case KindMonth:
		ym, err := ParseYearMonth(text)
		if err != nil {
			return &FieldError{Key: f.Key, Value: text, Allowed: "a month written YYYY-MM"}
		}
		if err := f.CheckMonth(ym); err != nil {
			return err
		}
		f.SetMonth(s, ym)
		return nil
	case KindMode:
		mode, err := ParseMode(text)
		if err != nil {
			return &FieldError{Key: f.Key, Value: text, Allowed: modeChoices()}
		}
		f.SetMode(s, mode)
		return nil
	case KindChoice:
		if err := f.CheckChoice(text); err != nil {
			return err
		}
		f.SetChoice(s, text)
		return nil
	}
	if text == "" && f.Kind == KindOptional {
		f.Clear(s)
		return nil
	}
	value, err := f.readInput(text)
	switch {
	case errors.Is(err, ErrNumberTooLong) || errors.Is(err, ErrNumberTooPrecise):
		return &FieldError{Key: f.Key, Value: Clip(text), Allowed: precisionAllowed}
	case err != nil:
		return &FieldError{Key: f.Key, Value: Clip(text), Allowed: "a number " + f.Allowed()}
	}
	if err := f.Check(value); err != nil {
		return err
	}
	f.SetDecimal(s, value)
	return nil
}

// ParseMode reads an AI mode.
func ParseMode(text string) (Mode, error) {
	for _, m := range Modes {
		if string(m) == text {
			return m, nil
		}
	}
	return "", fmt.Errorf("unknown AI mode %q: want %s", text, modeChoices())
}

func modeChoices() string { return `"gpu_cloud" or "colocation"` }

// quotedChoices words a list of values: "a", "b" or "c".
func quotedChoices(choices []string) string {
	quoted := make([]string, len(choices))
	for i, c := range choices {
		quoted[i] = strconv.Quote(c)
	}
	if len(quoted) < 2 {
		return strings.Join(quoted, "")
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
}

// CheckChoice reports whether text is one of a KindChoice field's values.
func (f Field) CheckChoice(text string) error {
	for _, c := range f.Choices {
		if c == text {
			return nil
		}
	}
	return &FieldError{Key: f.Key, Value: text, Allowed: f.Allowed(),
		Rule: fmt.Sprintf("unknown value %q: want %s", text, f.Allowed())}
}

// Check reports whether value lies in the field's range (and is whole for an integer field).
func (f Field) Check(value decimal.Decimal) error {
	if err := f.checkNumber(value); err != nil {
		return err
	}
	inRange := true
	if f.MinExclusive {
		inRange = value.GreaterThan(f.Min)
	} else {
		inRange = value.GreaterThanOrEqual(f.Min)
	}
	if f.MaxExclusive {
		inRange = inRange && value.LessThan(f.Max)
	} else {
		inRange = inRange && value.LessThanOrEqual(f.Max)
	}
	if f.Kind == KindInteger && !value.IsInteger() {
		inRange = false
	}
	if !inRange {
		return &FieldError{Key: f.Key, Value: briefNumber(value), Allowed: f.Allowed()}
	}
	return nil
}

// Months are checked against a plausible calendar window.
var (
	earliestMonth = YearMonth{Year: 2009, Month: 1}
	latestMonth   = YearMonth{Year: 2200, Month: 12}
)

// CheckMonth reports whether a month lies in the calendar window scenarios may use.
func (f Field) CheckMonth(ym YearMonth) error {
	if ym.Before(earliestMonth) || latestMonth.Before(ym) {
		return &FieldError{Key: f.Key, Value: ym.String(),
			Allowed: fmt.Sprintf("a month from %s to %s", earliestMonth, latestMonth)}
	}
	return nil
}

// Allowed describes the range in words, e.g. "in (0, 10000] MW".
func (f Field) Allowed() string {
	switch f.Kind {
	case KindFlag:
		return "true or false"
	case KindMode:
		return modeChoices()
	case KindChoice:
		return quotedChoices(f.Choices)
	case KindMonth:
		return fmt.Sprintf("a month from %s to %s", earliestMonth, latestMonth)
	case KindText:
		return "text without control characters"
	}
	open, close := "[", "]"
	if f.MinExclusive {
		open = "("
	}
	if f.MaxExclusive {
		close = ")"
	}
	what := "in "
	if f.Kind == KindInteger {
		what = "a whole number in "
	}
	text := what + open + f.Min.String() + ", " + f.Max.String() + close
	if f.Unit != "" {
		text += " " + f.Unit
	}
	return text
}

// FieldByKey finds a field by its key path.
func FieldByKey(key string) (Field, bool) {
	for _, f := range fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Fields lists every scenario key in file order.
func Fields() []Field { return fields }
