package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// driveQuit is drive, and whether the last message led the program to quit.
func driveQuit(t *testing.T, m *Model, msgs ...tea.Msg) (*Model, bool) {
	t.Helper()
	quit := false
	for _, msg := range msgs {
		var cmd tea.Cmd
		m, cmd = step(t, m, msg)
		m, quit = settleQuit(t, m, cmd)
	}
	return m, quit
}

// openedFile is a dashboard on a scenario file saved from the defaults, with
// the BTC price nudged to 71,000.
func openedFile(t *testing.T) (*Model, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "site.toml")
	if err := scenarios.Save(path, model.Default()); err != nil {
		t.Fatal(err)
	}
	sc, stamp, err := scenarios.LoadStamped(path)
	if err != nil {
		t.Fatal(err)
	}
	return drive(t, New(Options{Scenario: sc, Path: path, Stamp: &stamp}), size(120, 40), keyMsg("right")), path
}

func priceOnDisk(t *testing.T, path string) string {
	t.Helper()
	sc, err := scenarios.Load(path)
	if err != nil {
		return err.Error()
	}
	return sc.Bitcoin.PriceUSD.String()
}

// s at the quit question saves, then quits.
func TestSaveAndQuit(t *testing.T) {
	m, path := openedFile(t)
	m, quit := driveQuit(t, m, press("q", "s")...)
	if !quit {
		t.Fatalf("s did not quit:\n%s", lineWith(m, "Saved"))
	}
	if got := priceOnDisk(t, path); got != "71000" {
		t.Errorf("the file holds %s, want the edited 71000", got)
	}
	if !strings.Contains(screen(m), "Saved "+path) {
		t.Errorf("no word of the save:\n%s", screen(m))
	}
}

// A preset has no file: s asks for one, then saves and quits; esc at the
// path stays, with nothing written.
func TestSaveAndQuitAPreset(t *testing.T) {
	dir := t.TempDir()
	m := drive(t, New(Options{PresetName: "default"}), size(120, 40), keyMsg("right"))
	m, quit := driveQuit(t, m, press("q", "s")...)
	if quit || m.prompt == nil || m.prompt.kind != promptSaveAs {
		t.Fatalf("s on a preset does not ask for a path (quit %v)", quit)
	}
	if !strings.Contains(screen(m), "then quits") {
		t.Errorf("the path prompt does not say it quits after:\n%s", lineWith(m, "Save as"))
	}
	m, quit = driveQuit(t, m, press("esc")...)
	if quit || m.prompt != nil || m.quitAfterSave {
		t.Fatal("esc at the path quit, or left the quit pending")
	}
	path := filepath.Join(dir, "mine.toml")
	m, _ = driveQuit(t, m, press("q", "s", "ctrl+u")...)
	m, _ = driveQuit(t, m, typeText(path)...)
	if _, quit = driveQuit(t, m, press("enter")...); !quit || priceOnDisk(t, path) != "71000" {
		t.Fatalf("save and quit of a preset: quit %v, file %s", quit, priceOnDisk(t, path))
	}
	// A plain save of a preset does not quit.
	m = drive(t, New(Options{PresetName: "default"}), size(120, 40), keyMsg("right"), keyMsg("ctrl+s"), keyMsg("ctrl+u"))
	m = drive(t, m, typeText(filepath.Join(dir, "plain.toml"))...)
	if _, quit = driveQuit(t, m, press("enter")...); quit {
		t.Error("a plain save of a preset quit")
	}
}

// A file changed or deleted on disk: its question comes first; yes saves
// and quits, no stays with the file untouched.
func TestSaveAndQuitAsksAboutTheFileFirst(t *testing.T) {
	edited := "name = \"edited elsewhere\"\n"
	m, path := openedFile(t)
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	m, quit := driveQuit(t, m, press("q", "s")...)
	if quit || m.confirm == nil || !strings.Contains(m.confirm.question, "changed on disk") {
		t.Fatalf("save and quit over a changed file does not ask first (quit %v):\n%s", quit, screen(m))
	}
	m, quit = driveQuit(t, m, press("n")...)
	if data, _ := os.ReadFile(path); quit || string(data) != edited || !m.dirty() {
		t.Fatalf("no: quit %v, file %q, dirty %v", quit, data, m.dirty())
	}
	if _, quit = driveQuit(t, m, press("q", "s", "y")...); !quit || priceOnDisk(t, path) != "71000" {
		t.Fatalf("yes: quit %v, file %s", quit, priceOnDisk(t, path))
	}

	m, path = openedFile(t)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	m, quit = driveQuit(t, m, press("q", "s")...)
	if quit || m.confirm == nil || !strings.Contains(m.confirm.question, "was deleted since it was loaded") {
		t.Fatalf("save and quit of a deleted file does not ask first (quit %v)", quit)
	}
	if _, quit = driveQuit(t, m, press("y")...); !quit || priceOnDisk(t, path) != "71000" {
		t.Fatalf("yes: quit %v, file %s", quit, priceOnDisk(t, path))
	}
}

// A save that fails does not quit: the error shows, the edits stay.
func TestSaveAndQuitStaysWhenTheSaveFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing-folder", "site.toml")
	m := drive(t, New(Options{Path: path}), size(120, 40), keyMsg("right"))
	m, quit := driveQuit(t, m, press("q", "s")...)
	if quit || !m.dirty() || m.quitAfterSave || !strings.Contains(screen(m), "save "+path) {
		t.Fatalf("a failed save and quit: quit %v, dirty %v:\n%s", quit, m.dirty(), lineWith(m, "save"))
	}
}

// Edits made while the file is written are not lost: the question comes back.
func TestSaveAndQuitAsksAgainForEditsMadeMeanwhile(t *testing.T) {
	m, _ := openedFile(t)
	m, cmd := step(t, m, keyMsg("q"))
	m = settle(t, m, cmd)
	m, cmd = step(t, m, keyMsg("s")) // the check before the write is in flight
	m = drive(t, m, keyMsg("right"))
	m, quit := settleQuit(t, m, cmd)
	if quit || m.confirm == nil || m.confirm.kind != confirmQuit {
		t.Fatalf("an edit made during the save was about to be lost (quit %v)", quit)
	}
}
