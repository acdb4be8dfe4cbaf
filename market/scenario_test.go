package market_test

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/model"
)

func TestSettings(t *testing.T) {
	var got []string
	for _, s := range fixtureSnapshot(t).Settings() {
		got = append(got, s.Key+" = "+s.Text())
	}
	want := []string{
		"bitcoin.price_usd = 86450",
		"bitcoin.network_hashrate_eh = 1116.499",
		"bitcoin.block_subsidy_btc = 3.125",
		"bitcoin.fees_btc_per_block = 0.025",
		"bitcoin.next_halving = 2028-04",
		"bitcoin.subsidy_after_halving_btc = 1.5625",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("settings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Applied, the settings change those keys and nothing else.
func TestApplySettings(t *testing.T) {
	sc := model.Default()
	for _, s := range fixtureSnapshot(t).Settings() {
		if err := s.Apply(&sc); err != nil {
			t.Fatal(err)
		}
	}
	want := model.Default()
	want.Bitcoin.PriceUSD = d("86450")
	want.Bitcoin.NetworkHashrateEH = d("1116.499")
	want.Bitcoin.BlockSubsidyBTC = d("3.125")
	want.Bitcoin.FeesBTCPerBlock = d("0.025")
	want.Bitcoin.NextHalving = model.MustYearMonth("2028-04")
	want.Bitcoin.SubsidyAfterHalvingBTC = d("1.5625")
	for _, f := range model.Fields() {
		if got, w := f.Format(&sc), f.Format(&want); got != w {
			t.Errorf("%s = %s, want %s", f.Key, got, w)
		}
	}
}

// A value outside its key's range is refused, as a scenario file would
// refuse it, and the scenario keeps its value.
func TestApplyRefusesOutOfRange(t *testing.T) {
	sc := model.Default()
	for _, s := range []market.Setting{
		{Key: "bitcoin.price_usd", Kind: model.KindNumber, Number: d("0")},
		{Key: "bitcoin.fees_btc_per_block", Kind: model.KindNumber, Number: d("51")},
		{Key: "bitcoin.next_halving", Kind: model.KindMonth, Month: model.MustYearMonth("2201-01")},
		{Key: "bitcoin.price_usd", Kind: model.KindMonth, Month: model.MustYearMonth("2028-04")},
		{Key: "bitcoin.price", Kind: model.KindNumber, Number: d("1")},
	} {
		if err := s.Apply(&sc); err == nil || !strings.Contains(err.Error(), s.Key) {
			t.Errorf("%s = %s: error %v", s.Key, s.Text(), err)
		}
	}
	if got := sc; got.Bitcoin.PriceUSD.String() != "70000" || got.Bitcoin.FeesBTCPerBlock.String() != "0.03" || got.Bitcoin.NextHalving.String() != "2028-04" {
		t.Errorf("the scenario changed: %+v", got.Bitcoin)
	}
}

// The hashprice of the fixtures, through the model, is spec §3's for the
// same inputs.
//
// By hand: the subsidy 3.125 BTC plus fees of 0.025 BTC a block is 3.15 BTC;
// 144 blocks a day earn the network 453.6 BTC, at $86,450 that is
// $39,213,720 a day. The network hashes 1,116.499 EH/s = 1,116,499 PH/s, so
// one PH/s earns 39,213,720 / 1,116,499 = $35.1220377268…/PH/day.
func TestHashpriceThroughTheModel(t *testing.T) {
	snapshot := fixtureSnapshot(t)
	got, err := snapshot.Hashprice()
	if err != nil {
		t.Fatal(err)
	}
	if want := d("35.1220377269"); !got.Round(10).Equal(want) {
		t.Errorf("hashprice %s, want %s", got, want)
	}

	// The model on a scenario whose inputs are typed in by hand, month 1
	// being the snapshot's month, gives the very same figure.
	sc := model.Default()
	sc.Start = model.MustYearMonth("2026-11")
	sc.Bitcoin.PriceUSD = d("86450")
	sc.Bitcoin.NetworkHashrateEH = d("1116.499")
	sc.Bitcoin.BlockSubsidyBTC = d("3.125")
	sc.Bitcoin.FeesBTCPerBlock = d("0.025")
	sc.Bitcoin.NextHalving = model.MustYearMonth("2028-04")
	sc.Bitcoin.SubsidyAfterHalvingBTC = d("1.5625")
	if model.Validate(sc) != nil {
		t.Fatal(model.Validate(sc))
	}
	if byHand := model.Evaluate(sc).HashpriceUSDPerPHDay; !got.Equal(byHand) {
		t.Errorf("hashprice %s from the snapshot, %s from the same inputs typed in", got, byHand)
	}
}

// A scenario holds a setting when the values are equal, however written.
func TestSettingHolds(t *testing.T) {
	sc := model.Default() // price 70000, next halving 2028-04
	for _, tc := range []struct {
		setting market.Setting
		want    bool
	}{
		{market.Setting{Key: "bitcoin.price_usd", Kind: model.KindNumber, Number: d("70000.000")}, true},
		{market.Setting{Key: "bitcoin.price_usd", Kind: model.KindNumber, Number: d("70000.01")}, false},
		{market.Setting{Key: "bitcoin.next_halving", Kind: model.KindMonth, Month: model.MustYearMonth("2028-04")}, true},
		{market.Setting{Key: "bitcoin.next_halving", Kind: model.KindMonth, Month: model.MustYearMonth("2028-05")}, false},
		{market.Setting{Key: "bitcoin.price_usd", Kind: model.KindMonth, Month: model.MustYearMonth("2028-04")}, false},
		{market.Setting{Key: "bitcoin.price", Kind: model.KindNumber, Number: d("70000")}, false},
	} {
		if got := tc.setting.Holds(&sc); got != tc.want {
			t.Errorf("%s = %s: Holds %v, want %v", tc.setting.Key, tc.setting.Text(), got, tc.want)
		}
	}
}
