package market

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
)

// Setting is one scenario value a snapshot implies: a number for a numeric
// key, a month for a month key.
type Setting struct {
	Key    string // a key of spec §2, e.g. "bitcoin.price_usd"
	Kind   model.Kind
	Number decimal.Decimal // for model.KindNumber
	Month  model.YearMonth // for model.KindMonth
}

// Text is the value as a scenario file writes it: "91132", "2028-04".
func (s Setting) Text() string {
	if s.Kind == model.KindMonth {
		return s.Month.String()
	}
	return s.Number.String()
}

// Settings are the scenario values the snapshot implies, in file order:
// the Bitcoin market of month 1 and the halving ahead.
//
// The growth rates are forecasts, not observations, and stay the user's.
// start stays too: it is when the plan begins, a decision rather than a
// market figure, and moving it would move the phases, contracts and
// halving inside the plan with it. Nor is a hashprice override cleared:
// while one is set it replaces the hashprice these figures give (spec §3),
// which whoever applies them should point out.
func (s Snapshot) Settings() []Setting {
	number := func(key string, value decimal.Decimal) Setting {
		return Setting{Key: key, Kind: model.KindNumber, Number: value}
	}
	return []Setting{
		number("bitcoin.price_usd", s.PriceUSD),
		number("bitcoin.network_hashrate_eh", s.NetworkHashrateEH),
		number("bitcoin.block_subsidy_btc", s.BlockSubsidyBTC),
		number("bitcoin.fees_btc_per_block", s.FeesBTCPerBlock),
		{Key: "bitcoin.next_halving", Kind: model.KindMonth, Month: s.NextHalving},
		number("bitcoin.subsidy_after_halving_btc", s.SubsidyAfterHalvingBTC),
	}
}

// Apply sets the value on a scenario, refusing one outside the key's range
// as a scenario file would.
func (s Setting) Apply(sc *model.Scenario) error {
	field, ok := model.FieldByKey(s.Key)
	switch {
	case !ok:
		return fmt.Errorf("%s is not a scenario key", s.Key)
	case field.Kind != s.Kind && s.Kind == model.KindMonth:
		return fmt.Errorf("%s takes a number, not a month", s.Key)
	case field.Kind != s.Kind:
		return fmt.Errorf("%s does not take a number", s.Key)
	}
	if s.Kind == model.KindMonth {
		if err := field.CheckMonth(s.Month); err != nil {
			return err
		}
		field.SetMonth(sc, s.Month)
		return nil
	}
	if err := field.Check(s.Number); err != nil {
		return err
	}
	field.SetDecimal(sc, s.Number)
	return nil
}

// Holds reports whether the scenario already has the setting's value (by
// value: 70000 and 70_000.0 are the same price).
func (s Setting) Holds(sc *model.Scenario) bool {
	field, ok := model.FieldByKey(s.Key)
	switch {
	case !ok || field.Kind != s.Kind:
		return false
	case s.Kind == model.KindMonth:
		return field.Month(sc) == s.Month
	}
	value, set := field.Decimal(sc)
	return set && value.Equal(s.Number)
}

// Hashprice is the month-1 hashprice of spec §3 at the snapshot's figures,
// USD per PH/s per day, from the model itself: the default scenario with
// the snapshot applied and month 1 set to the snapshot's month.
func (s Snapshot) Hashprice() (decimal.Decimal, error) {
	sc := model.Default()
	sc.Start = model.YearMonth{Year: s.FetchedAt.Year(), Month: int(s.FetchedAt.Month())}
	for _, setting := range s.Settings() {
		if err := setting.Apply(&sc); err != nil {
			return decimal.Zero, err
		}
	}
	if err := model.Validate(sc); err != nil {
		return decimal.Zero, err
	}
	return model.Evaluate(sc).HashpriceUSDPerPHDay, nil
}
