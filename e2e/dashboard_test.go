package e2e

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// TestEndToEndInTmux opens a scenario file in a real
// terminal (tmux), nudges, undoes, resizes to 80x24 and quits, then checks
// the exit code and that the shell's screen is back.
func TestEndToEndInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	s.saveSite(dir, model.Default())

	s.keys("pivot-tui site.toml; echo EXIT=$?", "Enter")
	s.waitFor("the dashboard", func(screen string) bool {
		return strings.Contains(screen, "ASIC MINING") && strings.Contains(screen, "70,000")
	})

	s.keys("Right")
	screen := s.waitForText("71,000")
	if !strings.Contains(screen, "● unsaved") {
		t.Errorf("no unsaved marker after a nudge:\n%s", screen)
	}

	s.keys("C-z")
	screen = s.waitFor("the undo", func(screen string) bool {
		return strings.Contains(screen, "Undone") && strings.Contains(screen, "70,000")
	})
	if strings.Contains(screen, "● unsaved") {
		t.Errorf("still unsaved after undoing the only edit:\n%s", screen)
	}

	s.run("resize-window", "-t", "e2e", "-x", "80", "-y", "24")
	screen = s.waitFor("the compact layout at 80x24", func(screen string) bool {
		lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
		return len(lines) <= 24 && strings.Contains(screen, "EBITDA 12 live") && !strings.Contains(screen, "╭") // no boxed cards
	})
	checkWidth(t, screen, 80)

	s.keys("q")
	// The command line itself says "EXIT=$?": wait for the line echo prints.
	screen = s.waitFor("the exit code", func(screen string) bool {
		for _, l := range strings.Split(screen, "\n") {
			if strings.HasPrefix(l, "EXIT=") {
				return true
			}
		}
		return false
	})
	if !strings.Contains(screen, "EXIT=0") {
		t.Errorf("pivot-tui did not exit with 0:\n%s", screen)
	}
	// The alternate screen is gone: the shell's own screen, with the command
	// line typed at the start, is back.
	if !strings.Contains(screen, "pivot-tui site.toml") || strings.Contains(screen, "Cumulative cash") {
		t.Errorf("the terminal was not restored:\n%s", screen)
	}
	if mode := strings.TrimSpace(s.run("display-message", "-p", "-t", "e2e", "#{alternate_on}")); mode != "0" {
		t.Errorf("the pane is still in the alternate screen (alternate_on=%s)", mode)
	}
}
