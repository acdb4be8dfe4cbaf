package tui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// docName names the document in questions: its file, or its preset.
func (m Model) docName() string {
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
func (m Model) save() (tea.Model, tea.Cmd) {
	if m.path == "" {
		return m.startSaveAs()
	}
	if ext := filepath.Ext(m.path); strings.EqualFold(ext, ".json") {
		// Save writes TOML; a .json name would not load back.
		next, cmd := m.startSaveAs()
		nm := next.(Model)
		nm.prompt.input.SetValue(strings.TrimSuffix(m.path, ext) + ".toml")
		nm.prompt.input.CursorEnd()
		nm.prompt.note = "the dashboard saves TOML"
		return nm, cmd
	}
	if question := m.overwriteQuestion(m.path); question != "" {
		m.confirm = &confirmation{kind: confirmOverwrite, question: question, path: m.path}
		return m, nil
	}
	m.writeFile(m.path)
	return m, nil
}

// overwriteQuestion is the question to ask before writing path, or "" when
// writing it loses nothing: it is the file we loaded, unchanged since, or
// it does not exist.
func (m Model) overwriteQuestion(path string) string {
	if m.stamp != nil && samePath(path, m.path) {
		state, err := scenarios.StateOnDisk(path, *m.stamp)
		switch {
		case err != nil:
			return filepath.Base(path) + " cannot be checked (" + err.Error() + "). Overwrite it anyway?"
		case state == scenarios.Changed:
			return filepath.Base(path) + " changed on disk since it was loaded. Overwrite it?"
		case state == scenarios.Deleted:
			return filepath.Base(path) + " was deleted since it was loaded. Save it again?"
		}
		return ""
	}
	if _, err := os.Stat(path); err == nil {
		return filepath.Base(path) + " already exists. Overwrite it?"
	}
	return ""
}

func samePath(a, b string) bool {
	if a == b {
		return true
	}
	aa, errA := filepath.Abs(a)
	bb, errB := filepath.Abs(b)
	return errA == nil && errB == nil && aa == bb
}

// writeFile saves atomically: on failure the old file is untouched and the
// error is shown; on success the file becomes the document. The document's
// own file is saved in place, keeping its comments (scenarios.Save); another
// file is replaced (scenarios.Replace): its comments were about another
// scenario.
func (m *Model) writeFile(path string) {
	save := scenarios.Replace
	if m.path != "" && samePath(path, m.path) {
		save = scenarios.Save
	}
	if err := save(path, m.sc); err != nil {
		m.status = status{kind: statusError, text: err.Error()}
		return
	}
	m.path, m.preset = path, ""
	if stamp, err := scenarios.Stamp(path); err == nil {
		m.stamp = &stamp
	} else {
		m.stamp = nil
	}
	m.saved = m.sc
	m.status = status{kind: statusInfo, text: "Saved " + path}
}

// startSaveAs asks for a path to save to (S).
func (m Model) startSaveAs() (tea.Model, tea.Cmd) {
	suggestion := m.path
	if suggestion == "" {
		suggestion = fileNameFor(m.preset, m.sc.Name)
	}
	in := newTextInput(m.st, "Save as › ", suggestion, "file.toml", m.width-12)
	m.prompt = &prompt{kind: promptSaveAs, label: "Save as", input: in, keys: newPromptKeys(true)}
	return m, nil
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
func (m Model) saveAs(path string) (tea.Model, tea.Cmd) {
	path = expandHome(strings.TrimSpace(path))
	switch {
	case path == "":
		m.status = status{kind: statusWarn, text: "Not saved: no file name given."}
		return m, nil
	case strings.EqualFold(filepath.Ext(path), ".json"):
		m.status = status{kind: statusError, text: "Not saved: the dashboard writes TOML; use a .toml name."}
		return m, nil
	case filepath.Ext(path) == "":
		path += ".toml"
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		m.status = status{kind: statusError, text: "Not saved: " + path + " is a folder."}
		return m, nil
	}
	if question := m.overwriteQuestion(path); question != "" {
		m.confirm = &confirmation{kind: confirmOverwrite, question: question, path: path}
		return m, nil
	}
	m.writeFile(path)
	return m, nil
}

// startOpen asks for a file to open (o), after confirming that unsaved
// changes may go.
func (m Model) startOpen() (tea.Model, tea.Cmd) {
	if m.dirty() {
		m.confirm = &confirmation{kind: confirmDiscardToOpen,
			question: "Discard your unsaved changes to " + m.docName() + " and open another file?"}
		return m, nil
	}
	return m.openPrompt()
}

func (m Model) openPrompt() (tea.Model, tea.Cmd) {
	start := ""
	if m.path != "" {
		if dir := filepath.Dir(m.path); dir != "." {
			start = dir + string(filepath.Separator)
		}
	}
	in := newTextInput(m.st, "Open › ", start, "scenario.toml (tab completes)", m.width-12)
	m.prompt = &prompt{kind: promptOpen, label: "Open", input: in, keys: newPromptKeys(true)}
	return m, nil
}

// open loads a scenario file; on any error the current scenario stays.
func (m *Model) open(path string) {
	path = expandHome(strings.TrimSpace(path))
	if path == "" {
		m.status = status{kind: statusWarn, text: "Nothing opened: no file name given."}
		return
	}
	sc, stamp, err := scenarios.LoadStamped(path)
	if err != nil {
		m.status = status{kind: statusError, text: err.Error()}
		return
	}
	res, err := evaluate(sc)
	if err != nil {
		m.status = status{kind: statusError, text: path + ": " + problem(err)}
		return
	}
	m.sc, m.saved = sc, sc
	m.setResult(res)
	m.path, m.preset, m.stamp = path, "", &stamp
	m.hist.reset()
	m.ledgerTop = 0
	m.status = status{kind: statusInfo, text: "Opened " + path}
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

// completePath completes the prompt's path like a shell: a unique match is
// completed (folders get a trailing slash), several matches complete to
// their common prefix and are listed in the prompt's message.
func (m *Model) completePath() {
	p := m.prompt
	typed := p.input.Value()
	matches, err := pathMatches(typed)
	p.err, p.note = "", ""
	if err != nil || len(matches) == 0 {
		p.note = "no matching file"
		return
	}
	completed := matches[0]
	for _, other := range matches[1:] {
		completed = commonPrefix(completed, other)
	}
	if len(completed) > len(typed) {
		p.input.SetValue(completed)
		p.input.CursorEnd()
	}
	if len(matches) > 1 {
		names := make([]string, len(matches))
		for i, full := range matches {
			names[i] = filepath.Base(strings.TrimSuffix(full, string(filepath.Separator)))
			if strings.HasSuffix(full, string(filepath.Separator)) {
				names[i] += string(filepath.Separator)
			}
		}
		p.note = strings.Join(names, "  ")
	}
}

// pathMatches lists the entries of typed's folder whose names start with its
// last element: scenario files (.toml, .json) and folders, hidden ones only
// when asked for with a leading dot.
func pathMatches(typed string) ([]string, error) {
	expanded := expandHome(typed)
	dir, prefix := filepath.Split(expanded)
	readDir := dir
	if readDir == "" {
		readDir = "."
	}
	entries, err := os.ReadDir(readDir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(prefix, ".")) {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			if info, err := os.Stat(filepath.Join(readDir, name)); err == nil {
				isDir = info.IsDir()
			}
		}
		ext := strings.ToLower(filepath.Ext(name))
		if !isDir && ext != ".toml" && ext != ".json" {
			continue
		}
		full := typed[:len(typed)-len(prefix)] + name // typed ends with prefix; keep its "~/"
		if isDir {
			full += string(filepath.Separator)
		}
		out = append(out, full)
	}
	if len(out) == 0 {
		return nil, errors.New("no match")
	}
	return out, nil
}

func commonPrefix(a, b string) string {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	return a[:i]
}
