package scenarios

import (
	"errors"
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
