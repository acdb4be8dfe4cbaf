package tui

import (
	"strings"
	"testing"
)

// At the smallest terminal, 80x24, the Overview's verdict banner on the
// Cango preset (taxed, half its capex on debt) still says its NPVs are
// after tax (spec §14), whole: "ASIC MINING WINS by $1.23B after tax",
// within the terminal.
func TestVerdictSaysAfterTaxAt80Columns(t *testing.T) {
	m := drive(t, New(Options{Scenario: preset(t, "cango-2026"), PresetName: "cango-2026"}), size(80, 24))
	banner := lineWith(m, "MINING WINS")
	if !strings.Contains(banner, "ASIC MINING WINS by $1.23B after tax") || strings.Contains(banner, "…") {
		t.Errorf("the banner at 80 columns: %q\n%s", banner, screen(m))
	}
	if w := len([]rune(banner)); w > 80 {
		t.Errorf("the banner's line is %d wide", w)
	}
}
