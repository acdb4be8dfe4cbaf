package model

import "github.com/shopspring/decimal"

// miningSite is the fixed side of spec §4 and §13 for the whole site: the
// fleet its power buys and the per-month constants of its ledger. Every
// mining ledger of the model is this one scaled: the section 4 ledger is
// linear in the grid MW, so a part of P MW is the whole site's times
// P / site.power_mw, and shuts off in the same months (spec §10).
type miningSite struct {
	itMW          decimal.Decimal
	fleetPH       decimal.Decimal
	fleetTH       decimal.Decimal
	asicCapexUSD  decimal.Decimal
	infraCapexUSD decimal.Decimal
	capexUSD      decimal.Decimal
	residualUSD   decimal.Decimal
	// earnedPHDays is the billed PH-days of a running month:
	// fleet_ph × 30.4375 × uptime × (1 − curtailment) × (1 − pool fee).
	// BTC revenue = earnedPHDays × hashprice.
	earnedPHDays decimal.Decimal
	// energyMWh is a running month's draw: power_mw × 730.5 × uptime × (1 − curtailment).
	energyMWh decimal.Decimal
	// creditsUSD is what a running month earns besides bitcoin: curtailment
	// credits for the MWh not drawn and the demand-response payment (spec §13).
	creditsUSD decimal.Decimal
	opexUSD    decimal.Decimal
	// fullyCurtailed: at 100 % curtailment nothing is mined, so the cash
	// cost per BTC has no value (spec §17).
	fullyCurtailed bool
}

func newMiningSite(s Scenario) miningSite {
	m := s.Mining
	uptime := fraction(m.UptimePct)
	curtailed := fraction(m.CurtailmentPct)
	running := uptime // the share of the month the fleet draws and hashes
	if !curtailed.IsZero() {
		running = uptime.Mul(one.Sub(curtailed))
	}
	site := miningSite{
		itMW: div(s.Site.PowerMW, m.PUE),
		// One division keeps an exact fleet exact: power × 1000 / (pue × J/TH).
		fleetPH:        div(s.Site.PowerMW.Mul(thousand), m.PUE.Mul(m.EfficiencyJPerTH)),
		energyMWh:      s.Site.PowerMW.Mul(hoursPerMonth).Mul(running),
		opexUSD:        m.OpexUSDPerMWMonth.Mul(s.Site.PowerMW),
		infraCapexUSD:  m.InfrastructureCapexUSD,
		fullyCurtailed: curtailed.Equal(one),
	}
	// spec §13: credits = P × 730.5 × u × c × credit; demand response = rate × P.
	if !curtailed.IsZero() && !m.CurtailmentCreditUSDPerMWh.IsZero() {
		site.creditsUSD = s.Site.PowerMW.Mul(hoursPerMonth).Mul(uptime).Mul(curtailed).Mul(m.CurtailmentCreditUSDPerMWh)
	}
	if !m.DemandResponseUSDPerMWMonth.IsZero() {
		site.creditsUSD = site.creditsUSD.Add(m.DemandResponseUSDPerMWMonth.Mul(s.Site.PowerMW))
	}
	site.fleetTH = site.fleetPH.Mul(thousand)
	site.asicCapexUSD = mul(site.fleetTH, m.CapexUSDPerTH)
	site.capexUSD = site.asicCapexUSD.Add(m.InfrastructureCapexUSD)
	site.residualUSD = mul(site.asicCapexUSD, fraction(m.ResidualPct))
	site.earnedPHDays = mul(site.fleetPH, daysPerMonth.Mul(running).Mul(one.Sub(fraction(m.PoolFeePct))))
	return site
}

// row is month i's mining ledger (spec §4, §13). Revenue is bitcoin plus
// credits; with shutoff on, a month whose revenue falls below its power cost
// is off: no revenue, no credits, no power, opex paid. power remembers the
// last month's power cost: a flat power price costs the same every month.
func (site miningSite) row(s Scenario, mk market, i int, power *product) MonthRow {
	revenue := mul(site.earnedPHDays, mk.hashprice[i])
	if !site.creditsUSD.IsZero() {
		revenue = revenue.Add(site.creditsUSD)
	}
	cost := power.of(site.energyMWh, mk.powerPrice[i])
	mined := mul(site.earnedPHDays, mk.btcPerPHDay[i])
	running := !(s.Mining.ShutoffWhenUnprofitable && revenue.LessThan(cost))
	if !running {
		revenue, cost, mined = zero, zero, zero
	}
	row := newRow(i, revenue, cost, site.opexUSD, running)
	row.BTCMined = mined
	return row
}

// miningRows is the whole site's mining ledger, month by month.
func (site miningSite) rows(s Scenario, mk market, horizon int) []MonthRow {
	rows := make([]MonthRow, horizon)
	var power product
	for i := range rows {
		rows[i] = site.row(s, mk, i, &power)
	}
	return rows
}

func evaluateMining(s Scenario, t timeline, mk market, site miningSite, rows []MonthRow, disc []decimal.Decimal,
	terms *financeTerms) (Strategy, financeLedger) {
	st := Strategy{
		ITMW:            site.itMW,
		HashratePH:      site.fleetPH,
		MiningMW:        s.Site.PowerMW,
		CapexUSD:        site.capexUSD,
		DiscountRatePct: miningRatePct(s),
	}
	// The mining strategy pays for its fleet at t = 0 (spec §10).
	pay := newPayments(t.horizon)
	pay.add(0, CapexMining, site.capexUSD)
	fin := finish(&st, rows, t, valuation{
		disc:     disc,
		payments: pay,
		residual: site.residualUSD,
		multiple: s.Mining.ExitEVEBITDA,
		finance:  terms,
	}, 1, s.Site.PowerMW)
	mined := newSum(st.BTCMined)
	for _, r := range rows {
		mined.add(r.BTCMined)
	}
	st.BTCMined = mined.decimal()
	// spec §4, §13: month-1 unit costs, as if the fleet runs, net of credits.
	cashCost := mul(site.energyMWh, mk.powerPrice[0]).Add(site.opexUSD).Sub(site.creditsUSD)
	if minedAsIfOn := mul(site.earnedPHDays, mk.btcPerPHDay[0]); minedAsIfOn.IsPositive() {
		st.CashCostPerBTCUSD = div(cashCost, minedAsIfOn)
	}
	// A fleet with no uptime mines nothing: its cash cost per BTC is reported
	// as 0, as in part one; at 100 % curtailment spec §17 makes it null.
	st.CashCostPerBTCUndefined = site.fullyCurtailed
	st.HashcostUSDPerPHDay = div(cashCost, site.fleetPH.Mul(daysPerMonth))
	// spec §12: per IT MW, the first 12 months (annualised when fewer).
	st.RevenueUSDPerITMWYear, st.EBITDAUSDPerITMWYear = perITMWYear(rows, 0, site.itMW,
		func(r MonthRow) (decimal.Decimal, decimal.Decimal) { return r.RevenueUSD, r.EBITDAUSD })
	return st, fin
}
