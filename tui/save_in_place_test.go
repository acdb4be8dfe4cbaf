package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/scenarios"
)

const commentedFile = `# Board case A
# lease tenor is 7 years

[bitcoin]
price_usd = 70000   # spot, 1 March
`

// ctrl+s changes the nudged value and keeps the user's comments; Save As
// over another file replaces it.
func TestSaveKeepsTheFilesComments(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "board.toml")
	if err := os.WriteFile(path, []byte(commentedFile), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, stamp, err := scenarios.LoadStamped(path)
	if err != nil {
		t.Fatal(err)
	}
	m := update(t, New(Options{Scenario: sc, Path: path, Stamp: &stamp}), size(120, 40), keyMsg("right"))
	m = update(t, m, press("ctrl+s")...)
	want := strings.Replace(commentedFile, "price_usd = 70000   #", "price_usd = 71000   #", 1)
	if data, _ := os.ReadFile(path); string(data) != want {
		t.Fatalf("saved\n%s\nwant\n%s\n%s", data, want, screen(m))
	}

	other := filepath.Join(dir, "other.toml")
	if err := os.WriteFile(other, []byte("# about another site\nname = \"other\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m = update(t, m, press("S")...)
	m = update(t, m, press("ctrl+u")...)
	for _, r := range other {
		m = update(t, m, keyMsg(string(r)))
	}
	m = update(t, m, press("enter", "y")...)
	data, _ := os.ReadFile(other)
	if strings.Contains(string(data), "another site") || !strings.Contains(string(data), "price_usd = 71000") {
		t.Errorf("Save As over another file kept its comments or lost the scenario:\n%s\n%s", data, screen(m))
	}
}

// A file deleted since it was loaded is not "changed on disk": saving says
// so and, once agreed, writes it again.
func TestSaveAsksBeforeRecreatingADeletedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "site.toml")
	if err := os.WriteFile(path, []byte(commentedFile), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, stamp, err := scenarios.LoadStamped(path)
	if err != nil {
		t.Fatal(err)
	}
	m := update(t, New(Options{Scenario: sc, Path: path, Stamp: &stamp}), size(120, 40), keyMsg("right"))
	os.Remove(path)
	m = update(t, m, press("ctrl+s")...)
	if s := screen(m); !strings.Contains(s, "site.toml was deleted since it was loaded. Save it again?") || strings.Contains(s, "changed on disk") {
		t.Fatalf("saving a deleted file asks:\n%s", s)
	}
	m = update(t, m, press("y")...)
	loaded, err := scenarios.Load(path)
	if err != nil || !loaded.Bitcoin.PriceUSD.Equal(dec("71000")) {
		t.Fatalf("answering yes did not save: %v %v\n%s", loaded.Bitcoin.PriceUSD, err, screen(m))
	}
}
