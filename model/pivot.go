package model

import "github.com/shopspring/decimal"

// pivotParts is the pivot's ledger before valuation: its mining share of the
// whole site in each month, its AI part and its prepayment credits.
type pivotParts struct {
	plan   pivotPlan
	shares []decimal.Decimal // the mining share of the whole site's ledger, [i]
	ai     aiLedger
	credit []decimal.Decimal // prepayment credit, [i]
}

func newPivotParts(s Scenario, t timeline, mk market) pivotParts {
	plan := newPivotPlan(s)
	return pivotParts{
		plan:   plan,
		shares: plan.miningShares(s, t.horizon),
		ai:     newAILedger(s, t, mk, plan),
		credit: prepaymentCredits(s, plan, t.horizon),
	}
}

// prepaymentCredits spreads spec §11's prepayment over the credit months
// from L_1 in equal parts, the last one taking the rounding so that the
// credits add up to the prepayment exactly.
func prepaymentCredits(s Scenario, plan pivotPlan, horizon int) []decimal.Decimal {
	credit := make([]decimal.Decimal, horizon)
	total := s.AI.PrepaymentUSD
	n := s.AI.PrepaymentCreditMonths
	if !total.IsPositive() || n <= 0 {
		return credit
	}
	part := div(total, decimal.NewFromInt(int64(n)))
	credited := zero
	for k := range n {
		i := plan.firstLive - 1 + k
		if i >= horizon { // a window past the horizon fails validation
			break
		}
		amount := part
		if k == n-1 {
			amount = total.Sub(credited)
		}
		credit[i] = amount
		credited = credited.Add(amount)
	}
	return credit
}

// rows is the pivot's monthly ledger (spec §10): the sum of its parts, the
// mining share of the whole site's row, the AI phases' row, revenue net of
// the prepayment credit.
func (p pivotParts) rows(mining []MonthRow) []MonthRow {
	rows := make([]MonthRow, len(mining))
	var sharedPower, sharedOpex product // the same every month at a flat power price and a constant share
	for i := range rows {
		var revenue, power, opex, mined decimal.Decimal
		running := false
		if share := p.shares[i]; !share.IsZero() {
			m := mining[i]
			revenue, power, opex, mined = m.RevenueUSD, m.PowerCostUSD, m.OpexUSD, m.BTCMined
			if !share.Equal(one) {
				revenue, mined = mul(revenue, share), mul(mined, share)
				power, opex = sharedPower.of(power, share), sharedOpex.of(opex, share)
			}
			running = m.Running
		}
		switch {
		case p.ai.live[i] && p.shares[i].IsZero():
			// The AI part alone, as every month of a whole-site conversion is.
			revenue, power, opex, running = p.ai.revenue[i], p.ai.power[i], p.ai.opex[i], true
		case p.ai.live[i]:
			revenue, power, opex = sumOf(revenue, p.ai.revenue[i]), sumOf(power, p.ai.power[i]), sumOf(opex, p.ai.opex[i])
			running = true
		}
		if c := p.credit[i]; !c.IsZero() {
			revenue = revenue.Sub(c)
		}
		rows[i] = newRow(i, revenue, power, opex, running)
		rows[i].BTCMined = mined
		rows[i].PrepaymentCreditUSD = p.credit[i]
	}
	return rows
}

// evaluatePivot values the pivot's rows (spec §10–§12).
func evaluatePivot(s Scenario, t timeline, site miningSite, p pivotParts, rows []MonthRow, disc []decimal.Decimal,
	terms *financeTerms) (Strategy, financeLedger) {
	plan := p.plan
	st := Strategy{
		ITMW:            plan.itMW,
		Mode:            s.AI.Mode,
		MiningMW:        plan.keptMW,
		CapexTiming:     s.AI.CapexTiming,
		FirstLiveMonth:  plan.firstLive,
		LastLiveMonth:   plan.lastLive,
		DiscountRatePct: pivotRatePct(s),
	}
	if s.AI.Mode == ModeColocation {
		st.ColoRateUSDPerKWMonth = nullOf(p.ai.rate)
	} else {
		st.GPUs = nullOf(plan.gpus)
	}
	st.Phases = make([]PhaseResult, len(plan.phases))
	residual := mul(site.residualUSD, plan.keptShare) // the kept MW's share; a conversion fleet has none
	for i, ph := range plan.phases {
		st.Phases[i] = PhaseResult{MW: ph.mw, Live: ph.date, LiveMonth: ph.live, ITMW: ph.itMW}
		if s.AI.Mode != ModeColocation {
			st.Phases[i].GPUs = nullOf(ph.gpus)
		}
		residual = residual.Add(ph.residualUSD)
	}
	pay := pivotPayments(s, plan, site, t)
	st.CapexUSD = pay.total()
	fin := finish(&st, rows, t, valuation{
		disc:       disc,
		payments:   pay,
		prepayment: s.AI.PrepaymentUSD,
		residual:   residual,
		multiple:   s.AI.ExitEVEBITDA,
		finance:    terms,
	}, plan.firstLive, s.Site.PowerMW)
	mined := newSum(st.BTCMined)
	for _, r := range rows {
		mined.add(r.BTCMined)
	}
	st.BTCMined = mined.decimal()
	// spec §12: the AI phases' own rows, revenue before credits, from L_last.
	// Their EBITDA is taken before credits too: a deal's run rate is quoted
	// on its rent, and the credit only returns cash received at signing.
	aiRows := make([]MonthRow, len(rows))
	start := plan.lastLive - 1
	for i := max(start, 0); i < min(start+12, len(aiRows)); i++ { // the months perITMWYear reads
		if p.ai.live[i] {
			aiRows[i] = MonthRow{RevenueUSD: p.ai.revenue[i], EBITDAUSD: difference(difference(p.ai.revenue[i], p.ai.power[i]), p.ai.opex[i])}
		}
	}
	st.RevenueUSDPerITMWYear, st.EBITDAUSDPerITMWYear = perITMWYear(aiRows, start, plan.itMW,
		func(r MonthRow) (decimal.Decimal, decimal.Decimal) { return r.RevenueUSD, r.EBITDAUSD })
	return st, fin
}
