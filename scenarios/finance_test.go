package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// A [finance] table of any form turns spec §14 on, like [treasury] does §7.
func TestFinanceTableTurnsFinanceOn(t *testing.T) {
	want := model.Default()
	want.HasFinance = true
	want.Finance.TaxRatePct = d("21")
	want.Finance.DebtPctOfCapex = d("60")
	want.Finance.DebtTermMonths = 48

	forms := map[string]string{
		"x.toml table":  "[finance]\ntax_rate_pct = 21\ndebt_pct_of_capex = 60\ndebt_term_months = 48\n",
		"x.toml dotted": "finance.tax_rate_pct = 21\nfinance.debt_pct_of_capex = 60\nfinance.debt_term_months = 48\n",
		"x.toml inline": "finance = { tax_rate_pct = 21, debt_pct_of_capex = 60, debt_term_months = 48 }\n",
		"x.json":        `{"finance": {"tax_rate_pct": 21, "debt_pct_of_capex": 60, "debt_term_months": 48}}`,
	}
	for name, text := range forms {
		t.Run(name, func(t *testing.T) {
			s, err := Parse(strings.Fields(name)[0], []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			assertSameScenario(t, want, s)
		})
	}

	// An empty table is finance at its defaults; no table, or null, is none.
	s, err := ParseTOML("x.toml", []byte("[finance]\n"))
	if err != nil || !s.HasFinance {
		t.Errorf("empty [finance]: HasFinance %v, err %v", s.HasFinance, err)
	}
	for name, text := range map[string]string{"x.toml": "[site]\npower_mw = 5\n", "x.json": `{"finance": null}`} {
		s, err := Parse(name, []byte(text))
		if err != nil || s.HasFinance {
			t.Errorf("%s without finance: HasFinance %v, err %v", name, s.HasFinance, err)
		}
	}
}

// Spec §17's ranges, reported with the file, the line and column, and the key.
func TestFinanceRanges(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"[finance]\ndebt_pct_of_capex = 95\n",
			"x.toml:2:21: finance.debt_pct_of_capex: 95 is out of range: want in [0, 90] %"},
		{"[finance]\ntax_rate_pct = 101\n",
			"x.toml:2:16: finance.tax_rate_pct: 101 is out of range: want in [0, 100] %"},
		{"[finance]\ngpu_depreciation_years = 0\n",
			"x.toml:2:26: finance.gpu_depreciation_years: 0 is out of range: want a whole number in [1, 50] years"},
		{"[finance]\nfitout_depreciation_years = 7.5\n",
			"x.toml:2:29: finance.fitout_depreciation_years: 7.5 is out of range: want a whole number in [1, 50] years"},
		{"[finance]\ndebt_term_months = 601\n",
			"x.toml:2:20: finance.debt_term_months: 601 is out of range: want a whole number in [1, 600] months"},
		{"[finance]\nequity_discount_rate_pct = -100\n",
			"x.toml:2:28: finance.equity_discount_rate_pct: -100 is out of range: want in (-100, 1000] %/yr"},
		{"[finance]\ndebt_rate_pcts = 5\n",
			"x.toml:2:1: finance.debt_rate_pcts: unknown key, did you mean finance.debt_rate_pct?"},
	} {
		_, err := ParseTOML("x.toml", []byte(tc.text))
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: err = %v\nwant %s", tc.text, err, tc.want)
		}
	}
}

// Marshal writes [finance] when the scenario has it and comments it out when
// not, and both read back as they were.
func TestMarshalFinance(t *testing.T) {
	absent := string(Marshal(model.Default()))
	if !strings.Contains(absent, "\n# [finance] ") || !strings.Contains(absent, "\n# tax_rate_pct = 0 ") ||
		strings.Contains(absent, "\n[finance]") {
		t.Errorf("a scenario without finance must show [finance] commented out:\n%s", absent)
	}

	s := model.Default()
	s.HasFinance = true
	s.Finance.TaxRatePct = d("25.5")
	s.Finance.DebtPctOfCapex = d("70")
	s.Finance.DebtRatePct = d("0")
	s.Finance.GPUDepreciationYears = 4
	s.Finance.EquityDiscountRatePct = d("-5")
	text := string(Marshal(s))
	for _, want := range []string{"\n[finance] ", "\ntax_rate_pct = 25.5 ", "\ngpu_depreciation_years = 4 ",
		"\nequity_discount_rate_pct = -5 ", "# share of every capex payment funded by project debt, %; range 0..90\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("Marshal output lacks %q", want)
		}
	}
	for name, s := range map[string]model.Scenario{"with finance": s, "without": model.Default()} {
		got, err := ParseTOML("x.toml", Marshal(s))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		assertSameScenario(t, s, got)
	}
}

// `pivot-tui preset default` prints the file with every optional table shown,
// commented out.
func TestDefaultPresetShowsFinanceCommentedOut(t *testing.T) {
	source, err := PresetSource("default")
	if err != nil {
		t.Fatal(err)
	}
	text := string(source)
	defaults := model.Default()
	for _, f := range model.Fields() {
		if f.Section() == "finance" && !strings.Contains(text, "\n# "+f.Name()+" = "+f.Format(&defaults)+" ") {
			t.Errorf("default preset lacks %s, commented out at its default", f.Key)
		}
	}
	if !strings.Contains(text, "\n# [finance] ") || strings.Contains(text, "\n[finance]") {
		t.Error("default preset must show [finance] commented out")
	}
}
