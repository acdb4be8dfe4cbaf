package model

import "github.com/shopspring/decimal"

// MaxBreakevenHashpriceUSDPerPHDay bounds the hashprice search of spec §6:
// a null hashprice break-even means none from 0 up to it flips the verdict.
var MaxBreakevenHashpriceUSDPerPHDay = decimal.NewFromInt(10000)

// breakevens solves the four flip points of spec §6. Before tax each uses
// the model's structure instead of a numeric search: the pivot's NPV is
// piecewise linear in its rate (linear, unless an exit multiple's end value
// reaches zero), and mining NPV − pivot NPV is piecewise linear in the
// month-1 hashprice (the kinks are the months that switch on or off, and the
// end values reaching zero), so every root is found exactly. After tax
// (spec §14) the NPVs bend wherever a month's taxable income meets the
// losses carried forward, so the rate and hashprice break-evens are searched
// for on the after-tax NPVs instead (see breakeven_tax.go). The power-price
// break-even is month 1's EBITDA, which no tax touches.
func (e evaluation) breakevens(res Result) Breakeven {
	var b Breakeven
	var rate decimal.NullDecimal
	if e.taxed() {
		ts := e.newTaxedStrategies(res)
		rate, b.HashpriceUSDPerPHDay = e.taxedRateBreakeven(res, ts), e.taxedHashpriceBreakeven(ts)
	} else {
		rate, b.HashpriceUSDPerPHDay = e.rateBreakeven(res), e.hashpriceBreakeven(res)
	}
	// spec §17: with a contract value the colocation break-even is the
	// month-1 rate itself, the contract value set aside.
	if e.s.AI.Mode == ModeColocation {
		b.ColoRateUSDPerKWMonth = rate
	} else {
		b.GPURateUSDPerGPUHour = rate
	}
	b.MiningPowerPriceUSDPerMWh = e.powerPriceBreakeven()
	return b
}

// rateLine is how the pivot's NPV moves with its month-1 rate r (USD per
// GPU-hour or per kW-month), the rest held:
//
//	NPV(r) = npv + perDollar × (r − rate) + tvCoef × (max(0, t12(r)) − max(0, t12(rate)))
//
// with t12(r) = t12 + t12PerDollar × (r − rate) the EBITDA of the last
// n = min(12, H) months, and tvCoef = multiple × 12/n × disc_H (0 without an
// exit multiple: the residual does not move with the rate).
type rateLine struct {
	rate, npv, perDollar      decimal.Decimal
	tvCoef, t12, t12PerDollar decimal.Decimal
}

func (e evaluation) rateLine(pivot Strategy) rateLine {
	led := e.pivot.ai
	h := e.t.horizon
	line := rateLine{rate: led.rate, npv: pivot.NPVUSD}
	for i := range h {
		if led.live[i] {
			line.perDollar = line.perDollar.Add(mul(led.billed[i], e.discPivot[i+1]))
		}
	}
	if x := e.s.AI.ExitEVEBITDA; x.IsPositive() {
		n := min(12, h)
		for i := h - n; i < h; i++ {
			line.t12 = line.t12.Add(pivot.Months[i].EBITDAUSD)
			if led.live[i] {
				line.t12PerDollar = line.t12PerDollar.Add(led.billed[i])
			}
		}
		line.tvCoef = mul(x, e.discPivot[h])
		if n < 12 {
			line.tvCoef = div(line.tvCoef.Mul(twelve), decimal.NewFromInt(int64(n)))
		}
	}
	return line
}

// at is the pivot's NPV at month-1 rate r.
func (l rateLine) at(r decimal.Decimal) decimal.Decimal {
	moved := r.Sub(l.rate)
	v := l.npv.Add(mul(l.perDollar, moved))
	if !l.tvCoef.IsZero() {
		after := decimal.Max(zero, l.t12.Add(mul(l.t12PerDollar, moved)))
		v = v.Add(mul(l.tvCoef, after.Sub(decimal.Max(zero, l.t12))))
	}
	return v
}

// rateBreakeven is the month-1 rate at which the pivot's NPV equals mining
// NPV. NPV(r) never falls as r rises and has two linear pieces: below the
// rate where the exit value reaches zero, and above it. Each piece is solved
// on its own formula and kept if the root lies on it, checked exactly (a
// kink computed by division would carry its rounding, times the exit
// multiple, into the root). Null when the rate moves nothing or only a
// negative rate would draw level.
func (e evaluation) rateBreakeven(res Result) decimal.NullDecimal {
	line := e.rateLine(res.AI)
	gap := res.Mining.NPVUSD.Sub(line.npv) // what the pivot must gain
	t12At := func(r decimal.Decimal) decimal.Decimal { return line.t12.Add(mul(line.t12PerDollar, r.Sub(line.rate))) }
	var r decimal.Decimal
	found := false
	if line.tvCoef.IsZero() {
		if !line.perDollar.IsPositive() {
			return decimal.NullDecimal{}
		}
		r, found = line.rate.Add(solve(gap, line.perDollar)), true
	} else {
		// Measured from the pivot's NPV as it stands, the exit value's part is
		// tvCoef × (max(0, t12(r)) − max(0, t12)).
		now := mulPos(line.tvCoef, line.t12)
		// Below: no exit value.
		if line.perDollar.IsPositive() {
			if x := line.rate.Add(solve(gap.Add(now), line.perDollar)); !t12At(x).IsPositive() {
				r, found = x, true
			}
		}
		// Above: the exit value moves with the rate too.
		if upper := line.perDollar.Add(mul(line.tvCoef, line.t12PerDollar)); !found && upper.IsPositive() {
			// gap = perDollar × d + tvCoef × (t12 + t12PerDollar × d) − now, d = r − rate
			if x := line.rate.Add(solve(gap.Add(now).Sub(mul(line.tvCoef, line.t12)), upper)); !t12At(x).IsNegative() {
				r, found = x, true
			}
		}
	}
	if !found || r.IsNegative() {
		return decimal.NullDecimal{}
	}
	return nullOf(r)
}

// solve returns x with slope × x = value, to enough places that slope × x
// misses value by far less than a dollar, however steep the slope: each
// further digit of slope's magnitude needs one more place.
func solve(value, slope decimal.Decimal) decimal.Decimal {
	magnitude := slope.NumDigits() + int(slope.Exponent())
	x := div(value, slope)
	if need := int32(magnitude + 4); need > -x.Exponent() {
		x = value.DivRound(slope, need)
	}
	return x
}

// powerPriceBreakeven is the month-1 power price at which month-1 mining
// EBITDA is zero with the fleet running (spec §6, §13):
// (BTC revenue + credits − opex) / energy. Null when the fleet draws nothing
// (no uptime, or every hour curtailed).
func (e evaluation) powerPriceBreakeven() decimal.NullDecimal {
	if !e.mining.energyMWh.IsPositive() {
		return decimal.NullDecimal{}
	}
	revenue := mul(e.mining.earnedPHDays, e.mk.hashprice[0]).Add(e.mining.creditsUSD)
	return nullOf(div(revenue.Sub(e.mining.opexUSD), e.mining.energyMWh))
}
