package tui

import (
	"charm.land/bubbles/v2/textinput"
	"github.com/pivot-tui/pivot-tui/internal/printable"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// statusKind colours the status line.
type statusKind int

const (
	statusNone statusKind = iota
	statusInfo
	statusError
	statusWarn
)

// status is the message of the last action; it stays until the next key.
type status struct {
	kind statusKind
	text string
}

// promptKind says what a prompt's answer is for.
type promptKind int

const (
	promptValue  promptKind = iota // an exact value for the selected input
	promptSaveAs                   // a path to save to
	promptOpen                     // a path to open
)

// prompt is a one-line text input in the status line.
type prompt struct {
	kind  promptKind
	label string
	field model.Field // promptValue only
	input textinput.Model
	keys  promptKeys
	// err is the last rejected answer's problem, shown beside the input;
	// note is information there (the matches of a completion).
	err, note string
	// selected is true while a value prompt's pre-filled text is selected
	// (selection.go).
	selected bool
}

// confirmKind says what a yes answer does.
type confirmKind int

const (
	confirmQuit          confirmKind = iota // quit with unsaved changes
	confirmOverwrite                        // save over a file changed on disk, or an existing file
	confirmDiscardToOpen                    // open another file with unsaved changes
)

// confirmation is a yes/no question in the status line.
type confirmation struct {
	kind     confirmKind
	question string
	// confirmOverwrite: the file to write and the scenario to write to it.
	path string
	sc   model.Scenario
}

// statusBar is the line above the help: a question, a prompt, the last
// message, or a hint about the selected input.
type statusBar struct {
	st      *theme.Styles
	status  status
	prompt  *prompt
	confirm *confirmation
	hint    string
}

// Render draws the line. Its texts quote paths and values, which may hold
// a newline or an escape sequence: each is written printable, so the line
// stays one line.
func (b statusBar) Render(w, _ int) string {
	st := b.st
	safe := printable.String
	switch {
	case b.confirm != nil:
		return cells.Fit(" "+st.Warn.Render(safe(b.confirm.question))+st.Dim.Render("  "+newConfirmKeys(b.confirm.kind).hint()), w)
	case b.prompt != nil:
		line := " " + b.prompt.input.View()
		if b.prompt.selected {
			line = " " + b.prompt.selectionView(st)
		}
		switch {
		case b.prompt.err != "":
			return cells.Spread(line, " "+st.Error.Render(safe(b.prompt.err))+" ", w)
		case b.prompt.note != "":
			return cells.Spread(line, " "+st.Hint.Render(safe(b.prompt.note))+" ", w)
		}
		return cells.Fit(line, w)
	}
	switch b.status.kind {
	case statusInfo:
		return cells.Fit(" "+st.Info.Render(safe(b.status.text)), w)
	case statusError:
		return cells.Fit(" "+st.Error.Render(safe(b.status.text)), w)
	case statusWarn:
		return cells.Fit(" "+st.Warn.Render(safe(b.status.text)), w)
	}
	return cells.Fit(" "+st.Hint.Render(safe(b.hint)), w)
}
