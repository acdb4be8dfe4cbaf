// Package terminal says what pivot-tui runs in: whether a stream is a
// terminal, and what the environment asks of it. The dashboard and the
// command line both ask here, so each question has one answer.
package terminal

import (
	"strings"

	"github.com/charmbracelet/x/term"
)

// Is reports whether stream is a terminal: a file (os.Stdin, os.Stdout)
// open on one.
func Is(stream any) bool {
	f, ok := stream.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// Getenv is name's value in env, a list of "KEY=value" entries as
// os.Environ returns them, or "" when it is not set. A name set twice takes
// its last value, as a started process would.
func Getenv(env []string, name string) string {
	value := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, name+"="); ok {
			value = v
		}
	}
	return value
}
