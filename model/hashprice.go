package model

import (
	"cmp"
	"math"
	"slices"

	"github.com/shopspring/decimal"
)

// hashpriceBreakeven finds the month-1 hashprice h in [0, 10,000] at which
// mining NPV equals the pivot's NPV, both re-evaluated (spec §6).
//
// Every mining ledger of the model is the whole site's scaled by its MW
// (spec §10), so all of them switch on and off at the same hashprices. In
// month i the whole site earns g_i(h) = a_i h + b_i over its power cost when
// it runs (a_i = earned PH-days × the hashprice's ratio to month 1,
// b_i = credits − power cost), and nothing when it is off: with shutoff it
// runs from the kink h = −b_i/a_i up. The pivot mines share s_i of the site,
// so month i weighs on mining NPV − pivot NPV by
// w_i = disc_mining − disc_pivot × s_i. An exit multiple adds
// c × max(0, T12(h)) per strategy, T12 also piecewise linear in h. The
// difference is thus piecewise linear: the sweep walks its pieces from h = 0
// up in float64 to find where it crosses zero (a position on the axis, not a
// ledger figure), then solves that piece exactly in decimal.
func (e evaluation) hashpriceBreakeven(res Result) decimal.NullDecimal {
	sw := e.newHashSweep(res)
	scale := math.Max(1, math.Max(math.Abs(toFloat(res.Mining.NPVUSD)), math.Abs(toFloat(res.AI.NPVUSD))))
	tol := 1e-8 * scale // float64's doubt about a sum of ledger figures of this size
	maxH := toFloat(MaxBreakevenHashpriceUSDPerPHDay)
	low, next := 0.0, 0
	var acc floatSums
	for _, m := range sw.always {
		acc.add(m.f)
	}
	for {
		for next < len(sw.kinked) && sw.kinked[next].kink <= low {
			acc.add(sw.kinked[next].f)
			next++
		}
		high := maxH
		if next < len(sw.kinked) && sw.kinked[next].kink < maxH {
			high = sw.kinked[next].kink
		}
		for _, p := range sw.pieces(acc, low, high) {
			atLo, atHi := sw.floatAt(acc, p, p.lo), sw.floatAt(acc, p, p.hi)
			if atLo > tol && sw.monotone {
				return decimal.NullDecimal{} // the difference only rises with h: mining stays ahead
			}
			if math.Min(atLo, atHi) > tol || math.Max(atLo, atHi) < -tol {
				continue
			}
			if h, ok := sw.exactRoot(next, p); ok {
				return nullOf(h)
			}
		}
		if high >= maxH {
			return decimal.NullDecimal{}
		}
		// Each pass consumes at least the month at high: the sweep ends.
		low = high
	}
}

// The sweep keeps, over the months on, the sums of the three linear
// functions of h the difference is made of: the flows Σ w_i g_i, the mining
// strategy's last n months Σ g_i and the pivot's Σ s_i g_i, each a slope
// × h + an offset.
type (
	floatLine struct{ slope, offset float64 }
	floatSums struct{ flows, lastMining, lastPivot floatLine }
	exactLine struct{ slope, offset decimal.Decimal }
)

func (l *floatLine) add(m floatLine) { l.slope, l.offset = l.slope+m.slope, l.offset+m.offset }

func (s *floatSums) add(m floatSums) {
	s.flows.add(m.flows)
	s.lastMining.add(m.lastMining)
	s.lastPivot.add(m.lastPivot)
}

// hashMonth is a month that weighs on the difference: its index, its kink
// and its share of the sums in float64 (exactRoot works it out exactly).
type hashMonth struct {
	i    int
	kink float64
	flat bool // no revenue at any hashprice: g_i = b_i when on
	f    floatSums
}

// hashSweep holds the months of the hashprice break-even and the constant
// terms of the difference D(h) = mining NPV − pivot NPV at an override h:
//
//	D(h) = base + flows(h) + cM × max(0, tM + lastMining(h)) − cP × max(0, tP + lastPivot(h))
type hashSweep struct {
	e        evaluation
	res      Result
	always   []hashMonth // months on (or off) whatever h
	kinked   []hashMonth // months that switch on at their kink, by kink
	monotone bool        // every weight >= 0 and no pivot exit value: D never falls as h rises
	lastFrom int         // the first of the last n months, which the exit values take
	cM, cP   decimal.Decimal
	tM, tP   decimal.Decimal
	// float64 twins of the terms, for the sweep
	baseF, tMF, tPF, cMF, cPF float64
}

func (e evaluation) newHashSweep(res Result) hashSweep {
	s := e.s
	h := e.t.horizon
	mining, pivot := res.Mining.Months, res.AI.Months
	n := min(12, h)
	sw := hashSweep{e: e, res: res, lastFrom: h - n,
		cM: e.exitCoef(s.Mining.ExitEVEBITDA, e.discMining, n),
		cP: e.exitCoef(s.AI.ExitEVEBITDA, e.discPivot, n),
		tM: e.mining.opexUSD.Mul(decimal.NewFromInt(int64(n))).Neg(),
	}
	for i := sw.lastFrom; i < h; i++ {
		// the pivot's last months less their mining part: what h does not move
		sw.tP = sw.tP.Add(pivot[i].EBITDAUSD.Sub(mul(e.pivot.shares[i], mining[i].RevenueUSD.Sub(mining[i].PowerCostUSD))))
	}
	sw.tMF, sw.tPF, sw.cMF, sw.cPF = toFloat(sw.tM), toFloat(sw.tP), toFloat(sw.cM), toFloat(sw.cP)
	exits := sw.cMF != 0 || sw.cPF != 0
	sw.monotone = sw.cPF == 0
	shutoff := s.Mining.ShutoffWhenUnprofitable
	earns := e.mining.earnedPHDays.IsPositive()
	earned, energy, credits := toFloat(e.mining.earnedPHDays), toFloat(e.mining.energyMWh), toFloat(e.mining.creditsUSD)
	opex := toFloat(e.mining.opexUSD)
	sameRates := &e.discMining[0] == &e.discPivot[0]
	var currentFlows, currentM, currentP float64
	// Shares and power prices hold for months on end: convert each once.
	share, price := 0.0, 0.0
	for i := range h {
		if i == 0 || !e.pivot.shares[i].Equal(e.pivot.shares[i-1]) {
			share = toFloat(e.pivot.shares[i])
		}
		if i == 0 || !e.mk.powerPrice[i].Equal(e.mk.powerPrice[i-1]) {
			price = toFloat(e.mk.powerPrice[i])
		}
		var w float64
		switch {
		case share == 1 && sameRates:
			w = 0 // both sides mine the whole site alike
		case share != 0:
			w = toFloat(e.discMining[i+1]) - toFloat(e.discPivot[i+1])*share
		default:
			w = toFloat(e.discMining[i+1])
		}
		inLast := i >= sw.lastFrom
		if w == 0 && !(inLast && exits) {
			continue
		}
		if w < 0 {
			sw.monotone = false
		}
		gNow := 0.0 // an off month earns nothing over its power
		if mining[i].Running {
			gNow = toFloat(mining[i].EBITDAUSD) + opex
		}
		currentFlows += w * gNow
		a := earned * toFloat(e.mk.hashpriceRatio[i])
		b := credits - energy*price
		m := hashMonth{i: i, f: floatSums{flows: floatLine{w * a, w * b}}}
		if inLast {
			currentM, currentP = currentM+gNow, currentP+share*gNow
			m.f.lastMining, m.f.lastPivot = floatLine{a, b}, floatLine{share * a, share * b}
		}
		switch {
		case !earns || !e.mk.hashpriceRatio[i].IsPositive():
			// No revenue at any hashprice: on (at b) only without shutoff or when credits cover the power.
			m.flat = true
			m.f.flows.slope, m.f.lastMining.slope, m.f.lastPivot.slope = 0, 0, 0
			if !shutoff || b >= 0 {
				sw.always = append(sw.always, m)
			}
			continue
		case !shutoff:
			sw.always = append(sw.always, m)
			continue
		}
		// At a kink a month adds nothing either way, so the order of
		// near-equal kinks cannot matter.
		m.kink = -b / a
		if math.IsNaN(m.kink) || math.IsInf(m.kink, 0) {
			m.kink = toFloat(div(e.mining.exactB(e.mk, i).Neg(), mul(e.mining.earnedPHDays, e.mk.hashpriceRatio[i])))
		}
		sw.kinked = append(sw.kinked, m)
	}
	current := currentFlows + sw.cMF*max(0, currentM+sw.tMF) - sw.cPF*max(0, currentP+sw.tPF)
	sw.baseF = toFloat(res.Mining.NPVUSD) - toFloat(res.AI.NPVUSD) - current
	slices.SortFunc(sw.kinked, func(a, b hashMonth) int { return cmp.Compare(a.kink, b.kink) })
	return sw
}

// exactB is b_i: a running month's credits less its power cost.
func (site miningSite) exactB(mk market, i int) decimal.Decimal {
	return site.creditsUSD.Sub(mul(site.energyMWh, mk.powerPrice[i]))
}

// piece is a stretch of h on which D is linear: which exit values are positive.
type piece struct {
	lo, hi            float64
	miningOn, pivotOn bool
}

// pieces splits [lo, hi] where an exit value reaches zero.
func (sw hashSweep) pieces(acc floatSums, lo, hi float64) []piece {
	cuts := []float64{lo}
	for _, t := range []struct {
		c, t float64
		l    floatLine
	}{{sw.cMF, sw.tMF, acc.lastMining}, {sw.cPF, sw.tPF, acc.lastPivot}} {
		if t.c != 0 && t.l.slope > 0 {
			if root := -(t.l.offset + t.t) / t.l.slope; root > lo && root < hi {
				cuts = append(cuts, root)
			}
		}
	}
	slices.Sort(cuts)
	cuts = append(cuts, hi)
	out := make([]piece, 0, len(cuts)-1)
	for k := 0; k+1 < len(cuts); k++ {
		mid := (cuts[k] + cuts[k+1]) / 2
		out = append(out, piece{lo: cuts[k], hi: cuts[k+1],
			miningOn: sw.cMF != 0 && sw.tMF+acc.lastMining.offset+acc.lastMining.slope*mid > 0,
			pivotOn:  sw.cPF != 0 && sw.tPF+acc.lastPivot.offset+acc.lastPivot.slope*mid > 0})
	}
	return out
}

func (sw hashSweep) floatAt(acc floatSums, p piece, h float64) float64 {
	v := sw.baseF + acc.flows.offset + acc.flows.slope*h
	if p.miningOn {
		v += sw.cMF * (sw.tMF + acc.lastMining.offset + acc.lastMining.slope*h)
	}
	if p.pivotOn {
		v -= sw.cPF * (sw.tPF + acc.lastPivot.offset + acc.lastPivot.slope*h)
	}
	return v
}

// exactRoot solves a piece in decimal, with the always-on months and the
// first `on` kinked months on: the h in [lo, hi] at which D is zero, if any.
//
// The root depends on the values of the sums below alone, each an exact sum
// of products: they are added up in coefficients (see sum), and the slopes,
// a_i = earned PH-days × ratio_i, as earned PH-days × Σ ratio_i.
func (sw hashSweep) exactRoot(on int, p piece) (decimal.Decimal, bool) {
	e, mining := sw.e, sw.res.Mining.Months
	var flowsSlope, flowsOffset, lastMiningSlope, lastMiningOffset, lastPivotSlope, lastPivotOffset sum
	var currentFlowsSum, currentMSum, currentPSum sum
	for _, group := range []struct {
		months []hashMonth
		on     bool
	}{{sw.always, true}, {sw.kinked[:on], true}, {sw.kinked[on:], false}} {
		for _, m := range group.months {
			i := m.i
			share := e.pivot.shares[i]
			w := e.discMining[i+1]
			if !share.IsZero() {
				w = w.Sub(mul(e.discPivot[i+1], share))
			}
			// The difference as the ledger stands, which an override h replaces
			// (an off month earns nothing over its power).
			inLast := i >= sw.lastFrom
			if mining[i].Running {
				gNow := mining[i].RevenueUSD.Sub(mining[i].PowerCostUSD)
				currentFlowsSum.addProduct(w, gNow)
				if inLast {
					currentMSum.add(gNow)
					currentPSum.addProduct(share, gNow)
				}
			}
			if !group.on {
				continue
			}
			ratio := e.mk.hashpriceRatio[i] // a_i / earned PH-days; a flat month has no slope
			b := e.mining.exactB(e.mk, i)
			if !m.flat {
				flowsSlope.addProduct(w, ratio)
			}
			flowsOffset.addProduct(w, b)
			if inLast {
				if !m.flat {
					lastMiningSlope.add(ratio)
				}
				lastMiningOffset.add(b)
				if !share.IsZero() {
					if !m.flat {
						lastPivotSlope.addProduct(share, ratio)
					}
					lastPivotOffset.addProduct(share, b)
				}
			}
		}
	}
	earned := e.mining.earnedPHDays
	flows := exactLine{mul(earned, flowsSlope.decimal()), flowsOffset.decimal()}
	lastMining := exactLine{mul(earned, lastMiningSlope.decimal()), lastMiningOffset.decimal()}
	lastPivot := exactLine{mul(earned, lastPivotSlope.decimal()), lastPivotOffset.decimal()}
	currentFlows, currentM, currentP := currentFlowsSum.decimal(), currentMSum.decimal(), currentPSum.decimal()
	current := currentFlows.Add(mulPos(sw.cM, currentM.Add(sw.tM))).Sub(mulPos(sw.cP, currentP.Add(sw.tP)))
	base := sw.res.Mining.NPVUSD.Sub(sw.res.AI.NPVUSD).Sub(current)

	slope, offset := flows.slope, base.Add(flows.offset)
	if p.miningOn {
		slope, offset = slope.Add(mul(sw.cM, lastMining.slope)), offset.Add(mul(sw.cM, lastMining.offset.Add(sw.tM)))
	}
	if p.pivotOn {
		slope, offset = slope.Sub(mul(sw.cP, lastPivot.slope)), offset.Sub(mul(sw.cP, lastPivot.offset.Add(sw.tP)))
	}
	lo, hi := decimal.NewFromFloat(p.lo), decimal.NewFromFloat(p.hi)
	if p.hi >= toFloat(MaxBreakevenHashpriceUSDPerPHDay) {
		hi = MaxBreakevenHashpriceUSDPerPHDay
	}
	atLo, atHi := offset.Add(slope.Mul(lo)), offset.Add(slope.Mul(hi))
	switch {
	case atLo.IsZero():
		return lo, true
	case atHi.IsZero():
		return hi, true
	case atLo.Sign() == atHi.Sign() || slope.IsZero():
		return decimal.Decimal{}, false
	}
	return decimal.Min(hi, decimal.Max(lo, solve(offset.Neg(), slope))), true
}

// exitCoef is the weight of max(0, Σ last n months' EBITDA) in a strategy's
// NPV: multiple × 12/n × disc_H, or zero without an exit multiple.
func (e evaluation) exitCoef(multiple decimal.Decimal, disc []decimal.Decimal, n int) decimal.Decimal {
	if !multiple.IsPositive() {
		return zero
	}
	c := mul(multiple, disc[len(disc)-1])
	if n < 12 {
		c = div(c.Mul(twelve), decimal.NewFromInt(int64(n)))
	}
	return c
}

// mulPos is c × max(0, v).
func mulPos(c, v decimal.Decimal) decimal.Decimal {
	if c.IsZero() || !v.IsPositive() {
		return zero
	}
	return mul(c, v)
}
