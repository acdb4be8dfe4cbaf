package tui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/shopspring/decimal"
)

// frontierScenario rents GPUs at $3.50 an hour, near the $3.88 break-even,
// so the heatmap's frontier crosses it and the Monte Carlo splits both
// ways; 500 paths keep the tests quick.
func frontierScenario() model.Scenario {
	s := riskTestScenario()
	s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("3.50")
	return s
}

// analysedModel opens frontierScenario at a size and background, switches
// to a tab and runs its computation to the end.
func analysedModel(t *testing.T, w, h int, background tea.Msg, tabKey string, env ...string) *Model {
	t.Helper()
	m := New(Options{Scenario: frontierScenario(), Path: "sites/frontier.toml", Env: env,
		AnalysisDebounce: time.Microsecond, ProgressTick: time.Microsecond}) // no waiting in real time
	msgs := []tea.Msg{size(w, h)}
	if background != nil {
		msgs = append(msgs, background)
	}
	return drive(t, m, append(msgs, keyMsg(tabKey))...)
}

// The Sensitivity and Risk tabs after their computations, at the three
// sizes in the dark theme, and at 120x40 light and without colour.
func TestGoldenAnalysisTabs(t *testing.T) {
	for _, tc := range []struct{ name, key string }{{"sensitivity", "4"}, {"risk", "5"}} {
		for _, s := range goldenSizes {
			t.Run(fmt.Sprintf("%s_dark_%dx%d", tc.name, s.w, s.h), func(t *testing.T) {
				m := analysedModel(t, s.w, s.h, darkBackground, tc.key)
				golden.RequireEqual(t, m.View().Content)
			})
		}
		t.Run(tc.name+"_light_120x40", func(t *testing.T) {
			m := analysedModel(t, 120, 40, lightBackground, tc.key)
			golden.RequireEqual(t, m.View().Content)
		})
		t.Run(tc.name+"_nocolor_120x40", func(t *testing.T) {
			m := analysedModel(t, 120, 40, lightBackground, tc.key, "NO_COLOR=1")
			out := m.View().Content
			golden.RequireEqual(t, out)
			if hasColour(out) {
				t.Error("NO_COLOR view sets a colour")
			}
		})
	}
}

// Both tabs fill the terminal exactly, while computing and after, for
// every scenario shape and size the other tabs are checked at.
func TestAnalysisFramesFitTheTerminal(t *testing.T) {
	long := longScenario()
	long.Risk.Paths = 200
	colo := colocationScenario()
	colo.Risk.Paths = 200
	scenarios := map[string]model.Scenario{"frontier": frontierScenario(), "colo": colo, "long": long}
	for name, sc := range scenarios {
		for _, key := range []string{"4", "5"} {
			// Computed once at the largest size; smaller frames reuse it.
			done := drive(t, New(Options{Scenario: sc}), size(211, 60), keyMsg(key))
			for _, w := range []int{80, 95, 119, 120, 137, 160, 211} {
				for _, h := range []int{24, 31, 40, 48, 60} {
					pending, _ := step(t, New(Options{Scenario: sc}), size(w, h))
					pending, _ = step(t, pending, keyMsg(key))
					for state, m := range map[string]*Model{"pending": pending, "done": update(t, done, size(w, h))} {
						lines := cells.Lines(m.View().Content)
						if len(lines) != h {
							t.Fatalf("%s tab %s %s %dx%d: %d lines, want %d", name, key, state, w, h, len(lines), h)
						}
						for i, l := range lines {
							if lw := cells.Width(l); lw != w {
								t.Fatalf("%s tab %s %s %dx%d: line %d is %d wide, want %d:\n%s", name, key, state, w, h, i, lw, w, screen(m))
							}
						}
					}
				}
			}
		}
	}
}
