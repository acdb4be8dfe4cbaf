package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// errHelpShown ends a command after --help printed its usage: exit 0.
var errHelpShown = errors.New("help shown")

// newFlags makes a flag set whose --help prints the usage to stdout and whose
// mistakes become input errors (exit code 2) rather than a process exit.
func newFlags(name, usage string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprint(stdout, usage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parseInterspersed parses flags that may come before or after the
// positional arguments ("report site.toml --format json") and returns the
// positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.Usage()
				return nil, errHelpShown
			}
			return nil, badInput("%s: %v (see 'pivot-tui %s --help')", fs.Name(), err, fs.Name())
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
