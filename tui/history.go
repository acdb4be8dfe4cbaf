package tui

import "github.com/pivot-tui/pivot-tui/model"

// entry is one step of the history: a whole scenario and the edit that led
// away from it. Scenarios are values (decimals never change in place), so a
// copy is a snapshot.
type entry struct {
	sc   model.Scenario
	what string
}

// historyLimit is how many scenarios the history keeps for undo at least
// (up to twice as many); older ones are dropped.
const historyLimit = 500

// history is the undo and redo stacks of whole scenarios.
type history struct {
	past, future []entry
}

// push records the scenario an edit is leaving; a new edit ends any redo.
func (h *history) push(e entry) {
	h.past = append(h.past, e)
	if len(h.past) > 2*historyLimit {
		// Drop the oldest in one copy every historyLimit edits, not one
		// copy of the whole history every edit.
		h.past = append([]entry(nil), h.past[len(h.past)-historyLimit:]...)
	}
	h.future = nil
}

// relabelLast names the most recent edit once its effect is known.
func (h *history) relabelLast(what string) {
	if n := len(h.past); n > 0 {
		h.past[n-1].what = what
	}
}

// undo returns the scenario before the last edit, keeping current for redo.
func (h *history) undo(current model.Scenario) (entry, bool) {
	n := len(h.past)
	if n == 0 {
		return entry{}, false
	}
	e := h.past[n-1]
	h.past = h.past[:n-1]
	h.future = append(h.future, entry{sc: current, what: e.what})
	return e, true
}

// redo returns the scenario the last undo left, keeping current for undo.
func (h *history) redo(current model.Scenario) (entry, bool) {
	n := len(h.future)
	if n == 0 {
		return entry{}, false
	}
	e := h.future[n-1]
	h.future = h.future[:n-1]
	h.past = append(h.past, entry{sc: current, what: e.what})
	return e, true
}

// reset forgets everything (a new file is open).
func (h *history) reset() { h.past, h.future = nil, nil }
