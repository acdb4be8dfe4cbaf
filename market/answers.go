package market

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"github.com/shopspring/decimal"
)

// The answers' shapes, as the documentation shows them (see endpoints.go).
type (
	hashrateAnswer struct {
		CurrentDifficulty rawNumber `json:"currentDifficulty"`
	}
	blockFeesAnswer []struct {
		AvgHeight rawNumber `json:"avgHeight"`
		AvgFees   rawNumber `json:"avgFees"`
	}
	pricesAnswer struct {
		USD rawNumber `json:"USD"`
	}
	historicalPriceAnswer struct {
		Prices []struct {
			USD rawNumber `json:"USD"`
		} `json:"prices"`
	}
)

// rawNumber is a field's JSON text, kept to be read exactly as written
// (never through float64); a field that is missing or null stays nil.
type rawNumber []byte

func (n rawNumber) MarshalJSON() ([]byte, error) { return n, nil }

func (n *rawNumber) UnmarshalJSON(data []byte) error {
	if string(data) != "null" {
		*n = append((*n)[:0], data...)
	}
	return nil
}

// satsPerBTC converts the API's satoshis.
var satsPerBTC = decimal.New(1, 8)

// number reads a field of an answer exactly, or says what is wrong with it.
func (r requester) number(path, field string, n rawNumber) (decimal.Decimal, error) {
	if n == nil {
		return decimal.Zero, r.bad(path, "the answer has no %q", field)
	}
	// A JSON number is a decimal literal, which NewFromString reads in full;
	// anything else (a string, an object) is refused here.
	value, err := decimal.NewFromString(string(n))
	if err != nil {
		return decimal.Zero, r.bad(path, "%q is %s, not a number", field, oneLine(string(n), 40))
	}
	return value, nil
}

// difficulty reads the current difficulty.
func (r requester) difficulty(ctx context.Context) (decimal.Decimal, error) {
	var answer hashrateAnswer
	if err := r.getJSON(ctx, pathHashrate, nil, &answer); err != nil {
		return decimal.Zero, err
	}
	difficulty, err := r.number(pathHashrate, "currentDifficulty", answer.CurrentDifficulty)
	if err != nil {
		return decimal.Zero, err
	}
	if err := checkDifficulty(difficulty); err != nil {
		return decimal.Zero, r.bad(pathHashrate, "%v", err)
	}
	return difficulty, nil
}

// fees reads the last day's blocks and returns their mean fees in BTC, to
// the satoshi, and how many blocks it averages.
func (r requester) fees(ctx context.Context) (decimal.Decimal, int, error) {
	var answer blockFeesAnswer
	if err := r.getJSON(ctx, pathBlockFees, nil, &answer); err != nil {
		return decimal.Zero, 0, err
	}
	totalSats := decimal.Zero
	for _, block := range answer {
		sats, err := r.number(pathBlockFees, "avgFees", block.AvgFees)
		if err != nil {
			return decimal.Zero, 0, err
		}
		if sats.IsNegative() {
			return decimal.Zero, 0, r.bad(pathBlockFees, "a block has fees of %s sats, less than none", sats)
		}
		totalSats = totalSats.Add(sats)
	}
	if len(answer) == 0 {
		return decimal.Zero, 0, r.bad(pathBlockFees, "%v", checkFees(decimal.Zero, 0))
	}
	mean := totalSats.DivRound(decimal.NewFromInt(int64(len(answer))).Mul(satsPerBTC), feePlaces)
	return mean, len(answer), nil
}

// price reads the BTC price in USD now.
func (r requester) price(ctx context.Context) (decimal.Decimal, error) {
	var answer pricesAnswer
	if err := r.getJSON(ctx, pathPrices, nil, &answer); err != nil {
		return decimal.Zero, err
	}
	price, err := r.number(pathPrices, "USD", answer.USD)
	if err != nil {
		return decimal.Zero, err
	}
	if err := checkPrice(price); err != nil {
		return decimal.Zero, r.bad(pathPrices, "%v", err)
	}
	return price, nil
}

// priceAt reads the BTC price in USD at a past moment.
func (r requester) priceAt(ctx context.Context, at time.Time) (decimal.Decimal, error) {
	query := url.Values{"currency": {"USD"}, "timestamp": {strconv.FormatInt(at.Unix(), 10)}}
	var answer historicalPriceAnswer
	if err := r.getJSON(ctx, pathHistoricalPrice, query, &answer); err != nil {
		return decimal.Zero, err
	}
	if len(answer.Prices) == 0 {
		return decimal.Zero, r.bad(pathHistoricalPrice, "the answer has no \"prices\"")
	}
	price, err := r.number(pathHistoricalPrice, "USD", answer.Prices[0].USD)
	if err != nil {
		return decimal.Zero, err
	}
	if err := checkYesterdayPrice(price); err != nil {
		return decimal.Zero, r.bad(pathHistoricalPrice, "%v", err)
	}
	return price, nil
}
