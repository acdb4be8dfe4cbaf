package tui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// completedMsg is the folder listing a tab in a path prompt asked for.
type completedMsg struct {
	typed   string // the prompt's text when tab was pressed
	matches []string
	err     error
}

// completePath starts completing the prompt's path like a shell (tab): the
// folder is read off the UI goroutine.
func (m *Model) completePath() tea.Cmd {
	typed := m.prompt.input.Value()
	return func() tea.Msg {
		matches, err := pathMatches(typed)
		return completedMsg{typed: typed, matches: matches, err: err}
	}
}

// completed applies a listing: a unique match is completed (folders get a
// trailing slash), several matches complete to their common prefix and are
// listed in the prompt's message. A listing for text the user has typed
// past, or a prompt since closed, is dropped.
func (m *Model) completed(msg completedMsg) {
	p := m.prompt
	if p == nil || (p.kind != promptOpen && p.kind != promptSaveAs) || p.input.Value() != msg.typed {
		return
	}
	typed, matches := msg.typed, msg.matches
	p.err, p.note = "", ""
	if msg.err != nil || len(matches) == 0 {
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
