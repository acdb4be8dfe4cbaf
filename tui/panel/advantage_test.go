package panel

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// Mining's leads reach left of the zero line, AI's right, on one scale:
// a lead of $100M fills its side, $50M half of it.
func TestAdvantageBarsSides(t *testing.T) {
	bars := AdvantageBars{
		St:     theme.New(theme.Mono), // whole cells: the widths can be counted
		Labels: []string{"Base", "Bull", "Bear"},
		Values: []decimal.Decimal{decimal.NewFromInt(-100_000_000), decimal.NewFromInt(-50_000_000), decimal.NewFromInt(100_000_000)},
	}
	const w = 60
	h := AdvantageBarsHeight(3)
	out := bars.Render(w, h)
	lines := strings.Split(ansi.Strip(out), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines, want 3 bars, 2 rows between and the axis:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for i, l := range cells.Lines(out) {
		if cells.Width(l) != w {
			t.Errorf("line %d is %d wide", i, cells.Width(l))
		}
	}
	column := func(l string) int { return len([]rune(l[:max(0, strings.IndexRune(l, '│'))])) }
	centreCol := column(lines[0])
	for i, l := range lines[:5] {
		if c := column(l); c != centreCol || !strings.ContainsRune(l, '│') {
			t.Errorf("line %d has the zero line at column %d, not %d: %q", i, c, centreCol, l)
		}
	}
	count := func(s string) int { return strings.Count(s, "▒") + strings.Count(s, "█") }
	mining := []rune(lines[0])
	left, right := string(mining[:centreCol]), string(mining[centreCol+1:])
	if count(right) != 0 || !strings.Contains(left, "−$100.0M ") {
		t.Errorf("mining's lead is not drawn left: %q", lines[0])
	}
	full, halfBar := count(left), count(string([]rune(lines[2])[:centreCol]))
	if full == 0 || halfBar != (full+1)/2 && halfBar != full/2 {
		t.Errorf("$50M draws %d cells against $100M's %d", halfBar, full)
	}
	ai := []rune(lines[4])
	if count(string(ai[:centreCol])) != 0 || count(string(ai[centreCol+1:])) != full || !strings.Contains(lines[4], " $100.0M") {
		t.Errorf("AI's lead is not drawn right as long as mining's: %q", lines[4])
	}
	if axis := lines[5]; !strings.Contains(axis, "← mining leads") || !strings.Contains(axis, "$0") || !strings.Contains(axis, "AI leads →") {
		t.Errorf("axis %q", axis)
	}
}
