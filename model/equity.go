package model

import "github.com/shopspring/decimal"

// strategyFlows is one strategy as spec §14's finance layer reads it.
type strategyFlows struct {
	// payments lists the capex payments, each at t = 0..H.
	payments []CapexPayment
	// ebitda[m-1] is month m's EBITDA as the rows report it: net of any
	// prepayment credit, which credits[m-1] holds (nil for none).
	ebitda, credits []decimal.Decimal
	prepaymentUSD   decimal.Decimal // received at t = 0
	terminalUSD     decimal.Decimal // the end value at month H (not taxed)
}

// FinanceMonth is one month of spec §14's finance layer.
type FinanceMonth struct {
	DepreciationUSD decimal.Decimal
	// TaxUSD is the unlevered tax; LeveredTaxUSD the tax once interest is deducted.
	TaxUSD        decimal.Decimal
	DrawUSD       decimal.Decimal
	InterestUSD   decimal.Decimal
	PrincipalUSD  decimal.Decimal // the scheduled level payments' (spec §17)
	LeveredTaxUSD decimal.Decimal
	// EquityCashUSD is what the shareholders put in (negative) or take out;
	// month H's includes the end value less the debt left, repaid then.
	EquityCashUSD decimal.Decimal
}

// Equity is a strategy seen by its shareholders once the capex is financed
// (spec §14).
type Equity struct {
	IRRPct      decimal.NullDecimal // annualised; Valid false when undefined (spec §6)
	NPVUSD      decimal.Decimal     // at equity_discount_rate_pct
	DebtUSD     decimal.Decimal     // every draw
	InterestUSD decimal.Decimal
	// MinDSCR is the lowest EBITDA / (interest + principal) over the months
	// with debt service; Valid false without debt.
	MinDSCR decimal.NullDecimal
	// InitialCashUSD is the equity cash at t = 0: −capex_0 + draws_0 + prepayment.
	InitialCashUSD decimal.Decimal
	// BalanceRepaidUSD is the debt the level payments leave at month H, repaid then.
	BalanceRepaidUSD decimal.Decimal
}

// financeLedger is spec §14 worked out for one strategy.
type financeLedger struct {
	months []FinanceMonth  // [m-1]
	taxUSD decimal.Decimal // the unlevered tax over the horizon
	equity Equity
	capex  []decimal.Decimal // capex paid at t = 0..H
	// dep is the depreciation by month, [m-1]: it depends on the capex only,
	// so a re-evaluation at other rates or hashprices can keep it.
	dep []decimal.Decimal
	// taxPVUSD is what the unlevered tax is worth today at the strategy's
	// rate: its pre-tax NPV less its after-tax NPV.
	taxPVUSD decimal.Decimal
}

// financeStrategy runs spec §14 on one strategy: depreciation by asset
// class, the unlevered tax, the project debt, the levered tax and the equity
// cash flow with its IRR, NPV and lowest debt-service coverage.
func financeStrategy(f Finance, in strategyFlows) financeLedger {
	return financeStrategyAt(f, in, equityDiscounts(f, len(in.ebitda)))
}

// equityDiscounts are the factors 1/(1+rm)^m, m = 0..H, at the equity rate.
func equityDiscounts(f Finance, horizon int) []decimal.Decimal {
	return powers(div(one, monthlyFactor(f.EquityDiscountRatePct)), horizon+1)
}

// financeStrategyAt is financeStrategy with the equity's discount factors
// given, which both strategies share.
func financeStrategyAt(f Finance, in strategyFlows, equityDisc []decimal.Decimal) financeLedger {
	h := len(in.ebitda)
	led := financeLedger{
		months: make([]FinanceMonth, h),
		capex:  capexByMonth(in.payments, h),
		dep:    depreciation(f, in.payments, h),
	}
	rate := fraction(f.TaxRatePct)
	taxable := taxableIncome(in.ebitda, in.credits, led.dep, nil)
	tax := taxWithLosses(rate, taxable)
	debt := newDebtSchedule(f, led.capex)
	leveredTax := tax // without interest the levered tax is the unlevered
	if !debt.interestUSD.IsZero() {
		leveredTax = taxWithLosses(rate, lessInterest(taxable, debt.interest[1:]))
	}

	flows := make([]decimal.Decimal, h+1)
	taxUSD := newSum(led.taxUSD)
	flows[0] = plus(plus(led.capex[0].Neg(), debt.draws[0]), in.prepaymentUSD)
	for i := range led.months {
		m := i + 1
		cash := plus(minus(in.ebitda[i], led.capex[m]), debt.draws[m])
		// The interest and the principal make up the month's payment: one
		// subtraction of it leaves what the two would, value and exponent
		// (all three are at the model's places).
		if !debt.interest[m].IsZero() || !debt.principal[m].IsZero() {
			cash = cash.Sub(debt.service[m])
		}
		cash = minus(cash, leveredTax[i])
		if m == h {
			cash = minus(plus(cash, in.terminalUSD), debt.balanceAtHorizonUSD)
		}
		flows[m] = cash
		led.months[i] = FinanceMonth{
			DepreciationUSD: led.dep[i],
			TaxUSD:          tax[i],
			DrawUSD:         debt.draws[m],
			InterestUSD:     debt.interest[m],
			PrincipalUSD:    debt.principal[m],
			LeveredTaxUSD:   leveredTax[i],
			EquityCashUSD:   cash,
		}
		if !tax[i].IsZero() {
			taxUSD.add(tax[i])
		}
	}
	led.taxUSD = taxUSD.decimal()

	led.equity = Equity{
		IRRPct:           irr(flows),
		NPVUSD:           discountedSum(flows, equityDisc),
		DebtUSD:          debt.drawnUSD,
		InterestUSD:      debt.interestUSD,
		MinDSCR:          minDSCR(in.ebitda, debt.service),
		InitialCashUSD:   flows[0],
		BalanceRepaidUSD: debt.balanceAtHorizonUSD,
	}
	return led
}

// capexByMonth totals the payments of each of t = 0..horizon.
func capexByMonth(payments []CapexPayment, horizon int) []decimal.Decimal {
	byMonth := make([]decimal.Decimal, horizon+1)
	for _, p := range payments {
		byMonth[p.Month] = byMonth[p.Month].Add(p.AmountUSD)
	}
	return byMonth
}

// unleveredFlows is the after-tax series NPV and IRR take once [finance] is
// present (spec §14): t = 0 holds −capex_0 plus the prepayment, month m
// EBITDA_m − capex_m − tax_m, and month H adds the end value.
func unleveredFlows(in strategyFlows, capex, tax []decimal.Decimal) []decimal.Decimal {
	h := len(in.ebitda)
	flows := make([]decimal.Decimal, h+1)
	flows[0] = capex[0].Neg().Add(in.prepaymentUSD)
	for i, e := range in.ebitda {
		flows[i+1] = e.Sub(capex[i+1]).Sub(tax[i])
	}
	flows[h] = flows[h].Add(in.terminalUSD)
	return flows
}

// discountedSum is Σ flows[t] × disc[t].
func discountedSum(flows, disc []decimal.Decimal) decimal.Decimal {
	total := newSum(zero)
	for t, cf := range flows {
		total.addProduct(cf, disc[t])
	}
	return total.decimal()
}

// minDSCR is the lowest EBITDA_m / debt service_m over the months with debt
// service (service[m], m = 1..H); null when there are none. Ratios are
// compared by cross-multiplying (the services are positive), so that only
// the lowest is divided out.
func minDSCR(ebitda, service []decimal.Decimal) decimal.NullDecimal {
	lowest := -1
	for i, e := range ebitda {
		due := service[i+1]
		if !due.IsPositive() {
			continue
		}
		if lowest < 0 || lowerRatio(e, due, ebitda[lowest], service[lowest+1]) {
			lowest = i
		}
	}
	if lowest < 0 {
		return decimal.NullDecimal{}
	}
	return nullOf(div(ebitda[lowest], service[lowest+1]))
}

// lowerRatio reports whether a / aDue < b / bDue, the payments positive:
// a × bDue < b × aDue, which for the same payment (as months on end have)
// is a < b.
func lowerRatio(a, aDue, b, bDue decimal.Decimal) bool {
	if aDue.Equal(bDue) {
		return a.LessThan(b)
	}
	return mul(a, bDue).LessThan(mul(b, aDue))
}

// plus and minus are a + b and a − b, sparing the arithmetic when b is zero,
// as most of a strategy's draws, interest and capex months are.
func plus(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() {
		return a
	}
	return a.Add(b)
}

func minus(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() {
		return a
	}
	return a.Sub(b)
}
