package tui

import (
	"strings"
	"testing"
)

// The help lists every key and every habit at any size: at 80x24 it
// scrolls, without moving the selection under it.
func TestHelpShowsEveryKeyAtEverySize(t *testing.T) {
	for _, s := range []struct{ w, h int }{{80, 24}, {120, 40}, {160, 48}} {
		m := update(t, opened(t), size(s.w, s.h), keyMsg("?"))
		seen := ""
		for range 60 { // down to the end, a line at a time
			seen += screen(m)
			m = update(t, m, press("down")...)
		}
		for _, group := range m.keys.FullHelp() {
			for _, b := range group {
				if want := b.Help().Key + " "; !strings.Contains(seen, want) || !strings.Contains(seen, b.Help().Desc) {
					t.Errorf("%dx%d: the help lacks %q %q", s.w, s.h, b.Help().Key, b.Help().Desc)
				}
			}
		}
		for _, note := range []string{"whichever tab it was made on", "100k, 1.5M, 2B, $70,000", "i opens them under the tab",
			"GB200 NVL72", "s saves and quits"} {
			if !strings.Contains(strings.Join(strings.Fields(seen), " "), note) {
				t.Errorf("%dx%d: the help never says %q", s.w, s.h, note)
			}
		}
		if m.selKey != "bitcoin.price_usd" || m.dirty() {
			t.Errorf("%dx%d: scrolling the help moved the selection to %q", s.w, s.h, m.selKey)
		}
	}
	// At 80x24 it says it scrolls, and home goes back to the top.
	m := update(t, opened(t), size(80, 24), keyMsg("?"), keyMsg("end"))
	if !strings.Contains(screen(m), "↑↓ scroll, lines") || strings.Contains(screen(m), "previous input / scroll") {
		t.Errorf("the help does not say it scrolls:\n%s", screen(m))
	}
	m = update(t, m, press("home")...)
	if m.helpTop != 0 || !strings.Contains(screen(m), "previous input / scroll") {
		t.Errorf("home does not go back to the top of the help (top %d)", m.helpTop)
	}
}
