package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// A value prompt opens with the input's value in it, selected, as a text
// field in a form does: the first character typed (or pasted) replaces it,
// backspace or delete clears it, and the cursor keys keep it to edit in
// place (← and home from its start, → and end from its end). Any other key
// edits it as usual.

// keyOnSelection applies a key to a selected pre-filled value; handled is
// true when the key did all it does (it moved the cursor or cleared the
// text), false when the input should still take it.
func (p *prompt) keyOnSelection(msg tea.KeyPressMsg) (handled bool) {
	if !p.selected {
		return false
	}
	p.selected = false
	km := p.input.KeyMap
	switch {
	case key.Matches(msg, km.CharacterBackward, km.LineStart, km.WordBackward):
		p.input.CursorStart()
		return true
	case key.Matches(msg, km.CharacterForward, km.LineEnd, km.WordForward):
		p.input.CursorEnd()
		return true
	case key.Matches(msg, km.DeleteCharacterBackward, km.DeleteCharacterForward, km.DeleteWordBackward, km.DeleteWordForward):
		p.input.SetValue("")
		return true
	case msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
		p.input.SetValue("") // the typed character replaces the selection
	}
	return false
}

// pasteOnSelection makes a paste replace a selected value.
func (p *prompt) pasteOnSelection() {
	if p.selected {
		p.selected = false
		p.input.SetValue("")
	}
}

// selectionView draws the prompt with its value selected, in as many cells
// as the input takes (a long value shows its end, as the input does).
func (p *prompt) selectionView(st *theme.Styles) string {
	in := p.input
	value := in.Value()
	if w := in.Width(); w > 0 && cells.Width(value) > w {
		value = "…" + ansi.TruncateLeft(value, cells.Width(value)-w+1, "")
	}
	text := in.Styles().Focused.Prompt.Render(in.Prompt) + st.Selection.Render(value)
	return cells.Fit(text, cells.Width(in.Prompt)+max(in.Width(), cells.Width(value))+1)
}
