package market

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
)

const (
	// halvingInterval is the number of blocks between halvings.
	halvingInterval = 210_000
	// initialSubsidySats is the subsidy of the first era, 50 BTC.
	initialSubsidySats = 5_000_000_000
	// blockInterval is the network's target time between blocks.
	blockInterval = 10 * time.Minute
)

// SubsidyBTC is the block subsidy at a height, as the consensus rule
// computes it: 50 BTC in satoshis shifted right once per halving, so the
// subsidy rounds down to a whole satoshi and reaches zero after 33 halvings.
func SubsidyBTC(height int64) decimal.Decimal {
	halvings := height / halvingInterval
	if halvings >= 64 {
		return decimal.Zero
	}
	return decimal.New(initialSubsidySats>>halvings, -8)
}

// NextHalvingHeight is the first block after the tip that pays a halved
// subsidy.
func NextHalvingHeight(tip int64) int64 {
	return (tip/halvingInterval + 1) * halvingInterval
}

// HalvingMonth estimates the calendar month (UTC) in which the block at
// height is mined, counting 10 minutes a block from the tip at the given
// time. The month it falls in is the scenario's next_halving, "the first
// month paid at the reduced subsidy" (spec §2): the model pays a whole
// month at one subsidy, and the defaults date the April 2028 halving as
// 2028-04.
func HalvingMonth(tip, height int64, at time.Time) model.YearMonth {
	when := at.UTC().Add(time.Duration(height-tip) * blockInterval)
	return model.YearMonth{Year: when.Year(), Month: int(when.Month())}
}
