package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/pivot-tui/pivot-tui/report/workbook"
)

// scenarioFiles writes scenario files into a temporary folder and returns their paths.
func scenarioFiles(t testing.TB, contents ...string) []string {
	t.Helper()
	dir := t.TempDir()
	paths := make([]string, len(contents))
	for i, c := range contents {
		paths[i] = filepath.Join(dir, string(rune('a'+i))+".toml")
		if err := os.WriteFile(paths[i], []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

const (
	baseFile = "name = \"Base\"\n"
	bullFile = "name = \"Bull\"\n[bitcoin]\nprice_usd = 110000\n"
	bearFile = "name = \"Bear\"\n[bitcoin]\nprice_usd = 55000\n[ai.gpu]\nrental_usd_per_gpu_hour = 4.40\n"
)

func TestCompareText(t *testing.T) {
	files := scenarioFiles(t, baseFile, bullFile, bearFile)
	code, out, stderr := runCLI(t, append([]string{"compare"}, files...)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"3 scenarios compared: ASIC mining or AI compute",
		// The defaults: mining NPV −$54,360,421, AI −$675,690,137.
		"−$54,360,421", "−$675,690,137", "Inputs that differ", "$110,000", "$4.40/GPU-h",
		filepath.Base(files[2]),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}

// Each scenario of compare --format json is report --format json's object
// for its file.
func TestCompareJSON(t *testing.T) {
	files := scenarioFiles(t, baseFile, bearFile)
	code, out, stderr := runCLI(t, "compare", files[0], files[1], files[0], "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var doc struct {
		Scenarios   []json.RawMessage `json:"scenarios"`
		Sources     []string          `json:"sources"`
		Differences []struct {
			Key    string `json:"key"`
			Values []any  `json:"values"`
		} `json:"differences"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Scenarios) != 3 || strings.Join(doc.Sources, ",") != files[0]+","+files[1]+","+files[0] {
		t.Fatalf("%d scenarios from %v", len(doc.Scenarios), doc.Sources)
	}
	for i, f := range []string{files[0], files[1], files[0]} {
		_, single, _ := runCLI(t, "report", f, "--format", "json")
		if canonicalJSON(t, doc.Scenarios[i]) != canonicalJSON(t, []byte(single)) {
			t.Errorf("scenario %d differs from report %s --format json", i, f)
		}
	}
	if len(doc.Differences) != 2 || doc.Differences[0].Key != "bitcoin.price_usd" || doc.Differences[0].Values[1] != 55000.0 {
		t.Errorf("differences %+v", doc.Differences)
	}
}

func canonicalJSON(t *testing.T, data []byte) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(v)
	return string(out)
}

// Every format writes, to -o or to a pipe.
func TestCompareFormats(t *testing.T) {
	files := scenarioFiles(t, baseFile, bullFile)
	dir := t.TempDir()
	for _, f := range []string{"text", "md", "csv", "json", "png", "svg", "xlsx"} {
		path := filepath.Join(dir, "out."+f)
		code, out, stderr := runCLI(t, "compare", files[0], files[1], "--format", f, "-o", path)
		if code != exitOK || out != "" || stderr != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", f, code, out, stderr)
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil || len(data) == 0 {
			t.Errorf("%s: %d bytes, %v", f, len(data), err)
		}
		switch f {
		case "png":
			decodePNG(t, data)
		case "md":
			if !strings.HasPrefix(string(data), "# 2 scenarios compared") {
				t.Errorf("md starts %q", data[:40])
			}
		case "xlsx":
			book, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if sheets := book.GetSheetList(); sheets[0] != workbook.ComparisonSheet || len(sheets) != 9 {
				t.Errorf("xlsx sheets %v", sheets)
			}
			book.Close()
		}
	}
}

// The card grows with its columns unless told a width; too narrow a width
// is refused.
func TestCompareImageWidth(t *testing.T) {
	contents := make([]string, 8)
	for i := range contents {
		contents[i] = "name = \"A scenario with a long name\"\n"
	}
	files := scenarioFiles(t, contents...)
	code, out, stderr := runCLI(t, append(append([]string{"compare"}, files...), "--format", "png", "--width", "100")...)
	if code != exitInput || out != "" || !strings.Contains(stderr, "--width 100 is too narrow for these 8 scenarios") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	code, out, stderr = runCLI(t, append(append([]string{"compare"}, files...), "--format", "png")...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if w := decodePNG(t, []byte(out)).Bounds().Dx(); w <= 1768 {
		t.Errorf("8 columns drawn %d px wide: no wider than the 100-column card", w)
	}
}

func TestCompareBadInput(t *testing.T) {
	good := scenarioFiles(t, baseFile)[0]
	bad := scenarioFiles(t, "[site]\npowr_mw = 50\n")[0]
	nine := make([]string, 9)
	for i := range nine {
		nine[i] = good
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{good}, "compare takes 2 to 8 scenario files, got 1"},
		{nil, "compare takes 2 to 8 scenario files, got 0"},
		{nine, "compare takes 2 to 8 scenario files, got 9"},
		{[]string{good, bad}, bad + ":2:1: site.powr_mw: unknown key"},
		{[]string{good, filepath.Join(t.TempDir(), "nope.toml")}, "nope.toml"},
		{[]string{good, good, "--format", "pdf"}, `unknown format "pdf"`},
		{[]string{good, good, "--format", "md", "--width", "120"}, "--width applies to --format png and svg only"},
		{[]string{good, good, "--format", "png", "--theme", "sepia"}, `unknown theme "sepia"`},
		{[]string{good, good, "--risk"}, "flag provided but not defined: -risk"},
	} {
		code, out, stderr := runCLI(t, append([]string{"compare"}, tc.args...)...)
		if code != exitInput || out != "" || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want %q)", tc.args, code, out, stderr, tc.want)
		}
	}
	if data, _ := os.ReadFile(bad); string(data) != "[site]\npowr_mw = 50\n" {
		t.Errorf("the bad file changed: %q", data)
	}
}

// Images and workbooks go to a terminal only through -o.
func TestCompareBinaryToATerminal(t *testing.T) {
	defer func(f func(io.Writer) bool) { stdoutIsTerminal = f }(stdoutIsTerminal)
	stdoutIsTerminal = func(io.Writer) bool { return true }
	files := scenarioFiles(t, baseFile, bullFile)
	for _, f := range []string{"png", "svg", "xlsx"} {
		code, out, stderr := runCLI(t, "compare", files[0], files[1], "--format", f)
		if code != exitInput || out != "" || !strings.Contains(stderr, "give -o FILE") {
			t.Errorf("%s: exit %d, stderr %q", f, code, stderr)
		}
	}
	if code, out, _ := runCLI(t, "compare", files[0], files[1]); code != exitOK || !strings.Contains(out, "Inputs that differ") {
		t.Errorf("text to a terminal: exit %d", code)
	}
}

func TestCompareHelp(t *testing.T) {
	code, out, _ := runCLI(t, "help", "compare")
	_, flagOut, _ := runCLI(t, "compare", "--help")
	if code != exitOK || !strings.HasPrefix(out, "Usage: pivot-tui compare") || out != flagOut {
		t.Errorf("exit %d, %q", code, out)
	}
}
