package market_test

import (
	"testing"
	"time"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/model"
)

func TestHalvingFromTheTip(t *testing.T) {
	for _, tc := range []struct {
		tip                int64
		subsidy            string
		nextHalving        int64
		subsidyAfterwards  string
		blocksToTheHalving int64
	}{
		{1, "50", 210_000, "25", 209_999},
		{209_999, "50", 210_000, "25", 1},
		// The halving block itself pays the halved subsidy; the next is 210,000 on.
		{210_000, "25", 420_000, "12.5", 210_000},
		{839_999, "6.25", 840_000, "3.125", 1},
		{840_000, "3.125", 1_050_000, "1.5625", 210_000},
		{978_230, "3.125", 1_050_000, "1.5625", 71_770},
		{1_049_999, "3.125", 1_050_000, "1.5625", 1},
		{1_050_000, "1.5625", 1_260_000, "0.78125", 210_000},
	} {
		if got := market.SubsidyBTC(tc.tip); !got.Equal(d(tc.subsidy)) {
			t.Errorf("subsidy at %d = %s, want %s", tc.tip, got, tc.subsidy)
		}
		next := market.NextHalvingHeight(tc.tip)
		if next != tc.nextHalving || next-tc.tip != tc.blocksToTheHalving {
			t.Errorf("next halving after %d = %d, want %d", tc.tip, next, tc.nextHalving)
		}
		if got := market.SubsidyBTC(next); !got.Equal(d(tc.subsidyAfterwards)) {
			t.Errorf("subsidy at %d = %s, want %s", next, got, tc.subsidyAfterwards)
		}
	}
}

// The consensus rule shifts satoshis: the subsidy rounds down to a whole
// satoshi and ends after 33 halvings.
func TestSubsidyRoundsDownToTheSatoshi(t *testing.T) {
	for _, tc := range []struct {
		halvings int64
		want     string
	}{
		// 5,000,000,000 >> 10 = 4,882,812 sats (4,882,812.5 exactly).
		{10, "0.04882812"},
		{32, "0.00000001"}, // 5,000,000,000 / 2^32 = 1.16…
		{33, "0"},          // 0.58… sats
		{64, "0"},
		{1000, "0"},
	} {
		if got := market.SubsidyBTC(tc.halvings * 210_000); !got.Equal(d(tc.want)) {
			t.Errorf("after %d halvings: %s, want %s", tc.halvings, got, tc.want)
		}
	}
}

func TestHalvingMonth(t *testing.T) {
	at := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		blocks int64
		want   string
	}{
		{1, "2026-11"},       // 2026-11-30 12:10
		{71, "2026-11"},      // 710 minutes: 2026-11-30 23:50
		{72, "2026-12"},      // 720 minutes: 2026-12-01 00:00
		{71_770, "2028-04"},  // 717,700 minutes = 498 days 9 h 40 min: 2028-04-11 21:40
		{210_000, "2030-11"}, // 2,100,000 minutes = 1,458 days 8 h: 2030-11-27 20:00
	}
	for _, tc := range cases {
		got := market.HalvingMonth(978_230, 978_230+tc.blocks, at)
		if got != model.MustYearMonth(tc.want) {
			t.Errorf("%d blocks after %v: %s, want %s", tc.blocks, at, got, tc.want)
		}
	}
	// The month is the UTC month, whatever the clock's zone.
	local := at.In(time.FixedZone("UTC+14", 14*3600)) // 2026-12-01 02:00 there
	if got := market.HalvingMonth(0, 1, local); got != model.MustYearMonth("2026-11") {
		t.Errorf("from a clock at UTC+14: %s", got)
	}
}
