package model

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Numbers reach a scenario from files and from the dashboard's editor. Both
// read them with ReadNumber, and every value passes Field.Check, which holds
// the same limits: so a plain number one accepts the other accepts, and a
// saved scenario always loads back. The editor alone also reads an
// analyst's shorthand on top ("$1.5M", "45 $/MWh"; typed.go), which it
// stores as the plain value.

// MaxNumberLength bounds a number's text. Reading keeps every digit, and
// converting a million digits takes seconds; no input needs a thousand.
const MaxNumberLength = 1000

// MaxSignificantDigits bounds a value's precision, so that a file can write
// any value back in a few dozen characters and the model's exact arithmetic
// stays cheap. No input is known to a hundred digits.
const MaxSignificantDigits = 100

// The smallest and largest powers of ten a value may carry: what a scenario
// file can hold (shopspring/decimal reads no exponent beyond its
// MaxDecodeExponent, 10000).
const (
	minExponent = -10000
	maxExponent = 10000
)

// The ways a number's text can fail; the messages complete "got the
// number 1e99999, ...".
var (
	ErrNumberTooLong    = errors.New("which has too many digits")
	ErrNumberTooLarge   = errors.New("which is too large or too precise")
	ErrNumberTooPrecise = fmt.Errorf("which has more than %d significant digits", MaxSignificantDigits)
	errNotANumber       = errors.New("which is not a number")
)

// ReadNumber reads a number in plain decimal notation: an optional sign,
// digits with an optional point, and an optional exponent ("45", "-2.35",
// "+7", "1.5e-6"). Separators are the caller's to remove first: TOML's
// underscores, a typed thousands comma (see readTyped).
func ReadNumber(text string) (decimal.Decimal, error) {
	if len(text) > MaxNumberLength {
		return decimal.Decimal{}, ErrNumberTooLong
	}
	if !plainDecimal(text) {
		return decimal.Decimal{}, errNotANumber
	}
	n, err := decimal.NewFromString(text)
	if err != nil {
		return decimal.Decimal{}, ErrNumberTooLarge
	}
	if err := checkPrecision(n); err != nil {
		return decimal.Decimal{}, err
	}
	return n, nil
}

// plainDecimal reports whether text is [sign] digits [. digits] [e [sign]
// digits], with digits on at least one side of the point. decimal's own
// reader is laxer in places (it takes "1e" and "." in ways that differ
// between versions); the grammar is fixed here.
func plainDecimal(text string) bool {
	i := 0
	if i < len(text) && (text[i] == '+' || text[i] == '-') {
		i++
	}
	digits := func() int {
		start := i
		for i < len(text) && text[i] >= '0' && text[i] <= '9' {
			i++
		}
		return i - start
	}
	whole := digits()
	fraction := 0
	if i < len(text) && text[i] == '.' {
		i++
		fraction = digits()
	}
	if whole+fraction == 0 {
		return false
	}
	if i < len(text) && (text[i] == 'e' || text[i] == 'E') {
		i++
		if i < len(text) && (text[i] == '+' || text[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(text)
}

// checkPrecision holds a value to what a file can write and read back: at
// most MaxSignificantDigits digits, at powers of ten a file can hold.
func checkPrecision(n decimal.Decimal) error {
	if n.IsZero() {
		return nil
	}
	digits := strings.TrimLeft(n.Coefficient().String(), "-")
	trimmed := strings.TrimRight(digits, "0")
	if len(trimmed) > MaxSignificantDigits {
		return ErrNumberTooPrecise
	}
	lowest := int64(n.Exponent()) + int64(len(digits)-len(trimmed)) // the power of ten of the last significant digit
	highest := lowest + int64(len(trimmed)) - 1
	if lowest < minExponent || highest > maxExponent {
		return ErrNumberTooLarge
	}
	return nil
}

// readTyped reads a number as a person types it: TOML-style underscores
// ("1_000") and commas that group thousands ("70,000", "1,000,000.5") are
// allowed. A comma anywhere else is refused, never dropped: "2,35" is a
// decimal comma, and reading it as 235 would be a silent hundredfold error.
func readTyped(text string) (decimal.Decimal, error) {
	text = strings.ReplaceAll(text, "_", "")
	if strings.Contains(text, ",") {
		if !thousandsGrouped(text) {
			return decimal.Decimal{}, errNotANumber
		}
		text = strings.ReplaceAll(text, ",", "")
	}
	return ReadNumber(text)
}

// thousandsGrouped reports whether every comma in text separates groups of
// three digits in the whole part: 1,000 and 70,000.5, not 2,35, 1,0000,
// ,100 or 1.000,5.
func thousandsGrouped(text string) bool {
	whole := strings.TrimLeft(text, "+-")
	if end := strings.IndexAny(whole, ".eE"); end >= 0 {
		if strings.Contains(whole[end:], ",") {
			return false
		}
		whole = whole[:end]
	}
	groups := strings.Split(whole, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	for _, g := range groups {
		for i := 0; i < len(g); i++ {
			if g[i] < '0' || g[i] > '9' {
				return false
			}
		}
	}
	return true
}

// checkNumber is Field.Check's precision rule, worded as a range error: a
// value with more digits than a file can write back is refused wherever it
// comes from (a typed number, a nudge, a file).
func (f Field) checkNumber(value decimal.Decimal) error {
	switch err := checkPrecision(value); err {
	case nil:
		return nil
	case ErrNumberTooPrecise:
		return &FieldError{Key: f.Key, Value: briefNumber(value), Allowed: precisionAllowed}
	default:
		return &FieldError{Key: f.Key, Value: briefNumber(value),
			Allowed: fmt.Sprintf("a number between 1e%d and 1e%d in size", minExponent, maxExponent)}
	}
}

// precisionAllowed words the precision rule as a range error's "want".
var precisionAllowed = fmt.Sprintf("a number of at most %d significant digits", MaxSignificantDigits)

// briefNumber writes a value that may run to thousands of digits in a few
// dozen characters: compactly (1e-300), or keeping both ends and saying how
// many digits it has.
func briefNumber(value decimal.Decimal) string {
	text := FormatNumber(value)
	if utf8.RuneCountInString(text) <= clipLength {
		return text
	}
	digits := strings.TrimRight(strings.TrimLeft(value.Coefficient().String(), "-"), "0")
	return clipMiddle(text) + " (" + strconv.Itoa(len(digits)) + " significant digits)"
}

// clipLength is the most characters of a value a one-line message quotes.
const clipLength = 40

// Clip keeps text that may run to thousands of characters short enough to
// quote in a one-line message. It keeps both ends, since the end often holds
// what is wrong (the last digit of 100.000…001, an exponent, a stray comma),
// and says how long the whole is, so a number's size stays readable.
func Clip(text string) string {
	n := utf8.RuneCountInString(text)
	if n <= clipLength {
		return text
	}
	return clipMiddle(text) + " (" + strconv.Itoa(n) + " characters)"
}

// clipMiddle keeps the first and last characters of text, clipLength in
// all, with an ellipsis between them.
func clipMiddle(text string) string {
	const head = 24
	runes := []rune(text)
	if len(runes) <= clipLength {
		return text
	}
	return string(runes[:head]) + "…" + string(runes[len(runes)-(clipLength-head-1):])
}

// FormatNumber writes a value exactly: as decimal's String writes it, or,
// when that runs long (0.000…1 with hundreds of zeros), as digits and an
// exponent. Files and the editor's pre-filled text both use it, so any value
// reads back through ReadNumber to itself.
func FormatNumber(value decimal.Decimal) string {
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
