package model

import "testing"

func TestMiningFleet(t *testing.T) {
	for _, tc := range []struct {
		name                                string
		change                              func(*Scenario)
		itMW, fleetPH, capex, residual, tol string
	}{
		// it_mw = 50 / 1.05 = 47.619047…; fleet = 47,619.047… kW / 16 J/TH = 2,976.190476… PH/s;
		// capex = 2,976,190.476… TH × $18 = $53,571,428.571…
		{"worked example", nil, "47.6190476190476190476", "2976.19047619047619047619", "53571428.5714285714285714", "0", "1e-12"},
		// 42 MW / 1.05 = 40 MW; 40,000 kW / 20 J/TH = 2,000 PH/s exactly; 2,000,000 TH × $15 = $30M,
		// plus $5M infrastructure; the residual is 10 % of the ASICs only: $3M.
		{"exact fleet", func(s *Scenario) {
			s.Site.PowerMW, s.Mining.EfficiencyJPerTH, s.Mining.CapexUSDPerTH = d("42"), d("20"), d("15")
			s.Mining.InfrastructureCapexUSD, s.Mining.ResidualPct = d("5000000"), d("10")
		}, "40", "2000", "35000000", "3000000", "0"},
		// a paid-for fleet: no ASIC capex, only the infrastructure
		{"paid-for fleet", func(s *Scenario) {
			s.Mining.CapexUSDPerTH, s.Mining.InfrastructureCapexUSD, s.Mining.ResidualPct = d("0"), d("750000"), d("50")
		}, "47.6190476190476190476", "2976.19047619047619047619", "750000", "0", "1e-12"},
	} {
		res := Evaluate(defaultWith(tc.change))
		near(t, tc.name+": it_mw", res.Mining.ITMW, tc.itMW, tc.tol)
		near(t, tc.name+": fleet PH/s", res.Mining.HashratePH, tc.fleetPH, tc.tol)
		near(t, tc.name+": capex", res.Mining.CapexUSD, tc.capex, "1e-6")
		near(t, tc.name+": residual", res.Mining.ResidualUSD, tc.residual, "1e-6")
	}
	if got := Evaluate(Default()).Mining.HashratePH.StringFixed(2); got != "2976.19" {
		t.Errorf("fleet shows as %s PH/s, want 2,976.19", got)
	}
	cents(t, "worked example capex", Evaluate(Default()).Mining.CapexUSD, "53571428.57")
}

// TestMiningMonthOne is the worked example of spec §6 to the cent.
func TestMiningMonthOne(t *testing.T) {
	res := Evaluate(Default())
	m1 := res.Mining.Months[0]
	if m1.Month != 1 || m1.Date != MustYearMonth("2027-01") || !m1.Running {
		t.Errorf("month 1 is %d %s, running %v", m1.Month, m1.Date, m1.Running)
	}
	// revenue = fleet × hashprice × 30.4375 × uptime × (1 − pool fee)
	//         = (50,000/16.8 × 30.288 = 1,514,400/16.8 = 90,142.857142…) × (30.4375 × 0.97 × 0.98 = 28.9338875)
	//         = 2,608,183.2875 exactly
	near(t, "revenue", m1.RevenueUSD, "2608183.2875", "1e-6")
	cents(t, "revenue", m1.RevenueUSD, "2608183.29")
	// power = 50 MW × 730.5 h × 0.97 × $45 = 35,429.25 MWh × 45 = $1,594,316.25
	if !m1.PowerCostUSD.Equal(d("1594316.25")) {
		t.Errorf("power cost = %s, want 1,594,316.25", m1.PowerCostUSD)
	}
	// opex = $5,000 × 50 MW
	if !m1.OpexUSD.Equal(d("250000")) {
		t.Errorf("opex = %s, want 250,000", m1.OpexUSD)
	}
	// EBITDA = 2,608,183.2875 − 1,594,316.25 − 250,000 = 763,867.0375
	near(t, "EBITDA", m1.EBITDAUSD, "763867.0375", "1e-6")
	cents(t, "EBITDA", m1.EBITDAUSD, "763867.04")

	// BTC mined = revenue / price, since hashprice = BTC per PH-day × price: 2,608,183.2875 / 70,000 = 37.25976125
	near(t, "BTC mined in month 1", m1.BTCMined, "37.25976125", "1e-9")
	// cash cost = (1,594,316.25 + 250,000) / 37.25976125 = 49,498.8746…
	near(t, "cash cost per BTC", res.Mining.CashCostPerBTCUSD, "49498.8746069863772946", "1e-6")
	// hashcost = 1,844,316.25 / (2,976.190476 × 30.4375 = 90,587.797619) = 20.35943359…
	near(t, "hashcost", res.Mining.HashcostUSDPerPHDay, "20.3594335934291581", "1e-9")
}

// TestMiningShutoff is spec §4's shutoff, on the worked example's month 16.
func TestMiningShutoff(t *testing.T) {
	res := Evaluate(Default())
	// month 15: 2,976.19 × 30.288/1.2^(14/12) × 30.4375 × 0.9506 = 2,108,433.89 > 1,594,316.25: on.
	m15 := res.Mining.Months[14]
	if !m15.Running {
		t.Error("month 15 is off")
	}
	near(t, "month 15 EBITDA", m15.EBITDAUSD, "264117.635674110151767", "1e-6")
	// month 16 (2028-04, the halving): 2,976.19 × 12.1723 × 30.4375 × 0.9506 = 1,048,193.90 < 1,594,316.25: off.
	m16 := res.Mining.Months[15]
	if m16.Date != MustYearMonth("2028-04") || m16.Running || !m16.RevenueUSD.IsZero() || !m16.PowerCostUSD.IsZero() ||
		!m16.BTCMined.IsZero() || !m16.OpexUSD.Equal(d("250000")) || !m16.EBITDAUSD.Equal(d("-250000")) {
		t.Errorf("month 16 = %+v, want off with EBITDA −250,000", m16)
	}
	// Without shutoff the fleet runs at a loss: 1,048,193.90 − 1,594,316.25 − 250,000 = −796,122.35.
	s := defaultWith(func(s *Scenario) { s.Mining.ShutoffWhenUnprofitable = false })
	m16 = Evaluate(s).Mining.Months[15]
	if !m16.Running {
		t.Error("month 16 is off without shutoff")
	}
	near(t, "month 16 EBITDA without shutoff", m16.EBITDAUSD, "-796122.350886766919495997", "1e-6")
	// A site paid to draw power never shuts off: revenue ≥ 0 > power cost.
	s = defaultWith(func(s *Scenario) {
		s.Site.PowerPriceUSDPerMWh = d("-5")
		s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("0"))
	})
	for _, r := range Evaluate(s).Mining.Months {
		// EBITDA = 0 − 35,429.25 × (−5) − 250,000 = −72,853.75
		if !r.Running || !r.EBITDAUSD.Equal(d("-72853.75")) {
			t.Fatalf("month %d at a negative power price: running %v, EBITDA %s", r.Month, r.Running, r.EBITDAUSD)
		}
	}
}

func TestMiningTotalsAndBTC(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		s.HorizonMonths = 3
		s.Bitcoin.HashrateGrowthPctPerYear = d("0")
	})
	res := Evaluate(s)
	// three identical months of 37.25976125 BTC
	near(t, "btc_mined", res.Mining.BTCMined, "111.77928375", "1e-9")
	// 3 × 763,867.0375 − 53,571,428.5714 = −51,279,827.4589
	near(t, "net cash", res.Mining.NetCashUSD, "-51279827.458928571428571", "1e-5")
}
