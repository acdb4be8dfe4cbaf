package model

import (
	"strings"

	"github.com/shopspring/decimal"
)

// The GPU catalogue: the accelerators a converted mining site rents out,
// each with the three ai.gpu figures its name implies. Choosing one in the
// dashboard fills them; every figure stays an input the user may change.
//
// The figures are early-2026 market figures (pivot-tui's domain brief):
//
//   - kW per GPU: a system's draw divided by its GPUs, plus the network's
//     share, as the presets count it. DGX H100 draws 10.2 kW per 8 GPUs
//     (1.275 kW; about 1.4 with the network, spec §2's default); 8-GPU H200
//     servers draw the same; DGX B200 14.3 kW per 8 (1.79; about 1.9); a
//     GB200 NVL72 rack about 120–132 kW for 72 GPUs (1.83 at 132; about 1.9).
//   - All-in capex per GPU (server, network, install): an H100 cluster about
//     $47–52k per GPU (the middle, $50k); an 8-GPU H200 server about $357k,
//     about $50k per GPU with network and install; B200 about $55k all-in;
//     a GB200 NVL72 rack about $3.1M, $43k per GPU (the rack's price: the
//     brief gives no all-in figure).
//   - Reference rental rate, $/GPU-hour: the market index where there is one
//     (H100 $2.35–2.60, its low end; B200 $5.30), else the low end of the
//     quoted range (H200 $3–6, GB200 $9–10.50). One-year reservations run
//     35–40 % below on-demand rates.

// GPUSpec is one catalogue entry: a GPU model's figures as the ai.gpu
// inputs take them, and where each comes from.
type GPUSpec struct {
	Name string // as ai.gpu.model holds it

	KWPerGPU            decimal.Decimal // ai.gpu.kw_per_gpu
	CapexUSDPerGPU      decimal.Decimal // ai.gpu.capex_usd_per_gpu
	RentalUSDPerGPUHour decimal.Decimal // ai.gpu.rental_usd_per_gpu_hour

	// The source of each figure, in a line.
	KWSource, CapexSource, RentalSource string
}

var gpuCatalogue = []GPUSpec{
	{
		Name: "H100 SXM", KWPerGPU: d("1.4"), CapexUSDPerGPU: d("50000"), RentalUSDPerGPUHour: d("2.35"),
		KWSource:     "DGX H100: 10.2 kW per 8 GPUs, 1.275 kW; about 1.4 with the network's share",
		CapexSource:  "all-in H100 clusters: about $47–52k per GPU (GPU about $30k)",
		RentalSource: "H100 market indexes, early 2026: $2.35–2.60 per GPU-hour (the low end)",
	},
	{
		Name: "H200", KWPerGPU: d("1.4"), CapexUSDPerGPU: d("50000"), RentalUSDPerGPUHour: d("3"),
		KWSource:     "8-GPU H200 servers draw about 10.2 kW, as DGX H100: about 1.4 kW with the network",
		CapexSource:  "an 8-GPU H200 server: about $357k; about $50k per GPU with network and install",
		RentalSource: "H200, early 2026: about $3–6 per GPU-hour (the low end; no index figure)",
	},
	{
		Name: "B200", KWPerGPU: d("1.9"), CapexUSDPerGPU: d("55000"), RentalUSDPerGPUHour: d("5.3"),
		KWSource:     "DGX B200: 14.3 kW per 8 GPUs, 1.79 kW; about 1.9 with the network's share",
		CapexSource:  "B200: about $40k per GPU, about $55k all-in",
		RentalSource: "B200 rental index, early 2026: about $5.30 per GPU-hour ($2.65 reserved to $14 on-demand)",
	},
	{
		Name: "GB200 NVL72", KWPerGPU: d("1.9"), CapexUSDPerGPU: d("43000"), RentalUSDPerGPUHour: d("9"),
		KWSource:     "GB200 NVL72: about 120–132 kW a rack of 72 GPUs, 1.83 kW; about 1.9 with the network",
		CapexSource:  "a GB200 NVL72 rack: about $3.1M, $43k per GPU (the rack; no all-in figure)",
		RentalSource: "GB200, early 2026: about $9–10.50 per GPU-hour (the low end)",
	},
}

// GPUCatalogue lists the catalogue's GPUs, oldest first.
func GPUCatalogue() []GPUSpec { return append([]GPUSpec(nil), gpuCatalogue...) }

// GPUByName finds a catalogue GPU by its name, ignoring case and the spaces
// around it; ok is false for a name the catalogue does not know (a custom
// one).
func GPUByName(name string) (GPUSpec, bool) {
	name = strings.TrimSpace(name)
	for _, g := range gpuCatalogue {
		if strings.EqualFold(g.Name, name) {
			return g, true
		}
	}
	return GPUSpec{}, false
}

// Apply sets a scenario's GPU model and its three figures to the entry's;
// the rest of the GPU inputs (utilization, drift, residual) stay.
func (g GPUSpec) Apply(s *Scenario) {
	s.AI.GPU.Model = g.Name
	s.AI.GPU.KWPerGPU = g.KWPerGPU
	s.AI.GPU.CapexUSDPerGPU = g.CapexUSDPerGPU
	s.AI.GPU.RentalUSDPerGPUHour = g.RentalUSDPerGPUHour
}
