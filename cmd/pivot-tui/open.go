package main

import (
	"io"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
)

// openDashboard shows the scenario. Until the interactive dashboard lands it
// prints the text report.
func openDashboard(path string, _ io.Reader, stdout, _ io.Writer) error {
	s, source, err := loadScenario(path)
	if err != nil {
		return err
	}
	return report.Text(stdout, report.Document{
		Result:     model.Evaluate(s),
		Provenance: report.Provenance{Source: source, Generated: time.Now(), Version: version},
	})
}
