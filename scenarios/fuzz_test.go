package scenarios

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// FuzzLoadScenario feeds arbitrary bytes to both readers: each must return an error
// or a valid scenario, never panic; a scenario must survive Marshal and Parse;
// an error must be a one-line *FileError.
func FuzzLoadScenario(f *testing.F) {
	f.Add(Marshal(model.Default()))
	for _, p := range Presets() {
		f.Add([]byte(p.Source))
	}
	for _, seed := range []string{
		"[site]\npower_mw = 1_000\n", "site = { power_mw = 5e3 }", "horizon_months = 0x3C",
		"[ai]\ngpu.model = \"x\"\n[ai.gpu]\n", `{"site": {"power_mw": 0.1}, "treasury": null}`,
		`{"ai": {"gpu": {"model": "B200"}}}`, "[[risk]]", "start = 2026-03-01",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"fuzz.toml", "fuzz.json"} {
			s, err := Parse(name, data)
			if err != nil {
				var fe *FileError
				if !errors.As(err, &fe) {
					t.Fatalf("%s: error %T is not a *FileError: %v", name, err, err)
				}
				if msg := err.Error(); strings.ContainsAny(msg, "\r\n") || !strings.HasPrefix(msg, name+":") {
					t.Fatalf("%s: bad message %q", name, msg)
				}
				continue
			}
			if err := model.Validate(s); err != nil {
				t.Fatalf("%s: Parse returned an invalid scenario: %v", name, err)
			}
			again, err := ParseTOML("again.toml", Marshal(s))
			if err != nil {
				t.Fatalf("%s: Marshal wrote a file Parse rejects: %v\n%s", name, err, Marshal(s))
			}
			if diffs := diffScenarios(s, again); len(diffs) > 0 {
				t.Fatalf("%s: round trip changed %v", name, diffs)
			}
		}
	})
}

// FuzzSaveInPlace patches arbitrary bytes with a random edit of a preset:
// Patch must never panic, its result must load as the edited scenario, and
// when the bytes were a scenario file every comment a person wrote in it
// must survive.
func FuzzSaveInPlace(f *testing.F) {
	f.Add([]byte(boardCase), uint64(1))
	for i, p := range Presets() {
		f.Add([]byte(p.Source), uint64(i))
	}
	phased, _ := Preset("terawulf-fluidstack")
	phased.AI.Phases = append(phased.AI.Phases, model.Phase{MW: d("0.5"), Live: model.MustYearMonth("2030-01")})
	phased.Site.PowerMW = d("260")
	f.Add(Marshal(phased), uint64(8))
	f.Add([]byte(lakeMariner(f)), uint64(2))
	for _, seed := range []string{
		"site = { power_mw = 5e3 } # inline\n", "[ai]\ngpu.model = \"x\"\n", "\uFEFF[site]\r\npower_mw = 1\r\n",
		"# [treasury]\n# btc_held = 5\n", "[bitcoin]\n#hashprice_usd_per_ph_day = 1 # x\n", "[[ai.phases]]\nmw = 1\n",
		"ai = { gpu = { model = 'a' }, }\n",
		"[ai]\nconversion_months = 6 # six\n\n# two halls\n[[ai.phases]]\nmw = 10\n# first\nlive = \"2027-03\"\n\n[[ai.phases]]\nmw = 5\nlive = \"2028-01\"\n",
		"[ai]\n# converted_mw = 50 # c; uncomment to override\n\n# [[ai.phases]] # n\n# mw = 50\n# live = \"2028-01\"\n\n[ai.gpu]\n",
		"[ai]\nphases = [{ mw = 1, live = \"2027-02\" }, # one\n  { mw = 2, live = \"2027-05\" }]\n",
		"ai = { phases = [{ mw = 1, live = \"2027-02\" }] }\n",
		"[ai.colocation]\n# rate_usd_per_kw_month = 150 # r; set by contract_value_usd\ncontract_value_usd = 1e9\nterm_months = 60\n",
		"[ai.colocation]\nrate_usd_per_kw_month = 150\n# contract_value_usd = 2e9 # v\n",
	} {
		f.Add([]byte(seed), uint64(7))
	}
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		rng := rand.New(rand.NewPCG(seed, 3))
		presets := Presets()
		s, err := Preset(presets[rng.IntN(len(presets))].Name)
		if err != nil {
			t.Fatal(err)
		}
		s = randomEdit(rng, s)
		if model.Validate(s) != nil {
			return
		}
		out := Patch(data, s)
		got, err := ParseTOML("patched.toml", out)
		if err != nil {
			t.Fatalf("Patch wrote a file that does not load: %v\n%s", err, out)
		}
		if diffs := diffScenarios(s, got); len(diffs) > 0 {
			t.Fatalf("Patch wrote another scenario: %v\n%s", diffs, out)
		}
		// A scenario file is always patched, never rewritten: nothing
		// the user wrote may be lost, but for the notes inside the phase
		// tables of a plan whose phases changed (a removed phase takes its
		// own with it).
		old, err := ParseTOML("fuzz.toml", data)
		if err != nil || len(bytes.TrimSpace(bytes.TrimPrefix(data, byteOrderMark))) == 0 {
			return
		}
		if _, ok := patch(data, s); !ok {
			t.Fatalf("a scenario file could not be patched:\n%s", data)
		}
		want, have := proseComments(string(data)), proseComments(string(out))
		if phaseTable.equalLists(&old, &s) {
			if !slices.Equal(want, have) {
				t.Fatalf("comments changed:\n%q\nfrom\n%q", have, want)
			}
			return
		}
		if outside := proseComments(outsidePhases(t, data)); !isSubsequence(outside, have) || !isSubsequence(have, want) {
			t.Fatalf("comments changed:\n%q\nfrom\n%q\nwith, outside the phases,\n%q", have, want, outside)
		}
	})
}

// outsidePhases is a scenario file without its phase tables (or the line
// of an inline array of phases).
func outsidePhases(t *testing.T, data []byte) string {
	l, err := indexTOML(bytes.TrimPrefix(data, byteOrderMark))
	if err != nil {
		t.Fatal(err)
	}
	var cuts []edit
	for _, b := range l.arrays[phasesKey] {
		cuts = append(cuts, edit{start: b.start, end: b.end})
	}
	if v := l.values[phasesKey]; v != nil {
		cuts = append(cuts, edit{start: v.line.start, end: v.line.end})
	}
	text, err := apply(l.data, cuts)
	if err != nil {
		t.Fatal(err)
	}
	return string(text)
}

// isSubsequence reports whether a's lines occur in b in order.
func isSubsequence(a, b []string) bool {
	for _, line := range b {
		if len(a) > 0 && a[0] == line {
			a = a[1:]
		}
	}
	return len(a) == 0
}
