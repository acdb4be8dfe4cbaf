package tui

import (
	"fmt"
	"strings"

	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// The inputs panel on every tab. It sits beside the Overview, and beside
// every tab from InputsBesideWidth; on narrower screens i opens it under
// the tab, as a drawer (computeLayout). Wherever it shows, it is the Overview's panel:
// the same selection, the same keys, every edit re-evaluating at once.
//
// On the Overview the panel always has the keys. On another tab it has them
// once i gives them to it (inputsOpen), until i or esc gives them back;
// beside the Treasury and Sensitivity tabs, which have no keys of their own
// for ↑↓←→, it has them from the start.

// focus says where the selection and editing keys go.
type focus int

const (
	focusTab    focus = iota // to the tab; i gives them to the inputs panel
	focusInputs              // to the panel, always (the Overview, or beside a tab without keys of its own)
	focusOpened              // to the panel, since i; i or esc gives them back to the tab
)

func (m *Model) focus() focus {
	switch {
	case m.tab == tabOverview:
		return focusInputs
	case m.inputsOpen:
		return focusOpened
	case m.tab == tabTreasury, m.tab == tabSensitivity:
		if m.layout().inputs.w > 0 {
			return focusInputs
		}
	}
	return focusTab
}

// inputsActive reports whether the selection and editing keys act on the
// inputs panel.
func (m *Model) inputsActive() bool { return m.focus() != focusTab }

// toggleInputs gives the keys to the inputs panel, or back to the tab.
func (m *Model) toggleInputs() {
	if m.tab == tabOverview {
		return
	}
	m.inputsOpen = !m.inputsOpen
	m.keepInView()
}

// renderInputs draws the inputs panel beside a tab, and the rule after it:
// a scrollbar, then a gap.
func (m *Model) renderInputs(l layout) (inputs, rule string) {
	rows := m.inputRows()
	bar := panel.Scrollbar(m.st, len(rows), m.inputsTop, l.inputs.h)
	sep := make([]string, len(bar))
	for i, b := range bar {
		sep[i] = b + " "
	}
	return m.inputsPanel(rows).Render(l.inputs.w, l.inputs.h), strings.Join(sep, "\n")
}

func (m *Model) inputsPanel(rows []panel.InputRow) panel.Inputs {
	selected := panel.RowOf(rows, m.selKey)
	if m.exporting {
		selected = -1 // an export shows the inputs, not the cursor
	}
	return panel.Inputs{
		St: m.st, Rows: rows, Scenario: &m.sc, Saved: &m.saved, Derived: panel.DerivedFrom(&m.res),
		Selected: selected, Top: m.inputsTop, Unfocused: !m.inputsActive(),
	}
}

// renderDrawer draws the inputs under a tab: a title rule saying which rows
// are in view, then the rows flowing down the layout's columns.
func (m *Model) renderDrawer(l layout) string {
	rows := m.inputRows()
	lines := cells.Lines(m.inputsPanel(rows).Render(panel.InputsWidth, l.inputRows()))
	columns := make([]string, l.inputColumns)
	for c := range columns {
		columns[c] = strings.Join(lines[c*l.inputs.h:(c+1)*l.inputs.h], "\n")
	}
	last := min(len(rows), m.inputsTop+l.inputRows())
	title := m.st.Group.Render(" INPUTS ") + m.st.Dim.Render(fmt.Sprintf(" rows %d–%d of %d · esc back to the tab ", m.inputsTop+1, last, len(rows)))
	rule := title + m.st.GroupRule.Render(strings.Repeat("─", max(0, l.drawerRule.w-cells.Width(title))))
	body := cells.Block(cells.Lines(cells.Beside(columns...)), l.width, l.inputs.h)
	return cells.Fit(rule, l.width) + "\n" + body
}

// withInputs draws a tab's body with the inputs panel beside it or under
// it, as the layout places the panel.
func (m *Model) withInputs(l layout, body string) string {
	switch {
	case l.inputs.w == 0:
		return body
	case l.drawer:
		return body + "\n" + m.renderDrawer(l)
	}
	inputs, rule := m.renderInputs(l)
	return cells.Beside(inputs, rule, body)
}

// inputAt is the input drawn at screen cell (x, y), if any.
func (m *Model) inputAt(x, y int, l layout) (string, bool) {
	if !l.inputs.contains(x, y) {
		return "", false
	}
	rows := m.inputRows()
	i := m.inputsTop + (x-l.inputs.x)/panel.InputsWidth*l.inputs.h + y - l.inputs.y
	if i < len(rows) && rows[i].IsField() {
		return rows[i].Key(), true
	}
	return "", false
}
