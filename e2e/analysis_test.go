package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/words"
)

// TestAnalysisTabsInTmux opens the Risk tab of the binary in a real
// terminal, waits for the Monte Carlo computed in the background, changes
// the seed there and waits for the new answer, then opens the Sensitivity
// tab, shrinks the terminal to 80x24 and quits.
func TestAnalysisTabsInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	sc := model.Default()
	sc.Risk.Paths = 2000
	s.saveSite(dir, sc)
	headline := func(seed int64) string {
		sc.Risk.Seed = seed
		r, err := model.MonteCarlo(context.Background(), sc, model.RiskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return words.RiskHeadline(r)
	}

	s.openDashboard("pivot-tui site.toml")
	s.keys("5")
	s.waitForText(headline(1))

	s.keys("Down", "Right") // the seed, 1 → 2
	screen := s.waitForText(headline(2))
	if !strings.Contains(screen, "Seed: 1 → 2") {
		t.Errorf("the status line does not report the edit:\n%s", screen)
	}

	s.keys("4")
	screen = s.waitForText("WHAT MOVES THE ANSWER")
	if !strings.Contains(screen, "this scenario") || !strings.Contains(screen, "[") {
		t.Errorf("the heatmap does not mark the scenario's cell:\n%s", screen)
	}

	sens, err := model.Analyse(context.Background(), sc, model.RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s.run("resize-window", "-t", "e2e", "-x", "80", "-y", "24")
	topSeven := fmt.Sprintf("top 7 of %d", len(sens.Tornado))
	screen = s.waitFor("the Sensitivity tab at 80x24", func(screen string) bool {
		return strings.Contains(screen, "WHAT MOVES THE ANSWER") && strings.Contains(screen, topSeven)
	})
	checkWidth(t, screen, 80)

	s.keys("q")
	s.waitForText("Unsaved changes:")
	s.keys("y")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("pivot-tui ended with %q, want EXIT=0", line)
	}
	s.restored()
}
