package tui

import "github.com/pivot-tui/pivot-tui/tui/panel"

// The Risk tab's selection among its assumptions (panel.AssumptionRows).

// assumptionKey is the selected assumption's key.
func (m *Model) assumptionKey() string {
	if m.riskKey == "" {
		return panel.FirstAssumption
	}
	return m.riskKey
}

// selectAssumption moves the selection n assumptions down (up when
// negative), stopping at the ends.
func (m *Model) selectAssumption(n int) {
	var keys []string
	cur := 0
	for _, r := range panel.AssumptionRows() {
		if r.IsField() {
			if r.Field.Key == m.assumptionKey() {
				cur = len(keys)
			}
			keys = append(keys, r.Field.Key)
		}
	}
	if len(keys) > 0 {
		m.riskKey = keys[min(len(keys)-1, max(0, cur+n))]
	}
}

// assumptionAt is the assumption drawn at screen cell (x, y), if any.
func (m *Model) assumptionAt(x, y int, l layout) (string, bool) {
	if !l.main.contains(x, y) {
		return "", false
	}
	return panel.AssumptionAt(l.main.w, l.main.h, x-l.main.x, y-l.main.y)
}
