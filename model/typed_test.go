package model

import (
	"errors"
	"testing"
)

// The editor reads an analyst's shorthand: magnitudes, a dollar sign, the
// field's unit; the value it stores is the plain number.
func TestTypedShorthand(t *testing.T) {
	field := func(key string) Field {
		f, ok := FieldByKey(key)
		if !ok {
			t.Fatalf("no field %q", key)
		}
		return f
	}
	price := field("bitcoin.price_usd")                     // $
	loan := field("treasury.loan_usd")                      // $
	power := field("site.power_price_usd_per_mwh")          // $/MWh
	mw := field("site.power_mw")                            // MW
	uptime := field("mining.uptime_pct")                    // %
	growth := field("bitcoin.hashrate_growth_pct_per_year") // %/yr
	kw := field("ai.gpu.kw_per_gpu")                        // kW
	paths := field("risk.paths")                            // no unit, a whole number
	fees := field("bitcoin.fees_btc_per_block")             // BTC/block
	for _, tc := range []struct {
		f          Field
		text, want string
	}{
		{price, "100k", "100000"},
		{price, "100K", "100000"},
		{price, "1.5M", "1500000"}, // 1.5 × 10^6
		{price, "1.5m", "1500000"},
		{price, "$70,000", "70000"},
		{price, "$70k", "70000"},
		{price, "70,000 USD", "70000"},
		{price, "70000usd", "70000"},
		{price, "$ 70000", "70000"},
		{price, "68_524 $", "68524"},
		{loan, "2B", "2000000000"},
		{loan, "$1.25b", "1250000000"},
		{loan, "400 M", "400000000"},
		{loan, "0.5k", "500"},
		{power, "45 $/MWh", "45"},
		{power, "45$/mwh", "45"},
		{power, "$45/MWh", "45"},
		{power, "$45", "45"},
		{power, "-$12.5", "-12.5"},
		{power, "$-12.5 $/MWh", "-12.5"},
		{mw, "50 MW", "50"},
		{mw, "50mw", "50"},
		{mw, "1.2k MW", "1200"},
		{uptime, "97%", "97"},
		{uptime, "97 %", "97"},
		{growth, "20 %/yr", "20"},
		{growth, "-15%", "-15"},
		{kw, "1.4 kW", "1.4"},
		{kw, "1.4KW", "1.4"},
		{paths, "10k", "10000"},
		{paths, "1.5k", "1500"},
		{fees, "0.03 BTC/block", "0.03"},
	} {
		s := Default()
		if err := tc.f.Parse(&s, tc.text); err != nil {
			t.Errorf("%s %q: %v", tc.f.Key, tc.text, err)
			continue
		}
		if got, _ := tc.f.Decimal(&s); !got.Equal(d(tc.want)) {
			t.Errorf("%s %q = %s, want %s", tc.f.Key, tc.text, got, tc.want)
		}
	}

	// Anything else is refused with the range, and changes nothing.
	for _, tc := range []struct {
		f    Field
		text string
	}{
		{price, "100 kk"},
		{price, "k"},
		{price, "$"},
		{price, "$$70000"},
		{price, "70000 €"},
		{price, "70000 BTC"},
		{price, "1.5 mm"},
		{price, "2 bn"},
		{price, "70,00k"},   // a decimal comma stays refused under a magnitude
		{power, "45 $/kWh"}, // another unit
		{power, "45 /MWh"},  // the unit without its dollar needs the dollar in front
		{mw, "$50"},         // a dollar sign on a field not in dollars
		{mw, "50 kW"},
		{uptime, "97%/yr"},
		{kw, "1.4 kWh"},
		{fees, "0.03 BTC/blocks"},
	} {
		s, before := Default(), Default()
		err := tc.f.Parse(&s, tc.text)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Allowed != "a number "+tc.f.Allowed() || fe.Value != tc.text {
			t.Errorf("%s %q: err = %v, want a number %s", tc.f.Key, tc.text, err, tc.f.Allowed())
		}
		if tc.f.Format(&s) != tc.f.Format(&before) {
			t.Errorf("%s %q changed the value to %s", tc.f.Key, tc.text, tc.f.Format(&s))
		}
	}

	// A magnitude out of the range is refused by the range, as typed in full.
	s := Default()
	var fe *FieldError
	if err := mw.Parse(&s, "50M"); !errors.As(err, &fe) || fe.Allowed != mw.Allowed() || fe.Value != "50000000" {
		t.Errorf("50M MW: err = %v, want out of range %s", err, mw.Allowed())
	}
}
