package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/pivot-tui/pivot-tui/internal/terminal"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/card"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/workbook"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

const reportUsage = `Usage: pivot-tui report [FILE] [--format text|md|csv|json] [-o OUT] [--risk]
       pivot-tui report [FILE] --format png|svg [-o OUT] [--theme light|dark] [--width COLS] [--risk]
       pivot-tui report [FILE] --format xlsx [-o OUT]

Renders the mining-versus-AI comparison of a scenario file (TOML or JSON)
without a terminal. Without FILE it uses the built-in default scenario.

  text  an aligned side-by-side table
  md    a memo-ready Markdown report
  csv   the monthly ledger of both strategies, one row per month
  json  the machine-readable result (model-spec section 8)
  png   a memo card: the assumptions, both strategies' results, the verdict
        and the cumulative-cash chart, drawn like the dashboard at 2x
  svg   the same card as a scalable image
  xlsx  an Excel workbook: every input, both monthly ledgers, and a summary
        whose totals, NPV, IRR, payback and verdict are formulas over the
        ledgers, so that a changed month recomputes them

--risk adds the Monte Carlo and the sensitivity analysis (heatmap, tornado)
to text, md and json, as the scenario's [risk] table sets them, and a short
risk section (the odds, the spread, the top tornado bars) to png and svg.

png and svg are drawn on a white page unless --theme dark, --width columns
wide (100 by default, 1,768 pixels in a PNG). They and xlsx are written to
standard output only when it is not a terminal: give -o FILE otherwise.

Flags:
`

// reportFormats maps each --format to its writer.
var reportFormats = map[string]func(io.Writer, report.Document) error{
	"text": report.Text,
	"md":   report.Markdown,
	"csv":  report.CSV,
	"json": report.JSON,
	"xlsx": workbook.Write,
}

// imageFormats are the formats that draw the memo card.
var imageFormats = map[string]func(io.Writer, string, screenshot.Options) error{
	"png": screenshot.PNG,
	"svg": screenshot.SVG,
}

// stdoutIsTerminal reports whether w is a terminal; tests replace it.
var stdoutIsTerminal = func(w io.Writer) bool { return terminal.Is(w) }

func reportCommand(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("report", reportUsage, stdout)
	formatName := fs.String("format", "text", "output format: text, md, csv, json, png, svg or xlsx")
	out := fs.String("o", "", "write to this file instead of standard output")
	withRisk := fs.Bool("risk", false, "add the Monte Carlo risk and the sensitivity analysis")
	themeName := fs.String("theme", "light", "png and svg: the page, light or dark")
	columns := fs.Int("width", card.Width, "png and svg: the card's width in columns")
	positional, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(positional) > 1 {
		return badInput("report takes at most one scenario file, got %d (see 'pivot-tui report --help')", len(positional))
	}
	write, ok := reportFormats[*formatName]
	draw, isImage := imageFormats[*formatName]
	if !ok && !isImage {
		return badInput("report: unknown format %q: want text, md, csv, json, png, svg or xlsx", *formatName)
	}
	if isImage {
		if err := checkImageFlags(*themeName, *columns); err != nil {
			return err
		}
		if *out == "" && stdoutIsTerminal(stdout) {
			return badInput("report: will not write a %s image to a terminal: give -o FILE, or redirect the output", *formatName)
		}
	} else if err := refuseImageFlags(fs, "report", *formatName); err != nil {
		return err
	}
	if *formatName == "xlsx" {
		if *withRisk {
			return badInput("report: --risk applies to text, md, json, png and svg, not xlsx")
		}
		if *out == "" && stdoutIsTerminal(stdout) {
			return badInput("report: will not write an xlsx workbook to a terminal: give -o FILE, or redirect the output")
		}
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
	if isImage {
		memo := card.Options{Width: *columns, Dark: *themeName == "dark"}
		opts := card.ImageOptions(memo)
		opts.Title = doc.Result.Scenario.Name + ": ASIC mining or AI compute"
		err = draw(&buf, card.Render(doc, memo), opts)
	} else {
		err = write(&buf, doc)
	}
	if err != nil {
		return err
	}
	if *out == "" {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	return scenarios.WriteFile(*out, buf.Bytes())
}

// checkImageFlags refuses a theme or a width the memo card cannot take.
func checkImageFlags(theme string, columns int) error {
	if theme != "light" && theme != "dark" {
		return badInput("report: unknown theme %q: want light or dark", theme)
	}
	if columns < card.MinWidth || columns > card.MaxWidth {
		return badInput("report: --width %d is out of range: the card takes %d to %d columns", columns, card.MinWidth, card.MaxWidth)
	}
	return nil
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
