package model

import "github.com/shopspring/decimal"

// CapexClass is an asset class of capex, as a depreciation schedule groups
// them (spec §14): ASICs with mining infrastructure, GPUs, fit-out.
type CapexClass string

const (
	CapexMining CapexClass = "mining" // ASICs and mining infrastructure
	CapexGPU    CapexClass = "gpu"
	CapexFitout CapexClass = "fitout"
)

// CapexPayment is one capex payment: its class and when it is paid, month 0
// standing for t = 0 (before month 1) and month m for the end of month m.
type CapexPayment struct {
	Month     int
	Class     CapexClass
	AmountUSD decimal.Decimal
}

// payments collects a strategy's capex payments and their monthly totals.
type payments struct {
	list    []CapexPayment
	byMonth []decimal.Decimal // [0..H]: 0 is t = 0
}

func newPayments(horizon int) *payments {
	p := &payments{byMonth: make([]decimal.Decimal, horizon+1)}
	return p
}

// add records a payment; a payment of zero is left out. Months before 1 are
// paid at t = 0, months past the horizon at its end (spec §10, §17).
func (p *payments) add(month int, class CapexClass, amount decimal.Decimal) {
	if amount.IsZero() {
		return
	}
	month = max(0, min(month, len(p.byMonth)-1))
	// Merge with a payment of the same class and month, so that the list stays short.
	for i := range p.list {
		if p.list[i].Month == month && p.list[i].Class == class {
			p.list[i].AmountUSD = p.list[i].AmountUSD.Add(amount)
			p.byMonth[month] = p.byMonth[month].Add(amount)
			return
		}
	}
	p.list = append(p.list, CapexPayment{Month: month, Class: class, AmountUSD: amount})
	p.byMonth[month] = p.byMonth[month].Add(amount)
}

// total is every payment, whenever paid.
func (p *payments) total() decimal.Decimal {
	sum := zero
	for _, v := range p.byMonth {
		sum = sum.Add(v)
	}
	return sum
}

// pivotPayments is spec §10's capex timing for the pivot: the kept MW's
// fleet and any conversion fleet to buy at t = 0; each phase's GPUs and its
// operator's share of the fit-out at t = 0 (upfront) or over its build.
func pivotPayments(s Scenario, plan pivotPlan, site miningSite, t timeline) *payments {
	pay := newPayments(t.horizon)
	power := s.Site.PowerMW
	if plan.keptMW.IsPositive() {
		pay.add(0, CapexMining, mul(site.capexUSD, plan.keptShare))
	}
	build := s.AI.CapexTiming == CapexBuild
	for _, ph := range plan.phases {
		// spec §10, §17: a fleet that mines until its phase is live is bought
		// like the mining strategy's (ASICs only); a phase live in month 1 has none.
		if s.AI.MineDuringConversion && ph.live > 1 && site.asicCapexUSD.IsPositive() {
			pay.add(0, CapexMining, mul(site.asicCapexUSD, div(ph.mw, power)))
		}
		gpuMonth := 0
		if build {
			gpuMonth = ph.live - 1
		}
		pay.add(gpuMonth, CapexGPU, ph.gpuCapexUSD)
		if !build {
			pay.add(0, CapexFitout, ph.fitoutCapexUSD)
			continue
		}
		// build_months equal parts at the ends of months L − b … L − 1.
		b := s.AI.BuildMonths
		part := div(ph.fitoutCapexUSD, decimal.NewFromInt(int64(b)))
		paid := zero
		for k := range b {
			amount := part
			if k == b-1 {
				amount = ph.fitoutCapexUSD.Sub(paid) // the last part takes the rounding, so the parts add up exactly
			}
			paid = paid.Add(amount)
			pay.add(ph.live-b+k, CapexFitout, amount)
		}
	}
	return pay
}
