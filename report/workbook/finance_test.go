package workbook

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"testing"

	"github.com/pivot-tui/pivot-tui/report"
)

// jsonFinance is what report --format json says of each strategy after tax
// and levered (spec §14, §16).
type jsonFinance struct {
	Mining, AI jsonFinanced
	Verdict    struct {
		NPVAdvantageUSD float64 `json:"npv_advantage_usd"`
	} `json:"verdict"`
}

type jsonFinanced struct {
	NPVUSD float64 `json:"npv_usd"`
	TaxUSD float64 `json:"tax_usd"`
	Equity struct {
		IRRPct      *float64 `json:"irr_pct"`
		NPVUSD      float64  `json:"npv_usd"`
		DebtUSD     float64  `json:"debt_usd"`
		InterestUSD float64  `json:"interest_usd"`
	} `json:"equity"`
}

// With [finance] the workbook's Summary is after tax: its formulas, worked
// out by excelize's engine from the ledgers, give the JSON's after-tax NPV
// and NPV advantage, the tax, and the equity's NPV, debt drawn and interest
// to the cent, and the equity's IRR to a millionth, on Cango as the preset
// has it and on a deal taxed and levered.
func TestTheFinancedSummaryIsTheJSONs(t *testing.T) {
	for _, ts := range testScenarios {
		if ts.name != "cango" && ts.name != "levered deal" {
			continue
		}
		t.Run(ts.name, func(t *testing.T) {
			doc := ts.document(t)
			sc := doc.Result.Scenario
			if !sc.HasFinance || !doc.Result.AI.Equity.DebtUSD.IsPositive() {
				t.Fatal("the case wants [finance] and debt")
			}
			var b bytes.Buffer
			if err := report.JSON(&b, doc); err != nil {
				t.Fatal(err)
			}
			var js jsonFinance
			if err := json.Unmarshal(b.Bytes(), &js); err != nil {
				t.Fatal(err)
			}
			f := workbookOf(t, doc)
			toTheCent := func(label, col string, want float64) {
				t.Helper()
				got := calculatedNumber(t, f, SummarySheet, col+strconv.Itoa(rowOf(t, f, SummarySheet, label)))
				if math.Abs(got-want) >= 0.01 {
					t.Errorf("%s %s = %.4f, the JSON's %.2f", col, label, got, want)
				}
			}
			for _, sd := range []struct {
				col string
				js  *jsonFinanced
			}{{"B", &js.Mining}, {"C", &js.AI}} {
				toTheCent("NPV after tax", sd.col, sd.js.NPVUSD)
				toTheCent("Tax", sd.col, sd.js.TaxUSD)
				toTheCent("Equity NPV", sd.col, sd.js.Equity.NPVUSD)
				toTheCent("Debt drawn", sd.col, sd.js.Equity.DebtUSD)
				toTheCent("Interest", sd.col, sd.js.Equity.InterestUSD)
				irr := calculated(t, f, SummarySheet, sd.col+strconv.Itoa(rowOf(t, f, SummarySheet, "Equity IRR, yearly")))
				switch want := sd.js.Equity.IRRPct; {
				case want == nil && irr != noIRR:
					t.Errorf("%s equity IRR = %q, the JSON has none", sd.col, irr)
				case want != nil:
					if got, err := strconv.ParseFloat(irr, 64); err != nil || math.Abs(got-*want/100) > 1e-6 {
						t.Errorf("%s equity IRR = %q, the JSON's %.6f %%", sd.col, irr, *want)
					}
				}
			}
			toTheCent("NPV advantage after tax", "B", js.Verdict.NPVAdvantageUSD)
			if ts.name == "levered deal" && (js.AI.TaxUSD <= 0 || js.AI.Equity.IRRPct == nil) {
				t.Errorf("the levered deal pays no tax or has no equity IRR: the case checks little")
			}
		})
	}
}
