// Command pivot-tui compares, for one Bitcoin-mining site, the economics of
// ASIC mining with converting the site to AI compute: interactively in a
// terminal, or as a report for memos and pipelines.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/pivot-tui/pivot-tui/internal/printable"
	"github.com/pivot-tui/pivot-tui/tui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0"

// Exit codes of every command (spec §8).
const (
	exitOK      = 0
	exitRuntime = 1
	exitInput   = 2
)

// inputError is bad usage or a bad input file: exit code 2.
type inputError struct{ err error }

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

func badInput(format string, args ...any) error { return inputError{fmt.Errorf(format, args...)} }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches a command line and turns its error into one line on stderr
// and an exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	err := guarded(func() error { return dispatchCommand(args, stdin, stdout, stderr) })
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelpShown):
		return exitOK
	}
	// One line whatever the message quotes: a path may hold a newline or an escape.
	fmt.Fprintf(stderr, "pivot-tui: %s\n", printable.String(err.Error()))
	var bad inputError
	if errors.As(err, &bad) {
		return exitInput
	}
	return exitRuntime
}

// helpCommand prints the usage: pivot-tui's, or a command's ("pivot-tui
// help report"), exactly as --help does.
func helpCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	switch {
	case len(args) == 0:
		return dashboardCommand([]string{"--help"}, stdin, stdout, stderr)
	case len(args) > 1:
		return badInput("help takes at most one command, got %d (see 'pivot-tui --help')", len(args))
	}
	switch args[0] {
	case "report", "compare", "presets", "preset", "market":
		return dispatch([]string{args[0], "--help"}, stdin, stdout, stderr)
	}
	return badInput("help: no command %q: want report, compare, presets, preset or market", args[0])
}

// dispatchCommand runs a command line; a variable so that a test can make
// one panic.
var dispatchCommand = dispatch

// guarded runs a command and turns a panic in it into an error naming a
// crash report, so that a bug ends in one line and exit 1, not a stack trace.
// The dashboard guards itself too, to give the terminal back and keep unsaved
// edits first.
func guarded(command func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = tui.RecordCrash(r, debug.Stack())
		}
	}()
	return command()
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "report":
			return reportCommand(args[1:], stdout, stderr)
		case "compare":
			return compareCommand(args[1:], stdout, stderr)
		case "presets":
			return presetsCommand(args[1:], stdout, stderr)
		case "preset":
			return presetCommand(args[1:], stdout, stderr)
		case "market":
			return marketCommand(args[1:], stdout, stderr)
		case "version":
			_, err := io.WriteString(stdout, "pivot-tui "+version+"\n")
			return err
		case "help":
			return helpCommand(args[1:], stdin, stdout, stderr)
		}
	}
	return dashboardCommand(args, stdin, stdout, stderr)
}
