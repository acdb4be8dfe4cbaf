package market

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
)

// Snapshot is the market at one moment, as one instance reported it.
type Snapshot struct {
	Source    string    // the instance's base URL
	FetchedAt time.Time // when the answers came in (UTC)

	TipHeight  int64
	Difficulty decimal.Decimal
	// NetworkHashrateEH is the hashrate the difficulty implies, EH/s.
	NetworkHashrateEH decimal.Decimal
	// FeesBTCPerBlock is the mean fees of the last day's FeeBlocks blocks.
	FeesBTCPerBlock decimal.Decimal
	FeeBlocks       int
	PriceUSD        decimal.Decimal
	// YesterdayPriceUSD is the instance's price a day before FetchedAt.
	YesterdayPriceUSD decimal.Decimal

	// From the tip height.
	BlockSubsidyBTC        decimal.Decimal
	NextHalvingHeight      int64
	NextHalving            model.YearMonth // estimated at 10 minutes a block
	SubsidyAfterHalvingBTC decimal.Decimal
}

var (
	// hashesPerDifficulty is 2^32: the hashes a block takes at difficulty 1.
	hashesPerDifficulty = decimal.NewFromInt(1 << 32)
	// hashesPerEHPerBlock is 10^18 hashes a second for the 600 seconds a block.
	hashesPerEHPerBlock = decimal.New(600, 18)
)

// hashratePlaces keeps the hashrate to 0.001 EH/s, a PH/s: far finer than
// the difficulty measures it, and enough for the hashprice to the cent.
const hashratePlaces = 3

// feePlaces keeps fees to the satoshi.
const feePlaces = 8

// hashrateEH is the network hashrate a difficulty implies: a block takes
// difficulty × 2^32 hashes on average, one every 600 seconds.
func hashrateEH(difficulty decimal.Decimal) decimal.Decimal {
	return difficulty.Mul(hashesPerDifficulty).DivRound(hashesPerEHPerBlock, hashratePlaces)
}

// derive works out the hashrate and the halving figures from the
// instance's answers.
func (s *Snapshot) derive() {
	s.NetworkHashrateEH = hashrateEH(s.Difficulty)
	s.BlockSubsidyBTC = SubsidyBTC(s.TipHeight)
	s.NextHalvingHeight = NextHalvingHeight(s.TipHeight)
	s.NextHalving = HalvingMonth(s.TipHeight, s.NextHalvingHeight, s.FetchedAt)
	s.SubsidyAfterHalvingBTC = SubsidyBTC(s.NextHalvingHeight)
}

// priceJump is how many times yesterday's price (or what fraction of it) a
// price may not reach: no day in Bitcoin's history came near it, so such a
// price is a broken feed, not a market.
var priceJump = decimal.NewFromInt(100)

// check refuses a snapshot whose figures cannot be the market's, as the
// checks of each answer would have (a cache file may have been edited).
func (s Snapshot) check() error {
	for _, err := range []error{
		checkTipHeight(s.TipHeight),
		checkDifficulty(s.Difficulty),
		checkFees(s.FeesBTCPerBlock, s.FeeBlocks),
		checkPrice(s.PriceUSD),
		checkYesterdayPrice(s.YesterdayPriceUSD),
		checkPriceJump(s.PriceUSD, s.YesterdayPriceUSD),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

func checkTipHeight(tip int64) error {
	if tip <= 0 {
		return fmt.Errorf("a tip height of %d is not a chain", tip)
	}
	return nil
}

// checkDifficulty refuses a difficulty of zero, which the backend sends when
// its Bitcoin Core does not answer.
func checkDifficulty(difficulty decimal.Decimal) error {
	if !difficulty.IsPositive() {
		return fmt.Errorf("a difficulty of %s is not a network (is the instance's Bitcoin Core running?)", difficulty)
	}
	return nil
}

func checkFees(feesBTC decimal.Decimal, blocks int) error {
	switch {
	case blocks <= 0:
		return fmt.Errorf("no blocks in the last day to average the fees over")
	case feesBTC.IsNegative():
		return fmt.Errorf("fees of %s BTC a block are not fees", feesBTC)
	}
	return nil
}

// checkPrice refuses a price of zero or less: an instance without a price
// feed sends -1.
func checkPrice(price decimal.Decimal) error {
	if !price.IsPositive() {
		return fmt.Errorf("a BTC price of %s USD is not a price (does the instance have a price feed?)", price)
	}
	return nil
}

func checkYesterdayPrice(price decimal.Decimal) error {
	if !price.IsPositive() {
		return fmt.Errorf("yesterday's BTC price of %s USD is not a price (does the instance keep a price history?)", price)
	}
	return nil
}

func checkPriceJump(price, yesterday decimal.Decimal) error {
	switch {
	case price.GreaterThanOrEqual(yesterday.Mul(priceJump)):
		return fmt.Errorf("a BTC price of %s USD is a hundred times yesterday's %s or more: the price feed is broken", price, yesterday)
	case price.Mul(priceJump).LessThanOrEqual(yesterday):
		return fmt.Errorf("a BTC price of %s USD is a hundredth of yesterday's %s or less: the price feed is broken", price, yesterday)
	}
	return nil
}
