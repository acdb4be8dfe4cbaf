package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/model"
)

// riskTestScenario is the default site with few Monte Carlo paths, which
// keeps the tests quick.
func riskTestScenario() model.Scenario {
	s := model.Default()
	s.Risk.Paths = 500
	return s
}

// step sends one message to Update and returns the model and its command.
func step(t testing.TB, m *Model, msg tea.Msg) (*Model, tea.Cmd) {
	t.Helper()
	next, cmd := m.Update(msg)
	out, ok := next.(*Model)
	if !ok {
		t.Fatalf("Update returned %T, want *tui.Model", next)
	}
	return out, cmd
}

// settle runs cmd and everything it leads to, synchronously and in order,
// feeding each message back to Update, until no command is left: the
// background analyses run to completion and files are read and written.
// Messages that leave the program or talk to the terminal are dropped.
func settle(t testing.TB, m *Model, cmd tea.Cmd) *Model {
	t.Helper()
	m, _ = settleQuit(t, m, cmd)
	return m
}

// settleQuit is settle, and whether a command asked the program to quit.
func settleQuit(t testing.TB, m *Model, cmd tea.Cmd) (_ *Model, quit bool) {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		switch msg := msg.(type) {
		case nil:
		case tea.QuitMsg:
			quit = true
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case analysisDoneMsg, analysisDueMsg, analysisTickMsg, writeCheckedMsg, savedMsg, openedMsg, completedMsg, exportedMsg:
			var next tea.Cmd
			m, next = step(t, m, msg)
			queue = append(queue, next)
		}
	}
	return m, quit
}

// drive sends messages as the program would and settles every command they
// return before the next one.
func drive(t testing.TB, m *Model, msgs ...tea.Msg) *Model {
	t.Helper()
	for _, msg := range msgs {
		var cmd tea.Cmd
		m, cmd = step(t, m, msg)
		m = settle(t, m, cmd)
	}
	return m
}
