package main

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

const reportUsage = `Usage: pivot-tui report [FILE] [--format text|md|csv|json] [-o OUT]

Renders the mining-versus-AI comparison of a scenario file (TOML or JSON)
without a terminal. Without FILE it uses the built-in default scenario.

  text  an aligned side-by-side table
  md    a memo-ready Markdown report
  csv   the monthly ledger of both strategies, one row per month
  json  the machine-readable result (model-spec section 8)

Flags:
`

// reportFormats maps each --format to its writer.
var reportFormats = map[string]func(io.Writer, model.Result, report.Provenance) error{
	"text": report.Text,
	"md":   report.Markdown,
	"csv":  func(w io.Writer, res model.Result, _ report.Provenance) error { return report.CSV(w, res) },
	"json": func(w io.Writer, res model.Result, _ report.Provenance) error { return report.JSON(w, res) },
}

func reportCommand(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("report", reportUsage, stdout)
	formatName := fs.String("format", "text", "output format: text, md, csv or json")
	out := fs.String("o", "", "write to this file instead of standard output")
	positional, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(positional) > 1 {
		return badInput("report takes at most one scenario file, got %d (see 'pivot-tui report --help')", len(positional))
	}
	write, ok := reportFormats[*formatName]
	if !ok {
		return badInput("report: unknown format %q: want text, md, csv or json", *formatName)
	}
	path := ""
	if len(positional) == 1 {
		path = positional[0]
	}
	s, source, err := loadScenario(path)
	if err != nil {
		return err
	}
	for _, note := range model.Warnings(s) {
		fmt.Fprintf(stderr, "pivot-tui: note: %s\n", note)
	}
	res := model.Evaluate(s)
	var buf bytes.Buffer
	info := report.Provenance{Source: source, Generated: time.Now(), Version: version}
	if err := write(&buf, res, info); err != nil {
		return err
	}
	if *out == "" {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	return scenarios.WriteFile(*out, buf.Bytes())
}
