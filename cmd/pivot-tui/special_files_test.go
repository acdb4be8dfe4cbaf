//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pivot-tui report on a named pipe refuses it at once, exit 2: opening the
// pipe to read it would wait for a writer for ever.
func TestReportRefusesANamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "f.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	type outcome struct {
		code   int
		stderr string
	}
	done := make(chan outcome, 1)
	go func() {
		code, _, stderr := runCLI(t, "report", fifo)
		done <- outcome{code, stderr}
	}()
	select {
	case got := <-done:
		if want := fifo + ": is a named pipe, not a scenario file"; got.code != exitInput || !strings.Contains(got.stderr, want) {
			t.Errorf("exit %d, stderr %q; want exit %d and %q", got.code, got.stderr, exitInput, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("report on a named pipe blocked")
	}
}
