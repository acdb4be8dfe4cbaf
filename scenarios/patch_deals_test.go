package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// A phased plan saved in place: a changed phase rewrites the blocks and
// nothing else; dropping the phases brings the conversion back; a file
// that writes [ai] inline gets its phases inside the braces.
func TestSavePhasesInPlace(t *testing.T) {
	src, _ := PresetSource("cipher-aws")
	s, _ := Preset("cipher-aws")
	s.AI.Phases[1].MW = d("160")
	got := string(Patch(src, s))
	if !strings.Contains(got, "# Two phases of 150 MW of critical IT each") {
		t.Errorf("the comment above the phases is lost:\n%s", got)
	}
	if strings.Count(got, "\n[[ai.phases]]") != 2 || !strings.Contains(got, "\nmw = 160 ") {
		t.Errorf("the phases are not rewritten:\n%s", got)
	}
	assertLoadsAs(t, got, s)

	s.AI.Phases = nil
	s.AI.ConversionMonths = 6
	got = string(Patch(src, s))
	if line := lineOf(got, "conversion_months = 6 "); strings.Contains(got, "\n[[ai.phases]]") ||
		line != "conversion_months = 6                 # months of build-out with no AI revenue" {
		t.Errorf("without phases, the conversion does not come back:\n%s", got)
	}
	assertLoadsAs(t, got, s)

	inline := "ai = { pue = 1.3 }\n"
	s = model.Default()
	s.AI.PUE = d("1.3")
	s.AI.Phases = []model.Phase{{MW: d("20"), Live: model.YearMonth{Year: 2027, Month: 6}}}
	got = string(Patch([]byte(inline), s))
	if want := `ai = { pue = 1.3, phases = [{ mw = 20, live = "2027-06" }] }` + "\n"; got != want {
		t.Errorf("inline: got %q, want %q", got, want)
	}
}

// With phases the conversion keys, and with a contract value the rate, must
// not be in the file (spec §10, §11): a save comments them out.
func TestSaveCommentsOutWhatAPlanReplaces(t *testing.T) {
	src := "[ai]\nconversion_months = 12  # as first planned\nmode = \"colocation\"\n\n" +
		"[ai.colocation]\nrate_usd_per_kw_month = 150\nterm_months = 120\n"
	s, err := ParseTOML("x.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s.AI.Phases = []model.Phase{{MW: d("40"), Live: model.YearMonth{Year: 2027, Month: 6}}}
	s.AI.Colocation.ContractValueUSD = decimal.NewNullDecimal(d("900000000"))
	got := string(Patch([]byte(src), s))
	for _, want := range []string{"\n# conversion_months = 12  # as first planned\n", "\n# rate_usd_per_kw_month = 150\n",
		"\ncontract_value_usd = 900000000 ", "\n[[ai.phases]] "} {
		if !strings.Contains(got, want) {
			t.Errorf("the file lacks %q:\n%s", want, got)
		}
	}
	assertLoadsAs(t, got, s)
}

// A finance table switched off is commented out and comes back byte for
// byte; the default preset's commented-out [finance] is switched on in place.
func TestSaveFinanceOffAndOn(t *testing.T) {
	src, _ := PresetSource("default")
	s, _ := Preset("default")
	s.HasFinance = true
	s.Finance.TaxRatePct = d("21")
	on := string(Patch(src, s))
	if strings.Count(on, "[finance]") != 1 || !strings.Contains(on, "\ntax_rate_pct = 21 ") ||
		!strings.Contains(on, "\ndebt_term_months = 60 ") {
		t.Errorf("switched on:\n%s", on)
	}
	assertLoadsAs(t, on, s)
	s.HasFinance = false
	if off := string(Patch([]byte(on), s)); !strings.Contains(off, "\n# tax_rate_pct = 21 ") {
		t.Errorf("switched off, the figures are not kept commented out:\n%s", off)
	} else if again := string(Patch([]byte(off), withFinance(s))); again != on {
		t.Errorf("switched on again: got\n%s\nwant\n%s", again, on)
	}
}

func withFinance(s model.Scenario) model.Scenario {
	s.HasFinance = true
	return s
}

func assertLoadsAs(t *testing.T, text string, want model.Scenario) {
	t.Helper()
	got, err := ParseTOML("saved.toml", []byte(text))
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	assertSameScenario(t, want, got)
}

// lineOf is the first line of text that starts with prefix.
func lineOf(text, prefix string) string {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
	return ""
}
