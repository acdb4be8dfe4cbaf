package model

import "github.com/shopspring/decimal"

// evaluation keeps the intermediate pieces of one Evaluate call that the
// break-even solvers, the heatmap and the tornado reuse.
type evaluation struct {
	s      Scenario
	t      timeline
	mk     market
	mining miningSite
	pivot  pivotParts
	// The discount factors of each strategy (spec §12).
	discMining, discPivot []decimal.Decimal
	// The finance layer's workings of each strategy, with [finance] (spec §14).
	finMining, finPivot financeLedger
}

// Evaluate runs the whole model of spec §3–§7 and §10–§15 on a scenario. The
// scenario must be valid (see Validate); Evaluate panics on one that is not,
// since a division by a zero power or hashrate has no meaningful answer.
func Evaluate(s Scenario) Result {
	e, res := evaluateLedgers(s)
	res.Breakeven = e.breakevens(res)
	res.Treasury = evaluateTreasury(s, res.Mining.CapexUSD, res.AI.CapexUSD)
	return res
}

// evaluateLedgers is Evaluate without the break-evens and the treasury: both
// ledgers, their valuation and the verdict.
func evaluateLedgers(s Scenario) (evaluation, Result) {
	e := evaluation{s: s}
	e.t = calendar(s)
	e.mk = newMarket(s, e.t)
	e.mining = newMiningSite(s)
	e.pivot = newPivotParts(s, e.t, e.mk)
	e.discMining, e.discPivot = strategyDiscounts(s)

	res := Result{
		Scenario:             s,
		HashpriceUSDPerPHDay: e.mk.hashprice[0],
		HalvingMonths:        e.mk.halvings,
	}
	miningRows := e.mining.rows(s, e.mk, e.t.horizon)
	pivotRows := e.pivot.rows(miningRows)
	fin := newFinanceTerms(s, e.discMining, e.discPivot)
	res.Mining, e.finMining = evaluateMining(s, e.t, e.mk, e.mining, miningRows, e.discMining, fin)
	res.AI, e.finPivot = evaluatePivot(s, e.t, e.mining, e.pivot, pivotRows, e.discPivot, fin)
	res.Verdict = verdict(res.Mining.NPVUSD, res.AI.NPVUSD)
	return e, res
}

// tieUSD is spec §6's margin: NPVs closer than a dollar are a tie.
var tieUSD = one

func verdict(miningNPV, aiNPV decimal.Decimal) Verdict {
	gap := aiNPV.Sub(miningNPV)
	switch {
	case gap.Abs().LessThan(tieUSD):
		// The advantage of a tie is the (sub-dollar) gap itself.
		return Verdict{Winner: WinnerTie, NPVAdvantageUSD: gap.Abs()}
	case gap.IsPositive():
		return Verdict{Winner: WinnerAI, NPVAdvantageUSD: gap}
	default:
		return Verdict{Winner: WinnerMining, NPVAdvantageUSD: gap.Neg()}
	}
}
