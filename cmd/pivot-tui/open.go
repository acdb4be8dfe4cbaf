package main

import (
	"errors"
	"io"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/pivot-tui/pivot-tui/tui"
)

// openDashboard runs the interactive dashboard on a scenario file, or on the
// built-in default when path is empty; M asks the mempool instance at
// marketBase, with the market command's cache; x exports on the dark page
// when exportDark.
func openDashboard(path, marketBase string, exportDark bool, stdin io.Reader, stdout, _ io.Writer) error {
	opts := tui.Options{Path: path, Input: stdin, Output: stdout, Version: version, ExportDark: exportDark,
		Market: &market.Client{BaseURL: marketBase, HTTP: marketHTTP, UserAgent: "pivot-tui/" + version, Now: marketClock}}
	// Without a cache folder the dashboard keeps no snapshot, as the
	// command does; the fetch itself still works.
	opts.MarketCache, _ = marketCache()
	if path == "" {
		s, err := scenarios.Preset("default")
		if err != nil {
			return err
		}
		opts.Scenario, opts.PresetName = s, "default"
	} else {
		s, stamp, err := scenarios.LoadStamped(path)
		if err != nil {
			return inputError{err}
		}
		opts.Scenario, opts.Stamp = s, &stamp
	}
	err := tui.Run(opts)
	if errors.Is(err, tui.ErrNotATerminal) {
		return inputError{err}
	}
	return err
}
