package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/shopspring/decimal"
)

// An analyst's habits in the real binary: save and quit at the quit
// question, for a file and for a preset.
func TestSaveAndQuitInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	path := s.saveSite(dir, model.Default())
	s.openDashboard("pivot-tui site.toml")
	s.keys("Right")
	s.waitForText("71,000")
	s.keys("q")
	s.waitForText("s save and quit · y quit without saving · n stay")
	s.keys("s")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("save and quit ended with %q, want EXIT=0", line)
	}
	s.restored()
	if sc, err := scenarios.Load(path); err != nil || sc.Bitcoin.PriceUSD.String() != "71000" {
		t.Errorf("site.toml after save and quit: %v, %v", sc.Bitcoin.PriceUSD, err)
	}

	// A preset has no file: s asks for one, then saves and quits.
	s.keys("clear; pivot-tui; echo EXIT2=$?", "Enter")
	s.waitForText("ASIC MINING")
	s.keys("Right", "q")
	s.waitForText("Unsaved changes:")
	s.keys("s")
	s.waitForText("then quits")
	s.keys("C-u", "board.toml", "Enter")
	screen := s.waitFor("the second exit code", func(screen string) bool { return strings.Contains(screen, "EXIT2=") })
	if !strings.Contains(screen, "EXIT2=0") {
		t.Errorf("save and quit of a preset did not exit 0:\n%s", screen)
	}
	if sc, err := scenarios.Load(filepath.Join(dir, "board.toml")); err != nil || sc.Bitcoin.PriceUSD.String() != "71000" {
		t.Errorf("board.toml after save and quit: %v, %v", sc.Bitcoin.PriceUSD, err)
	}
}

// The inputs on every tab: beside the Treasury at 160 columns, where the
// arrows edit at once; under the Cash flow at 80x24 after i, with the
// ledger following each nudge; esc gives the tab its keys back.
func TestInputsOnEveryTabInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	sc := model.Default()
	sc.HasTreasury = true
	sc.Treasury.BTCHeld = decimal.NewFromInt(7475)
	sc.Treasury.LoanUSD = decimal.NewFromInt(300_000_000)
	sc.Treasury.BTCToSell = decimal.NewFromInt(4451)
	s.saveSite(dir, sc)
	s.run("resize-window", "-t", "e2e", "-x", "160", "-y", "48")
	s.openDashboard("pivot-tui site.toml")
	s.keys("3")
	screen := s.waitForText("Loan-to-value at $70,000")
	if !strings.Contains(screen, "MARKET") {
		t.Fatalf("no inputs beside the Treasury tab at 160 columns:\n%s", screen)
	}
	// $300M / (7,475 × $71,000) = 56.5 %.
	s.keys("Right")
	screen = s.waitForText("Loan-to-value at $71,000")
	if !strings.Contains(screen, "56.5 %") {
		t.Errorf("the treasury does not follow the nudge:\n%s", screen)
	}
	checkWidth(t, screen, 160)

	s.run("resize-window", "-t", "e2e", "-x", "80", "-y", "24")
	s.keys("2")
	s.waitFor("the Cash flow tab at 80x24", func(screen string) bool {
		return strings.Contains(screen, "Cum. cash") && !strings.Contains(screen, "MARKET")
	})
	s.keys("i")
	screen = s.waitForText("INPUTS  rows")
	month1 := lineOf(screen, "2027-01")
	s.keys("Left")
	screen = s.waitFor("the ledger after the nudge", func(screen string) bool {
		return strings.Contains(screen, "BTC price: 71,000 USD → 70,000 USD") && lineOf(screen, "2027-01") != month1
	})
	if !strings.Contains(screen, "ASIC mining") || !strings.Contains(screen, "AI compute") {
		t.Errorf("the ledger above the drawer lost a strategy:\n%s", screen)
	}
	checkWidth(t, screen, 80)
	s.keys("Enter")
	s.waitForText("BTC price (USD) ›")
	s.keys("65k", "Enter")
	s.waitForText("BTC price: 70,000 USD → 65,000 USD")
	s.keys("Escape")
	s.waitFor("the drawer closed", func(screen string) bool { return !strings.Contains(screen, "INPUTS  rows") })
	s.keys("C-z", "C-z", "C-z")
	s.waitForText("Undone: BTC price: 70,000 USD → 71,000 USD")
	s.keys("q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("pivot-tui ended with %q after undoing every edit, want EXIT=0", line)
	}
	s.restored()
}

// The help describes each habit, and scrolls to show them all at 80x24.
func TestHelpDescribesTheHabitsInTmux(t *testing.T) {
	s, _ := startE2E(t, nil)
	s.run("resize-window", "-t", "e2e", "-x", "80", "-y", "24")
	s.openDashboard("pivot-tui")
	s.keys("?")
	screen := s.waitForText("↑↓ scroll, lines 1–")
	if !strings.Contains(screen, "inputs on any tab") {
		t.Errorf("the help's keys lack i:\n%s", screen)
	}
	checkWidth(t, screen, 80)
	s.keys("End")
	screen = s.waitForText("s saves and quits")
	for _, want := range []string{"GB200 NVL72", "opens them under the tab"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the end of the help lacks %q:\n%s", want, screen)
		}
	}
	s.keys("?", "q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("pivot-tui ended with %q, want EXIT=0", line)
	}
}

// Typing replaces the value the editor opens with (enter, 5 gives 5, not
// 700005), the shorthand is understood, and anything else is refused with
// the range, changing nothing.
func TestTypingInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	path := s.saveSite(dir, model.Default())
	s.openDashboard("pivot-tui site.toml")
	s.keys("Enter")
	s.waitForText("BTC price (USD) › 70000")
	s.keys("5", "Enter")
	s.waitForText("BTC price: 70,000 USD → 5 USD")
	s.keys("Enter", "$1.5M", "Enter")
	s.waitForText("BTC price: 5 USD → 1,500,000 USD")
	s.keys("Enter", "Left", "9", "Enter") // ← keeps the value to edit from its start
	s.waitForText("BTC price: 1,500,000 USD → 91,500,000 USD")
	for range 9 { // down to the power price
		s.keys("Down")
	}
	s.keys("Enter")
	s.waitForText("Power price ($/MWh) ›")
	s.keys("45 €/MWh", "Enter")
	s.waitForText("45 €/MWh is not a number: want one in [−1,000, 5,000] $/MWh")
	s.keys("C-u", "52.5 $/mwh", "Enter")
	s.waitForText("Power price: 45.00 $/MWh → 52.50 $/MWh")
	s.keys("C-s")
	s.waitForText("Saved site.toml")
	sc, err := scenarios.Load(path)
	if err != nil || sc.Bitcoin.PriceUSD.String() != "91500000" || sc.Site.PowerPriceUSDPerMWh.String() != "52.5" {
		t.Errorf("the saved file holds %v and %v ($/MWh), %v", sc.Bitcoin.PriceUSD, sc.Site.PowerPriceUSDPerMWh, err)
	}
	s.keys("q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("pivot-tui ended with %q, want EXIT=0", line)
	}
}
