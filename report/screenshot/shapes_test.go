package screenshot

import (
	"bytes"
	"image/color"
	"strings"
	"testing"
)

func TestShapesInThePNG(t *testing.T) {
	red := color.RGBA{0xff, 0, 0, 0xff}
	blank := strings.Repeat(strings.Repeat(" ", 20)+"\n", 4)
	pic := Picture{Text: blank, Shapes: []Shape{
		{Points: []Point{{0.5, 1}, {19.5, 1}}, Color: red, Width: 2},                 // solid, along row 1's top edge
		{Points: []Point{{0, 3}, {20, 3}}, Width: 1, Dash: 4},                        // dashed, in the foreground
		{Points: []Point{{10, 2.2}, {10.5, 2.5}, {10, 2.8}, {9.5, 2.5}}, Fill: true}, // a diamond
	}}
	opt := Options{Scale: 1, Padding: -1, Theme: LightTheme}
	img, err := pic.Image(opt)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := metricsFor(1)
	at := func(x, y float64) color.RGBA { return img.RGBAAt(int(x*float64(m.cellW)), int(y*float64(m.cellH))) }
	if got := at(10, 1); got != red {
		t.Errorf("the solid line's middle is %v, want red", got)
	}
	if got := at(10, 1.5); got != rgba(LightTheme.Background) {
		t.Errorf("half a row below the line is %v, want the page", got)
	}
	// A 1 px line at y = 3 rows covers the pixel row above and below the
	// boundary by half each: the dashes darken it, the gaps leave it.
	y := 3*m.cellH - 1
	dark, light := 0, 0
	for x := range img.Bounds().Dx() {
		if c := img.RGBAAt(x, y); c.R < 0xe0 {
			dark++
		} else {
			light++
		}
	}
	if dark == 0 || light < dark/2 {
		t.Errorf("the dashed line: %d dark and %d light pixels along it, want dashes and gaps", dark, light)
	}
	if got := at(10, 2.5); got != rgba(LightTheme.Foreground) {
		t.Errorf("the diamond's centre is %v, want the foreground", got)
	}
	if got := at(9.55, 2.25); got != rgba(LightTheme.Background) {
		t.Errorf("outside the diamond's corner is %v, want the page", got)
	}
}

func TestShapesInTheSVG(t *testing.T) {
	pic := Picture{Text: "ab\ncd", Shapes: []Shape{
		{Points: []Point{{0, 0}, {2, 2}}, Color: color.RGBA{0x12, 0x34, 0x56, 0xff}, Width: 2},
		{Points: []Point{{0, 1}, {2, 1}}, Width: 1, Dash: 3},
		{Points: []Point{{0, 0}, {1, 0}, {1, 1}}, Fill: true},
	}}
	var b bytes.Buffer
	if err := pic.SVG(&b, Options{Scale: 1, Padding: -1, Theme: LightTheme}); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	m, _ := metricsFor(1)
	for _, want := range []string{
		`<polyline points="0,0 ` + num(float64(2*m.cellW)) + "," + num(float64(2*m.cellH)) + `" fill="none" stroke="#123456" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
		`stroke="#1f1f1f" stroke-width="1" stroke-dasharray="3"/>`,
		`<polygon points="0,0 ` + num(float64(m.cellW)) + `,0 `,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %s:\n%s", want, svg)
		}
	}
	// Under the text: the shapes come before the first <text>.
	if strings.Index(svg, "<polyline") > strings.Index(svg, "<text") {
		t.Error("the shapes are drawn over the text")
	}
}

func TestMoved(t *testing.T) {
	in := []Shape{{Points: []Point{{1, 2}, {3, 4}}}}
	out := Moved(in, 10, 20)
	if out[0].Points[1] != (Point{13, 24}) || in[0].Points[1] != (Point{3, 4}) {
		t.Errorf("Moved gives %v and leaves %v", out[0].Points, in[0].Points)
	}
}
