package model

import (
	"fmt"
	"strconv"
)

// CheckText refuses control characters in free text (a name, a GPU model):
// C0 (tab and newline included), DEL and C1. Printed to a terminal, ESC and
// C1's CSI can clear the screen, retitle the window or leave the alternate
// screen on, and a newline pushes the dashboard's status line, where its
// questions appear, off the screen. A label needs none of them.
func (f Field) CheckText(text string) error {
	for i, r := range []rune(text) {
		if isControl(r) {
			return &FieldError{Key: f.Key, Value: quoteText(text),
				Allowed: fmt.Sprintf("text without control characters (found %s at character %d)", controlName(r), i+1)}
		}
	}
	return nil
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) }

// controlName names a control character as a user may know it.
func controlName(r rune) string {
	names := map[rune]string{0x1b: "ESC", '\n': "a newline", '\r': "a carriage return", '\t': "a tab",
		0x07: "BEL", 0x7f: "DEL", 0x9b: "CSI"}
	if name, ok := names[r]; ok {
		return fmt.Sprintf("%s (U+%04X)", name, r)
	}
	return fmt.Sprintf("U+%04X", r)
}

// quoteText quotes text for a message with every control character
// escaped ("Board\x1b[2J"), so the message itself is safe to print.
func quoteText(text string) string { return strconv.QuoteToGraphic(Clip(text)) }
