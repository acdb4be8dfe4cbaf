package card

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/internal/fixture"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// The shared sites and the SVG reader.
var (
	treasuryScenario   = fixture.Treasury
	colocationScenario = fixture.Colocation
	longScenario       = fixture.LongHorizon
	svgTexts           = fixture.SVGTexts
)

// memoDoc is the document the report command draws for a scenario.
func memoDoc(t testing.TB, s model.Scenario, withRisk bool) report.Document {
	t.Helper()
	doc := report.Document{
		Result:     model.Evaluate(s),
		Provenance: report.Provenance{Source: "preset default", Generated: time.Date(2026, 11, 25, 14, 32, 0, 0, time.UTC), Version: "test"},
	}
	if withRisk {
		ctx := context.Background()
		mc, err := model.MonteCarlo(ctx, s, model.RiskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		sens, err := model.Analyse(ctx, s, model.RiskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		doc.Risk = &report.Risk{MonteCarlo: mc, Sensitivity: sens}
	}
	return doc
}

// Every line of the card is exactly its width, whatever the scenario, so
// that the image's grid holds it without wrapping or clipping.
func TestLinesFillTheWidth(t *testing.T) {
	scenarios := map[string]model.Scenario{
		"default": model.Default(), "treasury": treasuryScenario(), "colo": colocationScenario(), "long": longScenario(),
	}
	for name, s := range scenarios {
		s.Risk.Paths = 1000 // the card's shape, not the odds, is under test
		for _, risk := range []bool{false, true} {
			doc := memoDoc(t, s, risk)
			for _, w := range []int{0, MinWidth, 119, 120, 160, MaxWidth} {
				for _, dark := range []bool{false, true} {
					card := Render(doc, Options{Width: w, Dark: dark}).Text
					want := cardWidth(Options{Width: w})
					for i, l := range cells.Lines(card) {
						if got := cells.Width(l); got != want {
							t.Fatalf("%s risk=%v width %d: line %d is %d wide, want %d:\n%s", name, risk, w, i, got, want, ansi.Strip(card))
						}
					}
				}
			}
		}
	}
}

// The card holds what a memo reader needs, in the dashboard's words.
func TestContent(t *testing.T) {
	doc := memoDoc(t, model.Default(), true)
	text := ansi.Strip(Render(doc, Options{}).Text)
	res := doc.Result
	for _, want := range []string{
		"Example site", "ASSUMPTIONS", "$45.00/MWh", "$70,000", format.Hashprice(res.HashpriceUSDPerPHDay), "$2.35/GPU-h",
		"$18.00/TH", "$9,000,000/MW", "$45,000/GPU",
		"ASIC MINING", "AI COMPUTE", "★ WINNER", "NPV", "−$54.4M", "−$675.7M",
		"★ ASIC MINING WINS by $621.3M in NPV", "AI wins above $4.06/GPU-hour",
		"Cumulative cash", "½", "RISK", words.RiskHeadline(doc.Risk.MonteCarlo), "P10", "P50", "P90",
		"WHAT MOVES THE ANSWER", doc.Risk.Sensitivity.Tornado[0].Input,
		"scenario preset default · 2026-11-25 · pivot-tui test",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the card lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "\n") + 1; n > 70 {
		t.Errorf("the card is %d lines long: too long for one page", n)
	}
	noRisk := ansi.Strip(Render(memoDoc(t, model.Default(), false), Options{}).Text)
	if strings.Contains(noRisk, "RISK") {
		t.Error("a card without a risk analysis has a risk section")
	}
}

// A memo card carries no badge (the footer names the tool) and names the
// scenario file without its folder.
func TestNoBadgeAndTheFileNameOnly(t *testing.T) {
	doc := memoDoc(t, model.Default(), false)
	doc.Provenance.Source = "/home/analyst/deals/2026/site.toml"
	for _, dark := range []bool{false, true} {
		card := Render(doc, Options{Dark: dark}).Text
		text := ansi.Strip(card)
		if !strings.HasPrefix(text, "Example site") {
			t.Errorf("the card opens %q, want the scenario's name", text[:40])
		}
		if !strings.Contains(text, "scenario site.toml · 2026-11-25") || strings.Contains(text, "/home/analyst") {
			t.Errorf("the footer names the file with its folder:\n%s", text[strings.LastIndex(text, "\n")+1:])
		}
		// The brand's violet, light and dark, fills no cell.
		grid := screenshot.Parse(card, 0)
		for y := range grid.Height {
			for x := range grid.Width {
				if bg := grid.Cell(x, y).Bg; bg != nil {
					if r, g, b, _ := bg.RGBA(); r>>8 == 0x6d && g>>8 == 0x28 && b>>8 == 0xd9 || r>>8 == 0xa7 && g>>8 == 0x8b && b>>8 == 0xfa {
						t.Fatalf("dark=%v: a violet badge at cell %d,%d", dark, x, y)
					}
				}
			}
		}
	}
}

// Cells of the memo image: Go Mono at 28 px (scale 2) in 17x34 px cells.
const memoCellW, memoCellH = 17, 34

// memoImage draws the default card as the report command does.
func memoImage(t *testing.T, doc report.Document, opts Options) (image.Image, []string) {
	t.Helper()
	card := Render(doc, opts)
	var buf bytes.Buffer
	if err := card.PNG(&buf, ImageOptions(opts)); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("decoding the PNG: %v", err)
	}
	return img, strings.Split(ansi.Strip(card.Text), "\n")
}

func rgbaAt(img image.Image, x, y int) color.RGBA {
	return color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
}

// cellRect is the pixels of the cells x0..x1-1 of row y.
func cellRect(x0, x1, y int) image.Rectangle {
	p := imagePadding
	return image.Rect((p+x0)*memoCellW, (p+y)*memoCellH, (p+x1)*memoCellW, (p+y+1)*memoCellH)
}

// lineAt finds the first line holding text and the column it starts in (in
// cells, counting every rune as one).
func lineAt(t *testing.T, lines []string, text string) (row, col int) {
	t.Helper()
	for i, l := range lines {
		if j := strings.Index(l, text); j >= 0 {
			return i, len([]rune(l[:j]))
		}
	}
	t.Fatalf("no line holds %q", text)
	return 0, 0
}

// ink counts the pixels of r that differ from bg.
func ink(img image.Image, r image.Rectangle, bg color.RGBA) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if rgbaAt(img, x, y) != bg {
				n++
			}
		}
	}
	return n
}

func TestPNG(t *testing.T) {
	doc := memoDoc(t, model.Default(), false)
	for _, tc := range []struct {
		name string
		dark bool
		page color.RGBA
	}{
		{"light", false, color.RGBA{0xff, 0xff, 0xff, 0xff}}, // white paper
		{"dark", true, color.RGBA{0x16, 0x16, 0x1a, 0xff}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img, lines := memoImage(t, doc, Options{Dark: tc.dark})

			// The size: 100 columns and the lines, two cells of margin all round.
			wantW := (Width + 2*imagePadding) * memoCellW
			wantH := (len(lines) + 2*imagePadding) * memoCellH
			if got := img.Bounds().Size(); got.X != wantW || got.Y != wantH {
				t.Fatalf("image is %v, want %dx%d", got, wantW, wantH)
			}
			if wantW < 1600 {
				t.Errorf("a %d px wide PNG is too narrow for a memo at 2x", wantW)
			}

			// The page: the theme's background in the corners and the margin.
			for _, p := range []image.Point{{0, 0}, {wantW - 1, 0}, {0, wantH - 1}, {wantW - 1, wantH - 1}, {wantW / 2, memoCellH / 2}} {
				if got := rgbaAt(img, p.X, p.Y); got != tc.page {
					t.Errorf("pixel %v is %v, want the page %v", p, got, tc.page)
				}
			}

			// Text in the title and in the verdict banner. The banner's
			// text is drawn on the banner's colour, not the page's.
			row, col := lineAt(t, lines, doc.Result.Scenario.Name)
			if n := ink(img, cellRect(col, col+len(doc.Result.Scenario.Name), row), tc.page); n < 200 {
				t.Errorf("the title row has %d pixels of ink", n)
			}
			row, col = lineAt(t, lines, "ASIC MINING WINS")
			banner := cellRect(col, col+len("ASIC MINING WINS"), row)
			bannerBg := rgbaAt(img, cellRect(0, 1, row).Min.X+1, banner.Min.Y+1)
			if bannerBg == tc.page {
				t.Error("the verdict banner has no background of its own")
			}
			if n := ink(img, banner, bannerBg); n < 200 {
				t.Errorf("the verdict row has %d pixels of text", n)
			}

			// The result cards' top border: one unbroken line from corner
			// to corner, no gap between cells.
			row, col = lineAt(t, lines, "╭")
			_, end := lineAt(t, lines[row:row+1], "╮")
			r := cellRect(col+1, end, row)
			lineY := -1
			for y := r.Min.Y; y < r.Max.Y && lineY < 0; y++ {
				if rgbaAt(img, r.Min.X+memoCellW/2, y) != tc.page {
					lineY = y
				}
			}
			if lineY < 0 {
				t.Fatal("no border in the first ─ cell")
			}
			for x := r.Min.X; x < r.Max.X; x++ {
				if rgbaAt(img, x, lineY) == tc.page {
					t.Fatalf("the card's top border has a gap at x=%d (cells %d..%d, y=%d)", x, col+1, end, lineY)
				}
			}
		})
	}
}

func TestSVG(t *testing.T) {
	for _, s := range []model.Scenario{model.Default(), colocationScenario()} {
		doc := memoDoc(t, s, false)
		opts := ImageOptions(Options{})
		opts.Title = s.Name + " <&> memo"
		var buf bytes.Buffer
		if err := Render(doc, Options{}).SVG(&buf, opts); err != nil {
			t.Fatal(err)
		}
		texts := svgTexts(t, buf.Bytes())
		hashprice := format.Hashprice(doc.Result.HashpriceUSDPerPHDay)
		winner := words.StrategyName(doc.Result.Verdict.Winner)
		for _, want := range []string{hashprice, winner} {
			found := false
			for _, text := range texts {
				found = found || strings.Contains(text, want)
			}
			if !found {
				t.Errorf("%s: no <text> holds %q", s.Name, want)
			}
		}
		if !bytes.Contains(buf.Bytes(), []byte(`fill="#ffffff"`)) {
			t.Errorf("%s: the SVG's page is not white", s.Name)
		}
	}
}

// The same scenario gives the same PNG, byte for byte, on one core or two:
// the Monte Carlo and the sensitivity analysis (which spread their work over
// every core), the card, the drawing and the encoder all depend on nothing
// but their input.
func TestPNGBytesDoNotDependOnTheCores(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var images [2][]byte
	for i, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		s := model.Default()
		s.Risk.Paths = 2000 // enough to spread over both cores
		doc := memoDoc(t, s, true)
		var buf bytes.Buffer
		if err := Render(doc, Options{}).PNG(&buf, ImageOptions(Options{})); err != nil {
			t.Fatal(err)
		}
		images[i] = buf.Bytes()
	}
	if !bytes.Equal(images[0], images[1]) {
		t.Errorf("GOMAXPROCS=1 gives %d bytes, GOMAXPROCS=2 %d bytes, not the same", len(images[0]), len(images[1]))
	}
}

// The card for a size of terminal: a smoke test that Render is quick
// enough to draw on every export.
func BenchmarkRender(b *testing.B) {
	doc := memoDoc(b, model.Default(), false)
	for b.Loop() {
		_ = Render(doc, Options{})
	}
}

func ExampleRender() {
	doc := report.Document{
		Result:     model.Evaluate(model.Default()),
		Provenance: report.Provenance{Source: "preset default", Generated: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), Version: "0.1.0"},
	}
	card := Render(doc, Options{Width: 100})
	var png bytes.Buffer
	if err := card.PNG(&png, ImageOptions(Options{Width: 100})); err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(ansi.Strip(card.Text), "\n")
	fmt.Println(strings.TrimSpace(lines[0]))
	// Output: Example site  ·  ASIC mining or AI compute                       2027-01 → 2031-12 · 12.0 % discount
}

// In the image the cumulative-cash lines are solid vector lines in their own
// colours: a line near $0 (Cango's paid-for fleet) is as plain as the other,
// and no braille dots are left in the chart.
func TestChartLinesInTheImage(t *testing.T) {
	s := model.Default()
	s.Mining.CapexUSDPerTH = decimal.Zero // mining's cash stays near $0
	for _, dark := range []bool{false, true} {
		opts := Options{Dark: dark}
		img, lines := memoImage(t, memoDoc(t, s, false), opts)
		top, _ := lineAt(t, lines, "Cumulative cash")
		bottom, _ := lineAt(t, lines, "└")
		for _, l := range lines[top:bottom] {
			if strings.ContainsFunc(l, func(r rune) bool { return r >= 0x2801 && r <= 0x28ff }) {
				t.Fatalf("braille left in the chart: %q", l)
			}
		}
		ink := theme.New(theme.Light).Ink
		if dark {
			ink = theme.New(theme.Dark).Ink
		}
		count := func(c color.Color) int {
			want := color.RGBAModel.Convert(c).(color.RGBA)
			n := 0
			r := cellRect(0, Width, top+1).Union(cellRect(0, Width, bottom-1))
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					if rgbaAt(img, x, y) == want {
						n++
					}
				}
			}
			return n
		}
		// A line across the plot, at 2x: about 1,400 px long, 3 to 5 px wide.
		if m, a := count(ink.Mining), count(ink.AI); m < 3000 || a < 3000 {
			t.Errorf("dark=%v: %d pixels of mining's colour and %d of AI's in the chart, want two solid lines", dark, m, a)
		}
	}
}
