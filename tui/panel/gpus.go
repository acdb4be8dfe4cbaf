package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// GPUFigureKeys are the inputs a catalogue GPU fills, in the order the
// picker shows them.
var GPUFigureKeys = []string{"ai.gpu.kw_per_gpu", "ai.gpu.capex_usd_per_gpu", "ai.gpu.rental_usd_per_gpu_hour"}

// GPUPicker is the GPU catalogue to choose from: each GPU with the figures
// it fills, a last row for a name of one's own, and the sources of the
// highlighted GPU's figures.
type GPUPicker struct {
	St       *theme.Styles
	GPUs     []model.GPUSpec
	Scenario *model.Scenario // the scenario on screen, for the current figures
	Selected int             // index into GPUs; len(GPUs) is the custom name
}

// Render draws the picker, w by h.
func (p GPUPicker) Render(w, h int) string {
	st := p.St
	title := " GPU MODEL "
	lines := []string{st.Group.Render(title) + st.GroupRule.Render(strings.Repeat("─", max(0, w-cells.Width(title)))), ""}
	intro := "A catalogue GPU fills kW per GPU, GPU capex and GPU rate, each still an input to edit; " +
		"one undo puts all three back. A name of your own keeps your figures."
	for _, l := range cells.Wrap(intro, w-2) {
		lines = append(lines, " "+st.Dim.Render(l))
	}
	lines = append(lines, "")
	fields := make([]model.Field, len(GPUFigureKeys))
	heads := []string{cells.Fit("", gpuNameWidth)}
	for i, key := range GPUFigureKeys {
		fields[i], _ = model.FieldByKey(key)
		heads = append(heads, cells.Right(fields[i].Label, gpuFigureWidth))
	}
	lines = append(lines, "   "+st.TableHead.Render(strings.Join(heads, "")))
	current := p.Scenario.AI.GPU.Model
	for i, g := range p.GPUs {
		s := *p.Scenario
		g.Apply(&s)
		text := cells.Fit(g.Name, gpuNameWidth)
		for _, f := range fields {
			text += cells.Right(format.Field(f, &s), gpuFigureWidth)
		}
		if strings.EqualFold(g.Name, current) {
			if SameScenario(&s, p.Scenario) {
				text += "   ← now"
			} else {
				text += "   ← now, own figures"
			}
		}
		lines = append(lines, p.row(i, text, w))
	}
	custom := cells.Fit("Custom name…", gpuNameWidth) + "   type a name; the figures stay yours"
	lines = append(lines, p.row(len(p.GPUs), custom, w), "")
	if p.Selected < len(p.GPUs) {
		g := p.GPUs[p.Selected]
		lines = append(lines, " "+st.Strong.Render("Where "+g.Name+"'s figures come from"))
		for i, source := range []string{g.KWSource, g.CapexSource, g.RentalSource} {
			label := cells.Fit(fields[i].Label, gpuSourceLabelWidth)
			for _, l := range cells.Wrap(source, w-3-gpuSourceLabelWidth) {
				lines = append(lines, "   "+st.Label.Render(label)+st.Dim.Render(l))
				label = strings.Repeat(" ", gpuSourceLabelWidth)
			}
		}
	}
	return cells.Block(lines, w, h)
}

// row draws one choice, highlighted when selected.
func (p GPUPicker) row(i int, text string, w int) string {
	if i == p.Selected {
		return p.St.Selected.Render(cells.Fit(" › "+text, w))
	}
	return cells.Fit("   "+text, w)
}
