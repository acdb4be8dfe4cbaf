package model

import "github.com/shopspring/decimal"

// bounds is a numeric range; exclusive ends are marked. A capped range's
// maximum only guards against absurd input: the spec sets no upper bound.
type bounds struct {
	min, max         string
	minOpen, maxOpen bool
	capped           bool
}

// words writes the range as a scenario file's comment does: "0..100",
// "(-100, 1000]", "> 0".
func (r bounds) words() string {
	switch {
	case r.capped && r.minOpen:
		return "> " + r.min
	case r.capped:
		return ">= " + r.min
	case !r.minOpen && !r.maxOpen:
		return r.min + ".." + r.max
	}
	open, close := "[", "]"
	if r.minOpen {
		open = "("
	}
	if r.maxOpen {
		close = ")"
	}
	return open + r.min + ", " + r.max + close
}

// ranged appends a range to a comment, so that the part-two keys, whose
// ranges the spec sets in §17, say them in the file from the same bounds the
// validation uses.
func ranged(comment string, r bounds) string { return comment + "; range " + r.words() }

var (
	percent    = bounds{min: "0", max: "100"}
	growthRate = bounds{min: "-100", max: "1000", minOpen: true} // spec §2: growth rates lie in (−100, 1000]
	pueRange   = bounds{min: "1", max: "3"}
	positive   = func(max string) bounds { return bounds{min: "0", max: max, minOpen: true} }
	upTo       = func(max string) bounds { return bounds{min: "0", max: max} }
	// discountRate is the top-level rate's range, which the per-strategy rates share (spec §17).
	discountRate = bounds{min: "0", max: "100"}
	// exitMultiple is spec §12's EV/EBITDA range.
	exitMultiple = bounds{min: "0", max: "40"}
	// anyUSD is a non-negative amount without a spec bound, capped at $10 trillion.
	anyUSD = bounds{min: "0", max: "10000000000000", capped: true}
	// depreciationLife is spec §17's range for the three lives, in years.
	depreciationLife = bounds{min: "1", max: "50"}
)

func number(key, label, unit, comment string, r bounds, step string, places int32, at func(*Scenario) *decimal.Decimal) Field {
	return Field{Key: key, Label: label, Unit: unit, Comment: comment, Kind: KindNumber,
		Min: d(r.min), Max: d(r.max), MinExclusive: r.minOpen, MaxExclusive: r.maxOpen,
		Step: d(step), Places: places, number: at}
}

func integer(key, label, unit, comment string, r bounds, step string, at func(*Scenario) *int) Field {
	return Field{Key: key, Label: label, Unit: unit, Comment: comment, Kind: KindInteger,
		Min: d(r.min), Max: d(r.max), MinExclusive: r.minOpen, MaxExclusive: r.maxOpen,
		Step: d(step), integer: at}
}

// optional is a decimal that may be unset; follows names the key it takes
// when unset, example the value a file shows commented out otherwise.
func optional(key, label, unit, comment string, r bounds, step string, places int32, follows, example string,
	at func(*Scenario) *decimal.NullDecimal) Field {
	return Field{Key: key, Label: label, Unit: unit, Comment: comment, Kind: KindOptional,
		Min: d(r.min), Max: d(r.max), MinExclusive: r.minOpen, MaxExclusive: r.maxOpen,
		Step: d(step), Places: places, Follows: follows, Example: example, optional: at}
}

// choice is one of a list of words; the accessor converts the field's own string type.
func choice(key, label, comment string, choices []string, at func(*Scenario) *string) Field {
	return Field{Key: key, Label: label, Comment: comment, Kind: KindChoice, Choices: choices, choice: at}
}

func flag(key, label, comment string, at func(*Scenario) *bool) Field {
	return Field{Key: key, Label: label, Comment: comment, Kind: KindFlag, flag: at}
}

func text(key, label, comment string, at func(*Scenario) *string) Field {
	return Field{Key: key, Label: label, Comment: comment, Kind: KindText, text: at}
}

func month(key, label, comment string, at func(*Scenario) *YearMonth) Field {
	return Field{Key: key, Label: label, Comment: comment, Kind: KindMonth, Step: d("1"), month: at}
}

// fields is the table of every scalar key of spec §2, §9 and §10–§14, in file
// order. The phases of §10 are a list, not a key: see Phase.
var fields = []Field{
	text("name", "Name", "free text", func(s *Scenario) *string { return &s.Name }),
	month("start", "Start", "first projected month (YYYY-MM)", func(s *Scenario) *YearMonth { return &s.Start }),
	integer("horizon_months", "Horizon", "months", "months projected", bounds{min: "1", max: "240"}, "12",
		func(s *Scenario) *int { return &s.HorizonMonths }),
	number("discount_rate_pct", "Discount rate", "%/yr", "annual discount rate for NPV", bounds{min: "0", max: "100"}, "0.5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.DiscountRatePct }),

	number("site.power_mw", "Power", "MW", "grid capacity the site can draw, MW (> 0)", positive("10000"), "1", 1,
		func(s *Scenario) *decimal.Decimal { return &s.Site.PowerMW }),
	number("site.power_price_usd_per_mwh", "Power price", "$/MWh", "all-in energy price, $/MWh; may be negative",
		bounds{min: "-1000", max: "5000"}, "1", 2,
		func(s *Scenario) *decimal.Decimal { return &s.Site.PowerPriceUSDPerMWh }),
	number("site.power_price_growth_pct_per_year", "Power price growth", "%/yr", "yearly change of the power price, %",
		growthRate, "1", 1, func(s *Scenario) *decimal.Decimal { return &s.Site.PowerPriceGrowthPctPerYear }),

	number("bitcoin.price_usd", "BTC price", "$", "BTC price in month 1, USD", positive("100000000"), "1000", 0,
		func(s *Scenario) *decimal.Decimal { return &s.Bitcoin.PriceUSD }),
	number("bitcoin.price_growth_pct_per_year", "BTC price growth", "%/yr", "yearly change of the BTC price, %",
		growthRate, "5", 1, func(s *Scenario) *decimal.Decimal { return &s.Bitcoin.PriceGrowthPctPerYear }),
	number("bitcoin.network_hashrate_eh", "Network hashrate", "EH/s", "network hashrate in month 1, EH/s (> 0)",
		positive("1000000"), "10", 0, func(s *Scenario) *decimal.Decimal { return &s.Bitcoin.NetworkHashrateEH }),
	number("bitcoin.hashrate_growth_pct_per_year", "Hashrate growth", "%/yr", "yearly growth of the network hashrate, %",
		growthRate, "1", 1, func(s *Scenario) *decimal.Decimal { return &s.Bitcoin.HashrateGrowthPctPerYear }),
	number("bitcoin.block_subsidy_btc", "Block subsidy", "BTC", "subsidy per block before the next halving, BTC",
		upTo("50"), "0.0625", 4, func(s *Scenario) *decimal.Decimal { return &s.Bitcoin.BlockSubsidyBTC }),
	number("bitcoin.fees_btc_per_block", "Fees", "BTC/block", "transaction fees per block, BTC", upTo("50"), "0.01", 3,
		func(s *Scenario) *decimal.Decimal { return &s.Bitcoin.FeesBTCPerBlock }),
	month("bitcoin.next_halving", "Next halving", "first month paid at the reduced subsidy (YYYY-MM)",
		func(s *Scenario) *YearMonth { return &s.Bitcoin.NextHalving }),
	number("bitcoin.subsidy_after_halving_btc", "Halving reward", "BTC", "subsidy per block from the halving on (the \"halving reward\"), BTC",
		upTo("50"), "0.0625", 4, func(s *Scenario) *decimal.Decimal { return &s.Bitcoin.SubsidyAfterHalvingBTC }),
	optional("bitcoin.hashprice_usd_per_ph_day", "Hashprice", "$/PH/day",
		"optional override of the month-1 hashprice, USD per PH/s per day", upTo("10000"), "0.5", 2, "", "40",
		func(s *Scenario) *decimal.NullDecimal { return &s.Bitcoin.HashpriceOverrideUSDPerPHDay }),

	number("mining.efficiency_j_per_th", "Efficiency", "J/TH", "fleet efficiency, J/TH (> 0)", positive("1000"), "0.5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.Mining.EfficiencyJPerTH }),
	number("mining.pue", "Mining PUE", "", "grid draw / miner draw (>= 1)", pueRange, "0.01", 2,
		func(s *Scenario) *decimal.Decimal { return &s.Mining.PUE }),
	number("mining.uptime_pct", "Uptime", "%", "share of the month the fleet hashes, %", percent, "1", 1,
		func(s *Scenario) *decimal.Decimal { return &s.Mining.UptimePct }),
	number("mining.pool_fee_pct", "Pool fee", "%", "pool fee, % of mining revenue", percent, "0.5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.Mining.PoolFeePct }),
	number("mining.opex_usd_per_mw_month", "Mining opex", "$/MW-mo", "non-power opex per MW of site capacity, USD per month",
		upTo("10000000"), "500", 0, func(s *Scenario) *decimal.Decimal { return &s.Mining.OpexUSDPerMWMonth }),
	number("mining.capex_usd_per_th", "ASIC price", "$/TH", "ASIC price, USD per TH/s; 0 means the fleet is already paid for",
		upTo("1000"), "0.5", 2, func(s *Scenario) *decimal.Decimal { return &s.Mining.CapexUSDPerTH }),
	number("mining.infrastructure_capex_usd", "Mining infra capex", "$", "mining infrastructure capex, USD",
		upTo("100000000000"), "1000000", 0, func(s *Scenario) *decimal.Decimal { return &s.Mining.InfrastructureCapexUSD }),
	number("mining.residual_pct", "ASIC residual", "%", "share of ASIC capex recovered at the end, %", percent, "5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.Mining.ResidualPct }),
	flag("mining.shutoff_when_unprofitable", "Shutoff when unprofitable", "switch the fleet off in months where revenue < power cost",
		func(s *Scenario) *bool { return &s.Mining.ShutoffWhenUnprofitable }),
	optional("mining.discount_rate_pct", "Mining discount rate", "%/yr",
		ranged("the mining strategy's own annual discount rate, %; unset: discount_rate_pct", discountRate),
		discountRate, "0.5", 1, "discount_rate_pct", "",
		func(s *Scenario) *decimal.NullDecimal { return &s.Mining.DiscountRatePct }),
	number("mining.exit_ev_ebitda", "Mining exit multiple", "x",
		ranged("EV/EBITDA multiple valuing the strategy at the horizon; 0: the end value is the residual", exitMultiple),
		exitMultiple, "0.5", 1, func(s *Scenario) *decimal.Decimal { return &s.Mining.ExitEVEBITDA }),
	number("mining.curtailment_pct", "Curtailment", "%",
		ranged("share of running hours curtailed for the grid or for price spikes, %", percent), percent, "1", 1,
		func(s *Scenario) *decimal.Decimal { return &s.Mining.CurtailmentPct }),
	number("mining.curtailment_credit_usd_per_mwh", "Curtailment credit", "$/MWh",
		ranged("paid (or saved on resale) for each MWh not drawn in curtailed hours, $/MWh", upTo("10000")),
		upTo("10000"), "5", 2, func(s *Scenario) *decimal.Decimal { return &s.Mining.CurtailmentCreditUSDPerMWh }),
	number("mining.demand_response_usd_per_mw_month", "Demand response", "$/MW-mo",
		ranged("capacity payment for being interruptible, USD per grid MW per month", upTo("1000000")),
		upTo("1000000"), "500", 0, func(s *Scenario) *decimal.Decimal { return &s.Mining.DemandResponseUSDPerMWMonth }),

	{Key: "ai.mode", Label: "AI mode", Comment: "gpu_cloud | colocation", Kind: KindMode,
		mode: func(s *Scenario) *Mode { return &s.AI.Mode }},
	number("ai.pue", "AI PUE", "", "grid draw / critical IT draw (>= 1)", pueRange, "0.01", 2,
		func(s *Scenario) *decimal.Decimal { return &s.AI.PUE }),
	optional("ai.converted_mw", "Converted", "MW",
		ranged("grid MW converted to AI; the rest keeps mining; unset: all of site.power_mw", positive("10000")),
		positive("10000"), "1", 1, "site.power_mw", "",
		func(s *Scenario) *decimal.NullDecimal { return &s.AI.ConvertedMW }),
	integer("ai.conversion_months", "Conversion", "months", "months of build-out with no AI revenue", bounds{min: "0", max: "240"}, "1",
		func(s *Scenario) *int { return &s.AI.ConversionMonths }),
	flag("ai.mine_during_conversion", "Mine during conversion", "keep the fleet hashing until AI is live (a fleet to buy is paid for)",
		func(s *Scenario) *bool { return &s.AI.MineDuringConversion }),
	choice("ai.capex_timing", "Capex timing", "upfront: all capex at t = 0 | build: fit-out over the build, GPUs the month before live",
		[]string{string(CapexUpfront), string(CapexBuild)},
		func(s *Scenario) *string { return (*string)(&s.AI.CapexTiming) }),
	integer("ai.build_months", "Build months", "months",
		ranged("with build timing: months over which a phase's fit-out is paid", bounds{min: "1", max: "60"}),
		bounds{min: "1", max: "60"}, "1", func(s *Scenario) *int { return &s.AI.BuildMonths }),
	number("ai.fitout_capex_usd_per_mw", "Fit-out capex", "$/MW", "fit-out capex per MW of critical IT load, USD",
		upTo("1000000000"), "500000", 0, func(s *Scenario) *decimal.Decimal { return &s.AI.FitoutCapexUSDPerMW }),
	number("ai.fitout_residual_pct", "Fit-out residual", "%", "share of fit-out capex recovered at the end, %", percent, "5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.AI.FitoutResidualPct }),
	number("ai.opex_usd_per_mw_month", "AI opex", "$/MW-mo", "non-power opex per MW of critical IT load, USD per month",
		upTo("10000000"), "1000", 0, func(s *Scenario) *decimal.Decimal { return &s.AI.OpexUSDPerMWMonth }),
	number("ai.prepayment_usd", "Prepayment", "$",
		ranged("paid by the customer at signing (t = 0), then credited against revenue, USD", anyUSD),
		anyUSD, "1000000", 0, func(s *Scenario) *decimal.Decimal { return &s.AI.PrepaymentUSD }),
	integer("ai.prepayment_credit_months", "Prepayment credit", "months",
		ranged("equal credits over this many months from the first live month", bounds{min: "1", max: "600"}),
		bounds{min: "1", max: "600"}, "1", func(s *Scenario) *int { return &s.AI.PrepaymentCreditMonths }),
	optional("ai.discount_rate_pct", "Pivot discount rate", "%/yr",
		ranged("the pivot's own annual discount rate, %; unset: discount_rate_pct", discountRate),
		discountRate, "0.5", 1, "discount_rate_pct", "",
		func(s *Scenario) *decimal.NullDecimal { return &s.AI.DiscountRatePct }),
	number("ai.exit_ev_ebitda", "Pivot exit multiple", "x",
		ranged("EV/EBITDA multiple valuing the pivot at the horizon; 0: the end value is the residual", exitMultiple),
		exitMultiple, "0.5", 1, func(s *Scenario) *decimal.Decimal { return &s.AI.ExitEVEBITDA }),
	number("ai.power_premium_usd_per_mwh", "Firm power premium", "$/MWh",
		ranged("extra price of firm power for the AI hall, $/MWh (the GPU cloud pays it)", upTo("10000")),
		upTo("10000"), "1", 2, func(s *Scenario) *decimal.Decimal { return &s.AI.PowerPremiumUSDPerMWh }),

	text("ai.gpu.model", "GPU model", "GPU model, free text", func(s *Scenario) *string { return &s.AI.GPU.Model }),
	// At least 10 W: a lighter "GPU" would put more GPUs in a hall than any
	// holds, and past the float64 the risk views sample in (1e-300 kW gives
	// 3.7e304 GPUs). The lightest accelerator cards draw tens of watts.
	number("ai.gpu.kw_per_gpu", "kW per GPU", "kW", "all-in IT load per GPU (server, network share), kW",
		bounds{min: "0.01", max: "1000"}, "0.1", 2, func(s *Scenario) *decimal.Decimal { return &s.AI.GPU.KWPerGPU }),
	number("ai.gpu.capex_usd_per_gpu", "GPU capex", "$/GPU", "all-in capex per GPU (server, network, install), USD",
		upTo("10000000"), "1000", 0, func(s *Scenario) *decimal.Decimal { return &s.AI.GPU.CapexUSDPerGPU }),
	number("ai.gpu.rental_usd_per_gpu_hour", "GPU rate", "$/GPU-h", "rental rate in month 1, USD per GPU-hour",
		upTo("1000"), "0.05", 2, func(s *Scenario) *decimal.Decimal { return &s.AI.GPU.RentalUSDPerGPUHour }),
	number("ai.gpu.rental_growth_pct_per_year", "GPU rate drift", "%/yr", "yearly change of the rental rate, %",
		growthRate, "1", 1, func(s *Scenario) *decimal.Decimal { return &s.AI.GPU.RentalGrowthPctPerYear }),
	number("ai.gpu.utilization_pct", "Utilization", "%", "share of GPU-hours billed, %", percent, "1", 1,
		func(s *Scenario) *decimal.Decimal { return &s.AI.GPU.UtilizationPct }),
	number("ai.gpu.idle_power_pct", "Idle power", "%", "draw of an unbilled GPU, % of full", percent, "5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.AI.GPU.IdlePowerPct }),
	number("ai.gpu.residual_pct", "GPU residual", "%", "share of GPU capex recovered at the end, %", percent, "5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.AI.GPU.ResidualPct }),
	number("ai.gpu.opex_usd_per_gpu_hour", "GPU opex", "$/GPU-h",
		ranged("cloud operations per installed GPU-hour (maintenance, network, software, staff, insurance), USD", upTo("100")),
		upTo("100"), "0.01", 2, func(s *Scenario) *decimal.Decimal { return &s.AI.GPU.OpexUSDPerGPUHour }),

	number("ai.colocation.rate_usd_per_kw_month", "Colo rate", "$/kW-mo", "lease rate per kW of critical IT load, USD per month",
		upTo("100000"), "5", 2, func(s *Scenario) *decimal.Decimal { return &s.AI.Colocation.RateUSDPerKWMonth }),
	number("ai.colocation.escalator_pct_per_year", "Colo escalator", "%/yr", "yearly lease escalator, %", growthRate, "0.5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.AI.Colocation.EscalatorPctPerYear }),
	choice("ai.colocation.escalator_step", "Escalator step", "monthly | annual: annual steps once on each lease anniversary",
		[]string{string(EscalateMonthly), string(EscalateAnnual)},
		func(s *Scenario) *string { return (*string)(&s.AI.Colocation.EscalatorStep) }),
	number("ai.colocation.occupancy_pct", "Occupancy", "%", "share of critical IT leased, %", percent, "1", 1,
		func(s *Scenario) *decimal.Decimal { return &s.AI.Colocation.OccupancyPct }),
	integer("ai.colocation.term_months", "Lease term", "months",
		ranged("lease term from the first live month; 0: the lease runs to the end of the horizon", bounds{min: "0", max: "600"}),
		bounds{min: "0", max: "600"}, "12", func(s *Scenario) *int { return &s.AI.Colocation.TermMonths }),
	number("ai.colocation.renewal_pct", "Renewal", "%",
		ranged("probability that the lease renews at the end of its term, %", percent), percent, "5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.AI.Colocation.RenewalPct }),
	number("ai.colocation.tenant_capex_pct", "Tenant capex", "%",
		ranged("share of the fit-out capex the tenant pays, %", percent), percent, "5", 1,
		func(s *Scenario) *decimal.Decimal { return &s.AI.Colocation.TenantCapexPct }),
	optional("ai.colocation.contract_value_usd", "Contract value", "$",
		ranged("total rent over term_months as announced, USD; sets the month-1 rate (then leave out rate_usd_per_kw_month)",
			bounds{min: "0", max: "10000000000000", minOpen: true, capped: true}),
		bounds{min: "0", max: "10000000000000", minOpen: true, capped: true}, "100000000", 0, "", "3700000000",
		func(s *Scenario) *decimal.NullDecimal { return &s.AI.Colocation.ContractValueUSD }),

	number("treasury.btc_held", "BTC held", "BTC", "BTC on the balance sheet", upTo("21000000"), "100", 2,
		func(s *Scenario) *decimal.Decimal { return &s.Treasury.BTCHeld }),
	number("treasury.loan_usd", "Loan", "$", "BTC-backed loan balance, USD", upTo("1000000000000"), "1000000", 0,
		func(s *Scenario) *decimal.Decimal { return &s.Treasury.LoanUSD }),
	number("treasury.margin_call_ltv_pct", "Margin-call LTV", "%", "loan-to-value that triggers a margin call, %",
		positive("1000"), "1", 1, func(s *Scenario) *decimal.Decimal { return &s.Treasury.MarginCallLTVPct }),
	number("treasury.liquidation_ltv_pct", "Liquidation LTV", "%", "loan-to-value at which the lender liquidates, %",
		positive("1000"), "1", 1, func(s *Scenario) *decimal.Decimal { return &s.Treasury.LiquidationLTVPct }),
	number("treasury.btc_to_sell", "BTC to sell", "BTC", "BTC sold to repay the loan and fund the pivot",
		upTo("21000000"), "100", 2, func(s *Scenario) *decimal.Decimal { return &s.Treasury.BTCToSell }),

	// spec §14, with §17's ranges: tax and project debt, one block.
	number("finance.tax_rate_pct", "Tax rate", "%",
		ranged("tax rate on taxable income; losses carry forward without limit, %", percent),
		percent, "1", 1, func(s *Scenario) *decimal.Decimal { return &s.Finance.TaxRatePct }),
	integer("finance.asic_depreciation_years", "ASIC life", "years",
		ranged("life of ASIC and mining infrastructure capex: straight line, monthly, whole years", depreciationLife),
		depreciationLife, "1", func(s *Scenario) *int { return &s.Finance.ASICDepreciationYears }),
	integer("finance.gpu_depreciation_years", "GPU life", "years",
		ranged("life of GPU capex: straight line, monthly, whole years", depreciationLife),
		depreciationLife, "1", func(s *Scenario) *int { return &s.Finance.GPUDepreciationYears }),
	integer("finance.fitout_depreciation_years", "Fit-out life", "years",
		ranged("life of fit-out capex: straight line, monthly, whole years", depreciationLife),
		depreciationLife, "1", func(s *Scenario) *int { return &s.Finance.FitoutDepreciationYears }),
	number("finance.debt_pct_of_capex", "Debt share", "%",
		ranged("share of every capex payment funded by project debt, %", upTo("90")),
		upTo("90"), "5", 1, func(s *Scenario) *decimal.Decimal { return &s.Finance.DebtPctOfCapex }),
	number("finance.debt_rate_pct", "Debt rate", "%/yr",
		ranged("yearly interest; monthly rate = debt_rate_pct / 1200", percent),
		percent, "0.5", 2, func(s *Scenario) *decimal.Decimal { return &s.Finance.DebtRatePct }),
	integer("finance.debt_term_months", "Debt term", "months",
		ranged("each draw is repaid in level monthly payments over this many months, from the month after it", bounds{min: "1", max: "600"}),
		bounds{min: "1", max: "600"}, "12", func(s *Scenario) *int { return &s.Finance.DebtTermMonths }),
	number("finance.equity_discount_rate_pct", "Equity discount rate", "%/yr",
		ranged("annual discount rate for the equity NPV", growthRate),
		growthRate, "0.5", 1, func(s *Scenario) *decimal.Decimal { return &s.Finance.EquityDiscountRatePct }),

	integer("risk.paths", "Paths", "", "Monte Carlo paths", bounds{min: "100", max: "1000000"}, "1000",
		func(s *Scenario) *int { return &s.Risk.Paths }),
	{Key: "risk.seed", Label: "Seed", Comment: "same seed, same result, on any number of cores", Kind: KindInteger,
		Min: d("0"), Max: d("9223372036854775807"), Step: d("1"),
		seed: func(s *Scenario) *int64 { return &s.Risk.Seed }},
	number("risk.btc_volatility_pct", "BTC volatility", "%/yr", "annualised volatility of the BTC price, %",
		upTo("500"), "5", 1, func(s *Scenario) *decimal.Decimal { return &s.Risk.BTCVolatilityPct }),
	number("risk.power_price_volatility_pct", "Power volatility", "%/yr", "annualised volatility of the power price, %",
		upTo("500"), "5", 1, func(s *Scenario) *decimal.Decimal { return &s.Risk.PowerPriceVolatilityPct }),
	number("risk.hashrate_growth_sd_pct", "Hashrate growth SD", "points", "spread of the yearly network-hashrate growth rate, drawn once per path",
		upTo("1000"), "1", 1, func(s *Scenario) *decimal.Decimal { return &s.Risk.HashrateGrowthSDPct }),
	number("risk.rental_growth_sd_pct", "AI rate drift SD", "points", "spread of the yearly AI-rate drift, drawn once per path",
		upTo("1000"), "1", 1, func(s *Scenario) *decimal.Decimal { return &s.Risk.RentalGrowthSDPct }),
}
