package tui

import (
	"path/filepath"

	"github.com/charmbracelet/x/ansi"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// header is the top line: the app, the scenario's name, where it lives, and
// whether it has unsaved changes; on the right, the period it covers.
type header struct {
	st     *theme.Styles
	sc     *model.Scenario
	path   string
	preset string
	dirty  bool
	pinned string   // the baseline's name, "" when nothing is pinned
	market []string // which market the inputs hold, or a fetch under way, fullest first; nil for none
	page   bool     // for an exported page: no badge, and the file's name without its folder
}

// source says where the scenario came from.
func (h header) source() string {
	switch {
	case h.path != "":
		return printable.String(h.path)
	case h.preset != "":
		return "preset: " + h.preset + " (not saved to a file)"
	}
	return "new scenario (not saved to a file)"
}

func (h header) Render(w, _ int) string {
	st := h.st
	name := printable.String(h.sc.Name)
	lead := st.Brand.Render(" pivot-tui ") + " " + st.Title.Render(name) + st.Dim.Render("  ·  ")
	if h.page {
		lead = st.Title.Render(name) + st.Dim.Render("  ·  ")
		h.path = filepath.Base(h.path)
	}
	mark := ""
	if h.dirty {
		mark = "  " + st.Unsaved.Render("● unsaved")
	}
	if h.pinned != "" {
		mark += "  " + st.Marker.Render("◆ vs pinned "+ansi.Truncate(h.pinned, maxPinnedName, "…"))
	}
	last := h.sc.Start.AddMonths(h.sc.HorizonMonths - 1)
	period := st.Dim.Render(h.sc.Start.String() + " → " + last.String() + " · " +
		format.Percent(h.sc.DiscountRatePct, 1) + " discount ")
	source := h.source()
	room := w - cells.Width(lead) - cells.Width(mark)
	// The right side is the first of these that leaves the source its room:
	// the market with the period, the market alone in the fullest form that
	// fits (the file holds the period), the period, or nothing.
	var choices []string
	for i, note := range h.market {
		if i == 0 {
			choices = append(choices, st.Info.Render(note)+st.Dim.Render("  ·  ")+period)
		}
		choices = append(choices, st.Info.Render(note)+" ")
	}
	right := ""
	for _, c := range append(choices, period) {
		if room-2-cells.Width(c) >= min(cells.Width(source), 24) {
			right = c
			break
		}
	}
	if right != "" {
		room -= 2 + cells.Width(right)
	}
	if cells.Width(source) > room {
		// Keep the end of a long path: the file name matters most.
		source = "…" + ansi.TruncateLeft(source, cells.Width(source)-room+1, "")
	}
	return cells.Spread(lead+st.Path.Render(source)+mark, right, w)
}
