//go:build unix

package scenarios

import (
	"net"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A named pipe, a device or a socket is refused before it is read: opening a
// pipe for reading would wait for a writer, forever.
func TestLoadRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "f.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	socket := filepath.Join(dir, "s.toml")
	l, err := net.Listen("unix", socket)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()

	cases := []struct{ path, want string }{
		{fifo, fifo + ": is a named pipe, not a scenario file"},
		{"/dev/null", "/dev/null: is a device, not a scenario file"},
		{socket, socket + ": is a socket, not a scenario file"},
	}
	for _, tc := range cases {
		for name, load := range map[string]func(string) error{
			"Load":         func(p string) error { _, err := Load(p); return err },
			"LoadStamped":  func(p string) error { _, _, err := LoadStamped(p); return err },
			"Stamp":        func(p string) error { _, err := Stamp(p); return err },
			"ChangedSince": func(p string) error { _, err := ChangedSince(p, FileStamp{}); return err },
		} {
			done := make(chan error, 1)
			go func() { done <- load(tc.path) }()
			select {
			case err := <-done:
				if err == nil || err.Error() != tc.want {
					t.Errorf("%s(%s) = %v, want %q", name, tc.path, err, tc.want)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("%s(%s) blocked", name, tc.path)
			}
		}
	}
}
