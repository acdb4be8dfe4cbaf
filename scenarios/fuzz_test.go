package scenarios

import (
	"bytes"
	"errors"
	"math/rand/v2"
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
	for _, seed := range []string{
		"site = { power_mw = 5e3 } # inline\n", "[ai]\ngpu.model = \"x\"\n", "\uFEFF[site]\r\npower_mw = 1\r\n",
		"# [treasury]\n# btc_held = 5\n", "[bitcoin]\n#hashprice_usd_per_ph_day = 1 # x\n", "[[ai.phases]]\nmw = 1\n",
		"ai = { gpu = { model = 'a' }, }\n",
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
		// the user wrote may be lost.
		if _, err := ParseTOML("fuzz.toml", data); err == nil && len(bytes.TrimSpace(bytes.TrimPrefix(data, byteOrderMark))) > 0 {
			if _, ok := patch(data, s); !ok {
				t.Fatalf("a scenario file could not be patched:\n%s", data)
			}
			if want, have := proseComments(string(data)), proseComments(string(out)); strings.Join(want, "\n") != strings.Join(have, "\n") {
				t.Fatalf("comments changed:\n%q\nfrom\n%q", have, want)
			}
		}
	})
}
