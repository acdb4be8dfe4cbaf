package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pivot-tui/pivot-tui/tui/cells"
)

// The help screen (?): every key, whatever the tab, in as many columns as
// the width takes, then what the keys do in a few paragraphs. Where it is
// taller than the body (80x24), ↑↓, pgup/pgdn, home and end scroll it under
// its fixed title.

// helpNotes are the help screen's paragraphs, one habit each.
var helpNotes = []string{
	"Nudges move by each input's step; shift moves ten steps. Every change re-evaluates both strategies at once. " +
		"ctrl+z and ctrl+y undo and redo any change, whichever tab it was made on; r restores the file's value. " +
		"An optional input (the hashprice, the converted MW, a strategy's own rate, the total rent) follows the model " +
		"until you set it; del leaves it out again.",
	"On the plan's rows, + adds a phase, split from the selected one so that no figure moves; - or del removes the " +
		"selected phase. With a total rent the lease's rate is the one it sets, shown derived; del on the total rent " +
		"keeps that rate as the input.",
	"enter opens an input's value selected: type to replace it, ← or → (home, end) to edit it in place. " +
		"100k, 1.5M, 2B, $70,000 and 45 $/MWh are understood; anything else is refused with the range.",
	"The inputs are at hand on every tab: beside it from 140 columns, where the arrows edit them at once beside the " +
		"Treasury and Sensitivity tabs and i gives them the keys beside the Cash flow and Risk tabs; below 140 columns " +
		"i opens them under the tab. esc gives the keys back to the tab.",
	"On the GPU model, ←/→ steps through the catalogue (H100 SXM, H200, B200, GB200 NVL72) and enter picks from it, " +
		"with each figure's source: a GPU fills kW per GPU, GPU capex and GPU rate in one edit. " +
		"A name of your own keeps your figures.",
	"The FINANCE and TREASURY groups open with a switch: ←/→ or enter adds the [finance] table (tax, depreciation, " +
		"project debt) or the [treasury] table (the BTC-backed loan) at the spec's defaults, or takes it out, as one " +
		"undoable edit. Saving writes the table into the file, or comments it out.",
	"q with unsaved changes asks first: s saves and quits (asking for a file for a preset, and first whether to " +
		"overwrite one changed or deleted on disk), y quits without saving, n stays.",
}

const (
	helpIndent      = 2
	helpColumnGap   = 3
	helpTitleRows   = 3  // blank, title, blank
	helpNoteMaxWide = 96 // paragraphs wider than this read badly
)

// helpLines is the help's scrolling content for a body w wide: the key
// groups laid out in rows of columns, then the paragraphs.
func (m *Model) helpLines(w int) []string {
	hm := m.help
	hm.SetWidth(0)
	room := w - 2*helpIndent
	var lines []string
	var row []string
	rowW := 0
	flush := func() {
		if len(row) > 0 {
			lines = append(lines, cells.Lines(cells.Beside(padBlocks(row)...))...)
			lines = append(lines, "")
		}
		row, rowW = nil, 0
	}
	for _, group := range m.keys.FullHelp() { // every key, whatever the tab
		block := hm.FullHelpView([][]key.Binding{group})
		bw := blockWidth(block)
		if len(row) > 0 && rowW+helpColumnGap+bw > room {
			flush()
		}
		if len(row) > 0 {
			block = indentBlock(block, helpColumnGap)
			bw += helpColumnGap
		}
		row = append(row, block)
		rowW += bw
	}
	flush()
	for i, note := range helpNotes {
		if i > 0 {
			lines = append(lines, "")
		}
		for _, l := range cells.Wrap(note, min(room, helpNoteMaxWide)) {
			lines = append(lines, m.st.Dim.Render(l))
		}
	}
	for i, l := range lines {
		lines[i] = strings.Repeat(" ", helpIndent) + l
	}
	return lines
}

// renderFullHelp draws the help w by h: the title, then the content from
// helpTop.
func (m *Model) renderFullHelp(w, h int) string {
	content := m.helpLines(w)
	room := max(0, h-helpTitleRows)
	top := min(m.helpTop, max(0, len(content)-room))
	title := m.st.Strong.Render("Keys") + m.st.Dim.Render("  ·  ? closes this help")
	if len(content) > room {
		title += m.st.Dim.Render(fmt.Sprintf("  ·  ↑↓ scroll, lines %d–%d of %d", top+1, min(len(content), top+room), len(content)))
	}
	lines := []string{"", strings.Repeat(" ", helpIndent) + title, ""}
	lines = append(lines, content[top:min(len(content), top+room)]...)
	return cells.Block(lines, w, h)
}

// scrollHelp scrolls the open help by a key; it reports whether the key was
// a scrolling one.
func (m *Model) scrollHelp(msg tea.KeyPressMsg) bool {
	l := m.layout()
	room := max(1, l.body.h-helpTitleRows)
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.helpTop--
	case key.Matches(msg, k.Down):
		m.helpTop++
	case key.Matches(msg, k.PageUp):
		m.helpTop -= room
	case key.Matches(msg, k.PageDown):
		m.helpTop += room
	case key.Matches(msg, k.Top):
		m.helpTop = 0
	case key.Matches(msg, k.Bottom):
		m.helpTop = len(m.helpLines(l.body.w))
	default:
		return false
	}
	m.helpTop = max(0, min(m.helpTop, len(m.helpLines(l.body.w))-room))
	return true
}

// blockWidth is the widest line of a block.
func blockWidth(block string) int {
	w := 0
	for _, l := range cells.Lines(block) {
		w = max(w, cells.Width(l))
	}
	return w
}

// indentBlock puts n spaces before every line of a block.
func indentBlock(block string, n int) string {
	lines := cells.Lines(block)
	for i, l := range lines {
		lines[i] = strings.Repeat(" ", n) + l
	}
	return strings.Join(lines, "\n")
}

// padBlocks makes blocks of one height, each line as wide as its block, so
// that they join side by side in columns.
func padBlocks(blocks []string) []string {
	h := 0
	for _, b := range blocks {
		h = max(h, len(cells.Lines(b)))
	}
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = cells.Block(cells.Lines(b), blockWidth(b), h)
	}
	return out
}
