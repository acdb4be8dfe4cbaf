package main

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// defaultSource names the built-in scenario in reports and headers.
const defaultSource = "preset default"

// loadScenario reads a scenario file, or the built-in default when path is
// empty. Any problem with the file is the user's input: exit code 2.
func loadScenario(path string) (model.Scenario, string, error) {
	if path == "" {
		s, err := scenarios.Preset("default")
		return s, defaultSource, err
	}
	s, err := scenarios.Load(path)
	if err != nil {
		return model.Scenario{}, "", inputError{err}
	}
	return s, path, nil
}
