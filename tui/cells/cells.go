// Package cells lays out styled text by terminal cell: its width, fitted,
// aligned, wrapped and joined into blocks. Every region the dashboard and the
// memo card draw is made exactly as wide and as tall as it is given, so that
// joining regions never wraps or shifts a line.
package cells

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Width is the display width of a (possibly styled) string. Plain ASCII,
// most of what the dashboard writes, is counted directly; the rest by
// wcwidth, which agrees with grapheme clustering on every character the
// dashboard draws (box drawing, braille, arrows, ★ ◆ ½) and is several times
// faster.
func Width(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == 0x1b {
			return ansi.StringWidthWc(s)
		}
	}
	return len(s)
}

// Fit makes one line exactly w cells wide: cut with an ellipsis, or padded.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n := Width(s)
	switch {
	case n > w:
		return ansi.TruncateWc(s, w, "…")
	case n < w:
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// Right right-aligns one line in w cells (cutting it if it is wider).
func Right(s string, w int) string {
	n := Width(s)
	if n >= w {
		return Fit(s, w)
	}
	return strings.Repeat(" ", w-n) + s
}

// Center centres one line in w cells.
func Center(s string, w int) string {
	n := Width(s)
	if n >= w {
		return Fit(s, w)
	}
	left := (w - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-n-left)
}

// Spread puts left and right text on one line of w cells, the right part
// flush right; the left part gives way when both do not fit.
func Spread(left, rightText string, w int) string {
	rw := Width(rightText)
	if rw >= w {
		return Fit(rightText, w)
	}
	return Fit(left, w-rw) + rightText
}

// Block makes a region exactly w by h: each line fitted, missing lines blank,
// extra lines dropped.
func Block(lines []string, w, h int) string {
	out := make([]string, h)
	blank := strings.Repeat(" ", max(w, 0))
	for i := range out {
		if i < len(lines) {
			out[i] = Fit(lines[i], w)
		} else {
			out[i] = blank
		}
	}
	return strings.Join(out, "\n")
}

// Lines splits a rendered block into its lines.
func Lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// Beside joins blocks of equal height left to right, line by line.
func Beside(blocks ...string) string {
	parts := make([][]string, len(blocks))
	h := 0
	for i, b := range blocks {
		parts[i] = Lines(b)
		h = max(h, len(parts[i]))
	}
	lines := make([]string, h)
	for y := range lines {
		var sb strings.Builder
		for _, p := range parts {
			if y < len(p) {
				sb.WriteString(p[y])
			}
		}
		lines[y] = sb.String()
	}
	return strings.Join(lines, "\n")
}

// words splits text at its spaces, but keeps a percent sign written after
// its number ("72.6 %") with it: a line never starts with one.
func words(text string) []string {
	var out []string
	for _, word := range strings.Fields(text) {
		if n := len(out); n > 0 && strings.HasPrefix(word, "%") {
			out[n-1] += " " + word
			continue
		}
		out = append(out, word)
	}
	return out
}

// Wrap wraps plain text at word boundaries to lines of at most w cells.
func Wrap(text string, w int) []string {
	var lines []string
	var line strings.Builder
	for _, word := range words(text) {
		switch {
		case line.Len() == 0:
			line.WriteString(word)
		case Width(line.String())+1+Width(word) <= w:
			line.WriteByte(' ')
			line.WriteString(word)
		default:
			lines = append(lines, line.String())
			line.Reset()
			line.WriteString(word)
		}
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}
