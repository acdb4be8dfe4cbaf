package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Part one's JSON report of the defaults (testdata/part-one-default.json, as
// the report wrote it before part two) is reproduced field for field by a
// scenario that converts the whole site explicitly, with no phases, once the
// one correction that touches it is set aside: the GPU cloud's operations
// cost per GPU-hour (spec §13). Part two only adds fields.
func TestPartOneReportFieldForField(t *testing.T) {
	path := filepath.Join(t.TempDir(), "whole-site.toml")
	file := "[ai]\nconverted_mw = 50\n[ai.gpu]\nopex_usd_per_gpu_hour = 0\n"
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "report", path, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var now, then any
	if err := json.Unmarshal([]byte(out), &now); err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile("testdata/part-one-default.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(old, &then); err != nil {
		t.Fatal(err)
	}
	for _, d := range lostOrChanged("$", then, now) {
		t.Error(d)
	}
}

// lostOrChanged lists the fields of then that now lacks or holds differently.
func lostOrChanged(path string, then, now any) []string {
	switch t := then.(type) {
	case map[string]any:
		n, ok := now.(map[string]any)
		if !ok {
			return []string{path + ": no longer an object"}
		}
		var out []string
		for k, v := range t {
			if k == "name" {
				continue // the scenario's name is the file's
			}
			w, ok := n[k]
			if !ok {
				out = append(out, path+"."+k+": missing")
				continue
			}
			out = append(out, lostOrChanged(path+"."+k, v, w)...)
		}
		return out
	case []any:
		n, ok := now.([]any)
		if !ok || len(n) != len(t) {
			return []string{path + ": a different list"}
		}
		var out []string
		for i := range t {
			out = append(out, lostOrChanged(fmt.Sprintf("%s[%d]", path, i), t[i], n[i])...)
		}
		return out
	}
	if !reflect.DeepEqual(then, now) {
		return []string{fmt.Sprintf("%s: %v, part one had %v", path, now, then)}
	}
	return nil
}

// The §16 fields of a phased, contracted pivot, as the model works them out.
func TestReportJSONPartTwoFields(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deal.toml")
	file := `[site]
power_mw = 100
[mining]
discount_rate_pct = 14
curtailment_pct = 100
[ai]
mode = "colocation"
pue = 1.25
capex_timing = "build"
build_months = 6
prepayment_usd = 1000000
exit_ev_ebitda = 10
[[ai.phases]]
mw = 20
live = "2027-07"
[[ai.phases]]
mw = 40
live = "2028-01"
[ai.colocation]
term_months = 48
contract_value_usd = 300000000
`
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "report", path, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Mining struct {
			DiscountRatePct float64  `json:"discount_rate_pct"`
			CashCostPerBTC  *float64 `json:"cash_cost_per_btc_usd"`
			TerminalMethod  string   `json:"terminal_method"`
		} `json:"mining"`
		AI struct {
			MiningMW       float64  `json:"mining_mw"`
			CapexTiming    string   `json:"capex_timing"`
			ColoRate       *float64 `json:"colo_rate_usd_per_kw_month"`
			PrepaymentUSD  float64  `json:"prepayment_usd"`
			TerminalMethod string   `json:"terminal_method"`
			Discount       float64  `json:"discount_rate_pct"`
			Phases         []struct {
				MW   float64 `json:"mw"`
				Live string  `json:"live"`
				ITMW float64 `json:"it_mw"`
				GPUs *int    `json:"gpus"`
			} `json:"phases"`
			Months []struct {
				CapexUSD float64 `json:"capex_usd"`
			} `json:"months"`
		} `json:"ai"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	a, m := doc.AI, doc.Mining
	// 100 − 20 − 40 MW keep mining; the phases carry 16 and 32 MW of IT at PUE 1.25.
	if a.MiningMW != 40 || a.CapexTiming != "build" || a.PrepaymentUSD != 1e6 || a.TerminalMethod != "exit_multiple" ||
		a.Discount != 12 || len(a.Phases) != 2 || a.Phases[1].Live != "2028-01" || a.Phases[0].ITMW != 16 || a.Phases[1].GPUs != nil {
		t.Errorf("ai: %+v", a)
	}
	// $300M over 48 months of 6 × 16,000 kW and 42 × 48,000 kW, escalating 3 %/yr monthly:
	// python3 on spec §11 gives $133.3607/kW-month.
	if a.ColoRate == nil || *a.ColoRate < 133.36 || *a.ColoRate > 133.37 {
		t.Errorf("colo rate %v, want the derived 133.36", deref(a.ColoRate))
	}
	// Phase 1 (live in month 7): its $144M fit-out (16 MW × $9M) in six parts over months 1..6;
	// phase 2 (month 13): 32 MW × $9M = $288M over months 7..12.
	if a.Months[0].CapexUSD != 24e6 || a.Months[5].CapexUSD != 24e6 || a.Months[6].CapexUSD != 48e6 || a.Months[12].CapexUSD != 0 {
		t.Errorf("capex in months 1, 6, 7 and 13: %v, %v, %v, %v", a.Months[0].CapexUSD, a.Months[5].CapexUSD,
			a.Months[6].CapexUSD, a.Months[12].CapexUSD)
	}
	if m.DiscountRatePct != 14 || m.CashCostPerBTC != nil || m.TerminalMethod != "residual" {
		t.Errorf("mining: rate %v, cash cost %v (null at 100 %% curtailment), %s", m.DiscountRatePct, m.CashCostPerBTC, m.TerminalMethod)
	}
}

func deref(v *float64) any {
	if v == nil {
		return nil
	}
	return *v
}

// `pivot-tui preset default` prints every key, part two's with their unit,
// range and comment, and the phases as a commented-out [[ai.phases]] table.
func TestPresetDefaultPrintsEveryKey(t *testing.T) {
	code, out, _ := runCLI(t, "preset", "default")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"\ncurtailment_credit_usd_per_mwh = 0 ", "$/MWh; range 0..10000",
		"\nbuild_months = 12 ", "months over which a phase's fit-out is paid; range 1..60",
		"\nopex_usd_per_gpu_hour = 0.1 ", "; range 0..100 ($/GPU-h)",
		"\n# converted_mw = 50 ", "\n# contract_value_usd = 3700000000 ", "; range > 0 ($)",
		"\n# [[ai.phases]] ", "\n# mw = 50 ", "grid MW of this phase; range (0, 10000]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("preset default lacks %q", want)
		}
	}
}
