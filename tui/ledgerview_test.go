package tui

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// On the Cash flow tab of a scenario with [finance], v switches the ledger
// to the tax and debt columns and back; without [finance] v does nothing
// and is not offered.
func TestVSwitchesTheLedgerToTaxAndDebt(t *testing.T) {
	sc, err := scenarios.Preset("cango-2026")
	if err != nil {
		t.Fatal(err)
	}
	m := drive(t, New(Options{Scenario: sc, PresetName: "cango-2026"}), size(120, 40), keyMsg("2"))
	if lineWith(m, "Revenue") == "" || !strings.Contains(lineWith(m, "ctrl+z"), "v tax & debt") {
		t.Fatalf("the Cash flow tab before v:\n%s", screen(m))
	}
	m = drive(t, m, keyMsg("v"))
	if head := lineWith(m, "Deprec."); !strings.Contains(head, "Interest") || !strings.Contains(head, "Equity cash") {
		t.Fatalf("after v:\n%s", screen(m))
	}
	if !strings.Contains(lineWith(m, "ctrl+z"), "v operations") || !strings.Contains(lineWith(m, "depreciation, tax"), "v: the operations") {
		t.Errorf("the keys and the hint after v:\n%s", screen(m))
	}
	m = drive(t, m, keyMsg("v"))
	if lineWith(m, "Revenue") == "" || lineWith(m, "Deprec.") != "" {
		t.Errorf("v again:\n%s", screen(m))
	}

	m = drive(t, New(Options{Scenario: model.Default()}), size(120, 40), keyMsg("2"), keyMsg("v"))
	if lineWith(m, "Deprec.") != "" || strings.Contains(lineWith(m, "ctrl+z"), "tax & debt") {
		t.Errorf("v without [finance]:\n%s", screen(m))
	}
}
