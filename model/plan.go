package model

import (
	"slices"

	"github.com/shopspring/decimal"
)

// phasePlan is one phase of the pivot (spec §10): its grid MW, its critical
// IT, its GPUs (GPU cloud) and what it costs the operator to build.
type phasePlan struct {
	mw, itMW decimal.Decimal
	gpus     decimal.Decimal // 0 in colocation
	live     int             // L_p: the first month of AI revenue, 1-based; past H only without explicit phases
	date     YearMonth
	// gpuCapexUSD and fitoutCapexUSD are what the operator pays for the
	// phase; the tenant's share of a colocation fit-out is left out (spec §11).
	gpuCapexUSD, fitoutCapexUSD decimal.Decimal
	residualUSD                 decimal.Decimal
}

// pivotPlan is the site as it will be if the pivot is carried out: its
// phases and the kept MW that mine throughout (spec §10).
type pivotPlan struct {
	phases []phasePlan
	keptMW decimal.Decimal
	// keptShare is K / site.power_mw, the kept MW's share of every figure
	// of the whole site's mining ledger.
	keptShare           decimal.Decimal
	firstLive, lastLive int
	itMW, gpus          decimal.Decimal
}

func newPivotPlan(s Scenario) pivotPlan {
	ai := s.AI
	var plan pivotPlan
	if len(ai.Phases) == 0 {
		mw := s.Site.PowerMW
		if ai.ConvertedMW.Valid {
			mw = ai.ConvertedMW.Decimal
		}
		plan.phases = []phasePlan{{mw: mw, live: ai.ConversionMonths + 1, date: s.Start.AddMonths(ai.ConversionMonths)}}
	} else {
		plan.phases = make([]phasePlan, len(ai.Phases))
		for i, p := range ai.Phases {
			plan.phases[i] = phasePlan{mw: p.MW, live: p.Live.MonthsSince(s.Start) + 1, date: p.Live}
		}
	}
	converted := zero
	operatorShare := one
	if ai.Mode == ModeColocation && !ai.Colocation.TenantCapexPct.IsZero() {
		operatorShare = one.Sub(fraction(ai.Colocation.TenantCapexPct))
	}
	plan.itMW, plan.gpus = zero, zero
	for i := range plan.phases {
		ph := &plan.phases[i]
		converted = converted.Add(ph.mw)
		ph.itMW = div(ph.mw, ai.PUE)
		fitout := mul(ai.FitoutCapexUSDPerMW, ph.itMW)
		if !operatorShare.Equal(one) {
			fitout = mul(fitout, operatorShare)
		}
		ph.fitoutCapexUSD = fitout
		// spec §11: the fit-out residual is a share of what the operator paid.
		ph.residualUSD = mul(fitout, fraction(ai.FitoutResidualPct))
		if ai.Mode != ModeColocation {
			// One division keeps an exact count exact: MW × 1000 / (pue × kW per GPU).
			ph.gpus = div(ph.mw.Mul(thousand), ai.PUE.Mul(ai.GPU.KWPerGPU)).Floor()
			ph.gpuCapexUSD = ph.gpus.Mul(ai.GPU.CapexUSDPerGPU)
			ph.residualUSD = ph.residualUSD.Add(mul(ph.gpuCapexUSD, fraction(ai.GPU.ResidualPct)))
		}
		plan.itMW = plan.itMW.Add(ph.itMW)
		plan.gpus = plan.gpus.Add(ph.gpus)
		if i == 0 || ph.live < plan.firstLive {
			plan.firstLive = ph.live
		}
		plan.lastLive = max(plan.lastLive, ph.live)
	}
	plan.keptMW = s.Site.PowerMW.Sub(converted)
	if plan.keptMW.IsPositive() {
		plan.keptShare = div(plan.keptMW, s.Site.PowerMW)
	}
	return plan
}

// byLive lists the phase indexes in the order they go live.
func (plan pivotPlan) byLive() []int {
	order := make([]int, len(plan.phases))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return plan.phases[a].live - plan.phases[b].live })
	return order
}

// liveState walks the months in order: whenever phases go live it calls
// change with the critical IT and GPUs live from then on, and then month
// with whether any phase is live.
func (plan pivotPlan) liveState(horizon int, change func(itMW, gpus decimal.Decimal), month func(i int, live bool)) {
	order := plan.byLive()
	next := 0
	itMW, gpus := zero, zero
	for i := range horizon {
		moved := false
		for next < len(order) && plan.phases[order[next]].live <= i+1 {
			ph := plan.phases[order[next]]
			itMW, gpus = itMW.Add(ph.itMW), gpus.Add(ph.gpus)
			next++
			moved = true
		}
		if moved {
			change(itMW, gpus)
		}
		month(i, next > 0)
	}
}

// miningShares is the pivot's mining share of the whole site in each month:
// the kept MW, plus, with mine_during_conversion, the MW of every phase not
// yet live (spec §10), over site.power_mw.
func (plan pivotPlan) miningShares(s Scenario, horizon int) []decimal.Decimal {
	shares := make([]decimal.Decimal, horizon)
	converting := zero
	if s.AI.MineDuringConversion {
		for _, ph := range plan.phases {
			converting = converting.Add(ph.mw)
		}
	}
	order := plan.byLive()
	next := 0
	share := zero
	for i := range shares {
		changed := i == 0
		for s.AI.MineDuringConversion && next < len(order) && plan.phases[order[next]].live <= i+1 {
			converting = converting.Sub(plan.phases[order[next]].mw)
			next++
			changed = true
		}
		if changed {
			switch mining := plan.keptMW.Add(converting); {
			case mining.IsZero():
				share = zero
			case mining.Equal(s.Site.PowerMW):
				share = one
			case converting.IsZero():
				share = plan.keptShare
			default:
				share = div(mining, s.Site.PowerMW)
			}
		}
		shares[i] = share
	}
	return shares
}
