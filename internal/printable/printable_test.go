package printable

import "testing"

func TestString(t *testing.T) {
	for in, want := range map[string]string{
		"Example site":               "Example site",
		"Zürich 🚀 · H100 — 50 MW":    "Zürich 🚀 · H100 — 50 MW",
		"two\nlines":                 `two\nlines`,
		"a\tb\rc":                    `a\tb\rc`,
		"Board\x1b[2J\x1b]0;pwned\a": `Board\x1b[2J\x1b]0;pwned\x07`,
		"H200\u009b2J":               `H200\u009b2J`,
		"del\x7f":                    `del\x7f`,
		"bad \xff\xfe byte":          `bad \xff\xfe byte`,
		"evil\u202egnp.toml":         `evil\u202egnp.toml`,
		"isolate\u2066x\u2069":       `isolate\u2066x\u2069`,
		"line\u2028sep":              `line\u2028sep`,
		"non\uffffchar":              `non\uffffchar`,
		`C:\Users\site.toml`:         `C:\Users\site.toml`,
		"":                           "",
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

// JSON keeps the data and its layout: only the characters encoding/json
// leaves raw become \u escapes.
func TestJSON(t *testing.T) {
	in := "{\n  \"name\": \"a\u009bb\u202ec\x7fd \\u001b é\"\n}\n"
	want := "{\n  \"name\": \"a\\u009bb\\u202ec\\u007fd \\u001b é\"\n}\n"
	if got := string(JSON([]byte(in))); got != want {
		t.Errorf("JSON = %q, want %q", got, want)
	}
}
