package model

import "github.com/shopspring/decimal"

// aiSite is the fixed side of spec §5: the critical IT load, what it costs to
// build and what one live month bills and draws.
type aiSite struct {
	itMW        decimal.Decimal
	gpus        decimal.NullDecimal // gpu_cloud only
	capexUSD    decimal.Decimal
	residualUSD decimal.Decimal
	opexUSD     decimal.Decimal // per live month
	// billedUnits times the month's rate is a live month's revenue:
	// GPU-hours billed (gpu_cloud) or kW leased (colocation).
	billedUnits decimal.Decimal
	// energyMWh is a live month's draw (0 in colocation: power is passed through).
	energyMWh decimal.Decimal
	// rate is the month-by-month rate (USD per GPU-hour or per kW-month), [m-1],
	// rateGrowth its ratio to the rate entered.
	rate, rateGrowth []decimal.Decimal
}

func newAISite(s Scenario, t timeline) aiSite {
	ai := s.AI
	itMW := div(s.Site.PowerMW, ai.PUE)
	site := aiSite{itMW: itMW, opexUSD: mul(ai.OpexUSDPerMWMonth, itMW)}
	fitout := mul(ai.FitoutCapexUSDPerMW, itMW)
	fitoutResidual := mul(fitout, fraction(ai.FitoutResidualPct))
	switch ai.Mode {
	case ModeColocation:
		c := ai.Colocation
		site.capexUSD, site.residualUSD = fitout, fitoutResidual
		site.billedUnits = mul(itMW.Mul(thousand), fraction(c.OccupancyPct))
		// spec §5: the escalator runs from the first live month.
		escalation := growth(c.EscalatorPctPerYear, t.horizon)
		site.rateGrowth = make([]decimal.Decimal, t.horizon)
		for i := range site.rateGrowth {
			site.rateGrowth[i] = escalation[max(0, i-ai.ConversionMonths)]
		}
		site.rate = scaled(c.RateUSDPerKWMonth, site.rateGrowth)
	default:
		g := ai.GPU
		// One division keeps an exact count exact: power × 1000 / (pue × kW per GPU).
		gpus := div(s.Site.PowerMW.Mul(thousand), ai.PUE.Mul(g.KWPerGPU)).Floor()
		site.gpus = nullOf(gpus)
		gpuCapex := gpus.Mul(g.CapexUSDPerGPU)
		site.capexUSD = gpuCapex.Add(fitout)
		site.residualUSD = mul(gpuCapex, fraction(g.ResidualPct)).Add(fitoutResidual)
		utilization := fraction(g.UtilizationPct)
		site.billedUnits = gpus.Mul(hoursPerMonth).Mul(utilization)
		idle := fraction(g.IdlePowerPct)
		drawShare := idle.Add(one.Sub(idle).Mul(utilization))
		site.energyMWh = gpus.Mul(g.KWPerGPU).Shift(-3).Mul(ai.PUE).Mul(hoursPerMonth).Mul(drawShare)
		// spec §5: the rental market moves from month 1, during the build-out too.
		site.rateGrowth = growth(g.RentalGrowthPctPerYear, t.horizon)
		site.rate = scaled(g.RentalUSDPerGPUHour, site.rateGrowth)
	}
	return site
}

// scaled is value × factor for each month.
func scaled(value decimal.Decimal, factors []decimal.Decimal) []decimal.Decimal {
	out := make([]decimal.Decimal, len(factors))
	for i, f := range factors {
		out[i] = mul(value, f)
	}
	return out
}

// liveRow is month i's AI ledger once the conversion is done.
func (site aiSite) liveRow(mk market, i int) MonthRow {
	revenue := mul(site.billedUnits, site.rate[i])
	power := mul(site.energyMWh, mk.powerPrice[i])
	return newRow(i, revenue, power, site.opexUSD, true)
}

// evaluateAI builds the AI ledger. During the conversion months the site
// earns nothing, or, with mine_during_conversion, carries the mining ledger
// of the existing, paid-for fleet (spec §5); mining capex does not apply.
func evaluateAI(s Scenario, t timeline, mk market, site aiSite, mining []MonthRow) Strategy {
	rows := make([]MonthRow, t.horizon)
	for i := range rows {
		switch {
		case i >= s.AI.ConversionMonths:
			rows[i] = site.liveRow(mk, i)
		case s.AI.MineDuringConversion:
			rows[i] = mining[i]
		default:
			rows[i] = MonthRow{Month: i + 1}
		}
	}
	st := Strategy{
		ITMW:        site.itMW,
		GPUs:        site.gpus,
		Mode:        s.AI.Mode,
		CapexUSD:    site.capexUSD,
		ResidualUSD: site.residualUSD,
	}
	finish(&st, rows, t, s.AI.ConversionMonths+1, s.Site.PowerMW)
	return st
}
