package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An -o that names the scenario file, by any path, is refused before
// anything is written: the scenario stays byte for byte.
func TestReportRefusesToOverwriteItsInput(t *testing.T) {
	dir := t.TempDir()
	scenario := filepath.Join(dir, "s.toml")
	content := "name = \"Board\"\n"
	if err := os.WriteFile(scenario, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("s.toml", filepath.Join(dir, "link.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(scenario, filepath.Join(dir, "hard.toml")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, tc := range []struct{ input, output string }{
		{"s.toml", "s.toml"},
		{"s.toml", "./s.toml"},
		{"./s.toml", scenario},
		{"s.toml", "link.toml"},
		{"link.toml", "s.toml"},
		{"s.toml", "hard.toml"},
	} {
		for _, format := range []string{"text", "json", "png", "xlsx"} {
			code, stdout, stderr := runCLI(t, "report", tc.input, "--format", format, "-o", tc.output)
			if code != exitInput || stdout != "" || strings.Count(stderr, "\n") != 1 ||
				!strings.Contains(stderr, "-o "+tc.output) || !strings.Contains(stderr, "would replace") {
				t.Errorf("report %s -o %s --format %s: exit %d, stdout %q, stderr %q", tc.input, tc.output, format, code, stdout, stderr)
			}
			if data, _ := os.ReadFile(scenario); string(data) != content {
				t.Fatalf("report %s -o %s --format %s overwrote the scenario: %.40q", tc.input, tc.output, format, data)
			}
		}
	}
	// compare reads several: an -o naming any of them is refused.
	if err := os.WriteFile("other.toml", []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, output := range []string{"other.toml", "./hard.toml"} {
		code, _, stderr := runCLI(t, "compare", "s.toml", "other.toml", "--format", "text", "-o", output)
		if code != exitInput || !strings.Contains(stderr, "compare: -o "+output) || !strings.Contains(stderr, "would replace") {
			t.Errorf("compare -o %s: exit %d, stderr %q", output, code, stderr)
		}
	}
	if data, _ := os.ReadFile("other.toml"); string(data) != content {
		t.Fatalf("compare overwrote a scenario: %.40q", data)
	}
	// Another file beside it is written as usual.
	if code, _, stderr := runCLI(t, "report", "s.toml", "-o", "memo.txt"); code != exitOK {
		t.Errorf("report -o memo.txt: exit %d, %s", code, stderr)
	}
}

// Every command that prints checks the write: to a full disk it fails with
// one line and a non-zero exit, rather than exit 0 with nothing written.
func TestWritesToAFullDiskFail(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here:", err)
	}
	defer full.Close()
	for _, args := range [][]string{
		{"presets"}, {"preset", "default"}, {"--help"}, {"report", "--help"}, {"presets", "--help"},
		{"help"}, {"help", "report"}, {"version"}, {"--version"}, {"report"}, {"report", "--format", "json"},
	} {
		var stderr strings.Builder
		code := run(args, strings.NewReader(""), full, &stderr)
		if code == exitOK || strings.Count(stderr.String(), "\n") != 1 || !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("%v to /dev/full: exit %d, stderr %q", args, code, stderr.String())
		}
	}
}

// A device that exists, such as /dev/null, is written directly: there is
// no folder to put a temporary file in beside it.
func TestReportToADevice(t *testing.T) {
	if _, err := os.Stat("/dev/null"); err != nil {
		t.Skip("no /dev/null here")
	}
	for _, format := range []string{"text", "md", "csv", "json", "png", "svg", "xlsx"} {
		if code, _, stderr := runCLI(t, "report", "--format", format, "-o", "/dev/null"); code != exitOK || stderr != "" {
			t.Errorf("report --format %s -o /dev/null: exit %d, stderr %q", format, code, stderr)
		}
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		code, _, stderr := runCLI(t, "report", "--format", "text", "-o", "/dev/full")
		if code != exitRuntime || !strings.Contains(stderr, "/dev/full") || !strings.Contains(stderr, "no space left on device") {
			t.Errorf("report -o /dev/full: exit %d, stderr %q", code, stderr)
		}
	}
}

// The error line stays one printable line whatever the path it names holds.
func TestErrorLineIsPrintable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a\x1b[2J\nb.toml")
	code, _, stderr := runCLI(t, "report", path)
	if code != exitInput || strings.Count(stderr, "\n") != 1 || strings.ContainsRune(stderr, 0x1b) ||
		!strings.Contains(stderr, `a\x1b[2J\nb.toml: no such file`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
