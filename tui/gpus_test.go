package tui

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// onGPUModel is the default scenario (an H100 SXM at $45,000 and
// $2.35/GPU-hour) with the GPU model selected.
func onGPUModel(t *testing.T) *Model {
	t.Helper()
	m := opened(t)
	m.selKey = gpuModelKey
	m.keepInView()
	return m
}

func gpuFigures(s model.Scenario) string {
	g := s.AI.GPU
	return g.Model + " " + g.KWPerGPU.String() + " kW $" + g.CapexUSDPerGPU.String() + " $" + g.RentalUSDPerGPUHour.String() + "/h"
}

// ← and → step through the catalogue; each step fills the three figures
// in one edit, which one undo takes back whole.
func TestNudgingTheGPUModelStepsThroughTheCatalogue(t *testing.T) {
	m := onGPUModel(t)
	start := m.sc
	for _, want := range []string{"H200 1.4 kW $50000 $3/h", "B200 1.9 kW $55000 $5.3/h", "GB200 NVL72 1.9 kW $43000 $9/h", "H100 SXM 1.4 kW $50000 $2.35/h"} {
		m = update(t, m, press("right")...)
		if got := gpuFigures(m.sc); got != want {
			t.Fatalf("→ gave %s, want %s", got, want)
		}
	}
	if !strings.Contains(screen(m), "GPU model: GB200 NVL72 → H100 SXM · 1.40 kW, $50,000/GPU, $2.35/GPU-h") {
		t.Errorf("the status line does not name the figures:\n%s", lineWith(m, "GPU model:"))
	}
	m = update(t, m, press("left")...)
	if got := gpuFigures(m.sc); got != "GB200 NVL72 1.9 kW $43000 $9/h" {
		t.Errorf("← gave %s", got)
	}
	for range 5 {
		m = update(t, m, press("ctrl+z")...)
	}
	if !panel.SameScenario(&m.sc, &start) || !m.res.AI.NPVUSD.Equal(model.Evaluate(start).AI.NPVUSD) {
		t.Fatalf("five undos left %s", gpuFigures(m.sc))
	}
	// From a name the catalogue does not know, → goes to its first GPU.
	m.sc.AI.GPU.Model = "Leased cluster"
	m = update(t, m, press("right")...)
	if got := gpuFigures(m.sc); got != "H100 SXM 1.4 kW $50000 $2.35/h" {
		t.Errorf("→ from a custom name gave %s", got)
	}
}

// enter opens the picker; a GPU chosen there fills its figures, esc
// changes nothing, and every figure stays an input.
func TestGPUPicker(t *testing.T) {
	m := update(t, onGPUModel(t), press("enter")...)
	if m.picker == nil || m.picker.selected != 0 {
		t.Fatalf("enter on the GPU model does not open the picker on H100 SXM: %+v", m.picker)
	}
	out := screen(m)
	for _, want := range []string{"GB200 NVL72", "$43,000/GPU", "← now, own figures", "Custom name…", "DGX H100: 10.2 kW per 8 GPUs"} {
		if !strings.Contains(out, want) {
			t.Errorf("the picker lacks %q:\n%s", want, out)
		}
	}
	m = update(t, m, press("j", "j", "esc")...)
	if m.picker != nil || m.dirty() {
		t.Fatal("esc in the picker left it open or changed the scenario")
	}
	m = update(t, m, press("enter", "j", "j")...)
	if !strings.Contains(screen(m), "14.3 kW per 8 GPUs") {
		t.Errorf("the picker does not show B200's sources:\n%s", screen(m))
	}
	m = update(t, m, press("enter")...)
	if m.picker != nil || gpuFigures(m.sc) != "B200 1.9 kW $55000 $5.3/h" {
		t.Fatalf("choosing B200 gave %s", gpuFigures(m.sc))
	}
	if len(m.hist.past) != 1 {
		t.Errorf("choosing a GPU made %d edits, want 1", len(m.hist.past))
	}
	// Every figure stays editable: the GPU rate nudged, the name kept.
	m.selKey = "ai.gpu.rental_usd_per_gpu_hour"
	m = update(t, m, press("left")...)
	if gpuFigures(m.sc) != "B200 1.9 kW $55000 $5.25/h" {
		t.Errorf("nudging the rate after choosing gave %s", gpuFigures(m.sc))
	}
	m = update(t, m, press("ctrl+z", "ctrl+z")...)
	if m.dirty() {
		t.Error("two undos do not restore the file's GPU")
	}
}

// A name of one's own keeps the figures; a catalogue name typed chooses
// that GPU; the scenario's own name retyped keeps its figures.
func TestTypedGPUNames(t *testing.T) {
	m := update(t, onGPUModel(t), press("enter", "j", "j", "j", "j")...)
	if m.picker == nil || m.picker.selected != 4 {
		t.Fatal("the picker's last row is not the custom name")
	}
	m = update(t, m, press("enter")...)
	if m.prompt == nil || m.prompt.input.Value() != "H100 SXM" || !m.prompt.selected {
		t.Fatalf("the custom name does not open the prompt with the name selected: %+v", m.prompt)
	}
	m = update(t, m, typeText("Leased H100s")...)
	m = update(t, m, press("enter")...)
	if got := gpuFigures(m.sc); got != "Leased H100s 1.4 kW $45000 $2.35/h" {
		t.Fatalf("a custom name gave %s", got)
	}
	m = update(t, m, press("enter", "j", "j", "j", "j", "enter")...)
	m = update(t, m, typeText("gb200 nvl72")...)
	m = update(t, m, press("enter")...)
	if got := gpuFigures(m.sc); got != "GB200 NVL72 1.9 kW $43000 $9/h" {
		t.Fatalf("typing gb200 nvl72 gave %s", got)
	}
	m.sc.AI.GPU.RentalUSDPerGPUHour = dec("7.5") // a negotiated rate
	m = update(t, m, press("enter", "j", "enter")...)
	m = update(t, m, typeText("GB200 NVL72 ")...)
	m = update(t, m, press("enter")...)
	if got := gpuFigures(m.sc); got != "GB200 NVL72 1.9 kW $43000 $7.5/h" {
		t.Errorf("retyping the scenario's own GPU gave %s", got)
	}
}

// The picker fills the terminal exactly, on every tab and size.
func TestGPUPickerFitsTheTerminal(t *testing.T) {
	for _, s := range []struct{ w, h int }{{80, 24}, {100, 30}, {120, 40}, {160, 48}} {
		for _, tabKey := range []string{"1", "2", "4"} {
			m := update(t, onGPUModel(t), size(s.w, s.h), keyMsg(tabKey), keyMsg("i"), keyMsg("enter"))
			if m.picker == nil {
				t.Fatalf("%dx%d tab %s: enter on the GPU model opened no picker", s.w, s.h, tabKey)
			}
			lines := cells.Lines(m.View().Content)
			if len(lines) != s.h {
				t.Errorf("%dx%d tab %s: %d lines", s.w, s.h, tabKey, len(lines))
			}
			for i, l := range lines {
				if cells.Width(l) != s.w {
					t.Errorf("%dx%d tab %s: line %d is %d wide", s.w, s.h, tabKey, i, cells.Width(l))
				}
			}
		}
	}
}
