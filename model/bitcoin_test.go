package model

import (
	"slices"
	"testing"

	"github.com/shopspring/decimal"
)

// TestHashprice checks spec §3 month by month on the market the ledgers see.
func TestHashprice(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Scenario)
		month  int
		want   string
	}{
		// (3.125 + 0.03) × 144 × 70,000 / (1,050 × 1000) = 454.32 × 70,000 / 1,050,000 = 30.288
		{"worked example, month 1", nil, 1, "30.288"},
		// a year on the network is 20 % larger: 30.288 / 1.2 = 25.24
		{"month 13: hashrate +20 %", nil, 13, "25.24"},
		// (1.5625 + 0.03) × 144 × 70,000 / (1,050,000 × 1.2^(15/12)) = 16,052,400 / 1,318,760.28 = 12.17234117268363…
		{"month 16: the halving", nil, 16, "12.1723411726836331636854797"},
		// price +10 %/yr, hashrate +20 %/yr: 30.288 × 1.1 / 1.2 = 27.764
		{"month 13: price +10 %", func(s *Scenario) { s.Bitcoin.PriceGrowthPctPerYear = d("10") }, 13, "27.764"},
		// flat network, price +20 %/yr: 30.288 × 1.2 = 36.3456
		{"month 13: flat network", func(s *Scenario) {
			s.Bitcoin.PriceGrowthPctPerYear = d("20")
			s.Bitcoin.HashrateGrowthPctPerYear = d("0")
		}, 13, "36.3456"},
		// 1 BTC fees and no subsidy change: (3.125 + 1) × 144 × 70,000 / 1,050,000 = 39.6
		{"fees", func(s *Scenario) { s.Bitcoin.FeesBTCPerBlock = d("1") }, 1, "39.6"},
		// the override is month 1 as entered
		{"override, month 1", func(s *Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("40")) }, 1, "40"},
		// later months keep the derived ratio: 40 × 25.24 / 30.288 = 40 / 1.2 = 33.333…
		{"override, month 13", func(s *Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("40")) }, 13,
			"33.3333333333333333333"},
		// 40 × 12.172341172683633 / 30.288 = 16.07546377797627…
		{"override, month 16 (halving)", func(s *Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("40")) }, 16,
			"16.0754637779762720069803"},
	} {
		s := defaultWith(tc.change)
		mk := newMarket(s, newTimeline(s))
		near(t, tc.name, mk.hashprice[tc.month-1], tc.want, "1e-9")
	}
}

func TestResultHashpriceIsMonthOne(t *testing.T) {
	near(t, "derived", Evaluate(Default()).HashpriceUSDPerPHDay, "30.288", "1e-9")
	s := defaultWith(func(s *Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("41.5")) })
	if got := Evaluate(s).HashpriceUSDPerPHDay; !got.Equal(d("41.5")) {
		t.Errorf("with an override of 41.5 the month-1 hashprice is %s", got)
	}
}

func TestHalvings(t *testing.T) {
	for _, tc := range []struct {
		name         string
		start        string
		horizon      int
		wantHalvings []int
		subsidyAt    map[int]string // month → BTC per block
	}{
		// 2028-04 is 15 months after 2027-01: month 16; 48 months later, 2032-04, is month 64.
		{"defaults", "2027-01", 72, []int{16, 64},
			map[int]string{1: "3.125", 15: "3.125", 16: "1.5625", 63: "1.5625", 64: "0.78125", 72: "0.78125"}},
		// starting after the halving: month 1 already pays 1.5625; 2032-04 is month 40 of a 2029-01 start.
		{"start after the halving", "2029-01", 60, []int{40},
			map[int]string{1: "1.5625", 39: "1.5625", 40: "0.78125", 60: "0.78125"}},
		// starting in the halving month itself: months 1 and 49.
		{"start at the halving", "2028-04", 60, []int{1, 49},
			map[int]string{1: "1.5625", 48: "1.5625", 49: "0.78125"}},
		// 2040-01 is 141 months after 2028-04: two further halvings, 1.5625/4; the third at 144 months, 2040-04 = month 4.
		{"long after", "2040-01", 6, []int{4},
			map[int]string{1: "0.390625", 3: "0.390625", 4: "0.1953125"}},
		{"before the horizon reaches it", "2027-01", 15, nil, map[int]string{15: "3.125"}},
	} {
		s := defaultWith(func(s *Scenario) {
			s.Start = MustYearMonth(tc.start)
			s.HorizonMonths = tc.horizon
		})
		mk := newMarket(s, newTimeline(s))
		if !slices.Equal(mk.halvings, tc.wantHalvings) {
			t.Errorf("%s: halvings in months %v, want %v", tc.name, mk.halvings, tc.wantHalvings)
		}
		if got := Evaluate(s).HalvingMonths; !slices.Equal(got, tc.wantHalvings) {
			t.Errorf("%s: Result.HalvingMonths = %v, want %v", tc.name, got, tc.wantHalvings)
		}
		for month, want := range tc.subsidyAt {
			if got := mk.subsidy[month-1]; !got.Equal(d(want)) {
				t.Errorf("%s: subsidy in month %d = %s, want %s", tc.name, month, got, want)
			}
		}
	}
}

// TestHashpriceFollowsTheHalving: with a flat network and price, the
// hashprice steps only at the halving, by (1.5625 + 0.03)/(3.125 + 0.03).
func TestHashpriceFollowsTheHalving(t *testing.T) {
	s := defaultWith(func(s *Scenario) { s.Bitcoin.HashrateGrowthPctPerYear = decimal.Zero })
	mk := newMarket(s, newTimeline(s))
	near(t, "month 15", mk.hashprice[14], "30.288", "1e-9")
	// 1.5925 × 144 × 70,000 / 1,050,000 = 15.288
	near(t, "month 16", mk.hashprice[15], "15.288", "1e-9")
	near(t, "month 60", mk.hashprice[59], "15.288", "1e-9")
}
