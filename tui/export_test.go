package tui

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pivot-tui/pivot-tui/internal/fixture"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
)

// Cells of an exported image: Go Mono at 28 px (scale 2) in 17x34 px cells.
const cellW, cellH = 17, 34

func rgbaAt(img image.Image, x, y int) color.RGBA {
	return color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
}

var svgTexts = fixture.SVGTexts

// exportClock is the time every export test runs at.
func exportClock() time.Time { return time.Date(2026, 11, 25, 14, 32, 5, 0, time.UTC) }

// pressExport sends x and runs the command it returns, as the program would
// off the UI goroutine, then hands its message back to Update. during is the
// screen while the export runs.
func pressExport(t *testing.T, m *Model) (during string, after *Model) {
	t.Helper()
	_, cmd := m.Update(keyMsg("x"))
	during = screen(m)
	if cmd == nil {
		t.Fatal("x returned no command: the export would run on the UI goroutine or not at all")
	}
	msg := cmd()
	if _, ok := msg.(exportedMsg); !ok {
		t.Fatalf("the export command returned %T", msg)
	}
	return during, update(t, m, msg)
}

func TestExportWritesTheScreenAndTheReport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "site.toml")
	m := New(Options{Scenario: model.Default(), Path: path, Now: exportClock, Version: "9.9.9"})
	m = update(t, m, size(120, 40), lightBackground, keyMsg("2"))
	screenBefore := screen(m)

	during, after := pressExport(t, m)
	if !strings.Contains(during, "Exporting") {
		t.Errorf("no word of the export while it runs:\n%s", during)
	}
	stem := "site-2026-11-25-1432"
	// The whole message: on screen, the line cuts the temporary folder.
	want := "Exported the Cash flow tab on a white page: " + stem + ".png, .svg, .md and .xlsx to " + dir
	if status := lineWith(after, "Exported"); after.status.text != want || !strings.Contains(status, stem+".png, .svg, .md and .xlsx to /tmp") {
		t.Errorf("the status line does not say what was written where: %q (on screen %q)", after.status.text, status)
	}
	for _, ext := range []string{".png", ".svg", ".md", ".xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, stem+ext)); err != nil {
			t.Errorf("%s: %v", ext, err)
		}
	}

	// The PNG is the tab without the status line and the key help: 120x38
	// cells and a cell of margin, 17x34 px each, on the white page.
	data, err := os.ReadFile(filepath.Join(dir, stem+".png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got.X != 122*cellW || got.Y != 40*cellH {
		t.Errorf("the PNG is %v, want the 120x38 cells above the status line", got)
	}
	if c := rgbaAt(img, 0, 0); c.R != 0xff || c.G != 0xff || c.B != 0xff {
		t.Errorf("the light theme's page is %v, want white", c)
	}

	// The SVG holds the Cash flow tab the user was looking at.
	svg, _ := os.ReadFile(filepath.Join(dir, stem+".svg"))
	texts := strings.Join(svgTexts(t, svg), "\n")
	if !strings.Contains(texts, "Cash flow") || !strings.Contains(screenBefore, "EBITDA") || !strings.Contains(texts, "EBITDA") {
		t.Error("the SVG is not the Cash flow tab")
	}

	md, _ := os.ReadFile(filepath.Join(dir, stem+".md"))
	for _, want := range []string{"# Example site: ASIC mining or AI compute", "## Results",
		"*scenario site.toml · 2026-11-25 · pivot-tui 9.9.9*"} {
		if !strings.Contains(strings.ReplaceAll(string(md), `\_`, "_"), want) {
			t.Errorf("the report lacks %q", want)
		}
	}

	// A second export in the same minute keeps the first.
	_, again := pressExport(t, after)
	if status := lineWith(again, "Exported"); !strings.Contains(status, stem+"-2.png") {
		t.Errorf("the second export: %q", status)
	}
}

// A preset has no folder of its own: the exports go to the configured
// folder (the working directory by default), named after the preset.
func TestExportPresetNamesAndSource(t *testing.T) {
	dir := t.TempDir()
	m := New(Options{Scenario: model.Default(), PresetName: "cango-2026", Now: exportClock, Version: "1.0", ExportDir: dir})
	if got := m.exportDir(); got != dir {
		t.Errorf("export dir %q, want %q", got, dir)
	}
	if got := New(Options{PresetName: "cango-2026"}).exportDir(); got != "." {
		t.Errorf("a preset exports to %q, want the working directory", got)
	}
	m = update(t, m, size(80, 24), keyMsg("l")) // an unsaved change
	_, after := pressExport(t, m)
	if status := lineWith(after, "Exported"); !strings.Contains(status, "cango-2026-2026-11-25-1432.png") {
		t.Errorf("status %q", status)
	}
	md, err := os.ReadFile(filepath.Join(dir, "cango-2026-2026-11-25-1432.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "scenario preset cango-2026 (with unsaved changes) · 2026-11-25 · pivot-tui 1.0") {
		t.Errorf("the report's provenance: %s", md[bytes.LastIndex(md, []byte("---")):])
	}
}

func TestExportFailureIsShown(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "such", "folder")
	m := New(Options{ExportDir: missing, Now: exportClock})
	m = update(t, m, size(120, 40))
	_, after := pressExport(t, m)
	if status := lineWith(after, "Export failed"); status == "" {
		t.Errorf("no error shown:\n%s", screen(after))
	}
}

// The help lists x; a dark export is drawn on a dark page.
func TestExportKeyInHelpAndDarkPage(t *testing.T) {
	m := update(t, New(Options{}), size(120, 40), keyMsg("?"))
	if lineWith(m, "export PNG, SVG, MD, XLSX") == "" {
		t.Errorf("the help does not list x:\n%s", screen(m))
	}
	dir := t.TempDir()
	m = update(t, New(Options{ExportDir: dir, Now: exportClock, ExportDark: true}), size(100, 30), lightBackground)
	_, _ = pressExport(t, m)
	data, err := os.ReadFile(filepath.Join(dir, "example-site-2026-11-25-1432.png"))
	if err != nil {
		entries, _ := os.ReadDir(dir)
		t.Fatalf("%v; the folder holds %v", err, entries)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if c := rgbaAt(img, 0, 0); c.R > 0x40 || c.G > 0x40 || c.B > 0x40 {
		t.Errorf("the dark theme's page is %v, want dark", c)
	}
}

// x exports the tab as a page, not as the screen: in the export's theme
// (a white page, whatever the terminal's), without the key help, the status
// line and the selected input's highlight, and with the chart's lines as
// vector shapes rather than braille; the status line says what it drew.
func TestExportIsThePageNotTheScreen(t *testing.T) {
	dir := t.TempDir()
	m := New(Options{Scenario: model.Default(), Path: filepath.Join(dir, "site.toml"), Now: exportClock})
	m = update(t, m, size(120, 40), darkBackground)
	onScreen := screen(m)
	if !strings.Contains(onScreen, "ctrl+s") || m.selKey == "" {
		t.Fatal("the screen has no key help or no selection to leave out")
	}
	pic := m.renderExport()
	grid := screenshot.Parse(pic.Text, 120)
	text := grid.String()
	for _, chrome := range []string{"ctrl+s", "? help", "quit", "pivot-tui", filepath.Dir(dir)} {
		if strings.Contains(text, chrome) {
			t.Errorf("the export holds %q:\n%s", chrome, text)
		}
	}
	if grid.Height != 38 || !strings.Contains(text, "BTC price") || !strings.Contains(text, "Cumulative cash") {
		t.Errorf("the export is not the Overview tab, %d rows:\n%s", grid.Height, text)
	}
	// The light theme's selection colour (#DBEAFE) marks the current tab,
	// and nothing below it: no input row is highlighted.
	for y := 2; y < grid.Height; y++ {
		for x := range grid.Width {
			if bg := grid.Cell(x, y).Bg; bg != nil {
				if r, g, b, _ := bg.RGBA(); r>>8 == 0xdb && g>>8 == 0xea && b>>8 == 0xfe {
					t.Fatalf("a highlighted cell at %d,%d: %q", x, y, strings.Split(text, "\n")[y])
				}
			}
		}
	}
	if strings.ContainsFunc(text, func(r rune) bool { return r > 0x2800 && r <= 0x28ff }) || len(pic.Shapes) < 3 {
		t.Errorf("the chart is not drawn in vectors: %d shapes", len(pic.Shapes))
	}
	// The shapes fall in the chart, which is right of the inputs and below
	// its title.
	titleRow := -1
	for i, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "Cumulative cash") {
			titleRow = i
		}
	}
	for _, s := range pic.Shapes {
		for _, p := range s.Points {
			if p.X < float64(inputsOuterWidth) || p.Y < float64(titleRow+1) || p.Y > 38 {
				t.Fatalf("a shape's point %v falls outside the chart (title on row %d)", p, titleRow)
			}
		}
	}
	// A dark terminal still exports on the white page.
	_, after := pressExport(t, m)
	if status := lineWith(after, "Exported"); !strings.Contains(status, "Exported the Overview tab on a white page: site-2026-11-25-1432.png, .svg, .md and .xlsx to /tmp") {
		t.Errorf("the status line: %q", status)
	}
	data, err := os.ReadFile(filepath.Join(dir, "site-2026-11-25-1432.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if c := rgbaAt(img, 0, 0); c != (color.RGBA{0xff, 0xff, 0xff, 0xff}) {
		t.Errorf("a dark terminal's export is on %v, want the white page", c)
	}
	if screen(after) == "" || !strings.Contains(screen(after), "ctrl+s") {
		t.Error("the export changed the screen itself")
	}
}
