package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/card"
	"github.com/pivot-tui/pivot-tui/report/workbook"
	"github.com/pivot-tui/pivot-tui/tui"
)

// FuzzPipeline runs random valid scenarios, every value anywhere in its
// range, through everything a scenario meets: Evaluate, the Monte Carlo
// and the sensitivity analysis, every report format and the dashboard's
// every tab at 80x24 and 160x48. Nothing may panic, hang or write a
// non-finite figure, and every screen keeps to its size.
func FuzzPipeline(f *testing.F) {
	for _, seed := range [][]byte{
		{},
		{1},
		bytes.Repeat([]byte{1, 2}, 200),
		bytes.Repeat([]byte{1, 3}, 200),
		bytes.Repeat([]byte{1, 4, 7}, 200),
		bytes.Repeat([]byte{1, 5, 0, 200, 3}, 100),
		bytes.Repeat([]byte{2, 9, 255, 17, 80, 3, 41}, 100),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _ := scenarioFrom(data)
		if model.Validate(s) != nil {
			return // only what a file or the dashboard can hold
		}
		runPipeline(t, s)
	})
}

func runPipeline(t *testing.T, s model.Scenario) {
	t.Helper()
	res := model.Evaluate(s)
	ctx := context.Background()
	mc, err := model.MonteCarlo(ctx, s, model.RiskOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkRiskFinite(t, mc)
	sens, err := model.Analyse(ctx, s, model.RiskOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	doc := report.Document{Result: res, Risk: &report.Risk{MonteCarlo: mc, Sensitivity: sens},
		Provenance: report.Provenance{Source: "fuzz.toml", Generated: time.Unix(0, 0), Version: "fuzz"}}
	plain := doc
	plain.Risk = nil

	for name, write := range map[string]func(io.Writer, report.Document) error{
		"text": report.Text, "md": report.Markdown, "csv": report.CSV, "json": report.JSON,
	} {
		for _, d := range []report.Document{doc, plain} {
			var out bytes.Buffer
			if err := write(&out, d); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if name == "json" && !json.Valid(out.Bytes()) {
				t.Fatalf("json is not valid JSON")
			}
			for _, bad := range []string{"NaN", "Inf"} {
				if strings.Contains(out.String(), bad) {
					t.Fatalf("%s writes %s", name, bad)
				}
			}
		}
	}
	if err := workbook.Write(io.Discard, plain); err != nil {
		t.Fatalf("xlsx: %v", err)
	}
	for i, d := range []report.Document{doc, plain} {
		memo := card.Render(d, card.Options{})
		opts := card.ImageOptions(card.Options{})
		opts.Title = s.Name
		var svg bytes.Buffer
		if err := memo.SVG(&svg, opts); err != nil {
			t.Fatalf("svg: %v", err)
		}
		decoder := xml.NewDecoder(&svg)
		for {
			if _, err := decoder.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("svg is not XML: %v", err)
			}
		}
		// The PNG rasterises the cells the SVG walks; once is enough, and
		// it is the slowest step.
		if i == 0 {
			if err := memo.PNG(io.Discard, opts); err != nil {
				t.Fatalf("png: %v", err)
			}
		}
	}

	// One dashboard, resized as a person would: the analyses of tabs 4 and
	// 5 run once and are drawn at both sizes.
	m := tui.New(tui.Options{Scenario: s, AnalysisDebounce: time.Nanosecond, ProgressTick: time.Hour})
	for _, size := range []tea.WindowSizeMsg{{Width: 80, Height: 24}, {Width: 160, Height: 48}} {
		m = send(t, m, size)
		for _, tab := range []string{"1", "2", "3", "4", "5"} {
			m = send(t, m, key(tab))
			checkScreen(t, m, size, tab)
		}
	}
}

// checkRiskFinite fails on a Monte Carlo figure that is NaN or infinite.
func checkRiskFinite(t *testing.T, r model.RiskResult) {
	t.Helper()
	figures := []float64{r.PAIWins, r.PMarginCall, r.PLiquidation}
	for _, sp := range []model.Spread{r.Mining, r.AI, r.Advantage} {
		figures = append(figures, sp.P10, sp.P50, sp.P90)
	}
	figures = append(figures, r.Edges[:]...)
	for i, v := range figures {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("Monte Carlo figure %d is %v: %+v", i, v, r)
		}
	}
	if r.PAIWins < 0 || r.PAIWins > 1 {
		t.Fatalf("p_ai_wins = %v", r.PAIWins)
	}
}

// checkScreen fails unless the view fills exactly the window, every line
// within its width, and shows no failure of the model.
func checkScreen(t *testing.T, m *tui.Model, size tea.WindowSizeMsg, tab string) {
	t.Helper()
	v := m.View()
	lines := strings.Split(v.Content, "\n")
	if len(lines) != size.Height {
		t.Fatalf("tab %s at %dx%d: %d rows:\n%s", tab, size.Width, size.Height, len(lines), ansi.Strip(v.Content))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > size.Width {
			t.Fatalf("tab %s at %dx%d: row %d is %d wide:\n%s", tab, size.Width, size.Height, i, w, ansi.Strip(v.Content))
		}
	}
	if screen := ansi.Strip(v.Content); strings.Contains(screen, "cannot analyse") || strings.Contains(screen, "cannot show") {
		t.Fatalf("tab %s at %dx%d shows a failure:\n%s", tab, size.Width, size.Height, screen)
	}
}
