package model

import (
	"context"
	"math"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

// withoutUncertainty sets every volatility and spread of spec §9 to zero.
func withoutUncertainty(s Scenario) Scenario {
	s.Risk.BTCVolatilityPct, s.Risk.PowerPriceVolatilityPct = zero, zero
	s.Risk.HashrateGrowthSDPct, s.Risk.RentalGrowthSDPct = zero, zero
	s.Risk.Paths = 200
	return s
}

// With no uncertainty every path is the deterministic model: each percentile
// equals Evaluate's NPV to a cent, and AI wins on all paths or on none.
func TestMonteCarloWithoutUncertaintyIsTheModel(t *testing.T) {
	cases := map[string]func(*Scenario){
		"defaults":                nil,
		"colocation":              func(s *Scenario) { s.AI.Mode = ModeColocation },
		"mining during build-out": func(s *Scenario) { s.AI.MineDuringConversion = true },
		"hashprice override":      func(s *Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("55")) },
		"AI wins, growth everywhere": func(s *Scenario) {
			s.AI.GPU.RentalUSDPerGPUHour = d("4.5")
			s.Bitcoin.PriceGrowthPctPerYear = d("25")
			s.Site.PowerPriceGrowthPctPerYear = d("4")
			s.HorizonMonths = 120
		},
		"no shutoff, old fleet": func(s *Scenario) {
			s.Mining.ShutoffWhenUnprofitable = false
			s.Mining.EfficiencyJPerTH = d("30")
		},
		// spec §10–§13: the pivot as planned.
		"phased, contracted, curtailed": dealScenario,
		"phased GPU cloud, kept MW, prepaid, monthly lease steps off": func(s *Scenario) {
			dealScenario(s)
			s.AI.Mode = ModeGPUCloud
			s.AI.GPU.RentalUSDPerGPUHour = d("3.2")
			s.AI.PowerPremiumUSDPerMWh = d("8")
			s.Mining.CapexUSDPerTH = zero
		},
		"monthly escalator, term inside the horizon, no exit multiples": func(s *Scenario) {
			dealScenario(s)
			s.AI.Colocation.EscalatorStep = EscalateMonthly
			s.AI.Colocation.TermMonths = 30
			s.AI.ExitEVEBITDA, s.Mining.ExitEVEBITDA = zero, zero
			s.AI.CapexTiming = CapexUpfront
		},
		"exit values at zero": func(s *Scenario) {
			dealScenario(s)
			s.Mining.ExitEVEBITDA = d("8")
			s.Site.PowerPriceUSDPerMWh = d("90") // mining EBITDA negative at the end: its exit value is 0
		},
		// spec §14: after tax, with losses carried forward and debt (which the
		// unlevered NPVs do not see).
		"a deal after tax": withTax("25", dealScenario),
		"a fleet that pays, after tax": withTax("30", func(s *Scenario) {
			s.Bitcoin.PriceUSD, s.Bitcoin.HashrateGrowthPctPerYear = d("140000"), zero
			s.AI.GPU.RentalUSDPerGPUHour = d("4.5")
		}),
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			s := withoutUncertainty(defaultWith(change))
			res := Evaluate(s)
			mc, err := MonteCarlo(context.Background(), s, RiskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				what   string
				spread Spread
				want   decimal.Decimal
			}{
				{"mining", mc.Mining, res.Mining.NPVUSD},
				{"AI", mc.AI, res.AI.NPVUSD},
				{"advantage", mc.Advantage, res.AI.NPVUSD.Sub(res.Mining.NPVUSD)},
			} {
				want := c.want.InexactFloat64()
				for _, got := range []float64{c.spread.P10, c.spread.P50, c.spread.P90} {
					if math.Abs(got-want) >= 0.005 {
						t.Errorf("%s NPV on a path = %.4f, want %.4f (to the cent)", c.what, got, want)
					}
				}
			}
			wantP := 0.0
			if res.Verdict.Winner == WinnerAI {
				wantP = 1
			}
			if mc.PAIWins != wantP {
				t.Errorf("p_ai_wins = %v, want %v (winner %s)", mc.PAIWins, wantP, res.Verdict.Winner)
			}
		})
	}
}

// The same seed gives the same result, whatever the number of cores.
func TestMonteCarloSameSeedAnyCores(t *testing.T) {
	s := Default()
	s.Risk.Paths = 1200
	s.Risk.Seed = 42
	one, err := MonteCarlo(context.Background(), s, RiskOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{2, 3, 8} {
		other, _ := MonteCarlo(context.Background(), s, RiskOptions{Workers: workers})
		if !reflect.DeepEqual(one, other) {
			t.Errorf("%d workers gave a different result than 1", workers)
		}
	}
	s.Risk.Seed = 43
	if other, _ := MonteCarlo(context.Background(), s, RiskOptions{}); reflect.DeepEqual(one.Advantage, other.Advantage) {
		t.Error("another seed gave the same spread")
	}
	if one.Paths != 1200 || one.Seed != 42 {
		t.Errorf("paths %d seed %d", one.Paths, one.Seed)
	}
	total := 0
	for _, c := range one.Counts {
		total += c
	}
	if total != 1200 || one.Edges[0] > one.Advantage.P10 || one.Edges[HistogramBins] < one.Advantage.P90 {
		t.Errorf("histogram holds %d paths, edges %v..%v", total, one.Edges[0], one.Edges[HistogramBins])
	}
}

// Uncertainty widens the spread around the deterministic answer.
func TestMonteCarloSpreadsWithVolatility(t *testing.T) {
	s := Default()
	s.Risk.Paths = 2000
	mc, _ := MonteCarlo(context.Background(), s, RiskOptions{})
	if !(mc.Mining.P10 < mc.Mining.P50 && mc.Mining.P50 < mc.Mining.P90) || !(mc.AI.P10 < mc.AI.P90) {
		t.Errorf("percentiles not spread: mining %+v, AI %+v", mc.Mining, mc.AI)
	}
	if mc.PAIWins <= 0 || mc.PAIWins >= 1 {
		t.Errorf("p_ai_wins = %v, want strictly between 0 and 1 with 10-point rate drift spread", mc.PAIWins)
	}
}

func TestMonteCarloStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := MonteCarlo(ctx, Default(), RiskOptions{}); err == nil {
		t.Error("a cancelled run returned no error")
	}
}

// A scenario close to parity, so that both break-evens fall inside the
// heatmap's axes: AI slightly ahead at the default hashprice.
func nearParity(t *testing.T) Scenario {
	t.Helper()
	s := Default()
	s.AI.GPU.RentalUSDPerGPUHour = Evaluate(s).Breakeven.GPURateUSDPerGPUHour.Decimal.Add(d("0.01")).Round(2)
	return s
}

// With both break-evens inside 50–150 % (or none), the axes run from 50 %
// to 150 % and the centre cell is the scenario itself.
func TestHeatmapCentreIsTheScenario(t *testing.T) {
	for _, s := range []Scenario{nearParity(t), defaultWith(func(s *Scenario) { s.AI.Mode = ModeColocation })} {
		hm, err := HeatmapOf(context.Background(), s, RiskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		res := Evaluate(s)
		if hm.HashpriceWidened || hm.RateWidened || hm.Column != HeatmapColumns/2 || hm.Row != HeatmapRows/2 {
			t.Errorf("axes widened (%v, %v) or moved (%d, %d) with both break-evens inside",
				hm.HashpriceWidened, hm.RateWidened, hm.Column, hm.Row)
		}
		want := res.AI.NPVUSD.Sub(res.Mining.NPVUSD)
		if got := hm.Advantage[hm.Row][hm.Column]; !got.Equal(want) {
			t.Errorf("centre cell %s, want Evaluate's advantage %s", got, want)
		}
		if !hm.HashpriceAxis[hm.Column].Equal(res.HashpriceUSDPerPHDay) || !hm.RateAxis[hm.Row].Equal(aiRate(s)) {
			t.Errorf("centre axes %s, %s", hm.HashpriceAxis[hm.Column], hm.RateAxis[hm.Row])
		}
		// Axes run from 50 % to 150 %: 21 steps of 5 % and 15 steps of 1/14.
		h0 := res.HashpriceUSDPerPHDay
		near(t, "first hashprice", hm.HashpriceAxis[0], h0.Mul(d("0.5")).String(), "0.000001")
		near(t, "last hashprice", hm.HashpriceAxis[HeatmapColumns-1], h0.Mul(d("1.5")).String(), "0.000001")
		near(t, "last rate", hm.RateAxis[HeatmapRows-1], aiRate(s).Mul(d("1.5")).String(), "0.000001")
	}
}

// spec §9: an axis whose break-even lies outside 50–150 % runs from the lower
// of 50 % and 90 % of the break-even to the higher of 150 % and 110 % of it,
// so that the frontier is on the map.
func TestHeatmapWidensToTheFrontier(t *testing.T) {
	// The defaults: the GPU-rate break-even, $4.0610, lies above 150 % of $2.35
	// ($3.525): the axis runs from $1.175 to 1.1 × 4.0610 = $4.4671.
	s := Default()
	res := Evaluate(s)
	hm, _ := HeatmapOf(context.Background(), s, RiskOptions{})
	if !hm.RateWidened || hm.HashpriceWidened {
		t.Fatalf("widened: rate %v, hashprice %v; want the rate axis only", hm.RateWidened, hm.HashpriceWidened)
	}
	be := res.Breakeven.GPURateUSDPerGPUHour.Decimal
	near(t, "first rate", hm.RateAxis[0], "1.175", "1e-12")
	near(t, "last rate", hm.RateAxis[HeatmapRows-1], be.Mul(d("1.1")).String(), "1e-12")
	// 14 equal steps: (4.4671 − 1.175) / 14 = 0.2351
	step := hm.RateAxis[1].Sub(hm.RateAxis[0])
	for j := 1; j < HeatmapRows; j++ {
		near(t, "rate step", hm.RateAxis[j].Sub(hm.RateAxis[j-1]), step.String(), "1e-12")
	}
	// The scenario's row is the axis value nearest $2.35: 1.175 + 5 × 0.2351 = 2.351.
	if hm.Row != 5 {
		t.Errorf("scenario row %d (%s), want 5", hm.Row, hm.RateAxis[hm.Row])
	}
	// The frontier is on the map: down the scenario's column the sign flips.
	col := hm.Column
	if !hm.Advantage[0][col].IsNegative() || !hm.Advantage[HeatmapRows-1][col].IsPositive() {
		t.Errorf("advantage %s at the lowest rate, %s at the highest: the frontier is off the map",
			hm.Advantage[0][col], hm.Advantage[HeatmapRows-1][col])
	}

	// A hashprice break-even above 150 %: AI a little ahead, so mining needs a far
	// higher hashprice to draw level.
	s = nearParity(t)
	s.AI.GPU.RentalUSDPerGPUHour = s.AI.GPU.RentalUSDPerGPUHour.Add(d("0.6"))
	res = Evaluate(s)
	h0, hb := res.HashpriceUSDPerPHDay, res.Breakeven.HashpriceUSDPerPHDay
	if !hb.Valid || !hb.Decimal.GreaterThan(h0.Mul(d("1.5"))) {
		t.Fatalf("fixture: hashprice break-even %v, want one above 150 %% of %s", hb, h0)
	}
	hm, _ = HeatmapOf(context.Background(), s, RiskOptions{})
	if !hm.HashpriceWidened {
		t.Fatal("the hashprice axis did not widen")
	}
	near(t, "first hashprice", hm.HashpriceAxis[0], h0.Mul(half).String(), "1e-12")
	near(t, "last hashprice", hm.HashpriceAxis[HeatmapColumns-1], hb.Decimal.Mul(d("1.1")).String(), "1e-12")
	row := hm.Row
	if !hm.Advantage[row][0].IsPositive() || !hm.Advantage[row][HeatmapColumns-1].IsNegative() {
		t.Errorf("along the scenario's row: %s at the lowest hashprice, %s at the highest", hm.Advantage[row][0],
			hm.Advantage[row][HeatmapColumns-1])
	}
	for _, cell := range [][2]int{{0, 0}, {row, 20}, {14, 7}} {
		j, i := cell[0], cell[1]
		moved := withHashprice(s, hm.HashpriceAxis[i])
		moved.AI.GPU.RentalUSDPerGPUHour = hm.RateAxis[j]
		r := Evaluate(moved)
		near(t, "cell", hm.Advantage[j][i], r.AI.NPVUSD.Sub(r.Mining.NPVUSD).String(), "0.01")
	}
}

// fillAxis: the endpoints of 50–150 % count as inside (spec §17).
func TestHeatmapAxisEndpointsAreInside(t *testing.T) {
	var axis [HeatmapRows]decimal.Decimal
	for _, be := range []string{"5", "15"} {
		if _, widened := fillAxis(axis[:], d("10"), nullOf(d(be))); widened {
			t.Errorf("a break-even of %s on a value of 10 widened the axis", be)
		}
	}
	if _, widened := fillAxis(axis[:], d("10"), nullOf(d("15.0001"))); !widened {
		t.Error("a break-even just above 150 % did not widen the axis")
	}
	// never below 0: a break-even of 0 on a value of 10 runs from 0 (90 % of 0) to 15
	if _, widened := fillAxis(axis[:], d("10"), nullOf(d("0"))); !widened || !axis[0].IsZero() || !axis[HeatmapRows-1].Equal(d("15")) {
		t.Errorf("break-even 0: axis %s..%s", axis[0], axis[HeatmapRows-1])
	}
}

// Any cell equals Evaluate on the scenario moved to its hashprice and rate:
// with a contract value, the rate replaces it (spec §17), with exit
// multiples the pivot's NPV bends where its exit value reaches zero, and
// after tax where a month's income meets the losses carried forward.
func TestHeatmapCellsAreEvaluate(t *testing.T) {
	deal := defaultWith(dealScenario)
	gpuDeal := defaultWith(func(s *Scenario) {
		dealScenario(s)
		s.AI.Mode = ModeGPUCloud
		s.AI.GPU.RentalUSDPerGPUHour = d("1.2") // the exit value is 0 at the lowest rates
	})
	taxed := func(s Scenario) Scenario {
		s.HasFinance, s.Finance.TaxRatePct, s.Finance.DebtPctOfCapex = true, d("25"), d("50")
		return s
	}
	for name, s := range map[string]Scenario{"near parity": nearParity(t), "deal": deal, "GPU deal": gpuDeal,
		"deal after tax": taxed(deal), "GPU deal after tax": taxed(gpuDeal)} {
		hm, _ := HeatmapOf(context.Background(), s, RiskOptions{})
		for _, cell := range [][2]int{{0, 0}, {3, 17}, {14, 20}, {7, 2}, {hm.Row, hm.Column}} {
			j, i := cell[0], cell[1]
			moved := withHashprice(s, hm.HashpriceAxis[i])
			moved.AI.GPU.RentalUSDPerGPUHour = hm.RateAxis[j]
			moved.AI.Colocation.RateUSDPerKWMonth = hm.RateAxis[j]
			moved.AI.Colocation.ContractValueUSD = decimal.NullDecimal{}
			res := Evaluate(moved)
			near(t, name+" cell", hm.Advantage[j][i], res.AI.NPVUSD.Sub(res.Mining.NPVUSD).String(), "0.01")
		}
	}
}

// The sign of the advantage changes between the cells that bracket each
// break-even: along the centre row for the hashprice, down the centre column
// for the GPU rate.
func TestHeatmapFlipsAtTheBreakevens(t *testing.T) {
	s := nearParity(t)
	res := Evaluate(s)
	hm, _ := HeatmapOf(context.Background(), s, RiskOptions{})
	rate := res.Breakeven.GPURateUSDPerGPUHour.Decimal
	for j := 0; j+1 < HeatmapRows; j++ {
		if hm.RateAxis[j].LessThan(rate) && hm.RateAxis[j+1].GreaterThan(rate) {
			below, above := hm.Advantage[j][hm.Column], hm.Advantage[j+1][hm.Column]
			if !below.IsNegative() || !above.IsPositive() {
				t.Errorf("rate %s between rows %d and %d: advantage %s then %s, want a flip to AI", rate, j, j+1, below, above)
			}
		}
	}
	if !res.Breakeven.HashpriceUSDPerPHDay.Valid {
		t.Fatal("want a hashprice break-even near parity")
	}
	h := res.Breakeven.HashpriceUSDPerPHDay.Decimal
	found := false
	for i := 0; i+1 < HeatmapColumns; i++ {
		if hm.HashpriceAxis[i].LessThan(h) && hm.HashpriceAxis[i+1].GreaterThan(h) {
			found = true
			below, above := hm.Advantage[hm.Row][i], hm.Advantage[hm.Row][i+1]
			if !below.IsPositive() || !above.IsNegative() {
				t.Errorf("hashprice %s between columns %d and %d: advantage %s then %s, want a flip to mining", h, i, i+1, below, above)
			}
		}
	}
	if !found {
		t.Errorf("hashprice break-even %s outside the axis %s..%s", h, hm.HashpriceAxis[0], hm.HashpriceAxis[HeatmapColumns-1])
	}
}

// Each tornado end equals Evaluate on the scenario with that one input moved.
func TestTornadoEndsAreEvaluate(t *testing.T) {
	for _, s := range []Scenario{Default(), defaultWith(func(s *Scenario) { s.AI.Mode = ModeColocation })} {
		sens, err := Analyse(context.Background(), s, RiskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// spec §9's twelve inputs and converted MW; the lease term and renewal
		// (no term) and the curtailment credit (no curtailment) move nothing.
		want := 13
		if s.AI.Mode == ModeColocation {
			want = 12 // no GPU capex
		}
		if len(sens.Tornado) != want {
			t.Errorf("%d bars, want %d", len(sens.Tornado), want)
		}
		for k, bar := range sens.Tornado {
			if k > 0 && bar.Swing().GreaterThan(sens.Tornado[k-1].Swing()) {
				t.Errorf("bars not sorted by swing at %s", bar.Input)
			}
			for _, end := range []struct {
				value, advantage decimal.Decimal
			}{{bar.LowValue, bar.LowAdvantage}, {bar.HighValue, bar.HighAdvantage}} {
				moved := s
				f, _ := FieldByKey(bar.Key)
				f.SetDecimal(&moved, end.value)
				res := Evaluate(moved)
				if got := res.AI.NPVUSD.Sub(res.Mining.NPVUSD); !got.Equal(end.advantage) {
					t.Errorf("%s at %s: advantage %s, Evaluate gives %s", bar.Input, end.value, end.advantage, got)
				}
			}
		}
	}
}

// Spec §9's ranges: ±30 % on the BTC price, ±10 points on utilization,
// ±6 conversion months floored at 0, ±4 points on the discount rate.
func TestTornadoRanges(t *testing.T) {
	s := Default()
	s.AI.ConversionMonths = 3
	s.AI.GPU.UtilizationPct = d("95")
	sens, _ := Analyse(context.Background(), s, RiskOptions{})
	ends := map[string][2]string{
		"bitcoin.price_usd":                    {"49000", "91000"},
		"ai.gpu.utilization_pct":               {"85", "100"},
		"ai.conversion_months":                 {"0", "9"},
		"discount_rate_pct":                    {"8", "16"},
		"bitcoin.hashrate_growth_pct_per_year": {"10", "30"},
		"ai.gpu.rental_growth_pct_per_year":    {"-25", "-5"},
	}
	for _, bar := range sens.Tornado {
		if want, ok := ends[bar.Key]; ok {
			if !bar.LowValue.Equal(d(want[0])) || !bar.HighValue.Equal(d(want[1])) {
				t.Errorf("%s: %s..%s, want %s..%s", bar.Key, bar.LowValue, bar.HighValue, want[0], want[1])
			}
			delete(ends, bar.Key)
		}
	}
	if len(ends) > 0 {
		t.Errorf("bars missing: %v", ends)
	}
	// A lease's escalator moves ±2 points (spec §9): 3 % → 1 % and 5 %.
	colo, _ := Analyse(context.Background(), defaultWith(func(s *Scenario) { s.AI.Mode = ModeColocation }), RiskOptions{})
	for _, bar := range colo.Tornado {
		if bar.Key == "ai.colocation.escalator_pct_per_year" && (!bar.LowValue.Equal(d("1")) || !bar.HighValue.Equal(d("5"))) {
			t.Errorf("escalator %s..%s, want 1..5", bar.LowValue, bar.HighValue)
		}
	}
}

// A real deal's tornado: the part-two inputs that move it have bars (the
// contract value in place of the rate, the term, renewal, curtailment
// credit, converted MW, live dates), and an input whose range moves nothing
// has none: the ASIC price of a paid-for fleet.
func TestTornadoOfADeal(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		dealScenario(s)
		s.Mining.CapexUSDPerTH = zero
	})
	sens, err := Analyse(context.Background(), s, RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]TornadoBar{}
	for _, bar := range sens.Tornado {
		have[bar.Key] = bar
		if bar.Swing().IsZero() {
			t.Errorf("%s: a bar with no swing", bar.Key)
		}
	}
	for _, key := range []string{"ai.colocation.contract_value_usd", "ai.colocation.term_months", "ai.colocation.renewal_pct",
		"mining.curtailment_credit_usd_per_mwh", "ai.converted_mw", "ai.phases.live", "discount_rate_pct"} {
		if _, ok := have[key]; !ok {
			t.Errorf("no bar for %s", key)
		}
	}
	for _, key := range []string{"mining.capex_usd_per_th", "ai.colocation.rate_usd_per_kw_month", "ai.conversion_months"} {
		if _, ok := have[key]; ok {
			t.Errorf("a bar for %s", key)
		}
	}
	// Ranges: the term ±20 % (48 → 38 and 58 months, whole), renewal ±20 points, the
	// contract value ±20 %, converted MW ±20 % (60 → 48 and 72 MW of 100), live dates ±6 months.
	for key, want := range map[string][2]string{
		"ai.colocation.term_months":        {"38", "58"},
		"ai.colocation.renewal_pct":        {"60", "100"},
		"ai.colocation.contract_value_usd": {"240000000", "360000000"},
		"ai.converted_mw":                  {"48", "72"},
		"ai.phases.live":                   {"-6", "6"},
		"discount_rate_pct":                {"8", "16"},
	} {
		if bar := have[key]; !bar.LowValue.Equal(d(want[0])) || !bar.HighValue.Equal(d(want[1])) {
			t.Errorf("%s: %s..%s, want %s..%s", key, bar.LowValue, bar.HighValue, want[0], want[1])
		}
	}
	// Each end is the decimal model on the scenario so moved.
	for _, mv := range tornadoMovers(s) {
		bar, ok := have[mv.key]
		if !ok {
			continue
		}
		for _, high := range []bool{false, true} {
			moved, _ := mv.move(s, high)
			r := Evaluate(moved)
			want := bar.LowAdvantage
			if high {
				want = bar.HighAdvantage
			}
			if got := r.AI.NPVUSD.Sub(r.Mining.NPVUSD); !got.Equal(want) {
				t.Errorf("%s (high %v): advantage %s, Evaluate gives %s", mv.key, high, want, got)
			}
		}
	}
	// Moving the phases leaves the scenario it was given untouched.
	if !s.AI.Phases[0].MW.Equal(d("20")) || s.AI.Phases[1].Live != MustYearMonth("2028-01") {
		t.Errorf("the tornado changed the scenario's phases: %+v", s.AI.Phases)
	}
}

// A tax never adds to a path's NPV, so on the same draws every percentile
// after tax lies at or below the same percentile before it; a taxed deal
// that earns gives some up.
func TestMonteCarloAfterTaxNeverAbove(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		dealScenario(s)
		s.Risk.Paths = 500
	})
	before, err := MonteCarlo(context.Background(), s, RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	withTax("25", nil)(&s)
	after, err := MonteCarlo(context.Background(), s, RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what          string
		before, after Spread
	}{{"mining", before.Mining, after.Mining}, {"AI", before.AI, after.AI}} {
		for _, p := range [][2]float64{{c.before.P10, c.after.P10}, {c.before.P50, c.after.P50}, {c.before.P90, c.after.P90}} {
			if p[1] > p[0]+1e-6 {
				t.Errorf("%s: a percentile rose from %.2f to %.2f after tax", c.what, p[0], p[1])
			}
		}
	}
	if !(after.AI.P50 < before.AI.P50) {
		t.Errorf("the pivot's median NPV %.2f after tax is not below %.2f before", after.AI.P50, before.AI.P50)
	}
}

// Equal values get bins a float can tell apart, however large: at $1e20 a
// dollar is below float64's resolution.
func TestHistogramOfEqualValues(t *testing.T) {
	for _, v := range []float64{0, -5, 1e20, -3e250} {
		edges, counts := histogram([]float64{v, v, v})
		for i := 1; i < len(edges); i++ {
			if !(edges[i] > edges[i-1]) {
				t.Fatalf("at %v: edges %v and %v do not rise", v, edges[i-1], edges[i])
			}
		}
		if total := counts[HistogramBins/2-1] + counts[HistogramBins/2]; total != 3 || edges[0] > v || edges[HistogramBins] < v {
			t.Errorf("at %v: counts %v, edges %v..%v", v, counts, edges[0], edges[HistogramBins])
		}
	}
}

// The Monte Carlo's figures stay finite for every valid scenario, however
// far its magnitudes lie from float64's: a tiny fleet on a tiny network
// earns a finite amount, and a BTC price of 1e-9000 backs a loan that is
// always above its thresholds.
func TestMonteCarloStaysFinite(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Scenario)
		check  func(*testing.T, RiskResult)
	}{
		{"a tiny fleet on a tiny network", func(s *Scenario) {
			s.Site.PowerMW, s.Bitcoin.NetworkHashrateEH = d("1e-9000"), d("1e-9000")
		}, nil},
		{"the same with an override", func(s *Scenario) {
			s.Site.PowerMW, s.Bitcoin.NetworkHashrateEH = d("1e-9000"), d("1e-9000")
			s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("40"))
		}, nil},
		{"a BTC price of 1e-9000 backing a loan", func(s *Scenario) {
			s.Bitcoin.PriceUSD = d("1e-9000")
			s.HasTreasury, s.Treasury.BTCHeld, s.Treasury.LoanUSD = true, d("100"), d("1000000")
		}, func(t *testing.T, r RiskResult) {
			if !r.LoanAtRisk || r.PMarginCall != 1 || r.PLiquidation != 1 {
				t.Errorf("at risk %v, margin call %v, liquidation %v; want both on every path", r.LoanAtRisk, r.PMarginCall, r.PLiquidation)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Default()
			s.Risk.Paths = 200
			tc.change(&s)
			if err := Validate(s); err != nil {
				t.Fatal(err)
			}
			r, err := MonteCarlo(context.Background(), s, RiskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			figures := []float64{r.PAIWins, r.Mining.P10, r.Mining.P90, r.AI.P10, r.AI.P90, r.Advantage.P50, r.Edges[0], r.Edges[HistogramBins]}
			for i, v := range figures {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("figure %d is %v", i, v)
				}
			}
			if tc.check != nil {
				tc.check(t, r)
			}
		})
	}
}
