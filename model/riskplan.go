package model

import (
	"math"

	"github.com/shopspring/decimal"
)

// riskPlan is the model of spec §4–§6 and §10–§14 reduced to float64
// constants, so that a Monte Carlo path costs a few hundred floating-point
// operations (spec §9 lets the risk views sample in float64). Every constant
// comes from the decimal model's own ledgers, so the two agree where they
// meet: with no volatility, a path is Evaluate. The pivot runs as planned:
// its phases, kept MW, capex timing, contract, prepayment, curtailment,
// rates and end values; with [finance], NPVs are after tax.
type riskPlan struct {
	horizon    int
	shutoff    bool
	colocation bool
	discMining []float64 // disc[m] = 1/(1+rm)^m at each strategy's rate
	discPivot  []float64

	// Market inputs the paths move. A path's BTC price is relative to
	// month 1's: the price itself may lie below what a float holds.
	powerPriceUSD                    float64
	priceGrowthPct, powerGrowthPct   float64
	hashrateGrowthPct, rateGrowthPct float64
	// minedRevenue[m-1] is the whole site's BTC revenue in a running month m
	// at month 1's BTC price and network hashrate, which a path scales by
	// its own price and hashrate. It is worked out in decimal: a tiny fleet
	// on a tiny network earns a finite amount, where float64's reward per
	// PH/s would be infinite and the fleet's PH/s zero.
	minedRevenue  []float64
	flatHashprice bool // an override with no derived path to follow (spec §3): minedRevenue is paid as it is

	// The whole site's mining ledger, per running month.
	miningEnergyMWh, miningCreditsUSD, miningOpexUSD float64

	// The pivot: its mining share of the site and its AI part per month.
	shares              []float64
	aiLive              []bool
	aiUnits             []float64 // GPU-hours billed, or kW leased × occupancy × renewal weight
	aiEnergyMWh, aiOpex []float64
	credit              []float64 // prepayment credit
	leaseMonth          []int     // k = m − L_1, for the lease's escalation
	annualSteps         bool
	rateUSD             float64 // the month-1 rate as entered (GPU), or the lease rate without a contract
	powerPremium        float64

	// A contract value re-derives the month-1 rate on every path, so that the
	// rent over the term is the contract's whatever escalator the path draws:
	// termKW[k] is the kW leased × occupancy in month L_1 + k of the term.
	contractUSD float64
	termKW      []float64

	// Fixed flows: capex (present value at each strategy's rate) and the
	// prepayment received at t = 0; the end values.
	miningCapexPV, pivotCapexPV float64
	prepayment                  float64
	miningEnd, pivotEnd         endValue

	// With a tax (spec §14), each strategy's unlevered tax on a path's
	// EBITDA, whose present value the path's NPV gives up; nil without.
	miningTax, pivotTax *riskTax
}

// endValue is a strategy's value at month H: the residual, or an exit
// multiple of its last n months' EBITDA × 12 / n (spec §12).
type endValue struct {
	residual, multiple float64
	n                  int
}

func (v endValue) of(ebitda []float64) float64 {
	if v.multiple <= 0 {
		return v.residual
	}
	t12 := 0.0
	for _, e := range ebitda[len(ebitda)-v.n:] {
		t12 += e
	}
	return max(0, v.multiple*t12*12/float64(v.n))
}

func newRiskPlan(s Scenario) riskPlan {
	e, res := evaluateLedgers(s)
	t, mk, led := e.t, e.mk, e.pivot.ai
	f := func(v decimal.Decimal) float64 { return v.InexactFloat64() }
	floats := func(values []decimal.Decimal) []float64 {
		out := make([]float64, len(values))
		for i, v := range values {
			out[i] = f(v)
		}
		return out
	}
	h := t.horizon
	n := min(12, h)
	p := riskPlan{
		horizon:           h,
		shutoff:           s.Mining.ShutoffWhenUnprofitable,
		colocation:        s.AI.Mode == ModeColocation,
		discMining:        floats(e.discMining),
		discPivot:         floats(e.discPivot),
		powerPriceUSD:     f(s.Site.PowerPriceUSDPerMWh),
		priceGrowthPct:    f(s.Bitcoin.PriceGrowthPctPerYear),
		powerGrowthPct:    f(s.Site.PowerPriceGrowthPctPerYear),
		hashrateGrowthPct: f(s.Bitcoin.HashrateGrowthPctPerYear),
		minedRevenue:      make([]float64, h),
		miningEnergyMWh:   f(e.mining.energyMWh),
		miningCreditsUSD:  f(e.mining.creditsUSD),
		miningOpexUSD:     f(e.mining.opexUSD),
		shares:            floats(e.pivot.shares),
		aiLive:            led.live,
		aiUnits:           floats(led.units),
		aiEnergyMWh:       floats(led.energy),
		aiOpex:            floats(led.opex),
		credit:            floats(e.pivot.credit),
		leaseMonth:        make([]int, h),
		annualSteps:       s.AI.Colocation.EscalatorStep == EscalateAnnual,
		rateUSD:           f(led.rate),
		powerPremium:      f(s.AI.PowerPremiumUSDPerMWh),
		prepayment:        f(s.AI.PrepaymentUSD),
		miningEnd:         endValue{multiple: f(s.Mining.ExitEVEBITDA), n: n},
		pivotEnd:          endValue{multiple: f(s.AI.ExitEVEBITDA), n: n},
	}
	capexPV := func(pay []CapexPayment, disc []float64) float64 {
		pv := 0.0
		for _, c := range pay {
			pv += f(c.AmountUSD) * disc[c.Month]
		}
		return pv
	}
	p.miningCapexPV = capexPV(res.Mining.CapexPayments, p.discMining)
	p.pivotCapexPV = capexPV(res.AI.CapexPayments, p.discPivot)
	// Without an exit multiple the end value is the residual, as Evaluate found it.
	p.miningEnd.residual, p.pivotEnd.residual = f(res.Mining.ResidualUSD), f(res.AI.ResidualUSD)
	if e.taxed() {
		// Capex, and so the depreciation, and the prepayment's credits are
		// the same on every path: only the EBITDA moves the tax.
		miningTax := newRiskTax(s.Finance, e.finMining.dep, nil, p.discMining)
		pivotTax := newRiskTax(s.Finance, e.finPivot.dep, e.pivot.credit, p.discPivot)
		p.miningTax, p.pivotTax = &miningTax, &pivotTax
	}

	for i := range h {
		p.leaseMonth[i] = i + 1 - e.pivot.plan.firstLive
	}
	p.minedRevenue, p.flatHashprice = minedRevenue(s, e.mining.earnedPHDays, mk.subsidy)
	if p.colocation {
		p.rateGrowthPct = f(s.AI.Colocation.EscalatorPctPerYear)
		if v := s.AI.Colocation.ContractValueUSD; v.Valid {
			p.contractUSD = f(v.Decimal)
			p.termKW = contractTermKW(s, e.pivot.plan, h)
		}
	} else {
		p.rateGrowthPct = f(s.AI.GPU.RentalGrowthPctPerYear)
	}
	return p
}

// minedRevenue is riskPlan.minedRevenue: earned PH-days × the hashprice of
// spec §3 at month 1's price and network, (subsidy_m + fees) × 144 × price
// / (hashrate × 1000); with an override, earned PH-days × the override ×
// the month's reward over month 1's, the path the override follows. When
// month 1 rewards nothing the override holds flat.
func minedRevenue(s Scenario, earnedPHDays decimal.Decimal, subsidy []decimal.Decimal) (out []float64, flat bool) {
	b := s.Bitcoin
	out = make([]float64, len(subsidy))
	firstReward := subsidy[0].Add(b.FeesBTCPerBlock)
	override := b.HashpriceOverrideUSDPerPHDay
	flat = override.Valid && !firstReward.IsPositive()
	perReward := div(mul(earnedPHDays, blocksADay.Mul(b.PriceUSD)), b.NetworkHashrateEH.Mul(thousand))
	if override.Valid && !flat {
		perReward = div(mul(earnedPHDays, override.Decimal), firstReward)
	}
	for i, sub := range subsidy {
		switch {
		case flat:
			out[i] = mul(earnedPHDays, override.Decimal).InexactFloat64()
		default:
			out[i] = mul(perReward, sub.Add(b.FeesBTCPerBlock)).InexactFloat64()
		}
	}
	return out, flat
}

// contractTermKW is the kW leased × occupancy in each month of the lease
// term from L_1 (every phase's past the horizon), as contractRate sums it.
func contractTermKW(s Scenario, plan pivotPlan, horizon int) []float64 {
	term := s.AI.Colocation.TermMonths
	occupancy := fraction(s.AI.Colocation.OccupancyPct).InexactFloat64()
	out := make([]float64, max(0, term))
	order := plan.byLive()
	next := 0
	kW := 0.0
	for k := range out {
		month := plan.firstLive + k
		if month > horizon {
			kW = plan.itMW.InexactFloat64() * 1000
		}
		for month <= horizon && next < len(order) && plan.phases[order[next]].live <= month {
			kW += plan.phases[order[next]].itMW.InexactFloat64() * 1000
			next++
		}
		out[k] = kW * occupancy
	}
	return out
}

// riskPath is one path's draws: the monthly BTC price (over month 1's) and
// power price, and the two growth rates of spec §9.
type riskPath struct {
	price, powerPrice             []float64
	hashrateGrowthPct, rateGrowth float64
	// scratch for the end values
	miningEBITDA, pivotEBITDA []float64
}

// leaseStep is the escalation from lease month k − 1 to k at a path's
// escalator: (1+g)^(1/12) every month, or 1+g on each anniversary.
func (p *riskPlan) leaseStep(monthly, yearly float64, k int) float64 {
	switch {
	case k <= 0:
		return 1
	case !p.annualSteps:
		return monthly
	case k%12 == 0:
		return yearly
	}
	return 1
}

// npvs runs the monthly model on one path and returns both NPVs.
func (p *riskPlan) npvs(path *riskPath) (miningNPV, aiNPV float64) {
	hashrateFactor := math.Pow(1+path.hashrateGrowthPct/100, 1.0/12)
	yearly := 1 + path.rateGrowth/100
	rateFactor := math.Pow(yearly, 1.0/12)
	rate := p.rateUSD
	if p.contractUSD > 0 {
		// spec §11 on the path's escalator: V / Σ_{k<T} e(k) × occupancy × kW.
		sum, e := 0.0, 1.0
		for k, kW := range p.termKW {
			e *= p.leaseStep(rateFactor, yearly, k)
			sum += e * kW
		}
		rate = 0
		if sum > 0 {
			rate = p.contractUSD / sum
		}
	}
	shrink := 1.0 // 1 / hashrate growth to date
	gpuGrowth := 1.0
	escalation := 1.0 // e(k) of the lease month
	miningNPV = -p.miningCapexPV
	aiNPV = p.prepayment - p.pivotCapexPV
	for i := range p.horizon {
		if i > 0 {
			shrink /= hashrateFactor
			gpuGrowth *= rateFactor // spec §5: GPU rates drift from month 1
		}
		escalation *= p.leaseStep(rateFactor, yearly, p.leaseMonth[i])
		revenue := p.minedRevenue[i]
		if !p.flatHashprice {
			revenue *= path.price[i] * shrink
		}
		revenue += p.miningCreditsUSD
		power := p.miningEnergyMWh * path.powerPrice[i]
		if p.shutoff && revenue < power {
			revenue, power = 0, 0
		}
		miningEBITDA := revenue - power - p.miningOpexUSD
		pivotEBITDA := p.shares[i]*miningEBITDA - p.credit[i]
		if p.aiLive[i] {
			var aiRevenue, aiPower float64
			if p.colocation {
				// spec §11: a lease escalates from its first live month.
				aiRevenue = p.aiUnits[i] * rate * escalation
			} else {
				aiRevenue = p.aiUnits[i] * rate * gpuGrowth
				aiPower = p.aiEnergyMWh[i] * (path.powerPrice[i] + p.powerPremium)
			}
			pivotEBITDA += aiRevenue - aiPower - p.aiOpex[i]
		}
		miningNPV += miningEBITDA * p.discMining[i+1]
		aiNPV += pivotEBITDA * p.discPivot[i+1]
		path.miningEBITDA[i], path.pivotEBITDA[i] = miningEBITDA, pivotEBITDA
	}
	miningNPV += p.miningEnd.of(path.miningEBITDA) * p.discMining[p.horizon]
	aiNPV += p.pivotEnd.of(path.pivotEBITDA) * p.discPivot[p.horizon]
	if p.miningTax != nil {
		miningNPV -= p.miningTax.presentValue(path.miningEBITDA)
		aiNPV -= p.pivotTax.presentValue(path.pivotEBITDA)
	}
	return miningNPV, aiNPV
}
