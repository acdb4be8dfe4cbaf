package market

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"
)

// snapshotJSON is a snapshot as the cache file and 'pivot-tui market
// --format json' write it: exact decimals as JSON numbers, units in the
// names, the scenario's names where a figure has one.
type snapshotJSON struct {
	Source                 string    `json:"source"`
	FetchedAt              time.Time `json:"fetched_at"`
	TipHeight              int64     `json:"tip_height"`
	Difficulty             rawNumber `json:"difficulty"`
	NetworkHashrateEH      rawNumber `json:"network_hashrate_eh"`
	FeesBTCPerBlock        rawNumber `json:"fees_btc_per_block"`
	FeeBlocks              int       `json:"fee_blocks"`
	PriceUSD               rawNumber `json:"price_usd"`
	YesterdayPriceUSD      rawNumber `json:"yesterday_price_usd"`
	BlockSubsidyBTC        rawNumber `json:"block_subsidy_btc"`
	NextHalvingHeight      int64     `json:"next_halving_height"`
	NextHalving            string    `json:"next_halving"`
	SubsidyAfterHalvingBTC rawNumber `json:"subsidy_after_halving_btc"`
}

func number(d decimal.Decimal) rawNumber { return rawNumber(d.String()) }

func (s Snapshot) MarshalJSON() ([]byte, error) {
	return json.Marshal(snapshotJSON{
		Source:                 s.Source,
		FetchedAt:              s.FetchedAt.UTC(),
		TipHeight:              s.TipHeight,
		Difficulty:             number(s.Difficulty),
		NetworkHashrateEH:      number(s.NetworkHashrateEH),
		FeesBTCPerBlock:        number(s.FeesBTCPerBlock),
		FeeBlocks:              s.FeeBlocks,
		PriceUSD:               number(s.PriceUSD),
		YesterdayPriceUSD:      number(s.YesterdayPriceUSD),
		BlockSubsidyBTC:        number(s.BlockSubsidyBTC),
		NextHalvingHeight:      s.NextHalvingHeight,
		NextHalving:            s.NextHalving.String(),
		SubsidyAfterHalvingBTC: number(s.SubsidyAfterHalvingBTC),
	})
}

// UnmarshalJSON reads the instance's figures back, checks them as a fresh
// answer is checked, and derives the rest again, so a snapshot read from a
// file is as sound as one fetched.
func (s *Snapshot) UnmarshalJSON(data []byte) error {
	var j snapshotJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	if j.Source == "" || j.FetchedAt.IsZero() {
		return errors.New("no source or no time")
	}
	var bad error
	read := func(field string, n rawNumber) decimal.Decimal {
		value, err := decimal.NewFromString(string(n))
		if err != nil && bad == nil {
			bad = fmt.Errorf("%q is %s, not a number", field, cmp.Or(oneLine(string(n), 40), "missing"))
		}
		return value
	}
	out := Snapshot{
		Source:            j.Source,
		FetchedAt:         j.FetchedAt.UTC(),
		TipHeight:         j.TipHeight,
		Difficulty:        read("difficulty", j.Difficulty),
		FeesBTCPerBlock:   read("fees_btc_per_block", j.FeesBTCPerBlock),
		FeeBlocks:         j.FeeBlocks,
		PriceUSD:          read("price_usd", j.PriceUSD),
		YesterdayPriceUSD: read("yesterday_price_usd", j.YesterdayPriceUSD),
	}
	if bad != nil {
		return bad
	}
	if err := out.check(); err != nil {
		return err
	}
	out.derive()
	*s = out
	return nil
}
