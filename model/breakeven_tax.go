package model

import (
	"math"
	"slices"

	"github.com/shopspring/decimal"
)

// taxed reports whether the scenario's NPVs carry a tax, which bends them:
// with losses carried forward the tax is not linear in the EBITDA, so the
// break-evens are searched for rather than solved by formula (spec §14).
// A [finance] table at 0 % leaves the NPVs, and their exact solvers, alone.
func (e evaluation) taxed() bool {
	return e.s.HasFinance && e.s.Finance.TaxRatePct.IsPositive()
}

// taxedNPV is one strategy's after-tax NPV as a function of its monthly
// EBITDA, the rest of it held (capex, prepayment, depreciation, credits):
//
//	NPV(E) = base + Σ E_m disc_m + end(E) disc_H − PV(tax(E))
//
// in float64, for the break-even searches and the heatmap: it locates a
// position on an axis, not a ledger figure. Its base is set so that at the
// rows' own EBITDA it gives the decimal model's NPV.
type taxedNPV struct {
	base float64
	disc []float64 // disc[m]
	end  endValue
	tax  riskTax
}

func newTaxedNPV(st Strategy, fin financeLedger, f Finance, credits []decimal.Decimal, disc []decimal.Decimal, multiple decimal.Decimal) (taxedNPV, []float64) {
	h := len(st.Months)
	v := taxedNPV{disc: make([]float64, h+1),
		end: endValue{residual: toFloat(st.ResidualUSD), multiple: toFloat(multiple), n: min(12, h)}}
	for i, x := range disc {
		v.disc[i] = toFloat(x)
	}
	v.tax = newRiskTax(f, fin.dep, credits, v.disc)
	ebitda := make([]float64, h)
	for i, r := range st.Months {
		ebitda[i] = toFloat(r.EBITDAUSD)
	}
	v.base = toFloat(st.NPVUSD) - v.at(ebitda)
	return v, ebitda
}

// at is the NPV at monthly EBITDA ebitda, base aside until set.
func (v taxedNPV) at(ebitda []float64) float64 {
	npv := v.base
	for i, x := range ebitda {
		npv += x * v.disc[i+1]
	}
	return npv + v.end.of(ebitda)*v.disc[len(ebitda)] - v.tax.presentValue(ebitda)
}

// centUSD is how close to level a searched break-even brings the two NPVs:
// far inside spec §6's dollar.
const centUSD = 0.01

// taxedStrategies are both strategies' after-tax NPVs as functions of their
// EBITDA, with the rows' EBITDA in float64, built once for the searches.
type taxedStrategies struct {
	mining, pivot             taxedNPV
	miningEBITDA, pivotEBITDA []float64
}

func (e evaluation) newTaxedStrategies(res Result) taxedStrategies {
	var ts taxedStrategies
	f := e.s.Finance
	ts.mining, ts.miningEBITDA = newTaxedNPV(res.Mining, e.finMining, f, nil, e.discMining, e.s.Mining.ExitEVEBITDA)
	ts.pivot, ts.pivotEBITDA = newTaxedNPV(res.AI, e.finPivot, f, e.pivot.credit, e.discPivot, e.s.AI.ExitEVEBITDA)
	return ts
}

// taxedRate is the pivot's after-tax NPV as its month-1 rate moves: each
// live month's EBITDA moves by its billed units times the change.
type taxedRate struct {
	npv            taxedNPV
	ebitda, billed []float64
	rate           float64
	scratch        []float64
}

func (e evaluation) newTaxedRate(ts taxedStrategies) taxedRate {
	led := e.pivot.ai
	ebitda := ts.pivotEBITDA
	tr := taxedRate{npv: ts.pivot, ebitda: ebitda, billed: make([]float64, len(ebitda)),
		rate: toFloat(led.rate), scratch: make([]float64, len(ebitda))}
	for i, live := range led.live {
		if live {
			tr.billed[i] = toFloat(led.billed[i])
		}
	}
	return tr
}

// at is the pivot's after-tax NPV at month-1 rate r.
func (tr taxedRate) at(r float64) float64 {
	moved := r - tr.rate
	for i, x := range tr.ebitda {
		tr.scratch[i] = x + tr.billed[i]*moved
	}
	return tr.npv.at(tr.scratch)
}

// taxedRateBreakeven is the month-1 rate at which the pivot's after-tax NPV
// equals mining's. A higher rate raises every live month's EBITDA, and no
// tax rate of at most 100 % takes more than the rise, so the pivot's NPV
// never falls as the rate rises: the root is bracketed from 0 up and
// narrowed. Null when the rate moves nothing or only a negative rate would
// draw level, as the pre-tax solver.
func (e evaluation) taxedRateBreakeven(res Result, ts taxedStrategies) decimal.NullDecimal {
	tr := e.newTaxedRate(ts)
	target := toFloat(res.Mining.NPVUSD)
	gap := func(r float64) float64 { return tr.at(r) - target }
	atZero := gap(0)
	switch {
	case math.Abs(atZero) <= centUSD:
		return nullOf(zero)
	case atZero > 0:
		return decimal.NullDecimal{} // ahead even at no rent: only a negative rate draws level
	}
	hi := math.Max(1, 2*tr.rate)
	for gap(hi) < 0 {
		if hi *= 2; hi > 1e15 {
			return decimal.NullDecimal{} // the rate moves too little (a 100 % tax, no billed units)
		}
	}
	r, ok := rootIn(gap, 0, hi, atZero, gap(hi))
	if !ok {
		return decimal.NullDecimal{}
	}
	return nullOf(decimal.NewFromFloat(r))
}

// rootIn narrows a bracket [lo, hi] whose ends differ in sign by the
// Illinois method (regula falsi that halves a stale end's weight): on a
// piecewise-linear function it converges in a few steps once the bracket
// lies on one piece. It stops when the function is within a cent of zero.
func rootIn(f func(float64) float64, lo, hi, fLo, fHi float64) (float64, bool) {
	if (fLo < 0) == (fHi < 0) {
		return 0, false
	}
	side := 0
	for range 200 {
		x := hi - fHi*(hi-lo)/(fHi-fLo)
		if !(x > lo && x < hi) { // a flat stretch or rounding: bisect
			x = (lo + hi) / 2
		}
		fx := f(x)
		if math.Abs(fx) <= centUSD || hi-lo <= 1e-13*math.Max(1, math.Abs(x)) {
			return x, true
		}
		if (fx < 0) == (fLo < 0) {
			lo, fLo = x, fx
			if side == -1 {
				fHi /= 2
			}
			side = -1
		} else {
			hi, fHi = x, fx
			if side == 1 {
				fLo /= 2
			}
			side = 1
		}
	}
	return (lo + hi) / 2, true
}

// taxedHashprice is mining NPV − pivot NPV after tax as the month-1
// hashprice (the override) moves, both strategies re-evaluated: in month i
// the whole site earns g_i(h) = a_i h + b_i over its power cost when it runs
// (see hashpriceBreakeven) and runs, with shutoff, only when g_i(h) >= 0;
// the pivot's EBITDA moves by its mining share of the site's change.
type taxedHashprice struct {
	mining, pivot             taxedNPV
	miningNow, pivotNow       []float64 // the rows' EBITDA
	a, b, shares              []float64
	opex                      float64
	shutoff                   bool
	kinks                     []float64 // where a month switches on, ascending
	miningScratch, pivotScrch []float64
}

func (e evaluation) newTaxedHashprice(ts taxedStrategies) taxedHashprice {
	th := taxedHashprice{shutoff: e.s.Mining.ShutoffWhenUnprofitable, opex: toFloat(e.mining.opexUSD),
		mining: ts.mining, pivot: ts.pivot, miningNow: ts.miningEBITDA, pivotNow: ts.pivotEBITDA}
	h := len(th.miningNow)
	th.a, th.b, th.shares = make([]float64, h), make([]float64, h), make([]float64, h)
	th.miningScratch, th.pivotScrch = make([]float64, h), make([]float64, h)
	earned, energy, credits := toFloat(e.mining.earnedPHDays), toFloat(e.mining.energyMWh), toFloat(e.mining.creditsUSD)
	// Ratios, power prices and shares hold for months on end: convert each once.
	ratio, price, share := 0.0, 0.0, 0.0
	for i := range h {
		if i == 0 || !e.mk.hashpriceRatio[i].Equal(e.mk.hashpriceRatio[i-1]) {
			ratio = toFloat(e.mk.hashpriceRatio[i])
		}
		if i == 0 || !e.mk.powerPrice[i].Equal(e.mk.powerPrice[i-1]) {
			price = toFloat(e.mk.powerPrice[i])
		}
		if i == 0 || !e.pivot.shares[i].Equal(e.pivot.shares[i-1]) {
			share = toFloat(e.pivot.shares[i])
		}
		th.a[i], th.b[i], th.shares[i] = earned*ratio, credits-energy*price, share
		if th.shutoff && th.a[i] > 0 {
			if k := -th.b[i] / th.a[i]; k > 0 && k < toFloat(MaxBreakevenHashpriceUSDPerPHDay) {
				th.kinks = append(th.kinks, k)
			}
		}
	}
	slices.Sort(th.kinks)
	th.kinks = slices.Compact(th.kinks)
	return th
}

// at is mining NPV − pivot NPV at month-1 hashprice hp.
func (th taxedHashprice) at(hp float64) float64 {
	for i, a := range th.a {
		g := a*hp + th.b[i]
		if th.shutoff && g < 0 {
			g = 0 // off: no revenue, no power
		}
		m := g - th.opex
		th.miningScratch[i] = m
		th.pivotScrch[i] = th.pivotNow[i] + th.shares[i]*(m-th.miningNow[i])
	}
	return th.mining.at(th.miningScratch) - th.pivot.at(th.pivotScrch)
}

// offAt reports whether every month whose EBITDA moves with the hashprice
// is off at hp, as at 0, by the test at applies: then at(hp) takes the
// very steps at(0) takes and gives its value to the bit. Below the first
// month's switch-on point the search needs no evaluation.
func (th taxedHashprice) offAt(hp float64) bool {
	if !th.shutoff {
		return false
	}
	for i, a := range th.a {
		if a != 0 && !(th.b[i] < 0 && a*hp+th.b[i] < 0) {
			return false
		}
	}
	return true
}

// hashpriceGridRatio spaces the search's points: each 20 % above the last,
// from a cent up to spec §6's $10,000, with every month's switch-on point
// among them, so that a crossing between two points lies on few pieces.
const hashpriceGridRatio = 1.2

// taxedHashpriceBreakeven is the lowest month-1 hashprice in [0, 10,000] at
// which the after-tax NPVs are level, as the pre-tax sweep finds the lowest:
// the difference is evaluated from 0 up on a grid until it changes sign,
// and that bracket is narrowed. Null if it never does.
func (e evaluation) taxedHashpriceBreakeven(ts taxedStrategies) decimal.NullDecimal {
	th := e.newTaxedHashprice(ts)
	maxH := toFloat(MaxBreakevenHashpriceUSDPerPHDay)
	lo, fLo := 0.0, th.at(0)
	atZero := fLo
	next := 0 // the next kink
	for grid := 0.01; lo < maxH; {
		hi := math.Min(grid, maxH)
		for next < len(th.kinks) && th.kinks[next] <= lo {
			next++
		}
		if next < len(th.kinks) && th.kinks[next] < hi {
			hi = th.kinks[next]
		} else {
			grid *= hashpriceGridRatio
		}
		if math.Abs(fLo) <= centUSD {
			return nullOf(decimal.NewFromFloat(lo))
		}
		fHi := atZero
		if !th.offAt(hi) {
			fHi = th.at(hi)
		}
		if (fLo < 0) != (fHi < 0) {
			if h, ok := rootIn(th.at, lo, hi, fLo, fHi); ok {
				return nullOf(decimal.NewFromFloat(h))
			}
		}
		lo, fLo = hi, fHi
	}
	if math.Abs(fLo) <= centUSD {
		return nullOf(MaxBreakevenHashpriceUSDPerPHDay)
	}
	return decimal.NullDecimal{}
}
