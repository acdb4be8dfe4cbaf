package model

import "testing"

func TestVerdict(t *testing.T) {
	for _, tc := range []struct {
		name       string
		mining, ai string
		winner     Winner
		advantage  string
	}{
		{"mining ahead", "10", "5", WinnerMining, "5"},
		{"AI ahead", "5", "10", WinnerAI, "5"},
		{"both negative", "-54360421.30", "-609411283.61", WinnerMining, "555050862.31"},
		// spec §6: NPVs less than $1 apart are a tie; the advantage is the sub-dollar gap
		{"tie, AI a little ahead", "100", "100.5", WinnerTie, "0.5"},
		{"tie, mining a little ahead", "100", "99.01", WinnerTie, "0.99"},
		{"exactly equal", "-7", "-7", WinnerTie, "0"},
		// a dollar apart is not less than a dollar
		{"a dollar apart", "100", "101", WinnerAI, "1"},
		{"a dollar apart, mining", "101", "100", WinnerMining, "1"},
	} {
		v := verdict(d(tc.mining), d(tc.ai))
		if v.Winner != tc.winner || !v.NPVAdvantageUSD.Equal(d(tc.advantage)) {
			t.Errorf("%s: %s by %s, want %s by %s", tc.name, v.Winner, v.NPVAdvantageUSD, tc.winner, tc.advantage)
		}
	}
}

// partOne is a scenario as part one modelled it: no operations cost per
// GPU-hour, the one part-two default that is not zero (spec §13).
func partOne(s *Scenario) { s.AI.GPU.OpexUSDPerGPUHour = zero }

// TestWorkedExampleValuation checks the whole default scenario against an
// independent python3 implementation of spec §1–§13 (decimal, 60 digits).
func TestWorkedExampleValuation(t *testing.T) {
	// Part one's figures, untouched by part two once the GPU cloud's
	// operations cost is set aside (the defaults reproduce §1–§9 otherwise).
	old := Evaluate(defaultWith(partOne))
	near(t, "part one: mining NPV", old.Mining.NPVUSD, "-54360421.2995373563927585", "0.001")
	near(t, "part one: AI NPV", old.AI.NPVUSD, "-609411283.614022422091864", "0.001")
	near(t, "part one: AI net cash", old.AI.NetCashUSD, "-220556586.867137186650890", "0.001")
	// AI: monthly IRR −0.397478 % (python3 bisection): (1 − 0.00397478)^12 − 1 = −4.6668317 %
	nullOrNear(t, "part one: AI IRR", old.AI.IRRPct, "-4.66683172691250352", "1e-7")

	res := Evaluate(Default())
	near(t, "mining NPV", res.Mining.NPVUSD, "-54360421.2995373563927585", "0.001")
	near(t, "mining net cash", res.Mining.NetCashUSD, "-57234835.1224550314868842", "0.001")
	// spec §13: 26,455 GPUs × $0.10 × 730.5 h = $1,932,537.75 more opex in each of
	// the 48 live months: net cash falls by $92,761,812.00 to −313,318,398.87.
	near(t, "AI NPV", res.AI.NPVUSD, "-675690136.912259635754922971", "0.001")
	near(t, "AI net cash", res.AI.NetCashUSD, "-313318398.867137186650889517", "0.001")
	// −675,690,136.91 − (−54,360,421.30) = mining ahead by 621,329,715.61
	if res.Verdict.Winner != WinnerMining {
		t.Errorf("winner %s, want mining", res.Verdict.Winner)
	}
	cents(t, "NPV advantage", res.Verdict.NPVAdvantageUSD, "621329715.61")
	nullOrNear(t, "AI IRR", res.AI.IRRPct, "-6.72494354248901204", "1e-7")
	// mining's flows sum to −57M: no rate in range makes their NPV 0
	nullOrNear(t, "mining IRR", res.Mining.IRRPct, "", "")
	if res.Mining.PaybackMonths != 0 || res.AI.PaybackMonths != 0 {
		t.Errorf("payback %d and %d months, want never (0) for both", res.Mining.PaybackMonths, res.AI.PaybackMonths)
	}
	if len(res.Mining.Months) != 60 || len(res.AI.Months) != 60 || res.AI.Months[59].Date != MustYearMonth("2031-12") {
		t.Errorf("%d and %d months, the last %s", len(res.Mining.Months), len(res.AI.Months), res.AI.Months[59].Date)
	}

	// Colocation has no GPUs: part two leaves it as part one had it.
	colo := Evaluate(defaultWith(func(s *Scenario) { s.AI.Mode = ModeColocation }))
	near(t, "colocation AI NPV", colo.AI.NPVUSD, "-88322799.4939254973048083", "0.001")
	// A paid-for fleet mining during conversion is free, as in part one.
	mdc := Evaluate(defaultWith(func(s *Scenario) {
		partOne(s)
		s.AI.MineDuringConversion = true
		s.Mining.CapexUSDPerTH = zero
	}))
	near(t, "AI NPV mining during conversion, a paid-for fleet", mdc.AI.NPVUSD, "-603063398.564255249684246", "0.001")
}

// TestTieAtTheBreakeven: at the GPU-rate break-even the verdict is a tie.
func TestTieAtTheBreakeven(t *testing.T) {
	rate := Evaluate(Default()).Breakeven.GPURateUSDPerGPUHour.Decimal
	v := Evaluate(defaultWith(func(s *Scenario) { s.AI.GPU.RentalUSDPerGPUHour = rate })).Verdict
	if v.Winner != WinnerTie || v.NPVAdvantageUSD.GreaterThanOrEqual(one) {
		t.Errorf("at the break-even rate %s: %s by %s, want a tie", rate, v.Winner, v.NPVAdvantageUSD)
	}
	// a cent an hour more and AI wins: 26,455 GPUs × 730.5 h × 0.85 × $0.01 is $164k a month
	v = Evaluate(defaultWith(func(s *Scenario) { s.AI.GPU.RentalUSDPerGPUHour = rate.Add(d("0.01")) })).Verdict
	if v.Winner != WinnerAI {
		t.Errorf("a cent above the break-even: %s wins", v.Winner)
	}
}
