package screenshot

import (
	"image"
	"image/draw"
	"math"
	"sync"
	"unicode"

	"github.com/go-fonts/dejavu/dejavusansmono"
	"github.com/go-fonts/dejavu/dejavusansmonobold"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/gomonobolditalic"
	"golang.org/x/image/font/gofont/gomonoitalic"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// fontSize is the font size in pixels at scale 1.
const fontSize = 14

// lineHeight is the cell height as a multiple of the font size, a common
// terminal default.
const lineHeight = 1.2

// Face indexes: the four Go Mono styles, then the DejaVu fallbacks.
const (
	faceRegular = iota
	faceBold
	faceItalic
	faceBoldItalic
	faceFallback
	faceFallbackBold
	numFaces
)

var parsedFonts = sync.OnceValues(func() ([numFaces]*opentype.Font, error) {
	var fonts [numFaces]*opentype.Font
	for i, ttf := range [numFaces][]byte{
		gomono.TTF, gomonobold.TTF, gomonoitalic.TTF, gomonobolditalic.TTF,
		dejavusansmono.TTF, dejavusansmonobold.TTF,
	} {
		f, err := opentype.Parse(ttf)
		if err != nil {
			return fonts, err
		}
		fonts[i] = f
	}
	return fonts, nil
})

// metrics is the cell layout at one scale, together with the glyph and
// geometry caches for it. Faces are not safe for concurrent use, so mu
// guards them and the caches; cached masks are never modified once made.
type metrics struct {
	scale    int
	size     float64 // font size in pixels
	cellW    int
	cellH    int
	baseline int     // from the cell top
	advance  float64 // Go Mono advance width in pixels
	thin     int     // light line thickness: box drawing, underline
	thick    int     // heavy line thickness
	underY   int     // underline top, from the cell top
	strikeY  int     // strikethrough top, from the cell top
	capTop   int     // top of capital letters, from the cell top

	mu     sync.Mutex
	faces  [numFaces]font.Face
	glyphs map[glyphKey]*glyph
	arts   map[rune]*art
}

var (
	metricsMu    sync.Mutex
	metricsCache = map[int]*metrics{}
)

// metricsFor returns the shared metrics for a scale, building them once.
func metricsFor(scale int) (*metrics, error) {
	metricsMu.Lock()
	defer metricsMu.Unlock()
	if m := metricsCache[scale]; m != nil {
		return m, nil
	}
	fonts, err := parsedFonts()
	if err != nil {
		return nil, err
	}
	m := &metrics{
		scale:  scale,
		size:   float64(fontSize * scale),
		glyphs: map[glyphKey]*glyph{},
		arts:   map[rune]*art{},
	}
	for i, f := range fonts {
		face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: m.size, DPI: 72})
		if err != nil {
			return nil, err
		}
		m.faces[i] = face
	}
	fm := m.faces[faceRegular].Metrics()
	adv, _ := m.faces[faceRegular].GlyphAdvance('M')
	m.advance = fixedToFloat(adv)
	ascent, descent := fixedToFloat(fm.Ascent), fixedToFloat(fm.Descent)
	m.cellW = int(math.Round(m.advance))
	m.cellH = max(int(math.Round(m.size*lineHeight)), int(math.Ceil(ascent+descent)))
	// Centre the font's ascent+descent box in the cell, on a whole pixel
	// so that every row of text is rasterised identically.
	m.baseline = int(math.Round((float64(m.cellH)-ascent-descent)/2 + ascent))
	m.thin = max(1, int(math.Round(float64(m.cellW)/8)))
	m.thick = 2 * m.thin
	m.underY = min(m.baseline+max(1, int(math.Round(descent/3))), m.cellH-m.thin)
	m.strikeY = m.baseline - int(math.Round(fixedToFloat(fm.XHeight)/2)) - m.thin/2
	m.capTop = m.baseline - int(math.Round(fixedToFloat(fm.CapHeight)))
	return m, nil
}

func fixedToFloat(x fixed.Int26_6) float64 { return float64(x) / 64 }

// glyphKey identifies a rasterised glyph: the rune, the face and the number
// of columns it is centred in.
type glyphKey struct {
	r    rune
	face uint8
	span uint8
}

// glyph is an alpha mask positioned relative to the cell's top-left corner.
type glyph struct {
	mask *image.Alpha
	at   image.Point
}

// faceFor returns the face index for a style.
func faceFor(bold, italic bool) int {
	switch {
	case bold && italic:
		return faceBoldItalic
	case bold:
		return faceBold
	case italic:
		return faceItalic
	}
	return faceRegular
}

// glyph returns the mask for r in the given style centred across span
// columns, trying Go Mono, then DejaVu Sans Mono. It returns nil when
// neither font has the rune. The caller must hold m.mu.
func (m *metrics) glyph(r rune, bold, italic bool, span int) *glyph {
	first := faceFor(bold, italic)
	fallback := faceFallback
	if bold {
		fallback = faceFallbackBold
	}
	for _, fi := range [2]int{first, fallback} {
		key := glyphKey{r: r, face: uint8(fi), span: uint8(span)}
		if g, ok := m.glyphs[key]; ok {
			if g != nil {
				return g
			}
			continue
		}
		g := m.rasterize(m.faces[fi], r, span)
		m.glyphs[key] = g
		if g != nil {
			return g
		}
	}
	return nil
}

// rasterize draws r with face, horizontally centred in span cells, and copies
// the mask out of the face's reused buffer.
func (m *metrics) rasterize(face font.Face, r rune, span int) *glyph {
	adv, ok := face.GlyphAdvance(r)
	if !ok {
		return nil
	}
	x := (float64(span*m.cellW) - fixedToFloat(adv)) / 2
	if unicode.Is(unicode.Mn, r) {
		// Combining marks have no advance and sit over the preceding
		// glyph, which was centred as a normal character.
		x = (float64(span*m.cellW) - m.advance) / 2
	}
	dot := fixed.Point26_6{X: fixed.Int26_6(math.Round(x * 64)), Y: fixed.I(m.baseline)}
	dr, mask, mp, _, ok := face.Glyph(dot, r)
	if !ok {
		return nil
	}
	a := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
	draw.Draw(a, a.Bounds(), mask, mp, draw.Src)
	return &glyph{mask: a, at: dr.Min}
}
