package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/card"
	"github.com/pivot-tui/pivot-tui/report/compare"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/workbook"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

const compareUsage = `Usage: pivot-tui compare A.toml B.toml [C.toml ...] [-o OUT] [--format text|md|csv|json]
       pivot-tui compare A.toml B.toml ... [-o OUT] [--format png|svg] [--theme light|dark] [--width COLS]
       pivot-tui compare A.toml B.toml ... [-o OUT] [--format xlsx]

Lays 2 to 8 scenario files (TOML or JSON) side by side, one column each: the
verdict and its margin, both strategies' NPV, IRR, payback, capex and net
cash, the break-evens, and the inputs that differ between the files. The
same file may be given twice. The format is the one -o's extension names,
as for report; --format may repeat it but not contradict it.

  text  an aligned table, one column per scenario
  md    the same as a memo-ready Markdown table
  csv   one row per figure and per differing input, exact figures
  json  {"scenarios": [each file's report --format json object],
        "sources": [the files], "differences": [the inputs that differ]}
  png   a memo card: the table and a chart of each scenario's AI − mining NPV
  svg   the same card as a scalable image
  xlsx  an Excel workbook: a Comparison sheet whose figures are formulas
        over each scenario's own Summary, Inputs and ledger sheets

png and svg are drawn on a white page unless --theme dark, as wide as the
columns need (at least 100) unless --width says otherwise. They and xlsx
are written to standard output only when it is not a terminal: give -o FILE
otherwise.

Flags:
`

// compareFormats maps each text --format to its writer.
var compareFormats = map[string]func(io.Writer, compare.Comparison) error{
	"text": compare.Text,
	"md":   compare.Markdown,
	"csv":  compare.CSV,
	"json": compare.JSON,
}

func compareCommand(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("compare", compareUsage, stdout)
	formatName := fs.String("format", "", "output format: text, md, csv, json, png, svg or xlsx (default: -o's extension, else text)")
	out := fs.String("o", "", "write to this file instead of standard output; its extension gives the format")
	themeName := fs.String("theme", "light", "png and svg: the page, light or dark")
	columns := fs.Int("width", 0, "png and svg: the card's width in columns (0: as wide as the columns need)")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	if n := len(paths); n < compare.MinScenarios || n > compare.MaxScenarios {
		return badInput("compare takes %d to %d scenario files, got %d (see 'pivot-tui compare --help')",
			compare.MinScenarios, compare.MaxScenarios, n)
	}
	flagged := false
	fs.Visit(func(f *flag.Flag) { flagged = flagged || f.Name == "format" })
	if _, isText := compareFormats[*formatName]; flagged && !isText && imageFormats[*formatName] == nil && *formatName != "xlsx" {
		return badInput("compare: unknown format %q: want text, md, csv, json, png, svg or xlsx", *formatName)
	}
	if *formatName, err = formatFor("compare", flagged, *formatName, *out); err != nil {
		return err
	}
	write, isText := compareFormats[*formatName]
	draw, isImage := imageFormats[*formatName]
	isWorkbook := *formatName == "xlsx"
	if isImage {
		if err := checkComparisonImageFlags(*themeName, *columns); err != nil {
			return err
		}
	} else if err := refuseImageFlags(fs, "compare", *formatName); err != nil {
		return err
	}
	if !isText && *out == "" && stdoutIsTerminal(stdout) {
		what := "a " + *formatName + " image"
		if isWorkbook {
			what = "an xlsx workbook"
		}
		return badInput("compare: will not write %s to a terminal: give -o FILE, or redirect the output", what)
	}

	if err := refuseOutputOverInput("compare", *out, paths...); err != nil {
		return err
	}
	docs := make([]report.Document, len(paths))
	generated := time.Now()
	for i, path := range paths {
		s, err := scenarios.Load(path)
		if err != nil {
			return inputError{err}
		}
		for _, note := range model.Warnings(s) {
			fmt.Fprintf(stderr, "pivot-tui: note: %s: %s\n", path, note)
		}
		docs[i] = report.Document{
			Result:     model.Evaluate(s),
			Provenance: report.Provenance{Source: path, Generated: generated, Version: version},
		}
	}
	c, err := compare.New(docs)
	if err != nil {
		return err
	}

	var buf bytes.Buffer
	switch {
	case isImage:
		memo := card.Options{Width: *columns, Dark: *themeName == "dark"}
		if need := card.ComparisonMinWidth(c); *columns != 0 && *columns < need {
			return badInput("compare: --width %d is too narrow for these %d scenarios: the card needs at least %d columns",
				*columns, len(docs), need)
		}
		text, opts := card.RenderComparison(c, memo)
		opts.Title = c.Title()
		err = draw(screenshot.Picture{Text: text}, &buf, opts)
	case isWorkbook:
		err = workbook.Compare(&buf, docs)
	default:
		err = write(&buf, c)
	}
	if err != nil {
		return err
	}
	return deliver(*out, buf.Bytes(), stdout)
}

// checkComparisonImageFlags refuses a theme or a width the comparison card
// cannot take; a width of 0 fits the card to its columns.
func checkComparisonImageFlags(theme string, columns int) error {
	if theme != "light" && theme != "dark" {
		return badInput("compare: unknown theme %q: want light or dark", theme)
	}
	if columns != 0 && (columns < card.MinWidth || columns > card.MaxWidth) {
		return badInput("compare: --width %d is out of range: the card takes %d to %d columns", columns, card.MinWidth, card.MaxWidth)
	}
	return nil
}

// refuseImageFlags refuses --theme and --width with a format that is not an image.
func refuseImageFlags(fs commandFlags, command, formatName string) error {
	var imageOnly []string
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "theme" || f.Name == "width" {
			imageOnly = append(imageOnly, "--"+f.Name)
		}
	})
	switch len(imageOnly) {
	case 1:
		return badInput("%s: %s applies to --format png and svg only, not %s", command, imageOnly[0], formatName)
	case 2:
		return badInput("%s: %s apply to --format png and svg only, not %s", command, strings.Join(imageOnly, " and "), formatName)
	}
	return nil
}
