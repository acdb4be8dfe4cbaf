package model

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// Property: converting the whole site explicitly, with no phases, is part
// one's AI strategy field for field: converted_mw = site.power_mw changes
// nothing, on the defaults and on random scenarios.
func TestWholeSiteConvertedIsPartOne(t *testing.T) {
	check := func(name string, s Scenario) {
		whole := s
		whole.AI.ConvertedMW = nullOf(s.Site.PowerMW)
		a, b := Evaluate(s), Evaluate(whole)
		if !reflect.DeepEqual(a.AI, b.AI) || !reflect.DeepEqual(a.Mining, b.Mining) || !reflect.DeepEqual(a.Breakeven, b.Breakeven) {
			t.Errorf("%s: converted_mw = site.power_mw changed the result", name)
		}
		if !a.AI.MiningMW.IsZero() {
			t.Errorf("%s: %s MW kept mining", name, a.AI.MiningMW)
		}
	}
	check("defaults", Default())
	check("colocation, mining during conversion", defaultWith(func(s *Scenario) {
		s.AI.Mode, s.AI.MineDuringConversion = ModeColocation, true
	}))
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range 20 {
		s := drawScenario(rng)
		if len(s.AI.Phases) > 0 || s.AI.ConvertedMW.Valid {
			continue
		}
		check("random scenario "+strconv.Itoa(i), s)
	}
}

// Property: one phase split into two with the same live month gives the
// same figures, up to the GPU count's rounding (exact here: 1.25 kW GPUs
// fill 20 MW of IT and its halves exactly).
func TestSplitPhaseIsTheSame(t *testing.T) {
	for _, mode := range Modes {
		one := defaultWith(func(s *Scenario) {
			s.Site.PowerMW = d("60")
			s.AI.Mode = mode
			s.AI.PUE, s.AI.GPU.KWPerGPU = d("1.25"), d("1.25")
			s.AI.CapexTiming = CapexBuild
			s.AI.Phases = []Phase{{MW: d("40"), Live: MustYearMonth("2027-10")}} // 32 MW of IT, 25,600 GPUs
			s.AI.MineDuringConversion = true
			s.AI.Colocation.TermMonths, s.AI.Colocation.RenewalPct = 36, d("70")
			s.AI.PrepaymentUSD = d("5000000")
		})
		two := one
		two.AI.Phases = []Phase{{MW: d("15"), Live: MustYearMonth("2027-10")}, {MW: d("25"), Live: MustYearMonth("2027-10")}}
		a, b := Evaluate(one).AI, Evaluate(two).AI
		if !a.GPUs.Decimal.Equal(b.GPUs.Decimal) {
			t.Fatalf("%s: %s GPUs in one phase, %s in two", mode, a.GPUs.Decimal, b.GPUs.Decimal)
		}
		for _, f := range []struct {
			what string
			x, y decimal.Decimal
		}{
			{"NPV", a.NPVUSD, b.NPVUSD}, {"capex", a.CapexUSD, b.CapexUSD}, {"end value", a.ResidualUSD, b.ResidualUSD},
			{"net cash", a.NetCashUSD, b.NetCashUSD}, {"EBITDA", a.EBITDAUSD, b.EBITDAUSD}, {"IT MW", a.ITMW, b.ITMW},
			{"EBITDA per IT MW-year", a.EBITDAUSDPerITMWYear, b.EBITDAUSDPerITMWYear},
		} {
			// 15/1.25 + 25/1.25 rounds where 40/1.25 does not: a millionth of a cent apart at most
			near(t, string(mode)+" "+f.what, f.y, f.x.String(), "1e-6")
		}
		for i := range a.Months {
			near(t, string(mode)+" monthly EBITDA", b.Months[i].EBITDAUSD, a.Months[i].EBITDAUSD.String(), "1e-6")
		}
	}
	// With GPUs that do not divide a phase evenly, the split loses at most one GPU per phase.
	one := Default()
	two := defaultWith(func(s *Scenario) {
		s.AI.Phases = []Phase{{MW: d("25"), Live: MustYearMonth("2028-01")}, {MW: d("25"), Live: MustYearMonth("2028-01")}}
	})
	// 50 MW: 26,455 GPUs; 25 MW: 13,227 each, 26,454 in all
	if a, b := Evaluate(one).AI.GPUs.Decimal, Evaluate(two).AI.GPUs.Decimal; !a.Sub(b).Equal(decimal.NewFromInt(1)) {
		t.Errorf("one phase %s GPUs, two halves %s", a, b)
	}
}
