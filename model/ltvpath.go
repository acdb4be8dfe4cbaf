package model

import "github.com/shopspring/decimal"

// LTVPathPct is spec §15's loan-to-value of the loan left after the sale,
// month by month on the deterministic price path of section 3: [m-1] holds
// month m's, loan_after / (btc_after × price_m), in percent. It is nil
// without a treasury, without a loan left or without BTC to back it (spec
// §17), as TreasuryResult's first months are 0 then. The dashboard draws it
// against the margin-call and liquidation lines; Evaluate does not need it,
// so it is worked out only when asked for.
func LTVPathPct(s Scenario) []decimal.Decimal {
	if !s.HasTreasury {
		return nil
	}
	loan, held := loanAfterSale(s)
	if !loan.IsPositive() || !held.IsPositive() {
		return nil
	}
	path := make([]decimal.Decimal, s.HorizonMonths)
	for i, g := range growth(s.Bitcoin.PriceGrowthPctPerYear, s.HorizonMonths) {
		path[i] = div(loan.Mul(hundred), held.Mul(mul(s.Bitcoin.PriceUSD, g)))
	}
	return path
}
