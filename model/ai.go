package model

import "github.com/shopspring/decimal"

// aiLedger is the AI side of the pivot month by month (spec §5, §10, §11,
// §13): what its live phases bill, draw and cost, before any mining part and
// before prepayment credits.
type aiLedger struct {
	// rate is the month-1 rate in use: USD per GPU-hour, or per kW-month
	// (derived from the contract value when there is one).
	rate decimal.Decimal
	// billed[i] × rate is month i's revenue: the GPU-hours billed times the
	// rate's growth (GPU cloud), or the kW leased times occupancy, escalation
	// and the renewal weight (colocation). The rate break-even sums it.
	billed []decimal.Decimal
	// units[i] is billed[i] before the rate's growth or escalation: the
	// GPU-hours billed, or the kW leased × occupancy × the renewal weight.
	units []decimal.Decimal
	// energy[i] is the GPU cloud's draw in MWh (0 in colocation: passed through).
	energy               []decimal.Decimal
	revenue, power, opex []decimal.Decimal
	live                 []bool
}

func newAILedger(s Scenario, t timeline, mk market, plan pivotPlan) aiLedger {
	h := t.horizon
	led := aiLedger{
		billed:  make([]decimal.Decimal, h),
		units:   make([]decimal.Decimal, h),
		energy:  make([]decimal.Decimal, h),
		revenue: make([]decimal.Decimal, h),
		power:   make([]decimal.Decimal, h),
		opex:    make([]decimal.Decimal, h),
		live:    make([]bool, h),
	}
	if s.AI.Mode == ModeColocation {
		led.fillColocation(s, t, plan)
	} else {
		led.fillGPUCloud(s, t, mk, plan)
	}
	for i := range h {
		if led.live[i] {
			led.revenue[i] = mul(led.billed[i], led.rate)
		}
	}
	return led
}

// fillGPUCloud is spec §5's GPU cloud per phase (§10), with §13's firm-power
// premium and per-GPU-hour operations.
func (led *aiLedger) fillGPUCloud(s Scenario, t timeline, mk market, plan pivotPlan) {
	g := s.AI.GPU
	led.rate = g.RentalUSDPerGPUHour
	// spec §5: the rental market moves from month 1, whatever the phase.
	rateGrowth := growth(g.RentalGrowthPctPerYear, t.horizon)
	utilization := fraction(g.UtilizationPct)
	idle := fraction(g.IdlePowerPct)
	drawShare := idle.Add(one.Sub(idle).Mul(utilization))
	hourlyOpex := g.OpexUSDPerGPUHour.Mul(hoursPerMonth) // per installed GPU, every live month
	premium := s.AI.PowerPremiumUSDPerMWh
	var units, energy, opex decimal.Decimal
	plan.liveState(t.horizon, func(itMW, gpus decimal.Decimal) {
		units = gpus.Mul(hoursPerMonth).Mul(utilization)
		energy = gpus.Mul(g.KWPerGPU).Shift(-3).Mul(s.AI.PUE).Mul(hoursPerMonth).Mul(drawShare)
		opex = mul(s.AI.OpexUSDPerMWMonth, itMW)
		if !hourlyOpex.IsZero() {
			opex = opex.Add(gpus.Mul(hourlyOpex))
		}
	}, func(i int, live bool) {
		if !live {
			return
		}
		led.live[i] = true
		led.units[i] = units
		led.billed[i] = mul(units, rateGrowth[i])
		price := mk.powerPrice[i]
		if !premium.IsZero() {
			price = price.Add(premium)
		}
		led.energy[i] = energy
		led.power[i] = mul(energy, price)
		led.opex[i] = opex
	})
}

// fillColocation is spec §11's rent: rate × e(k) × occupancy × kW leased,
// weighted by the renewal probability after the term; power is passed through.
func (led *aiLedger) fillColocation(s Scenario, t timeline, plan pivotPlan) {
	c := s.AI.Colocation
	lease := newLeaseTerms(s, t.horizon)
	occupancy := fraction(c.OccupancyPct)
	renewal := fraction(c.RenewalPct)
	var leased, opex decimal.Decimal // kW leased × occupancy, and the opex of the live IT
	plan.liveState(t.horizon, func(itMW, _ decimal.Decimal) {
		leased = mul(itMW.Mul(thousand), occupancy)
		opex = mul(s.AI.OpexUSDPerMWMonth, itMW)
	}, func(i int, live bool) {
		if !live {
			return
		}
		led.live[i] = true
		// spec §17: one lease, escalating from L_1 for every phase.
		k := i + 1 - plan.firstLive
		led.units[i] = leased
		if c.TermMonths > 0 && k >= c.TermMonths && !renewal.Equal(one) {
			led.units[i] = mul(leased, renewal) // the expected rent after the term; opex runs on in full
		}
		led.billed[i] = mul(led.units[i], lease.escalation(k))
		led.opex[i] = opex
	})
	led.rate = c.RateUSDPerKWMonth
	if v := c.ContractValueUSD; v.Valid {
		led.rate = contractRate(v.Decimal, c.TermMonths, lease, plan, occupancy, t.horizon)
	}
}
