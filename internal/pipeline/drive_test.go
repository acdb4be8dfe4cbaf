package pipeline

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/tui"
)

// maxSteps bounds how many messages one input may lead to: a command that
// keeps answering (a progress ticker) must not hold a test for ever.
const maxSteps = 10_000

// send gives msg to the dashboard and runs every command it leads to,
// synchronously and in order, feeding each message back, as the program
// would; batches are unpacked, and what leaves the program is dropped.
func send(t testing.TB, m *tui.Model, msg tea.Msg) *tui.Model {
	t.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > maxSteps {
			t.Fatalf("%T led to more than %d messages", msg, maxSteps)
		}
		next, cmd := m.Update(queue[0])
		queue = queue[1:]
		m = next.(*tui.Model)
		queue = append(queue, run(cmd)...)
	}
	return m
}

// run runs a command and any batch it returns, and lists their messages.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// key is a key press as the terminal sends it: "tab", "right", "ctrl+s" or
// a character.
func key(k string) tea.KeyPressMsg {
	switch k {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "ctrl+s":
		return tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}
