package tui

import (
	"path/filepath"

	"github.com/charmbracelet/x/ansi"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// header is the top line: the app, the scenario's name, where it lives, and
// whether it has unsaved changes; on the right, the period it covers.
type header struct {
	st     *theme.Styles
	sc     *model.Scenario
	path   string
	preset string
	dirty  bool
	page   bool // for an exported page: no badge, and the file's name without its folder
}

// source says where the scenario came from.
func (h header) source() string {
	switch {
	case h.path != "":
		return h.path
	case h.preset != "":
		return "preset: " + h.preset + " (not saved to a file)"
	}
	return "new scenario (not saved to a file)"
}

func (h header) Render(w, _ int) string {
	st := h.st
	lead := st.Brand.Render(" pivot-tui ") + " " + st.Title.Render(h.sc.Name) + st.Dim.Render("  ·  ")
	if h.page {
		lead = st.Title.Render(h.sc.Name) + st.Dim.Render("  ·  ")
		h.path = filepath.Base(h.path)
	}
	mark := ""
	if h.dirty {
		mark = "  " + st.Unsaved.Render("● unsaved")
	}
	last := h.sc.Start.AddMonths(h.sc.HorizonMonths - 1)
	period := st.Dim.Render(h.sc.Start.String() + " → " + last.String() + " · " +
		format.Percent(h.sc.DiscountRatePct, 1) + " discount ")
	source := h.source()
	room := w - cells.Width(lead) - cells.Width(mark)
	if room-2-cells.Width(period) >= min(cells.Width(source), 24) {
		room -= 2 + cells.Width(period)
	} else {
		period = ""
	}
	if cells.Width(source) > room {
		// Keep the end of a long path: the file name matters most.
		source = "…" + ansi.TruncateLeft(source, cells.Width(source)-room+1, "")
	}
	return cells.Spread(lead+st.Path.Render(source)+mark, period, w)
}
