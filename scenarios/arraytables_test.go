package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// twoPhases is a phased file as a person annotates it: notes above, inside
// and between the blocks, trailing comments of their own.
const twoPhases = `[site]
power_mw = 100

[ai]
pue = 1.3

# the phased build-out
[[ai.phases]]
mw = 5 # first hall
# then the second
live = "2027-11"

[[ai.phases]]
mw = 20
live = "2028-06"
# after the phases

# the GPUs
[ai.gpu]
model = "B200"
`

// phases is a scenario list: mw and live of each phase, in turn.
func phases(mwLive ...string) []model.Phase {
	var list []model.Phase
	for i := 0; i < len(mwLive); i += 2 {
		list = append(list, model.Phase{MW: d(mwLive[i]), Live: model.MustYearMonth(mwLive[i+1])})
	}
	return list
}

// The phase blocks are matched to the scenario's phases by the fewest
// changes: an unchanged block stays byte for byte, a changed one has its
// values rewritten where they stand, a removed one goes, a new one is added
// beside its neighbours; the comments outside the blocks always stay.
func TestPatchPhaseBlocks(t *testing.T) {
	const newBlocks = "[[ai.phases]]     # optional: deliver the converted MW in phases (1 to 24); then leave out converted_mw and conversion_months\n" +
		"mw = 7            # grid MW of this phase; range (0, 10000]\n" +
		"live = \"2028-01\"  # first month of AI revenue of this phase (YYYY-MM), within the horizon\n"
	cases := []struct {
		name   string
		file   string
		phases []model.Phase
		want   string
	}{
		{"unchanged", twoPhases, phases("5", "2027-11", "20", "2028-06"), twoPhases},
		{"a phase's mw edited", twoPhases, phases("5", "2027-11", "25.5", "2028-06"),
			strings.Replace(twoPhases, "mw = 20\n", "mw = 25.5\n", 1)},
		{"a value edited beside its comment", twoPhases, phases("50", "2027-12", "20", "2028-06"),
			strings.Replace(strings.Replace(twoPhases, "mw = 5 # first", "mw = 50 # first", 1), `"2027-11"`, `"2027-12"`, 1)},
		{"a phase added at the end", twoPhases, phases("5", "2027-11", "20", "2028-06", "7", "2028-01"),
			strings.Replace(twoPhases, "live = \"2028-06\"\n", "live = \"2028-06\"\n\n"+
				"[[ai.phases]]\nmw = 7            # grid MW of this phase; range (0, 10000]\n"+
				"live = \"2028-01\"  # first month of AI revenue of this phase (YYYY-MM), within the horizon\n", 1)},
		{"a phase added in between", twoPhases, phases("5", "2027-11", "7", "2028-01", "20", "2028-06"),
			strings.Replace(twoPhases, "live = \"2027-11\"\n", "live = \"2027-11\"\n\n"+
				"[[ai.phases]]\nmw = 7            # grid MW of this phase; range (0, 10000]\n"+
				"live = \"2028-01\"  # first month of AI revenue of this phase (YYYY-MM), within the horizon\n", 1)},
		{"a phase added first, above the notes of the first block", twoPhases, phases("7", "2028-01", "5", "2027-11", "20", "2028-06"),
			strings.Replace(twoPhases, "# the phased build-out\n", "[[ai.phases]]\n"+
				"mw = 7            # grid MW of this phase; range (0, 10000]\n"+
				"live = \"2028-01\"  # first month of AI revenue of this phase (YYYY-MM), within the horizon\n\n"+
				"# the phased build-out\n", 1)},
		{"the first phase removed", twoPhases, phases("20", "2028-06"),
			strings.Replace(twoPhases, "[[ai.phases]]\nmw = 5 # first hall\n# then the second\nlive = \"2027-11\"\n\n", "", 1)},
		{"the last phase removed", twoPhases, phases("5", "2027-11"),
			strings.Replace(twoPhases, "[[ai.phases]]\nmw = 20\nlive = \"2028-06\"\n", "", 1)},
		{"every phase removed", twoPhases, nil,
			strings.Replace(twoPhases, "[[ai.phases]]\nmw = 5 # first hall\n# then the second\nlive = \"2027-11\"\n\n"+
				"[[ai.phases]]\nmw = 20\nlive = \"2028-06\"\n", "", 1)},
		{"blocks apart", "[[ai.phases]]\nmw = 5\nlive = \"2027-11\"\n[ai.gpu]\nmodel = \"B200\"\n[[ai.phases]]\nmw = 6\nlive = \"2027-12\"\n",
			phases("5", "2027-11"), "[[ai.phases]]\nmw = 5\nlive = \"2027-11\"\n[ai.gpu]\nmodel = \"B200\"\n"},
		{"none yet: before the next table and its notes", "[ai]\npue = 1.3\n\n# the GPUs\n[ai.gpu]\nmodel = \"B200\"\n",
			phases("7", "2028-01"), "[ai]\npue = 1.3\n\n" + newBlocks + "\n# the GPUs\n[ai.gpu]\nmodel = \"B200\"\n"},
		{"none yet, at the end", "[ai]\npue = 1.3\n", phases("7", "2028-01", "8", "2028-02"), "[ai]\npue = 1.3\n\n" +
			newBlocks + "\n[[ai.phases]]\nmw = 8            # grid MW of this phase; range (0, 10000]\n" +
			"live = \"2028-02\"  # first month of AI revenue of this phase (YYYY-MM), within the horizon\n"},
		{"an inline array rewritten", "[ai]\nphases = [{ mw = 5, live = \"2027-11\" }] # the plan\n", phases("5", "2027-11", "6", "2028-01"),
			"[ai]\nphases = [{ mw = 5, live = \"2027-11\" }, { mw = 6, live = \"2028-01\" }] # the plan\n"},
		{"an inline array left alone", "ai.phases = [ {mw=5.0, live=\"2027-11\"} ]\n", phases("5", "2027-11"),
			"ai.phases = [ {mw=5.0, live=\"2027-11\"} ]\n"},
		{"an inline array emptied", "[ai]\npue = 1.3\nphases = [{ mw = 5, live = \"2027-11\" }] # the plan\n[ai.gpu]\n", nil,
			"[ai]\npue = 1.3\n[ai.gpu]\n"},
		{"into an inline [ai]", "ai = { pue = 1.3 }\n", phases("5", "2027-11"),
			"ai = { pue = 1.3, phases = [{ mw = 5, live = \"2027-11\" }] }\n"},
		{"out of an inline [ai]", "ai = { phases = [{ mw = 5, live = \"2027-11\" }], pue = 1.3 }\n", nil,
			"ai = { pue = 1.3 }\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ParseTOML("x.toml", []byte(tc.file))
			if err != nil {
				t.Fatal(err)
			}
			s.AI.Phases = tc.phases
			got, ok := patch([]byte(tc.file), s)
			if !ok {
				t.Fatalf("could not patch\n%s", tc.file)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			loaded, err := ParseTOML("x.toml", got)
			if err != nil {
				t.Fatal(err)
			}
			assertSameScenario(t, s, loaded)
		})
	}

	// The phases leave the braces that a key joins in the same save.
	const file = "ai = { phases = [{ mw = 5, live = \"2027-11\" }] }\n"
	s, err := ParseTOML("x.toml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	s.AI.Phases, s.AI.PUE = nil, d("1.25")
	if got, ok := patch([]byte(file), s); !ok || string(got) != "ai = { pue = 1.25 }\n" {
		t.Errorf("out of an inline [ai], a key in: got %q", got)
	}
}
