// Package screenshot turns a rendered terminal view (a string with ANSI SGR
// styling, as Lip Gloss and Bubble Tea produce) into a PNG or SVG image.
//
// The string is read with Bubble Tea's own cell parser (ultraviolet), so
// widths and styles match what a terminal shows. Text is drawn with the
// embedded Go Mono fonts, falling back to DejaVu Sans Mono for symbols Go Mono
// lacks and to an empty box for anything neither covers. Box drawing, block
// elements and braille are drawn as geometry that fills the whole cell, as
// terminal emulators do, so borders and charts join without gaps.
//
// Everything is pure Go: no cgo, no external programs, no system fonts.
package screenshot

import (
	"fmt"
	"image"
	"image/color"
	"iter"
	"strings"
)

// Theme holds the colours a terminal uses for cells that set no colour of
// their own.
type Theme struct {
	Background color.Color
	Foreground color.Color
}

// DarkTheme is the default: light grey on near-black.
var DarkTheme = Theme{
	Background: color.RGBA{0x1e, 0x1e, 0x1e, 0xff},
	Foreground: color.RGBA{0xd4, 0xd4, 0xd4, 0xff},
}

// LightTheme is near-black on off-white, for views rendered for a light
// terminal.
var LightTheme = Theme{
	Background: color.RGBA{0xfa, 0xfa, 0xfa, 0xff},
	Foreground: color.RGBA{0x1f, 0x1f, 0x1f, 0xff},
}

// withDefaults fills the colours t leaves nil from DarkTheme.
func (t Theme) withDefaults() Theme {
	if t.Background == nil {
		t.Background = DarkTheme.Background
	}
	if t.Foreground == nil {
		t.Foreground = DarkTheme.Foreground
	}
	return t
}

// Options controls the size and look of an image.
type Options struct {
	// Columns is the grid width in cells; 0 uses the widest line. Longer
	// lines are cut at this width.
	Columns int
	// Theme gives the default colours; a nil colour takes DarkTheme's.
	Theme Theme
	// Scale multiplies every pixel dimension: 1 gives a 14 px font in
	// 8x17 px cells, 2 (the default when 0) suits high-density screens.
	Scale int
	// Padding is the margin around the grid in cells: 0 means the default
	// of 1, a negative value means none.
	Padding int
	// Title is written as the SVG <title>; PNG ignores it.
	Title string
}

// maxScale bounds Scale so that a mistaken value fails instead of allocating
// gigabytes.
const maxScale = 8

// maxPixels bounds the image size for the same reason (about 256 MB RGBA).
const maxPixels = 64 << 20

// normalized returns o with defaults filled in.
func (o Options) normalized() (Options, error) {
	if o.Scale == 0 {
		o.Scale = 2
	}
	if o.Scale < 0 || o.Scale > maxScale {
		return o, fmt.Errorf("screenshot: scale %d out of range 1..%d", o.Scale, maxScale)
	}
	switch {
	case o.Padding == 0:
		o.Padding = 1
	case o.Padding < 0:
		o.Padding = 0
	}
	if o.Columns < 0 {
		return o, fmt.Errorf("screenshot: negative column count %d", o.Columns)
	}
	o.Theme = o.Theme.withDefaults()
	return o, nil
}

// canvas is the pixel layout shared by the PNG and SVG renderers.
type canvas struct {
	grid   *Grid
	m      *metrics
	opt    Options
	bg, fg color.RGBA // resolved theme colours
	w, h   int        // image size in pixels
	ox, oy int        // pixel position of cell (0, 0)
	shapes []Shape    // drawn over the backgrounds, under the text
}

func newCanvas(pic Picture, opt Options) (*canvas, error) {
	ansi := pic.Text
	opt, err := opt.normalized()
	if err != nil {
		return nil, err
	}
	m, err := metricsFor(opt.Scale)
	if err != nil {
		return nil, err
	}
	if opt.Columns > 0 {
		// Refuse an absurd width before the grid is allocated.
		rows := strings.Count(normalizeNewlines(ansi), "\n") + 1
		if (opt.Columns+2*opt.Padding)*m.cellW*(rows+2*opt.Padding)*m.cellH > maxPixels {
			return nil, fmt.Errorf("screenshot: %d columns by %d rows is too large an image", opt.Columns, rows)
		}
	}
	g := Parse(ansi, opt.Columns)
	c := &canvas{
		grid: g,
		m:    m,
		opt:  opt,
		bg:   rgba(opt.Theme.Background),
		fg:   rgba(opt.Theme.Foreground),
		ox:   opt.Padding * m.cellW,
		oy:   opt.Padding * m.cellH,

		shapes: pic.Shapes,
	}
	c.w = (g.Width + 2*opt.Padding) * m.cellW
	c.h = (g.Height + 2*opt.Padding) * m.cellH
	if c.w*c.h > maxPixels {
		return nil, fmt.Errorf("screenshot: %dx%d pixel image is too large", c.w, c.h)
	}
	return c, nil
}

// drawnCell is one cell as both writers draw it: where it is, in pixels, and
// in which colours.
type drawnCell struct {
	cell   *Cell
	rect   image.Rectangle
	fg, bg color.RGBA
}

// row yields the cells of row y that are drawn, left to right: every cell
// but the columns wide characters spill into, with the theme applied.
func (c *canvas) row(y int) iter.Seq[drawnCell] {
	return func(yield func(drawnCell) bool) {
		g, m := c.grid, c.m
		for x := range g.Width {
			cell := &g.cells[y*g.Width+x]
			if cell.Width == 0 {
				continue
			}
			fg, bg := cell.Colors(c.opt.Theme)
			px, py := c.ox+x*m.cellW, c.oy+y*m.cellH
			rect := image.Rect(px, py, px+cell.Width*m.cellW, py+m.cellH)
			if !yield(drawnCell{cell: cell, rect: rect, fg: fg, bg: bg}) {
				return
			}
		}
	}
}
