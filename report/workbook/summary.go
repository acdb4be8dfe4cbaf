package workbook

import (
	"fmt"
	"math"
	"strconv"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/shopspring/decimal"
)

// Columns of the Summary: a label, then mining and AI side by side.
const (
	summaryLabelCol = iota + 1
	summaryMiningCol
	summaryAICol
)

// irrGuessFor is the monthly rate IRR starts its search from. A series
// that changes sign more than once (a fleet shut off for some months) can
// have several roots, and a spreadsheet's IRR finds the one nearest its
// guess; spec §6 reports the lowest. Starting from the model's root keeps
// the two together, and near it as months change. Without a root, 1 % a
// month (12.7 % a year), near where a site's returns lie.
func irrGuessFor(st model.Strategy) string {
	if !st.IRRPct.Valid {
		return "0.01"
	}
	monthly := math.Pow(1+st.IRRPct.Decimal.InexactFloat64()/100, 1.0/12) - 1
	return strconv.FormatFloat(monthly, 'f', 6, 64)
}

// The words of the verdict: the formula writes the same as the model's winner.
const (
	neverPaidBack = "never"
	noIRR         = "none"
	tieWords      = words.DeadHeat
)

func winnerWords(w model.Winner) string {
	if w == model.WinnerTie {
		return tieWords
	}
	return words.StrategyName(w)
}

// summary is the Summary sheet and the rows of its formulas. Its rows are
// numbered before the ledgers are written, since their discount factors read
// its monthly rates, and filled after.
type summary struct {
	sheet *sheet
	doc   report.Document
	s     *styles

	rate, monthlyRate, capex, revenue, power, opex, ebitda, tax, endValue, netCash int
	npv, npvCheck, irr, payback, winner, advantage                                 int
	// spec §14's equity, with [finance]
	equityYearly, equityMonthlyRate, debt, interest, equityNPV, equityIRR int
}

// afterTax labels a Summary figure that [finance] puts after tax (spec
// §14): "NPV after tax", "IRR after tax, yearly".
func afterTax(sc model.Scenario, label string) string {
	if !sc.HasFinance {
		return label
	}
	return words.AfterTax(label)
}

// verdictWords label the verdict's row; with [finance], after tax.
const verdictWords = "Verdict: the higher NPV"

// verdictLabel is the verdict's row: the higher NPV, after tax with [finance].
func verdictLabel(sc model.Scenario) string { return afterTax(sc, verdictWords) }

// summaryFigure is one formula row of the Summary: its label, where it sits
// and its cell for a strategy, given that strategy's ledger and column.
type summaryFigure struct {
	label, how string
	row        *int
	cell       func(l ledger, st model.Strategy, col int) cell
}

func newSummary(name string, doc report.Document, miningSheet, aiSheet string, s *styles) *summary {
	res := doc.Result
	sc := res.Scenario
	sh := &sheet{name: name}
	sum := &summary{sheet: sh, doc: doc, s: s}
	sh.add(spill(sc.Name+": ASIC mining or AI compute", s.title))
	if doc.Provenance.Source != "" {
		sh.add(spill(doc.Provenance.Line(), s.note))
	}
	sh.add(spill(fmt.Sprintf("%d months from %s. The figures below are formulas over the %s and %s sheets: change a month there, or a discount rate here, and they recompute.",
		sc.HorizonMonths, firstDay(sc.Start).Format("January 2006"), miningSheet, aiSheet), s.note))
	sh.add()
	sh.add(cell{style: s.header}, headerRight(words.StrategyName(model.WinnerMining), s),
		headerRight(words.StrategyName(model.WinnerAI)+" ("+format.Mode(res.AI.Mode)+")", s), cell{value: "How", style: s.headerIndent, shown: "How"})
	sh.frozenRows, sh.frozenCols = sh.next()-1, summaryLabelCol

	first := sh.next()
	for i, fig := range sum.figures() {
		*fig.row = first + i
	}
	return sum
}

// monthlyRateRef is a strategy's monthly-rate cell, as its ledger refers to it.
func (sum *summary) monthlyRateRef(col int) string {
	return ref(sum.sheet.name, fmt.Sprintf("$%s$%d", columnName(col), sum.monthlyRate))
}

// equityRate is the equity's monthly rate for a strategy's ledger, nil
// without [finance].
func (sum *summary) equityRate(col int) *rate {
	sc := sum.doc.Result.Scenario
	if !sc.HasFinance {
		return nil
	}
	return &rate{ref: ref(sum.sheet.name, fmt.Sprintf("$%s$%d", columnName(col), sum.equityMonthlyRate)),
		rm: monthlyRate(sc.Finance.EquityDiscountRatePct)}
}

func (sum *summary) figures() []summaryFigure {
	res, s := sum.doc.Result, sum.s
	total := func(col, first int, pick func(model.Strategy) decimal.Decimal) func(ledger, model.Strategy, int) cell {
		return func(l ledger, st model.Strategy, _ int) cell {
			return money("SUM("+l.column(col, first)+")", pick(st), s.money)
		}
	}
	sc := res.Scenario
	figures := []summaryFigure{
		{"Discount rate, yearly", "an input: change it and the NPV follows", &sum.rate,
			func(_ ledger, st model.Strategy, _ int) cell {
				return fraction("", discountRatePct(res, st), s.percentInput, 1)
			}},
		{"Discount rate, monthly", "(1 + yearly)^(1/12) − 1", &sum.monthlyRate,
			func(_ ledger, st model.Strategy, col int) cell {
				// spec §1: rm = (1 + r)^(1/12) − 1.
				rm := monthlyRate(discountRatePct(res, st))
				return cell{value: rm, formula: fmt.Sprintf("(1+%s)^(1/12)-1", cellName(col, sum.rate)), style: s.monthlyRate,
					shown: fmt.Sprintf("%.4f%%", rm*100)}
			}},
		{"Capex", "the capex column, t = 0 and every month", &sum.capex, total(colCapex, 0, func(st model.Strategy) decimal.Decimal { return st.CapexUSD })},
		{"Revenue", "months 1..H", &sum.revenue, total(colRevenue, 1, func(st model.Strategy) decimal.Decimal { return st.RevenueUSD })},
		{"Power cost", "months 1..H", &sum.power, total(colPower, 1, func(st model.Strategy) decimal.Decimal { return st.PowerCostUSD })},
		{"Opex", "months 1..H", &sum.opex, total(colOpex, 1, func(st model.Strategy) decimal.Decimal { return st.OpexUSD })},
		{"EBITDA", "months 1..H", &sum.ebitda, total(colEBITDA, 1, func(st model.Strategy) decimal.Decimal { return st.EBITDAUSD })},
	}
	if sc.HasFinance {
		figures = append(figures, summaryFigure{"Tax", "spec §14's unlevered tax, months 1..H", &sum.tax,
			total(colTax, 1, func(st model.Strategy) decimal.Decimal { return st.TaxUSD })})
	}
	figures = append(figures, []summaryFigure{
		{"End value", "at the end of month H", &sum.endValue, total(colEndValue, 0, endValue)},
		{"Net cash", "every cash flow, t = 0 included", &sum.netCash, total(colCashFlow, 0, func(st model.Strategy) decimal.Decimal { return st.NetCashUSD })},
		{afterTax(sc, "NPV"), "the present values, t = 0 and months 1..H", &sum.npv,
			func(l ledger, st model.Strategy, _ int) cell {
				// spec §6: npv = −capex + Σ cf_m / (1 + rm)^m, one present value a row.
				return money("SUM("+l.column(colPresentValue, 0)+")", st.NPVUSD, s.moneyTotal)
			}},
		{"NPV, by Excel's NPV()", "a check: t = 0 + NPV(monthly rate, months 1..H), as NPV() discounts its first value one month", &sum.npvCheck,
			func(l ledger, st model.Strategy, col int) cell {
				return money(fmt.Sprintf("%s+NPV(%s,%s)", l.at(colCashFlow, 0), cellName(col, sum.monthlyRate), l.column(colCashFlow, 1)), st.NPVUSD, s.money)
			}},
		{afterTax(sc, "IRR, yearly"), "(1 + IRR of months 0..H)^12 − 1, searched from the model's root, the lowest (spec §6)", &sum.irr,
			func(l ledger, st model.Strategy, _ int) cell {
				formula := fmt.Sprintf(`IFERROR((1+IRR(%s,%s))^12-1,"%s")`, l.column(colCashFlow, 0), irrGuessFor(st), noIRR)
				if !st.IRRPct.Valid {
					return formulaText(formula, noIRR, s.textRight)
				}
				return fraction(formula, st.IRRPct.Decimal, s.percent, 1)
			}},
		{"Payback, months", "the first month whose cumulative cash before the end value is ≥ 0", &sum.payback,
			func(l ledger, st model.Strategy, _ int) cell {
				formula := fmt.Sprintf(`IFERROR(MATCH(1,%s,0),"%s")`, l.column(colPaidBack, 1), neverPaidBack)
				if st.PaybackMonths == 0 {
					return formulaText(formula, neverPaidBack, s.textRight)
				}
				return formulaInteger(formula, st.PaybackMonths, s.integer)
			}},
	}...)
	if sc.HasFinance {
		figures = append(figures, sum.equityFigures()...)
	}
	return figures
}

// equityFigures are spec §14's equity on the Summary: its rate, the debt
// drawn and its interest, and the equity's NPV and IRR over the ledgers'
// equity cash flows.
func (sum *summary) equityFigures() []summaryFigure {
	res, s := sum.doc.Result, sum.s
	f := res.Scenario.Finance
	total := func(col int, pick func(*model.Equity) decimal.Decimal) func(ledger, model.Strategy, int) cell {
		return func(l ledger, st model.Strategy, _ int) cell {
			return money("SUM("+l.column(col, 0)+")", pick(st.Equity), s.money)
		}
	}
	return []summaryFigure{
		{"Equity discount rate, yearly", "an input: change it and the equity NPV follows", &sum.equityYearly,
			func(_ ledger, _ model.Strategy, _ int) cell {
				return fraction("", f.EquityDiscountRatePct, s.percentInput, 1)
			}},
		{"Equity discount rate, monthly", "(1 + yearly)^(1/12) − 1", &sum.equityMonthlyRate,
			func(_ ledger, _ model.Strategy, col int) cell {
				rm := monthlyRate(f.EquityDiscountRatePct)
				return cell{value: rm, formula: fmt.Sprintf("(1+%s)^(1/12)-1", cellName(col, sum.equityYearly)), style: s.monthlyRate,
					shown: fmt.Sprintf("%.4f%%", rm*100)}
			}},
		{"Debt drawn", "the draws, t = 0 and every month", &sum.debt, total(colDraw, func(e *model.Equity) decimal.Decimal { return e.DebtUSD })},
		{"Interest", "months 1..H", &sum.interest, total(colInterest, func(e *model.Equity) decimal.Decimal { return e.InterestUSD })},
		{"Equity NPV", "the equity's present values, t = 0 and months 1..H", &sum.equityNPV,
			func(l ledger, st model.Strategy, _ int) cell {
				return money("SUM("+l.column(colEquityPresentValue, 0)+")", st.Equity.NPVUSD, s.moneyTotal)
			}},
		{"Equity IRR, yearly", "(1 + IRR of the equity cash flows, months 0..H)^12 − 1", &sum.equityIRR,
			func(l ledger, st model.Strategy, _ int) cell {
				e := st.Equity
				formula := fmt.Sprintf(`IFERROR((1+IRR(%s,%s))^12-1,"%s")`, l.column(colEquityCash, 0), irrGuessFor(model.Strategy{IRRPct: e.IRRPct}), noIRR)
				if !e.IRRPct.Valid {
					return formulaText(formula, noIRR, s.textRight)
				}
				return fraction(formula, e.IRRPct.Decimal, s.percent, 1)
			}},
	}
}

// fill writes the rows, once the ledgers exist.
func (sum *summary) fill(mining, ai ledger) error {
	res, s, sh := sum.doc.Result, sum.s, sum.sheet
	for _, fig := range sum.figures() {
		if sh.next() != *fig.row {
			return fmt.Errorf("workbook: %s is numbered row %d but falls on %d", fig.label, *fig.row, sh.next())
		}
		sh.add(label(fig.label, s),
			fig.cell(mining, res.Mining, summaryMiningCol),
			fig.cell(ai, res.AI, summaryAICol),
			textCell(fig.how, s.how))
	}

	sh.add()
	npvMining, npvAI := cellName(summaryMiningCol, sum.npv), cellName(summaryAICol, sum.npv)
	sum.winner = sh.add(label(verdictLabel(res.Scenario), s),
		formulaText(fmt.Sprintf(`IF(ABS(%[2]s-%[1]s)<1,"%[3]s",IF(%[2]s>%[1]s,"%[4]s","%[5]s"))`,
			npvMining, npvAI, tieWords, winnerWords(model.WinnerAI), winnerWords(model.WinnerMining)),
			winnerWords(res.Verdict.Winner), s.bold),
		cell{}, textCell("a tie within $1 (spec §6)", s.how))
	sum.advantage = sh.add(label(afterTax(res.Scenario, "NPV advantage"), s),
		money(fmt.Sprintf("ABS(%s-%s)", npvAI, npvMining), res.Verdict.NPVAdvantageUSD, s.moneyTotal),
		cell{}, textCell("winner NPV − loser NPV", s.how))

	return modelFigures(sh, res, s)
}

// monthlyRate is spec §1's rm for a yearly rate as a fraction: the cached
// value of the sheet's own formula.
func monthlyRate(yearly decimal.Decimal) float64 {
	return math.Pow(1+yearly.Shift(-2).InexactFloat64(), 1.0/12) - 1
}
