package screenshot

import (
	"image/color"
	"strings"
	"unicode/utf8"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// Grid is a parsed screen: Height rows of Width cells.
type Grid struct {
	Width, Height int
	cells         []Cell
}

// Cell is one terminal cell.
type Cell struct {
	// Text is the grapheme cluster shown in the cell: usually one rune, a
	// space for a blank cell, "" for the second column of a wide character.
	Text string
	// Width is the number of columns the text covers: 1, 2 for wide
	// characters, 0 for the column a wide character spills into.
	Width int
	// Fg and Bg are the colours the SGR sequences set; nil means the
	// theme's default. They are stored as given: Colors applies Reverse and
	// Faint.
	Fg, Bg color.Color
	// UnderlineColor is the SGR 58 colour; nil means the text colour.
	UnderlineColor color.Color

	Bold, Faint, Italic, Underline, Strikethrough, Reverse, Conceal bool
}

// Rune returns the cell's first rune, or 0 for a continuation column.
func (c Cell) Rune() rune {
	r, _ := utf8.DecodeRuneInString(c.Text)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// Colors returns the colours the cell is painted with under theme t: defaults
// filled in, foreground and background swapped for Reverse, and the
// foreground blended halfway to the background for Faint.
func (c Cell) Colors(t Theme) (fg, bg color.RGBA) {
	t = t.withDefaults()
	fc, bc := c.Fg, c.Bg
	if fc == nil {
		fc = t.Foreground
	}
	if bc == nil {
		bc = t.Background
	}
	fg, bg = rgba(fc), rgba(bc)
	if c.Reverse {
		fg, bg = bg, fg
	}
	if c.Faint {
		fg = blend(bg, fg, 0.5)
	}
	return fg, bg
}

// Cell returns the cell at column x, row y; outside the grid it returns a
// blank cell.
func (g *Grid) Cell(x, y int) Cell {
	if x < 0 || y < 0 || x >= g.Width || y >= g.Height {
		return Cell{Text: " ", Width: 1}
	}
	return g.cells[y*g.Width+x]
}

// String returns the grid's text, one line per row, trailing spaces trimmed.
func (g *Grid) String() string {
	var b strings.Builder
	for y := range g.Height {
		var line strings.Builder
		for x := range g.Width {
			line.WriteString(g.cells[y*g.Width+x].Text)
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		if y < g.Height-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Parse reads an ANSI-styled string into a grid with one row per line. The
// grid is columns wide, or as wide as the widest line when columns is 0;
// longer lines are cut. A single trailing newline adds no row. Widths follow
// grapheme clusters, as Lip Gloss measures them.
//
// Only SGR styling is interpreted; cursor movement and other control
// sequences are ignored, and tabs should already be expanded (Lip Gloss does
// this when rendering).
func Parse(s string, columns int) *Grid {
	s = normalizeNewlines(s)
	rows := strings.Count(s, "\n") + 1
	if columns <= 0 {
		columns = 0
		for line := range strings.SplitSeq(s, "\n") {
			columns = max(columns, ansi.StringWidth(line))
		}
	}
	g := &Grid{Width: columns, Height: rows, cells: make([]Cell, columns*rows)}
	if columns == 0 {
		return g
	}
	buf := uv.NewScreenBuffer(columns, rows)
	buf.Method = ansi.GraphemeWidth
	uv.NewStyledString(s).Draw(buf, buf.Bounds())
	for y := range rows {
		for x := range columns {
			g.cells[y*columns+x] = fromUV(buf.CellAt(x, y))
		}
	}
	return g
}

// normalizeNewlines turns CRLF into LF and drops one trailing newline.
func normalizeNewlines(s string) string {
	return strings.TrimSuffix(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
}

func fromUV(c *uv.Cell) Cell {
	if c == nil {
		return Cell{Text: " ", Width: 1}
	}
	st := c.Style
	out := Cell{
		Text:           c.Content,
		Width:          c.Width,
		Fg:             st.Fg,
		Bg:             st.Bg,
		UnderlineColor: st.UnderlineColor,
		Bold:           st.Attrs&uv.AttrBold != 0,
		Faint:          st.Attrs&uv.AttrFaint != 0,
		Italic:         st.Attrs&uv.AttrItalic != 0,
		Reverse:        st.Attrs&uv.AttrReverse != 0,
		Conceal:        st.Attrs&uv.AttrConceal != 0,
		Strikethrough:  st.Attrs&uv.AttrStrikethrough != 0,
		Underline:      st.Underline != uv.UnderlineNone,
	}
	if strings.ContainsRune(out.Text, ansi.ESC) {
		// Pass-through sequences (APC, DCS) ride in front of the glyph.
		out.Text = ansi.Strip(out.Text)
	}
	if out.Width > 0 && out.Text == "" {
		out.Text = " "
	}
	return out
}

// rgba converts any colour to opaque 8-bit RGBA, compositing a translucent
// colour over black as a terminal would ignore its alpha.
func rgba(c color.Color) color.RGBA {
	r, g, b, _ := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xff}
}

// blend returns a + (b-a)*t per channel.
func blend(a, b color.RGBA, t float64) color.RGBA {
	mix := func(x, y uint8) uint8 {
		return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5)
	}
	return color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
}
