package main

import (
	"bytes"
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/pivot-tui/pivot-tui/internal/terminal"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/card"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/workbook"
)

const reportUsage = `Usage: pivot-tui report [FILE] [-o OUT] [--format text|md|csv|json] [--risk]
       pivot-tui report [FILE] [-o OUT] [--format png|svg] [--theme light|dark] [--width COLS] [--risk]
       pivot-tui report [FILE] [-o OUT] [--format xlsx]

Renders the mining-versus-AI comparison of a scenario file (TOML or JSON)
without a terminal. Without FILE it uses the built-in default scenario.

The format is the one -o's extension names (.txt, .md, .csv, .json, .png,
.svg, .xlsx); --format may repeat it, but not contradict it. To standard
output, or to a file whose extension names no format, give --format; text
is the default.

  text  an aligned side-by-side table
  md    a memo-ready Markdown report
  csv   the monthly ledger of both strategies, one row per month
  json  every figure of the result, every month included, and the
        scenario's inputs as a JSON scenario file, for pipelines
  png   a memo card: the assumptions, both strategies' results, the verdict
        and the cumulative-cash chart, drawn like the dashboard at 2x
  svg   the same card as a scalable image
  xlsx  an Excel workbook: every input, both monthly ledgers, and a summary
        whose totals, NPV, IRR, payback and verdict are formulas over the
        ledgers, so that a changed month recomputes them

--risk adds the Monte Carlo and the sensitivity analysis (heatmap, tornado),
as the scenario's [risk] table sets them: to text, md and json; to png and
svg as a short risk section (the odds, the spread, the top tornado bars).
With csv it writes them instead of the ledger, as one table whose first
column names the section: odds, percentiles, histogram, tornado, heatmap.

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
var imageFormats = map[string]func(screenshot.Picture, io.Writer, screenshot.Options) error{
	"png": screenshot.Picture.PNG,
	"svg": screenshot.Picture.SVG,
}

// stdoutIsTerminal reports whether w is a terminal; tests replace it.
var stdoutIsTerminal = func(w io.Writer) bool { return terminal.Is(w) }

// extensionFormats maps the extension of -o to the format it means.
var extensionFormats = map[string]string{
	".txt": "text", ".text": "text", ".md": "md", ".markdown": "md", ".csv": "csv", ".json": "json",
	".png": "png", ".svg": "svg", ".xlsx": "xlsx",
}

// formatExtensions is the extension each format's files take.
var formatExtensions = map[string]string{
	"text": ".txt", "md": ".md", "csv": ".csv", "json": ".json", "png": ".png", "svg": ".svg", "xlsx": ".xlsx",
}

// formatFor decides the output format: the one -o's extension names, which
// --format may repeat but not contradict (it would write, say, plain text
// into memo.png); --format alone for a file whose extension names none (or
// for standard output); else text. Without --format, an extension that names
// no format is refused rather than guessed.
func formatFor(command string, flagged bool, formatName, out string) (string, error) {
	if out == "" {
		return cmp.Or(formatName, "text"), nil
	}
	implied, known := extensionFormats[strings.ToLower(filepath.Ext(out))]
	switch {
	case !known && !flagged:
		return "", badInput("%s: cannot tell the format of -o %s from its extension: "+
			"want .txt, .md, .csv, .json, .png, .svg or .xlsx, or give --format", command, out)
	case !known:
		return formatName, nil // given, so not ""
	case flagged && implied != formatName:
		return "", badInput("%s: -o %s names a %s file but --format is %s: drop --format, or end the file's name in %s",
			command, out, implied, formatName, formatExtensions[formatName])
	}
	return implied, nil
}

func reportCommand(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("report", reportUsage, stdout)
	formatName := fs.String("format", "", "output format: text, md, csv, json, png, svg or xlsx (default: -o's extension, else text)")
	out := fs.String("o", "", "write to this file instead of standard output; its extension gives the format")
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
	flagged := false
	fs.Visit(func(f *flag.Flag) { flagged = flagged || f.Name == "format" })
	_, isText := reportFormats[*formatName]
	if _, isImage := imageFormats[*formatName]; flagged && !isText && !isImage {
		return badInput("report: unknown format %q: want text, md, csv, json, png, svg or xlsx", *formatName)
	}
	if *formatName, err = formatFor("report", flagged, *formatName, *out); err != nil {
		return err
	}
	write := reportFormats[*formatName]
	draw, isImage := imageFormats[*formatName]
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
			return badInput("report: --risk applies to text, md, csv, json, png and svg, not xlsx")
		}
		if *out == "" && stdoutIsTerminal(stdout) {
			return badInput("report: will not write an xlsx workbook to a terminal: give -o FILE, or redirect the output")
		}
	}
	path := ""
	if len(positional) == 1 {
		path = positional[0]
	}
	if err := refuseOutputOverInput("report", *out, path); err != nil {
		return err
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
		err = draw(card.Render(doc, memo), &buf, opts)
	} else {
		err = write(&buf, doc)
	}
	if err != nil {
		return err
	}
	return deliver(*out, buf.Bytes(), stdout)
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
