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
