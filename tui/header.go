package tui

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
)

// header is the top line: the app, the scenario's name, where it lives, and
// whether it has unsaved changes; on the right, the period it covers.
type header struct {
	st     *styles
	sc     *model.Scenario
	path   string
	preset string
	dirty  bool
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
	lead := st.brand.Render(" pivot-tui ") + " " + st.name.Render(h.sc.Name) + st.dim.Render("  ·  ")
	mark := ""
	if h.dirty {
		mark = "  " + st.unsaved.Render("● unsaved")
	}
	last := h.sc.Start.AddMonths(h.sc.HorizonMonths - 1)
	period := st.dim.Render(h.sc.Start.String() + " → " + last.String() + " · " +
		format.Percent(h.sc.DiscountRatePct, 1) + " discount ")
	source := h.source()
	room := w - width(lead) - width(mark)
	if room-2-width(period) >= min(width(source), 24) {
		room -= 2 + width(period)
	} else {
		period = ""
	}
	if width(source) > room {
		// Keep the end of a long path: the file name matters most.
		source = "…" + ansi.TruncateLeft(source, width(source)-room+1, "")
	}
	return spread(lead+st.path.Render(source)+mark, period, w)
}
