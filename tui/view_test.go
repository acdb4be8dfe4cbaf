package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/pivot-tui/pivot-tui/tui/cells"
)

// The golden files hold the exact frames, styling included (View().Content
// before the terminal's colour profile is applied), so a change to any
// colour, border or alignment shows up as a diff. Refresh them with
//
//	go test ./tui -update
//
// and read the diff before committing.

var goldenSizes = []struct{ w, h int }{{80, 24}, {120, 40}, {160, 48}}

// goldenModel is the default scenario as if opened from a file, at a size
// and on a terminal background.
func goldenModel(t *testing.T, w, h int, background tea.Msg, env ...string) *Model {
	t.Helper()
	m := New(Options{Path: "sites/example.toml", Env: env})
	msgs := []tea.Msg{size(w, h)}
	if background != nil {
		msgs = append(msgs, background)
	}
	return update(t, m, msgs...)
}

func TestGoldenOverview(t *testing.T) {
	for _, theme := range []struct {
		name       string
		background tea.Msg
	}{{"dark", darkBackground}, {"light", lightBackground}} {
		for _, s := range goldenSizes {
			t.Run(fmt.Sprintf("%s_%dx%d", theme.name, s.w, s.h), func(t *testing.T) {
				m := goldenModel(t, s.w, s.h, theme.background)
				golden.RequireEqual(t, m.View().Content)
			})
		}
	}
}

// NO_COLOR: no colour at all, the selection in reverse video, the winner
// in bold with a heavy border.
func TestGoldenNoColor(t *testing.T) {
	for _, s := range goldenSizes {
		t.Run(fmt.Sprintf("%dx%d", s.w, s.h), func(t *testing.T) {
			// A light background must not bring colour back.
			m := goldenModel(t, s.w, s.h, lightBackground, "NO_COLOR=1")
			out := m.View().Content
			golden.RequireEqual(t, out)
			if hasColour(out) {
				t.Error("NO_COLOR view sets a colour")
			}
		})
	}
}

// The other tabs, the help and the prompts, at the common size.
func TestGoldenScreens(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		keys []tea.Msg
	}{
		{"cashflow_120x40", 120, 40, press("2")},
		{"cashflow_scrolled_160x48", 160, 48, press("2", "pgdown")},
		{"cashflow_80x24", 80, 24, press("2")},
		{"treasury_missing_120x40", 120, 40, press("3")},
		{"cashflow_inputs_80x24", 80, 24, press("2", "i", "j", "l")},
		{"gpu_picker_80x24", 80, 24, press(append(strings.Fields(strings.Repeat("j ", 19)), "enter", "j", "j")...)},
		{"treasury_inputs_120x40", 120, 40, press("3", "i")},
		{"help_120x40", 120, 40, press("?")},
		{"help_scrolled_80x24", 80, 24, press("?", "pgdown")},
		{"colocation_120x40", 120, 40, press("m")},
		{"edit_selected_120x40", 120, 40, press("enter")},
		{"edit_prompt_120x40", 120, 40, append(press("enter", "ctrl+u"), typeText("85000")...)},
		{"edit_error_120x40", 120, 40, append(press("enter", "ctrl+u"), append(typeText("-5"), keyMsg("enter"))...)},
		{"nudged_hashprice_120x40", 120, 40, press("j", "j", "j", "j", "j", "l")},
		{"quit_question_80x24", 80, 24, press("l", "q")},
		{"enlarge_79x24", 79, 24, nil},
		{"enlarge_120x23", 120, 23, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := goldenModel(t, tc.w, tc.h, darkBackground)
			m = update(t, m, tc.keys...)
			golden.RequireEqual(t, m.View().Content)
		})
	}
}

func TestGoldenTreasury(t *testing.T) {
	for _, s := range goldenSizes {
		t.Run(fmt.Sprintf("%dx%d", s.w, s.h), func(t *testing.T) {
			m := New(Options{Scenario: treasuryScenario(), Path: "sites/cango.toml"})
			m = update(t, m, size(s.w, s.h), keyMsg("3"))
			golden.RequireEqual(t, m.View().Content)
		})
	}
}

// The Treasury tab with a loan left after the sale that BTC's fall brings
// to its margin call and its liquidation: the months, the Monte Carlo's
// odds once it has run, the LTV chart.
func TestGoldenTreasuryOverTime(t *testing.T) {
	for _, s := range goldenSizes {
		t.Run(fmt.Sprintf("%dx%d", s.w, s.h), func(t *testing.T) {
			m := New(Options{Scenario: fallingTreasury(), Path: "sites/cango.toml"})
			m = drive(t, m, size(s.w, s.h), keyMsg("3"))
			golden.RequireEqual(t, m.View().Content)
		})
	}
}

// Every frame fills the terminal exactly: as many lines as rows, none wider
// than the columns (a wider line would wrap and shift the screen).
func TestFramesFitTheTerminal(t *testing.T) {
	scenarios := map[string]Options{
		"default":   {Path: "sites/example.toml"},
		"treasury":  {Scenario: treasuryScenario()},
		"colo":      {Scenario: colocationScenario()},
		"long":      {Scenario: longScenario()},
		"deal":      {Scenario: preset(t, "terawulf-fluidstack")},
		"loan left": {Scenario: fallingTreasury()},
		"financed":  {Scenario: financedScenario()},
	}
	for name, opts := range scenarios {
		for _, w := range []int{80, 95, 119, 120, 137, 160, 211} {
			for _, h := range []int{24, 31, 40, 48, 60} {
				for _, keys := range [][]tea.Msg{nil, press("2"), press("2", "v"), press("3"), press("?"), press("enter")} {
					m := update(t, New(opts), append([]tea.Msg{size(w, h)}, keys...)...)
					lines := cells.Lines(m.View().Content)
					if len(lines) != h {
						t.Fatalf("%s %dx%d %v: %d lines, want %d", name, w, h, keys, len(lines), h)
					}
					for i, l := range lines {
						if lw := cells.Width(l); lw != w {
							t.Fatalf("%s %dx%d %v: line %d is %d wide, want %d:\n%s", name, w, h, keys, i, lw, w, screen(m))
						}
					}
				}
			}
		}
	}
}
