package model

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// randomScenario draws a valid scenario with every numeric input anywhere in
// its allowed range, some at the extremes, from a seed.
func randomScenario(seed1, seed2 uint64) Scenario {
	rng := rand.New(rand.NewPCG(seed1, seed2))
	s := Default()
	for _, f := range Fields() {
		switch f.Kind {
		case KindNumber, KindOptional:
			if f.Kind == KindOptional && rng.IntN(2) == 0 {
				f.Clear(&s)
				continue
			}
			f.SetDecimal(&s, randomIn(rng, f))
		case KindInteger:
			if f.Key == "risk.seed" {
				continue
			}
			f.SetDecimal(&s, randomIn(rng, f).Round(0))
		case KindFlag:
			f.SetFlag(&s, rng.IntN(2) == 0)
		case KindMode:
			f.SetMode(&s, Modes[rng.IntN(len(Modes))])
		case KindChoice:
			f.SetChoice(&s, f.Choices[rng.IntN(len(f.Choices))])
		case KindMonth:
			f.SetMonth(&s, YearMonth{Year: 2020 + rng.IntN(20), Month: 1 + rng.IntN(12)})
		}
	}
	// Keep the horizon modest most of the time so a fuzz run covers more cases.
	if rng.IntN(4) > 0 {
		s.HorizonMonths = 1 + rng.IntN(72)
	}
	s.HasTreasury = rng.IntN(2) == 0
	s.Treasury.BTCToSell = decimal.Min(s.Treasury.BTCToSell, s.Treasury.BTCHeld)
	s.Treasury.LiquidationLTVPct = decimal.Max(s.Treasury.LiquidationLTVPct, s.Treasury.MarginCallLTVPct)
	keepPartTwoRules(rng, &s)
	fitFleet(rng, &s)
	return s
}

// fitFleet makes a site's fleet fit in its network in every month, as
// Validate requires (fleet.go), leaving the site's power and its phases
// alone: a shrinking network grows instead (half the time, and always when
// nothing else will do), then the network grows tenfold up to its range's
// end, then the fleet's J/TH.
func fitFleet(rng *rand.Rand, s *Scenario) {
	if s.Bitcoin.HashrateGrowthPctPerYear.IsNegative() && (rng.IntN(2) == 0 || !fleetFits(*s, s.Bitcoin.HashrateGrowthPctPerYear)) {
		s.Bitcoin.HashrateGrowthPctPerYear = s.Bitcoin.HashrateGrowthPctPerYear.Neg()
	}
	network, _ := FieldByKey("bitcoin.network_hashrate_eh")
	efficiency, _ := FieldByKey("mining.efficiency_j_per_th")
	for fleetTooLarge(*s) && s.Bitcoin.NetworkHashrateEH.LessThan(network.Max) {
		s.Bitcoin.NetworkHashrateEH = decimal.Min(network.Max, s.Bitcoin.NetworkHashrateEH.Shift(1))
	}
	for fleetTooLarge(*s) && s.Mining.EfficiencyJPerTH.LessThan(efficiency.Max) {
		s.Mining.EfficiencyJPerTH = decimal.Min(efficiency.Max, s.Mining.EfficiencyJPerTH.Shift(1))
	}
}

// fleetFits reports whether the largest network and the least efficient
// fleet the ranges allow fit, at a hashrate growth.
func fleetFits(s Scenario, growth decimal.Decimal) bool {
	network, _ := FieldByKey("bitcoin.network_hashrate_eh")
	efficiency, _ := FieldByKey("mining.efficiency_j_per_th")
	s.Bitcoin.NetworkHashrateEH, s.Mining.EfficiencyJPerTH, s.Bitcoin.HashrateGrowthPctPerYear = network.Max, efficiency.Max, growth
	return !fleetTooLarge(s)
}

func fleetTooLarge(s Scenario) bool {
	var problems []error
	validateFleet(s, func(err error) { problems = append(problems, err) })
	return len(problems) > 0
}

// keepPartTwoRules repairs a random scenario to obey the rules between keys
// of spec §10–§11, sometimes replacing its conversion by phases.
func keepPartTwoRules(rng *rand.Rand, s *Scenario) {
	power := s.Site.PowerMW
	if cm := s.AI.ConvertedMW; cm.Valid && cm.Decimal.GreaterThan(power) {
		s.AI.ConvertedMW = nullOf(power.Mul(decimal.NewFromFloat(rng.Float64())).Add(power).Shift(-1).Round(8))
		if !s.AI.ConvertedMW.Decimal.IsPositive() || s.AI.ConvertedMW.Decimal.GreaterThan(power) {
			s.AI.ConvertedMW = decimal.NullDecimal{}
		}
	}
	if rng.IntN(3) == 0 {
		s.AI.ConvertedMW = decimal.NullDecimal{}
		s.AI.ConversionMonths = Default().AI.ConversionMonths
		s.AI.Phases = nil
		left := power
		for range 1 + rng.IntN(MaxPhases) {
			mw := left.Mul(decimal.NewFromFloat(rng.Float64())).Round(6)
			if !mw.IsPositive() {
				break
			}
			left = left.Sub(mw)
			s.AI.Phases = append(s.AI.Phases, Phase{MW: mw, Live: s.Start.AddMonths(rng.IntN(s.HorizonMonths))})
		}
	}
	c := &s.AI.Colocation
	if c.ContractValueUSD.Valid {
		c.TermMonths = max(c.TermMonths, 1)
		c.RateUSDPerKWMonth = Default().AI.Colocation.RateUSDPerKWMonth
		if !c.OccupancyPct.IsPositive() {
			c.OccupancyPct = d("50")
		}
	}
	if s.AI.PrepaymentUSD.IsPositive() {
		first := firstLiveMonth(*s)
		if first > s.HorizonMonths {
			s.AI.PrepaymentUSD = zero
		} else {
			s.AI.PrepaymentCreditMonths = min(s.AI.PrepaymentCreditMonths, s.HorizonMonths-first+1)
		}
	}
}

// randomIn picks a value of a field's range: a bound, a round value near the
// default, or anywhere in between (on a log scale for wide ranges).
func randomIn(rng *rand.Rand, f Field) decimal.Decimal {
	lo, hi := f.Min, f.Max
	if f.MinExclusive {
		lo = lo.Add(d("0.001"))
	}
	if f.MaxExclusive {
		hi = hi.Sub(d("0.001"))
	}
	switch rng.IntN(8) {
	case 0:
		return lo
	case 1:
		return hi
	}
	loF, hiF := lo.InexactFloat64(), hi.InexactFloat64()
	if loF >= 0 && hiF/math.Max(loF, 1e-3) > 1e4 {
		v := math.Exp(math.Log(math.Max(loF, 1e-3)) + rng.Float64()*(math.Log(hiF)-math.Log(math.Max(loF, 1e-3))))
		return decimal.Min(hi, decimal.Max(lo, decimal.NewFromFloat(v).Round(4)))
	}
	return decimal.Min(hi, decimal.Max(lo, decimal.NewFromFloat(loF+rng.Float64()*(hiF-loF)).Round(4)))
}

// checkInvariants asserts what must hold for every valid scenario.
func checkInvariants(t *testing.T, s Scenario) {
	t.Helper()
	if err := Validate(s); err != nil {
		t.Fatalf("generated an invalid scenario: %v", err)
	}
	res := Evaluate(s)
	for _, st := range []Strategy{res.Mining, res.AI} {
		var revenue, power, opex, ebitda decimal.Decimal
		for _, r := range st.Months {
			revenue, power, opex, ebitda = revenue.Add(r.RevenueUSD), power.Add(r.PowerCostUSD), opex.Add(r.OpexUSD), ebitda.Add(r.EBITDAUSD)
		}
		if !revenue.Equal(st.RevenueUSD) || !power.Equal(st.PowerCostUSD) || !opex.Equal(st.OpexUSD) || !ebitda.Equal(st.EBITDAUSD) {
			t.Fatalf("totals differ from the sum of months")
		}
		if !st.Months[len(st.Months)-1].CumulativeCashUSD.Equal(st.NetCashUSD) {
			t.Fatalf("last cumulative cash %s != net cash %s", st.Months[len(st.Months)-1].CumulativeCashUSD, st.NetCashUSD)
		}
		if f := st.NPVUSD.InexactFloat64(); math.IsNaN(f) || math.IsInf(f, 0) {
			t.Fatalf("NPV not finite: %s", st.NPVUSD)
		}
	}
	// A fleet no larger than the network mines no more than the network issues.
	issued := zero
	for _, date := range newTimeline(s).dates {
		issued = issued.Add(subsidyAt(s.Bitcoin, date).Add(s.Bitcoin.FeesBTCPerBlock).Mul(blocksADay).Mul(daysPerMonth))
	}
	if res.Mining.BTCMined.GreaterThan(issued.Add(d("0.000001"))) {
		t.Fatalf("mined %s BTC of the %s BTC issued", res.Mining.BTCMined, issued)
	}
	b := res.Breakeven
	parity := func(what string, moved Scenario) {
		r := Evaluate(moved)
		if gap := r.AI.NPVUSD.Sub(r.Mining.NPVUSD).Abs(); gap.GreaterThan(one) {
			t.Errorf("%s break-even leaves a gap of $%s", what, gap)
		}
	}
	if b.GPURateUSDPerGPUHour.Valid {
		moved := s
		moved.AI.GPU.RentalUSDPerGPUHour = b.GPURateUSDPerGPUHour.Decimal
		parity("GPU rate", moved)
	}
	if b.ColoRateUSDPerKWMonth.Valid {
		moved := s
		moved.AI.Colocation.RateUSDPerKWMonth = b.ColoRateUSDPerKWMonth.Decimal
		moved.AI.Colocation.ContractValueUSD = decimal.NullDecimal{} // spec §17: the contract value set aside
		parity("colocation rate", moved)
	}
	if b.HashpriceUSDPerPHDay.Valid {
		parity("hashprice", withHashprice(s, b.HashpriceUSDPerPHDay.Decimal))
	}
	if b.MiningPowerPriceUSDPerMWh.Valid {
		moved := s
		moved.Site.PowerPriceUSDPerMWh = b.MiningPowerPriceUSDPerMWh.Decimal
		moved.Mining.ShutoffWhenUnprofitable = false
		if e := Evaluate(moved).Mining.Months[0].EBITDAUSD; e.Abs().GreaterThan(d("0.01")) {
			t.Errorf("power-price break-even leaves month-1 EBITDA at %s", e)
		}
	}
}

func FuzzEvaluate(f *testing.F) {
	for i := range uint64(8) {
		f.Add(i, i*7919)
	}
	f.Fuzz(func(t *testing.T, seed1, seed2 uint64) {
		checkInvariants(t, randomScenario(seed1, seed2))
	})
}
