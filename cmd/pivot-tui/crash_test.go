package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A bug that panics in a command ends in one line naming a crash report and
// exit 1: no stack trace on the terminal, the stack in the report.
func TestAPanicEndsInOneLine(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	saved := dispatchCommand
	t.Cleanup(func() { dispatchCommand = saved })
	dispatchCommand = func([]string, io.Reader, io.Writer, io.Writer) error { panic("a bug") }

	var stdout, stderr bytes.Buffer
	code := run([]string{"report"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitRuntime {
		t.Errorf("exit %d, want %d", code, exitRuntime)
	}
	line := stderr.String()
	if strings.Count(line, "\n") != 1 || !strings.HasPrefix(line, "pivot-tui: internal error (a bug); the crash report is in ") {
		t.Fatalf("stderr: %q", line)
	}
	report := strings.TrimSuffix(strings.TrimPrefix(line, "pivot-tui: internal error (a bug); the crash report is in "), "\n")
	if !strings.HasPrefix(report, cache) || filepath.Ext(report) != ".log" {
		t.Errorf("the report %s is not in the user's cache %s", report, cache)
	}
	data, err := os.ReadFile(report)
	if err != nil || !strings.Contains(string(data), "a bug") || !strings.Contains(string(data), "goroutine") {
		t.Errorf("the crash report (%v):\n%s", err, data)
	}
}
