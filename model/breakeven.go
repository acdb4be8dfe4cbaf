package model

import (
	"cmp"
	"math"
	"slices"

	"github.com/shopspring/decimal"
)

// MaxBreakevenHashpriceUSDPerPHDay bounds the hashprice search of spec §6:
// a null hashprice break-even means none from 0 up to it flips the verdict.
var MaxBreakevenHashpriceUSDPerPHDay = decimal.NewFromInt(10000)

// breakevens solves the four flip points of spec §6. Each uses the model's
// structure instead of a numeric search: AI NPV is linear in its rate, and
// mining NPV is piecewise linear in the month-1 hashprice (the kinks are the
// months that switch on or off), so every root is found exactly.
func (e evaluation) breakevens(miningNPV, aiNPV decimal.Decimal, mining []MonthRow) Breakeven {
	var b Breakeven
	gap := miningNPV.Sub(aiNPV) // what the AI side must gain to draw level
	switch e.s.AI.Mode {
	case ModeColocation:
		b.ColoRateUSDPerKWMonth = e.rateBreakeven(e.s.AI.Colocation.RateUSDPerKWMonth, gap)
	default:
		b.GPURateUSDPerGPUHour = e.rateBreakeven(e.s.AI.GPU.RentalUSDPerGPUHour, gap)
	}
	b.HashpriceUSDPerPHDay = e.hashpriceBreakeven(gap, mining)
	b.MiningPowerPriceUSDPerMWh = e.powerPriceBreakeven()
	return b
}

// rateBreakeven: AI NPV = A + B × rate, where B is the present value of the
// units billed per dollar of month-1 rate. The break-even rate closes the
// gap: rate + gap / B. Null when the rate moves nothing (B = 0) or only a
// negative rate would draw level.
func (e evaluation) rateBreakeven(rate, gap decimal.Decimal) decimal.NullDecimal {
	perDollar := e.aiNPVPerRateDollar()
	if !perDollar.IsPositive() {
		return decimal.NullDecimal{}
	}
	breakeven := rate.Add(solve(gap, perDollar))
	if breakeven.IsNegative() {
		return decimal.NullDecimal{}
	}
	return nullOf(breakeven)
}

// aiNPVPerRateDollar is how much AI NPV one more dollar of month-1 rate adds:
// the present value of the units billed in the live months.
func (e evaluation) aiNPVPerRateDollar() decimal.Decimal {
	perDollar := zero
	for i := e.s.AI.ConversionMonths; i < e.t.horizon; i++ {
		perDollar = perDollar.Add(mul(mul(e.ai.billedUnits, e.ai.rateGrowth[i]), e.t.disc[i+1]))
	}
	return perDollar
}

// hashpriceBreakeven finds the month-1 hashprice h in [0, 10,000] where
// mining NPV = AI NPV. Only the mining months weigh on the difference, except
// conversion months in which the AI side mines too: those cancel. Each such
// month contributes disc × g(h), with g(h) = h×k − p (revenue less power), or
// max(h×k − p, 0) when the fleet shuts off: a nondecreasing piecewise-linear
// F(h) whose kinks are the hashprices p/k at which months switch on. With
// k = earned PH-days × ratio_m and p = energy × power price_m, the sums over
// the months on are earned × Σ disc×ratio and energy × Σ disc×price.
func (e evaluation) hashpriceBreakeven(gap decimal.Decimal, mining []MonthRow) decimal.NullDecimal {
	// kink orders the months and bounds the segments; it is a position on the
	// h axis, not a ledger figure, so float64 serves. At a kink a month adds
	// nothing either way, so the order of near-equal kinks cannot matter.
	type month struct {
		discRatio, discPower decimal.Decimal
		kink                 float64
	}
	first := 0
	if e.s.AI.MineDuringConversion {
		first = min(e.s.AI.ConversionMonths, e.t.horizon)
	}
	shutoff := e.s.Mining.ShutoffWhenUnprofitable
	earns := e.mining.earnedPHDays.IsPositive()
	earned, energy := toFloat(e.mining.earnedPHDays), toFloat(e.mining.energyMWh)
	months := make([]month, 0, e.t.horizon-first)
	constant := zero // contributions that do not depend on h
	current := zero  // what these months contribute as the ledger stands
	for i := first; i < e.t.horizon; i++ {
		disc := e.t.disc[i+1]
		row := mining[i]
		current = current.Add(mul(disc, row.RevenueUSD.Sub(row.PowerCostUSD)))
		discPower := mul(disc, e.mk.powerPrice[i])
		if !earns || !e.mk.hashpriceRatio[i].IsPositive() {
			// No revenue at any hashprice: on only when power costs nothing or pays.
			if p := e.mk.powerPrice[i]; !shutoff || !e.mining.energyMWh.IsPositive() || !p.IsPositive() {
				constant = constant.Sub(mul(discPower, e.mining.energyMWh))
			}
			continue
		}
		m := month{discRatio: mul(disc, e.mk.hashpriceRatio[i]), discPower: discPower, kink: math.Inf(-1)}
		if shutoff {
			m.kink = energy * toFloat(e.mk.powerPrice[i]) / (earned * toFloat(e.mk.hashpriceRatio[i]))
			if math.IsNaN(m.kink) || math.IsInf(m.kink, 0) {
				// Products beyond float64's range: divide in decimal first.
				m.kink = toFloat(div(mul(e.mining.energyMWh, e.mk.powerPrice[i]), mul(e.mining.earnedPHDays, e.mk.hashpriceRatio[i])))
			}
		}
		months = append(months, m)
	}
	// The current difference is miningNPV − aiNPV = gap; an override h shifts
	// it by F(h) − current. Parity needs F(h) = current − gap. (current is
	// F(hashprice_1) whenever the ledger follows the ratio path, but not when
	// the derived month-1 hashprice is 0 and nothing is overridden: the ledger
	// then follows the derived path, while an override holds flat.)
	target := current.Sub(gap)
	slices.SortFunc(months, func(a, b month) int { return cmp.Compare(a.kink, b.kink) })
	// Sweep the segments between kinks from h = 0 up, keeping the sums over
	// the months on; no root below 10,000 means none in range.
	maxH := toFloat(MaxBreakevenHashpriceUSDPerPHDay)
	sumRatio, sumPower := zero, zero
	low, lowKink := zero, 0.0 // lowKink: low as the float the kinks compare with
	next := 0
	for {
		for next < len(months) && months[next].kink <= lowKink {
			sumRatio, sumPower = sumRatio.Add(months[next].discRatio), sumPower.Add(months[next].discPower)
			next++
		}
		slope, offset := mul(sumRatio, e.mining.earnedPHDays), mul(sumPower, e.mining.energyMWh)
		high, highKink := MaxBreakevenHashpriceUSDPerPHDay, maxH
		if next < len(months) && months[next].kink < maxH {
			highKink = months[next].kink
			high = decimal.NewFromFloat(highKink)
		}
		valueAtLow := constant.Add(low.Mul(slope)).Sub(offset)
		switch valueAtLow.Cmp(target) {
		case 1:
			// F only rises: mining wins even at a hashprice of 0.
			return decimal.NullDecimal{}
		case 0:
			return nullOf(low)
		}
		if slope.IsPositive() {
			h := solve(target.Sub(constant).Add(offset), slope)
			if !h.GreaterThan(high) {
				return nullOf(h)
			}
		}
		if !high.LessThan(MaxBreakevenHashpriceUSDPerPHDay) {
			return decimal.NullDecimal{}
		}
		// Each pass consumes at least the month at highKink: the sweep ends.
		low, lowKink = high, highKink
	}
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
// EBITDA is zero with the fleet running: (revenue − opex) / energy.
func (e evaluation) powerPriceBreakeven() decimal.NullDecimal {
	if !e.mining.energyMWh.IsPositive() {
		return decimal.NullDecimal{}
	}
	revenue := mul(e.mining.earnedPHDays, e.mk.hashprice[0])
	return nullOf(div(revenue.Sub(e.mining.opexUSD), e.mining.energyMWh))
}
