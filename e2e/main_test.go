package e2e

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// binDir holds the pivot-tui binary every test runs, built once by TestMain;
// skip says why there is none.
var binDir, skip string

// sessions counts the tmux sessions started, to name their sockets.
var sessions int

// TestMain builds pivot-tui once for every test in the package, unless the
// tests are skipped (-short, or no tmux to drive it).
func TestMain(m *testing.M) {
	flag.Parse()
	switch _, err := exec.LookPath("tmux"); {
	case testing.Short():
		skip = "end-to-end test skipped in -short mode"
	case err != nil:
		skip = "tmux is not installed: skipping the end-to-end test (install tmux to run it)"
	}
	if skip != "" {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "pivot-tui-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "pivot-tui"), "./cmd/pivot-tui")
	build.Dir = ".." // the module's root
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
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

// saveSite writes sc as site.toml in the session's folder and returns its
// path.
func (s tmuxSession) saveSite(dir string, sc model.Scenario) string {
	s.t.Helper()
	path := filepath.Join(dir, "site.toml")
	if err := scenarios.Save(path, sc); err != nil {
		s.t.Fatal(err)
	}
	return path
}

// openDashboard runs a shell command line that ends in the dashboard, with
// its exit code echoed after it, and waits for the dashboard's cards.
func (s tmuxSession) openDashboard(command string) string {
	s.t.Helper()
	s.keys(command+"; echo EXIT=$?", "Enter")
	return s.waitForText("ASIC MINING")
}

// waitForAll waits for a frame that holds every text: a frame still being
// drawn may hold some of them already.
func (s tmuxSession) waitForAll(texts ...string) string {
	s.t.Helper()
	return s.waitFor(fmt.Sprintf("%q", texts), func(screen string) bool {
		for _, text := range texts {
			if !strings.Contains(screen, text) {
				return false
			}
		}
		return true
	})
}

func (s tmuxSession) waitForText(text string) string {
	s.t.Helper()
	return s.waitFor(fmt.Sprintf("%q", text), func(screen string) bool { return strings.Contains(screen, text) })
}

// startE2E starts a shell in a temporary folder in a private 120x40 tmux
// session, with pivot-tui on its PATH and extra environment variables.
func startE2E(t *testing.T, extraEnv []string) (tmuxSession, string) {
	t.Helper()
	if skip != "" {
		t.Skip(skip)
	}
	dir := t.TempDir()
	env := append([]string{"PATH=" + binDir + string(os.PathListSeparator) + os.Getenv("PATH"),
		"HOME=" + dir, "TERM=xterm-256color", "LANG=C.UTF-8"}, extraEnv...)
	sessions++ // a socket of its own: a server still shutting down never answers for the next
	s := tmuxSession{t: t, socket: fmt.Sprintf("pivot-tui-e2e-%d-%d", os.Getpid(), sessions), env: env}
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

// checkWidth fails for any screen line wider than w cells.
func checkWidth(t *testing.T, screen string, w int) {
	t.Helper()
	for i, l := range strings.Split(screen, "\n") {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("line %d is %d wide at %d columns", i, n, w)
		}
	}
}
