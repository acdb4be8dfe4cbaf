package scenarios

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// phasesStandIn is an array of tables for testing the patcher before the
// format has one: s.AI.ConversionMonths stands for the length of the list.
var phasesStandIn = arrayTable{
	name:  "ai.phases",
	after: "ai",
	equal: func(a, b *model.Scenario) bool { return a.AI.ConversionMonths == b.AI.ConversionMonths },
	lines: func(s *model.Scenario) []codeLine {
		var lines []codeLine
		for i := range s.AI.ConversionMonths {
			lines = append(lines, codeLine{code: "[[ai.phases]]"}, codeLine{code: fmt.Sprintf("mw = %d", 10*(i+1))},
				codeLine{code: fmt.Sprintf("live = \"2027-0%d\"", i+1)})
		}
		return lines
	},
}

// Arrays of tables are left alone while they are unchanged and rewritten
// whole when they are not; the comments around them stay.
func TestPatchArraysOfTables(t *testing.T) {
	saved := arrayTables
	arrayTables = []arrayTable{phasesStandIn}
	t.Cleanup(func() { arrayTables = saved })

	const two = `[ai]
pue = 1.3

# the phased build-out
[[ai.phases]]
mw = 5 # first hall
# then the second
live = "2026-11"

[[ai.phases]]
mw = 20
live = "2027-06"
# after the phases

# the GPUs
[ai.gpu]
model = "B200"
`
	canonical := func(n int) string {
		s := model.Default()
		s.AI.ConversionMonths = n
		l, _ := indexTOML(nil)
		return l.lines(phasesStandIn.lines(&s), 0)
	}
	cases := []struct {
		name        string
		file        string
		have, want  int // lists' lengths: in the file, and to write
		replacement string
	}{
		{"unchanged", two, 2, 2, two},
		{"changed", two, 2, 3, strings.Replace(two, `[[ai.phases]]
mw = 5 # first hall
# then the second
live = "2026-11"

[[ai.phases]]
mw = 20
live = "2027-06"
`, canonical(3), 1)},
		{"emptied", two, 2, 0, strings.Replace(two, `[[ai.phases]]
mw = 5 # first hall
# then the second
live = "2026-11"

[[ai.phases]]
mw = 20
live = "2027-06"
`, "", 1)},
		{"blocks apart", "[[ai.phases]]\nmw = 5\n[ai.gpu]\nmodel = \"B200\"\n[[ai.phases]]\nmw = 6\n", 2, 1,
			canonical(1) + "[ai.gpu]\nmodel = \"B200\"\n"},
		{"none yet", "[ai]\npue = 1.3\n\n# the GPUs\n[ai.gpu]\nmodel = \"B200\"\n", 0, 1,
			"[ai]\npue = 1.3\n\n" + canonical(1) + "\n# the GPUs\n[ai.gpu]\nmodel = \"B200\"\n"},
		{"none yet, at the end", "[ai]\npue = 1.3\n", 0, 2, "[ai]\npue = 1.3\n\n" + canonical(2)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, err := indexTOML([]byte(tc.file))
			if err != nil {
				t.Fatal(err)
			}
			current, s := model.Default(), model.Default()
			current.AI.ConversionMonths, s.AI.ConversionMonths = tc.have, tc.want
			edits, blocks := l.writeArrayTables(&current, &s, map[*tableAt][]string{})
			got, err := apply(l.data, append(edits, l.placeBlocks(blocks)...))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.replacement {
				t.Errorf("got\n%s\nwant\n%s", got, tc.replacement)
			}
		})
	}
}
