package model

import (
	"testing"
)

// Spec §10's worked check: the defaults with converted_mw = 25 give a pivot
// whose kept-MW part is exactly half of the mining strategy, month by month,
// and whose AI part has floor(25/1.35 × 1000 / 1.4) = 13,227 GPUs.
func TestSection10WorkedCheck(t *testing.T) {
	s := defaultWith(func(s *Scenario) { s.AI.ConvertedMW = nullOf(d("25")) })
	res := Evaluate(s)
	ai, mining := res.AI, res.Mining
	// 25 / 1.35 = 18.518518 MW of IT; 18,518.5185 kW / 1.4 = 13,227.51 → 13,227 GPUs
	if !ai.GPUs.Valid || !ai.GPUs.Decimal.Equal(decimalInt(13227)) {
		t.Errorf("gpus %v, want 13,227", ai.GPUs)
	}
	near(t, "it_mw", ai.ITMW, "18.5185185185185185185", "1e-15")
	near(t, "mining_mw", ai.MiningMW, "25", "0")
	// The AI phase is live from month 13: before it, the pivot is the kept half alone.
	half := d("0.5")
	for i, m := range mining.Months {
		p := ai.Months[i]
		wantRev, wantPower, wantOpex := m.RevenueUSD.Mul(half), m.PowerCostUSD.Mul(half), m.OpexUSD.Mul(half)
		if i >= 12 { // take the AI part out: what is left must be the kept half, exactly
			aiPart := Evaluate(defaultWith(func(s *Scenario) { s.AI.ConvertedMW = nullOf(d("25")); s.Site.PowerMW = d("25") })).AI.Months[i]
			wantRev, wantPower, wantOpex = wantRev.Add(aiPart.RevenueUSD), wantPower.Add(aiPart.PowerCostUSD), wantOpex.Add(aiPart.OpexUSD)
			if i > 13 {
				break // two live months suffice; the loop evaluates a scenario each
			}
		}
		if !p.RevenueUSD.Equal(wantRev) || !p.PowerCostUSD.Equal(wantPower) || !p.OpexUSD.Equal(wantOpex) ||
			!p.BTCMined.Equal(m.BTCMined.Mul(half)) || p.Running != (m.Running || i >= 12) {
			t.Fatalf("month %d: pivot %+v, want half of mining %+v plus the AI part", i+1, p, m)
		}
	}
	// capex: half the fleet, 2,976,190.476 TH × $18 / 2 = 26,785,714.29; 13,227 GPUs × $45,000 =
	// 595,215,000; fit-out $9M × 18.518519 MW = 166,666,666.67; in all 788,667,380.95 (python3)
	near(t, "pivot capex", ai.CapexUSD, "788667380.952380952380952", "1e-9")
	// residual: 10 % of the GPUs' 595,215,000 + 40 % of the fit-out; the kept fleet's residual is 0 %
	near(t, "pivot residual", ai.ResidualUSD, "126188166.666666666666667", "1e-9")
	// month 13 AI revenue: 13,227 × 2.35 × 0.85 (a year of −15 %) × 730.5 × 0.85 = 16,405,417.5125625
	// (python3 gives the pivot's whole month 13 as 17,492,160.549, the kept half's 1,086,743.04 included)
	near(t, "month 13 revenue", ai.Months[12].RevenueUSD, "17492160.5490208333333333", "1e-9")
	near(t, "pivot NPV", ai.NPVUSD, "-365017978.824211646945847763", "1e-6")
	if len(ai.Phases) != 1 || ai.Phases[0].LiveMonth != 13 || ai.Phases[0].Live != MustYearMonth("2028-01") {
		t.Errorf("phases %+v, want one live from month 13 (2028-01)", ai.Phases)
	}
}

// tinyPhases is a two-month 42 MW site (tinySite) converting 30 MW in two
// phases: 10 MW live in month 1 and 20 MW live in month 2; 12 MW keep mining.
//
//	GPUs: 10 MW / 1.05 = 9.5238 MW = 9,523 GPUs of 1 kW; 20 MW → 19,047 GPUs (floor each).
//	Kept mining: 12/42 of the site's month, both months (no halving, no growth).
func tinyPhases(s *Scenario) {
	tinySite(s)
	s.HorizonMonths = 2
	s.Bitcoin.FeesBTCPerBlock, s.Bitcoin.HashrateGrowthPctPerYear, s.Bitcoin.PriceGrowthPctPerYear = d("0"), d("0"), d("0")
	s.AI.Phases = []Phase{{MW: d("10"), Live: s.Start}, {MW: d("20"), Live: s.Start.AddMonths(1)}}
}

func TestPhasesAndKeptMW(t *testing.T) {
	res := Evaluate(defaultWith(tinyPhases))
	ai := res.AI
	if ai.GPUs.Decimal.IntPart() != 9523+19047 || ai.Phases[0].GPUs.Decimal.IntPart() != 9523 || ai.Phases[1].GPUs.Decimal.IntPart() != 19047 {
		t.Errorf("gpus %v (phases %+v), want 9,523 + 19,047", ai.GPUs, ai.Phases)
	}
	near(t, "mining_mw", ai.MiningMW, "12", "0")
	near(t, "it_mw", ai.ITMW, "28.5714285714285714285714", "1e-18") // 30 / 1.05
	// Month 1: the site earns 2,435,000, pays 1,534,050 for power and 210,000 of opex (tinySite);
	// the kept 12/42 is 695,714.2857, 438,300 and 60,000. Phase 1 bills 9,523 × 730.5 × $0.10 =
	// 695,655.15 and draws 9,523 × 1.05 × 730.5 / 1000 = 7,304.379075 MWh × $50 = 365,218.95375.
	m1 := ai.Months[0]
	near(t, "month 1 revenue", m1.RevenueUSD, "1391369.43571428571428571", "1e-9") // 695,714.2857 + 695,655.15
	near(t, "month 1 power", m1.PowerCostUSD, "803518.95375", "1e-9")              // 438,300 + 365,218.95375
	near(t, "month 1 opex", m1.OpexUSD, "60000", "1e-15")                          // AI opex is 0 in tinySite
	// Month 2: both phases, 28,570 GPUs: 28,570 × 73.05 = 2,087,038.5 billed;
	// 28,570 × 0.767025 = 21,913.90425 MWh × $50 = 1,095,695.2125 of power.
	m2 := ai.Months[1]
	near(t, "month 2 revenue", m2.RevenueUSD, "2782752.78571428571428571", "1e-9")
	near(t, "month 2 power", m2.PowerCostUSD, "1533995.2125", "1e-9")
	// The pivot's ledger adds up: EBITDA = revenue − power − opex.
	if !m2.EBITDAUSD.Equal(m2.RevenueUSD.Sub(m2.PowerCostUSD).Sub(m2.OpexUSD)) {
		t.Errorf("month 2 EBITDA %s", m2.EBITDAUSD)
	}
	if ai.FirstLiveMonth != 1 || ai.LastLiveMonth != 2 {
		t.Errorf("L_1 %d, L_last %d, want 1 and 2", ai.FirstLiveMonth, ai.LastLiveMonth)
	}
}

// A phase not yet live mines with mine_during_conversion: the pivot mines
// the kept MW plus every phase still converting.
func TestConversionFleetsPerPhase(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		tinyPhases(s)
		s.AI.MineDuringConversion = true
		s.Mining.CapexUSDPerTH = d("10")
	})
	res := Evaluate(s)
	site := res.Mining.Months
	// Month 1: 12 kept + 20 converting = 32 of 42 MW mine.
	near(t, "month 1 mining revenue share", res.AI.Months[0].RevenueUSD.Sub(d("695655.15")),
		site[0].RevenueUSD.Mul(d("32")).Div(d("42")).String(), "1e-9")
	// capex at t = 0: the kept 12 MW's fleet and phase 2's conversion fleet (phase 1 is live
	// in month 1 and buys none): 2,000 PH/s × 1,000 × $10 = $20M for the site, × 32/42 = 15,238,095.24
	near(t, "mining capex at t = 0", res.AI.InitialCapexUSD, "15238095.2380952380952381", "1e-9")
}

// Spec §10's capex timing: with build, each phase's fit-out is paid in
// build_months parts at the ends of months L − b … L − 1 (at t = 0 before
// month 1), its GPUs at the end of month L − 1.
func TestBuildCapexTiming(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		s.Site.PowerMW = d("27") // 27 / 1.35 = 20 MW of IT: $180M of fit-out, 14,285 GPUs
		s.AI.ConversionMonths = 4
		s.AI.CapexTiming, s.AI.BuildMonths = CapexBuild, 6
	})
	res := Evaluate(s)
	ai := res.AI
	// L = 5: six parts of $30M at the ends of months −1, 0, 1, 2, 3, 4; the first two at t = 0.
	near(t, "t = 0", ai.InitialCapexUSD, "60000000", "0")
	for m, want := range map[int]string{1: "30000000", 2: "30000000", 3: "30000000", 5: "0"} {
		near(t, "capex in month", ai.Months[m-1].CapexUSD, want, "0")
	}
	// month 4 = L − 1: the last part and the GPUs, 14,285 × $45,000 = 642,825,000
	near(t, "month 4", ai.Months[3].CapexUSD, "672825000", "0")
	near(t, "all of it", ai.CapexUSD, "822825000", "0")
	if len(ai.CapexPayments) != 6 {
		t.Errorf("payments %+v, want the GPUs in month 4 and fit-out at t = 0 and in months 1..4", ai.CapexPayments)
	}
	// Cumulative cash takes each month's capex: month 1 = −60M − 30M + EBITDA 0.
	near(t, "month 1 cumulative", ai.Months[0].CumulativeCashUSD, "-90000000", "0")
	// NPV: the same capex paid later is worth more to the pivot than upfront.
	upfront := s
	upfront.AI.CapexTiming = CapexUpfront
	if up := Evaluate(upfront).AI; !ai.NPVUSD.GreaterThan(up.NPVUSD) || !ai.CapexUSD.Equal(up.CapexUSD) {
		t.Errorf("build NPV %s, upfront %s: paying later should be worth more", ai.NPVUSD, up.NPVUSD)
	}
	// Live in month 1: the GPUs are paid at t = 0. Live past the horizon (no phases): paid in month H.
	s.AI.ConversionMonths = 0
	if got := Evaluate(s).AI; !got.InitialCapexUSD.Equal(got.CapexUSD) {
		t.Errorf("a phase live in month 1 paid %s of %s at t = 0", got.InitialCapexUSD, got.CapexUSD)
	}
	s.AI.ConversionMonths, s.HorizonMonths = 70, 60
	late := Evaluate(s).AI
	// L = 71: parts at months 65..70 and the GPUs at month 70, all after H, land in month 60
	near(t, "late month 60", late.Months[59].CapexUSD, "822825000", "0")
}

// The mining strategy pays for its fleet at t = 0 whatever the pivot's timing.
func TestMiningCapexAtStart(t *testing.T) {
	res := Evaluate(defaultWith(func(s *Scenario) { s.AI.CapexTiming = CapexBuild }))
	if !res.Mining.InitialCapexUSD.Equal(res.Mining.CapexUSD) || len(res.Mining.CapexPayments) != 1 ||
		res.Mining.CapexPayments[0].Class != CapexMining {
		t.Errorf("mining payments %+v", res.Mining.CapexPayments)
	}
}
