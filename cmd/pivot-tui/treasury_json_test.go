package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Spec §15 in the JSON: the treasury's first margin-call and liquidation
// months on the base path, and their odds in the Monte Carlo; null where
// there is nothing to measure.
func TestReportJSONTreasuryOverTime(t *testing.T) {
	type doc struct {
		Treasury struct {
			FirstMarginCall  *int `json:"first_margin_call_month"`
			FirstLiquidation *int `json:"first_liquidation_month"`
		} `json:"treasury"`
		Risk struct {
			PMarginCall  *float64 `json:"p_margin_call"`
			PLiquidation *float64 `json:"p_liquidation"`
		} `json:"risk"`
	}
	read := func(scenario string) doc {
		t.Helper()
		path := filepath.Join(t.TempDir(), "s.toml")
		if err := os.WriteFile(path, []byte(scenario), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, stderr := runCLI(t, "report", path, "--format", "json", "--risk")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var d doc
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	// Cango after the sale, BTC falling 30 % a year: LTV 80.6 % in month 20,
	// 90.8 % in month 24 (model tests work these out).
	cango := "[bitcoin]\nprice_usd = 68524\nprice_growth_pct_per_year = -30\n[risk]\npaths = 500\n" +
		"[treasury]\nbtc_held = 7475\nloan_usd = 400000000\nmargin_call_ltv_pct = 80\nliquidation_ltv_pct = 90\nbtc_to_sell = 4451\n"
	d := read(cango)
	if d.Treasury.FirstMarginCall == nil || *d.Treasury.FirstMarginCall != 20 ||
		d.Treasury.FirstLiquidation == nil || *d.Treasury.FirstLiquidation != 24 {
		t.Errorf("first months %v, %v; want 20, 24", d.Treasury.FirstMarginCall, d.Treasury.FirstLiquidation)
	}
	if p, q := d.Risk.PMarginCall, d.Risk.PLiquidation; p == nil || q == nil || *p <= 0 || *p > 1 || *q > *p {
		t.Errorf("p_margin_call %v, p_liquidation %v", p, q)
	}
	// Selling it all leaves no loan: every figure null.
	d = read("[risk]\npaths = 200\n[treasury]\nbtc_held = 10\nloan_usd = 100\nbtc_to_sell = 10\n")
	if d.Treasury.FirstMarginCall != nil || d.Treasury.FirstLiquidation != nil || d.Risk.PMarginCall != nil || d.Risk.PLiquidation != nil {
		t.Errorf("no loan left, yet %v %v %v %v", d.Treasury.FirstMarginCall, d.Treasury.FirstLiquidation,
			d.Risk.PMarginCall, d.Risk.PLiquidation)
	}
}
