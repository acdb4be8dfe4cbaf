package model

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// market is the month-by-month Bitcoin and power environment both strategies face.
type market struct {
	powerPrice []decimal.Decimal // USD per MWh, month m at [m-1]
	subsidy    []decimal.Decimal // BTC per block
	// btcPerPHDay is the bitcoin one PH/s earns in a day:
	// (subsidy + fees) × 144 / (hashrate × 1000).
	btcPerPHDay []decimal.Decimal
	// hashprice is USD per PH/s per day, the override applied (spec §3).
	hashprice []decimal.Decimal
	// hashpriceRatio[m-1] is hashprice_m / hashprice_1, the path an override
	// of the month-1 hashprice follows (spec §3).
	hashpriceRatio []decimal.Decimal
	// halvings lists the projection months (1-based) where a halving takes effect.
	halvings []int
}

// subsidyAt is the block subsidy paid in a month (spec §3): the subsidy
// before the next halving, the halving reward from it on, halving again
// every 48 months.
func subsidyAt(b Bitcoin, month YearMonth) decimal.Decimal {
	if month.Before(b.NextHalving) {
		return b.BlockSubsidyBTC
	}
	subsidy := b.SubsidyAfterHalvingBTC
	for n := month.MonthsSince(b.NextHalving) / 48; n > 0 && !subsidy.IsZero(); n-- {
		subsidy = subsidy.Mul(half) // exact: a decimal halves without rounding
	}
	return subsidy
}

func newMarket(s Scenario, t timeline) market {
	h := t.horizon
	mk := market{
		powerPrice:     scaled(s.Site.PowerPriceUSDPerMWh, growth(s.Site.PowerPriceGrowthPctPerYear, h)),
		subsidy:        make([]decimal.Decimal, h),
		btcPerPHDay:    make([]decimal.Decimal, h),
		hashprice:      make([]decimal.Decimal, h),
		hashpriceRatio: make([]decimal.Decimal, h),
	}
	priceGrowth := growth(s.Bitcoin.PriceGrowthPctPerYear, h)
	// The network grows by a monthly factor; dividing by it is multiplying
	// by the powers of its inverse, which spares a division every month.
	// Extra places: the reciprocal of a large hashrate needs them to keep 20
	// significant digits.
	perPH := one.DivRound(s.Bitcoin.NetworkHashrateEH.Mul(thousand), places+12)
	shrink := powers(div(one, monthlyFactor(s.Bitcoin.HashrateGrowthPctPerYear)), h)
	var reward, firstReward, rewardRatio decimal.Decimal
	flatPrice := s.Bitcoin.PriceGrowthPctPerYear.IsZero() // every growth factor is 1: no need to multiply by it
	// The month's products are carried in coefficients, rounded in place as
	// round rounds; decimals are made of the figures kept only.
	perPHAt, priceAt := perPH.Coefficient(), s.Bitcoin.PriceUSD.Coefficient()
	var rewardAt, ratioAt *big.Int
	var perPHNow, btc, price, hashprice, ratio, ratioGrown big.Int
	for i := range h {
		mk.subsidy[i] = subsidyAt(s.Bitcoin, t.dates[i])
		if isHalving(s.Bitcoin, t.dates[i]) {
			mk.halvings = append(mk.halvings, i+1)
		}
		// The reward changes only with the subsidy, at a halving.
		if i == 0 || !mk.subsidy[i].Equal(mk.subsidy[i-1]) {
			reward = mk.subsidy[i].Add(s.Bitcoin.FeesBTCPerBlock).Mul(blocksADay) // BTC a day to the whole network
			if i == 0 {
				firstReward = reward
			}
			rewardRatio = one
			if firstReward.IsPositive() {
				rewardRatio = div(reward, firstReward)
			}
			rewardAt, ratioAt = reward.Coefficient(), rewardRatio.Coefficient()
		}
		shrinkAt, shrinkExp := shrink[i].Coefficient(), shrink[i].Exponent()
		var growthAt *big.Int
		var growthExp int32
		if !flatPrice {
			growthAt, growthExp = priceGrowth[i].Coefficient(), priceGrowth[i].Exponent()
		}
		// spec §3: hashprice = (subsidy + fees) × 144 × price / (hashrate × 1000):
		// reward × round(perPH × shrink, places + 4), times price × growth,
		// rounded.
		roundCoefficient(perPHNow.Mul(perPHAt, shrinkAt), perPH.Exponent()+shrinkExp, places+4)
		btc.Mul(rewardAt, &perPHNow)
		btcExp := reward.Exponent() - (places + 4)
		mk.btcPerPHDay[i] = decimal.NewFromBigInt(&btc, btcExp)
		priceNow, priceExp := priceAt, s.Bitcoin.PriceUSD.Exponent()
		if !flatPrice {
			priceNow, priceExp = price.Mul(priceAt, growthAt), priceExp+growthExp
		}
		roundCoefficient(hashprice.Mul(&btc, priceNow), btcExp+priceExp, places)
		mk.hashprice[i] = decimal.NewFromBigInt(&hashprice, -places)
		// The ratio to month 1, which an override follows: round(ratio ×
		// growth × shrink, places). Where the derived month 1 is zero there is
		// no path to follow and the override holds flat.
		mk.hashpriceRatio[i] = one
		if firstReward.IsPositive() {
			ratioNow, ratioExp := ratioAt, rewardRatio.Exponent()
			if !flatPrice {
				ratioNow, ratioExp = ratioGrown.Mul(ratioAt, growthAt), ratioExp+growthExp
			}
			roundCoefficient(ratio.Mul(ratioNow, shrinkAt), ratioExp+shrinkExp, places)
			mk.hashpriceRatio[i] = decimal.NewFromBigInt(&ratio, -places)
		}
	}
	if override := s.Bitcoin.HashpriceOverrideUSDPerPHDay; override.Valid {
		mk.hashprice = scaled(override.Decimal, mk.hashpriceRatio)
	}
	return mk
}

// isHalving reports whether a halving takes effect in the given month.
func isHalving(b Bitcoin, month YearMonth) bool {
	since := month.MonthsSince(b.NextHalving)
	return since >= 0 && since%48 == 0
}
