package model

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
)

// tinySite is a one-month scenario small enough to solve by hand:
//
//	mining: 42 MW / 1.05 = 40 MW of miners at 20 J/TH = 2,000 PH/s, 100 % up, no pool fee,
//	        so a month bills 2,000 × 30.4375 = 60,875 PH-days; at the $40 override that is
//	        $2,435,000; power 42 × 730.5 = 30,681 MWh × $50 = $1,534,050; opex 42 × 5,000 = $210,000;
//	        no capex, no discounting: mining NPV = 2,435,000 − 1,534,050 − 210,000 = $690,950.
//	AI:     42 / 1.05 = 40 MW of IT = 40,000 GPUs of 1 kW, live from month 1, fully billed, free to build:
//	        revenue 40,000 × 730.5 × rate = 29,220,000 × rate; power 40 × 1.05 × 730.5 × $50 = $1,534,050.
func tinySite(s *Scenario) {
	s.HorizonMonths = 1
	s.DiscountRatePct = d("0")
	s.Site = Site{PowerMW: d("42"), PowerPriceUSDPerMWh: d("50"), PowerPriceGrowthPctPerYear: d("0")}
	s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("40"))
	s.Mining = Mining{EfficiencyJPerTH: d("20"), PUE: d("1.05"), UptimePct: d("100"), PoolFeePct: d("0"),
		OpexUSDPerMWMonth: d("5000"), CapexUSDPerTH: d("0"), InfrastructureCapexUSD: d("0"), ResidualPct: d("0"),
		ShutoffWhenUnprofitable: true}
	s.AI.PUE, s.AI.ConversionMonths, s.AI.FitoutCapexUSDPerMW, s.AI.OpexUSDPerMWMonth = d("1.05"), 0, d("0"), d("0")
	s.AI.GPU = GPU{KWPerGPU: d("1"), CapexUSDPerGPU: d("0"), RentalUSDPerGPUHour: d("0.1"),
		RentalGrowthPctPerYear: d("0"), UtilizationPct: d("100"), IdlePowerPct: d("0"), ResidualPct: d("0"),
		OpexUSDPerGPUHour: d("0")}
	s.AI.Colocation = Colocation{RateUSDPerKWMonth: d("10"), EscalatorPctPerYear: d("0"), EscalatorStep: EscalateMonthly,
		OccupancyPct: d("100"), RenewalPct: d("100"), TenantCapexPct: d("0")}
}

func TestTinySiteByHand(t *testing.T) {
	res := Evaluate(defaultWith(tinySite))
	near(t, "mining NPV", res.Mining.NPVUSD, "690950", "1e-9")
	near(t, "AI NPV", res.AI.NPVUSD, "1387950", "1e-9") // 2,922,000 − 1,534,050
}

func TestBreakevensByHand(t *testing.T) {
	for _, tc := range []struct {
		name                                 string
		change                               func(*Scenario)
		gpuRate, coloRate, hashprice, powerP string // "" for null
	}{
		{
			name: "tiny site, GPU cloud",
			// GPU rate: 29,220,000 × r − 1,534,050 = 690,950 → r = 2,225,000 / 29,220,000 = 0.0761464750…
			gpuRate: "0.07614647501711156741957563",
			// hashprice: 60,875 × h − 1,744,050 = 1,387,950 (AI at $0.10) → h = 3,132,000 / 60,875 = 51.44969199…
			hashprice: "51.44969199178644763860369610",
			// power: 2,435,000 − 30,681 × p − 210,000 = 0 → p = 2,225,000 / 30,681 = 72.52045239…
			powerP: "72.52045239724911182816726965",
		},
		{
			name: "tiny site, colocation",
			change: func(s *Scenario) {
				s.AI.Mode = ModeColocation
				s.AI.Colocation.RateUSDPerKWMonth = d("20") // AI NPV = 40,000 kW × $20 = 800,000
			},
			// 40,000 kW × r = 690,950 → r = 17.27375
			coloRate: "17.27375",
			// 60,875 × h − 1,744,050 = 800,000 → h = 2,544,050 / 60,875 = 41.79137577…
			hashprice: "41.79137577002053388090349076",
			powerP:    "72.52045239724911182816726965",
		},
		{
			name: "tiny site, AI never live",
			// no live month: AI NPV = 0 and no rate moves it; mining draws level at
			// 60,875 × h = 1,744,050 → h = 28.64969199…
			change:    func(s *Scenario) { s.AI.ConversionMonths = 3 },
			hashprice: "28.64969199178644763860369610",
			powerP:    "72.52045239724911182816726965",
		},
		{
			name: "a shutoff kink: month 2 is off at the break-even",
			// Two months; the halving in month 2 pays 1.5625 of 3.125 with no fees, so month 2's
			// hashprice is h/2 and its fleet runs only if 30,437.5 × h ≥ 1,534,050, h ≥ 50.4.
			// AI at $0.06: 2 × (1,753,200 − 1,534,050) = 438,300. Mining, month 1 only:
			// 60,875 × h − 1,534,050 − 2 × 210,000 = 438,300 → h = 2,392,350 / 60,875 = 39.29938398 < 50.4.
			change: func(s *Scenario) {
				s.HorizonMonths = 2
				s.Bitcoin.NextHalving = s.Start.AddMonths(1)
				s.Bitcoin.FeesBTCPerBlock, s.Bitcoin.HashrateGrowthPctPerYear, s.Bitcoin.PriceGrowthPctPerYear = d("0"), d("0"), d("0")
				s.AI.GPU.RentalUSDPerGPUHour = d("0.06")
			},
			hashprice: "39.29938398357289527720739220",
			// 2 × (29,220,000 r − 1,534,050) = mining NPV = 2,435,000 − 1,534,050 − 420,000 = 480,950 (month 2 off at $40)
			// → r = (240,475 + 1,534,050) / 29,220,000 = 0.06072980835…
			gpuRate: "0.06072980835044490075290897",
			powerP:  "72.52045239724911182816726965",
		},
		{
			name: "a shutoff kink: both months on at the break-even",
			// AI at $0.10: 2 × 1,387,950 = 2,775,900. Both months on:
			// 91,312.5 × h − 2 × 1,534,050 − 420,000 = 2,775,900 → h = 6,264,000 / 91,312.5 = 68.5995893… ≥ 50.4.
			change: func(s *Scenario) {
				s.HorizonMonths = 2
				s.Bitcoin.NextHalving = s.Start.AddMonths(1)
				s.Bitcoin.FeesBTCPerBlock, s.Bitcoin.HashrateGrowthPctPerYear, s.Bitcoin.PriceGrowthPctPerYear = d("0"), d("0"), d("0")
			},
			hashprice: "68.59958932238193018480492813",
			gpuRate:   "0.06072980835044490075290897",
			powerP:    "72.52045239724911182816726965",
		},
	} {
		s := defaultWith(func(s *Scenario) {
			tinySite(s)
			if tc.change != nil {
				tc.change(s)
			}
		})
		if err := Validate(s); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		b := Evaluate(s).Breakeven
		nullOrNear(t, tc.name+": GPU rate", b.GPURateUSDPerGPUHour, tc.gpuRate, "1e-15")
		nullOrNear(t, tc.name+": colo rate", b.ColoRateUSDPerKWMonth, tc.coloRate, "1e-15")
		nullOrNear(t, tc.name+": hashprice", b.HashpriceUSDPerPHDay, tc.hashprice, "1e-15")
		nullOrNear(t, tc.name+": power price", b.MiningPowerPriceUSDPerMWh, tc.powerP, "1e-15")
		for _, problem := range breakevenProblems(s, Evaluate(s)) {
			t.Errorf("%s: %s", tc.name, problem)
		}
	}
}

func TestDefaultBreakevens(t *testing.T) {
	b := Evaluate(Default()).Breakeven
	// AI NPV is linear in the month-1 rate; python3 on the spec's formulas gives
	// the rate where it meets the mining NPV: 4.060957140068608 $/GPU-h (part
	// one's 3.878444901499188 before spec §13's $0.10 per GPU-hour of operations).
	nullOrNear(t, "GPU rate", b.GPURateUSDPerGPUHour, "4.06095714006860764186", "1e-9")
	if got := b.GPURateUSDPerGPUHour.Decimal.StringFixed(2); got != "4.06" {
		t.Errorf("GPU-rate break-even shows as $%s, want $4.06", got)
	}
	nullOrNear(t, "part one's GPU rate", Evaluate(defaultWith(partOne)).Breakeven.GPURateUSDPerGPUHour,
		"3.87844490149918813303", "1e-9")
	nullOrNear(t, "colo rate in GPU mode", b.ColoRateUSDPerKWMonth, "", "")
	// (2,608,183.2875 − 250,000) / (50 × 730.5 × 0.97 = 35,429.25 MWh) = 66.56035020…
	nullOrNear(t, "power price", b.MiningPowerPriceUSDPerMWh, "66.5603502049859932118236", "1e-9")
	// No hashprice helps AI: even at 0 the fleet is off every month and mining loses only
	// capex and opex, −53.57M − Σ 250,000/1.12^(m/12) = −64,968,377.25 (python3), far
	// above AI's −675,690,136.91; and a higher hashprice only helps mining.
	nullOrNear(t, "hashprice", b.HashpriceUSDPerPHDay, "", "")
	atZero := Evaluate(defaultWith(func(s *Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(zero) }))
	near(t, "mining NPV at hashprice 0", atZero.Mining.NPVUSD, "-64968377.2471879265041063", "1e-5")
	near(t, "AI NPV at hashprice 0", atZero.AI.NPVUSD, "-675690136.912259635754923", "1e-5")

	c := Evaluate(defaultWith(func(s *Scenario) { s.AI.Mode = ModeColocation })).Breakeven
	// python3: 175.3312668822348 $/kW-month
	nullOrNear(t, "colo rate", c.ColoRateUSDPerKWMonth, "175.331266882234848528310", "1e-9")
	nullOrNear(t, "GPU rate in colocation mode", c.GPURateUSDPerGPUHour, "", "")
}

func TestBreakevenNulls(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Scenario)
		null   func(Breakeven) decimal.NullDecimal
	}{
		// nothing billed: no rate moves AI NPV
		{"GPU rate at 0 % utilization", func(s *Scenario) { s.AI.GPU.UtilizationPct = d("0") },
			func(b Breakeven) decimal.NullDecimal { return b.GPURateUSDPerGPUHour }},
		{"colo rate at 0 % occupancy", func(s *Scenario) {
			s.AI.Mode = ModeColocation
			s.AI.Colocation.OccupancyPct = d("0")
		}, func(b Breakeven) decimal.NullDecimal { return b.ColoRateUSDPerKWMonth }},
		{"GPU rate when AI never goes live", func(s *Scenario) { s.AI.ConversionMonths = 60 },
			func(b Breakeven) decimal.NullDecimal { return b.GPURateUSDPerGPUHour }},
		// AI already wins at a rate of 0: mining's $2.98B of ASICs (1,000 $/TH) against AI's
		// $1.52B capex; only a negative rate would draw level.
		{"GPU rate below zero", func(s *Scenario) { s.Mining.CapexUSDPerTH = d("1000") },
			func(b Breakeven) decimal.NullDecimal { return b.GPURateUSDPerGPUHour }},
		// a fleet that never runs draws no power: no power price zeroes its EBITDA
		{"power price at 0 % uptime", func(s *Scenario) { s.Mining.UptimePct = d("0") },
			func(b Breakeven) decimal.NullDecimal { return b.MiningPowerPriceUSDPerMWh }},
		// AI beats mining even at 10,000 $/PH/day: GPUs at $1,000/h
		{"hashprice above the search", func(s *Scenario) { s.AI.GPU.RentalUSDPerGPUHour = d("1000") },
			func(b Breakeven) decimal.NullDecimal { return b.HashpriceUSDPerPHDay }},
	} {
		if got := tc.null(Evaluate(defaultWith(tc.change)).Breakeven); got.Valid {
			t.Errorf("%s: %s, want null", tc.name, got.Decimal)
		}
	}
}

// TestBreakevensReevaluate solves on richer scenarios and checks each answer
// by re-evaluating the scenario at it (spec §6: parity within $1).
func TestBreakevensReevaluate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Scenario)
	}{
		{"defaults", nil},
		{"AI wins", func(s *Scenario) { s.AI.GPU.RentalUSDPerGPUHour = d("4.5") }},
		{"AI wins, mining during conversion", func(s *Scenario) {
			s.AI.GPU.RentalUSDPerGPUHour = d("4.5")
			s.AI.MineDuringConversion = true
		}},
		{"colocation, no shutoff, mining during conversion", func(s *Scenario) {
			s.AI.Mode = ModeColocation
			s.AI.Colocation.RateUSDPerKWMonth = d("250")
			s.AI.MineDuringConversion = true
			s.Mining.ShutoffWhenUnprofitable = false
		}},
		{"override, growing power price, 20 years", func(s *Scenario) {
			s.HorizonMonths = 240
			s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("55"))
			s.Site.PowerPriceGrowthPctPerYear = d("4")
			s.AI.GPU.RentalUSDPerGPUHour = d("5")
		}},
		// The derived month-1 hashprice is 0, so an override holds flat (there is
		// no ratio to follow), and the break-even must still draw the NPVs level.
		{"derived month-1 hashprice of 0", zeroFirstHashprice},
		// Spec §10–§13: kept MW and conversion fleets mine at the mining strategy's
		// kinks; a lower pivot rate makes the difference fall in the conversion months;
		// exit values bend it where they reach zero.
		{"a phased, contracted, curtailed deal", dealScenario},
		{"a deal as a GPU cloud near parity", func(s *Scenario) {
			dealScenario(s)
			s.AI.Mode = ModeGPUCloud
			s.AI.GPU.RentalUSDPerGPUHour = d("2.3")
		}},
		{"a deal whose mining leads", func(s *Scenario) {
			dealScenario(s)
			s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("90"))
			s.Mining.CapexUSDPerTH = zero
		}},
	} {
		s := defaultWith(tc.change)
		res := Evaluate(s)
		for _, problem := range breakevenProblems(s, res) {
			t.Errorf("%s: %s", tc.name, problem)
		}
	}
	// AI wins at $4.50, so a hashprice break-even must exist.
	if !Evaluate(defaultWith(func(s *Scenario) { s.AI.GPU.RentalUSDPerGPUHour = d("4.5") })).Breakeven.HashpriceUSDPerPHDay.Valid {
		t.Error("GPUs at $4.50: no hashprice break-even")
	}
	// With no reward in month 1, mining wins as the scenario stands (its hashprice
	// rises from month 6) but at a flat override of 0 it is off all along and AI
	// wins: a break-even exists.
	if !Evaluate(defaultWith(zeroFirstHashprice)).Breakeven.HashpriceUSDPerPHDay.Valid {
		t.Error("derived month-1 hashprice of 0: no hashprice break-even")
	}
}

// zeroFirstHashprice pays no subsidy and no fees until a halving in month 6
// brings a reward: the derived month-1 hashprice is 0.
func zeroFirstHashprice(s *Scenario) {
	s.Bitcoin.BlockSubsidyBTC, s.Bitcoin.FeesBTCPerBlock = d("0"), d("0")
	s.Bitcoin.NextHalving = MustYearMonth("2027-06")
	s.Bitcoin.SubsidyAfterHalvingBTC = d("3.125")
	s.Mining.CapexUSDPerTH = d("0")
	// Part one's $4 plus about spec §13's $0.10 of operations per GPU-hour and
	// its share of the power: AI trails mining as the scenario stands (python3:
	// −3.90M against −2.30M) but leads a fleet off all along (−11.40M).
	s.AI.GPU.RentalUSDPerGPUHour = d("4.2")
}

// breakevenProblems re-evaluates a scenario at each of its break-evens and
// reports where the NPVs (or, for the power price, month-1 EBITDA) are not
// level, and where a null break-even is not borne out.
func breakevenProblems(s Scenario, res Result) []string {
	var problems []string
	parity := func(what string, change func(*Scenario)) {
		s2 := s
		change(&s2)
		r := Evaluate(s2)
		if gap := r.Mining.NPVUSD.Sub(r.AI.NPVUSD); gap.Abs().GreaterThanOrEqual(one) {
			problems = append(problems, fmt.Sprintf("%s: mining NPV − AI NPV = %s at the break-even", what, gap.StringFixed(2)))
		}
	}
	b := res.Breakeven
	rate, other := b.GPURateUSDPerGPUHour, b.ColoRateUSDPerKWMonth
	setRate := func(s *Scenario, v decimal.Decimal) { s.AI.GPU.RentalUSDPerGPUHour = v }
	billed := s.AI.GPU.UtilizationPct
	if s.AI.Mode == ModeColocation {
		rate, other = other, rate
		// spec §17: with a contract value, the break-even is the month-1 rate, the contract value set aside.
		setRate = func(s *Scenario, v decimal.Decimal) {
			s.AI.Colocation.RateUSDPerKWMonth, s.AI.Colocation.ContractValueUSD = v, decimal.NullDecimal{}
		}
		billed = s.AI.Colocation.OccupancyPct
	}
	if other.Valid {
		problems = append(problems, "a rate break-even for the other AI mode")
	}
	if rate.Valid {
		parity("AI rate "+rate.Decimal.String(), func(s *Scenario) { setRate(s, rate.Decimal) })
	} else if billed.IsPositive() && firstLiveMonth(s) <= s.HorizonMonths {
		// Null only if AI already leads at a rate of 0.
		s2 := s
		setRate(&s2, zero)
		if r := Evaluate(s2); r.AI.NPVUSD.Sub(r.Mining.NPVUSD).LessThan(one.Neg()) {
			problems = append(problems, "no rate break-even, yet AI trails mining at a rate of 0")
		}
	}
	if v := b.HashpriceUSDPerPHDay; v.Valid {
		if v.Decimal.IsNegative() || v.Decimal.GreaterThan(MaxBreakevenHashpriceUSDPerPHDay) {
			problems = append(problems, "hashprice break-even "+v.Decimal.String()+" outside [0, 10,000]")
		}
		parity("hashprice "+v.Decimal.String(), func(s *Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = v })
	} else {
		// Null only if mining leads at a hashprice of 0 or trails at 10,000 (mining NPV
		// rises with the hashprice, AI's only through months it mines too).
		at := func(h decimal.Decimal) decimal.Decimal {
			s2 := s
			s2.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(h)
			r := Evaluate(s2)
			return r.Mining.NPVUSD.Sub(r.AI.NPVUSD)
		}
		if low, high := at(zero), at(MaxBreakevenHashpriceUSDPerPHDay); low.IsNegative() && high.IsPositive() {
			problems = append(problems, fmt.Sprintf("no hashprice break-even, yet mining − AI runs from %s to %s",
				low.StringFixed(2), high.StringFixed(2)))
		}
	}
	if v := b.MiningPowerPriceUSDPerMWh; v.Valid {
		// month 1 as if the fleet runs: shutoff off (and nothing past month 1 matters)
		s2 := s
		s2.HorizonMonths = 1
		s2.Site.PowerPriceUSDPerMWh = v.Decimal
		s2.Mining.ShutoffWhenUnprofitable = false
		if e := Evaluate(s2).Mining.Months[0].EBITDAUSD; e.Abs().GreaterThan(d("0.01")) {
			problems = append(problems, fmt.Sprintf("power price %s: month-1 mining EBITDA %s", v.Decimal, e))
		}
	} else if s.Mining.UptimePct.IsPositive() {
		problems = append(problems, "no power-price break-even for a fleet that draws power")
	}
	return problems
}
