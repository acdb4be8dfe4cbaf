package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/shopspring/decimal"
)

// debugPanicEnv is the dashboard's hidden switch for testing the crash path:
// set to "update", "view" or "command", it panics there on the first key.
const debugPanicEnv = "PIVOT_TUI_DEBUG_PANIC"

// A panic in Update, View or a command gives the terminal back, writes the
// stack trace to a crash file, keeps the unsaved scenario beside it, prints
// one line naming them and exits 1.
func TestPanicGivesTheTerminalBack(t *testing.T) {
	for _, where := range []string{"update", "view", "command"} {
		t.Run(where, func(t *testing.T) {
			cache := t.TempDir()
			s, dir := startE2E(t, []string{"XDG_CACHE_HOME=" + cache, debugPanicEnv + "=" + where})
			s.keys("pivot-tui 2>err.txt; echo EXIT=$?", "Enter")
			s.waitForText("ASIC MINING")
			s.keys("Right")
			if line := s.exitLine(); line != "EXIT=1" {
				t.Errorf("exit line %q, want EXIT=1", line)
			}
			s.restored()

			crashes, _ := filepath.Glob(filepath.Join(cache, "pivot-tui", "pivot-tui-crash-*.log"))
			if len(crashes) != 1 {
				t.Fatalf("want one crash file, found %v", crashes)
			}
			report, _ := os.ReadFile(crashes[0])
			if !strings.Contains(string(report), "forced by "+debugPanicEnv) || !strings.Contains(string(report), "goroutine") {
				t.Errorf("the crash file lacks the panic and its stack:\n%s", report)
			}

			// A panic in View comes after the key's nudge (BTC price
			// 70,000 → 71,000): the unsaved scenario is kept beside the
			// report, and the one line says where. The others panic before
			// any edit, with nothing to keep.
			errText, _ := os.ReadFile(filepath.Join(dir, "err.txt"))
			copies, _ := filepath.Glob(filepath.Join(cache, "pivot-tui", "pivot-tui-crash-*.toml"))
			if where != "view" {
				if len(copies) != 0 {
					t.Errorf("a recovery copy with nothing unsaved: %v", copies)
				}
				return
			}
			if len(copies) != 1 || strings.Count(string(errText), "\n") != 1 ||
				!strings.Contains(string(errText), "your unsaved scenario is in "+copies[0]) {
				t.Fatalf("recovery copies %v, stderr %q", copies, errText)
			}
			kept, err := scenarios.Load(copies[0])
			if err != nil || !kept.Bitcoin.PriceUSD.Equal(decimal.NewFromInt(71_000)) {
				t.Errorf("the recovery copy: %v, BTC price %s, want the nudged 71000", err, kept.Bitcoin.PriceUSD)
			}
		})
	}
}

// SIGTERM, SIGHUP and SIGQUIT end the dashboard through its normal exit.
func TestSignalsExitCleanly(t *testing.T) {
	for _, signal := range []string{"TERM", "HUP", "QUIT"} {
		t.Run(signal, func(t *testing.T) {
			s, dir := startE2E(t, nil)
			// The inner shell writes its pid and becomes pivot-tui, in the foreground.
			s.keys("sh -c 'echo $$ > pid; exec pivot-tui 2>err.txt'; echo EXIT=$?", "Enter")
			s.waitForText("ASIC MINING")
			pid, err := os.ReadFile(filepath.Join(dir, "pid"))
			if err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command("kill", "-"+signal, strings.TrimSpace(string(pid))).CombinedOutput(); err != nil {
				t.Fatalf("kill: %v %s", err, out)
			}
			if line := s.exitLine(); line != "EXIT=0" {
				t.Errorf("exit line %q after SIG%s, want EXIT=0", line, signal)
			}
			s.restored()
			if errText, _ := os.ReadFile(filepath.Join(dir, "err.txt")); len(errText) > 0 {
				t.Errorf("stderr after SIG%s: %q", signal, errText)
			}
		})
	}
}
