package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// The GPU model input offers the catalogue (model.GPUCatalogue): ← and →
// step through it, enter opens the picker. Choosing a GPU sets its name and
// fills its three figures in one edit, so one undo puts them all back. A
// name typed that the catalogue knows chooses that GPU; any other name is
// the user's own and keeps the figures on screen.

const gpuModelKey = "ai.gpu.model"

// gpuPicker is the open picker: the highlighted row, an index into the
// catalogue, or its length for "Custom name…".
type gpuPicker struct{ selected int }

// openGPUPicker opens the picker on the scenario's GPU, or on the custom
// row for a name the catalogue does not know.
func (m *Model) openGPUPicker() {
	gpus := model.GPUCatalogue()
	selected := len(gpus)
	for i, g := range gpus {
		if strings.EqualFold(g.Name, strings.TrimSpace(m.sc.AI.GPU.Model)) {
			selected = i
		}
	}
	m.picker = &gpuPicker{selected: selected}
}

func (m *Model) handlePickerKey(msg tea.KeyPressMsg) tea.Cmd {
	k := newPickerKeys()
	p := m.picker
	gpus := model.GPUCatalogue()
	switch {
	case msg.String() == "ctrl+c":
		m.picker = nil
		return m.quit()
	case key.Matches(msg, k.Up):
		p.selected = max(0, p.selected-1)
	case key.Matches(msg, k.Down):
		p.selected = min(len(gpus), p.selected+1)
	case key.Matches(msg, k.Cancel):
		m.picker = nil
		m.status = status{}
	case key.Matches(msg, k.Accept):
		m.picker = nil
		if p.selected < len(gpus) {
			m.chooseGPU(gpus[p.selected])
		} else if f, ok := model.FieldByKey(gpuModelKey); ok {
			m.openValuePrompt(f)
		}
	}
	return nil
}

// renderGPUPicker draws the open picker over the body.
func (m *Model) renderGPUPicker(w, h int) string {
	return panel.GPUPicker{St: m.st, GPUs: model.GPUCatalogue(), Scenario: &m.sc, Selected: m.picker.selected}.Render(w, h)
}

// cycleGPU steps through the catalogue (←/→ on the GPU model), from a
// custom name to its first GPU (→) or its last (←).
func (m *Model) cycleGPU(steps int) {
	gpus := model.GPUCatalogue()
	at := -1
	for i, g := range gpus {
		if strings.EqualFold(g.Name, strings.TrimSpace(m.sc.AI.GPU.Model)) {
			at = i
		}
	}
	step := 1
	if steps < 0 {
		step = -1
	}
	switch {
	case at < 0 && step > 0:
		at = 0
	case at < 0:
		at = len(gpus) - 1
	default:
		at = (at + step + len(gpus)) % len(gpus)
	}
	m.chooseGPU(gpus[at])
}

// typedGPU chooses the catalogue GPU a typed name names, unless it names
// the scenario's own GPU (retyping "b200" over "B200" keeps the figures).
// It reports whether the name was the catalogue's, and any problem.
func (m *Model) typedGPU(text string) (chosen bool, problem string) {
	g, ok := model.GPUByName(text)
	if !ok || strings.EqualFold(g.Name, strings.TrimSpace(m.sc.AI.GPU.Model)) {
		return false, ""
	}
	return true, m.chooseGPU(g)
}

// chooseGPU makes g the scenario's GPU, its name and three figures, as one
// edit. It returns a problem when the scenario refuses it (and changes
// nothing).
func (m *Model) chooseGPU(g model.GPUSpec) string {
	next := m.sc
	g.Apply(&next)
	if panel.SameScenario(&next, &m.sc) {
		m.status = status{kind: statusInfo, text: "GPU model already " + g.Name + ", with the catalogue's figures."}
		return ""
	}
	before := m.sc
	if !m.commit(next, "") {
		return m.status.text
	}
	figures := make([]string, len(panel.GPUFigureKeys))
	for i, key := range panel.GPUFigureKeys {
		f, _ := model.FieldByKey(key)
		figures[i] = format.Field(f, &m.sc)
	}
	m.status.text = "GPU model: " + before.AI.GPU.Model + " → " + g.Name + " · " + strings.Join(figures, ", ")
	m.hist.relabelLast(m.status.text)
	return ""
}
