package screenshot

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"
	"sync"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

var (
	red    = color.RGBA{0xff, 0x00, 0x00, 0xff}
	purple = color.RGBA{0xbd, 0x93, 0xf9, 0xff}
)

// roundedBox is realistic Lip Gloss output: a rounded border in one colour
// around bold coloured text.
func roundedBox(text string) string {
	title := lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#50fa7b")).Render(text)
	return lipgloss.NewStyle().
		Border(lipgloss.RoundedBorder()).
		BorderForeground(lipgloss.Color("#bd93f9")).
		Padding(0, 1).
		Render(title)
}

// render returns the decoded PNG of s and the metrics it was drawn with.
func render(t *testing.T, s string, opt Options) (image.Image, *metrics) {
	t.Helper()
	var buf bytes.Buffer
	if err := PNG(&buf, s, opt); err != nil {
		t.Fatalf("PNG: %v", err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("decoding the PNG: %v", err)
	}
	scale := opt.Scale
	if scale == 0 {
		scale = 2
	}
	m, err := metricsFor(scale)
	if err != nil {
		t.Fatal(err)
	}
	return img, m
}

func at(img image.Image, x, y int) color.RGBA {
	return color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
}

// cellBounds returns the pixels of cell (x, y) with padding p.
func cellBounds(m *metrics, p, x, y int) image.Rectangle {
	x0, y0 := (p+x)*m.cellW, (p+y)*m.cellH
	return image.Rect(x0, y0, x0+m.cellW, y0+m.cellH)
}

// count returns how many pixels of r have colour c, and how many do not.
func count(img image.Image, r image.Rectangle, c color.RGBA) (same, other int) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if at(img, x, y) == c {
				same++
			} else {
				other++
			}
		}
	}
	return same, other
}

func TestCellSizes(t *testing.T) {
	for _, tc := range []struct{ scale, w, h int }{{1, 8, 17}, {2, 17, 34}, {3, 25, 50}} {
		m, err := metricsFor(tc.scale)
		if err != nil {
			t.Fatal(err)
		}
		if m.cellW != tc.w || m.cellH != tc.h {
			t.Errorf("scale %d: cell %dx%d, want %dx%d", tc.scale, m.cellW, m.cellH, tc.w, tc.h)
		}
		if m.baseline <= 0 || m.baseline >= m.cellH || m.underY+m.thin > m.cellH {
			t.Errorf("scale %d: baseline %d, underline %d outside a %d px cell", tc.scale, m.baseline, m.underY, m.cellH)
		}
	}
}

func TestPNGSizeAndBackground(t *testing.T) {
	box := roundedBox("Hello, pivot")
	cols, rows := lipgloss.Width(box), lipgloss.Height(box)
	if cols != 16 || rows != 3 {
		t.Fatalf("box is %dx%d cells, want 16x3", cols, rows)
	}
	for _, tc := range []struct {
		name string
		opt  Options
		pad  int
	}{
		{"defaults", Options{}, 1},
		{"scale 1", Options{Scale: 1}, 1},
		{"padding 3", Options{Scale: 1, Padding: 3}, 3},
		{"no padding", Options{Scale: 1, Padding: -1}, 0},
		{"light", Options{Scale: 1, Theme: LightTheme}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img, m := render(t, box, tc.opt)
			want := image.Rect(0, 0, (cols+2*tc.pad)*m.cellW, (rows+2*tc.pad)*m.cellH)
			if img.Bounds() != want {
				t.Fatalf("bounds %v, want %v", img.Bounds(), want)
			}
			bg := rgba(DarkTheme.Background)
			if tc.opt.Theme.Background != nil {
				bg = rgba(tc.opt.Theme.Background)
			}
			if tc.pad > 0 {
				if got := at(img, 0, 0); got != bg {
					t.Errorf("corner pixel %v, want background %v", got, bg)
				}
				if got := at(img, want.Max.X-1, want.Max.Y-1); got != bg {
					t.Errorf("far corner pixel %v, want background %v", got, bg)
				}
			}
		})
	}
}

func TestTextRowsHaveInkBlankRowsNone(t *testing.T) {
	img, m := render(t, "Mining NPV $1.23M\n\nAI NPV", Options{Scale: 1})
	bg := rgba(DarkTheme.Background)
	row := func(y int) image.Rectangle {
		r := cellBounds(m, 1, 0, y)
		r.Max.X = r.Min.X + 17*m.cellW
		return r
	}
	if _, ink := count(img, row(0), bg); ink < 50 {
		t.Errorf("text row has %d non-background pixels, want many", ink)
	}
	if _, ink := count(img, row(1), bg); ink != 0 {
		t.Errorf("blank row has %d non-background pixels, want 0", ink)
	}
	if _, ink := count(img, row(2), bg); ink == 0 {
		t.Error("last text row has no ink")
	}
}

// The stroke of a horizontal line must be unbroken across cell boundaries:
// drawn as glyphs, most fonts leave a gap or a seam between cells.
func TestHorizontalLineIsContinuous(t *testing.T) {
	const n = 20
	line := lipgloss.NewStyle().Foreground(lipgloss.Color("#ff0000")).Render(strings.Repeat("─", n))
	for _, scale := range []int{1, 2, 3} {
		img, m := render(t, line, Options{Scale: scale})
		first := cellBounds(m, 1, 0, 0)
		strokeRows := 0
		for y := first.Min.Y; y < first.Max.Y; y++ {
			if at(img, first.Min.X+m.cellW/2, y) != red {
				continue
			}
			strokeRows++
			for x := first.Min.X; x < first.Min.X+n*m.cellW; x++ {
				if got := at(img, x, y); got != red {
					t.Fatalf("scale %d: gap at pixel column %d of stroke row %d: %v", scale, x, y, got)
				}
			}
			if got := at(img, first.Min.X-1, y); got == red {
				t.Errorf("scale %d: line spills into the padding", scale)
			}
		}
		if strokeRows != m.thin {
			t.Errorf("scale %d: stroke is %d px thick, want %d", scale, strokeRows, m.thin)
		}
	}
}

func TestVerticalLineJoinsRows(t *testing.T) {
	img, m := render(t, "\x1b[38;2;255;0;0m│\n│\n│\x1b[m", Options{Scale: 2})
	first := cellBounds(m, 1, 0, 0)
	cols := 0
	for x := first.Min.X; x < first.Max.X; x++ {
		if at(img, x, first.Min.Y+m.cellH/2) != red {
			continue
		}
		cols++
		for y := first.Min.Y; y < first.Min.Y+3*m.cellH; y++ {
			if got := at(img, x, y); got != red {
				t.Fatalf("gap at row %d of stroke column %d: %v", y, x, got)
			}
		}
	}
	if cols == 0 {
		t.Fatal("no stroke column found")
	}
}

// The rounded box's top border runs from the corner arc to the other corner
// without a break, in the border colour.
func TestRoundedBorderTopIsUnbroken(t *testing.T) {
	box := roundedBox("ok")
	img, m := render(t, box, Options{Scale: 2})
	cols := lipgloss.Width(box)
	y := cellBounds(m, 1, 0, 0).Min.Y + band(m.cellH, m.thin)[0]
	from, to := cellBounds(m, 1, 1, 0).Min.X, cellBounds(m, 1, cols-1, 0).Min.X
	for x := from; x < to; x++ {
		if got := at(img, x, y); got != purple {
			t.Fatalf("top border broken at x=%d: %v", x, got)
		}
	}
	// The arc of ╭ leaves its outer corner empty.
	if got := at(img, cellBounds(m, 1, 0, 0).Min.X+1, y); got == purple {
		t.Error("╭ has a square corner")
	}
}

func TestBackgroundColours(t *testing.T) {
	cells := lipgloss.NewStyle().Background(lipgloss.Color("#336699")).Render("   ") + " " +
		"\x1b[48;5;196m \x1b[0m" + // 256-colour index 196 is #ff0000
		"\x1b[44m \x1b[0m" + // 16-colour blue
		"\x1b[7m \x1b[0m" // reverse: a cell in the default foreground
	img, m := render(t, cells, Options{Scale: 1})
	centre := func(x int) color.RGBA {
		r := cellBounds(m, 1, x, 0)
		return at(img, r.Min.X+m.cellW/2, r.Min.Y+m.cellH/2)
	}
	want := []color.RGBA{
		{0x33, 0x66, 0x99, 0xff}, {0x33, 0x66, 0x99, 0xff}, {0x33, 0x66, 0x99, 0xff},
		rgba(DarkTheme.Background),
		red,
		rgba(ansi.Blue),
		rgba(DarkTheme.Foreground),
	}
	for x, w := range want {
		if got := centre(x); got != w {
			t.Errorf("cell %d: %v, want %v", x, got, w)
		}
	}
	// The run fills its cells edge to edge.
	r := cellBounds(m, 1, 0, 0)
	r.Max.X += 2 * m.cellW
	if _, other := count(img, r, want[0]); other != 0 {
		t.Errorf("background run has %d pixels of another colour", other)
	}
}

func TestBlocks(t *testing.T) {
	s := "\x1b[38;2;255;0;0m█▄▒▏\x1b[m"
	img, m := render(t, s, Options{Scale: 2})
	bg := rgba(DarkTheme.Background)
	if _, other := count(img, cellBounds(m, 1, 0, 0), red); other != 0 {
		t.Errorf("█ leaves %d pixels unfilled", other)
	}
	half := cellBounds(m, 1, 1, 0)
	top, bottom := half, half
	top.Max.Y = half.Min.Y + m.cellH/2
	bottom.Min.Y = top.Max.Y
	if _, other := count(img, top, bg); other != 0 {
		t.Errorf("▄ paints %d pixels in its upper half", other)
	}
	if _, other := count(img, bottom, red); other != 0 {
		t.Errorf("▄ leaves %d pixels of its lower half unfilled", other)
	}
	if _, other := count(img, cellBounds(m, 1, 2, 0), blend(bg, red, 0.5)); other != 0 {
		t.Errorf("▒ is not a uniform 50%% blend: %d other pixels", other)
	}
	eighth, _ := count(img, cellBounds(m, 1, 3, 0), red)
	if want := (m.cellW + 4) / 8 * m.cellH; eighth != want {
		t.Errorf("▏ fills %d pixels, want %d", eighth, want)
	}
}

// components counts the 4-connected regions of colour c in r.
func components(img image.Image, r image.Rectangle, c color.RGBA) int {
	seen := map[image.Point]bool{}
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			p := image.Pt(x, y)
			if seen[p] || at(img, x, y) != c {
				continue
			}
			n++
			stack := []image.Point{p}
			seen[p] = true
			for len(stack) > 0 {
				q := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for _, d := range []image.Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nb := q.Add(d)
					if nb.In(r) && !seen[nb] && at(img, nb.X, nb.Y) == c {
						seen[nb] = true
						stack = append(stack, nb)
					}
				}
			}
		}
	}
	return n
}

// inkComponents counts the 4-connected regions of pixels that differ from
// the background in r, so anti-aliased arcs count as ink.
func inkComponents(img image.Image, r image.Rectangle, bg color.RGBA) int {
	seen := map[image.Point]bool{}
	n := 0
	ink := func(p image.Point) bool { return p.In(r) && !seen[p] && at(img, p.X, p.Y) != bg }
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if !ink(image.Pt(x, y)) {
				continue
			}
			n++
			stack := []image.Point{image.Pt(x, y)}
			seen[stack[0]] = true
			for len(stack) > 0 {
				q := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for _, d := range []image.Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					if nb := q.Add(d); ink(nb) {
						seen[nb] = true
						stack = append(stack, nb)
					}
				}
			}
		}
	}
	return n
}

// Boxes drawn from separate cells must join into closed outlines: one
// connected outline for single, heavy and rounded boxes, two concentric
// rings that never touch for a double box, and for a double-line grid the
// outer ring plus one ring inside each of its four squares.
func TestBoxesJoin(t *testing.T) {
	for _, tc := range []struct {
		name string
		box  string
		want int
	}{
		{"light", "┌──┐\n│  │\n└──┘", 1},
		{"heavy", "┏━━┓\n┃  ┃\n┗━━┛", 1},
		{"rounded", "╭──╮\n│  │\n╰──╯", 1},
		{"mixed", "┍━┯━┑\n│ │ │\n┝━┿━┥\n│ │ │\n┕━┷━┙", 1},
		{"double", "╔══╗\n║  ║\n╚══╝", 2},
		{"double grid", "╔═╦═╗\n║ ║ ║\n╠═╬═╣\n║ ║ ║\n╚═╩═╝", 5},
		{"single in double", "╓─╥─╖\n║ ║ ║\n╙─╨─╜", 1},
	} {
		for _, scale := range []int{1, 2} {
			img, _ := render(t, tc.box, Options{Scale: scale})
			if n := inkComponents(img, img.Bounds(), rgba(DarkTheme.Background)); n != tc.want {
				t.Errorf("%s at scale %d: %d separate pieces, want %d", tc.name, scale, n, tc.want)
			}
		}
	}
}

func TestBraille(t *testing.T) {
	for _, scale := range []int{1, 2} {
		img, m := render(t, "\x1b[38;2;255;0;0m⣿⠁⢀\x1b[m", Options{Scale: scale})
		if n := components(img, cellBounds(m, 1, 0, 0), red); n != 8 {
			t.Errorf("scale %d: ⣿ shows %d dots, want 8", scale, n)
		}
		one := cellBounds(m, 1, 1, 0)
		if n := components(img, one, red); n != 1 {
			t.Errorf("scale %d: ⠁ shows %d dots, want 1", scale, n)
		}
		topLeft := image.Rect(one.Min.X, one.Min.Y, one.Min.X+m.cellW/2, one.Min.Y+m.cellH/4)
		if n := components(img, topLeft, red); n != 1 {
			t.Errorf("scale %d: dot 1 of ⠁ is not in the top-left slot", scale)
		}
		eight := cellBounds(m, 1, 2, 0)
		bottomRight := image.Rect(eight.Min.X+m.cellW/2, eight.Max.Y-m.cellH/4, eight.Max.X, eight.Max.Y)
		if n := components(img, bottomRight, red); n != 1 {
			t.Errorf("scale %d: dot 8 of ⢀ is not in the bottom-right slot", scale)
		}
	}
}

func TestWideCharacters(t *testing.T) {
	g := Parse("日本x🚀y", 0)
	if g.Width != 8 || g.Height != 1 {
		t.Fatalf("grid %dx%d, want 8x1", g.Width, g.Height)
	}
	for x, want := range []struct {
		text  string
		width int
	}{{"日", 2}, {"", 0}, {"本", 2}, {"", 0}, {"x", 1}, {"🚀", 2}, {"", 0}, {"y", 1}} {
		if c := g.Cell(x, 0); c.Text != want.text || c.Width != want.width {
			t.Errorf("cell %d: %q width %d, want %q width %d", x, c.Text, c.Width, want.text, want.width)
		}
	}
	if got := g.Cell(8, 0); got.Text != " " {
		t.Errorf("cell past the grid: %q, want a blank", got.Text)
	}

	// No embedded font has 日, so it is drawn as a box over both columns.
	img, m := render(t, "\x1b[38;2;255;0;0m日\x1b[m", Options{Scale: 1})
	left, _ := count(img, cellBounds(m, 1, 0, 0), red)
	right, _ := count(img, cellBounds(m, 1, 1, 0), red)
	if left == 0 || right == 0 {
		t.Errorf("wide character ink: %d px in its first column, %d in its second; want both", left, right)
	}
}

func TestFallbackFontCoversSymbols(t *testing.T) {
	m, err := metricsFor(1)
	if err != nil {
		t.Fatal(err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, r := range "✓✗◆▸⚠★aé€→" {
		if m.glyph(r, false, false, 1) == nil {
			t.Errorf("no glyph for %q", r)
		}
	}
	if m.glyph('日', false, false, 2) != nil {
		t.Error("expected no embedded glyph for 日")
	}
}

func TestStyles(t *testing.T) {
	plain := "\x1b[38;2;255;0;0mH\x1b[m"
	bold := "\x1b[1;38;2;255;0;0mH\x1b[m"
	faint := "\x1b[2;38;2;255;0;0m█\x1b[m"
	under := "\x1b[4;38;2;255;0;0m \x1b[m"

	ink := func(s string) int {
		img, m := render(t, s, Options{Scale: 2})
		n, _ := count(img, cellBounds(m, 1, 0, 0), red)
		return n
	}
	if p, b := ink(plain), ink(bold); b <= p {
		t.Errorf("bold H has %d solid pixels, plain %d; want more", b, p)
	}
	img, m := render(t, faint, Options{Scale: 2})
	want := blend(rgba(DarkTheme.Background), red, 0.5)
	if got := at(img, cellBounds(m, 1, 0, 0).Min.X+2, cellBounds(m, 1, 0, 0).Min.Y+2); got != want {
		t.Errorf("faint block %v, want %v", got, want)
	}
	if n := ink(under); n != m.cellW*m.thin {
		t.Errorf("underlined blank has %d underline pixels, want %d", n, m.cellW*m.thin)
	}
	if n := ink("\x1b[38;2;255;0;0m \x1b[m"); n != 0 {
		t.Errorf("plain blank has %d ink pixels", n)
	}
}

func TestParseStyles(t *testing.T) {
	s := "\x1b[1;3;4;38;2;1;2;3;48;5;21ma\x1b[0m\x1b[2;7;31mb\x1b[0mc"
	g := Parse(s, 0)
	a, b, c := g.Cell(0, 0), g.Cell(1, 0), g.Cell(2, 0)
	if !a.Bold || !a.Italic || !a.Underline || a.Faint || a.Reverse {
		t.Errorf("a: attributes %+v", a)
	}
	if rgba(a.Fg) != (color.RGBA{1, 2, 3, 0xff}) || a.Bg != ansi.IndexedColor(21) {
		t.Errorf("a: fg %v bg %v", a.Fg, a.Bg)
	}
	if !b.Faint || !b.Reverse || b.Fg != ansi.Red || b.Bg != nil {
		t.Errorf("b: %+v", b)
	}
	if c.Fg != nil || c.Bg != nil || c.Bold || c.Text != "c" {
		t.Errorf("c: %+v", c)
	}

	// Reverse swaps in the theme's defaults; faint then dims the result.
	fg, bg := b.Colors(LightTheme)
	if bg != rgba(ansi.Red) || fg != blend(rgba(ansi.Red), rgba(LightTheme.Background), 0.5) {
		t.Errorf("b colours: fg %v bg %v", fg, bg)
	}
	if fg, bg := c.Colors(Theme{}); fg != rgba(DarkTheme.Foreground) || bg != rgba(DarkTheme.Background) {
		t.Errorf("c colours under an empty theme: fg %v bg %v", fg, bg)
	}
}

func TestParseSize(t *testing.T) {
	box := roundedBox("abc")
	for _, tc := range []struct {
		in         string
		cols       int
		wantW      int
		wantH      int
		wantString string
	}{
		{"ab\ncdef\n", 0, 4, 2, "ab\ncdef"},
		{"ab\r\ncdef", 10, 10, 2, "ab\ncdef"},
		{"abcdef", 3, 3, 1, "abc"},
		{"", 0, 0, 1, ""},
		{box, 0, 7, 3, ansi.Strip(box)},
	} {
		g := Parse(tc.in, tc.cols)
		if g.Width != tc.wantW || g.Height != tc.wantH || g.String() != tc.wantString {
			t.Errorf("Parse(%q, %d): %dx%d %q, want %dx%d %q",
				tc.in, tc.cols, g.Width, g.Height, g.String(), tc.wantW, tc.wantH, tc.wantString)
		}
	}
}

func TestOptionErrors(t *testing.T) {
	for _, opt := range []Options{{Scale: -1}, {Scale: 100}, {Columns: -2}, {Columns: 1 << 20}} {
		if _, err := Image("x", opt); err == nil {
			t.Errorf("Image with %+v: no error", opt)
		}
		if err := SVG(io.Discard, "x", opt); err == nil {
			t.Errorf("SVG with %+v: no error", opt)
		}
	}
}

// svgDoc is the part of the SVG the tests read.
type svgDoc struct {
	XMLName xml.Name  `xml:"svg"`
	Width   int       `xml:"width,attr"`
	Height  int       `xml:"height,attr"`
	Title   string    `xml:"title"`
	Rects   []svgRect `xml:"rect"`
	Groups  []struct {
		FontFamily string    `xml:"font-family,attr"`
		Rects      []svgRect `xml:"rect"`
		Texts      []struct {
			X      string `xml:"x,attr"`
			Fill   string `xml:"fill,attr"`
			Weight string `xml:"font-weight,attr"`
			Text   string `xml:",chardata"`
		} `xml:"text"`
	} `xml:"g"`
	Curves []struct {
		Path struct {
			D string `xml:"d,attr"`
		} `xml:"path"`
	} `xml:"svg"`
}

type svgRect struct {
	X      int    `xml:"x,attr"`
	Y      int    `xml:"y,attr"`
	Width  int    `xml:"width,attr"`
	Height int    `xml:"height,attr"`
	Fill   string `xml:"fill,attr"`
}

func TestSVG(t *testing.T) {
	view := roundedBox("NPV <$1M> & IRR") + "\n" +
		lipgloss.NewStyle().Background(lipgloss.Color("#336699")).Render("  ") + " ⣿ 日"
	var buf bytes.Buffer
	if err := SVG(&buf, view, Options{Scale: 1, Title: `Mining & "AI" <overview>`}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()

	// Every token must be well-formed XML.
	dec := xml.NewDecoder(strings.NewReader(out))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, out)
		}
	}
	var doc svgDoc
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}

	if !strings.Contains(out, "NPV &lt;$1M&gt; &amp; IRR") {
		t.Errorf("escaped text missing from\n%s", out)
	}
	if doc.Title != `Mining & "AI" <overview>` {
		t.Errorf("title %q", doc.Title)
	}
	m, _ := metricsFor(1)
	cols, rows := lipgloss.Width(view), lipgloss.Height(view)
	if doc.Width != (cols+2)*m.cellW || doc.Height != (rows+2)*m.cellH {
		t.Errorf("size %dx%d, want %dx%d", doc.Width, doc.Height, (cols+2)*m.cellW, (rows+2)*m.cellH)
	}
	if len(doc.Rects) != 1 || doc.Rects[0].Width != doc.Width || doc.Rects[0].Fill != hex(rgba(DarkTheme.Background)) {
		t.Errorf("want one full-size background rect, got %+v", doc.Rects)
	}

	var texts []string
	var rects []svgRect
	family := false
	for _, g := range doc.Groups {
		rects = append(rects, g.Rects...)
		family = family || g.FontFamily == fontFamily
		for _, tx := range g.Texts {
			texts = append(texts, tx.Text)
			if n := len(strings.Fields(tx.X)); n != len([]rune(tx.Text)) {
				t.Errorf("text %q has %d x positions", tx.Text, n)
			}
			if strings.Contains(tx.Text, "NPV") && (tx.Weight != "bold" || tx.Fill != "#50fa7b") {
				t.Errorf("title text: weight %q fill %q", tx.Weight, tx.Fill)
			}
		}
	}
	if !family {
		t.Error("no group sets the font family")
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"NPV <$1M> & IRR", "日"} {
		if !strings.Contains(all, want) {
			t.Errorf("texts %q lack %q", all, want)
		}
	}
	for _, geometry := range "─│╭⣿" {
		if strings.ContainsRune(all, geometry) {
			t.Errorf("%q is drawn as text, want shapes", geometry)
		}
	}

	var border, bgRun, dots int
	for _, r := range rects {
		switch r.Fill {
		case "#bd93f9":
			border++
			if r.Height == m.thin && r.Width >= (cols-2)*m.cellW {
				border += 100 // the top or bottom edge in one merged rect
			}
		case "#336699":
			if r.Width == 2*m.cellW && r.Height == m.cellH {
				bgRun++
			}
		case hex(rgba(DarkTheme.Foreground)):
			if r.Width == r.Height && r.Width < m.cellW/2 {
				dots++
			}
		}
	}
	if border < 200 {
		t.Errorf("border rects score %d: want both horizontal edges as single rects", border)
	}
	if bgRun != 1 {
		t.Errorf("want one rect for the two-cell background run, got %d", bgRun)
	}
	if dots != 8 {
		t.Errorf("⣿ as %d dot rects, want 8", dots)
	}
	if len(doc.Curves) != 4 {
		t.Errorf("want 4 corner arcs, got %d", len(doc.Curves))
	}
}

func TestConcurrentRenders(t *testing.T) {
	view := roundedBox("concurrent ✓")
	want, err := Image(view, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Go(func() {
			img, err := Image(view, Options{Scale: 1 + i%3})
			if err == nil && i%3 == 1 && !bytes.Equal(img.Pix, want.Pix) {
				err = fmt.Errorf("render %d differs", i)
			}
			if err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// benchView is a full 160x48 screen of Lip Gloss output: a rounded border,
// coloured and bold text, table rules and bars.
func benchView() string {
	var lines []string
	label := lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#ff79c6"))
	value := lipgloss.NewStyle().Foreground(lipgloss.Color("#50fa7b"))
	dim := lipgloss.NewStyle().Faint(true)
	bar := lipgloss.NewStyle().Foreground(lipgloss.Color("#8be9fd")).Background(lipgloss.Color("#282a36"))
	for i := range 46 {
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s %s ", label.Render(fmt.Sprintf("Month %3d", i+1)),
			value.Render(fmt.Sprintf("$%8.2f", float64(i)*1234.5)), dim.Render("hashprice"))
		b.WriteString(bar.Render(strings.Repeat("█", i%40) + "▌" + strings.Repeat(" ", 40-i%40)))
		b.WriteString(" │ ")
		b.WriteString("npv irr payback breakeven ⣿⡇⠉ ─┼─ The quick brown fox jumps over")
		lines = append(lines, b.String())
	}
	return lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).
		BorderForeground(lipgloss.Color("#bd93f9")).Width(160).
		Render(strings.Join(lines, "\n"))
}

func BenchmarkPNG(b *testing.B) {
	view := benchView()
	if w, h := lipgloss.Width(view), lipgloss.Height(view); w != 160 || h != 48 {
		b.Fatalf("view is %dx%d, want 160x48", w, h)
	}
	for b.Loop() {
		if err := PNG(io.Discard, view, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSVG(b *testing.B) {
	view := benchView()
	for b.Loop() {
		if err := SVG(io.Discard, view, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
