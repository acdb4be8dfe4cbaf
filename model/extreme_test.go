package model

import (
	"strings"
	"testing"
)

// Extreme but valid inputs evaluate, satisfy every invariant and give the
// figures the formulas give at those extremes.
func TestExtremeInputs(t *testing.T) {
	cases := []struct {
		name   string
		change func(*Scenario)
		check  func(*testing.T, Result)
	}{
		{"240-month horizon", func(s *Scenario) { s.HorizonMonths = 240 }, func(t *testing.T, r Result) {
			// Halvings in 2028-04, 2032-04, 2036-04, 2040-04, 2044-04: months 16, 64, 112, 160, 208.
			want := []int{16, 64, 112, 160, 208}
			if len(r.HalvingMonths) != len(want) {
				t.Fatalf("halvings %v, want %v", r.HalvingMonths, want)
			}
			for i, m := range want {
				if r.HalvingMonths[i] != m {
					t.Errorf("halvings %v, want %v", r.HalvingMonths, want)
				}
			}
			if len(r.Mining.Months) != 240 || len(r.AI.Months) != 240 {
				t.Errorf("ledgers of %d and %d months", len(r.Mining.Months), len(r.AI.Months))
			}
		}},
		{"0.1 MW site", func(s *Scenario) { s.Site.PowerMW = d("0.1") }, func(t *testing.T, r Result) {
			// floor(0.1 × 1000 / (1.35 × 1.4)) = floor(52.91) = 52 GPUs
			near(t, "GPUs", r.AI.GPUs.Decimal, "52", "0")
			// 0.1 × 1000 / (1.05 × 16) = 5.952380952 PH/s
			near(t, "fleet", r.Mining.HashratePH, "5.952380952380952381", "0.000000001")
		}},
		{"10,000 MW site", func(s *Scenario) { s.Site.PowerMW = d("10000") }, func(t *testing.T, r Result) {
			// 10,000,000 / (1.05 × 16) = 595,238.095 PH/s; floor(10,000,000 / 1.89) = 5,291,005 GPUs
			near(t, "fleet", r.Mining.HashratePH, "595238.0952380952381", "0.000001")
			near(t, "GPUs", r.AI.GPUs.Decimal, "5291005", "0")
		}},
		{"negative power price", func(s *Scenario) { s.Site.PowerPriceUSDPerMWh = d("-20") }, func(t *testing.T, r Result) {
			for _, m := range r.Mining.Months {
				if !m.Running || !m.PowerCostUSD.IsNegative() {
					t.Fatalf("month %d: running %v, power %s: a paid-for draw never shuts off", m.Month, m.Running, m.PowerCostUSD)
				}
			}
			// 50 × 730.5 × 0.97 × −20 = −708,585
			cents(t, "month-1 power", r.Mining.Months[0].PowerCostUSD, "-708585.00")
		}},
		{"0 % utilization", func(s *Scenario) { s.AI.GPU.UtilizationPct = zero }, func(t *testing.T, r Result) {
			if !r.AI.RevenueUSD.IsZero() {
				t.Errorf("AI revenue %s with nothing billed", r.AI.RevenueUSD)
			}
			if r.Breakeven.GPURateUSDPerGPUHour.Valid {
				t.Errorf("a GPU-rate break-even of %s, where no rate bills anything", r.Breakeven.GPURateUSDPerGPUHour.Decimal)
			}
			// Idle draw only: 26,455 × 1.4 / 1000 × 1.35 × 730.5 × 0.30 × $45 = $493,087.01
			cents(t, "month-13 AI power", r.AI.Months[12].PowerCostUSD, "493087.01")
		}},
		{"100 % utilization", func(s *Scenario) { s.AI.GPU.UtilizationPct = hundred }, func(t *testing.T, r Result) {
			// 26,455 × 2.35 × 0.85^1 (drift −15 % over 12 months) × 730.5 = $38,602,441.56
			cents(t, "month-13 AI revenue", r.AI.Months[12].RevenueUSD, "38602441.56")
		}},
		{"growth rates of −99 %", func(s *Scenario) {
			s.Bitcoin.PriceGrowthPctPerYear, s.Bitcoin.HashrateGrowthPctPerYear = d("-99"), d("-99")
			s.Site.PowerPriceGrowthPctPerYear, s.AI.GPU.RentalGrowthPctPerYear = d("-99"), d("-99")
			// The network, 1,050 EH/s × 0.01^(15/12) = 3.32 EH/s in month 16,
			// still holds the 2.976 EH/s fleet then, not in month 17.
			s.HorizonMonths = 16
		}, func(t *testing.T, r Result) {
			// After a year every rate is 1 % of month 1: the GPU rate in month 13 is
			// $0.0235, and 26,455 × 0.0235 × 730.5 × 0.85 = $386,024.42.
			cents(t, "month-13 AI revenue", r.AI.Months[12].RevenueUSD, "386024.42")
		}},
		{"growth rates of +1000 %", func(s *Scenario) {
			s.Bitcoin.PriceGrowthPctPerYear, s.Bitcoin.HashrateGrowthPctPerYear = d("1000"), d("1000")
			s.Site.PowerPriceGrowthPctPerYear, s.AI.GPU.RentalGrowthPctPerYear = d("1000"), d("1000")
			s.HorizonMonths = 240
		}, func(t *testing.T, r Result) {
			// Month 13's rate is 11 × $2.35 = $25.85: 26,455 × 25.85 × 730.5 × 0.85 = $424,626,857.12
			cents(t, "month-13 AI revenue", r.AI.Months[12].RevenueUSD, "424626857.12")
		}},
		{"hashprice override of 0", func(s *Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(zero) }, func(t *testing.T, r Result) {
			for _, m := range r.Mining.Months {
				if m.Running || !m.EBITDAUSD.Equal(d("-250000")) {
					t.Fatalf("month %d: running %v, EBITDA %s; at a zero hashprice the fleet stays off", m.Month, m.Running, m.EBITDAUSD)
				}
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := defaultWith(tc.change)
			checkInvariants(t, s)
			tc.check(t, Evaluate(s))
		})
	}
}

// A growth rate a hair above −100 %/yr, which the range allows, keeps
// 1 + g so small that the twelfth root's Newton steps would underflow: the
// root is found all the same, and a scenario with it evaluates.
func TestGrowthJustAboveMinus100(t *testing.T) {
	for _, pct := range []string{"-99.99", "-99.9999999999999999999999999999", "-99.99999999999999999999999999999999999999", "-99." + strings.Repeat("9", 97)} {
		g := d(pct)
		yearly := one.Add(fraction(g))
		x := monthlyFactor(g)
		twelfth := x
		for range 11 {
			twelfth = twelfth.Mul(x)
		}
		if ratio := div(twelfth, yearly); ratio.Sub(one).Abs().GreaterThan(d("1e-12")) {
			t.Errorf("monthlyFactor(%s)^12 = %s, want %s", pct, twelfth, yearly)
		}
		s := Default()
		s.Site.PowerPriceGrowthPctPerYear, s.Bitcoin.PriceGrowthPctPerYear, s.AI.GPU.RentalGrowthPctPerYear = g, g, g
		if err := Validate(s); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, s)
	}
}
