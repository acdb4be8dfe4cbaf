package tui

import "github.com/pivot-tui/pivot-tui/model"

// pinned is the baseline the result cards compare against (p): the result
// on screen when it was pinned, and its name. It stays while other files are
// opened and inputs edited, so two files, or a file and its edit, can be
// compared live.
type pinned struct {
	res  model.Result
	name string
}

// togglePin pins the scenario on screen as the baseline, or drops the pin.
func (m *Model) togglePin() {
	if m.pin != nil {
		m.pin = nil
		m.keys.Pin.SetHelp("p", "pin as baseline")
		m.status = status{kind: statusInfo, text: "Pin dropped: the cards show the scenario alone."}
		return
	}
	name := m.sc.Name
	if m.dirty() {
		name += " (edited)"
	}
	m.pin = &pinned{res: m.res, name: name}
	m.keys.Pin.SetHelp("p", "drop the pin")
	m.status = status{kind: statusInfo, text: "Pinned " + name + ": the cards show each figure's change against it · p drops the pin"}
}

// pinBase is the pinned result, or nil.
func (m *Model) pinBase() *model.Result {
	if m.pin == nil {
		return nil
	}
	return &m.pin.res
}

// pinName names the pinned scenario for the header, "" when nothing is pinned.
func (m *Model) pinName() string {
	if m.pin == nil {
		return ""
	}
	return m.pin.name
}
