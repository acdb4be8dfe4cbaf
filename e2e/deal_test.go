package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// TestDealInTmux works a signed deal as an analyst does: opens the TeraWulf
// preset from a file, adds a phase, changes the contract value, watches the
// derived rate and the verdict move, saves, reopens and finds the same
// figures. Each expected figure is the model's, worked out here from the
// same edits.
func TestDealInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	s.openDashboard("pivot-tui preset terawulf-fluidstack > t.toml && pivot-tui t.toml")
	path := filepath.Join(dir, "t.toml")
	sc, err := scenarios.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	before := model.Evaluate(sc)
	s.waitForAll(derivedRate(before), words.Margin(before))

	// + on phase 1 splits it: two phases of 25 MW live 2026-06, then 200 MW.
	s.selectInput("Phase 1 ")
	s.keys("+")
	s.waitFor("phase 2 added and selected", func(screen string) bool {
		line := lineOf(screen, "›")
		return strings.Contains(screen, "phase 2 added, split from phase 1") &&
			strings.Contains(line, "Phase 2") && strings.Contains(line, "25.0 MW")
	})
	half := decimal.NewFromInt(25)
	sc.AI.Phases = slices.Insert(sc.AI.Phases, 1, model.Phase{MW: half, Live: sc.AI.Phases[0].Live})
	sc.AI.Phases[0].MW = half

	// A lower total rent: the derived rate and the verdict follow.
	s.selectInput("Total rent")
	s.keys("Enter", "C-u")
	s.keys("3000000000", "Enter")
	sc.AI.Colocation.ContractValueUSD = decimal.NewNullDecimal(decimal.NewFromInt(3_000_000_000))
	after := model.Evaluate(sc)
	if words.Margin(after) == words.Margin(before) || derivedRate(after) == derivedRate(before) {
		t.Fatal("the edits move neither the rate nor the verdict: the test checks nothing")
	}
	screen := s.waitForAll(derivedRate(after), words.Margin(after), "Total rent: 3,700,000,000 USD → 3,000,000,000 USD", "● unsaved")
	checkWidth(t, screen, 120)

	s.keys("C-s")
	s.waitForText("Saved ")
	s.keys("q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Fatalf("pivot-tui ended with %s", line)
	}
	s.restored()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tables := 0
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "[[ai.phases]]") {
			tables++
		}
	}
	saved, err := scenarios.Load(path)
	if err != nil || tables != 3 || !samePhases(saved.AI.Phases, sc.AI.Phases) ||
		!saved.AI.Colocation.ContractValueUSD.Decimal.Equal(decimal.NewFromInt(3_000_000_000)) {
		t.Errorf("the saved file (%v) has %d phase tables, phases %v, contract value %v:\n%s",
			err, tables, saved.AI.Phases, saved.AI.Colocation.ContractValueUSD, data)
	}

	// Reopened, the deal shows the same figures.
	s.keys("clear; pivot-tui t.toml; echo EXIT=$?", "Enter")
	screen = s.waitForAll(derivedRate(after), words.Margin(after), "ASIC MINING")
	if strings.Contains(screen, "● unsaved") {
		t.Errorf("the reopened file is marked unsaved:\n%s", screen)
	}
	s.selectInput("Phase 3 live")
	s.keys("q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("pivot-tui ended with %s", line)
	}
}

func samePhases(a, b []model.Phase) bool {
	return slices.EqualFunc(a, b, model.Phase.Equal)
}

// derivedRate is the lease rate a contract value sets, as the card writes it.
func derivedRate(res model.Result) string {
	return format.Price(res.AI.ColoRateUSDPerKWMonth.Decimal, 2, "/kW-mo")
}

// selectInput moves the selection down the inputs panel, then up, until the
// selected row holds label. It presses one key at a time and waits for the
// selection to move, so that no press queued behind a slow frame overshoots.
func (s tmuxSession) selectInput(label string) {
	s.t.Helper()
	selectedRow := func(screen string) string {
		for _, l := range strings.Split(screen, "\n") {
			if strings.HasPrefix(l, "›") {
				return l
			}
		}
		return ""
	}
	for _, key := range []string{"j", "k"} {
		for range 80 {
			row := selectedRow(s.screen())
			if strings.Contains(row, label) {
				return
			}
			s.keys(key)
			moved := false
			deadline := time.Now().Add(3 * time.Second)
			for !moved && time.Now().Before(deadline) {
				time.Sleep(20 * time.Millisecond)
				moved = selectedRow(s.screen()) != row
			}
			if !moved {
				break // the end of the panel: turn back
			}
		}
	}
	s.t.Fatalf("no input %q to select:\n%s", label, s.screen())
}
