package model

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// validateFleet refuses a mining fleet larger than the network it mines on,
// in any month: its share of the blocks would exceed one, and it would mine
// more bitcoin than the network issues. The network is smallest in month 1
// when it grows, in month H when it shrinks. The hashrate of month m is the
// ledger's own: month 1's divided by the powers of the monthly growth factor
// the market uses (spec §1, §3).
func validateFleet(s Scenario, add func(error)) {
	for _, key := range []string{"site.power_mw", "mining.pue", "mining.efficiency_j_per_th",
		"bitcoin.network_hashrate_eh", "bitcoin.hashrate_growth_pct_per_year", "horizon_months"} {
		f, _ := FieldByKey(key)
		if value, _ := f.Decimal(&s); f.Check(value) != nil {
			return // out of its own range: Check has said so
		}
	}
	b := s.Bitcoin
	fleetPH := newMiningSite(s).fleetPH
	networkPH := b.NetworkHashrateEH.Mul(thousand)
	lowestMonth, shrink := 1, one // the network in lowestMonth is networkPH / shrink
	if b.HashrateGrowthPctPerYear.IsNegative() {
		lowestMonth = s.HorizonMonths
		inverse := div(one, monthlyFactor(b.HashrateGrowthPctPerYear))
		for range s.HorizonMonths - 1 {
			shrink = shrink.Mul(inverse).Round(places)
		}
	}
	if fleetPH.Mul(shrink).LessThanOrEqual(networkPH) {
		return
	}
	allowed := "at least the mining fleet's " + significant(fleetPH.Shift(-3)) +
		" EH/s (site.power_mw / mining.pue × 1000 / mining.efficiency_j_per_th) in every month"
	if lowestMonth > 1 {
		allowed += "; at bitcoin.hashrate_growth_pct_per_year = " + b.HashrateGrowthPctPerYear.String() +
			" the network falls to " + significant(div(b.NetworkHashrateEH, shrink)) + " EH/s in month " + strconv.Itoa(lowestMonth)
	}
	add(&FieldError{Key: "bitcoin.network_hashrate_eh", Value: briefNumber(b.NetworkHashrateEH), Allowed: allowed})
}

// significant writes a positive value to four significant digits for a
// message: 2.976, 0.01272, 19700, and 2.154e-91 where plain digits would
// run long.
func significant(v decimal.Decimal) string {
	magnitude := v.NumDigits() + int(v.Exponent()) - 1 // the power of ten of the first digit
	if magnitude < -4 || magnitude > 9 {
		return v.Shift(int32(-magnitude)).Round(3).String() + "e" + strconv.Itoa(magnitude)
	}
	return v.Round(int32(max(0, 3-magnitude))).String()
}
