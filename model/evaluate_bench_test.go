package model

import "testing"

// BenchmarkEvaluate is the default scenario, both strategies over 60 months,
// break-evens included.
func BenchmarkEvaluate(b *testing.B) {
	s := Default()
	for b.Loop() {
		Evaluate(s)
	}
}

// BenchmarkEvaluate240 is the same site over the longest horizon allowed.
func BenchmarkEvaluate240(b *testing.B) {
	s := Default()
	s.HorizonMonths = 240
	for b.Loop() {
		Evaluate(s)
	}
}

// BenchmarkEvaluateDeal is a phased, contracted, curtailed 60-month pivot
// (dealScenario): two phases, a contract value, build-timed capex, a
// prepayment, own rates, exit multiples, curtailment, break-evens included.
func BenchmarkEvaluateDeal(b *testing.B) {
	s := defaultWith(dealScenario)
	for b.Loop() {
		Evaluate(s)
	}
}

// financedDeal is dealScenario with spec §14's [finance] table (a 21 % tax,
// 60 % of the capex on project debt at 9 % over 60 months) and a BTC
// treasury whose loan is left, in part, after a sale (spec §7, §15).
func financedDeal(s *Scenario) {
	dealScenario(s)
	s.HasFinance = true
	s.Finance.TaxRatePct, s.Finance.DebtPctOfCapex, s.Finance.DebtRatePct = d("21"), d("60"), d("9")
	s.HasTreasury = true
	s.Treasury.BTCHeld, s.Treasury.LoanUSD, s.Treasury.BTCToSell = d("7000"), d("400000000"), d("4000")
}

// BenchmarkEvaluateFinancedDeal is the phased deal after tax, with debt and a
// treasury: every part of the model, break-evens included.
func BenchmarkEvaluateFinancedDeal(b *testing.B) {
	s := defaultWith(financedDeal)
	for b.Loop() {
		Evaluate(s)
	}
}
