package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/pivot-tui/pivot-tui/scenarios"
)

const presetsUsage = `Usage: pivot-tui presets

Lists the scenarios built into pivot-tui. Start your own from one with
'pivot-tui preset NAME > site.toml'.
`

const presetUsage = `Usage: pivot-tui preset NAME

Prints a built-in scenario as a commented TOML file, ready to save and edit:

  pivot-tui preset cango-2026 > my.toml
  pivot-tui my.toml
`

func presetsCommand(args []string, stdout, _ io.Writer) error {
	fs := newFlags("presets", presetsUsage, stdout)
	positional, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(positional) > 0 {
		return badInput("presets takes no arguments (did you mean 'pivot-tui preset %s'?)", positional[0])
	}
	list := scenarios.Presets()
	width := 0
	for _, p := range list {
		width = max(width, len(p.Name))
	}
	var b strings.Builder
	for _, p := range list {
		fmt.Fprintf(&b, "%-*s  %s\n", width, p.Name, p.Description)
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}

func presetCommand(args []string, stdout, _ io.Writer) error {
	fs := newFlags("preset", presetUsage, stdout)
	positional, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(positional) != 1 {
		names := make([]string, 0)
		for _, p := range scenarios.Presets() {
			names = append(names, p.Name)
		}
		return badInput("preset needs one NAME: %s", strings.Join(names, ", "))
	}
	source, err := scenarios.PresetSource(positional[0])
	if err != nil {
		return inputError{err}
	}
	_, err = stdout.Write(source)
	return err
}
