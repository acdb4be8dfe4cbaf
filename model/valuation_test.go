package model

import "testing"

// flatTiny is tinySite over two identical months: no growth, no halving.
func flatTiny(s *Scenario) {
	tinySite(s)
	s.HorizonMonths = 2
	s.Bitcoin.HashrateGrowthPctPerYear, s.Bitcoin.PriceGrowthPctPerYear = d("0"), d("0")
}

// Spec §12's terminal value: max(0, x × T12), T12 the last n = min(12, H)
// months' EBITDA × 12 / n, in place of the residual.
func TestExitMultiple(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		flatTiny(s)
		s.Mining.ExitEVEBITDA, s.AI.ExitEVEBITDA = d("5"), d("3")
		s.Mining.ResidualPct = d("50") // replaced by the multiple
	})
	res := Evaluate(s)
	// mining: 2 × 690,950 × 12 / 2 = 8,291,400 a year, × 5 = 41,457,000; undiscounted NPV
	// 2 × 690,950 + 41,457,000 = 42,838,900
	near(t, "mining end value", res.Mining.ResidualUSD, "41457000", "0")
	near(t, "mining NPV", res.Mining.NPVUSD, "42838900", "0")
	// pivot: 1,387,950 a month at $0.10/GPU-h: 16,655,400 a year × 3 = 49,966,200
	near(t, "pivot end value", res.AI.ResidualUSD, "49966200", "0")
	if res.Mining.TerminalMethod != TerminalExitMultiple || res.AI.TerminalMethod != TerminalExitMultiple {
		t.Errorf("terminal methods %s, %s", res.Mining.TerminalMethod, res.AI.TerminalMethod)
	}
	// An end value is not a payback (spec §6): with $40M of ASICs mining earns back 1.38M
	// before its 41.46M end value, which takes net cash to +2.84M.
	s.Mining.CapexUSDPerTH = d("20") // 2,000,000 TH × $20 = $40M
	res = Evaluate(s)
	if res.Mining.PaybackMonths != 0 || !res.Mining.NetCashUSD.IsPositive() {
		t.Errorf("payback %d with net cash %s: the end value paid back", res.Mining.PaybackMonths, res.Mining.NetCashUSD)
	}
	// A loss-making last year is worth nothing, not a negative value: at $200/MWh the fleet is
	// off, EBITDA −210,000 a month.
	s.Site.PowerPriceUSDPerMWh = d("200")
	if v := Evaluate(s).Mining.ResidualUSD; !v.IsZero() {
		t.Errorf("end value %s on negative EBITDA, want 0", v)
	}
	// Without a multiple the end value is the residual.
	plain := Evaluate(defaultWith(flatTiny))
	if plain.Mining.TerminalMethod != TerminalResidual || !plain.AI.ResidualUSD.IsZero() {
		t.Errorf("no multiple: %s, %s", plain.Mining.TerminalMethod, plain.AI.ResidualUSD)
	}
}

// Spec §17: T12 uses the rows' EBITDA as reported, net of prepayment credits.
func TestExitMultipleTakesTheCreditedRows(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		flatTiny(s)
		s.AI.ExitEVEBITDA = d("3")
		s.AI.PrepaymentUSD, s.AI.PrepaymentCreditMonths = d("100000"), 2
	})
	// (1,387,950 − 50,000) × 2 × 12 / 2 × 3 = 48,166,200
	near(t, "pivot end value", Evaluate(s).AI.ResidualUSD, "48166200", "0")
}

// Spec §12: each strategy at its own rate, the scenario's by default.
func TestStrategyDiscountRates(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		s.Mining.DiscountRatePct, s.AI.DiscountRatePct = nullOf(d("15")), nullOf(d("9"))
	})
	res := Evaluate(s)
	atRate := func(pct string) Result {
		return Evaluate(defaultWith(func(s *Scenario) { s.DiscountRatePct = d(pct) }))
	}
	near(t, "mining NPV at its rate", res.Mining.NPVUSD, atRate("15").Mining.NPVUSD.String(), "0")
	near(t, "pivot NPV at its rate", res.AI.NPVUSD, atRate("9").AI.NPVUSD.String(), "0")
	near(t, "mining rate", res.Mining.DiscountRatePct, "15", "0")
	near(t, "pivot rate", res.AI.DiscountRatePct, "9", "0")
	if plain := Evaluate(Default()); !plain.AI.DiscountRatePct.Equal(d("12")) || !plain.Mining.DiscountRatePct.Equal(d("12")) {
		t.Errorf("default rates %s and %s, want the scenario's 12", plain.Mining.DiscountRatePct, plain.AI.DiscountRatePct)
	}
}

// Spec §12's per-IT-MW figures: mining over its first 12 months, the pivot's
// AI phases over the 12 months from L_last, revenue before credits.
func TestPerITMWFigures(t *testing.T) {
	res := Evaluate(Default())
	// mining: its first year over 47.619 MW of IT
	near(t, "mining revenue per IT MW-year", res.Mining.RevenueUSDPerITMWYear,
		res.Mining.FirstYearRevenueUSD.Div(res.Mining.ITMW).String(), "1e-9")
	near(t, "mining EBITDA per IT MW-year", res.Mining.EBITDAUSDPerITMWYear,
		res.Mining.FirstYearEBITDAUSD.Div(res.Mining.ITMW).String(), "1e-9")
	// the pivot: months 13..24 over 37.037 MW
	near(t, "AI revenue per IT MW-year", res.AI.RevenueUSDPerITMWYear,
		res.AI.FirstYearRevenueUSD.Div(res.AI.ITMW).String(), "1e-6")

	// tinyPhases: L_last = 2, one month left: its AI part annualised. 28,570 GPUs bill
	// 2,087,038.5 and draw 1,095,695.2125 of power: × 12 × 1.05 / 30 MW = 876,556.17 and 416,364.18;
	// the kept MW's mining and a prepayment credit are left out.
	s := defaultWith(func(s *Scenario) {
		tinyPhases(s)
		s.AI.PrepaymentUSD, s.AI.PrepaymentCreditMonths = d("1000000"), 2
	})
	ai := Evaluate(s).AI
	near(t, "phased revenue per IT MW-year", ai.RevenueUSDPerITMWYear, "876556.17", "1e-9")
	near(t, "phased EBITDA per IT MW-year", ai.EBITDAUSDPerITMWYear, "416364.18075", "1e-9")
	// Never live within the horizon: 0.
	late := Evaluate(defaultWith(func(s *Scenario) { s.AI.ConversionMonths = 60 })).AI
	if !late.RevenueUSDPerITMWYear.IsZero() || !late.EBITDAUSDPerITMWYear.IsZero() {
		t.Errorf("never live: %s and %s per IT MW-year", late.RevenueUSDPerITMWYear, late.EBITDAUSDPerITMWYear)
	}
}
