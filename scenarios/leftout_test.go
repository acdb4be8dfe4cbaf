package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// A plan that gains phases comments out the conversion it replaces (a file
// that wrote it would not load), keeping the user's figures and comments
// and saying why; when the phases go, the lines come back, the number of
// months as a value and the unset converted MW as a commented-out line.
func TestSaveLeavesOutTheConversionWithPhases(t *testing.T) {
	const file = `[site]
power_mw = 100

[ai]
converted_mw = 40       # the first two halls
conversion_months = 6   # per the EPC schedule
pue = 1.3               # design PUE
`
	s, err := ParseTOML("x.toml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	unphased := s
	s.AI.ConvertedMW = decimal.NullDecimal{}
	s.AI.ConversionMonths = model.Default().AI.ConversionMonths
	s.AI.Phases = phases("40", "2027-07")
	phased := string(Patch([]byte(file), s))
	want := withValue(t, file, "converted_mw = 40       # the first two halls\nconversion_months = 6   # per the EPC schedule\n",
		"# converted_mw = 40     # the first two halls; not used with [[ai.phases]]\n"+
			"# conversion_months = 6 # per the EPC schedule; not used with [[ai.phases]]\n")
	want += "\n[[ai.phases]]           # optional: deliver the converted MW in phases (1 to 24); then leave out converted_mw and conversion_months\n" +
		"mw = 40                 # grid MW of this phase; range (0, 10000]\n" +
		"live = \"2027-07\"        # first month of AI revenue of this phase (YYYY-MM), within the horizon\n"
	if phased != want {
		t.Fatalf("phased: got\n%s\nwant\n%s", phased, want)
	}
	loaded, err := ParseTOML("x.toml", []byte(phased))
	if err != nil {
		t.Fatal(err)
	}
	assertSameScenario(t, s, loaded)

	// The phases go; the model's conversion is the default again.
	s.AI.Phases = nil
	back := string(Patch([]byte(phased), s))
	want = withValue(t, file, "converted_mw = 40       # the first two halls\nconversion_months = 6   # per the EPC schedule\n",
		"# converted_mw = 40     # the first two halls\nconversion_months = 12  # per the EPC schedule\n")
	if back != want {
		t.Fatalf("phases removed: got\n%s\nwant\n%s", back, want)
	}
	loaded, err = ParseTOML("x.toml", []byte(back))
	if err != nil {
		t.Fatal(err)
	}
	assertSameScenario(t, s, loaded)

	// Back to the figures the file had: the file is as it was.
	if again := string(Patch([]byte(phased), unphased)); again != file {
		t.Errorf("the plan as it was: got\n%s\nwant\n%s", again, file)
	}
}

// In a file Marshal wrote, the phases and the contract value switch on and
// off as Marshal writes them: the commented-out example phase becomes the
// first phase, the hint to uncomment a key that must be left out becomes
// the reason it is left out, and the way back restores Marshal's lines.
func TestSaveMarshalsLeftOutKeysAsMarshalDoes(t *testing.T) {
	src, _ := PresetSource("default")
	title := string(src[:strings.Index(string(src), "\n\n")+2]) // the preset's own title, not Marshal's
	canonical := func(s model.Scenario) string {
		out := string(Marshal(s))
		return title + out[strings.Index(out, "\n")+1:]
	}
	base, _ := Preset("default")
	if canonical(base) != string(src) {
		t.Fatal("the default preset is not Marshal's output under its title")
	}

	phasedPlan := base
	phasedPlan.AI.Phases = phases("20", "2027-06", "30", "2028-01")
	contracted := base
	contracted.AI.Colocation.ContractValueUSD = decimal.NewNullDecimal(d("900000000"))
	contracted.AI.Colocation.TermMonths = 48
	both := phasedPlan
	both.AI.Colocation = contracted.AI.Colocation
	for _, tc := range []struct {
		name string
		s    model.Scenario
	}{{"phases", phasedPlan}, {"a contract value", contracted}, {"both", both}} {
		t.Run(tc.name, func(t *testing.T) {
			on := string(Patch(src, tc.s))
			if on != canonical(tc.s) {
				t.Errorf("switched on: got\n%s\nwant\n%s", on, canonical(tc.s))
			}
			off := string(Patch([]byte(on), base))
			loaded, err := ParseTOML("x.toml", []byte(off))
			if err != nil {
				t.Fatal(err)
			}
			assertSameScenario(t, base, loaded)
			// Every line Marshal writes without them is there again, but for
			// the example phase (removed phases are gone, not examples) and
			// the cleared contract value, which keeps its figure.
			for _, line := range strings.Split(canonical(base), "\n") {
				if !strings.Contains(off, line) && !strings.Contains(line, "[[ai.phases]]") &&
					!strings.HasPrefix(line, "# mw = ") && !strings.HasPrefix(line, "# live = ") &&
					!strings.HasPrefix(line, "# contract_value_usd = ") {
					t.Errorf("switched off, the file lacks %q", line)
				}
			}
			if tc.s.AI.Colocation.ContractValueUSD.Valid && !strings.Contains(off, "\n# contract_value_usd = 900000000 ") {
				t.Errorf("switched off, the contract value is not commented out:\n%s", off)
			}
		})
	}
}

// A contract value switched on comments out the rate it sets; switched
// off, the rate comes back; on again, the file is as it was. The rate
// inside an inline table goes instead, as braces hold no comments.
func TestSaveLeavesOutTheRateWithAContractValue(t *testing.T) {
	src, _ := PresetSource("terawulf-fluidstack")
	s, _ := Preset("terawulf-fluidstack")
	s.AI.Colocation.ContractValueUSD = decimal.NullDecimal{}
	off := string(Patch(src, s))
	want := withValue(t, string(src),
		"# rate_usd_per_kw_month = 150         # lease rate per kW of critical IT load, USD per month ($/kW-mo); set by contract_value_usd\n",
		"rate_usd_per_kw_month = 150           # lease rate per kW of critical IT load, USD per month ($/kW-mo)\n")
	want = withValue(t, want, "\ncontract_value_usd = 3700000000       # total rent", "\n# contract_value_usd = 3700000000     # total rent")
	if off != want {
		t.Fatalf("switched off: got\n%s\nwant\n%s", off, want)
	}
	s.AI.Colocation.ContractValueUSD = decimal.NewNullDecimal(d("3700000000"))
	if on := string(Patch([]byte(off), s)); on != string(src) {
		t.Errorf("switched on again: got\n%s\nwant the preset", on)
	}

	const inline = "[ai]\ncolocation = { rate_usd_per_kw_month = 150, term_months = 60 }\n"
	s, _ = ParseTOML("x.toml", []byte(inline))
	s.AI.Colocation.ContractValueUSD = decimal.NewNullDecimal(d("500000000"))
	if got := string(Patch([]byte(inline), s)); got != "[ai]\ncolocation = { term_months = 60, contract_value_usd = 500000000 }\n" {
		t.Errorf("inline: got %q", got)
	}
}
