package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// The pivot's phases read the same from [[ai.phases]] tables, from an
// array of inline tables and from JSON.
func TestParsePhases(t *testing.T) {
	want := model.Default()
	want.AI.Phases = []model.Phase{{MW: d("20"), Live: model.MustYearMonth("2027-07")}, {MW: d("29.5"), Live: model.MustYearMonth("2028-01")}}
	want.AI.Mode = model.ModeColocation
	forms := map[string]string{
		"array of tables": `
[ai]
mode = "colocation"
[[ai.phases]]
mw = 20
live = "2027-07"
[[ai.phases]]
mw = 29.5
live = "2028-01"
[ai.gpu]
model = "H100 SXM"
`,
		"phases before their [ai] table": `
[[ai.phases]]
mw = 20
live = "2027-07"
[[ai.phases]]
live = "2028-01"
mw = 29.5
[ai]
mode = "colocation"
`,
		"array of inline tables": `
[ai]
mode = "colocation"
phases = [{ mw = 20, live = "2027-07" }, { mw = 29.5, live = "2028-01" }]
`,
		"json": `{"ai": {"mode": "colocation", "phases": [{"mw": 20, "live": "2027-07"}, {"mw": 29.5, "live": "2028-01"}]}}`,
	}
	for name, text := range forms {
		t.Run(name, func(t *testing.T) {
			file := "x.toml"
			if name == "json" {
				file = "x.json"
			}
			s, err := Parse(file, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			assertSameScenario(t, want, s)
		})
	}
	s, err := ParseJSON("x.json", []byte(`{"ai": {"phases": null}}`))
	if err != nil || len(s.AI.Phases) != 0 {
		t.Errorf("null phases: %v, %d phases", err, len(s.AI.Phases))
	}
}

// deal is a valid scenario with every part-two key away from its default.
func deal() model.Scenario {
	s := model.Default()
	s.Site.PowerMW = d("100")
	s.AI.Mode = model.ModeColocation
	s.AI.Phases = []model.Phase{{MW: d("20"), Live: model.MustYearMonth("2027-07")}, {MW: d("40.25"), Live: model.MustYearMonth("2028-01")}}
	s.AI.MineDuringConversion = true
	s.AI.CapexTiming, s.AI.BuildMonths = model.CapexBuild, 9
	s.AI.PrepaymentUSD, s.AI.PrepaymentCreditMonths = d("20000000"), 24
	s.AI.DiscountRatePct, s.Mining.DiscountRatePct = nullOf("9"), nullOf("14.5")
	s.AI.ExitEVEBITDA, s.Mining.ExitEVEBITDA = d("10"), d("4")
	s.AI.PowerPremiumUSDPerMWh = d("7.5")
	s.AI.GPU.OpexUSDPerGPUHour = d("0.125")
	c := &s.AI.Colocation
	c.ContractValueUSD = nullOf("3.7e9")
	c.TermMonths, c.EscalatorStep, c.RenewalPct, c.TenantCapexPct = 48, model.EscalateAnnual, d("80"), d("30")
	s.Mining.CurtailmentPct, s.Mining.CurtailmentCreditUSDPerMWh = d("5"), d("120")
	s.Mining.DemandResponseUSDPerMWMonth = d("2000")
	return s
}

func TestMarshalWritesThePlan(t *testing.T) {
	s := deal()
	text := string(Marshal(s))
	for _, want := range []string{
		"\n[[ai.phases]] ", "\nmw = 20 ", "\nlive = \"2027-07\" ", "\nmw = 40.25 ", "\nlive = \"2028-01\" ",
		// what phases and a contract value replace is shown, commented out
		"\n# conversion_months = 12 ", "; not used with [[ai.phases]]",
		"\n# rate_usd_per_kw_month = 150 ", "; set by contract_value_usd",
		"\ncontract_value_usd = 3700000000 ", "\ncapex_timing = \"build\" ", "\nescalator_step = \"annual\" ",
		"\ndiscount_rate_pct = 14.5 ", "\ndiscount_rate_pct = 9 ",
	} {
		if !contains(text, want) {
			t.Errorf("Marshal output lacks %q", want)
		}
	}
	// Unset optional keys show the value they follow, or an example.
	text = string(Marshal(model.Default()))
	for _, want := range []string{
		"\n# converted_mw = 50 ",      // site.power_mw
		"\n# discount_rate_pct = 12 ", // the scenario's rate
		"\n# contract_value_usd = 3700000000 ",
		"\n# [[ai.phases]] ", "\n# mw = 50 ", "\n# live = \"2028-01\" ", // the whole conversion as one phase
	} {
		if !contains(text, want) {
			t.Errorf("Marshal output lacks %q", want)
		}
	}
}

func nullOf(text string) decimalNull { return decimalNull{Decimal: d(text), Valid: true} }

type decimalNull = decimal.NullDecimal

func contains(s, sub string) bool { return strings.Contains(s, sub) }
