package screenshot

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// fontFamily is the SVG font stack: the embedded PNG font first, then common
// monospace fonts of the same width.
const fontFamily = "Go Mono, DejaVu Sans Mono, Menlo, Consolas, monospace"

// SVG renders an ANSI-styled string as an SVG image with the same layout as
// PNG: one rectangle per run of background colour, one <text> per run of
// equally styled characters, each character at an explicit x position, and
// box drawing, blocks and braille as shapes.
func SVG(w io.Writer, ansi string, opt Options) error {
	return Picture{Text: ansi}.SVG(w, opt)
}

// SVG renders the picture as an SVG image, its shapes as polylines and
// polygons.
func (p Picture) SVG(w io.Writer, opt Options) error {
	c, err := newCanvas(p, opt)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	c.writeSVG(bw)
	return bw.Flush()
}

func (c *canvas) writeSVG(w *bufio.Writer) {
	g, m := c.grid, c.m
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">`+"\n",
		c.w, c.h, c.w, c.h)
	if c.opt.Title != "" {
		fmt.Fprintf(w, "<title>%s</title>\n", escape(c.opt.Title))
	}
	fmt.Fprintf(w, `<rect width="%d" height="%d" fill="%s"/>`+"\n", c.w, c.h, hex(c.bg))

	// Rectangles: background runs, then (over the shapes, as in the PNG)
	// geometry and decorations, merged where neighbouring cells continue
	// the same bar.
	w.WriteString(`<g shape-rendering="crispEdges">` + "\n")
	for y := range g.Height {
		var rects []coloredRect
		for d := range c.row(y) {
			if d.bg != c.bg {
				rects = appendMerged(rects, coloredRect{d.rect, d.bg})
			}
		}
		writeRects(w, rects)
	}
	if len(c.shapes) > 0 {
		w.WriteString("</g>\n")
		c.writeShapes(w)
		w.WriteString(`<g shape-rendering="crispEdges">` + "\n")
	}
	type cellPaths struct {
		at    image.Point
		fg    color.RGBA
		paths [][]pathOp
	}
	var curves []cellPaths
	m.mu.Lock()
	for y := range g.Height {
		var rects []coloredRect
		for d := range c.row(y) {
			cell, fg, bg, rect := d.cell, d.fg, d.bg, d.rect
			if cell.Conceal {
				continue
			}
			if r := cell.Rune(); isArt(r) {
				a := m.art(r)
				for _, ar := range a.rects {
					rects = appendMerged(rects, coloredRect{ar.r.Add(rect.Min), blend(bg, fg, ar.alpha)})
				}
				if len(a.paths) > 0 {
					curves = append(curves, cellPaths{rect.Min, fg, a.paths})
				}
			} else if r != ' ' && r != 0 && m.glyph(r, cell.Bold, cell.Italic, cell.Width) == nil {
				for _, t := range c.tofu(rect) {
					rects = appendMerged(rects, coloredRect{t, fg})
				}
			}
			for _, r := range c.decorations(cell, rect, fg) {
				rects = appendMerged(rects, r)
			}
		}
		writeRects(w, rects)
	}
	m.mu.Unlock()
	w.WriteString("</g>\n")

	// Arcs and diagonals, each in a nested viewport that clips it to its cell.
	for _, cp := range curves {
		fmt.Fprintf(w, `<svg x="%d" y="%d" width="%d" height="%d" overflow="hidden"><path fill="%s" d="`,
			cp.at.X, cp.at.Y, m.cellW, m.cellH, hex(cp.fg))
		for _, p := range cp.paths {
			writePath(w, p)
		}
		w.WriteString(`"/></svg>` + "\n")
	}

	fmt.Fprintf(w, `<g font-family="%s" font-size="%s" xml:space="preserve">`+"\n", fontFamily, num(m.size))
	for y := range g.Height {
		c.writeTextRow(w, y)
	}
	w.WriteString("</g>\n</svg>\n")
}

// textRun is a run of characters drawn by one <text> element.
type textRun struct {
	fg           color.RGBA
	bold, italic bool
	xs           []float64
	text         strings.Builder
	spaces       []float64 // x of blanks seen since the last character
	single       bool      // holds a cluster that must stand alone
}

// writeTextRow writes row y as <text> elements. A run continues across
// blanks while the style stays the same; blanks at its ends are left out.
func (c *canvas) writeTextRow(w *bufio.Writer, y int) {
	g, m := c.grid, c.m
	baseline := c.oy + y*m.cellH + m.baseline
	var run *textRun
	flush := func() {
		if run != nil && run.text.Len() > 0 {
			fmt.Fprintf(w, `<text x="%s" y="%d" fill="%s"`, nums(run.xs), baseline, hex(run.fg))
			if run.bold {
				w.WriteString(` font-weight="bold"`)
			}
			if run.italic {
				w.WriteString(` font-style="italic"`)
			}
			fmt.Fprintf(w, ">%s</text>\n", escape(run.text.String()))
		}
		run = nil
	}
	for x := range g.Width {
		cell := &g.cells[y*g.Width+x]
		if cell.Width == 0 {
			continue
		}
		r := cell.Rune()
		xpos := float64(c.ox+x*m.cellW) + float64(cell.Width)*(float64(m.cellW)-m.advance)/2
		if r == ' ' || r == 0 || cell.Conceal || isArt(r) {
			if run != nil && r == ' ' && !cell.Conceal && !run.single {
				run.spaces = append(run.spaces, xpos)
			} else {
				flush()
			}
			continue
		}
		fg, _ := cell.Colors(c.opt.Theme)
		// An x list positions characters, which SVG viewers count in code
		// points, so a multi-rune cluster (or one outside the BMP, which
		// some count in UTF-16 units) gets an element of its own. So does a
		// wide character: renderers that ignore all but the first x (such
		// as librsvg) then still start the text after it in its place.
		single := utf8.RuneCountInString(cell.Text) > 1 || r > 0xffff || cell.Width > 1
		if run == nil || single || run.single || run.fg != fg || run.bold != cell.Bold || run.italic != cell.Italic {
			flush()
			run = &textRun{fg: fg, bold: cell.Bold, italic: cell.Italic, single: single}
		}
		for _, sx := range run.spaces {
			run.xs = append(run.xs, sx)
			run.text.WriteByte(' ')
		}
		run.spaces = run.spaces[:0]
		run.xs = append(run.xs, xpos)
		run.text.WriteString(cell.Text)
	}
	flush()
}

// appendMerged appends r, extending the previous rectangle instead when r
// overlaps or continues it to the right in the same colour.
func appendMerged(rects []coloredRect, r coloredRect) []coloredRect {
	if n := len(rects); n > 0 {
		p := &rects[n-1]
		if p.c == r.c && p.r.Min.Y == r.r.Min.Y && p.r.Max.Y == r.r.Max.Y && r.r.Min.X >= p.r.Min.X && r.r.Min.X <= p.r.Max.X {
			p.r.Max.X = max(p.r.Max.X, r.r.Max.X)
			return rects
		}
	}
	return append(rects, r)
}

func writeRects(w *bufio.Writer, rects []coloredRect) {
	for _, r := range rects {
		fmt.Fprintf(w, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>`+"\n",
			r.r.Min.X, r.r.Min.Y, r.r.Dx(), r.r.Dy(), hex(r.c))
	}
}

func writePath(w *bufio.Writer, path []pathOp) {
	for _, o := range path {
		w.WriteByte(o.op)
		switch o.op {
		case 'M', 'L':
			fmt.Fprintf(w, "%s %s", num(o.p[0].x), num(o.p[0].y))
		case 'C':
			fmt.Fprintf(w, "%s %s %s %s %s %s",
				num(o.p[0].x), num(o.p[0].y), num(o.p[1].x), num(o.p[1].y), num(o.p[2].x), num(o.p[2].y))
		}
	}
}

func hex(c color.RGBA) string {
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}

// num formats a coordinate with at most two decimals.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

func nums(vs []float64) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(v))
	}
	return b.String()
}

// escape returns s as XML character data: control characters, which XML
// 1.0 refuses or a reader cannot see, are written as visible escapes first.
func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(printable.String(s)))
	return b.String()
}

// writeShapes writes the picture's shapes: a line as a polyline, a filled
// shape as a polygon, in pixels like everything else.
func (c *canvas) writeShapes(w *bufio.Writer) {
	scale := float64(c.m.scale)
	for _, s := range c.shapes {
		if len(s.Points) == 0 {
			continue
		}
		var points strings.Builder
		for i, p := range c.pixels(s) {
			if i > 0 {
				points.WriteByte(' ')
			}
			points.WriteString(num(p.x) + "," + num(p.y))
		}
		col := hex(c.shapeColor(s))
		if s.Fill {
			fmt.Fprintf(w, `<polygon points="%s" fill="%s"/>`+"\n", points.String(), col)
			continue
		}
		fmt.Fprintf(w, `<polyline points="%s" fill="none" stroke="%s" stroke-width="%s"`,
			points.String(), col, num(math.Max(s.Width*scale, 1)))
		if s.Dash > 0 {
			fmt.Fprintf(w, ` stroke-dasharray="%s"`, num(s.Dash*scale))
		} else {
			w.WriteString(` stroke-linecap="round" stroke-linejoin="round"`)
		}
		w.WriteString("/>\n")
	}
}
