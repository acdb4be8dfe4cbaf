package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// An analyst's habits in the real binary: save and quit at the quit
// question, for a file and for a preset.
func TestSaveAndQuitInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	path := filepath.Join(dir, "site.toml")
	if err := scenarios.Save(path, model.Default()); err != nil {
		t.Fatal(err)
	}
	s.keys("pivot-tui site.toml; echo EXIT=$?", "Enter")
	s.waitForText("ASIC MINING")
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
