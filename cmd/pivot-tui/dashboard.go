package main

import (
	"io"

	"github.com/pivot-tui/pivot-tui/market"
)

const dashboardUsage = `Usage: pivot-tui [--market-url URL] [--export-theme light|dark] [FILE]
       pivot-tui report [FILE] [-o OUT] [--format text|md|csv|json|png|svg|xlsx] [--risk]
       pivot-tui compare A.toml B.toml [C.toml ...] [--format text|md|csv|json|png|svg|xlsx] [-o OUT]
       pivot-tui presets
       pivot-tui preset NAME
       pivot-tui market [--url URL] [--format text|json] [--offline] [--apply FILE]

pivot-tui compares, for one Bitcoin-mining site, ASIC mining with converting
the site to AI compute (GPU cloud or a colocation lease). Without a command it
opens the interactive dashboard on FILE (a scenario in TOML or JSON), or on the
built-in default scenario. In the dashboard, M fetches today's market from the
mempool instance --market-url or $` + marketURLEnv + ` names (else
https://mempool.space), as 'pivot-tui market' does, to apply some or all of it;
x exports the current tab as a PNG and an SVG (and the scenario as Markdown),
drawn on a white page for a memo unless --export-theme dark.

Run 'pivot-tui help COMMAND' (or 'pivot-tui COMMAND --help') for a command's flags.

Flags:
`

func dashboardCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("pivot-tui", dashboardUsage, stdout)
	showVersion := fs.Bool("version", false, "print the version and exit")
	exportTheme := fs.String("export-theme", "light", "the page x exports the dashboard's tab on, light or dark")
	marketAddress := fs.String("market-url", "", "the mempool instance M asks (default $"+marketURLEnv+", else "+market.DefaultURL+")")
	positional, err := fs.parse(args)
	if err != nil {
		return err
	}
	if *showVersion {
		_, err := io.WriteString(stdout, "pivot-tui "+version+"\n")
		return err
	}
	if *exportTheme != "light" && *exportTheme != "dark" {
		return badInput("unknown --export-theme %q: want light or dark", *exportTheme)
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
	return openDashboard(path, base, *exportTheme == "dark", stdin, stdout, stderr)
}
