package workbook

import (
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// side is one strategy's column on the Summary.
type side struct {
	column string
	ledger string
	pick   func(model.Result) model.Strategy
}

var strategies = []side{
	{"B", MiningSheet, func(r model.Result) model.Strategy { return r.Mining }},
	{"C", AISheet, func(r model.Result) model.Strategy { return r.AI }},
}

// The Summary's formulas, worked out by excelize's engine, give the model's
// totals, NPV, IRR and payback (spec §6) to 0.1 %.
func TestSummaryFormulasGiveTheModelsFigures(t *testing.T) {
	for _, ts := range testScenarios {
		t.Run(ts.name, func(t *testing.T) {
			doc := ts.document(t)
			f := workbookOf(t, doc)
			for _, sd := range strategies {
				st := sd.pick(doc.Result)
				money := []struct {
					label string
					want  decimal.Decimal
				}{
					{"Capex", st.CapexUSD},
					{"Revenue", st.RevenueUSD},
					{"Power cost", st.PowerCostUSD},
					{"Opex", st.OpexUSD},
					{"EBITDA", st.EBITDAUSD},
					{"End value", st.ResidualUSD},
					{"Net cash", st.NetCashUSD},
					{afterTax(doc.Result.Scenario, "NPV"), st.NPVUSD},
				}
				for _, m := range money {
					cell := sd.column + strconv.Itoa(rowOf(t, f, SummarySheet, m.label))
					if got, want := calculatedNumber(t, f, SummarySheet, cell), m.want.InexactFloat64(); !near(got, want, 1) {
						t.Errorf("%s %s = %.2f, model %.2f", sd.ledger, m.label, got, want)
					}
				}

				irrCell := sd.column + strconv.Itoa(rowOf(t, f, SummarySheet, afterTax(doc.Result.Scenario, "IRR, yearly")))
				irr := calculated(t, f, SummarySheet, irrCell)
				if !st.IRRPct.Valid {
					if irr != noIRR {
						t.Errorf("%s IRR = %q, the model has none", sd.ledger, irr)
					}
				} else {
					got, err := strconv.ParseFloat(irr, 64)
					want := st.IRRPct.Decimal.InexactFloat64() / 100
					if err != nil || !near(got, want, 1e-6) {
						t.Errorf("%s IRR = %q, model %.6f", sd.ledger, irr, want)
					}
				}

				paybackCell := sd.column + strconv.Itoa(rowOf(t, f, SummarySheet, "Payback, months"))
				want := neverPaidBack
				if m := paybackWithoutEndValue(st); m > 0 {
					want = strconv.Itoa(m)
				}
				if got := calculated(t, f, SummarySheet, paybackCell); got != want {
					t.Errorf("%s payback = %q, spec §6 gives %q", sd.ledger, got, want)
				}
				if got, model := calculated(t, f, SummarySheet, paybackCell), st.PaybackMonths; got != want || paybackWithoutEndValue(st) != model {
					t.Errorf("%s payback = %q, the model's %d", sd.ledger, got, model)
				}
			}

			verdictRow := strconv.Itoa(rowOf(t, f, SummarySheet, verdictLabel(doc.Result.Scenario)))
			if got, want := calculated(t, f, SummarySheet, "B"+verdictRow), winnerWords(doc.Result.Verdict.Winner); got != want {
				t.Errorf("verdict %q, model %q", got, want)
			}
			advantage := calculatedNumber(t, f, SummarySheet, "B"+strconv.Itoa(rowOf(t, f, SummarySheet, afterTax(doc.Result.Scenario, "NPV advantage"))))
			if want := doc.Result.Verdict.NPVAdvantageUSD.InexactFloat64(); !near(advantage, want, 1) {
				t.Errorf("NPV advantage %.2f, model %.2f", advantage, want)
			}
		})
	}
}

// Every formula cell carries the model's figure, so a viewer that does not
// recalculate shows the same numbers.
func TestSummaryCachesTheModelsFigures(t *testing.T) {
	for _, ts := range testScenarios {
		t.Run(ts.name, func(t *testing.T) {
			doc := ts.document(t)
			f := workbookOf(t, doc)
			for _, sd := range strategies {
				st := sd.pick(doc.Result)
				for _, label := range []string{"Capex", "EBITDA", "Net cash", afterTax(doc.Result.Scenario, "NPV"), afterTax(doc.Result.Scenario, "IRR, yearly"), "Payback, months"} {
					cell := sd.column + strconv.Itoa(rowOf(t, f, SummarySheet, label))
					formula, err := f.GetCellFormula(SummarySheet, cell)
					if err != nil || formula == "" {
						t.Errorf("%s %s is not a formula: %q %v", sd.ledger, label, formula, err)
					}
					if got, want := cached(t, f, SummarySheet, cell), calculated(t, f, SummarySheet, cell); !sameFigure(got, want) {
						t.Errorf("%s %s caches %q, its formula gives %q", sd.ledger, label, got, want)
					}
				}
				npv, _ := strconv.ParseFloat(cached(t, f, SummarySheet, sd.column+strconv.Itoa(rowOf(t, f, SummarySheet, afterTax(doc.Result.Scenario, "NPV")))), 64)
				if !near(npv, st.NPVUSD.InexactFloat64(), 0.01) {
					t.Errorf("%s NPV caches %.2f, model %s", sd.ledger, npv, st.NPVUSD.StringFixed(2))
				}
			}
		})
	}
}

// sameFigure compares two cell values as numbers to 0.1 %, or as text.
func sameFigure(a, b string) bool {
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	if errA != nil || errB != nil {
		return a == b
	}
	return near(x, y, 1e-6)
}

// An analyst raises one month's EBITDA: the totals move by the amount and the
// NPV by its present value, (1 + rm)^−m of it (spec §1).
func TestAChangedMonthRecomputesTheSummary(t *testing.T) {
	for _, ts := range testScenarios {
		t.Run(ts.name, func(t *testing.T) {
			doc := ts.document(t)
			f := workbookOf(t, doc)
			const month = 7
			const raise = 1_000_000.0
			for _, sd := range strategies {
				st := sd.pick(doc.Result)
				npvCell := sd.column + strconv.Itoa(rowOf(t, f, SummarySheet, afterTax(doc.Result.Scenario, "NPV")))
				ebitdaCell := sd.column + strconv.Itoa(rowOf(t, f, SummarySheet, "EBITDA"))
				netCashCell := sd.column + strconv.Itoa(rowOf(t, f, SummarySheet, "Net cash"))
				npvBefore := calculatedNumber(t, f, SummarySheet, npvCell)
				ebitdaBefore := calculatedNumber(t, f, SummarySheet, ebitdaCell)
				netCashBefore := calculatedNumber(t, f, SummarySheet, netCashCell)

				// Month 7 is the ledger's row after the header, t = 0 and months 1..6.
				monthCell := fmt.Sprintf("F%d", rowOf(t, f, sd.ledger, "Month")+1+month)
				if m := cached(t, f, sd.ledger, fmt.Sprintf("A%d", rowOf(t, f, sd.ledger, "Month")+1+month)); m != strconv.Itoa(month) {
					t.Fatalf("%s row of month %d reads month %q", sd.ledger, month, m)
				}
				old := st.Months[month-1].EBITDAUSD.InexactFloat64()
				if err := f.SetCellValue(sd.ledger, monthCell, old+raise); err != nil {
					t.Fatal(err)
				}

				// 12 % a year: rm = 1.12^(1/12) − 1 = 0.948879 %; month 7 is worth 1.12^(−7/12) = 0.936029 of its face.
				// spec §12: each strategy at its own rate.
				rate := st.DiscountRatePct.InexactFloat64() / 100
				presentValue := raise * math.Pow(1+rate, -float64(month)/12)
				if got := calculatedNumber(t, f, SummarySheet, npvCell) - npvBefore; math.Abs(got-presentValue) > 0.01 {
					t.Errorf("%s NPV moved %.2f, want the raise's present value %.2f", sd.ledger, got, presentValue)
				}
				if got := calculatedNumber(t, f, SummarySheet, ebitdaCell) - ebitdaBefore; math.Abs(got-raise) > 0.01 {
					t.Errorf("%s EBITDA moved %.2f, want %.2f", sd.ledger, got, raise)
				}
				if got := calculatedNumber(t, f, SummarySheet, netCashCell) - netCashBefore; math.Abs(got-raise) > 0.01 {
					t.Errorf("%s net cash moved %.2f, want %.2f", sd.ledger, got, raise)
				}
			}
		})
	}
}

// A zero discount rate makes the NPV the net cash: the rate cell drives it.
func TestTheDiscountRateCellDrivesTheNPV(t *testing.T) {
	doc := testScenarios[0].document(t)
	f := workbookOf(t, doc)
	rateRow := strconv.Itoa(rowOf(t, f, SummarySheet, "Discount rate, yearly"))
	for _, sd := range strategies {
		if got := calculatedNumber(t, f, SummarySheet, sd.column+rateRow); got != 0.12 {
			t.Errorf("%s rate = %v, the scenario's 12 %%", sd.ledger, got)
		}
		if err := f.SetCellValue(SummarySheet, sd.column+rateRow, 0.0); err != nil {
			t.Fatal(err)
		}
		npv := calculatedNumber(t, f, SummarySheet, sd.column+strconv.Itoa(rowOf(t, f, SummarySheet, afterTax(doc.Result.Scenario, "NPV"))))
		if want := sd.pick(doc.Result).NetCashUSD.InexactFloat64(); !near(npv, want, 1) {
			t.Errorf("%s NPV at 0 %% = %.2f, want the net cash %.2f", sd.ledger, npv, want)
		}
	}
}

// spec §6: an end value is not a payback. At 96 months the default pivot's
// cumulative cash turns positive only with its end value: no payback.
func TestPaybackIgnoresTheEndValue(t *testing.T) {
	doc := testScenario{name: "96 months", preset: "default", edit: func(s *model.Scenario) { s.HorizonMonths = 96 }}.document(t)
	ai := doc.Result.AI
	last := ai.Months[len(ai.Months)-1]
	if last.CumulativeCashUSD.IsNegative() || !last.CumulativeCashUSD.Sub(ai.ResidualUSD).IsNegative() {
		t.Fatalf("the case needs a cumulative cash that the end value alone lifts above 0: %s with %s of end value",
			last.CumulativeCashUSD.StringFixed(0), ai.ResidualUSD.StringFixed(0))
	}
	f := workbookOf(t, doc)
	if got := calculated(t, f, SummarySheet, "C"+strconv.Itoa(rowOf(t, f, SummarySheet, "Payback, months"))); got != neverPaidBack {
		t.Errorf("payback %q, want %q", got, neverPaidBack)
	}
}
