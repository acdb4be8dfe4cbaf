package model

import "testing"

func TestLevelPaymentSchedule(t *testing.T) {
	// 1,200 drawn at t = 0 at 12 %/yr (r = 12/1200 = 1 %) over 2 months:
	// A = 1,200 × 0.01 / (1 − 1.01^−2) = 1,200 × 0.01 × 1.0201 / 0.0201 = 609.014925373…
	//   m1: interest 12, principal 597.014925373…, balance 602.985074626…
	//   m2: interest 6.029850746…, principal 602.985074626…, balance 0
	f := testFinance(func(f *Finance) {
		f.DebtPctOfCapex, f.DebtRatePct, f.DebtTermMonths = d("50"), d("12"), 2
	})
	ds := newDebtSchedule(f, decimals("2400", "0", "0", "0")) // 50 % of 2,400
	near(t, "drawn", ds.drawnUSD, "1200", "0")
	near(t, "interest 1", ds.interest[1], "12", "1e-15")
	near(t, "principal 1", ds.principal[1], "597.014925373134328358208955", "1e-15")
	near(t, "interest 2", ds.interest[2], "6.029850746268656716417910", "1e-15")
	near(t, "principal 2", ds.principal[2], "602.985074626865671641791044", "1e-15")
	near(t, "service 1", ds.service[1], "609.014925373134328358208955", "1e-15")
	near(t, "month 3", ds.service[3], "0", "0")
	near(t, "interest", ds.interestUSD, "18.029850746268656716417910", "1e-15")
	near(t, "balance at H", ds.balanceAtHorizonUSD, "0", "1e-15")

	// At 0 % the payment is D / N: 1,200 / 3 = 400 of principal in months 1..3.
	f.DebtRatePct, f.DebtTermMonths = zero, 3
	ds = newDebtSchedule(f, decimals("2400", "0", "0", "0", "0"))
	for m, want := range []string{"0", "400", "400", "400", "0"} {
		near(t, "zero-rate principal", ds.principal[m], want, "1e-15")
		near(t, "zero-rate interest", ds.interest[m], "0", "0")
	}

	// A draw late in the horizon: 300 drawn at the end of month 2 of 3, at
	// 0 % over 3 months, is repaid 100 in month 3; the 200 left is repaid at H.
	ds = newDebtSchedule(f, decimals("0", "0", "600", "0"))
	near(t, "late principal 3", ds.principal[3], "100", "1e-15")
	near(t, "late balance at H", ds.balanceAtHorizonUSD, "200", "1e-15")
	near(t, "no service in month 2", ds.service[2], "0", "0")

	// Two draws overlap: 600 at t = 0 and 600 at t = 1, 0 % over 2 months:
	// month 1 pays 300, month 2 300 + 300, month 3 300.
	f.DebtTermMonths = 2
	ds = newDebtSchedule(f, decimals("1200", "1200", "0", "0"))
	for m, want := range []string{"0", "300", "600", "300"} {
		near(t, "overlapping principal", ds.principal[m], want, "1e-15")
	}
}
