package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// selectInput walks the inputs panel with ↓, then ↑ from its end, until it
// selects key, as a person would.
func selectInput(t *testing.T, m *Model, key string) *Model {
	t.Helper()
	for _, k := range []string{"down", "up"} {
		for range 150 {
			if m.selKey == key {
				return m
			}
			was := m.selKey
			if m = drive(t, m, keyMsg(k)); m.selKey == was {
				break // the end of the panel
			}
		}
	}
	t.Fatalf("↓ and ↑ never reach %s; the selection stops at %s\n%s", key, m.selKey, screen(m))
	return m
}

// A scenario without [finance] gains one from its switch, at the spec's
// defaults, as one edit that ctrl+z takes back and ctrl+y brings again.
func TestSwitchingFinanceOnIsOneUndoableEdit(t *testing.T) {
	m := drive(t, New(Options{Path: "site.toml"}), size(160, 48))
	m = selectInput(t, m, panel.SwitchKey(panel.FinanceTable))
	if line := lineWith(m, "Tax and debt"); !strings.Contains(line, "off") {
		t.Fatalf("the switch reads %q, want off", line)
	}
	if lineWith(m, "Tax rate") != "" {
		t.Fatal("the finance inputs show while the table is off")
	}
	if hint := lineWith(m, "No [finance]"); !strings.Contains(hint, "adds it") {
		t.Errorf("the hint on the switch says %q", hint)
	}

	m = drive(t, m, keyMsg("right"))
	def := model.Default()
	if !m.sc.HasFinance || !sameTable(panel.FinanceTable, &m.sc, &def) {
		t.Fatalf("→ on the switch gives HasFinance %v with %+v, want the spec's defaults", m.sc.HasFinance, m.sc.Finance)
	}
	if !strings.Contains(lineWith(m, "Tax and debt on"), "no tax and no debt") {
		t.Errorf("the status line says %q", lineWith(m, "Tax and debt"))
	}
	for _, key := range []string{"finance.tax_rate_pct", "finance.gpu_depreciation_years", "finance.debt_pct_of_capex",
		"finance.debt_term_months", "finance.equity_discount_rate_pct"} {
		if panel.RowOf(panel.InputRows(&m.sc), key) < 0 {
			t.Errorf("no %s input once [finance] is on", key)
		}
	}
	if lineWith(m, "Tax rate") == "" {
		t.Errorf("the tax rate is not in view under the switch:\n%s", screen(m))
	}
	if !m.dirty() {
		t.Error("a scenario that gained [finance] is not marked unsaved")
	}

	m = drive(t, m, keyMsg("ctrl+z"))
	if m.sc.HasFinance || m.dirty() {
		t.Fatalf("ctrl+z leaves HasFinance %v, dirty %v", m.sc.HasFinance, m.dirty())
	}
	m = drive(t, m, keyMsg("ctrl+y"))
	if !m.sc.HasFinance {
		t.Fatal("ctrl+y does not bring [finance] back")
	}
}

// Switching [finance] off gives part one's pre-tax, unlevered figures, no
// equity (spec §14), and keeps the table's values for when it comes back;
// enter switches like →.
func TestSwitchingFinanceOffKeepsItsValues(t *testing.T) {
	sc, err := scenarios.Preset("cango-2026")
	if err != nil {
		t.Fatal(err)
	}
	m := drive(t, New(Options{Scenario: sc, PresetName: "cango-2026"}), size(160, 48))
	m.selKey = "finance.debt_rate_pct"
	m = drive(t, m, keyMsg("enter"), keyMsg("ctrl+u"))
	m = drive(t, m, append(typeText("8"), keyMsg("enter"))...)
	if !m.sc.Finance.DebtRatePct.Equal(dec("8")) {
		t.Fatalf("typing the debt rate gave %s", m.sc.Finance.DebtRatePct)
	}
	m = selectInput(t, m, panel.SwitchKey(panel.FinanceTable))
	m = drive(t, m, keyMsg("enter"))
	if m.sc.HasFinance {
		t.Fatal("enter on the switch left [finance] on")
	}
	preTax := sc
	preTax.HasFinance = false
	if want := model.Evaluate(preTax).AI.NPVUSD; !m.res.AI.NPVUSD.Equal(want) || m.res.AI.Equity != nil {
		t.Errorf("AI NPV without [finance] is %s (equity %v), want the pre-tax %s", m.res.AI.NPVUSD, m.res.AI.Equity, want)
	}
	m = drive(t, m, keyMsg("left"))
	if !m.sc.HasFinance || !m.sc.Finance.DebtRatePct.Equal(dec("8")) || !m.sc.Finance.TaxRatePct.Equal(dec("21")) {
		t.Errorf("[finance] came back as %+v", m.sc.Finance)
	}
	if !strings.Contains(lineWith(m, "Tax and debt on"), "the values it had") {
		t.Errorf("the status line says %q", lineWith(m, "Tax and debt"))
	}
}

// An input of a table switched off by an undo leaves the selection on the
// table's switch, not somewhere else in the panel.
func TestUndoingATableKeepsTheSelectionOnItsSwitch(t *testing.T) {
	m := drive(t, New(Options{}), size(120, 40))
	m = selectInput(t, m, panel.SwitchKey(panel.TreasuryTable))
	m = drive(t, m, keyMsg("right"), keyMsg("down"))
	if m.selKey != "treasury.btc_held" {
		t.Fatalf("↓ under the switched-on treasury selects %s", m.selKey)
	}
	m = drive(t, m, keyMsg("ctrl+z"))
	if m.sc.HasTreasury || m.selKey != panel.SwitchKey(panel.TreasuryTable) {
		t.Errorf("after the undo: treasury %v, selected %s", m.sc.HasTreasury, m.selKey)
	}
}

// r on a switch puts the file's table back, values and all.
func TestResetOnASwitchTakesTheFilesTable(t *testing.T) {
	sc := treasuryScenario()
	m := drive(t, New(Options{Scenario: sc, Path: "site.toml"}), size(120, 40))
	m.selKey = "treasury.loan_usd"
	m = drive(t, m, keyMsg("right"))
	m = selectInput(t, m, panel.SwitchKey(panel.TreasuryTable))
	m = drive(t, m, keyMsg("right"))
	if m.sc.HasTreasury {
		t.Fatal("→ left the treasury on")
	}
	m = drive(t, m, keyMsg("r"))
	if !m.sc.HasTreasury || !m.sc.Treasury.LoanUSD.Equal(sc.Treasury.LoanUSD) || m.dirty() {
		t.Errorf("r gave treasury %v with a loan of %s, dirty %v", m.sc.HasTreasury, m.sc.Treasury.LoanUSD, m.dirty())
	}
}

// The default scenario gains [finance] from the dashboard, a tax rate is
// set, ctrl+s saves in place, and the file opens again with both.
func TestAFinanceTableAddedOnScreenIsSavedAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "site.toml")
	if err := scenarios.Save(path, model.Default()); err != nil {
		t.Fatal(err)
	}
	sc, stamp, err := scenarios.LoadStamped(path)
	if err != nil || sc.HasFinance {
		t.Fatalf("the saved defaults load with HasFinance %v: %v", sc.HasFinance, err)
	}
	m := drive(t, New(Options{Scenario: sc, Path: path, Stamp: &stamp}), size(120, 40))
	m = selectInput(t, m, panel.SwitchKey(panel.FinanceTable))
	m = drive(t, m, keyMsg("right"), keyMsg("down"))
	m = drive(t, m, keyMsg("enter"), keyMsg("ctrl+u"))
	m = drive(t, m, append(typeText("21"), keyMsg("enter"), keyMsg("ctrl+s"))...)
	if m.dirty() {
		t.Fatalf("still unsaved after ctrl+s:\n%s", screen(m))
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "\n[finance]") || !strings.Contains(string(data), "tax_rate_pct = 21") {
		t.Errorf("the file lacks the table or its rate:\n%s", data)
	}
	loaded, err := scenarios.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !loaded.HasFinance || !loaded.Finance.TaxRatePct.Equal(dec("21")) {
		t.Errorf("reopened: HasFinance %v, tax %s", loaded.HasFinance, loaded.Finance.TaxRatePct)
	}
	if !model.Evaluate(loaded).AI.NPVUSD.Equal(m.res.AI.NPVUSD) {
		t.Error("the reopened file's NPV differs from the one on screen")
	}
}
