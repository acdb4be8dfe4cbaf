package report

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/pivot-tui/pivot-tui/model"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// Document is everything a report shows: the result, where it came from and,
// when asked for, the risk analysis.
type Document struct {
	Result     model.Result
	Provenance Provenance
	Risk       *Risk // nil unless requested
}

// Provenance says where a report came from, for the reader of a memo.
type Provenance struct {
	Source    string    // the scenario file, or "preset default"
	Generated time.Time // when the report was made
	Version   string    // pivot-tui's version
}

// Line is the provenance in one line for the foot of a memo: "scenario
// site.toml · 2026-11-25 · pivot-tui 0.1.0". It names the file without its
// folder, which would only clutter a page and tell a reader nothing, and
// writes it printable (a path may hold any character).
func (p Provenance) Line() string {
	return fmt.Sprintf("scenario %s · %s · pivot-tui %s", printable.String(filepath.Base(p.Source)), p.Generated.Format("2006-01-02"), p.Version)
}
