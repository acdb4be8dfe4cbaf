package main

import (
	"io"
)

const dashboardUsage = `Usage: pivot-tui [FILE]
       pivot-tui report [FILE] [--format text|md|csv|json|png|svg] [-o OUT]
       pivot-tui compare A.toml B.toml [C.toml ...] [--format text|md|csv|json|png|svg|xlsx] [-o OUT]
       pivot-tui presets
       pivot-tui preset NAME
       pivot-tui market [--url URL] [--format text|json] [--offline]

pivot-tui compares, for one Bitcoin-mining site, ASIC mining with converting
the site to AI compute (GPU cloud or a colocation lease). Without a command it
opens the interactive dashboard on FILE (a scenario in TOML or JSON), or on the
built-in default scenario.

Run 'pivot-tui help COMMAND' (or 'pivot-tui COMMAND --help') for a command's flags.

Flags:
`

func dashboardCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("pivot-tui", dashboardUsage, stdout)
	showVersion := fs.Bool("version", false, "print the version and exit")
	positional, err := fs.parse(args)
	if err != nil {
		return err
	}
	if *showVersion {
		_, err := io.WriteString(stdout, "pivot-tui "+version+"\n")
		return err
	}
	if len(positional) > 1 {
		return badInput("expected at most one scenario file, got %d (see 'pivot-tui --help')", len(positional))
	}
	path := ""
	if len(positional) == 1 {
		path = positional[0]
	}
	return openDashboard(path, stdin, stdout, stderr)
}
