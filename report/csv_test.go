package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// csvRecords renders a scenario's CSV and reads it back as a spreadsheet
// would: the header, then one map per row.
func csvRecords(t *testing.T, res model.Result) []map[string]string {
	t.Helper()
	var b bytes.Buffer
	if err := report.CSV(&b, report.Document{Result: res}); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]string
	for _, r := range records[1:] {
		row := map[string]string{}
		for i, name := range records[0] {
			row[name] = r[i]
		}
		rows = append(rows, row)
	}
	return rows
}

// jsonStrategies is the part of report --format json a spreadsheet check reads.
type jsonStrategies struct {
	Mining, AI struct {
		NPVUSD          float64  `json:"npv_usd"`
		IRRPct          *float64 `json:"irr_pct"`
		DiscountRatePct float64  `json:"discount_rate_pct"`
		NetCashUSD      float64  `json:"net_cash_usd"`
	}
}

// A spreadsheet user rebuilds each strategy's NPV and IRR from the CSV's rows
// alone: the cash flow of month m (t = 0 for month 0), discounted at the
// strategy's own monthly rate (1 + r)^(1/12) − 1 (spec §1, §12), sums to the
// JSON's npv_usd to the cent, and the IRR of the flows, annualised, is the
// JSON's irr_pct to four digits. Each row's cash flow is its prepayment +
// EBITDA − capex + end value, and the cumulative cash their running sum.
func TestCSVRebuildsNPVAndIRR(t *testing.T) {
	for _, name := range []string{"default", "terawulf-fluidstack", "core-scientific-coreweave", "cipher-aws",
		"iren-microsoft", "hut8-river-bend", "cango-2026", "terawulf-fluidstack taxed"} {
		t.Run(name, func(t *testing.T) {
			preset, taxed := strings.CutSuffix(name, " taxed")
			s, err := scenarios.Preset(preset)
			if err != nil {
				t.Fatal(err)
			}
			if taxed {
				// spec §14: a 21 % tax, the flows after it.
				s.HasFinance = true
				s.Finance = model.Default().Finance
				s.Finance.TaxRatePct = decimal.NewFromInt(21)
			}
			res := model.Evaluate(s)
			rows := csvRecords(t, res)
			if len(rows) != s.HorizonMonths+1 || rows[0]["month"] != "0" {
				t.Fatalf("%d rows starting at month %q, want t = 0 and %d months", len(rows), rows[0]["month"], s.HorizonMonths)
			}
			var b bytes.Buffer
			if err := report.JSON(&b, report.Document{Result: res}); err != nil {
				t.Fatal(err)
			}
			var doc jsonStrategies
			if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			for _, side := range []struct {
				name               string
				npv, rate, netCash float64
				irr                *float64
			}{
				{"mining", doc.Mining.NPVUSD, doc.Mining.DiscountRatePct, doc.Mining.NetCashUSD, doc.Mining.IRRPct},
				{"ai", doc.AI.NPVUSD, doc.AI.DiscountRatePct, doc.AI.NetCashUSD, doc.AI.IRRPct},
			} {
				flows := make([]float64, len(rows))
				cumulative, taxPaid := decimal.Zero, decimal.Zero
				for m, row := range rows {
					get := func(column string) decimal.Decimal {
						v, err := decimal.NewFromString(row[side.name+"_"+column+"_usd"])
						if err != nil {
							t.Fatalf("month %d %s: %v", m, column, err)
						}
						return v
					}
					// The rows foot as a spreadsheet checks them, exactly.
					if ebitda := get("revenue").Sub(get("power_cost")).Sub(get("opex")); !ebitda.Equal(get("ebitda")) {
						t.Fatalf("%s month %d: revenue − power − opex = %s, the EBITDA %s", side.name, m, ebitda, get("ebitda"))
					}
					flow := get("cash_flow")
					if rebuilt := get("prepayment").Add(get("ebitda")).Sub(get("capex")).Sub(get("tax")).Add(get("end_value")); !rebuilt.Equal(flow) {
						t.Fatalf("%s month %d: prepayment + EBITDA − capex − tax + end value = %s, the cash flow %s", side.name, m, rebuilt, flow)
					}
					taxPaid = taxPaid.Add(get("tax"))
					cumulative = cumulative.Add(flow)
					if !cumulative.Equal(get("cumulative_cash")) {
						t.Fatalf("%s month %d: the flows sum to %s, the cumulative cash is %s", side.name, m, cumulative, get("cumulative_cash"))
					}
					// And stay within a few micro-dollars of the model's ledger.
					model := modelCumulative(res, side.name, m)
					if gap := cumulative.Sub(model).Abs(); gap.GreaterThan(decimal.RequireFromString("0.001")) {
						t.Fatalf("%s month %d: the CSV's cumulative cash %s is %s from the model's %s", side.name, m, cumulative, gap, model)
					}
					flows[m], _ = flow.Float64()
				}
				rm := math.Pow(1+side.rate/100, 1.0/12) - 1
				npv := 0.0
				for m, cf := range flows {
					npv += cf / math.Pow(1+rm, float64(m))
				}
				if math.Abs(npv-side.npv) >= 0.006 {
					t.Errorf("%s: the rows discounted at %.4f %% a year give an NPV of %.4f, the JSON %.2f", side.name, side.rate, npv, side.npv)
				}
				if math.Abs(cumulative.InexactFloat64()-side.netCash) >= 0.006 {
					t.Errorf("%s: the rows sum to %s, the JSON's net cash is %.2f", side.name, cumulative, side.netCash)
				}
				if taxed && !taxPaid.IsPositive() && side.name == "ai" {
					t.Errorf("the taxed pivot pays no tax: the case checks nothing of it")
				}
				irr, ok := annualIRR(flows)
				switch {
				case side.irr == nil && ok:
					t.Errorf("%s: the rows have an IRR of %.4f %%, the JSON none", side.name, irr)
				case side.irr != nil && !ok:
					t.Errorf("%s: the rows have no IRR, the JSON %.4f %%", side.name, *side.irr)
				case side.irr != nil && fourDigits(irr) != fourDigits(*side.irr):
					t.Errorf("%s: the rows' IRR is %.6f %%, the JSON's %.6f %%", side.name, irr, *side.irr)
				}
			}
		})
	}
}

// annualIRR is the lowest monthly rate at which the flows' NPV is zero, as
// a yearly percent, searched as a spreadsheet's goal seek would: a scan from
// −99.99 % to 10,000 % a year for the first sign change, then bisection.
func annualIRR(flows []float64) (float64, bool) {
	npvAt := func(x float64) float64 { // x = 1 + monthly rate; Σ cf x^(H−m) has the NPV's sign
		v := 0.0
		for _, cf := range flows {
			v = v*x + cf
		}
		return v
	}
	lo, hi := math.Pow(0.0001, 1.0/12), math.Pow(101, 1.0/12)
	const steps = 2000
	ratio := math.Pow(hi/lo, 1.0/steps)
	a, fa := lo, npvAt(lo)
	for range steps {
		b := a * ratio
		fb := npvAt(b)
		if fa == 0 || (fa < 0) != (fb < 0) {
			for b-a > 1e-15 {
				mid := (a + b) / 2
				if fm := npvAt(mid); (fm < 0) == (fa < 0) {
					a, fa = mid, fm
				} else {
					b = mid
				}
			}
			return (math.Pow(a, 12) - 1) * 100, true
		}
		a, fa = b, fb
	}
	return 0, false
}

func fourDigits(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

// modelCumulative is the model's cumulative cash of a side after month m
// (t = 0 for 0).
func modelCumulative(res model.Result, side string, m int) decimal.Decimal {
	st := res.Mining
	if side == "ai" {
		st = res.AI
	}
	if m == 0 {
		return st.PrepaymentUSD.Sub(st.InitialCapexUSD)
	}
	return st.Months[m-1].CumulativeCashUSD
}

// With [finance] the rows end with each side's depreciation, interest,
// principal and equity cash (spec §14): the equity cash discounted at the
// equity's monthly rate (1 + 15 %)^(1/12) − 1 sums to the JSON's
// equity.npv_usd to the cent, the principal to the debt drawn (Cango's
// 48-month term ends inside its 60 months), the interest to
// equity.interest_usd. Without [finance] there are no such columns.
func TestCSVCarriesTheEquity(t *testing.T) {
	s, err := scenarios.Preset("cango-2026")
	if err != nil {
		t.Fatal(err)
	}
	res := model.Evaluate(s)
	rows := csvRecords(t, res)
	rate := s.Finance.EquityDiscountRatePct.InexactFloat64()
	rm := math.Pow(1+rate/100, 1.0/12) - 1
	for _, side := range []struct {
		name string
		st   model.Strategy
	}{{"mining", res.Mining}, {"ai", res.AI}} {
		npv := 0.0
		principal, interest := decimal.Zero, decimal.Zero
		for m, row := range rows {
			get := func(column string) decimal.Decimal {
				v, err := decimal.NewFromString(row[side.name+"_"+column+"_usd"])
				if err != nil {
					t.Fatalf("%s month %d %s: %v", side.name, m, column, err)
				}
				return v
			}
			npv += get("equity_cash").InexactFloat64() / math.Pow(1+rm, float64(m))
			principal, interest = principal.Add(get("principal")), interest.Add(get("interest"))
			if m > 0 && !get("depreciation").Equal(side.st.Months[m-1].DepreciationUSD.Round(6)) {
				t.Fatalf("%s month %d: depreciation %s, the model's %s", side.name, m, get("depreciation"), side.st.Months[m-1].DepreciationUSD)
			}
		}
		e := side.st.Equity
		if math.Abs(npv-e.NPVUSD.InexactFloat64()) >= 0.006 {
			t.Errorf("%s: the equity rows give an NPV of %.4f, the model %s", side.name, npv, e.NPVUSD.StringFixed(2))
		}
		if principal.Sub(e.DebtUSD).Abs().GreaterThan(decimal.RequireFromString("0.0001")) {
			t.Errorf("%s: the principal sums to %s, the debt drawn is %s", side.name, principal, e.DebtUSD)
		}
		if interest.Sub(e.InterestUSD).Abs().GreaterThan(decimal.RequireFromString("0.0001")) {
			t.Errorf("%s: the interest sums to %s, the model's %s", side.name, interest, e.InterestUSD)
		}
	}
	if !res.AI.Equity.DebtUSD.IsPositive() {
		t.Error("the AI side draws no debt: the case checks nothing of it")
	}
	s.HasFinance = false
	if _, ok := csvRecords(t, model.Evaluate(s))[0]["ai_equity_cash_usd"]; ok {
		t.Error("an unfinanced CSV has equity columns")
	}
}
