package model

import "github.com/shopspring/decimal"

// mover moves one input to the low (high = false) or high end of its
// tornado range and reports the value it set.
type mover struct {
	label, key, unit string
	move             func(s Scenario, high bool) (Scenario, decimal.Decimal)
}

// tornadoMovers lists spec §9's inputs for the scenario's AI mode.
func tornadoMovers(s Scenario) []mover {
	colocation := s.AI.Mode == ModeColocation
	rateKey, driftKey, shareKey := "ai.gpu.rental_usd_per_gpu_hour", "ai.gpu.rental_growth_pct_per_year", "ai.gpu.utilization_pct"
	if colocation {
		rateKey, driftKey, shareKey = "ai.colocation.rate_usd_per_kw_month", "ai.colocation.escalator_pct_per_year", "ai.colocation.occupancy_pct"
	}
	list := []mover{
		byPercent("bitcoin.price_usd", "30"),
		byPoints("bitcoin.hashrate_growth_pct_per_year", "10"),
		{label: "Hashprice", key: "bitcoin.hashprice_usd_per_ph_day", unit: "$/PH/day",
			move: func(s Scenario, high bool) (Scenario, decimal.Decimal) {
				// ±30 % around the month-1 hashprice, set as the override (spec §3)
				h0 := newMarket(s, newTimeline(s)).hashprice[0]
				h := h0.Mul(one.Add(signed(d("0.3"), high)))
				return withHashprice(s, h), h
			}},
		byPercent("site.power_price_usd_per_mwh", "20"),
		byPercent("mining.capex_usd_per_th", "20"),
		byPercent(rateKey, "20"),
		byPoints(driftKey, "10"),
		byPoints(shareKey, "10"),
	}
	if !colocation {
		list = append(list, byPercent("ai.gpu.capex_usd_per_gpu", "20"))
	}
	return append(list,
		byPercent("ai.fitout_capex_usd_per_mw", "20"),
		byPoints("ai.conversion_months", "6"),
		byPoints("discount_rate_pct", "4"),
	)
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
// the floor the Monte Carlo uses too.
func fieldMover(key string, change func(decimal.Decimal, bool) decimal.Decimal) mover {
	f, _ := FieldByKey(key)
	return mover{label: f.Label, key: key, unit: f.Unit, move: func(s Scenario, high bool) (Scenario, decimal.Decimal) {
		v, _ := f.Decimal(&s)
		moved := change(v, high)
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
		f.SetDecimal(&s, moved)
		return s, moved
	}}
}
