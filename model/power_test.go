package model

import "testing"

// curtailedTiny is tinySite curtailing 10 % of its running hours for
// $100/MWh, with $1,000/MW-month of demand response.
func curtailedTiny(s *Scenario) {
	tinySite(s)
	s.Mining.CurtailmentPct, s.Mining.CurtailmentCreditUSDPerMWh = d("10"), d("100")
	s.Mining.DemandResponseUSDPerMWMonth = d("1000")
}

// Spec §13's mining ledger with curtailment, credits and demand response.
func TestCurtailment(t *testing.T) {
	res := Evaluate(defaultWith(curtailedTiny))
	m := res.Mining.Months[0]
	// BTC revenue 2,435,000 × 0.9 = 2,191,500; credits 42 × 730.5 × 0.1 × $100 = 306,810;
	// demand response 42 × $1,000 = 42,000: revenue 2,540,310.
	near(t, "revenue", m.RevenueUSD, "2540310", "0")
	// energy 42 × 730.5 × 0.9 = 27,612.9 MWh × $50
	near(t, "power", m.PowerCostUSD, "1380645", "0")
	near(t, "EBITDA", m.EBITDAUSD, "949665", "0") // 2,540,310 − 1,380,645 − 210,000
	// BTC mined: 60,875 PH-days × 0.9 × (3.155 × 144 / 1,050,000) = 23.70576857
	near(t, "BTC mined", m.BTCMined, "23.7057685714285714285714", "1e-15")
	// cash cost: (1,380,645 + 210,000 − 306,810 − 42,000) / 23.70576857 = 52,385.35
	near(t, "cash cost per BTC", res.Mining.CashCostPerBTCUSD, "52385.3506904106161502101", "1e-9")
	near(t, "hashcost", res.Mining.HashcostUSDPerPHDay, "20.3997535934291581108830", "1e-12") // 1,241,835 / 60,875
	// power-price break-even: (2,191,500 + 306,810 + 42,000 − 210,000) / 27,612.9 = 84.392
	nullOrNear(t, "power-price break-even", res.Breakeven.MiningPowerPriceUSDPerMWh, "84.3920776158969177449670", "1e-15")
	for _, problem := range breakevenProblems(defaultWith(curtailedTiny), res) {
		t.Error(problem)
	}
}

// Shutoff weighs credits with the bitcoin: an off month earns neither.
func TestCurtailmentShutoff(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		curtailedTiny(s)
		// power at $95: 27,612.9 × 95 = 2,623,225.5 > 2,540,310 of revenue: off.
		s.Site.PowerPriceUSDPerMWh = d("95")
	})
	m := Evaluate(s).Mining.Months[0]
	if m.Running || !m.RevenueUSD.IsZero() || !m.EBITDAUSD.Equal(d("-210000")) {
		t.Errorf("month 1: running %v, revenue %s, EBITDA %s; want off", m.Running, m.RevenueUSD, m.EBITDAUSD)
	}
	// At $90 (2,485,161 of power) the credits keep it on: without them it would be off.
	s.Site.PowerPriceUSDPerMWh = d("90")
	if m := Evaluate(s).Mining.Months[0]; !m.Running {
		t.Error("the credits did not keep the fleet on at $90/MWh")
	}
}

// Spec §17: at 100 % curtailment nothing is mined, the cash cost per BTC and
// the power-price break-even are null, and the credits are the revenue.
func TestFullCurtailment(t *testing.T) {
	res := Evaluate(defaultWith(func(s *Scenario) {
		curtailedTiny(s)
		s.Mining.CurtailmentPct = d("100")
	}))
	m := res.Mining.Months[0]
	// credits 42 × 730.5 × $100 = 3,068,100 plus 42,000 of demand response; no power drawn
	near(t, "revenue", m.RevenueUSD, "3110100", "0")
	if !m.PowerCostUSD.IsZero() || !m.BTCMined.IsZero() || !res.Mining.CashCostPerBTCUndefined || res.Breakeven.MiningPowerPriceUSDPerMWh.Valid {
		t.Errorf("power %s, mined %s, cash cost undefined %v, power break-even %v", m.PowerCostUSD, m.BTCMined,
			res.Mining.CashCostPerBTCUndefined, res.Breakeven.MiningPowerPriceUSDPerMWh)
	}
}

// The pivot's kept MW curtail too: its part is the site's curtailed ledger scaled.
func TestKeptMWCurtail(t *testing.T) {
	res := Evaluate(defaultWith(func(s *Scenario) {
		curtailedTiny(s)
		s.AI.ConvertedMW = nullOf(d("21"))
		s.AI.ConversionMonths = 1 // the AI half is not yet live in month 1
	}))
	near(t, "kept half's revenue", res.AI.Months[0].RevenueUSD, "1270155", "0") // 2,540,310 / 2
}

// Spec §13: the GPU cloud pays a premium for firm power and operations per
// installed GPU-hour; colocation pays neither.
func TestGPUCloudPowerPremiumAndOpex(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		tinySite(s)
		s.AI.PowerPremiumUSDPerMWh = d("10")
		s.AI.GPU.OpexUSDPerGPUHour = d("0.10")
	})
	m := Evaluate(s).AI.Months[0]
	// 40,000 GPUs × 1.05 × 730.5 / 1000 = 30,681 MWh at $50 + $10
	near(t, "power", m.PowerCostUSD, "1840860", "0")
	// 40,000 GPUs × $0.10 × 730.5 h, all billed or not
	near(t, "opex", m.OpexUSD, "2922000", "0")
	s.AI.GPU.UtilizationPct = d("0")
	near(t, "opex of idle GPUs", Evaluate(s).AI.Months[0].OpexUSD, "2922000", "0")
	s.AI.Mode = ModeColocation
	if c := Evaluate(s).AI.Months[0]; !c.PowerCostUSD.IsZero() || !c.OpexUSD.IsZero() {
		t.Errorf("colocation power %s, opex %s", c.PowerCostUSD, c.OpexUSD)
	}
}
