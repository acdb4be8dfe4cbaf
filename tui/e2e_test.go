package tui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/pivot-tui/pivot-tui/tui/cells"
)

// buildE2EBinary builds pivot-tui into dir.
func buildE2EBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "pivot-tui")
	build := exec.Command("go", "build", "-o", bin, "./cmd/pivot-tui")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// tmuxSession drives a private tmux server (its own socket), as a person at a
// terminal would.
type tmuxSession struct {
	t      *testing.T
	socket string
	env    []string
}

func (s tmuxSession) run(args ...string) string {
	s.t.Helper()
	cmd := exec.Command("tmux", append([]string{"-L", s.socket, "-f", "/dev/null"}, args...)...)
	cmd.Env = s.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (s tmuxSession) screen() string { return s.run("capture-pane", "-p", "-t", "e2e") }

func (s tmuxSession) keys(keys ...string) {
	s.run(append([]string{"send-keys", "-t", "e2e"}, keys...)...)
}

// waitFor polls the screen until ok accepts it.
func (s tmuxSession) waitFor(what string, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		screen := s.screen()
		if ok(screen) {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s; the screen shows:\n%s", what, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s tmuxSession) waitForText(text string) string {
	s.t.Helper()
	return s.waitFor(fmt.Sprintf("%q", text), func(screen string) bool { return strings.Contains(screen, text) })
}

// startE2E builds pivot-tui into a temporary folder and starts a shell there
// in a private 120x40 tmux session, with extra environment variables.
func startE2E(t *testing.T, extraEnv []string) (tmuxSession, string) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: skipping the end-to-end test (install tmux to run it)")
	}
	dir := t.TempDir()
	buildE2EBinary(t, dir)
	env := append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TERM=xterm-256color", "LANG=C.UTF-8"}, extraEnv...)
	s := tmuxSession{t: t, socket: fmt.Sprintf("pivot-tui-e2e-%d-%s", os.Getpid(), filepath.Base(dir)), env: env}
	s.run("new-session", "-d", "-x", "120", "-y", "40", "-s", "e2e", "-c", dir, "sh")
	t.Cleanup(func() {
		cmd := exec.Command("tmux", "-L", s.socket, "kill-server")
		cmd.Env = env
		_ = cmd.Run()
	})
	s.waitFor("the shell's prompt", func(screen string) bool { return strings.TrimSpace(screen) != "" })
	return s, dir
}

// exitLine waits for the "EXIT=n" line a test's command line prints.
func (s tmuxSession) exitLine() string {
	s.t.Helper()
	screen := s.waitFor("the exit code", func(screen string) bool {
		for _, l := range strings.Split(screen, "\n") {
			if strings.HasPrefix(l, "EXIT=") {
				return true
			}
		}
		return false
	})
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, "EXIT=") {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

// restored checks the shell's screen is back: not the alternate screen.
func (s tmuxSession) restored() {
	s.t.Helper()
	if mode := strings.TrimSpace(s.run("display-message", "-p", "-t", "e2e", "#{alternate_on}")); mode != "0" {
		s.t.Errorf("the pane is still in the alternate screen (alternate_on=%s)", mode)
	}
	if screen := s.screen(); strings.Contains(screen, "Cumulative cash") {
		s.t.Errorf("the dashboard is still on the screen:\n%s", screen)
	}
}

// TestEndToEndInTmux builds pivot-tui, opens a scenario file in a real
// terminal (tmux), nudges, undoes, resizes to 80x24 and quits, then checks
// the exit code and that the shell's screen is back.
func TestEndToEndInTmux(t *testing.T) {
	s, dir := startE2E(t, nil)
	if err := scenarios.Save(filepath.Join(dir, "site.toml"), model.Default()); err != nil {
		t.Fatal(err)
	}

	s.keys("./pivot-tui site.toml; echo EXIT=$?", "Enter")
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
		return len(lines) <= 24 && strings.Contains(screen, "Revenue yr 1") && !strings.Contains(screen, "╭") // no boxed cards
	})
	for i, l := range strings.Split(screen, "\n") {
		if w := cells.Width(l); w > 80 {
			t.Errorf("line %d is %d wide at 80x24", i, w)
		}
	}

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
	if !strings.Contains(screen, "./pivot-tui site.toml") || strings.Contains(screen, "Cumulative cash") {
		t.Errorf("the terminal was not restored:\n%s", screen)
	}
	if mode := strings.TrimSpace(s.run("display-message", "-p", "-t", "e2e", "#{alternate_on}")); mode != "0" {
		t.Errorf("the pane is still in the alternate screen (alternate_on=%s)", mode)
	}
}
