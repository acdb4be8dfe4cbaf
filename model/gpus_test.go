package model

import (
	"strings"
	"testing"
)

// Every catalogue GPU applied to the default scenario gives a valid scenario
// with exactly its four values changed.
func TestGPUCatalogueApplies(t *testing.T) {
	names := map[string]bool{}
	for _, g := range GPUCatalogue() {
		if names[strings.ToLower(g.Name)] {
			t.Errorf("%s appears twice", g.Name)
		}
		names[strings.ToLower(g.Name)] = true
		if g.KWSource == "" || g.CapexSource == "" || g.RentalSource == "" {
			t.Errorf("%s: a figure without its source", g.Name)
		}
		s := Default()
		g.Apply(&s)
		if err := Validate(s); err != nil {
			t.Errorf("%s: %v", g.Name, err)
		}
		if s.AI.GPU.Model != g.Name || !s.AI.GPU.KWPerGPU.Equal(g.KWPerGPU) ||
			!s.AI.GPU.CapexUSDPerGPU.Equal(g.CapexUSDPerGPU) || !s.AI.GPU.RentalUSDPerGPUHour.Equal(g.RentalUSDPerGPUHour) {
			t.Errorf("%s: Apply set %+v", g.Name, s.AI.GPU)
		}
		want := Default()
		want.AI.GPU.Model, want.AI.GPU.KWPerGPU = s.AI.GPU.Model, s.AI.GPU.KWPerGPU
		want.AI.GPU.CapexUSDPerGPU, want.AI.GPU.RentalUSDPerGPUHour = s.AI.GPU.CapexUSDPerGPU, s.AI.GPU.RentalUSDPerGPUHour
		for _, f := range Fields() {
			if f.Format(&s) != f.Format(&want) {
				t.Errorf("%s: Apply changed %s", g.Name, f.Key)
			}
		}
	}
	if len(names) != 4 {
		t.Errorf("the catalogue has %d GPUs, want H100 SXM, H200, B200 and GB200 NVL72", len(names))
	}
}

// The figures follow the market figures they cite.
func TestGPUCatalogueFigures(t *testing.T) {
	for _, tc := range []struct {
		name              string
		kW, capex, rental string
	}{
		// 10.2 kW / 8 = 1.275 kW, about 1.4 with the network; $47–52k, the
		// middle rounded; the index's low end.
		{"H100 SXM", "1.4", "50000", "2.35"},
		// The same servers' draw; $357k / 8 = $44,625, about $50k all-in; $3–6, the low end.
		{"H200", "1.4", "50000", "3"},
		// 14.3 kW / 8 = 1.7875 kW, about 1.9; about $55k all-in; the $5.30 index.
		{"B200", "1.9", "55000", "5.3"},
		// 132 kW / 72 = 1.833 kW, about 1.9; $3.1M / 72 = $43,055.56, $43k; $9–10.50, the low end.
		{"GB200 NVL72", "1.9", "43000", "9"},
	} {
		g, ok := GPUByName(tc.name)
		if !ok {
			t.Errorf("%s is not in the catalogue", tc.name)
			continue
		}
		if !g.KWPerGPU.Equal(d(tc.kW)) || !g.CapexUSDPerGPU.Equal(d(tc.capex)) || !g.RentalUSDPerGPUHour.Equal(d(tc.rental)) {
			t.Errorf("%s: %s kW, $%s, $%s/GPU-h; want %s, %s, %s", tc.name,
				g.KWPerGPU, g.CapexUSDPerGPU, g.RentalUSDPerGPUHour, tc.kW, tc.capex, tc.rental)
		}
	}
}

func TestGPUByName(t *testing.T) {
	for _, name := range []string{"B200", "b200", "  gb200 nvl72 ", "h100 sxm"} {
		if _, ok := GPUByName(name); !ok {
			t.Errorf("GPUByName(%q) found nothing", name)
		}
	}
	for _, name := range []string{"", "B300", "H100", "my leased B200s"} {
		if g, ok := GPUByName(name); ok {
			t.Errorf("GPUByName(%q) = %s, want a custom name", name, g.Name)
		}
	}
	// The catalogue is a copy: changing it changes nothing.
	list := GPUCatalogue()
	list[0].Name = "changed"
	if _, ok := GPUByName("H100 SXM"); !ok {
		t.Error("changing GPUCatalogue's result changed the catalogue")
	}
}
