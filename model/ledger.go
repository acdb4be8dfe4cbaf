package model

import "github.com/shopspring/decimal"

// newRow is month i's ledger line: EBITDA = revenue − power − opex (spec §4, §5).
func newRow(i int, revenue, power, opex decimal.Decimal, running bool) MonthRow {
	return MonthRow{
		Month:        i + 1,
		RevenueUSD:   revenue,
		PowerCostUSD: power,
		OpexUSD:      opex,
		EBITDAUSD:    difference(difference(revenue, power), opex),
		Running:      running,
	}
}

// valuation is what turns a strategy's rows into its cash flows (spec §10–§12):
// its discount factors, its capex payments, the prepayment it receives at
// t = 0, and its end value (the residual, or an exit multiple of its EBITDA).
type valuation struct {
	disc       []decimal.Decimal // disc[m] = 1/(1+rm)^m at the strategy's rate
	payments   *payments
	prepayment decimal.Decimal
	residual   decimal.Decimal
	multiple   decimal.Decimal // EV/EBITDA; 0 keeps the residual
	// finance is the scenario's [finance] table, nil without one: the flows
	// are then pre-tax and unlevered (spec §14).
	finance *financeTerms
}

// financeTerms is the [finance] table with the equity's discount factors,
// which both strategies share.
type financeTerms struct {
	Finance
	equityDisc []decimal.Decimal
}

// newFinanceTerms prepares the scenario's [finance] table, or nil without
// one; the equity's factors are a strategy's own when the rates agree.
func newFinanceTerms(s Scenario, discMining, discPivot []decimal.Decimal) *financeTerms {
	if !s.HasFinance {
		return nil
	}
	ft := &financeTerms{Finance: s.Finance}
	switch rate := s.Finance.EquityDiscountRatePct; {
	case rate.Equal(miningRatePct(s)):
		ft.equityDisc = discMining
	case rate.Equal(pivotRatePct(s)):
		ft.equityDisc = discPivot
	default:
		ft.equityDisc = equityDiscounts(s.Finance, s.HorizonMonths)
	}
	return ft
}

// TerminalMethod says how a strategy's end value is set (spec §12).
type TerminalMethod string

const (
	TerminalResidual     TerminalMethod = "residual"
	TerminalExitMultiple TerminalMethod = "exit_multiple"
)

// terminalValue is spec §12's value at the end of month H: max(0, x × T12)
// with T12 the last n = min(12, H) months' EBITDA × 12 / n (as the rows
// report it, net of any prepayment credit, spec §17), or the residual.
func terminalValue(rows []MonthRow, v valuation) (decimal.Decimal, TerminalMethod) {
	if !v.multiple.IsPositive() {
		return v.residual, TerminalResidual
	}
	n := min(12, len(rows))
	t12 := zero
	for _, r := range rows[len(rows)-n:] {
		t12 = t12.Add(r.EBITDAUSD)
	}
	if n < 12 {
		t12 = div(t12.Mul(twelve), decimal.NewFromInt(int64(n)))
	}
	return decimal.Max(zero, mul(v.multiple, t12)), TerminalExitMultiple
}

// finish completes a strategy from its monthly rows: dates, capex by month,
// cumulative cash, totals and the valuation of spec §6 and §10–§12. Month
// m's cash flow is EBITDA_m − capex_m (plus the end value in month H); t = 0
// holds −capex_0 plus any prepayment. firstLive is the first month the
// strategy's own business runs (1 for mining, L_1 for the pivot).
//
// With [finance] the flow of month m also pays that month's unlevered tax
// (spec §14), and cumulative cash, net cash and payback follow the same
// after-tax flow as NPV and IRR (spec §17, "one flow"). The finance layer's
// workings come back for the break-even solvers; without [finance] they are
// empty.
func finish(st *Strategy, rows []MonthRow, t timeline, v valuation, firstLive int, powerMW decimal.Decimal) financeLedger {
	st.ResidualUSD, st.TerminalMethod = terminalValue(rows, v)
	st.CapexPayments = v.payments.list
	st.InitialCapexUSD = v.payments.byMonth[0]
	st.PrepaymentUSD = v.prepayment
	var fin financeLedger
	if v.finance != nil {
		fin = financeStrategyAt(v.finance.Finance, flowsOf(rows, v, st.ResidualUSD), v.finance.equityDisc)
		st.TaxUSD = fin.taxUSD
		st.Equity = &fin.equity
	}
	flows := make([]decimal.Decimal, len(rows)+1)
	flows[0] = v.prepayment.Sub(st.InitialCapexUSD)
	cumulative := flows[0] // without the end value: payback ignores it (spec §6)
	st.PaybackMonths = 0
	revenue, power, opex, ebitda := newSum(st.RevenueUSD), newSum(st.PowerCostUSD), newSum(st.OpexUSD), newSum(st.EBITDAUSD)
	taxPV := newSum(fin.taxPVUSD)
	for i := range rows {
		r := &rows[i]
		r.Date = t.dates[i]
		r.CapexUSD = v.payments.byMonth[i+1]
		revenue.add(r.RevenueUSD)
		power.add(r.PowerCostUSD)
		opex.add(r.OpexUSD)
		ebitda.add(r.EBITDAUSD)
		flows[i+1] = r.EBITDAUSD
		if !r.CapexUSD.IsZero() {
			flows[i+1] = flows[i+1].Sub(r.CapexUSD)
		}
		if v.finance != nil {
			fm := fin.months[i]
			r.DepreciationUSD, r.TaxUSD = fm.DepreciationUSD, fm.TaxUSD
			r.InterestUSD, r.PrincipalUSD, r.EquityCashUSD = fm.InterestUSD, fm.PrincipalUSD, fm.EquityCashUSD
			r.DrawUSD, r.LeveredTaxUSD = fm.DrawUSD, fm.LeveredTaxUSD
			if !fm.TaxUSD.IsZero() {
				flows[i+1] = flows[i+1].Sub(fm.TaxUSD)
				taxPV.addProduct(fm.TaxUSD, v.disc[i+1])
			}
		}
		cumulative = cumulative.Add(flows[i+1])
		// spec §17: literally the first month whose cumulative cash without
		// the end value is >= 0, even when t = 0 is not negative.
		if st.PaybackMonths == 0 && !cumulative.IsNegative() {
			st.PaybackMonths = r.Month
		}
		r.CumulativeCashUSD = cumulative
	}
	st.RevenueUSD, st.PowerCostUSD, st.OpexUSD, st.EBITDAUSD = revenue.decimal(), power.decimal(), opex.decimal(), ebitda.decimal()
	fin.taxPVUSD = taxPV.decimal()
	// spec §1: the end value lands at the end of month H.
	last := len(rows) - 1
	flows[last+1] = flows[last+1].Add(st.ResidualUSD)
	rows[last].CumulativeCashUSD = cumulative.Add(st.ResidualUSD)
	st.Months = rows
	// spec §17: net cash is the sum of every flow, t = 0 included.
	st.NetCashUSD = rows[last].CumulativeCashUSD
	st.NPVUSD = npv(flows, v.disc)
	st.IRRPct = irr(flows)
	st.FirstYearRevenueUSD, st.FirstYearEBITDAUSD, st.EBITDAUSDPerMWYear = firstYear(rows, firstLive, powerMW)
	return fin
}

// flowsOf is a strategy as the finance layer reads it (spec §14): its capex
// payments, its rows' EBITDA (net of any prepayment credit, which it taxes
// as earned), the prepayment received at t = 0 and the end value.
func flowsOf(rows []MonthRow, v valuation, terminal decimal.Decimal) strategyFlows {
	in := strategyFlows{
		payments:      v.payments.list,
		ebitda:        make([]decimal.Decimal, len(rows)),
		prepaymentUSD: v.prepayment,
		terminalUSD:   terminal,
	}
	for i, r := range rows {
		in.ebitda[i] = r.EBITDAUSD
		if !r.PrepaymentCreditUSD.IsZero() {
			if in.credits == nil {
				in.credits = make([]decimal.Decimal, len(rows))
			}
			in.credits[i] = r.PrepaymentCreditUSD
		}
	}
	return in
}

// firstYear sums the first 12 live months (spec §6). EBITDA per MW-year is
// that EBITDA over the site's power; with fewer than 12 live months it is
// their average scaled to a year, and 0 when there are none. The first-year
// revenue and EBITDA are the plain sums the dashboard shows.
func firstYear(rows []MonthRow, firstLive int, powerMW decimal.Decimal) (revenue, ebitda, perMWYear decimal.Decimal) {
	start := firstLive - 1
	if start >= len(rows) {
		return zero, zero, zero
	}
	end := min(start+12, len(rows))
	for _, r := range rows[start:end] {
		revenue = revenue.Add(r.RevenueUSD)
		ebitda = ebitda.Add(r.EBITDAUSD)
	}
	yearly := ebitda
	if n := end - start; n < 12 {
		yearly = div(ebitda.Mul(twelve), decimal.NewFromInt(int64(n)))
	}
	return revenue, ebitda, div(yearly, powerMW)
}

// perITMWYear is spec §12's revenue and EBITDA per IT MW-year over the 12
// months from index start (the average of the months left × 12 when fewer;
// 0 when none are left), with the rows' figures read by pick.
func perITMWYear(rows []MonthRow, start int, itMW decimal.Decimal, pick func(MonthRow) (revenue, ebitda decimal.Decimal)) (revenue, ebitda decimal.Decimal) {
	if start >= len(rows) || !itMW.IsPositive() {
		return zero, zero
	}
	end := min(start+12, len(rows))
	for _, r := range rows[start:end] {
		rev, e := pick(r)
		revenue, ebitda = revenue.Add(rev), ebitda.Add(e)
	}
	if n := end - start; n < 12 {
		revenue = div(revenue.Mul(twelve), decimal.NewFromInt(int64(n)))
		ebitda = div(ebitda.Mul(twelve), decimal.NewFromInt(int64(n)))
	}
	return div(revenue, itMW), div(ebitda, itMW)
}
