package model

import (
	"errors"
	"testing"
)

// Free text typed in the dashboard is held to the rule the loader applies:
// no control characters, the escape character above all.
func TestTypedTextRefusesControlCharacters(t *testing.T) {
	name, _ := FieldByKey("name")
	gpu, _ := FieldByKey("ai.gpu.model")
	for _, tc := range []struct {
		f          Field
		text, want string
	}{
		{name, "Board\x1b[2J", `name = "Board\x1b[2J" is not allowed: want text without control characters (found ESC (U+001B) at character 6)`},
		{name, "two\nlines", `name = "two\nlines" is not allowed: want text without control characters (found a newline (U+000A) at character 4)`},
		{gpu, "H200\u009b31m", `ai.gpu.model = "H200\u009b31m" is not allowed: want text without control characters (found CSI (U+009B) at character 5)`},
		{gpu, "B\x07200", `ai.gpu.model = "B\a200" is not allowed: want text without control characters (found BEL (U+0007) at character 2)`},
		{gpu, "a\x00", `ai.gpu.model = "a\x00" is not allowed: want text without control characters (found U+0000 at character 2)`},
	} {
		s := Default()
		err := tc.f.Parse(&s, tc.text)
		var fe *FieldError
		if !errors.As(err, &fe) || err.Error() != tc.want {
			t.Errorf("Parse(%q) = %v\nwant %s", tc.text, err, tc.want)
		}
		if def := Default(); tc.f.Text(&s) != tc.f.Text(&def) {
			t.Errorf("Parse(%q) changed the scenario", tc.text)
		}
		tc.f.SetText(&s, tc.text)
		if err := Validate(s); err == nil {
			t.Errorf("Validate accepts %s = %q", tc.f.Key, tc.text)
		}
	}
	for _, ok := range []string{"Cango, February 2026", "GB200 NVL72", "Zürich — site 7 🚀", ""} {
		s := Default()
		if err := name.Parse(&s, ok); err != nil || s.Name != ok {
			t.Errorf("Parse(%q) = %v, name %q", ok, err, s.Name)
		}
	}
}
