package screenshot

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"unicode"
)

// Image renders an ANSI-styled string to an RGBA image.
func Image(ansi string, opt Options) (*image.RGBA, error) {
	return Picture{Text: ansi}.Image(opt)
}

// Image renders the picture to an RGBA image.
func (p Picture) Image(opt Options) (*image.RGBA, error) {
	c, err := newCanvas(p, opt)
	if err != nil {
		return nil, err
	}
	return c.raster(), nil
}

// PNG renders an ANSI-styled string as a PNG image.
func PNG(w io.Writer, ansi string, opt Options) error {
	return Picture{Text: ansi}.PNG(w, opt)
}

// PNG renders the picture as a PNG image. The standard encoder at its
// fastest setting keeps a memo card within a few hundred milliseconds, and
// its output depends on nothing but the image: the same screen gives the
// same bytes on any machine.
func (p Picture) PNG(w io.Writer, opt Options) error {
	img, err := p.Image(opt)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, img)
}

func (c *canvas) raster() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, c.w, c.h))
	fill(img, img.Rect, c.bg)

	// Backgrounds first, so that a glyph reaching into the next cell (an
	// italic overhang) is not painted over by that cell's background.
	for y := range c.grid.Height {
		for d := range c.row(y) {
			if d.bg != c.bg {
				fill(img, d.rect, d.bg)
			}
		}
	}

	for _, s := range c.shapes {
		c.drawShape(img, s)
	}

	c.m.mu.Lock()
	defer c.m.mu.Unlock()
	src := image.NewUniform(color.RGBA{})
	for y := range c.grid.Height {
		for d := range c.row(y) {
			if d.cell.Conceal {
				continue
			}
			src.C = d.fg
			c.drawContent(img, src, d.cell, d.rect, d.fg, d.bg)
			for _, r := range c.decorations(d.cell, d.rect, d.fg) {
				fill(img, r.r, r.c)
			}
		}
	}
	return img
}

// drawContent draws a cell's glyph or geometry; the caller holds c.m.mu.
func (c *canvas) drawContent(img *image.RGBA, src *image.Uniform, cell *Cell, rect image.Rectangle, fg, bg color.RGBA) {
	m := c.m
	r := cell.Rune()
	switch {
	case r == ' ' || r == 0:
		return
	case isArt(r):
		a := m.art(r)
		for _, ar := range a.rects {
			fill(img, ar.r.Add(rect.Min), blend(bg, fg, ar.alpha))
		}
		if a.mask != nil {
			draw.DrawMask(img, rect, src, image.Point{}, a.mask, image.Point{}, draw.Over)
		}
		return
	}
	for i, rr := range cell.Text {
		// Past the first rune only combining marks are drawn: variation
		// selectors and joiners have no glyph of their own.
		if i > 0 && !unicode.Is(unicode.Mn, rr) {
			continue
		}
		gl := m.glyph(rr, cell.Bold, cell.Italic, cell.Width)
		if gl == nil {
			if i == 0 {
				for _, t := range c.tofu(rect) {
					fill(img, t, fg)
				}
			}
			continue
		}
		at := rect.Min.Add(gl.at)
		draw.DrawMask(img, gl.mask.Rect.Add(at), src, image.Point{}, gl.mask, image.Point{}, draw.Over)
	}
}

// tofu returns the outline of an empty box standing in for a character no
// embedded font has.
func (c *canvas) tofu(rect image.Rectangle) []image.Rectangle {
	m := c.m
	inset := max(1, m.cellW/8)
	b := image.Rect(rect.Min.X+inset, rect.Min.Y+m.capTop, rect.Max.X-inset, rect.Min.Y+m.baseline)
	t := m.thin
	return []image.Rectangle{
		image.Rect(b.Min.X, b.Min.Y, b.Max.X, b.Min.Y+t),
		image.Rect(b.Min.X, b.Max.Y-t, b.Max.X, b.Max.Y),
		image.Rect(b.Min.X, b.Min.Y, b.Min.X+t, b.Max.Y),
		image.Rect(b.Max.X-t, b.Min.Y, b.Max.X, b.Max.Y),
	}
}

type coloredRect struct {
	r image.Rectangle
	c color.RGBA
}

// decorations returns the underline and strikethrough bars of a cell.
func (c *canvas) decorations(cell *Cell, rect image.Rectangle, fg color.RGBA) []coloredRect {
	if !cell.Underline && !cell.Strikethrough {
		return nil
	}
	m := c.m
	var out []coloredRect
	if cell.Underline {
		uc := fg
		if cell.UnderlineColor != nil {
			uc = rgba(cell.UnderlineColor)
		}
		out = append(out, coloredRect{image.Rect(rect.Min.X, rect.Min.Y+m.underY, rect.Max.X, rect.Min.Y+m.underY+m.thin), uc})
	}
	if cell.Strikethrough {
		out = append(out, coloredRect{image.Rect(rect.Min.X, rect.Min.Y+m.strikeY, rect.Max.X, rect.Min.Y+m.strikeY+m.thin), fg})
	}
	return out
}

// fill paints r with an opaque colour, writing pixels directly: much faster
// than draw.Draw for the many small rectangles of a screen.
func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Rect)
	if r.Empty() {
		return
	}
	i := img.PixOffset(r.Min.X, r.Min.Y)
	row := img.Pix[i : i+4*r.Dx()]
	for j := 0; j < len(row); j += 4 {
		row[j], row[j+1], row[j+2], row[j+3] = c.R, c.G, c.B, c.A
	}
	for y := r.Min.Y + 1; y < r.Max.Y; y++ {
		i += img.Stride
		copy(img.Pix[i:i+len(row)], row)
	}
}
