package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
)

// errHelpShown ends a command after --help printed its usage: exit 0.
var errHelpShown = errors.New("help shown")

// commandFlags is a command's flag set with its usage text. --help prints
// the usage to stdout; a mistake becomes an input error (exit code 2) with
// nothing on stdout, which may be a pipe expecting a report.
type commandFlags struct {
	*flag.FlagSet
	usage  string
	stdout io.Writer
}

func newFlags(name, usage string, stdout io.Writer) commandFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {} // printed by parse, only when asked for
	return commandFlags{FlagSet: fs, usage: usage, stdout: stdout}
}

// printUsage writes the usage in one write, whose error it returns: help
// sent to a full disk is a failure, not an empty success.
func (c commandFlags) printUsage() error {
	var b bytes.Buffer
	b.WriteString(c.usage)
	c.SetOutput(&b)
	c.PrintDefaults()
	c.SetOutput(io.Discard)
	_, err := c.stdout.Write(b.Bytes())
	return err
}

// mistake words a flag error with the help to read: "report: flag provided
// but not defined: -bogus (see 'pivot-tui report --help')". pivot-tui's own
// flags need no command in front.
func (c commandFlags) mistake(err error) error {
	if c.Name() == "pivot-tui" {
		return badInput("%v (see 'pivot-tui --help')", err)
	}
	return badInput("%s: %v (see 'pivot-tui %s --help')", c.Name(), err, c.Name())
}

// parse parses flags that may come before or after the positional arguments
// ("report site.toml --format json") and returns the positional ones.
func (c commandFlags) parse(args []string) ([]string, error) {
	fs := c.FlagSet
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				if err := c.printUsage(); err != nil {
					return nil, err
				}
				return nil, errHelpShown
			}
			return nil, c.mistake(err)
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
