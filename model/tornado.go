package model

import (
	"slices"

	"github.com/shopspring/decimal"
)

// mover moves one input to the low (high = false) or high end of its
// tornado range and reports the value it set.
type mover struct {
	label, key, unit string
	move             func(s Scenario, high bool) (Scenario, decimal.Decimal)
}

// tornadoMovers lists spec §9's inputs for the scenario, with the part-two
// inputs that move a real deal (issue: converted MW, contract value or lease
// rate, term and renewal, curtailment credit). Their ranges are readings:
// money inputs ±20 % like the spec's, the renewal probability ±20 points.
func tornadoMovers(s Scenario) []mover {
	colocation := s.AI.Mode == ModeColocation
	rateKey, shareKey := "ai.gpu.rental_usd_per_gpu_hour", "ai.gpu.utilization_pct"
	drift := byPoints("ai.gpu.rental_growth_pct_per_year", "10")
	if colocation {
		rateKey, shareKey = "ai.colocation.rate_usd_per_kw_month", "ai.colocation.occupancy_pct"
		// spec §9: a lease's escalator is contractual, so it moves ±2 points.
		drift = byPoints("ai.colocation.escalator_pct_per_year", "2")
	}
	if colocation && s.AI.Colocation.ContractValueUSD.Valid {
		rateKey = "ai.colocation.contract_value_usd" // the contract value sets the rate
	}
	list := []mover{
		byPercent("bitcoin.price_usd", "30"),
		byPoints("bitcoin.hashrate_growth_pct_per_year", "10"),
		{label: "Hashprice", key: "bitcoin.hashprice_usd_per_ph_day", unit: "$/PH/day",
			move: func(s Scenario, high bool) (Scenario, decimal.Decimal) {
				// ±30 % around the month-1 hashprice, set as the override (spec §3)
				h0 := newMarket(s, calendar(s)).hashprice[0]
				h := h0.Mul(one.Add(signed(d("0.3"), high)))
				return withHashprice(s, h), h
			}},
		byPercent("site.power_price_usd_per_mwh", "20"),
		byPercent("mining.capex_usd_per_th", "20"),
		byPercent(rateKey, "20"),
		drift,
		byPoints(shareKey, "10"),
	}
	if !colocation {
		list = append(list, byPercent("ai.gpu.capex_usd_per_gpu", "20"))
	}
	list = append(list, byPercent("ai.fitout_capex_usd_per_mw", "20"))
	if len(s.AI.Phases) > 0 {
		list = append(list, liveDatesMover("6"))
	} else {
		list = append(list, byPoints("ai.conversion_months", "6"))
	}
	list = append(list, discountRateMover("4"), convertedMover("20"))
	if colocation && s.AI.Colocation.TermMonths > 0 {
		list = append(list, termMover("20"), byPoints("ai.colocation.renewal_pct", "20"))
	}
	return append(list, byPercent("mining.curtailment_credit_usd_per_mwh", "20"))
}

// dropStill removes the bars whose range moves nothing: an input that does
// not bear on the answer (the ASIC price of a paid-for fleet) has no bar.
func dropStill(bars []TornadoBar) []TornadoBar {
	return slices.DeleteFunc(bars, func(b TornadoBar) bool { return b.Swing().IsZero() })
}

func signed(v decimal.Decimal, positive bool) decimal.Decimal {
	if positive {
		return v
	}
	return v.Neg()
}

// byPercent scales a field by ±pct percent.
func byPercent(key, pct string) mover {
	return fieldMover(key, func(v decimal.Decimal, high bool) decimal.Decimal {
		return v.Mul(one.Add(signed(fraction(d(pct)), high)))
	})
}

// byPoints shifts a field by ±points, kept inside its allowed range.
func byPoints(key, points string) mover {
	return fieldMover(key, func(v decimal.Decimal, high bool) decimal.Decimal {
		return v.Add(signed(d(points), high))
	})
}

// fieldMover applies a change to a field and clamps the result into the
// field's range; an exclusive bound (a growth rate's −100 %) clamps to −99,
// the floor the Monte Carlo uses too. An integer field moves by whole units.
func fieldMover(key string, change func(decimal.Decimal, bool) decimal.Decimal) mover {
	f, _ := FieldByKey(key)
	return mover{label: f.Label, key: key, unit: f.Unit, move: func(s Scenario, high bool) (Scenario, decimal.Decimal) {
		v, _ := f.Decimal(&s)
		moved := clampToField(f, change(v, high))
		f.SetDecimal(&s, moved)
		return s, moved
	}}
}

func clampToField(f Field, moved decimal.Decimal) decimal.Decimal {
	if f.Kind == KindInteger {
		moved = moved.Round(0)
	}
	if f.Check(moved) != nil {
		switch {
		case moved.LessThanOrEqual(f.Min) && f.MinExclusive:
			moved = f.Min.Add(one)
		case moved.LessThan(f.Min):
			moved = f.Min
		case moved.GreaterThan(f.Max):
			moved = f.Max
		}
	}
	return moved
}

// discountRateMover shifts every discount rate in effect by ±points: the
// scenario's and each strategy's own (spec §12), so that the bar moves
// whichever rates the valuation uses. It reports the scenario's rate.
func discountRateMover(points string) mover {
	f, _ := FieldByKey("discount_rate_pct")
	return mover{label: "Discount rate", key: f.Key, unit: f.Unit, move: func(s Scenario, high bool) (Scenario, decimal.Decimal) {
		shift := func(v decimal.Decimal) decimal.Decimal { return clampToField(f, v.Add(signed(d(points), high))) }
		s.DiscountRatePct = shift(s.DiscountRatePct)
		for _, r := range []*decimal.NullDecimal{&s.Mining.DiscountRatePct, &s.AI.DiscountRatePct} {
			if r.Valid {
				*r = nullOf(shift(r.Decimal))
			}
		}
		return s, s.DiscountRatePct
	}}
}

// convertedMover scales the converted MW by ±pct percent, at most the
// site's power: converted_mw without phases, every phase alike with them.
// It reports the converted MW.
func convertedMover(pct string) mover {
	return mover{label: "Converted MW", key: "ai.converted_mw", unit: "MW", move: func(s Scenario, high bool) (Scenario, decimal.Decimal) {
		factor := one.Add(signed(fraction(d(pct)), high))
		power := s.Site.PowerMW
		if len(s.AI.Phases) == 0 {
			converted := power
			if s.AI.ConvertedMW.Valid {
				converted = s.AI.ConvertedMW.Decimal
			}
			moved := decimal.Min(power, converted.Mul(factor))
			s.AI.ConvertedMW = nullOf(moved)
			return s, moved
		}
		total := zero
		for _, p := range s.AI.Phases {
			total = total.Add(p.MW)
		}
		if total.Mul(factor).GreaterThan(power) {
			factor = div(power, total)
		}
		phases := slices.Clone(s.AI.Phases)
		moved := zero
		for i := range phases {
			phases[i].MW = phases[i].MW.Mul(factor)
			moved = moved.Add(phases[i].MW)
		}
		s.AI.Phases = phases
		return s, moved
	}}
}

// liveDatesMover moves every phase's live month ±months, within the
// horizon: conversion months' ±6 (spec §9) for a phased plan. It reports
// the shift in months.
func liveDatesMover(months string) mover {
	return mover{label: "Live dates", key: "ai.phases.live", unit: "months", move: func(s Scenario, high bool) (Scenario, decimal.Decimal) {
		shift := int(signed(d(months), high).IntPart())
		first, last := s.Start, s.Start.AddMonths(s.HorizonMonths-1)
		phases := slices.Clone(s.AI.Phases)
		for i := range phases {
			live := phases[i].Live.AddMonths(shift)
			if live.Before(first) {
				live = first
			}
			if last.Before(live) {
				live = last
			}
			phases[i].Live = live
		}
		s.AI.Phases = phases
		return s, decimal.NewFromInt(int64(shift))
	}}
}

// termMover moves the lease term ±pct percent, in whole months, at least one.
func termMover(pct string) mover {
	f, _ := FieldByKey("ai.colocation.term_months")
	return mover{label: f.Label, key: f.Key, unit: f.Unit, move: func(s Scenario, high bool) (Scenario, decimal.Decimal) {
		v := decimal.NewFromInt(int64(s.AI.Colocation.TermMonths))
		moved := decimal.Max(one, clampToField(f, v.Mul(one.Add(signed(fraction(d(pct)), high)))))
		f.SetDecimal(&s, moved)
		return s, moved
	}}
}
