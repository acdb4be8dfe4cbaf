package pipeline

import (
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// Valid scenarios at the ends of their ranges run through the whole
// pipeline: the cases the issue reported and the fuzzer found.
func TestPipelineExtremes(t *testing.T) {
	d := decimal.RequireFromString
	for _, tc := range []struct {
		name   string
		change func(*model.Scenario)
	}{
		{"a tiny site on a tiny network", func(s *model.Scenario) {
			s.Site.PowerMW, s.Bitcoin.NetworkHashrateEH = d("1e-9000"), d("1e-9000")
		}},
		{"a BTC price of 1e-9000 with a hashprice override", func(s *model.Scenario) {
			s.Bitcoin.PriceUSD = d("1e-9000")
			s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("40"))
		}},
		{"no subsidy and no fees with an override", func(s *model.Scenario) {
			s.Bitcoin.BlockSubsidyBTC, s.Bitcoin.SubsidyAfterHalvingBTC, s.Bitcoin.FeesBTCPerBlock = d("0"), d("0"), d("1e-9000")
			s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("40"))
		}},
		{"a network shrinking 99.999 % a year over 12 months", func(s *model.Scenario) {
			s.Site.PowerMW, s.HorizonMonths = d("0.1"), 12
			s.Bitcoin.HashrateGrowthPctPerYear = d("-99.999")
		}},
		{"growth a hair above −100 %", func(s *model.Scenario) {
			g := d("-99.9999999999999999999999999999999999999999")
			s.Site.PowerPriceGrowthPctPerYear, s.Bitcoin.PriceGrowthPctPerYear, s.AI.GPU.RentalGrowthPctPerYear = g, g, g
		}},
		{"every growth at 1000 % over 240 months", func(s *model.Scenario) {
			g := d("1000")
			s.HorizonMonths = 240
			s.Site.PowerPriceGrowthPctPerYear, s.Bitcoin.PriceGrowthPctPerYear, s.AI.GPU.RentalGrowthPctPerYear = g, g, g
			s.Bitcoin.HashrateGrowthPctPerYear = g
		}},
		{"the largest site at the lightest GPU", func(s *model.Scenario) {
			s.Site.PowerMW, s.AI.GPU.KWPerGPU, s.AI.PUE = d("10000"), d("0.01"), d("1")
			s.AI.GPU.RentalUSDPerGPUHour, s.AI.GPU.CapexUSDPerGPU = d("1000"), d("10000000")
		}},
		{"volatility of 500 % over 240 months", func(s *model.Scenario) {
			s.HorizonMonths = 240
			s.Risk.BTCVolatilityPct, s.Risk.PowerPriceVolatilityPct = d("500"), d("500")
			s.Risk.HashrateGrowthSDPct, s.Risk.RentalGrowthSDPct = d("1000"), d("1000")
		}},
	} {
		for _, taxed := range []bool{false, true} {
			name := tc.name
			if taxed {
				name += ", after tax and levered"
			}
			t.Run(name, func(t *testing.T) {
				s := model.Default()
				s.Risk.Paths = 200
				if taxed {
					s.HasFinance, s.Finance.TaxRatePct, s.Finance.DebtPctOfCapex = true, d("21"), d("60")
				}
				tc.change(&s)
				if err := model.Validate(s); err != nil {
					t.Fatalf("not a valid scenario: %v", err)
				}
				runPipeline(t, s)
			})
		}
	}
}
