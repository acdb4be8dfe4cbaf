package main

import (
	"io"

	"github.com/pivot-tui/pivot-tui/market"
)

const dashboardUsage = `Usage: pivot-tui [--market-url URL] [FILE]
       pivot-tui report [FILE] [--format text|md|csv|json|png|svg] [-o OUT]
       pivot-tui compare A.toml B.toml [C.toml ...] [--format text|md|csv|json|png|svg|xlsx] [-o OUT]
       pivot-tui presets
       pivot-tui preset NAME
       pivot-tui market [--url URL] [--format text|json] [--offline] [--apply FILE]

pivot-tui compares, for one Bitcoin-mining site, ASIC mining with converting
the site to AI compute (GPU cloud or a colocation lease). Without a command it
opens the interactive dashboard on FILE (a scenario in TOML or JSON), or on the
built-in default scenario. In the dashboard, M fetches today's market from the
mempool instance --market-url or $` + marketURLEnv + ` names (else
https://mempool.space), as 'pivot-tui market' does, to apply some or all of it.

Run 'pivot-tui help COMMAND' (or 'pivot-tui COMMAND --help') for a command's flags.

Flags:
`

func dashboardCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("pivot-tui", dashboardUsage, stdout)
	showVersion := fs.Bool("version", false, "print the version and exit")
	marketAddress := fs.String("market-url", "", "the mempool instance M asks (default $"+marketURLEnv+", else "+market.DefaultURL+")")
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
	base, err := marketURL("", "market-url", *marketAddress)
	if err != nil {
		return err
	}
	return openDashboard(path, base, stdin, stdout, stderr)
}
