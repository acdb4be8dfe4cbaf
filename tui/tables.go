package tui

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// The optional tables, [finance] and [treasury] (spec §7, §14), each have a
// row in the inputs panel that switches them on and off: ←/→ or enter
// switches, r puts the file's table back. A switch is one edit, undone as
// one; the values a table holds stay while it is off, so switching it on
// again brings them back, and a file without the table starts from the
// spec's defaults. Saving writes the table into the file, or comments it out.

// selectedSwitch is the table whose switch the inputs panel has selected.
func (m *Model) selectedSwitch() (string, bool) {
	if !m.inputsActive() {
		return "", false
	}
	return panel.SwitchOf(m.selKey)
}

// actOnSwitch switches the selected table, or with reset puts the file's
// back; it reports whether a switch was selected.
func (m *Model) actOnSwitch(reset bool) bool {
	table, ok := m.selectedSwitch()
	if !ok {
		return false
	}
	next := m.sc
	name := panel.SwitchName(table)
	if reset {
		if panel.TableOn(table, &m.sc) == panel.TableOn(table, &m.saved) && sameTable(table, &m.sc, &m.saved) {
			m.status = status{kind: statusInfo, text: name + " already has the file's values."}
			return true
		}
		panel.CopyTable(table, &next, &m.saved)
		m.commit(next, name+": "+panel.SwitchValue(table, &m.sc)+" → "+panel.SwitchValue(table, &next)+" (file value)")
		return true
	}
	panel.SetTable(table, &next, !panel.TableOn(table, &m.sc))
	m.commit(next, switchedWords(table, &next))
	if panel.TableOn(table, &m.sc) {
		m.revealTable(table)
	}
	return true
}

// revealTable scrolls the inputs panel down to show the inputs a table just
// switched on brought, as many as fit with its switch still in view.
func (m *Model) revealTable(table string) {
	h := m.layout().inputRows()
	rows := m.inputRows()
	sw := panel.RowOf(rows, panel.SwitchKey(table))
	if h <= 0 || sw < 0 {
		return
	}
	last := sw
	for last+1 < len(rows) && rows[last+1].IsField() && rows[last+1].In == rows[sw].In {
		last++
	}
	top := max(m.inputsTop, last-h+1)
	top = min(top, max(0, sw-1), max(0, len(rows)-h)) // the switch and its heading stay
	m.inputsTop = max(0, top)
}

// switchedWords says what switching a table did.
func switchedWords(table string, s *model.Scenario) string {
	def := model.Default()
	name := panel.SwitchName(table)
	switch {
	case !panel.TableOn(table, s) && table == panel.FinanceTable:
		return name + " off: every figure pre-tax and unlevered; saving comments out [finance]"
	case !panel.TableOn(table, s):
		return name + " off: no BTC balance sheet; saving comments out [treasury]"
	case !sameTable(table, s, &def):
		return name + " on: [" + table + "] with the values it had"
	case table == panel.FinanceTable:
		return name + " on: [finance] at the spec's defaults, no tax and no debt until you set them"
	}
	return name + " on: [treasury] at the spec's defaults: enter the BTC held, the loan and the BTC to sell"
}

// sameTable reports whether a table holds the same values in two scenarios.
func sameTable(table string, a, b *model.Scenario) bool {
	for _, f := range model.Fields() {
		if f.Section() == table && !f.Same(a, b) {
			return false
		}
	}
	return true
}

// switchHint is the status line's text on a table's switch.
func switchHint(table string, s *model.Scenario) string {
	var what []string
	switch {
	case table == panel.FinanceTable && s.HasFinance:
		what = append(what, "[finance]: NPV, IRR and the verdict after tax; equity returns with project debt")
	case table == panel.FinanceTable:
		what = append(what, "No [finance]: every figure pre-tax and unlevered")
	case s.HasTreasury:
		what = append(what, "[treasury]: the BTC-backed loan the sale repays, and its margin call")
	default:
		what = append(what, "No [treasury]: the BTC balance sheet that funds the pivot")
	}
	if panel.TableOn(table, s) {
		what = append(what, "←/→ or enter switches it off")
	} else {
		what = append(what, "←/→ or enter adds it")
	}
	return strings.Join(what, " · ")
}
