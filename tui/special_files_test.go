//go:build unix

package tui

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Opening a named pipe from the dashboard (o f.toml) says what it is in the
// status line and keeps the scenario on screen, at once: the pipe is never
// opened for reading, which would wait for a writer for ever.
func TestOpenANamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "f.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	m := opened(t)
	m = drive(t, m, press("o", "ctrl+u")...)
	m = drive(t, m, typeText(fifo)...)
	m, load := step(t, m, keyMsg("enter"))
	if load == nil {
		t.Fatal("enter gave no command to open the file")
	}
	loaded := make(chan any, 1)
	go func() { loaded <- load() }()
	select {
	case msg := <-loaded:
		m = drive(t, m, msg)
	case <-time.After(5 * time.Second):
		t.Fatal("opening a named pipe blocked")
	}
	if line := lineWith(m, "f.toml"); !strings.Contains(line, "is a named pipe, not a scenario file") || m.sc.Name != "Example site" {
		t.Fatalf("status %q, scenario %q: want the pipe refused and the scenario kept", line, m.sc.Name)
	}
}
