package model

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// drawScenario draws a valid scenario with every input somewhere in a
// realistic range: both AI modes, with and without shutoff and mining during
// conversion, horizons of 1 to 240 months.
func drawScenario(rng *rand.Rand) Scenario {
	between := func(lo, hi float64, places int32) decimal.Decimal {
		return decimal.NewFromFloat(lo + rng.Float64()*(hi-lo)).Round(places)
	}
	sometimes := func(share float64, value, otherwise decimal.Decimal) decimal.Decimal {
		if rng.Float64() < share {
			return value
		}
		return otherwise
	}
	s := Default()
	s.Start = YearMonth{Year: 2024 + rng.IntN(12), Month: 1 + rng.IntN(12)}
	s.HorizonMonths = 1 + rng.IntN(72) // most sites are judged over a few years…
	if rng.IntN(4) == 0 {
		s.HorizonMonths = 1 + rng.IntN(240) // …some over up to twenty
	}
	s.DiscountRatePct = between(0, 25, 2)

	s.Site.PowerMW = between(0.5, 500, 1)
	s.Site.PowerPriceUSDPerMWh = between(-10, 150, 2)
	s.Site.PowerPriceGrowthPctPerYear = between(-5, 10, 1)

	s.Bitcoin.PriceUSD = between(15000, 250000, 0)
	s.Bitcoin.PriceGrowthPctPerYear = between(-30, 60, 1)
	s.Bitcoin.NetworkHashrateEH = between(300, 3000, 0)
	s.Bitcoin.HashrateGrowthPctPerYear = between(-10, 60, 1)
	subsidy := d([]string{"6.25", "3.125", "1.5625"}[rng.IntN(3)])
	s.Bitcoin.BlockSubsidyBTC, s.Bitcoin.SubsidyAfterHalvingBTC = subsidy, subsidy.Mul(half)
	s.Bitcoin.FeesBTCPerBlock = between(0, 0.5, 3)
	s.Bitcoin.NextHalving = s.Start.AddMonths(rng.IntN(72) - 12)
	if rng.IntN(3) == 0 {
		s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(between(5, 120, 2))
	}

	s.Mining = Mining{
		EfficiencyJPerTH:        between(9, 38, 1),
		PUE:                     between(1, 1.3, 2),
		UptimePct:               sometimes(0.2, hundred, between(80, 100, 1)),
		PoolFeePct:              between(0, 4, 1),
		OpexUSDPerMWMonth:       between(0, 20000, 0),
		CapexUSDPerTH:           sometimes(0.2, zero, between(5, 30, 2)),
		InfrastructureCapexUSD:  sometimes(0.5, zero, between(0, 50e6, 0)),
		ResidualPct:             between(0, 30, 0),
		ShutoffWhenUnprofitable: rng.IntN(2) == 0,
	}

	s.AI.Mode = Modes[rng.IntN(len(Modes))]
	s.AI.PUE = between(1.1, 1.6, 2)
	s.AI.ConversionMonths = rng.IntN(31)
	s.AI.MineDuringConversion = rng.IntN(2) == 0
	s.AI.FitoutCapexUSDPerMW = between(5e6, 12e6, 0)
	s.AI.FitoutResidualPct = between(0, 60, 0)
	s.AI.OpexUSDPerMWMonth = between(10000, 50000, 0)
	s.AI.GPU = GPU{
		Model:                  "random",
		KWPerGPU:               between(0.7, 2, 2),
		CapexUSDPerGPU:         between(20000, 70000, 0),
		RentalUSDPerGPUHour:    between(0.8, 6, 2),
		RentalGrowthPctPerYear: between(-40, 10, 1),
		UtilizationPct:         sometimes(0.1, zero, between(20, 100, 0)),
		IdlePowerPct:           between(0, 60, 0),
		ResidualPct:            between(0, 30, 0),
	}
	s.AI.Colocation = Colocation{
		RateUSDPerKWMonth:   between(60, 250, 0),
		EscalatorPctPerYear: between(0, 6, 1),
		EscalatorStep:       EscalateMonthly,
		OccupancyPct:        sometimes(0.1, zero, between(30, 100, 0)),
		RenewalPct:          hundred,
		TenantCapexPct:      zero,
	}

	if s.HasTreasury = rng.IntN(2) == 0; s.HasTreasury {
		held := between(0, 20000, 2)
		marginCall := between(60, 85, 0)
		s.Treasury = Treasury{
			BTCHeld:           held,
			LoanUSD:           sometimes(0.2, zero, between(0, 1e9, 0)),
			MarginCallLTVPct:  marginCall,
			LiquidationLTVPct: marginCall.Add(between(0, 10, 0)),
			BTCToSell:         held.Mul(between(0, 1, 2)).Round(2),
		}
	}
	if rng.IntN(2) == 0 {
		drawPartTwo(rng, &s, between)
	}
	return s
}

// drawPartTwo draws the inputs of spec §10–§13 into a valid scenario: a
// partial or phased pivot, build-timed capex, a lease with a term or a
// contract value, a prepayment, own rates, exit multiples, curtailment.
func drawPartTwo(rng *rand.Rand, s *Scenario, between func(lo, hi float64, places int32) decimal.Decimal) {
	h := s.HorizonMonths
	power := s.Site.PowerMW
	switch rng.IntN(3) {
	case 0:
		s.AI.ConvertedMW = nullOf(power.Mul(between(0.05, 1, 2)).Round(3))
	case 1:
		n := 1 + rng.IntN(4)
		left := power
		s.AI.Phases = nil
		s.AI.ConversionMonths = Default().AI.ConversionMonths
		for range n {
			mw := left.Mul(between(0.1, 0.6, 2)).Round(3)
			if !mw.IsPositive() {
				break
			}
			left = left.Sub(mw)
			s.AI.Phases = append(s.AI.Phases, Phase{MW: mw, Live: s.Start.AddMonths(rng.IntN(h))})
		}
	}
	if rng.IntN(2) == 0 {
		s.AI.CapexTiming, s.AI.BuildMonths = CapexBuild, 1+rng.IntN(24)
	}
	c := &s.AI.Colocation
	if rng.IntN(2) == 0 {
		c.EscalatorStep = EscalateAnnual
	}
	c.TermMonths = rng.IntN(3) * rng.IntN(160)
	c.RenewalPct = between(0, 100, 0)
	c.TenantCapexPct = between(0, 90, 0)
	if c.TermMonths > 0 && c.OccupancyPct.IsPositive() && rng.IntN(2) == 0 {
		c.ContractValueUSD = nullOf(between(1e7, 5e9, 0))
		c.RateUSDPerKWMonth = Default().AI.Colocation.RateUSDPerKWMonth
	}
	if first := firstLiveMonth(*s); first <= h && rng.IntN(2) == 0 {
		s.AI.PrepaymentUSD = between(0, 5e8, 0)
		s.AI.PrepaymentCreditMonths = 1 + rng.IntN(h-first+1)
	}
	if rng.IntN(2) == 0 {
		s.Mining.DiscountRatePct = nullOf(between(5, 25, 1))
		s.AI.DiscountRatePct = nullOf(between(5, 25, 1))
	}
	if rng.IntN(3) == 0 {
		s.Mining.ExitEVEBITDA, s.AI.ExitEVEBITDA = between(0, 12, 1), between(0, 20, 1)
	}
	if rng.IntN(2) == 0 {
		s.Mining.CurtailmentPct = between(0, 30, 1)
		s.Mining.CurtailmentCreditUSDPerMWh = between(0, 300, 0)
		s.Mining.DemandResponseUSDPerMWMonth = between(0, 20000, 0)
	}
	s.AI.PowerPremiumUSDPerMWh = between(0, 20, 1)
	s.AI.GPU.OpexUSDPerGPUHour = between(0, 0.2, 2)
}

// TestProperties evaluates a few hundred random scenarios (a fixed seed, so
// a failure repeats) and checks what must hold for every one of them.
func TestProperties(t *testing.T) {
	n := 250
	if testing.Short() {
		n = 40
	}
	rng := rand.New(rand.NewPCG(2027, 4))
	tally := map[string]int{}
	defer func() { t.Logf("covered: %v", tally) }()
	for i := range n {
		s := drawScenario(rng)
		tally[string(s.AI.Mode)]++
		tally[fmt.Sprintf("shutoff=%v", s.Mining.ShutoffWhenUnprofitable)]++
		tally[fmt.Sprintf("mine_during_conversion=%v", s.AI.MineDuringConversion)]++
		if s.HorizonMonths > 120 {
			tally["horizon>120"]++
		}
		if err := Validate(s); err != nil {
			t.Fatalf("scenario %d is invalid: %v", i, err)
		}
		var problems []string
		func() {
			defer func() {
				if p := recover(); p != nil {
					problems = append(problems, fmt.Sprintf("panic: %v", p))
				}
			}()
			problems = scenarioProblems(rng, s, tally)
		}()
		for _, p := range problems {
			t.Errorf("scenario %d (%s, %d months, shutoff %v, mining during conversion %v): %s",
				i, s.AI.Mode, s.HorizonMonths, s.Mining.ShutoffWhenUnprofitable, s.AI.MineDuringConversion, p)
		}
		if t.Failed() {
			t.Logf("scenario %d: %+v", i, s)
			t.FailNow()
		}
	}
}

func slicesAllNonNegative(values []decimal.Decimal) bool {
	for _, v := range values {
		if v.IsNegative() {
			return false
		}
	}
	return true
}

func scenarioProblems(rng *rand.Rand, s Scenario, tally map[string]int) []string {
	var problems []string
	fail := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	res := Evaluate(s)

	for _, side := range []struct {
		name string
		st   Strategy
	}{{"mining", res.Mining}, {"AI", res.AI}} {
		st := side.st
		if len(st.Months) != s.HorizonMonths {
			fail("%s: %d months, want %d", side.name, len(st.Months), s.HorizonMonths)
			continue
		}
		var revenue, power, opex, ebitda, capex decimal.Decimal
		// spec §10: t = 0 holds the capex paid then and the prepayment.
		cumulative := st.PrepaymentUSD.Sub(st.InitialCapexUSD)
		capex = st.InitialCapexUSD
		var withoutEnd []decimal.Decimal // cumulative cash without the end value, for payback
		for i, r := range st.Months {
			revenue, power, opex, ebitda = revenue.Add(r.RevenueUSD), power.Add(r.PowerCostUSD), opex.Add(r.OpexUSD), ebitda.Add(r.EBITDAUSD)
			capex = capex.Add(r.CapexUSD)
			if !r.EBITDAUSD.Equal(r.RevenueUSD.Sub(r.PowerCostUSD).Sub(r.OpexUSD)) {
				fail("%s month %d: EBITDA %s is not revenue − power − opex", side.name, r.Month, r.EBITDAUSD)
			}
			cumulative = cumulative.Add(r.EBITDAUSD).Sub(r.CapexUSD)
			withoutEnd = append(withoutEnd, cumulative)
			if i == len(st.Months)-1 {
				cumulative = cumulative.Add(st.ResidualUSD)
			}
			if !r.CumulativeCashUSD.Equal(cumulative) {
				fail("%s month %d: cumulative cash %s, want %s", side.name, r.Month, r.CumulativeCashUSD, cumulative)
			}
		}
		if !revenue.Equal(st.RevenueUSD) || !power.Equal(st.PowerCostUSD) || !opex.Equal(st.OpexUSD) || !ebitda.Equal(st.EBITDAUSD) {
			fail("%s: the months do not add up to the totals", side.name)
		}
		if !capex.Equal(st.CapexUSD) {
			fail("%s: capex by month adds up to %s, capex %s", side.name, capex, st.CapexUSD)
		}
		paid := zero
		for _, p := range st.CapexPayments {
			paid = paid.Add(p.AmountUSD)
		}
		if !paid.Equal(st.CapexUSD) {
			fail("%s: capex payments add up to %s, capex %s", side.name, paid, st.CapexUSD)
		}
		// spec §17: net cash is every flow, t = 0 included.
		if netCash := ebitda.Sub(st.CapexUSD).Add(st.ResidualUSD).Add(st.PrepaymentUSD); !st.NetCashUSD.Equal(netCash) {
			fail("%s: net cash %s, want Σ EBITDA − capex + end value + prepayment = %s", side.name, st.NetCashUSD, netCash)
		}
		if last := st.Months[len(st.Months)-1].CumulativeCashUSD; !last.Equal(st.NetCashUSD) {
			fail("%s: last cumulative cash %s, net cash %s", side.name, last, st.NetCashUSD)
		}
		if p := st.PaybackMonths; p < 0 || p > s.HorizonMonths ||
			(p > 0 && (withoutEnd[p-1].IsNegative() || (p > 1 && !withoutEnd[p-2].IsNegative()))) ||
			(p == 0 && !withoutEnd[len(withoutEnd)-1].IsNegative() && slicesAllNonNegative(withoutEnd)) {
			fail("%s: payback month %d is not the first with cumulative cash ≥ 0 without the end value", side.name, p)
		}
	}

	gap := res.AI.NPVUSD.Sub(res.Mining.NPVUSD)
	v := res.Verdict
	switch {
	case gap.Abs().LessThan(one):
		if v.Winner != WinnerTie {
			fail("NPVs %s apart, verdict %s", gap, v.Winner)
		}
	case gap.IsPositive() && (v.Winner != WinnerAI || !v.NPVAdvantageUSD.Equal(gap)):
		fail("AI ahead by %s, verdict %s by %s", gap, v.Winner, v.NPVAdvantageUSD)
	case gap.IsNegative() && (v.Winner != WinnerMining || !v.NPVAdvantageUSD.Equal(gap.Neg())):
		fail("mining ahead by %s, verdict %s by %s", gap.Neg(), v.Winner, v.NPVAdvantageUSD)
	}

	// Dearer power never raises either NPV.
	dearer := s
	dearer.Site.PowerPriceUSDPerMWh = s.Site.PowerPriceUSDPerMWh.Add(decimal.NewFromFloat(0.01 + rng.Float64()*50).Round(2))
	if r := Evaluate(dearer); r.Mining.NPVUSD.GreaterThan(res.Mining.NPVUSD) || r.AI.NPVUSD.GreaterThan(res.AI.NPVUSD) {
		fail("power at %s → %s $/MWh raised an NPV: mining %s → %s, AI %s → %s", s.Site.PowerPriceUSDPerMWh,
			dearer.Site.PowerPriceUSDPerMWh, res.Mining.NPVUSD, r.Mining.NPVUSD, res.AI.NPVUSD, r.AI.NPVUSD)
	}
	// A higher AI rate never lowers AI NPV.
	higher := s
	switch {
	case s.AI.Mode == ModeColocation && s.AI.Colocation.ContractValueUSD.Valid:
		higher.AI.Colocation.ContractValueUSD = nullOf(s.AI.Colocation.ContractValueUSD.Decimal.Mul(d("1.1")))
	case s.AI.Mode == ModeGPUCloud:
		higher.AI.GPU.RentalUSDPerGPUHour = s.AI.GPU.RentalUSDPerGPUHour.Add(decimal.NewFromFloat(0.01 + rng.Float64()).Round(2))
	default:
		higher.AI.Colocation.RateUSDPerKWMonth = s.AI.Colocation.RateUSDPerKWMonth.Add(decimal.NewFromFloat(1 + rng.Float64()*50).Round(0))
	}
	if r := Evaluate(higher); r.AI.NPVUSD.LessThan(res.AI.NPVUSD) {
		fail("a higher %s rate lowered AI NPV: %s → %s", s.AI.Mode, res.AI.NPVUSD, r.AI.NPVUSD)
	}

	problems = append(problems, breakevenProblems(s, res)...)
	for name, b := range map[string]decimal.NullDecimal{"gpu_rate": res.Breakeven.GPURateUSDPerGPUHour,
		"colo_rate": res.Breakeven.ColoRateUSDPerKWMonth, "hashprice": res.Breakeven.HashpriceUSDPerPHDay} {
		if b.Valid {
			tally["breakeven "+name]++
		}
	}
	tally["verdict "+string(res.Verdict.Winner)]++

	if tr := res.Treasury; tr != nil {
		if tr.RepaidUSD.GreaterThan(tr.ProceedsUSD) || tr.RepaidUSD.GreaterThan(s.Treasury.LoanUSD) || tr.CashUSD.IsNegative() {
			fail("treasury: proceeds %s, repaid %s, cash %s", tr.ProceedsUSD, tr.RepaidUSD, tr.CashUSD)
		}
		for _, pct := range []decimal.Decimal{tr.MiningCapexCoveredPct, tr.AICapexCoveredPct} {
			if pct.IsNegative() || pct.GreaterThan(hundred) {
				fail("treasury: capex covered %s %%", pct)
			}
		}
	}
	return problems
}
