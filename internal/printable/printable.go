// Package printable makes any text safe to show: on a terminal, in a
// Markdown memo, in an SVG or a PNG. A scenario's name and GPU model are
// checked at load, but a file path is not, and every output must hold
// whatever it is given. One function does it, so every output agrees.
package printable

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// String returns s with every character that could drive a terminal, break
// a line or be refused by XML written as a visible escape: a newline as
// \n, ESC as \x1b, C1's CSI as \u009b, a byte that is not UTF-8 as \xff.
// Printed, ESC and CSI can clear the screen, retitle the window or leave
// the alternate screen on; a newline pushes a status line off the screen;
// the bidirectional overrides reorder what a reader sees. Text without
// them comes back unchanged.
func String(s string) string {
	if isPrintable(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !unsafe(r):
			b.WriteString(s[i : i+size])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += size
	}
	return b.String()
}

// isPrintable reports whether String would leave s as it is.
func isPrintable(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size <= 1) || unsafe(r) {
			return false
		}
		i += size
	}
	return true
}

// unsafe reports whether r must not reach an output as itself: C0 (tab
// and newline included), DEL and C1; the line and paragraph separators;
// the bidirectional embeddings, overrides and isolates; and the two
// noncharacters XML refuses.
func unsafe(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0xfffe, r == 0xffff:
		return true
	}
	return false
}

// JSON rewrites the characters String escapes that encoding/json leaves
// raw in its output (DEL, C1, the separators and the bidirectional
// controls; it escapes C0 itself) as \u escapes: the same strings to a
// reader of the JSON, and safe on a terminal. data must be valid JSON,
// which holds those characters only inside strings.
func JSON(data []byte) []byte {
	b := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && unsafe(r) && r >= 0x20 {
			b = fmt.Appendf(b, `\u%04x`, r)
		} else {
			b = append(b, data[i:i+size]...)
		}
		i += size
	}
	return b
}
