package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Small helpers for laying out styled text by cell width. Every region the
// dashboard draws is made exactly as wide and as tall as its rect, so that
// joining regions never wraps or shifts a line.

// width is the display width of a (possibly styled) string. Plain ASCII,
// most of what the dashboard writes, is counted directly; the rest by
// wcwidth, which agrees with grapheme clustering on every character the
// dashboard draws (box drawing, braille, arrows, ★ ◆ ½) and is several times
// faster.
func width(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == 0x1b {
			return ansi.StringWidthWc(s)
		}
	}
	return len(s)
}

// fit makes one line exactly w cells wide: cut with an ellipsis, or padded.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n := width(s)
	switch {
	case n > w:
		return ansi.TruncateWc(s, w, "…")
	case n < w:
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// right right-aligns one line in w cells (cutting it if it is wider).
func right(s string, w int) string {
	n := width(s)
	if n >= w {
		return fit(s, w)
	}
	return strings.Repeat(" ", w-n) + s
}

// center centres one line in w cells.
func center(s string, w int) string {
	n := width(s)
	if n >= w {
		return fit(s, w)
	}
	left := (w - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-n-left)
}

// spread puts left and right text on one line of w cells, the right part
// flush right; the left part gives way when both do not fit.
func spread(left, rightText string, w int) string {
	rw := width(rightText)
	if rw >= w {
		return fit(rightText, w)
	}
	return fit(left, w-rw) + rightText
}

// block makes a region exactly w by h: each line fitted, missing lines blank,
// extra lines dropped.
func block(lines []string, w, h int) string {
	out := make([]string, h)
	blank := strings.Repeat(" ", max(w, 0))
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = blank
		}
	}
	return strings.Join(out, "\n")
}

// splitLines splits a rendered block into its lines.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// beside joins blocks of equal height left to right, line by line.
func beside(blocks ...string) string {
	parts := make([][]string, len(blocks))
	h := 0
	for i, b := range blocks {
		parts[i] = splitLines(b)
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

// wrapWords wraps plain text at word boundaries to lines of at most w cells.
func wrapWords(text string, w int) []string {
	var lines []string
	var line strings.Builder
	for _, word := range strings.Fields(text) {
		switch {
		case line.Len() == 0:
			line.WriteString(word)
		case width(line.String())+1+width(word) <= w:
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
