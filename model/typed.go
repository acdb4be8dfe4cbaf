package model

import (
	"strings"

	"github.com/shopspring/decimal"
)

// A number typed into the dashboard's editor is read as an analyst writes
// it, on top of the reader files share (readTyped, then ReadNumber); files
// hold plain numbers and keep refusing all of this. What the editor accepts
// it stores as a plain value, so a saved file always loads back:
//
//   - a unit after the number, the field's own in any case, with or without
//     a space: "45 $/MWh", "50mw", "97 %"; "USD" for a field in dollars,
//     and a bare "%" for a percent per year;
//   - a dollar sign before it, for a field in dollars: "$70,000", "-$5",
//     "$45/MWh" (the unit then without its dollar);
//   - a magnitude after it, in either case: k a thousand, M a million,
//     B a billion ("100k", "1.5M", "2B");
//   - underscores and commas grouping thousands (readTyped).
//
// Anything else is not a number, and Field.Parse refuses it with the range.

// magnitudes are the powers of ten a typed number's last letter stands for.
var magnitudes = map[byte]int32{'k': 3, 'K': 3, 'm': 6, 'M': 6, 'b': 9, 'B': 9}

// readInput reads a number typed for f.
func (f Field) readInput(text string) (decimal.Decimal, error) {
	text = strings.TrimSpace(text)
	sign := ""
	if rest, ok := strings.CutPrefix(text, "-"); ok && strings.HasPrefix(rest, "$") {
		sign, text = "-", rest
	} else if rest, ok := strings.CutPrefix(text, "+"); ok && strings.HasPrefix(rest, "$") {
		text = rest
	}
	dollar := false
	if rest, ok := strings.CutPrefix(text, "$"); ok && strings.HasPrefix(f.Unit, "$") {
		dollar, text = true, strings.TrimSpace(rest)
	}
	text = f.trimUnit(text, dollar)
	shift := int32(0)
	if n := len(text); n > 1 {
		if s, ok := magnitudes[text[n-1]]; ok {
			shift, text = s, strings.TrimSpace(text[:n-1])
		}
	}
	value, err := readTyped(sign + text)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return value.Shift(shift), nil
}

// trimUnit removes a unit of f's from the end of text, with the space
// before it. After a leading dollar sign the unit may drop its own ("$45/MWh").
func (f Field) trimUnit(text string, dollar bool) string {
	var units []string
	if f.Unit != "" {
		units = append(units, f.Unit)
	}
	if f.Unit == "$" {
		units = append(units, "USD")
	}
	if rest, ok := strings.CutPrefix(f.Unit, "$"); ok && dollar && rest != "" {
		units = append(units, rest)
	}
	if strings.HasPrefix(f.Unit, "%") && f.Unit != "%" {
		units = append(units, "%")
	}
	for _, u := range units {
		if n := len(text) - len(u); n > 0 && strings.EqualFold(text[n:], u) {
			return strings.TrimSpace(text[:n])
		}
	}
	return text
}
