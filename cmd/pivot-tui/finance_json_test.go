package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Spec §14 and §16 in the JSON: each strategy's tax and equity, and the
// finance fields of its months, with a [finance] table; without one the tax
// is 0, the equity null and the months as in part two.
func TestReportJSONAfterTaxAndLevered(t *testing.T) {
	type month struct {
		Tax        *float64 `json:"tax_usd"`
		Interest   *float64 `json:"interest_usd"`
		Principal  *float64 `json:"principal_usd"`
		EquityCash *float64 `json:"equity_cash_usd"`
	}
	type strategy struct {
		NPV    float64 `json:"npv_usd"`
		Tax    float64 `json:"tax_usd"`
		Equity *struct {
			IRR      *float64 `json:"irr_pct"`
			NPV      float64  `json:"npv_usd"`
			Debt     float64  `json:"debt_usd"`
			Interest float64  `json:"interest_usd"`
			MinDSCR  *float64 `json:"min_dscr"`
		} `json:"equity"`
		Months []month `json:"months"`
	}
	type doc struct{ Mining, AI strategy }
	read := func(scenario string) (doc, string) {
		t.Helper()
		path := filepath.Join(t.TempDir(), "s.toml")
		if err := os.WriteFile(path, []byte(scenario), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, stderr := runCLI(t, "report", path, "--format", "json")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var d doc
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatal(err)
		}
		return d, out
	}
	// The model's small lease (model/aftertax_test.go works it by hand): tax
	// $162,500, NPV $487,500 after it; month 4 pays $12,500 of tax, $25,000
	// of principal and no interest, and leaves $87,500 to equity.
	lease := "horizon_months = 12\n[site]\npower_mw = 1.3\n[mining]\ncapex_usd_per_th = 0\n" +
		"[ai]\nmode = \"colocation\"\npue = 1.3\nconversion_months = 2\nfitout_capex_usd_per_mw = 600000\n" +
		"fitout_residual_pct = 0\ndiscount_rate_pct = 0\n[ai.colocation]\nrate_usd_per_kw_month = 150\nescalator_pct_per_year = 0\n" +
		"[finance]\ntax_rate_pct = 25\nfitout_depreciation_years = 1\ndebt_pct_of_capex = 50\ndebt_rate_pct = 0\n" +
		"debt_term_months = 12\nequity_discount_rate_pct = 0\n"
	d, _ := read(lease)
	ai := d.AI
	if ai.Tax != 162500 || ai.NPV != 487500 {
		t.Errorf("pivot tax %v, NPV %v; want 162500, 487500", ai.Tax, ai.NPV)
	}
	if e := ai.Equity; e == nil || e.NPV != 487500 || e.Debt != 300000 || e.Interest != 0 || e.MinDSCR == nil || *e.MinDSCR != 0 {
		t.Errorf("equity %+v", e)
	}
	if m := ai.Months[3]; m.Tax == nil || *m.Tax != 12500 || *m.Principal != 25000 || *m.Interest != 0 || *m.EquityCash != 87500 {
		t.Errorf("month 4: %+v", m)
	}
	if d.Mining.Equity == nil || d.Mining.Months[0].EquityCash == nil {
		t.Error("the mining strategy has no equity or monthly equity cash")
	}

	d, out := read("name = \"part two\"\n")
	if d.AI.Equity != nil || d.Mining.Equity != nil || d.AI.Tax != 0 || strings.Contains(out, "equity_cash_usd") {
		t.Errorf("without [finance]: equity %v, tax %v, monthly finance fields %v", d.AI.Equity, d.AI.Tax,
			strings.Contains(out, "equity_cash_usd"))
	}
}
