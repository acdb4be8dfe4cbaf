package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// paintedRuns writes a plot row's cells, rendering each run of cells in one
// paint once, which keeps drawing a frame fast; the zero Paint writes plain.
type paintedRuns struct {
	sb    *strings.Builder
	run   strings.Builder
	paint theme.Paint
}

// write adds text in paint p.
func (r *paintedRuns) write(p theme.Paint, text string) {
	if p != r.paint {
		r.flush()
		r.paint = p
	}
	r.run.WriteString(text)
}

// writeRune adds one cell in paint p.
func (r *paintedRuns) writeRune(p theme.Paint, c rune) {
	if p != r.paint {
		r.flush()
		r.paint = p
	}
	r.run.WriteRune(c)
}

// flush writes the run so far; call it once the row's cells are all added.
func (r *paintedRuns) flush() {
	r.sb.WriteString(r.paint.Render(r.run.String()))
	r.run.Reset()
}

// yAxisGutter is a plot row's y-axis: its tick label and "┤" where the row
// has one, else "│", labelW columns and the axis.
func yAxisGutter(st *theme.Styles, tickAt map[int]string, row, labelW int) string {
	if label, ok := tickAt[row]; ok {
		return st.Axis.Render(cells.Right(label, labelW) + " ┤")
	}
	return st.Axis.Render(strings.Repeat(" ", labelW) + " │")
}
