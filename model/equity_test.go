package model

import "testing"

// The small case of TestEquityFlow, worked by hand.
func handWorkedStrategy() (Finance, strategyFlows) {
	f := testFinance(func(f *Finance) {
		f.TaxRatePct = d("20")
		f.ASICDepreciationYears = 1 // 1,200 / 12 = 100 a month
		f.DebtPctOfCapex, f.DebtRatePct, f.DebtTermMonths = d("50"), d("12"), 2
		f.EquityDiscountRatePct = d("15")
	})
	in := strategyFlows{
		payments:    []CapexPayment{{Month: 0, Class: CapexMining, AmountUSD: d("1200")}},
		ebitda:      decimals("300", "300", "300"),
		terminalUSD: d("500"),
	}
	return f, in
}

func TestEquityFlow(t *testing.T) {
	// Capex 1,200 at t = 0, half of it debt: 600 at 1 % a month over 2 months,
	// A = 600 × 0.01 × 1.0201 / 0.0201 = 304.507462686…
	//   m1: interest 6, principal 298.507462686…
	//   m2: interest 3.014925373…, principal 301.492537313…
	// Unlevered: taxable 300 − 100 = 200 a month, tax 40.
	// Levered: m1 (200 − 6) × 0.2 = 38.8; m2 (200 − 3.014925373…) × 0.2 = 39.397014925…; m3 40.
	// Equity cash: t0 −1,200 + 600 = −600;
	//   m1 300 − 304.507462686… − 38.8 = −43.307462686…
	//   m2 300 − 304.507462686… − 39.397014925… = −43.904477611…
	//   m3 300 − 40 + 500 (end value) = 760
	// IRR: the monthly root 3.6422208 % gives (1.036422208)^12 − 1 = 53.617441 %;
	// NPV at 15 %/yr (monthly factor 1.15^(1/12)): 48.2041979.
	f, in := handWorkedStrategy()
	led := financeStrategy(f, in)
	wantCash := []string{"-43.3074626865671641791044776", "-43.9044776119402985074626866", "760"}
	for i, m := range led.months {
		near(t, "depreciation", m.DepreciationUSD, "100", "1e-15")
		near(t, "unlevered tax", m.TaxUSD, "40", "1e-15")
		near(t, "equity cash", m.EquityCashUSD, wantCash[i], "1e-15")
	}
	near(t, "levered tax 1", led.months[0].LeveredTaxUSD, "38.8", "1e-15")
	near(t, "levered tax 2", led.months[1].LeveredTaxUSD, "39.3970149253731343283582090", "1e-15")
	near(t, "principal 2", led.months[1].PrincipalUSD, "301.492537313432835820895522", "1e-15")
	near(t, "tax", led.taxUSD, "120", "1e-15")
	e := led.equity
	near(t, "initial cash", e.InitialCashUSD, "-600", "0")
	near(t, "debt", e.DebtUSD, "600", "0")
	near(t, "interest", e.InterestUSD, "9.01492537313432835820895522", "1e-15")
	nullOrNear(t, "IRR", e.IRRPct, "53.6174405", "1e-6")
	near(t, "equity NPV", e.NPVUSD, "48.2041979002658322", "1e-12")
	// The same service both months: min DSCR = 300 / 304.507462686… = 0.98519753
	nullOrNear(t, "min DSCR", e.MinDSCR, "0.985197529653955494559", "1e-18")
	near(t, "balance repaid at H", e.BalanceRepaidUSD, "0", "1e-15")
}

func TestEquityFlowRepaysTheBalanceLeftAtH(t *testing.T) {
	// The same strategy with the debt over 12 months at 0 %: 600 / 12 = 50 of
	// principal a month, 150 in the horizon; 450 left at month 3, repaid then.
	// No interest: levered tax = unlevered = 40. Month 3's equity cash:
	// 300 − 50 − 40 + 500 − 450 = 260.
	f, in := handWorkedStrategy()
	f.DebtRatePct, f.DebtTermMonths = zero, 12
	led := financeStrategy(f, in)
	near(t, "principal 3", led.months[2].PrincipalUSD, "50", "1e-15")
	near(t, "balance repaid", led.equity.BalanceRepaidUSD, "450", "1e-15")
	near(t, "equity cash 3", led.months[2].EquityCashUSD, "260", "1e-15")
	// DSCR uses the scheduled payments, not the balloon: 300 / 50 = 6.
	nullOrNear(t, "min DSCR", led.equity.MinDSCR, "6", "1e-18")
}

func TestMinDSCR(t *testing.T) {
	// Months with service: 2 (250 / 100 = 2.5) and 3 (−50 / 100 = −0.5); the
	// lowest is −0.5. Month 1 owes nothing and does not count.
	got := minDSCR(decimals("10", "250", "-50"), decimals("0", "0", "100", "100"))
	nullOrNear(t, "min DSCR", got, "-0.5", "0")
	// No debt service at all: null.
	nullOrNear(t, "no debt", minDSCR(decimals("10", "20"), decimals("0", "0", "0")), "", "")
}

func TestPrepaymentInTheFinanceLayer(t *testing.T) {
	// A 600 prepayment at t = 0, credited 200 a month in months 1..3 (the
	// rows' EBITDA 300 is net of it). Taxable: 300 + 200 − 100 = 400 a
	// month, tax at 20 % = 80. No debt: equity cash t0 −1,200 + 600 = −600;
	// m1, m2 300 − 80 = 220; m3 220 + 500 = 720.
	f, in := handWorkedStrategy()
	f.DebtPctOfCapex = zero
	in.prepaymentUSD = d("600")
	in.credits = decimals("200", "200", "200")
	led := financeStrategy(f, in)
	for i, want := range []string{"220", "220", "720"} {
		near(t, "tax", led.months[i].TaxUSD, "80", "1e-15")
		near(t, "equity cash", led.months[i].EquityCashUSD, want, "1e-15")
	}
	near(t, "initial cash", led.equity.InitialCashUSD, "-600", "0")
	nullOrNear(t, "min DSCR without debt", led.equity.MinDSCR, "", "")
}
