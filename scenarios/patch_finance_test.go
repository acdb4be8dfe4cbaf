package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

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
