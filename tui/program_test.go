package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// Whole flows through a real Bubble Tea program (teatest): the commands
// that touch the disk run on the program's goroutines and their messages
// come back through its loop, as in the terminal.

// inspected wraps the dashboard so that a test can look at it from the
// program's own goroutine, between two messages.
type inspected struct{ *Model }

// inspectMsg asks the program to call look with the model.
type inspectMsg struct {
	look func(*Model)
	done chan struct{}
}

func (i inspected) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if q, ok := msg.(inspectMsg); ok {
		q.look(i.Model)
		close(q.done)
		return i, nil
	}
	_, cmd := i.Model.Update(msg)
	return i, cmd
}

func startProgram(t *testing.T, m *Model, w, h int) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, inspected{m}, teatest.WithInitialTermSize(w, h))
}

// programPatience bounds how long a flow waits for the program: generous,
// since an export under the race detector on a busy machine takes seconds;
// a working program answers far sooner and a broken one still fails.
const programPatience = 60 * time.Second

// eventually asks the running program until ok holds of its model, for at
// most programPatience.
func eventually(t *testing.T, tm *teatest.TestModel, what string, ok func(*Model) bool) {
	t.Helper()
	deadline := time.Now().Add(programPatience)
	for {
		held := false
		q := inspectMsg{look: func(m *Model) { held = ok(m) }, done: make(chan struct{})}
		tm.Send(q)
		select {
		case <-q.done:
		case <-time.After(time.Until(deadline)):
			t.Fatalf("the program did not answer while waiting for %s", what)
		}
		if held {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited in vain for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func finalModel(t *testing.T, tm *teatest.TestModel) *Model {
	t.Helper()
	m, ok := tm.FinalModel(t, teatest.WithFinalTimeout(programPatience)).(inspected)
	if !ok {
		t.Fatal("the program did not end with the dashboard's model")
	}
	return m.Model
}

// A nudge and ctrl+s write the file in the background; once saved, q quits
// without asking.
func TestProgramSavesAndQuits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "site.toml")
	tm := startProgram(t, New(Options{Path: path}), 120, 40)
	tm.Send(keyMsg("right"))
	tm.Send(keyMsg("ctrl+s"))
	eventually(t, tm, "the save", func(m *Model) bool { return strings.HasPrefix(m.status.text, "Saved ") })
	if sc, err := scenarios.Load(path); err != nil || !sc.Bitcoin.PriceUSD.Equal(dec("71000")) {
		t.Fatalf("the saved file: %v, %v", sc.Bitcoin.PriceUSD, err)
	}
	tm.Send(keyMsg("q"))
	if m := finalModel(t, tm); m.dirty() || m.path != path || m.stamp == nil {
		t.Errorf("after the save: dirty %v, path %q, stamp %v", m.dirty(), m.path, m.stamp)
	}
}

// x writes the screen and the report next to the scenario while the
// dashboard goes on, and the status line names what it wrote.
func TestProgramExports(t *testing.T) {
	dir := t.TempDir()
	clock := func() time.Time { return time.Date(2026, 11, 25, 14, 32, 0, 0, time.UTC) }
	tm := startProgram(t, New(Options{Scenario: model.Default(), Path: filepath.Join(dir, "site.toml"), Now: clock}), 100, 30)
	tm.Send(keyMsg("x"))
	want := "Exported the Overview tab on a white page: site-2026-11-25-1432.png, .svg, .md and .xlsx to " + dir
	eventually(t, tm, "the export", func(m *Model) bool { return m.status.text == want })
	for _, ext := range exportExtensions {
		if _, err := os.Stat(filepath.Join(dir, "site-2026-11-25-1432"+ext)); err != nil {
			t.Error(err)
		}
	}
	tm.Send(keyMsg("q"))
	finalModel(t, tm)
}
