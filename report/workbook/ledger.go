package workbook

import (
	"fmt"
	"math"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
)

// Columns of a ledger sheet, 1-based.
const (
	colMonth = iota + 1
	colDate
	colRevenue
	colPower
	colOpex
	colEBITDA
	colCapex
	colTax
	colPrepayment
	colEndValue
	colCashFlow
	colDiscount
	colPresentValue
	colCumulative
	colBeforeEnd
	colPaidBack
	colRunning
	// With [finance] (spec §14), the equity's columns: the debt drawn with
	// each capex payment, its interest and scheduled principal, the tax once
	// interest is deducted, the balance the level payments leave at month
	// H (repaid then), and the equity cash flow over them, discounted at
	// the equity's rate.
	colDraw
	colInterest
	colPrincipal
	colLeveredTax
	colBalanceRepaid
	colEquityCash
	colEquityDiscount
	colEquityPresentValue
)

var ledgerHeaders = []string{
	colMonth: "Month", colDate: "Date", colRevenue: "Revenue", colPower: "Power cost", colOpex: "Opex",
	colEBITDA: "EBITDA", colCapex: "Capex", colTax: "Tax", colPrepayment: "Prepayment", colEndValue: "End value", colCashFlow: "Cash flow",
	colDiscount: "Discount factor", colPresentValue: "Present value",
	colCumulative: "Cumulative cash", colBeforeEnd: "Cumulative before end value", colPaidBack: "Paid back",
	colRunning: "Running",
	colDraw:    "Debt drawn", colInterest: "Interest", colPrincipal: "Principal", colLeveredTax: "Tax after interest",
	colBalanceRepaid: "Debt left, repaid", colEquityCash: "Equity cash flow", colEquityDiscount: "Equity discount factor",
	colEquityPresentValue: "Equity present value",
}

// ledger is a strategy's sheet: where its rows are, for the Summary's formulas.
type ledger struct {
	sheet *sheet
	start int // the row of t = 0, month 0
	last  int // the row of month H

	rateRef string  // the monthly discount rate's cell
	rm      float64 // its value

	equity *rate // the equity's monthly rate, with [finance]; nil without
}

// rate is a monthly discount rate's cell and its value.
type rate struct {
	ref string
	rm  float64
}

// column is the range of a column over months first..last (0 is t = 0).
func (l ledger) column(col, first int) string {
	c := columnName(col)
	return ref(l.sheet.name, fmt.Sprintf("%s%d:%s%d", c, l.start+first, c, l.last))
}

// at is one cell of the ledger, by month.
func (l ledger) at(col, month int) string { return ref(l.sheet.name, cellName(col, l.start+month)) }

// ledgerSheet writes a strategy's monthly ledger (spec §6): t = 0 with the
// capex, then months 1..H. EBITDA, cash flow, present value and the
// cumulative columns are formulas over the row, so that a changed figure
// flows down to the Summary. Each month is discounted at the monthly rate in
// the cell rateRef names; rm is that rate, for the cached values.
//
// With [finance] (equity non-nil, st.Equity set) the equity's columns
// follow, the equity cash a formula over the row discounted at the
// equity's monthly rate.
func ledgerSheet(name, title string, st model.Strategy, rateRef string, rm float64, equity *rate, s *styles) ledger {
	sh := &sheet{name: name}
	sh.add(spill(title, s.title))
	lastCol := colRunning
	if equity != nil && st.Equity != nil {
		lastCol = colEquityPresentValue
	} else {
		equity = nil
	}
	headers := make([]cell, lastCol)
	for col := colMonth; col <= lastCol; col++ {
		style := s.headerRight
		switch col {
		case colDate:
			style = s.headerIndent
		case colRunning:
			style = s.headerCenter
		}
		headers[col-1] = cell{value: ledgerHeaders[col], style: style, shown: ledgerHeaders[col]}
	}
	sh.add(headers...)
	sh.frozenRows, sh.frozenCols = sh.next()-1, colDate
	l := ledger{sheet: sh, start: sh.next(), last: sh.next() + len(st.Months), rateRef: rateRef, rm: rm, equity: equity}

	end := endValue(st)
	capex, prepayment := capexAtStart(st), prepaymentAtStart(st)
	start := rowFigures{
		date:       instantCell(st.Months[0].Date, s),
		capex:      capex,
		prepayment: prepayment,
		cumulative: prepayment.Sub(capex),
	}
	if e := st.Equity; equity != nil {
		// t = 0's equity cash is −capex + draws + prepayment: the draws are the rest.
		start.draw = e.InitialCashUSD.Add(capex).Sub(prepayment)
		start.equityCash = e.InitialCashUSD
	}
	sh.add(l.row(0, s, start)...)
	for _, r := range st.Months {
		f := rowFigures{
			date:       monthCell(r.Date, s.month),
			revenue:    r.RevenueUSD,
			power:      r.PowerCostUSD,
			opex:       r.OpexUSD,
			ebitda:     r.EBITDAUSD,
			capex:      capexPaidIn(r),
			tax:        taxPaidIn(r),
			cumulative: r.CumulativeCashUSD,
			running:    r.Running,
			draw:       r.DrawUSD,
			interest:   r.InterestUSD,
			principal:  r.PrincipalUSD,
			leveredTax: r.LeveredTaxUSD,
			equityCash: r.EquityCashUSD,
		}
		if r.Month == len(st.Months) {
			f.end = end
			if st.Equity != nil {
				f.balance = st.Equity.BalanceRepaidUSD
			}
		}
		sh.add(l.row(r.Month, s, f)...)
	}
	return l
}

// rowFigures are one row's figures from the model.
type rowFigures struct {
	date                                cell
	revenue, power, opex, ebitda, capex decimal.Decimal
	tax, prepayment, end, cumulative    decimal.Decimal
	running                             bool
	// spec §14's equity, with [finance]
	draw, interest, principal, leveredTax, balance, equityCash decimal.Decimal
}

// row lays out month m: the model's figures as values, the rest as formulas
// over them with the model's results cached.
func (l ledger) row(m int, s *styles, f rowFigures) []cell {
	r := l.start + m
	at := func(col int) string { return cellName(col, r) }
	above := func(col int) string { return cellName(col, r-1) }
	cashFlow := f.ebitda.Sub(f.capex).Sub(f.tax).Add(f.prepayment).Add(f.end)
	beforeEnd := f.cumulative.Sub(f.end)

	row := make([]cell, colRunning, colEquityPresentValue)
	if l.equity != nil {
		row = append(row, l.equityCells(m, s, f)...)
	}
	row[colMonth-1] = integerCell(m, s)
	row[colDate-1] = f.date
	row[colEBITDA-1] = money(fmt.Sprintf("%s-%s-%s", at(colRevenue), at(colPower), at(colOpex)), f.ebitda, s.money)
	row[colCapex-1] = money("", f.capex, s.moneyInput)
	row[colTax-1] = money("", f.tax, s.moneyInput)
	row[colPrepayment-1] = money("", f.prepayment, s.moneyInput)
	row[colEndValue-1] = money("", f.end, s.moneyInput)
	row[colCashFlow-1] = money(fmt.Sprintf("%s-%s-%s+%s+%s", at(colEBITDA), at(colCapex), at(colTax), at(colPrepayment), at(colEndValue)),
		cashFlow, s.money)
	// spec §1: a flow at the end of month m is worth cf / (1 + rm)^m today.
	factor := math.Pow(1+l.rm, -float64(m))
	row[colDiscount-1] = cell{value: factor, formula: fmt.Sprintf("1/(1+%s)^%s", l.rateRef, at(colMonth)),
		style: s.factor, shown: "0.000000"}
	row[colPresentValue-1] = cell{value: cashFlow.InexactFloat64() * factor, formula: at(colCashFlow) + "*" + at(colDiscount),
		style: s.money, shown: format.USDWhole(cashFlow)}
	if m == 0 {
		// t = 0 has no operations: capex only.
		row[colCumulative-1] = money(at(colCashFlow), f.cumulative, s.money)
		row[colBeforeEnd-1] = money(fmt.Sprintf("%s-%s", at(colCashFlow), at(colEndValue)), beforeEnd, s.money)
		return row
	}
	row[colRevenue-1] = money("", f.revenue, s.moneyInput)
	row[colPower-1] = money("", f.power, s.moneyInput)
	row[colOpex-1] = money("", f.opex, s.moneyInput)
	row[colCumulative-1] = money(fmt.Sprintf("%s+%s", above(colCumulative), at(colCashFlow)), f.cumulative, s.money)
	row[colBeforeEnd-1] = money(fmt.Sprintf("%s+%s-%s", above(colBeforeEnd), at(colCashFlow), at(colEndValue)), beforeEnd, s.money)
	// spec §6: payback counts the cumulative cash without the end value.
	paidBack := 0
	if !beforeEnd.IsNegative() {
		paidBack = 1
	}
	row[colPaidBack-1] = formulaInteger(fmt.Sprintf("IF(%s>=0,1,0)", at(colBeforeEnd)), paidBack, s.integer)
	running := "no"
	if f.running {
		running = "yes"
	}
	row[colRunning-1] = textCell(running, s.textCenter)
	return row
}

// equityCells are month m's equity columns (spec §14): the draw, interest,
// principal, tax after interest and the balance repaid at H from the model,
// and the equity cash flow a formula over the row, EBITDA − capex + draw −
// interest − principal − tax after interest + prepayment + end value −
// balance repaid, discounted at the equity's rate.
func (l ledger) equityCells(m int, s *styles, f rowFigures) []cell {
	at := func(col int) string { return cellName(col, l.start+m) }
	factor := math.Pow(1+l.equity.rm, -float64(m))
	return []cell{
		money("", f.draw, s.moneyInput),
		money("", f.interest, s.moneyInput),
		money("", f.principal, s.moneyInput),
		money("", f.leveredTax, s.moneyInput),
		money("", f.balance, s.moneyInput),
		money(fmt.Sprintf("%s-%s+%s-%s-%s-%s+%s+%s-%s", at(colEBITDA), at(colCapex), at(colDraw), at(colInterest), at(colPrincipal),
			at(colLeveredTax), at(colPrepayment), at(colEndValue), at(colBalanceRepaid)), f.equityCash, s.money),
		{value: factor, formula: fmt.Sprintf("1/(1+%s)^%s", l.equity.ref, at(colMonth)), style: s.factor, shown: "0.000000"},
		{value: f.equityCash.InexactFloat64() * factor, formula: at(colEquityCash) + "*" + at(colEquityDiscount),
			style: s.money, shown: format.USDWhole(f.equityCash)},
	}
}
