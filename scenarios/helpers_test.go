package scenarios

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// diffScenarios lists every field where got differs from want, comparing
// decimals by value (1.50 equals 1.5). Treasury and finance fields are
// compared only when want has that table: without it they are neither
// written nor read.
func diffScenarios(want, got model.Scenario) []string {
	var diffs []string
	if want.HasTreasury != got.HasTreasury {
		diffs = append(diffs, "HasTreasury")
	}
	if want.HasFinance != got.HasFinance {
		diffs = append(diffs, "HasFinance")
	}
	if len(want.AI.Phases) != len(got.AI.Phases) {
		diffs = append(diffs, fmt.Sprintf("ai.phases: want %d phases, got %d", len(want.AI.Phases), len(got.AI.Phases)))
	} else {
		for i, p := range want.AI.Phases {
			if q := got.AI.Phases[i]; !p.Equal(q) {
				diffs = append(diffs, fmt.Sprintf("ai.phases[%d]: want %s MW from %s, got %s MW from %s", i+1, p.MW, p.Live, q.MW, q.Live))
			}
		}
	}
	for _, f := range model.Fields() {
		if absentTable(f.Section(), want) {
			continue
		}
		if f.Numeric() {
			w, wok := f.Decimal(&want)
			g, gok := f.Decimal(&got)
			if wok != gok || (wok && !w.Equal(g)) {
				diffs = append(diffs, f.Key+": want "+f.Format(&want)+", got "+f.Format(&got))
			}
			continue
		}
		if f.Format(&want) != f.Format(&got) {
			diffs = append(diffs, f.Key+": want "+f.Format(&want)+", got "+f.Format(&got))
		}
	}
	return diffs
}

func assertSameScenario(t *testing.T, want, got model.Scenario) {
	t.Helper()
	for _, d := range diffScenarios(want, got) {
		t.Error(d)
	}
}

// writeTemp writes a file in a fresh folder and returns its path.
func writeTempFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
