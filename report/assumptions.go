package report

import (
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
)

// Assumption is one input as a memo states it.
type Assumption struct{ Label, Value string }

// planPhasesListed is how many phases the plan's line names one by one;
// more are summed up (the reports list them in a table of their own).
const planPhasesListed = 2

// KeyAssumptions are the inputs a reader needs to judge the verdict: the
// site and the market, what each side runs on, the pivot's plan and
// contract (spec §10, §11), and how each side is valued (spec §12). A part
// two input shows only where it departs from its default.
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
		list = append(list, leaseAssumptions(res)...)
	} else {
		list = append(list, field("ai.gpu.model"), field("ai.gpu.capex_usd_per_gpu"), field("ai.gpu.rental_usd_per_gpu_hour"),
			field("ai.gpu.rental_growth_pct_per_year"), field("ai.gpu.utilization_pct"))
	}
	if p := s.AI.PrepaymentUSD; p.IsPositive() {
		list = append(list, Assumption{Label: "Prepayment", Value: format.USDShort(p) + ", credited over " +
			format.Months(s.AI.PrepaymentCreditMonths)})
	}
	list = append(list, field("ai.fitout_capex_usd_per_mw"))
	list = append(list, planAssumptions(res)...)
	if s.Mining.CurtailmentPct.IsPositive() {
		list = append(list, field("mining.curtailment_pct"), field("mining.curtailment_credit_usd_per_mwh"))
	}
	if s.Mining.DemandResponseUSDPerMWMonth.IsPositive() {
		list = append(list, field("mining.demand_response_usd_per_mw_month"))
	}
	list = append(list, field("horizon_months"), field("discount_rate_pct"))
	for _, key := range []string{"mining.discount_rate_pct", "ai.discount_rate_pct"} {
		if f, _ := model.FieldByKey(key); f.IsSet(&s) {
			list = append(list, field(key))
		}
	}
	for _, key := range []string{"mining.exit_ev_ebitda", "ai.exit_ev_ebitda"} {
		if f, _ := model.FieldByKey(key); !isZero(f, &s) {
			list = append(list, field(key))
		}
	}
	if s.HasFinance {
		list = append(list, financeAssumptions(s)...)
	}
	return list
}

// financeAssumptions are spec §14's terms: the tax, the depreciation lives,
// the project debt and the equity's rate.
func financeAssumptions(s model.Scenario) []Assumption {
	field := func(key string) Assumption {
		f, _ := model.FieldByKey(key)
		return Assumption{Label: f.Label, Value: format.Field(f, &s)}
	}
	f := s.Finance
	// Straight line, monthly (spec §14).
	lives := Assumption{Label: "Lives ASIC/GPU/fit-out", Value: strconv.Itoa(f.ASICDepreciationYears) + "/" +
		strconv.Itoa(f.GPUDepreciationYears) + "/" + strconv.Itoa(f.FitoutDepreciationYears) + " years"}
	list := []Assumption{field("finance.tax_rate_pct"), lives, field("finance.debt_pct_of_capex")}
	if f.DebtPctOfCapex.IsPositive() {
		list = append(list, field("finance.debt_rate_pct"), field("finance.debt_term_months"))
	}
	return append(list, field("finance.equity_discount_rate_pct"))
}

// leaseAssumptions are a colocation lease's terms (spec §11): its rate, the
// one given or the one the contract value sets, and the contract around it.
func leaseAssumptions(res model.Result) []Assumption {
	s := res.Scenario
	c := s.AI.Colocation
	rate := format.ColoRate(c.RateUSDPerKWMonth)
	if c.ContractValueUSD.Valid && res.AI.ColoRateUSDPerKWMonth.Valid {
		rate = format.ColoRate(res.AI.ColoRateUSDPerKWMonth.Decimal) + " (derived)"
	}
	escalator := format.Percent(c.EscalatorPctPerYear, 1) + " a year"
	if c.EscalatorStep == model.EscalateAnnual {
		escalator += ", stepped yearly"
	}
	list := []Assumption{{Label: "Lease rate, month 1", Value: rate}, {Label: "Escalator", Value: escalator}}
	if c.ContractValueUSD.Valid {
		list = append(list, Assumption{Label: "Contract value", Value: format.USDShort(c.ContractValueUSD.Decimal) +
			" over " + format.Months(c.TermMonths)})
	} else if c.TermMonths > 0 {
		list = append(list, Assumption{Label: "Lease term", Value: format.Months(c.TermMonths)})
	}
	if c.TermMonths > 0 && !c.RenewalPct.Equal(decimal.NewFromInt(100)) {
		list = append(list, Assumption{Label: "Renewal", Value: format.Percent(c.RenewalPct, 0) + " likely"})
	}
	if !c.OccupancyPct.Equal(decimal.NewFromInt(100)) {
		list = append(list, Assumption{Label: "Occupancy", Value: format.Percent(c.OccupancyPct, 1)})
	}
	if c.TenantCapexPct.IsPositive() {
		list = append(list, Assumption{Label: "Tenant pays", Value: format.Percent(c.TenantCapexPct, 0) + " of the fit-out"})
	}
	return list
}

// planAssumptions are the pivot's plan (spec §10): its phases with their MW
// and live months, or the MW converted and the months of the conversion; the
// kept MW; and when the capex is paid.
func planAssumptions(res model.Result) []Assumption {
	s := res.Scenario
	var list []Assumption
	phases := res.AI.Phases
	if len(s.AI.Phases) == 0 {
		phases = nil // the one phase converted_mw and conversion_months make, stated as such below
	}
	if len(phases) > 0 && len(phases) <= planPhasesListed {
		parts := make([]string, len(phases))
		for i, p := range phases {
			parts[i] = mwWords(p.MW) + " from " + p.Live.String()
		}
		list = append(list, Assumption{Label: "Phases", Value: strings.Join(parts, ", ")})
	} else if len(phases) > 0 {
		converted := s.Site.PowerMW.Sub(res.AI.MiningMW)
		first, last := s.Start.AddMonths(res.AI.FirstLiveMonth-1), s.Start.AddMonths(res.AI.LastLiveMonth-1)
		list = append(list, Assumption{Label: "Phases", Value: strconv.Itoa(len(phases)) + " phases of " + mwWords(converted) +
			", live " + first.String() + " to " + last.String()})
	} else {
		converted := "all " + mwWords(s.Site.PowerMW)
		if s.AI.ConvertedMW.Valid {
			converted = mwWords(s.AI.ConvertedMW.Decimal)
		}
		list = append(list, Assumption{Label: "Conversion", Value: converted + " in " + format.Months(s.AI.ConversionMonths)})
	}
	if k := res.AI.MiningMW; k.IsPositive() {
		list = append(list, Assumption{Label: "Kept mining", Value: mwWords(k)})
	}
	if s.AI.MineDuringConversion {
		list = append(list, Assumption{Label: "Mine until live", Value: "yes"})
	}
	if s.AI.CapexTiming == model.CapexBuild {
		list = append(list, Assumption{Label: "Capex timing", Value: "over each phase's " + strconv.Itoa(s.AI.BuildMonths) + "-month build"})
	}
	return list
}

// mwWords writes grid MW as plans give them: "40 MW", "12.5 MW".
func mwWords(mw decimal.Decimal) string {
	places := int32(0)
	if _, frac, ok := strings.Cut(mw.String(), "."); ok { // String leaves out trailing zeros
		places = int32(len(frac))
	}
	return format.Number(mw, places, "MW")
}

func isZero(f model.Field, s *model.Scenario) bool {
	v, ok := f.Decimal(s)
	return !ok || v.IsZero()
}
