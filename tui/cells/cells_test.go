package cells

import (
	"strings"
	"testing"
)

func TestFitAndAlign(t *testing.T) {
	bold := "\x1b[1mab\x1b[m" // styled text counts only its cells
	for _, tc := range []struct{ name, got, want string }{
		{"fit pads", Fit("ab", 4), "ab  "},
		{"fit cuts with an ellipsis", Fit("abcdef", 4), "abc…"},
		{"right pads on the left", Right("ab", 4), "  ab"},
		{"center splits the spare", Center("ab", 5), " ab  "},
		{"spread keeps the right part", Spread("left", "right", 8), "le…right"},
		{"styled text", Right(bold, 3), " " + bold},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	if w := Width("★ ½ ◆ ⠿ │"); w != 9 {
		t.Errorf("the dashboard's symbols are %d cells, want 9", w)
	}
}

func TestBlocks(t *testing.T) {
	b := Block([]string{"a", "bcd", "e"}, 2, 2)
	if b != "a \nb…" {
		t.Errorf("block: %q", b)
	}
	if got := Beside("a\nb", "1\n2"); got != "a1\nb2" {
		t.Errorf("beside: %q", got)
	}
	if got := strings.Join(Wrap("one two three four", 9), "|"); got != "one two|three|four" {
		t.Errorf("wrap: %q", got)
	}
	if Lines("") != nil {
		t.Error("an empty block has lines")
	}
}

// Wrap breaks at spaces, but never between a number and its percent sign.
func TestWrapKeepsAPercentWithItsNumber(t *testing.T) {
	got := Wrap("liquidation price on 72.6 %.", 26)
	want := []string{"liquidation price on", "72.6 %."}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Wrap gives %q, want %q", got, want)
	}
}
