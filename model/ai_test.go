package model

import (
	"testing"
)

func TestGPUCount(t *testing.T) {
	for _, tc := range []struct {
		name             string
		powerMW, pue, kW string
		want             int64
	}{
		// 50 MW / 1.35 = 37.037037 MW = 37,037.037 kW; / 1.4 kW = 26,455.026… → 26,455
		{"worked example", "50", "1.35", "1.4", 26455},
		// 1.89 MW × 1000 / (1.35 × 1.4 = 1.89) = 1,000 exactly: the floor must not drop to 999
		// (float64 makes 1.35 × 1.4 = 1.8900000000000001 and would).
		{"exact boundary", "1.89", "1.35", "1.4", 1000},
		// 50,000 / (1.25 × 1.6 = 2) = 25,000 exactly
		{"exact, round", "50", "1.25", "1.6", 25000},
		// 1,000 kW / 0.7 = 1,428.57… → 1,428
		{"fraction dropped", "1", "1", "0.7", 1428},
		// 0.1 MW / 3 = 33.3 kW < one 40 kW rack-scale GPU → none
		{"too small for one", "0.1", "3", "40", 0},
	} {
		s := defaultWith(func(s *Scenario) {
			s.Site.PowerMW, s.AI.PUE, s.AI.GPU.KWPerGPU = d(tc.powerMW), d(tc.pue), d(tc.kW)
		})
		gpus := Evaluate(s).AI.GPUs
		if !gpus.Valid || !gpus.Decimal.Equal(decimalInt(tc.want)) {
			t.Errorf("%s: gpus = %v, want %d", tc.name, gpus, tc.want)
		}
	}
}

func TestAICapexAndResidual(t *testing.T) {
	res := Evaluate(Default())
	near(t, "it_mw", res.AI.ITMW, "37.0370370370370370370", "1e-15")
	// capex = 26,455 × 45,000 + 9,000,000 × 37.037037 = 1,190,475,000 + 333,333,333.33 = 1,523,808,333.33
	near(t, "AI capex", res.AI.CapexUSD, "1523808333.333333333333", "1e-6")
	cents(t, "AI capex", res.AI.CapexUSD, "1523808333.33")
	// residual = 10 % × 1,190,475,000 + 40 % × 333,333,333.33 = 119,047,500 + 133,333,333.33
	near(t, "AI residual", res.AI.ResidualUSD, "252380833.333333333333", "1e-6")
	if res.AI.Mode != ModeGPUCloud {
		t.Errorf("mode %q", res.AI.Mode)
	}
}

// TestAIGPUMonths: the build-out earns nothing; live months follow spec §5.
func TestAIGPUMonths(t *testing.T) {
	res := Evaluate(Default())
	for _, r := range res.AI.Months[:12] {
		if r.Running || !r.RevenueUSD.IsZero() || !r.PowerCostUSD.IsZero() || !r.OpexUSD.IsZero() || !r.EBITDAUSD.IsZero() {
			t.Fatalf("conversion month %d = %+v, want empty", r.Month, r)
		}
	}
	m13 := res.AI.Months[12]
	if !m13.Running || m13.Date != MustYearMonth("2028-01") {
		t.Errorf("month 13: running %v, %s", m13.Running, m13.Date)
	}
	// The rate moved during the build-out: 2.35 × 0.85^(12/12) = 1.9975 $/GPU-h.
	// revenue = 26,455 × 1.9975 × 730.5 h × 0.85 = 32,812,075.3228125
	near(t, "month 13 revenue", m13.RevenueUSD, "32812075.3228125", "1e-6")
	// energy = 26,455 × 1.4/1000 × 1.35 × 730.5 × (0.30 + 0.70 × 0.85 = 0.895) = 32,689.842310125 MWh
	// power  = 32,689.842310125 × 45 = 1,471,042.903955625
	near(t, "month 13 power", m13.PowerCostUSD, "1471042.903955625", "1e-9")
	// opex = 25,000 × 37.037037 = 925,925.93, plus spec §13's operations per
	// installed GPU-hour: 26,455 × $0.10 × 730.5 h = 1,932,537.75; 2,858,463.68 in all
	near(t, "month 13 opex", m13.OpexUSD, "2858463.675925925925926", "1e-6")
	// 32,812,075.3228125 − 1,471,042.903955625 − 2,858,463.675925926 = 28,482,568.742930949
	near(t, "month 13 EBITDA", m13.EBITDAUSD, "28482568.7429309490740741", "1e-6")
	// a year later the rate is 2.35 × 0.85² = 1.697875: revenue 26,455 × 1.697875 × 730.5 × 0.85
	near(t, "month 25 revenue", res.AI.Months[24].RevenueUSD, "27890264.024390625", "1e-6")
}

// TestIdlePower is spec §5's energy: unbilled GPUs draw idle_power of full.
func TestIdlePower(t *testing.T) {
	// full draw = 26,455 × 1.4/1000 × 1.35 × 730.5 = 36,524.963475 MWh a month
	for _, tc := range []struct {
		util, idle, want string
	}{
		{"85", "30", "32689.842310125"}, // × (0.3 + 0.7 × 0.85 = 0.895)
		{"0", "30", "10957.4890425"},    // × 0.3: nothing billed, everything idles
		{"100", "30", "36524.963475"},   // × 1
		{"0", "100", "36524.963475"},    // idle GPUs draw full power
		{"50", "0", "18262.4817375"},    // × 0.5: idle GPUs draw nothing
	} {
		s := defaultWith(func(s *Scenario) { s.AI.GPU.UtilizationPct, s.AI.GPU.IdlePowerPct = d(tc.util), d(tc.idle) })
		tl := newTimeline(s)
		led := newAILedger(s, tl, newMarket(s, tl), newPivotPlan(s))
		if energy := led.energy[12]; !energy.Equal(d(tc.want)) {
			t.Errorf("utilization %s %%, idle %s %%: energy %s MWh, want %s", tc.util, tc.idle, energy, tc.want)
		}
		m13 := Evaluate(s).AI.Months[12]
		near(t, "power cost at utilization "+tc.util, m13.PowerCostUSD, d(tc.want).Mul(d("45")).String(), "1e-9")
	}
}

// TestColocation: revenue per kW leased, the escalator from the first live month, no power.
func TestColocation(t *testing.T) {
	s := defaultWith(func(s *Scenario) { s.AI.Mode = ModeColocation })
	res := Evaluate(s)
	if res.AI.GPUs.Valid {
		t.Errorf("colocation reports %s GPUs", res.AI.GPUs.Decimal)
	}
	// capex = 9,000,000 × 37.037037 = 333,333,333.33; residual 40 % = 133,333,333.33
	near(t, "capex", res.AI.CapexUSD, "333333333.333333333333", "1e-6")
	near(t, "residual", res.AI.ResidualUSD, "133333333.333333333333", "1e-6")
	if m12 := res.AI.Months[11]; !m12.RevenueUSD.IsZero() || !m12.EBITDAUSD.IsZero() {
		t.Errorf("month 12 (still converting) = %+v", m12)
	}
	for _, tc := range []struct {
		month int
		want  string
	}{
		// month 13 is the first live month: the rate as entered, 37,037.037 kW × $150 = 5,555,555.56
		{13, "5555555.5555555555555556"},
		// month 24: 11 months of a 3 %/yr escalator: 5,555,555.56 × 1.03^(11/12) = 5,708,144.40
		{24, "5708144.3982369064173054"},
		// month 25: a full year on, × 1.03 = 5,722,222.22
		{25, "5722222.2222222222222222"},
	} {
		r := res.AI.Months[tc.month-1]
		near(t, "colocation revenue", r.RevenueUSD, tc.want, "1e-6")
		if !r.PowerCostUSD.IsZero() {
			t.Errorf("month %d: the operator pays %s for passed-through power", tc.month, r.PowerCostUSD)
		}
		near(t, "colocation opex", r.OpexUSD, "925925.925925925925926", "1e-6")
	}
	// 80 % occupancy: 0.8 × 5,555,555.56 = 4,444,444.44
	s.AI.Colocation.OccupancyPct = d("80")
	near(t, "80 % occupied", Evaluate(s).AI.Months[12].RevenueUSD, "4444444.4444444444444444", "1e-6")
	// No conversion: the escalator starts in month 1, so month 13 is a full year on.
	s.AI.Colocation.OccupancyPct, s.AI.ConversionMonths = d("100"), 0
	near(t, "no conversion, month 13", Evaluate(s).AI.Months[12].RevenueUSD, "5722222.2222222222222222", "1e-6")
}

// TestMineDuringConversion: the build-out months carry the mining ledger of
// the site's fleet, opex included (spec §5, §10). A paid-for fleet mines for
// free; a fleet that must be bought is paid for at t = 0 (the correction of
// spec §10), with no residual.
func TestMineDuringConversion(t *testing.T) {
	paidFor := func(s *Scenario) { s.Mining.CapexUSDPerTH = zero }
	plain := Evaluate(defaultWith(paidFor))
	s := defaultWith(func(s *Scenario) {
		paidFor(s)
		s.AI.MineDuringConversion = true
	})
	res := Evaluate(s)
	for i := range 12 {
		a, m := res.AI.Months[i], res.Mining.Months[i]
		if !a.RevenueUSD.Equal(m.RevenueUSD) || !a.PowerCostUSD.Equal(m.PowerCostUSD) || !a.OpexUSD.Equal(m.OpexUSD) ||
			!a.EBITDAUSD.Equal(m.EBITDAUSD) || a.Running != m.Running || !a.BTCMined.Equal(m.BTCMined) {
			t.Fatalf("conversion month %d: AI %+v, mining %+v", i+1, a, m)
		}
	}
	// month 1 on the AI side is the worked example's mining month
	near(t, "AI month 1 EBITDA", res.AI.Months[0].EBITDAUSD, "763867.0375", "1e-6")
	for i := 12; i < 60; i++ {
		if !res.AI.Months[i].EBITDAUSD.Equal(plain.AI.Months[i].EBITDAUSD) {
			t.Fatalf("live month %d changed", i+1)
		}
	}
	if !res.AI.CapexUSD.Equal(plain.AI.CapexUSD) || !res.AI.ResidualUSD.Equal(plain.AI.ResidualUSD) {
		t.Errorf("mining during conversion changed AI capex %s → %s", plain.AI.CapexUSD, res.AI.CapexUSD)
	}
	// The NPV gains the discounted mining EBITDA of months 1..12:
	// Σ EBITDA_m / 1.12^(m/12) = 6,347,885.05 (python3, decimal at 60 digits).
	near(t, "AI NPV gain", res.AI.NPVUSD.Sub(plain.AI.NPVUSD), "6347885.04976717240761808", "1e-5")
	// Infrastructure belongs to the site, not the conversion fleet (spec §17): it moves nothing.
	s.Mining.InfrastructureCapexUSD = d("1000000")
	if got := Evaluate(s).AI; !got.NPVUSD.Equal(res.AI.NPVUSD) || !got.CapexUSD.Equal(res.AI.CapexUSD) {
		t.Errorf("AI NPV moved with the mining infrastructure: %s → %s", res.AI.NPVUSD, got.NPVUSD)
	}

	// A fleet to buy: at $18/TH the pivot pays the mining strategy's ASIC capex,
	// 2,976,190.476 TH × $18 = $53,571,428.57, at t = 0 and gets no residual back.
	bought := Evaluate(defaultWith(func(s *Scenario) {
		s.AI.MineDuringConversion = true
		s.Mining.ResidualPct = d("20")
	}))
	fleetFree := Evaluate(defaultWith(func(s *Scenario) { s.Mining.ResidualPct = d("20") }))
	near(t, "capex of a fleet to buy", bought.AI.CapexUSD.Sub(fleetFree.AI.CapexUSD), "53571428.5714285714285714", "1e-9")
	near(t, "paid at t = 0", bought.AI.InitialCapexUSD.Sub(fleetFree.AI.InitialCapexUSD), "53571428.5714285714285714", "1e-9")
	if !bought.AI.ResidualUSD.Equal(fleetFree.AI.ResidualUSD) {
		t.Errorf("the conversion fleet left a residual: %s → %s", fleetFree.AI.ResidualUSD, bought.AI.ResidualUSD)
	}
	// NPV: the same months mined, less the fleet: −53,571,428.57 + 6,347,885.05
	near(t, "NPV of mining during conversion with a fleet to buy", bought.AI.NPVUSD.Sub(fleetFree.AI.NPVUSD),
		"-47223543.52166139902095332", "1e-5")

	// A conversion longer than the horizon mines throughout.
	s = defaultWith(func(s *Scenario) {
		paidFor(s)
		s.AI.MineDuringConversion = true
		s.HorizonMonths = 6
	})
	res = Evaluate(s)
	if !res.AI.EBITDAUSD.Equal(res.Mining.EBITDAUSD) || !res.AI.EBITDAUSDPerMWYear.IsZero() {
		t.Errorf("6 months of conversion: AI EBITDA %s, mining %s, AI per MW-year %s",
			res.AI.EBITDAUSD, res.Mining.EBITDAUSD, res.AI.EBITDAUSDPerMWYear)
	}
}
