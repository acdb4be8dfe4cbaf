package model

import "math"

// riskPlan is the model of spec §4–§6 reduced to float64 constants, so that a
// Monte Carlo path costs a few hundred floating-point operations (spec §9 lets
// the risk views sample in float64). Every constant comes from the decimal
// model's own site and market figures, so the two agree where they meet.
type riskPlan struct {
	horizon    int
	conversion int // AI conversion months (no AI revenue)
	mineDuring bool
	shutoff    bool
	colocation bool
	disc       []float64 // disc[m] = 1/(1+rm)^m

	// Market inputs the paths move.
	priceUSD, powerPriceUSD          float64
	priceGrowthPct, powerGrowthPct   float64
	hashrateGrowthPct, rateGrowthPct float64
	rewardPerPH                      []float64 // (subsidy_m + fees) × 144 / network PH/s in month 1
	hashpriceScale                   float64   // override / derived month-1 hashprice; 1 without an override
	flatHashprice                    bool      // an override with no derived path to follow (spec §3)
	overrideUSD                      float64

	// Mining, per running month.
	earnedPHDays, miningEnergyMWh, miningOpexUSD float64
	miningCapexUSD, miningResidualUSD            float64

	// AI, per live month.
	billedUnits, aiEnergyMWh, aiOpexUSD float64
	rateUSD                             float64
	aiCapexUSD, aiResidualUSD           float64
}

func newRiskPlan(s Scenario) riskPlan {
	t := newTimeline(s)
	mk := newMarket(s, t)
	mining := newMiningSite(s)
	ai := newAISite(s, t)
	f := func(v interface{ InexactFloat64() float64 }) float64 { return v.InexactFloat64() }
	p := riskPlan{
		horizon:           t.horizon,
		conversion:        s.AI.ConversionMonths,
		mineDuring:        s.AI.MineDuringConversion,
		shutoff:           s.Mining.ShutoffWhenUnprofitable,
		colocation:        s.AI.Mode == ModeColocation,
		disc:              make([]float64, len(t.disc)),
		priceUSD:          f(s.Bitcoin.PriceUSD),
		powerPriceUSD:     f(s.Site.PowerPriceUSDPerMWh),
		priceGrowthPct:    f(s.Bitcoin.PriceGrowthPctPerYear),
		powerGrowthPct:    f(s.Site.PowerPriceGrowthPctPerYear),
		hashrateGrowthPct: f(s.Bitcoin.HashrateGrowthPctPerYear),
		hashpriceScale:    1,
		rewardPerPH:       make([]float64, t.horizon),
		earnedPHDays:      f(mining.earnedPHDays),
		miningEnergyMWh:   f(mining.energyMWh),
		miningOpexUSD:     f(mining.opexUSD),
		miningCapexUSD:    f(mining.capexUSD),
		miningResidualUSD: f(mining.residualUSD),
		billedUnits:       f(ai.billedUnits),
		aiEnergyMWh:       f(ai.energyMWh),
		aiOpexUSD:         f(ai.opexUSD),
		aiCapexUSD:        f(ai.capexUSD),
		aiResidualUSD:     f(ai.residualUSD),
	}
	for i, v := range t.disc {
		p.disc[i] = f(v)
	}
	networkPH := f(s.Bitcoin.NetworkHashrateEH) * 1000
	fees := f(s.Bitcoin.FeesBTCPerBlock)
	for i := range p.rewardPerPH {
		p.rewardPerPH[i] = (f(mk.subsidy[i]) + fees) * 144 / networkPH
	}
	if p.colocation {
		p.rateUSD = f(s.AI.Colocation.RateUSDPerKWMonth)
		p.rateGrowthPct = f(s.AI.Colocation.EscalatorPctPerYear)
	} else {
		p.rateUSD = f(s.AI.GPU.RentalUSDPerGPUHour)
		p.rateGrowthPct = f(s.AI.GPU.RentalGrowthPctPerYear)
	}
	if override := s.Bitcoin.HashpriceOverrideUSDPerPHDay; override.Valid {
		p.overrideUSD = f(override.Decimal)
		derivedFirst := p.rewardPerPH[0] * p.priceUSD
		if derivedFirst > 0 {
			p.hashpriceScale = p.overrideUSD / derivedFirst
		} else {
			p.flatHashprice = true
		}
	}
	return p
}

// riskPath is one path's draws: the monthly BTC and power prices and the
// two growth rates of spec §9.
type riskPath struct {
	price, powerPrice             []float64
	hashrateGrowthPct, rateGrowth float64
}

// npvs runs the monthly model on one path and returns both NPVs.
func (p *riskPlan) npvs(path *riskPath) (miningNPV, aiNPV float64) {
	hashrateFactor := math.Pow(1+path.hashrateGrowthPct/100, 1.0/12)
	rateFactor := math.Pow(1+path.rateGrowth/100, 1.0/12)
	shrink := 1.0 // 1 / hashrate growth to date
	rate := p.rateUSD
	miningNPV = -p.miningCapexUSD
	aiNPV = -p.aiCapexUSD
	for i := range p.horizon {
		if i > 0 {
			shrink /= hashrateFactor
			// spec §5: GPU rates drift from month 1; a lease escalates from its first live month.
			if !p.colocation || i > p.conversion {
				rate *= rateFactor
			}
		}
		hashprice := p.rewardPerPH[i] * path.price[i] * shrink * p.hashpriceScale
		if p.flatHashprice {
			hashprice = p.overrideUSD
		}
		revenue := p.earnedPHDays * hashprice
		power := p.miningEnergyMWh * path.powerPrice[i]
		if p.shutoff && revenue < power {
			revenue, power = 0, 0
		}
		miningEBITDA := revenue - power - p.miningOpexUSD
		disc := p.disc[i+1]
		miningNPV += miningEBITDA * disc
		switch {
		case i >= p.conversion:
			aiNPV += (p.billedUnits*rate - p.aiEnergyMWh*path.powerPrice[i] - p.aiOpexUSD) * disc
		case p.mineDuring:
			aiNPV += miningEBITDA * disc
		}
	}
	last := p.disc[p.horizon]
	return miningNPV + p.miningResidualUSD*last, aiNPV + p.aiResidualUSD*last
}
