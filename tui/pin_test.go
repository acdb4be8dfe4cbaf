package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// cardLine is the rendered line of the mining card (the left one) that
// holds label, with its styles.
func cardLine(t *testing.T, m *Model, label string) string {
	t.Helper()
	for _, l := range strings.Split(m.View().Content, "\n") {
		if i := strings.Index(l, label); i >= 0 && strings.Contains(ansi.Strip(l), "│ │") {
			return l[i:]
		}
	}
	t.Fatalf("no card line holds %q:\n%s", label, screen(m))
	return ""
}

// p pins the scenario; every figure of the cards then shows its change
// against it, with a sign and the colour of better or worse, while the
// inputs change and other files open, until p drops the pin.
func TestPinShowsChangesAgainstTheBaseline(t *testing.T) {
	m := opened(t)
	m = update(t, m, press("p")...)
	if !strings.Contains(lineWith(m, "pivot-tui"), "◆ vs pinned Example site") {
		t.Fatalf("the header does not name the pin: %q", lineWith(m, "pivot-tui"))
	}
	if !strings.Contains(lineWith(m, "Pinned Example site"), "p drops the pin") {
		t.Errorf("status: %q", lineWith(m, "Pinned"))
	}
	if l := lineWith(m, "NPV"); strings.Count(l, "±0") != 2 {
		t.Errorf("the scenario against itself changes: %q", l)
	}
	base := m.res

	// $1,000 more per BTC: mining's NPV rises, for the better (green).
	m = update(t, m, press("right")...)
	rise := m.res.Mining.NPVUSD.Sub(base.Mining.NPVUSD)
	if !rise.IsPositive() {
		t.Fatalf("mining NPV moved by %s", rise)
	}
	want := "+" + format.USDShort(rise)
	if line := cardLine(t, m, "NPV"); !strings.Contains(line, m.st.Better.Render(want)) {
		t.Errorf("mining's NPV line lacks %q in the better colour: %q", want, line)
	}
	if !strings.Contains(lineWith(m, "pivot-tui"), "◆ vs pinned Example site") {
		t.Error("an edit dropped the pin")
	}

	// Another file keeps the pin: a 20 MW site needs less capex, for the
	// better; it earns less, for the worse.
	small := filepath.Join(t.TempDir(), "small.toml")
	if err := os.WriteFile(small, []byte("name = \"Small\"\n[site]\npower_mw = 20\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m = update(t, m, press("ctrl+z")...)
	m = drive(t, m, press("o", "ctrl+u")...)
	m = drive(t, m, typeText(small)...)
	m = drive(t, m, press("enter")...)
	if m.sc.Name != "Small" || m.pin == nil {
		t.Fatalf("opened %q, pin %v", m.sc.Name, m.pin != nil)
	}
	capex := "−" + format.USDShort(base.Mining.CapexUSD.Sub(m.res.Mining.CapexUSD))
	if line := cardLine(t, m, "Capex"); !strings.Contains(line, m.st.Better.Render(capex)) {
		t.Errorf("capex line lacks %q in the better colour: %q", capex, line)
	}
	revenue := "−" + format.USDShort(base.Mining.FirstYearRevenueUSD.Sub(m.res.Mining.FirstYearRevenueUSD))
	if line := cardLine(t, m, "Revenue 12 live"); !strings.Contains(line, m.st.Worse.Render(revenue)) {
		t.Errorf("revenue line lacks %q in the worse colour: %q", revenue, line)
	}

	// The compact table shows the changes at 100 columns, arrows at 80.
	m = update(t, m, size(100, 30))
	if l := lineWith(m, "Capex"); !strings.Contains(l, capex) {
		t.Errorf("the compact table at 100 columns: %q", l)
	}
	m = update(t, m, size(80, 24))
	if l := lineWith(m, "Capex"); !strings.Contains(l, "▼") {
		t.Errorf("the compact table at 80 columns: %q", l)
	}

	m = update(t, m, size(120, 40))
	m = update(t, m, press("p")...)
	if m.pin != nil || strings.Contains(screen(m), "◆ vs pinned") || strings.Contains(screen(m), "±0") {
		t.Errorf("p did not drop the pin:\n%s", screen(m))
	}
	if !strings.Contains(lineWith(m, "Pin dropped"), "Pin dropped") {
		t.Error("no word that the pin is dropped")
	}
}

// In monochrome the sign carries the change alone.
func TestPinInMonochrome(t *testing.T) {
	m := update(t, New(Options{Path: "sites/example.toml", Env: []string{"NO_COLOR=1"}}), size(120, 40))
	if m.st.Theme != theme.Mono {
		t.Fatal("NO_COLOR did not give the monochrome theme")
	}
	m = update(t, m, press("p", "right")...)
	if l := lineWith(m, "NPV"); !strings.Contains(l, "+$") {
		t.Errorf("no signed change in monochrome: %q", l)
	}
}
