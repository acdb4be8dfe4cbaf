package tui

import (
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// Saving and opening touch the disk, so they run in commands and report
// back in messages: a save first checks the file (writeCheckedMsg: does it
// exist, did it change on disk since it was loaded?), asks before replacing
// anything, then writes (savedMsg); an open loads the file (openedMsg).
// Each carries the document it was started for (Model.doc), so a reply for a
// document since replaced by another file changes nothing.

// writeCheckedMsg is what a check before a save found: a reason not to
// write at all, or a question to ask first, or neither.
type writeCheckedMsg struct {
	doc      uint64
	path     string
	sc       model.Scenario // the scenario to write, as it was when the save began
	refusal  string
	question string
}

// savedMsg reports a finished save.
type savedMsg struct {
	doc   uint64
	path  string
	sc    model.Scenario
	stamp *scenarios.FileStamp // nil when the saved file cannot be stamped
	err   error
}

// openedMsg carries a loaded scenario file, or why it could not be read.
type openedMsg struct {
	path  string
	sc    model.Scenario
	stamp scenarios.FileStamp
	err   error
}

// docName names the document in questions: its file, or its preset.
func (m *Model) docName() string {
	switch {
	case m.path != "":
		return filepath.Base(m.path)
	case m.preset != "":
		return "the " + m.preset + " preset"
	}
	return "this scenario"
}

// save writes the scenario to its file (ctrl+s). A scenario that came from a
// preset has no file yet: save asks for one. A file that changed on disk
// since it was loaded is overwritten only after the user agrees.
func (m *Model) save() tea.Cmd {
	if m.path == "" {
		m.startSaveAs()
		return nil
	}
	if ext := filepath.Ext(m.path); strings.EqualFold(ext, ".json") {
		// Save writes TOML; a .json name would not load back.
		m.startSaveAs()
		m.prompt.input.SetValue(strings.TrimSuffix(m.path, ext) + ".toml")
		m.prompt.input.CursorEnd()
		m.prompt.note = "the dashboard saves TOML"
		return nil
	}
	return m.checkBeforeWrite(m.path, false)
}

// checkBeforeWrite looks at path off the UI goroutine before a save: a
// folder there refuses a save as (typed); the file we loaded, changed or
// deleted on disk since, or any other existing file, asks first; the file
// we loaded, unchanged, or no file at all, goes ahead.
func (m *Model) checkBeforeWrite(path string, typed bool) tea.Cmd {
	doc, sc, ours := m.doc, m.sc, m.stamp != nil && samePath(path, m.path)
	var stamp scenarios.FileStamp
	if ours {
		stamp = *m.stamp
	}
	return func() tea.Msg {
		msg := writeCheckedMsg{doc: doc, path: path, sc: sc}
		info, statErr := os.Stat(path)
		switch {
		case typed && statErr == nil && info.IsDir():
			msg.refusal = "Not saved: " + path + " is a folder."
		case ours:
			state, err := scenarios.StateOnDisk(path, stamp)
			switch {
			case err != nil:
				msg.question = filepath.Base(path) + " cannot be checked (" + err.Error() + "). Overwrite it anyway?"
			case state == scenarios.Changed:
				msg.question = filepath.Base(path) + " changed on disk since it was loaded. Overwrite it?"
			case state == scenarios.Deleted:
				msg.question = filepath.Base(path) + " was deleted since it was loaded. Save it again?"
			}
		case statErr == nil:
			msg.question = filepath.Base(path) + " already exists. Overwrite it?"
		}
		return msg
	}
}

// checkedBeforeWrite acts on a check: refuse, ask, or write.
func (m *Model) checkedBeforeWrite(msg writeCheckedMsg) tea.Cmd {
	switch {
	case msg.doc != m.doc:
		m.quitAfterSave = false
		return nil // another file was opened meanwhile: this save is void
	case msg.refusal != "":
		m.quitAfterSave = false
		m.status = status{kind: statusError, text: msg.refusal}
		return nil
	case msg.question != "":
		m.confirm = &confirmation{kind: confirmOverwrite, question: msg.question, path: msg.path, sc: msg.sc}
		return nil
	}
	return m.write(msg.path, msg.sc)
}

func samePath(a, b string) bool {
	if a == b {
		return true
	}
	aa, errA := filepath.Abs(a)
	bb, errB := filepath.Abs(b)
	return errA == nil && errB == nil && aa == bb
}

// write saves sc to path atomically off the UI goroutine, and stamps the
// file it wrote. The document's own file is saved in place, keeping its
// comments (scenarios.Save); another file is replaced (scenarios.Replace):
// its comments were about another scenario.
func (m *Model) write(path string, sc model.Scenario) tea.Cmd {
	doc := m.doc
	save := scenarios.Replace
	if m.path != "" && samePath(path, m.path) {
		save = scenarios.Save
	}
	m.status = status{kind: statusInfo, text: "Saving " + path + "…"}
	return func() tea.Msg {
		msg := savedMsg{doc: doc, path: path, sc: sc}
		if msg.err = save(path, sc); msg.err != nil {
			return msg
		}
		if stamp, err := scenarios.Stamp(path); err == nil {
			msg.stamp = &stamp
		}
		return msg
	}
}

// wrote takes a finished save: on failure the old file is untouched and the
// error is shown; on success the file becomes the document, and the
// scenario saved its baseline (edits made while it was written stay
// unsaved). After "save and quit" it quits, or asks again when edits made
// meanwhile are still unsaved.
func (m *Model) wrote(msg savedMsg) tea.Cmd {
	quitting := m.quitAfterSave
	m.quitAfterSave = false
	switch {
	case msg.err != nil:
		m.status = status{kind: statusError, text: msg.err.Error()}
		return nil
	case msg.doc != m.doc:
		m.status = status{kind: statusInfo, text: "Saved " + msg.path}
		return nil // another file was opened meanwhile: it stays the document
	}
	m.path, m.preset, m.stamp = msg.path, "", msg.stamp
	m.saved = msg.sc
	m.status = status{kind: statusInfo, text: "Saved " + msg.path}
	if quitting {
		return m.quit()
	}
	return nil
}

// startSaveAs asks for a path to save to (S).
func (m *Model) startSaveAs() {
	suggestion := m.path
	if suggestion == "" {
		suggestion = fileNameFor(m.preset, m.sc.Name)
	}
	in := newTextInput(m.st, "Save as › ", suggestion, "file.toml", m.width-12)
	m.prompt = &prompt{kind: promptSaveAs, label: "Save as", input: in, keys: newPromptKeys(true)}
}

// fileNameFor suggests a file name for a scenario without one.
func fileNameFor(preset, name string) string {
	base := preset
	if base == "" {
		base = name
	}
	var b strings.Builder
	for _, r := range strings.ToLower(base) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		slug = "scenario"
	}
	return slug + ".toml"
}

// saveAs saves to a typed path, asking before replacing an existing file.
func (m *Model) saveAs(path string) tea.Cmd {
	path = expandHome(strings.TrimSpace(path))
	switch {
	case path == "":
		m.quitAfterSave = false
		m.status = status{kind: statusWarn, text: "Not saved: no file name given."}
		return nil
	case strings.EqualFold(filepath.Ext(path), ".json"):
		m.quitAfterSave = false
		m.status = status{kind: statusError, text: "Not saved: the dashboard writes TOML; use a .toml name."}
		return nil
	case filepath.Ext(path) == "":
		path += ".toml"
	}
	return m.checkBeforeWrite(path, true)
}

// startOpen asks for a file to open (o), after confirming that unsaved
// changes may go.
func (m *Model) startOpen() {
	if m.dirty() {
		m.confirm = &confirmation{kind: confirmDiscardToOpen,
			question: "Discard your unsaved changes to " + m.docName() + " and open another file?"}
		return
	}
	m.openPrompt()
}

func (m *Model) openPrompt() {
	start := ""
	if m.path != "" {
		if dir := filepath.Dir(m.path); dir != "." {
			start = dir + string(filepath.Separator)
		}
	}
	in := newTextInput(m.st, "Open › ", start, "scenario.toml (tab completes)", m.width-12)
	m.prompt = &prompt{kind: promptOpen, label: "Open", input: in, keys: newPromptKeys(true)}
}

// open loads a scenario file off the UI goroutine.
func (m *Model) open(path string) tea.Cmd {
	path = expandHome(strings.TrimSpace(path))
	if path == "" {
		m.status = status{kind: statusWarn, text: "Nothing opened: no file name given."}
		return nil
	}
	m.status = status{kind: statusInfo, text: "Opening " + path + "…"}
	return func() tea.Msg {
		sc, stamp, err := scenarios.LoadStamped(path)
		return openedMsg{path: path, sc: sc, stamp: stamp, err: err}
	}
}

// opened shows a loaded file; on any error the current scenario stays.
func (m *Model) opened(msg openedMsg) {
	if msg.err != nil {
		m.status = status{kind: statusError, text: msg.err.Error()}
		return
	}
	res, err := evaluate(msg.sc)
	if err != nil {
		m.status = status{kind: statusError, text: msg.path + ": " + problem(err)}
		return
	}
	m.doc++
	m.sc, m.saved = msg.sc, msg.sc
	m.setResult(res)
	m.path, m.preset, m.stamp = msg.path, "", &msg.stamp
	m.hist.reset()
	m.ledgerTop = 0
	m.status = status{kind: statusInfo, text: "Opened " + msg.path}
	m.keepInView()
}

func expandHome(path string) string {
	if rest, ok := strings.CutPrefix(path, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	return path
}
