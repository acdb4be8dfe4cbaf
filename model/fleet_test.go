package model

import (
	"errors"
	"strings"
	"testing"
)

// A fleet larger than the network would mine more than the network issues:
// Validate refuses it, naming the network's key and the keys that size the
// fleet, whether the network is too small in month 1 or shrinks below the
// fleet later.
func TestFleetMustNotExceedTheNetwork(t *testing.T) {
	// The default fleet: 50 MW / 1.05 × 1000 / 16 J/TH = 2,976.19 PH/s = 2.976 EH/s.
	for _, tc := range []struct {
		name   string
		change func(*Scenario)
		want   []string // in the message; none when valid
	}{
		{"the default site", func(*Scenario) {}, nil},
		{"a network of 1 EH/s", func(s *Scenario) { s.Bitcoin.NetworkHashrateEH = d("1") },
			[]string{"bitcoin.network_hashrate_eh = 1 is out of range", "2.976 EH/s", "site.power_mw", "mining.pue", "mining.efficiency_j_per_th"}},
		{"a network just above the fleet", func(s *Scenario) {
			s.Bitcoin.NetworkHashrateEH, s.Bitcoin.HashrateGrowthPctPerYear = d("2.977"), zero
		}, nil},
		{"a network just below the fleet", func(s *Scenario) {
			s.Bitcoin.NetworkHashrateEH, s.Bitcoin.HashrateGrowthPctPerYear = d("2.976"), zero
		}, []string{"bitcoin.network_hashrate_eh = 2.976 is out of range"}},
		// 1,050 EH/s × 0.1^(59/12) = 1,050 × 1.2115e-5 = 0.01272 EH/s in month 60.
		{"a network that shrinks below the fleet", func(s *Scenario) { s.Bitcoin.HashrateGrowthPctPerYear = d("-90") },
			[]string{"bitcoin.network_hashrate_eh = 1050 is out of range", "bitcoin.hashrate_growth_pct_per_year = -90", "0.01272 EH/s in month 60"}},
		// The same network over 12 months: 1,050 × 0.1^(11/12) = 126.8 EH/s, above the fleet.
		{"a shrinking network that stays above the fleet", func(s *Scenario) {
			s.Bitcoin.HashrateGrowthPctPerYear, s.HorizonMonths = d("-90"), 12
		}, nil},
		{"a tiny site on a tiny network", func(s *Scenario) {
			s.Site.PowerMW, s.Bitcoin.NetworkHashrateEH = d("0.001"), d("0.0001")
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Default()
			tc.change(&s)
			err := Validate(s)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			var ve ValidationError
			if !errors.As(err, &ve) || len(ve) != 1 || ve[0].Key != "bitcoin.network_hashrate_eh" {
				t.Fatalf("Validate = %v, want one error on bitcoin.network_hashrate_eh", err)
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("%q lacks %q", err, want)
				}
			}
		})
	}
}
