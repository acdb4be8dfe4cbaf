package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/shopspring/decimal"
)

// A crash with unsaved edits writes the scenario on screen beside the
// crash report, and the one line printed names both; a crash with nothing
// unsaved writes no copy.
func TestCrashKeepsUnsavedEdits(t *testing.T) {
	for _, where := range []string{"update", "view", "command"} {
		t.Run(where, func(t *testing.T) {
			t.Setenv("XDG_CACHE_HOME", t.TempDir())
			m := New(Options{})
			m = update(t, m, size(120, 40))
			m.sc.Site.PowerMW = decimal.NewFromInt(60) // an edit not yet saved
			g := newGuard(m, []string{debugPanicEnv + "=" + where})
			g.quit = func() {}
			crashWith(t, g, where)
			if g.crash == nil || g.crash.File == "" {
				t.Fatalf("no crash report: %+v", g.crash)
			}
			if g.crash.Recovery == "" {
				t.Fatalf("no recovery copy: %v", g.crash)
			}
			if line := g.crash.Error(); !strings.Contains(line, g.crash.File) || !strings.Contains(line, g.crash.Recovery) || strings.Contains(line, "\n") {
				t.Errorf("the line %q does not name both files", line)
			}
			s, err := scenarios.Load(g.crash.Recovery)
			if err != nil {
				t.Fatal(err)
			}
			if !s.Site.PowerMW.Equal(decimal.NewFromInt(60)) {
				t.Errorf("the recovery copy holds %s MW, want the unsaved 60", s.Site.PowerMW)
			}
		})
	}
	t.Run("nothing unsaved", func(t *testing.T) {
		cache := t.TempDir()
		t.Setenv("XDG_CACHE_HOME", cache)
		g := newGuard(update(t, New(Options{}), size(120, 40)), []string{debugPanicEnv + "=update"})
		crashWith(t, g, "update")
		if g.crash == nil || g.crash.Recovery != "" || strings.Contains(g.crash.Error(), ".toml") {
			t.Errorf("crash %v: want a report and no recovery copy", g.crash)
		}
		if entries, _ := os.ReadDir(cache + "/pivot-tui"); len(entries) != 1 {
			t.Errorf("the cache holds %d files, want the crash report alone", len(entries))
		}
	})
}

// crashWith makes the guard's model panic in Update, View or a command,
// as the hidden switch does, and delivers the command's crash as the
// program would.
func crashWith(t *testing.T, g *guard, where string) {
	t.Helper()
	_, cmd := g.Update(keyMsg("right"))
	switch where {
	case "view":
		g.View()
	case "command":
		if cmd == nil {
			t.Fatal("no command to run")
		}
		g.Update(cmd())
	}
}
