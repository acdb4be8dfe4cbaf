package e2e

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Three scenarios of one site: the defaults, a dearer bitcoin, and a cheaper
// one with a dearer GPU-hour.
var compareFiles = map[string]string{
	"base.toml": "name = \"Base case\"\n",
	"bull.toml": "name = \"Bull case\"\n[bitcoin]\nprice_usd = 110000\n",
	"bear.toml": "name = \"Bear case\"\n[bitcoin]\nprice_usd = 55000\n[ai.gpu]\nrental_usd_per_gpu_hour = 4.40\n",
	"bad.toml":  "name = \"Bad\"\n[site]\npowr_mw = 50\n",
}

func writeCompareFiles(t *testing.T, dir string) {
	t.Helper()
	for name, content := range compareFiles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runLine types a command line at the shell, waits for its exit code and
// returns the screen it left. The screen is cleared first, and the line
// typed once the shell prompts again (typed earlier, its output would
// follow the prompt on one line).
func (s tmuxSession) runLine(line string) (exit, screen string) {
	s.t.Helper()
	s.keys("clear", "Enter")
	s.waitFor("the prompt on a clear screen", func(screen string) bool {
		return !strings.Contains(screen, "EXIT=") && strings.TrimSpace(screen) != ""
	})
	s.keys(line+"; echo EXIT=$?", "Enter")
	exit = s.exitLine()
	return exit, s.screen()
}

// pivot-tui compare, as a person types it: the table, a memo card, and the
// refusals of too few files and a bad one.
func TestCompareInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	writeCompareFiles(t, dir)
	s.run("resize-window", "-t", "e2e", "-x", "120", "-y", "60") // the whole table on one screen

	exit, screen := s.runLine("pivot-tui compare base.toml bull.toml bear.toml")
	if exit != "EXIT=0" {
		t.Fatalf("exit %s:\n%s", exit, screen)
	}
	for _, want := range []string{
		"3 scenarios compared: ASIC mining or AI compute",
		"ASIC mining wins in 2 of 3 scenarios (Base case, Bull case) and AI compute in 1 (Bear case).",
		"Base case", "Bull case", "Bear case", "−$54,360,421", "Inputs that differ", "$110,000", "$4.40/GPU-h",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("the comparison lacks %q:\n%s", want, screen)
		}
	}
	checkWidth(t, screen, 120)

	exit, screen = s.runLine("pivot-tui compare base.toml bull.toml bear.toml --format png -o memo.png")
	if exit != "EXIT=0" {
		t.Fatalf("png: exit %s:\n%s", exit, screen)
	}
	f, err := os.Open(filepath.Join(dir, "memo.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil || img.Bounds().Dx() < 1700 {
		t.Errorf("memo.png: %v, %v", err, img)
	}

	exit, screen = s.runLine("pivot-tui compare base.toml bull.toml --format xlsx -o both.xlsx")
	if exit != "EXIT=0" {
		t.Fatalf("xlsx: exit %s:\n%s", exit, screen)
	}
	book, err := excelize.OpenFile(filepath.Join(dir, "both.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if sheets := book.GetSheetList(); sheets[0] != "Comparison" {
		t.Errorf("both.xlsx opens on %v", sheets)
	}
	book.Close()

	exit, screen = s.runLine("pivot-tui compare base.toml base.toml")
	if exit != "EXIT=0" || !strings.Contains(screen, "None: every input is the same.") {
		t.Errorf("the same file twice: %s\n%s", exit, screen)
	}

	exit, screen = s.runLine("pivot-tui compare base.toml")
	if exit != "EXIT=2" || !strings.Contains(screen, "compare takes 2 to 8 scenario files, got 1") {
		t.Errorf("one file: %s\n%s", exit, screen)
	}
	exit, screen = s.runLine("pivot-tui compare base.toml bad.toml bull.toml")
	if exit != "EXIT=2" || !strings.Contains(screen, "bad.toml:3:1: site.powr_mw: unknown key") {
		t.Errorf("a bad file: %s\n%s", exit, screen)
	}
}

// p pins a file's scenario; opening another shows each figure's change
// against it, until p drops the pin; x writes the workbook with the rest.
func TestPinInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	writeCompareFiles(t, dir)
	s.openDashboard("pivot-tui base.toml")

	s.keys("p")
	screen := s.waitForText("◆ vs pinned Base case")
	if !strings.Contains(screen, "±0") {
		t.Errorf("the pinned scenario against itself shows no ±0:\n%s", screen)
	}

	s.keys("o")
	s.waitForText("Open ›")
	s.keys("bull.toml", "Enter")
	screen = s.waitForText("Opened bull.toml")
	header := strings.SplitN(screen, "\n", 2)[0]
	if !strings.Contains(header, "Bull case") || !strings.Contains(header, "◆ vs pinned Base case") {
		t.Errorf("the header after opening another file: %q", header)
	}
	// $110,000 against $70,000 a bitcoin: mining's NPV is −$35.5M against
	// −$54.4M, $18.8M better; AI's, which mines nothing while it converts,
	// is the same.
	npv := ""
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, " NPV ") {
			npv = l
			break
		}
	}
	if !strings.Contains(npv, "−$35.5M  +$18.8M") || !strings.Contains(npv, "−$675.7M ±0") {
		t.Errorf("the NPV line does not show the changes: %q\n%s", npv, screen)
	}
	checkWidth(t, screen, 120)

	s.keys("x")
	screen = s.waitForText("Exported")
	if !strings.Contains(screen, ".md and .xlsx to") {
		t.Errorf("the status line does not name the workbook:\n%s", screen)
	}
	if books, _ := filepath.Glob(filepath.Join(dir, "bull-*.xlsx")); len(books) != 1 {
		t.Errorf("workbooks written: %v", books)
	}

	s.keys("p")
	screen = s.waitForText("Pin dropped")
	if strings.Contains(screen, "◆ vs pinned") || strings.Contains(screen, "±0") {
		t.Errorf("the pin stays after p:\n%s", screen)
	}
	s.keys("q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("exit line %q", line)
	}
	s.restored()
}
