package model

import "testing"

// A phase's fields read and write that phase alone, check its MW against the
// phase range, and name it by the key path errors use.
func TestPhaseFields(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		s.AI.Phases = []Phase{{MW: d("20"), Live: MustYearMonth("2027-06")}, {MW: d("30"), Live: MustYearMonth("2028-01")}}
	})
	mw, ok := PhaseField(1, "mw")
	if !ok || mw.Key != "ai.phases[2].mw" || mw.Label != "Phase 2 MW" || mw.Unit != "MW" {
		t.Fatalf("phase 2 mw field %+v, %v", mw, ok)
	}
	if v, _ := mw.Decimal(&s); !v.Equal(d("30")) {
		t.Errorf("phase 2 mw reads %s, want 30", v)
	}
	mw.SetDecimal(&s, d("25"))
	if !s.AI.Phases[1].MW.Equal(d("25")) || !s.AI.Phases[0].MW.Equal(d("20")) {
		t.Errorf("phases after setting phase 2 to 25 MW: %+v", s.AI.Phases)
	}
	if err := mw.Check(d("0")); err == nil {
		t.Error("a phase of 0 MW passes its field's check")
	}
	live, _ := PhaseField(0, "live")
	if err := live.Parse(&s, "2027-09"); err != nil || s.AI.Phases[0].Live != MustYearMonth("2027-09") {
		t.Errorf("phase 1 live after parsing 2027-09: %v, %+v", err, s.AI.Phases)
	}
	// A scenario without the phase reads zero and is left alone.
	none := Default()
	third, _ := PhaseField(2, "mw")
	if v, ok := third.Decimal(&none); !ok || !v.IsZero() {
		t.Errorf("a missing phase reads %s, %v; want 0", v, ok)
	}
	third.SetDecimal(&none, d("5"))
	if len(none.AI.Phases) != 0 {
		t.Errorf("writing a missing phase made phases %+v", none.AI.Phases)
	}
	if _, ok := PhaseField(0, "capex"); ok {
		t.Error("a phase key that does not exist has a field")
	}
}

func TestParsePhaseKeyPath(t *testing.T) {
	for _, tc := range []struct {
		path  string
		index int
		name  string
		ok    bool
	}{
		{"ai.phases[1].mw", 0, "mw", true},
		{"ai.phases[12].live", 11, "live", true},
		{PhaseKeyPath(4, "live"), 4, "live", true},
		{"ai.phases[0].mw", 0, "", false},
		{"ai.phases[01].mw", 0, "", false},
		{"ai.phases[x].mw", 0, "", false},
		{"ai.phases[2]", 0, "", false},
		{"ai.converted_mw", 0, "", false},
	} {
		index, name, ok := ParsePhaseKeyPath(tc.path)
		if ok != tc.ok || (ok && (index != tc.index || name != tc.name)) {
			t.Errorf("ParsePhaseKeyPath(%q) = %d, %q, %v; want %d, %q, %v", tc.path, index, name, ok, tc.index, tc.name, tc.ok)
		}
	}
}
