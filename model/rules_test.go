package model

import (
	"errors"
	"strings"
	"testing"
)

// Spec §10–§11's rules between keys: each broken rule is one error that
// names the key to fix, and a scenario that keeps them all is valid.
func TestValidatePartTwoRules(t *testing.T) {
	phases := func(s *Scenario) {
		s.AI.Phases = []Phase{{MW: d("20"), Live: MustYearMonth("2027-07")}, {MW: d("30"), Live: MustYearMonth("2028-01")}}
	}
	contract := func(s *Scenario) {
		s.AI.Mode = ModeColocation
		s.AI.Colocation.ContractValueUSD = nullOf(d("300000000"))
		s.AI.Colocation.TermMonths = 48
	}
	for _, tc := range []struct {
		name    string
		change  func(*Scenario)
		wantKey string // "" for valid
		wantIn  string // a part of the message
	}{
		{"phases", phases, "", ""},
		{"phases with converted MW", func(s *Scenario) {
			phases(s)
			s.AI.ConvertedMW = nullOf(d("50"))
		}, "ai.converted_mw", "not allowed with [[ai.phases]]"},
		{"phases with conversion months", func(s *Scenario) {
			phases(s)
			s.AI.ConversionMonths = 6
		}, "ai.conversion_months", "not allowed with [[ai.phases]]"},
		// 20 + 31 = 51 MW on a 50 MW site
		{"phases above the site's power", func(s *Scenario) {
			phases(s)
			s.AI.Phases[1].MW = d("31")
		}, "ai.phases", "at most Power (site.power_mw), 50 MW"},
		{"a phase before the start", func(s *Scenario) {
			phases(s)
			s.AI.Phases[1].Live = MustYearMonth("2026-12")
		}, "ai.phases[2].live", "2027-01 to 2031-12"},
		// 60 months from 2027-01 end in 2031-12
		{"a phase after the horizon", func(s *Scenario) {
			phases(s)
			s.AI.Phases[0].Live = MustYearMonth("2032-01")
		}, "ai.phases[1].live", "within the horizon"},
		{"a phase of no power", func(s *Scenario) {
			phases(s)
			s.AI.Phases[0].MW = d("0")
		}, "ai.phases[1].mw", "(0, 10000] MW"},
		{"too many phases", func(s *Scenario) {
			for range MaxPhases + 1 {
				s.AI.Phases = append(s.AI.Phases, Phase{MW: d("1"), Live: MustYearMonth("2028-01")})
			}
		}, "ai.phases", "1 to 24 phases"},
		{"converted MW on the whole site", func(s *Scenario) { s.AI.ConvertedMW = nullOf(d("50")) }, "", ""},
		{"converted MW above the site's power", func(s *Scenario) { s.AI.ConvertedMW = nullOf(d("50.5")) },
			"ai.converted_mw", "at most Power (site.power_mw), 50 MW"},
		{"a contract value", contract, "", ""},
		{"a contract value without a term", func(s *Scenario) {
			contract(s)
			s.AI.Colocation.TermMonths = 0
		}, "ai.colocation.term_months", "more than 0 with Contract value (ai.colocation.contract_value_usd)"},
		{"a contract value with a rate", func(s *Scenario) {
			contract(s)
			s.AI.Colocation.RateUSDPerKWMonth = d("154")
		}, "ai.colocation.rate_usd_per_kw_month", "it sets the month-1 rate"},
		{"a contract value on an empty hall", func(s *Scenario) {
			contract(s)
			s.AI.Colocation.OccupancyPct = d("0")
		}, "ai.colocation.occupancy_pct", "more than 0"},
		// live from month 13; 48 credits end in month 60: the last that fits
		{"prepayment credits to the horizon", func(s *Scenario) {
			s.AI.PrepaymentUSD, s.AI.PrepaymentCreditMonths = d("1000000"), 48
		}, "", ""},
		{"prepayment credits past the horizon", func(s *Scenario) {
			s.AI.PrepaymentUSD, s.AI.PrepaymentCreditMonths = d("1000000"), 49
		}, "ai.prepayment_credit_months", "at most 48"},
		// spec §17: the window is checked only with a prepayment
		{"a long credit window without a prepayment", func(s *Scenario) { s.AI.PrepaymentCreditMonths = 600 }, "", ""},
		{"a prepayment on a pivot that never goes live", func(s *Scenario) {
			s.AI.ConversionMonths = 60
			s.AI.PrepaymentUSD = d("1")
		}, "ai.prepayment_credit_months", "AI goes live in month 61 of 60"},
		{"an unknown capex timing", func(s *Scenario) { s.AI.CapexTiming = "later" }, "ai.capex_timing", `"upfront" or "build"`},
		{"an unknown escalator step", func(s *Scenario) { s.AI.Colocation.EscalatorStep = "weekly" },
			"ai.colocation.escalator_step", `"monthly" or "annual"`},
	} {
		err := Validate(defaultWith(tc.change))
		if tc.wantKey == "" {
			if err != nil {
				t.Errorf("%s: %v, want valid", tc.name, err)
			}
			continue
		}
		var problems ValidationError
		if !errors.As(err, &problems) || len(problems) != 1 || problems[0].Key != tc.wantKey ||
			!strings.Contains(err.Error(), tc.wantIn) || !strings.Contains(err.Error(), tc.wantKey) {
			t.Errorf("%s: Validate = %v, want one error on %s saying %q", tc.name, err, tc.wantKey, tc.wantIn)
		}
	}
}

// Part two's keys say their range in the comment a scenario file shows
// (spec §17), from the same bounds the validation uses.
func TestPartTwoCommentsGiveTheRange(t *testing.T) {
	for key, want := range map[string]string{
		"ai.build_months":                       "1..60",
		"mining.exit_ev_ebitda":                 "0..40",
		"ai.colocation.renewal_pct":             "0..100",
		"ai.prepayment_usd":                     ">= 0",
		"ai.colocation.contract_value_usd":      "> 0",
		"ai.gpu.opex_usd_per_gpu_hour":          "0..100",
		"mining.curtailment_credit_usd_per_mwh": "0..10000",
		"ai.converted_mw":                       "(0, 10000]",
	} {
		f, _ := FieldByKey(key)
		if !strings.HasSuffix(f.Comment, "; range "+want) {
			t.Errorf("%s: comment %q does not end with its range %q", key, f.Comment, want)
		}
	}
	for _, k := range PhaseKeys() {
		if k.Comment == "" {
			t.Errorf("phase key %s has no comment", k.Name)
		}
	}
}

func TestChoiceFields(t *testing.T) {
	f, _ := FieldByKey("ai.capex_timing")
	s := Default()
	if f.Format(&s) != "upfront" {
		t.Errorf("default capex timing %q", f.Format(&s))
	}
	if err := f.Parse(&s, "build"); err != nil || s.AI.CapexTiming != CapexBuild {
		t.Errorf("Parse(build) = %v, timing %q", err, s.AI.CapexTiming)
	}
	if err := f.Parse(&s, "soon"); err == nil || err.Error() != `ai.capex_timing: unknown value "soon": want "upfront" or "build"` {
		t.Errorf("Parse(soon) = %v", err)
	}
	if s.AI.CapexTiming != CapexBuild {
		t.Error("a rejected value changed the field")
	}
}

// A lease's terms on a GPU cloud are legal but unused: a note says so.
func TestWarningsOnUnusedLeaseTerms(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		s.AI.Colocation.ContractValueUSD = nullOf(d("1000000000"))
		s.AI.Colocation.TermMonths = 60
	})
	w := Warnings(s)
	if len(w) != 2 || !strings.Contains(w[0], "ai.colocation.contract_value_usd applies to colocation only") ||
		!strings.Contains(w[1], "ai.colocation.term_months") {
		t.Errorf("Warnings = %q", w)
	}
	s.AI.Mode = ModeColocation
	if w := Warnings(s); len(w) != 0 {
		t.Errorf("colocation: Warnings = %q", w)
	}
	// With phases the conversion months are not the plan: no note about them.
	s = defaultWith(func(s *Scenario) {
		s.HorizonMonths = 12
		s.AI.Phases = []Phase{{MW: d("50"), Live: MustYearMonth("2027-06")}}
	})
	if w := Warnings(s); len(w) != 0 {
		t.Errorf("phased: Warnings = %q", w)
	}
}
