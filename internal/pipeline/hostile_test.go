package pipeline

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/card"
	"github.com/pivot-tui/pivot-tui/report/compare"
	"github.com/pivot-tui/pivot-tui/report/workbook"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/pivot-tui/pivot-tui/tui"
)

// hostile is free text that would drive the terminal it is printed on:
// clear the screen, retitle the window, start a new line, switch colour
// through C1's CSI, reverse the text, and a byte that is not UTF-8.
const hostile = "Board\x1b[2J\x1b]0;pwned\a\nline two\u009b31m\u202eevil\xff"

// unsafeAt finds the first character of text that no output may carry
// as itself, other than the newlines between its lines; -1 when none.
func unsafeAt(text string) int {
	for i, r := range text {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(text[i:]); size <= 1 {
				return i
			}
		case r == '\n':
		case r < 0x20, r >= 0x7f && r <= 0x9f, r == 0x202e:
			return i
		}
	}
	return -1
}

func requireSafe(t *testing.T, what, text string) {
	t.Helper()
	if i := unsafeAt(text); i >= 0 {
		t.Errorf("%s carries %q raw at byte %d: …%q…", what, text[i:i+1], i, text[max(0, i-30):min(len(text), i+30)])
	}
}

// Whatever the name, the GPU model and the file path hold, every report
// writes them as visible text: no byte that drives a terminal, no line
// broken where the report does not break it, valid XML in the SVG.
func TestReportsAreSafeWhateverTheTextHolds(t *testing.T) {
	s := model.Default()
	s.Name, s.AI.GPU.Model = hostile, hostile
	doc := report.Document{Result: model.Evaluate(s),
		Provenance: report.Provenance{Source: "dir/" + hostile + ".toml", Generated: time.Unix(0, 0), Version: "test"}}
	plain := doc
	plain.Result.Scenario.Name, plain.Result.Scenario.AI.GPU.Model = "Board", "Board"
	plain.Provenance.Source = "dir/board.toml"

	for name, write := range map[string]func(io.Writer, report.Document) error{
		"text": report.Text, "md": report.Markdown, "csv": report.CSV,
	} {
		var out, want bytes.Buffer
		if err := write(&out, doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		requireSafe(t, name, out.String())
		if err := write(&want, plain); err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Count(out.String(), "\n"), strings.Count(want.String(), "\n"); got != want {
			t.Errorf("%s has %d lines with the hostile text, %d without", name, got, want)
		}
	}

	var js bytes.Buffer
	if err := report.JSON(&js, doc); err != nil || !json.Valid(js.Bytes()) {
		t.Errorf("json: %v, valid %v", err, json.Valid(js.Bytes()))
	}
	requireSafe(t, "json", js.String())

	memo := card.Render(doc, card.Options{})
	requireSafe(t, "the memo card", ansi.Strip(memo.Text))
	if got, want := len(strings.Split(memo.Text, "\n")), len(strings.Split(card.Render(plain, card.Options{}).Text, "\n")); got != want {
		t.Errorf("the memo card has %d rows with the hostile text, %d without", got, want)
	}
	opts := card.ImageOptions(card.Options{})
	opts.Title = doc.Result.Scenario.Name + ": ASIC mining or AI compute"
	var svg bytes.Buffer
	if err := memo.SVG(&svg, opts); err != nil {
		t.Fatal(err)
	}
	requireSafe(t, "svg", svg.String())
	decoder := xml.NewDecoder(&svg)
	for {
		if _, err := decoder.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("svg is not XML: %v", err)
		}
	}
	if err := memo.PNG(io.Discard, opts); err != nil {
		t.Errorf("png: %v", err)
	}
	if err := workbook.Write(io.Discard, doc); err != nil {
		t.Errorf("xlsx: %v", err)
	}

	// pivot-tui compare: the same text in two scenarios' columns.
	c, err := compare.New([]report.Document{doc, plain})
	if err != nil {
		t.Fatal(err)
	}
	for name, write := range map[string]func(io.Writer, compare.Comparison) error{
		"compare text": compare.Text, "compare md": compare.Markdown, "compare csv": compare.CSV, "compare json": compare.JSON,
	} {
		var out bytes.Buffer
		if err := write(&out, c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		requireSafe(t, name, out.String())
	}
	text, _ := card.RenderComparison(c, card.Options{})
	requireSafe(t, "the comparison card", ansi.Strip(text))
}

// A file path holding a newline and escape sequences, shown in the
// dashboard's header and in its status line after a save, keeps the screen
// to its 24 rows, and the window title stays plain.
func TestDashboardIsSafeWhateverThePathHolds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "site\n\x1b[2J\x1b]0;pwned\a.toml")
	if err := os.WriteFile(path, scenarios.Marshal(model.Default()), 0o644); err != nil {
		t.Fatal(err)
	}
	s, stamp, err := scenarios.LoadStamped(path)
	if err != nil {
		t.Fatal(err)
	}
	m := tui.New(tui.Options{Scenario: s, Path: path, Stamp: &stamp})
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	check := func(when string) {
		t.Helper()
		v := m.View()
		screen := ansi.Strip(v.Content)
		requireSafe(t, "the screen "+when, screen)
		requireSafe(t, "the window title "+when, v.WindowTitle)
		if rows := strings.Count(screen, "\n") + 1; rows != 24 {
			t.Errorf("the screen %s has %d rows, want 24:\n%s", when, rows, screen)
		}
	}
	check("on opening")
	m = send(t, m, key("right"))
	m = send(t, m, key("ctrl+s"))
	if !strings.Contains(ansi.Strip(m.View().Content), `Saved `) {
		t.Fatalf("no save reported:\n%s", ansi.Strip(m.View().Content))
	}
	check("after the save")
}
