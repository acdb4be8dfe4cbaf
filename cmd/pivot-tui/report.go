package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

const reportUsage = `Usage: pivot-tui report [FILE] [--format text|md|csv|json] [-o OUT] [--risk]

Renders the mining-versus-AI comparison of a scenario file (TOML or JSON)
without a terminal. Without FILE it uses the built-in default scenario.

  text  an aligned side-by-side table
  md    a memo-ready Markdown report
  csv   the monthly ledger of both strategies, one row per month
  json  the machine-readable result (model-spec section 8)

--risk adds the Monte Carlo and the sensitivity analysis (heatmap, tornado)
to text, md and json, as the scenario's [risk] table sets them.

Flags:
`

// reportFormats maps each --format to its writer.
var reportFormats = map[string]func(io.Writer, report.Document) error{
	"text": report.Text,
	"md":   report.Markdown,
	"csv":  report.CSV,
	"json": report.JSON,
}

func reportCommand(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("report", reportUsage, stdout)
	formatName := fs.String("format", "text", "output format: text, md, csv or json")
	out := fs.String("o", "", "write to this file instead of standard output")
	withRisk := fs.Bool("risk", false, "add the Monte Carlo risk and the sensitivity analysis")
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
	doc := report.Document{
		Result:     model.Evaluate(s),
		Provenance: report.Provenance{Source: source, Generated: time.Now(), Version: version},
	}
	if *withRisk {
		if doc.Risk, err = analyseRisk(s); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if err := write(&buf, doc); err != nil {
		return err
	}
	if *out == "" {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	return scenarios.WriteFile(*out, buf.Bytes())
}

// analyseRisk runs the Monte Carlo and the sensitivity analysis on all cores.
func analyseRisk(s model.Scenario) (*report.Risk, error) {
	ctx := context.Background()
	mc, err := model.MonteCarlo(ctx, s, model.RiskOptions{})
	if err != nil {
		return nil, err
	}
	sens, err := model.Analyse(ctx, s, model.RiskOptions{})
	if err != nil {
		return nil, err
	}
	return &report.Risk{MonteCarlo: mc, Sensitivity: sens}, nil
}
