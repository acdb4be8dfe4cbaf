package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// From InputsBesideWidth the inputs panel sits beside every tab. Beside the
// Treasury, which has no keys of its own, ↑↓←→ edit at once and the tab
// follows every edit.
func TestInputsBesideTheTreasury(t *testing.T) {
	m := update(t, New(Options{Scenario: treasuryScenario(), Path: "sites/cango.toml"}), size(InputsBesideWidth, 48), keyMsg("3"))
	if !strings.Contains(screen(m), "MARKET") || !strings.Contains(screen(m), "BTC-backed loan") {
		t.Fatalf("the inputs panel is not beside the Treasury tab:\n%s", screen(m))
	}
	// The BTC price, $70,000 → $71,000: the loan-to-value on the tab follows.
	// 300,000,000 / (7,475 × 71,000) = 56.53 %.
	m = update(t, m, press("right")...)
	if !m.sc.Bitcoin.PriceUSD.Equal(dec("71000")) {
		t.Fatalf("→ beside the Treasury gave a BTC price of %s", m.sc.Bitcoin.PriceUSD)
	}
	if !strings.Contains(lineWith(m, "Loan-to-value"), "56.5 %") {
		t.Errorf("the Treasury tab did not follow the edit:\n%s", lineWith(m, "Loan-to-value"))
	}
	// Down to the BTC to sell, and ten steps of 100 BTC fewer.
	m.selKey = "treasury.btc_to_sell"
	m = update(t, m, press("shift+left")...)
	if !m.sc.Treasury.BTCToSell.Equal(dec("3451")) || !strings.Contains(lineWith(m, "BTC sold at"), "3,451.00 BTC") {
		t.Errorf("BTC to sell %s; the tab shows %q", m.sc.Treasury.BTCToSell, lineWith(m, "BTC sold at"))
	}
	// One undo per edit, made from any tab.
	m = update(t, m, press("ctrl+z", "ctrl+z")...)
	if m.dirty() {
		t.Error("two undos do not restore the file's scenario")
	}
	// Below the width the panel is not drawn unasked.
	m = update(t, m, size(InputsBesideWidth-1, 48))
	if strings.Contains(screen(m), "MARKET") {
		t.Errorf("the inputs panel shows beside the Treasury at %d columns", InputsBesideWidth-1)
	}
	if m = update(t, m, press("right")...); m.dirty() {
		t.Error("→ on the Treasury edited an input the screen does not show")
	}
}

// Where the panel does not fit beside a tab, i opens it under the tab as a
// drawer with the keys; the tab keeps every column, follows each edit, and
// gets its own keys back with esc.
func TestInputsUnderTheCashFlowAt80x24(t *testing.T) {
	m := update(t, New(Options{Path: "sites/example.toml"}), size(80, 24), keyMsg("2"))
	if strings.Contains(screen(m), "MARKET") {
		t.Fatal("the inputs panel shows on the Cash flow tab before i")
	}
	m = update(t, m, press("down")...) // scrolls the ledger
	if m.ledgerTop != 1 {
		t.Fatalf("↓ on the Cash flow tab scrolled to %d, want 1", m.ledgerTop)
	}
	month1 := lineWith(m, "2027-01")
	m = update(t, m, press("i")...)
	out := screen(m)
	if !strings.Contains(out, "INPUTS  rows 1–8 of") || !strings.Contains(out, "› BTC price") {
		t.Fatalf("i does not open the inputs under the tab:\n%s", out)
	}
	if !strings.Contains(out, "ASIC mining") || !strings.Contains(out, "AI compute") || lineWith(m, "2027-01") != month1 {
		t.Errorf("the ledger above the drawer lost columns:\n%s", out)
	}
	// → nudges the BTC price; the ledger's month 1 is the new scenario's.
	m = update(t, m, press("right")...)
	ebitda := format.USDShort(m.res.Mining.Months[0].EBITDAUSD)
	if !m.sc.Bitcoin.PriceUSD.Equal(dec("71000")) || !strings.Contains(lineWith(m, "2027-01"), ebitda) || lineWith(m, "2027-01") == month1 {
		t.Fatalf("after →: BTC price %s, month 1 %q, want mining EBITDA %s", m.sc.Bitcoin.PriceUSD, lineWith(m, "2027-01"), ebitda)
	}
	// ↓ selects the next input, and the ledger stays where it was.
	m = update(t, m, press("down", "right")...)
	if m.ledgerTop != 1 || !m.sc.Bitcoin.PriceGrowthPctPerYear.Equal(dec("5")) {
		t.Fatalf("with the drawer open: ledger at %d, BTC growth %s", m.ledgerTop, m.sc.Bitcoin.PriceGrowthPctPerYear)
	}
	// The drawer follows the selection down the list.
	m.selKey = "ai.gpu.utilization_pct"
	m.keepInView()
	if !strings.Contains(screen(m), "› Utilization") {
		t.Errorf("the drawer does not scroll to the selection:\n%s", screen(m))
	}
	m.selKey = "bitcoin.price_growth_pct_per_year"
	m.keepInView()
	// Typing works there too.
	m = update(t, m, press("enter")...)
	m = update(t, m, typeText("10%")...)
	m = update(t, m, press("enter")...)
	if !m.sc.Bitcoin.PriceGrowthPctPerYear.Equal(dec("10")) {
		t.Fatalf("typed 10%% over the Cash flow tab: growth %s", m.sc.Bitcoin.PriceGrowthPctPerYear)
	}
	// Three edits, three undos.
	if len(m.hist.past) != 3 {
		t.Errorf("%d edits in the history, want 3", len(m.hist.past))
	}
	// esc hands the keys back: ↓ scrolls again, and the drawer is gone.
	m = update(t, m, press("esc", "down")...)
	if strings.Contains(screen(m), "INPUTS") || m.ledgerTop != 2 {
		t.Errorf("after esc: ledger at %d, panel shown %v", m.ledgerTop, strings.Contains(screen(m), "MARKET"))
	}
	// Every frame still fits the terminal.
	for _, keys := range [][]string{{"i"}, {"3", "i"}, {"4", "i"}, {"5", "i"}} {
		m := update(t, New(Options{Path: "sites/example.toml"}), append(press(keys...), size(80, 24))...)
		lines := strings.Split(m.View().Content, "\n")
		if len(lines) != 24 {
			t.Errorf("%v: %d lines", keys, len(lines))
		}
		for i, l := range lines {
			if w := cells.Width(l); w != 80 {
				t.Errorf("%v: line %d is %d wide", keys, i, w)
			}
		}
	}
}

// On the Risk tab the keys edit its assumptions until i gives them to the
// inputs panel; the selection shows in one panel only.
func TestInputsOnTheRiskTab(t *testing.T) {
	m := update(t, New(Options{Scenario: riskTestScenario(), Path: "sites/risk.toml"}), size(160, 48), keyMsg("5"))
	m = update(t, m, press("down")...)
	if m.riskKey != "risk.seed" || m.selKey != "bitcoin.price_usd" {
		t.Fatalf("↓ on the Risk tab: assumption %q, input %q", m.riskKey, m.selKey)
	}
	if !strings.Contains(screen(m), "› Seed") || strings.Contains(screen(m), "› BTC price") && m.inputsActive() {
		t.Errorf("the Risk tab's assumption is not the one selected:\n%s", screen(m))
	}
	m = update(t, m, press("i", "down", "right")...)
	if m.riskKey != "risk.seed" || m.selKey != "bitcoin.price_growth_pct_per_year" || !m.sc.Bitcoin.PriceGrowthPctPerYear.Equal(dec("5")) {
		t.Fatalf("with the panel's keys: assumption %q, input %q, growth %s", m.riskKey, m.selKey, m.sc.Bitcoin.PriceGrowthPctPerYear)
	}
	if strings.Contains(screen(m), "› Seed") {
		t.Error("the Risk tab's assumption still shows selected while the inputs panel has the keys")
	}
	m = update(t, m, press("esc", "right")...)
	if m.sc.Risk.Seed != 2 {
		t.Errorf("after esc, → set the seed to %d, want 2", m.sc.Risk.Seed)
	}
}

// An edit made over the Sensitivity tab recomputes its analysis, as an
// edit of its own would.
func TestInputsOverTheSensitivityRecompute(t *testing.T) {
	m := New(Options{Scenario: frontierScenario(), Path: "sites/frontier.toml",
		AnalysisDebounce: time.Microsecond, ProgressTick: time.Microsecond})
	m = drive(t, m, size(80, 24), keyMsg("4"))
	first := m.analyses.sensRev
	if first != m.rev {
		t.Fatal("the Sensitivity tab did not compute")
	}
	m.selKey = "ai.gpu.rental_usd_per_gpu_hour"
	m = drive(t, m, keyMsg("i"), keyMsg("right"))
	if !m.sc.AI.GPU.RentalUSDPerGPUHour.Equal(dec("3.55")) {
		t.Fatalf("→ over the Sensitivity tab: GPU rate %s", m.sc.AI.GPU.RentalUSDPerGPUHour)
	}
	if m.analyses.sensRev != m.rev || m.analyses.sensRev == first {
		t.Fatal("the sensitivity analysis was not recomputed for the edit")
	}
	want := model.Evaluate(m.sc)
	if !m.analyses.sens.Heatmap.ScenarioAdvantageUSD.Equal(want.AI.NPVUSD.Sub(want.Mining.NPVUSD)) {
		t.Error("the heatmap's own cell is not the edited scenario's AI − mining NPV")
	}
}

// A click in the panel, wherever it shows, selects the input and gives the
// panel the keys; the wheel over it moves the selection.
func TestInputsPanelMouse(t *testing.T) {
	m := update(t, New(Options{Path: "sites/example.toml"}), size(160, 48), keyMsg("2"))
	rows := panel.InputRows(&m.sc)
	l := m.layout()
	y := l.inputs.y + panel.RowOf(rows, "site.power_mw")
	m = update(t, m, clickAt(5, y))
	if m.selKey != "site.power_mw" || !m.inputsActive() {
		t.Fatalf("a click on Power selected %q (panel has the keys: %v)", m.selKey, m.inputsActive())
	}
	m = update(t, m, wheelDownAt(5, y))
	if m.selKey != "site.power_price_usd_per_mwh" || m.ledgerTop != 0 {
		t.Errorf("the wheel over the panel: input %q, ledger at %d", m.selKey, m.ledgerTop)
	}

	// In the drawer at 80x24, the second column starts four rows down the
	// list: its first line is the Hashrate growth.
	m = update(t, New(Options{Path: "sites/example.toml"}), size(80, 24), keyMsg("2"), keyMsg("i"))
	l = m.layout()
	m = update(t, m, clickAt(panel.InputsWidth+3, l.inputs.y))
	if m.selKey != "bitcoin.hashrate_growth_pct_per_year" {
		t.Errorf("a click on the drawer's second column selected %q", m.selKey)
	}
	m = update(t, m, clickAt(3, l.inputs.y)) // the MARKET heading
	if m.selKey != "bitcoin.hashrate_growth_pct_per_year" {
		t.Errorf("a click on a heading selected %q", m.selKey)
	}
}

func clickAt(x, y int) tea.Msg {
	return tea.MouseClickMsg(tea.Mouse{X: x, Y: y, Button: tea.MouseLeft})
}

func wheelDownAt(x, y int) tea.Msg {
	return tea.MouseWheelMsg(tea.Mouse{X: x, Y: y, Button: tea.MouseWheelDown})
}
