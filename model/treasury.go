package model

import "github.com/shopspring/decimal"

// evaluateTreasury is spec §7: the BTC-backed loan before and after selling
// BTC, and how much of each strategy's capex the leftover cash covers.
func evaluateTreasury(s Scenario, miningCapex, aiCapex decimal.Decimal) *TreasuryResult {
	if !s.HasTreasury {
		return nil
	}
	tr := s.Treasury
	price := s.Bitcoin.PriceUSD
	res := &TreasuryResult{}
	res.LTVPct, res.MarginCallPriceUSD, res.LiquidationPriceUSD = loanFigures(tr.LoanUSD, tr.BTCHeld, price, tr)

	res.ProceedsUSD = tr.BTCToSell.Mul(price)
	res.RepaidUSD = decimal.Min(res.ProceedsUSD, tr.LoanUSD)
	res.CashUSD = res.ProceedsUSD.Sub(res.RepaidUSD)
	loanAfter, heldAfter := loanAfterSale(s)
	res.LTVAfterPct, res.MarginCallPriceAfterUSD, res.LiquidationPriceAfterUSD = loanFigures(loanAfter, heldAfter, price, tr)
	res.FirstMarginCallMonth, res.FirstLiquidationMonth = firstBreachMonths(s, loanAfter, heldAfter)

	res.MiningCapexCoveredPct = capexCovered(res.CashUSD, miningCapex)
	res.AICapexCoveredPct = capexCovered(res.CashUSD, aiCapex)
	return res
}

// loanAfterSale is the loan and the BTC holding once btc_to_sell is sold at
// spot and its proceeds repay the loan (spec §7).
func loanAfterSale(s Scenario) (loan, held decimal.Decimal) {
	tr := s.Treasury
	repaid := decimal.Min(tr.BTCToSell.Mul(s.Bitcoin.PriceUSD), tr.LoanUSD)
	return tr.LoanUSD.Sub(repaid), tr.BTCHeld.Sub(tr.BTCToSell)
}

// loanFigures gives the LTV in percent and the BTC prices at which the margin
// call and the liquidation trigger; spec §7 makes all three null where the
// loan or the holding is 0.
func loanFigures(loan, held, price decimal.Decimal, tr Treasury) (ltvPct, marginCall, liquidation decimal.NullDecimal) {
	if !held.IsPositive() || !loan.IsPositive() {
		return
	}
	ltvPct = nullOf(div(loan.Mul(hundred), held.Mul(price)))
	// price at which loan / (held × price) reaches the threshold LTV
	marginCall = nullOf(div(loan, held.Mul(fraction(tr.MarginCallLTVPct))))
	liquidation = nullOf(div(loan, held.Mul(fraction(tr.LiquidationLTVPct))))
	return
}

// capexCovered is min(100, cash / capex × 100), and 100 when there is no capex.
func capexCovered(cash, capex decimal.Decimal) decimal.Decimal {
	if !capex.IsPositive() {
		return hundred
	}
	return decimal.Min(hundred, div(cash.Mul(hundred), capex))
}
