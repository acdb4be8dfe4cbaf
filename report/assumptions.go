package report

import (
	"strconv"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
)

// Assumption is one input as a memo states it.
type Assumption struct{ Label, Value string }

// KeyAssumptions are the inputs a reader needs to judge the verdict.
func KeyAssumptions(res model.Result) []Assumption {
	s := res.Scenario
	field := func(key string) Assumption {
		f, _ := model.FieldByKey(key)
		return Assumption{Label: f.Label, Value: format.Field(f, &s)}
	}
	hashprice := format.Hashprice(res.HashpriceUSDPerPHDay)
	if !s.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid {
		hashprice += " (derived)"
	}
	list := []Assumption{
		field("site.power_mw"),
		field("site.power_price_usd_per_mwh"),
		field("bitcoin.price_usd"),
		field("bitcoin.network_hashrate_eh"),
		{Label: "Hashprice, month 1", Value: hashprice},
		field("bitcoin.next_halving"),
		field("mining.efficiency_j_per_th"),
		field("mining.capex_usd_per_th"),
		field("ai.mode"),
	}
	if s.AI.Mode == model.ModeColocation {
		rate := field("ai.colocation.rate_usd_per_kw_month")
		if s.AI.Colocation.ContractValueUSD.Valid {
			// spec §11: the contract value sets the month-1 rate; show it, and the value.
			rate.Value = format.Rate(model.ModeColocation, res.AI.ColoRateUSDPerKWMonth.Decimal) + " (from the contract)"
			list = append(list, field("ai.colocation.contract_value_usd"), field("ai.colocation.term_months"))
		}
		list = append(list, rate, field("ai.colocation.escalator_pct_per_year"))
	} else {
		list = append(list, field("ai.gpu.model"), field("ai.gpu.capex_usd_per_gpu"), field("ai.gpu.rental_usd_per_gpu_hour"),
			field("ai.gpu.rental_growth_pct_per_year"), field("ai.gpu.utilization_pct"))
	}
	conversion := field("ai.conversion_months")
	if phases := res.AI.Phases; len(s.AI.Phases) > 0 {
		// spec §10: the phases' live months replace the conversion.
		conversion = Assumption{Label: "AI phases", Value: strconv.Itoa(len(phases)) + ", live " + phases[0].Live.String()}
		if len(phases) > 1 {
			conversion.Value += " to " + phases[len(phases)-1].Live.String()
		}
	}
	return append(list,
		field("ai.fitout_capex_usd_per_mw"),
		conversion,
		field("horizon_months"),
		field("discount_rate_pct"),
	)
}
