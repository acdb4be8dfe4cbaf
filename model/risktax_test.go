package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The Monte Carlo's float64 tax is the decimal model's, to a millionth of
// its size, on any strategy.
func TestRiskTaxAgreesWithTheLedger(t *testing.T) {
	forRandomStrategies(t, func(t *testing.T, f Finance, in strategyFlows) {
		h := len(in.ebitda)
		disc := powers(div(one, monthlyFactor(d("12"))), h+1)
		discFloat := make([]float64, h+1)
		for i, v := range disc {
			discFloat[i] = v.InexactFloat64()
		}
		ebitda := make([]float64, h)
		for i, e := range in.ebitda {
			ebitda[i] = e.InexactFloat64()
		}
		dep := depreciation(f, in.payments, h)
		got := newRiskTax(f, dep, in.credits, discFloat).presentValue(ebitda)

		tax := taxWithLosses(fraction(f.TaxRatePct), taxableIncome(in.ebitda, in.credits, dep, nil))
		want := zero
		for i, v := range tax {
			want = want.Add(mul(v, disc[i+1]))
		}
		if w := want.InexactFloat64(); math.Abs(got-w) > 1e-6*math.Max(1, math.Abs(w)) {
			t.Errorf("present value of tax %.4f, the ledger's %.4f", got, w)
		}
	})
}

// A path that earns more never pays less tax.
func TestRiskTaxRisesWithEBITDA(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	f := testFinance(func(f *Finance) { f.TaxRatePct = d("30") })
	in := randomStrategy(rng, 60)
	disc := make([]float64, 61)
	for i := range disc {
		disc[i] = math.Pow(1.01, -float64(i))
	}
	rt := newRiskTax(f, depreciation(f, in.payments, 60), in.credits, disc)
	ebitda := make([]float64, 60)
	for i := range ebitda {
		ebitda[i] = rng.NormFloat64() * 1e6
	}
	before := rt.presentValue(ebitda)
	for i := range ebitda {
		ebitda[i] += 1e5
		if after := rt.presentValue(ebitda); after < before-1e-6 {
			t.Fatalf("raising month %d's EBITDA lowered the tax: %.2f → %.2f", i+1, before, after)
		} else {
			before = after
		}
	}
}
