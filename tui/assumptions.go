package tui

import "github.com/pivot-tui/pivot-tui/model"

// The Risk tab's assumptions: spec §9's [risk] table, edited there with the
// Overview's keys (↑↓ select, ←→ nudge, enter types a value).

// firstAssumption is selected until the user moves.
const firstAssumption = "risk.paths"

var assumptionInputs = []inputSpec{
	{key: "risk.paths"},
	{key: "risk.seed"},
	{key: "risk.btc_volatility_pct"},
	{key: "risk.power_price_volatility_pct", label: "Power volatility"},
	{key: "risk.hashrate_growth_sd_pct", label: "Hashrate SD"},
	{key: "risk.rental_growth_sd_pct"},
}

// assumptionRows is the panel: a heading and the six inputs.
func assumptionRows() []inputRow {
	rows := []inputRow{{group: "Monte Carlo"}}
	for _, in := range assumptionInputs {
		f, ok := model.FieldByKey(in.key)
		if !ok {
			continue
		}
		label := in.label
		if label == "" {
			label = f.Label
		}
		rows = append(rows, inputRow{field: f, label: label})
	}
	return rows
}

// assumptionKey is the selected assumption's key.
func (m Model) assumptionKey() string {
	if m.riskKey == "" {
		return firstAssumption
	}
	return m.riskKey
}

// selectAssumption moves the selection n assumptions down (up when
// negative), stopping at the ends.
func (m *Model) selectAssumption(n int) {
	rows := assumptionRows()
	var keys []string
	cur := 0
	for _, r := range rows {
		if r.isField() {
			if r.field.Key == m.assumptionKey() {
				cur = len(keys)
			}
			keys = append(keys, r.field.Key)
		}
	}
	if len(keys) > 0 {
		m.riskKey = keys[min(len(keys)-1, max(0, cur+n))]
	}
}

// assumptionAt is the assumption drawn at screen cell (x, y), if any.
func (m Model) assumptionAt(x, y int, l layout) (string, bool) {
	p := splitRisk(l.main.w, l.main.h)
	panel := rect{x: l.main.x + p.histW + p.gapW, y: l.main.y + p.topH, w: p.panelW, h: p.bottomH}
	rows := assumptionRows()
	if i := y - panel.y; panel.contains(x, y) && i < len(rows) && rows[i].isField() {
		return rows[i].field.Key, true
	}
	return "", false
}
