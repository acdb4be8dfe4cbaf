package model

import "github.com/shopspring/decimal"

// miningSite is the fixed side of spec §4: the fleet a site's power buys and
// the per-month constants of its ledger.
type miningSite struct {
	itMW        decimal.Decimal
	fleetPH     decimal.Decimal
	fleetTH     decimal.Decimal
	capexUSD    decimal.Decimal
	residualUSD decimal.Decimal
	// earnedPHDays is the billed PH-days of a running month:
	// fleet_ph × 30.4375 × uptime × (1 − pool fee). Revenue = earnedPHDays × hashprice.
	earnedPHDays decimal.Decimal
	// energyMWh is a running month's draw: power_mw × 730.5 × uptime.
	energyMWh decimal.Decimal
	opexUSD   decimal.Decimal
}

func newMiningSite(s Scenario) miningSite {
	m := s.Mining
	site := miningSite{
		itMW: div(s.Site.PowerMW, m.PUE),
		// One division keeps an exact fleet exact: power × 1000 / (pue × J/TH).
		fleetPH:   div(s.Site.PowerMW.Mul(thousand), m.PUE.Mul(m.EfficiencyJPerTH)),
		energyMWh: s.Site.PowerMW.Mul(hoursPerMonth).Mul(fraction(m.UptimePct)),
		opexUSD:   m.OpexUSDPerMWMonth.Mul(s.Site.PowerMW),
	}
	site.fleetTH = site.fleetPH.Mul(thousand)
	asicCapex := mul(site.fleetTH, m.CapexUSDPerTH)
	site.capexUSD = asicCapex.Add(m.InfrastructureCapexUSD)
	site.residualUSD = mul(asicCapex, fraction(m.ResidualPct))
	site.earnedPHDays = mul(site.fleetPH, daysPerMonth.Mul(fraction(m.UptimePct)).Mul(one.Sub(fraction(m.PoolFeePct))))
	return site
}

// row is month i's mining ledger (spec §4). With shutoff on, a month whose
// revenue falls below its power cost is off: no revenue, no power, opex paid.
func (site miningSite) row(s Scenario, mk market, i int) MonthRow {
	revenue := mul(site.earnedPHDays, mk.hashprice[i])
	power := mul(site.energyMWh, mk.powerPrice[i])
	mined := mul(site.earnedPHDays, mk.btcPerPHDay[i])
	running := !(s.Mining.ShutoffWhenUnprofitable && revenue.LessThan(power))
	if !running {
		revenue, power, mined = zero, zero, zero
	}
	row := newRow(i, revenue, power, site.opexUSD, running)
	row.BTCMined = mined
	return row
}

func evaluateMining(s Scenario, t timeline, mk market, site miningSite) Strategy {
	rows := make([]MonthRow, t.horizon)
	for i := range rows {
		rows[i] = site.row(s, mk, i)
	}
	st := Strategy{
		ITMW:        site.itMW,
		HashratePH:  site.fleetPH,
		CapexUSD:    site.capexUSD,
		ResidualUSD: site.residualUSD,
	}
	finish(&st, rows, t, 1, s.Site.PowerMW)
	for _, r := range rows {
		st.BTCMined = st.BTCMined.Add(r.BTCMined)
	}
	// spec §4: month-1 unit costs, as if the fleet runs.
	cashCost := mul(site.energyMWh, mk.powerPrice[0]).Add(site.opexUSD)
	if minedAsIfOn := mul(site.earnedPHDays, mk.btcPerPHDay[0]); minedAsIfOn.IsPositive() {
		st.CashCostPerBTCUSD = div(cashCost, minedAsIfOn)
	}
	// A fleet with no uptime mines nothing: its cash cost per BTC is reported as 0.
	st.HashcostUSDPerPHDay = div(cashCost, site.fleetPH.Mul(daysPerMonth))
	return st
}
