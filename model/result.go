package model

import "github.com/shopspring/decimal"

// Result is everything Evaluate derives from a scenario (spec §3–§8).
// Figures carry full precision; round only when displaying or writing.
type Result struct {
	Scenario Scenario

	// HashpriceUSDPerPHDay is the month-1 hashprice (the override when set).
	HashpriceUSDPerPHDay decimal.Decimal
	// HalvingMonths lists the projection months (1-based) in which a halving
	// takes effect, inside the horizon.
	HalvingMonths []int

	Mining    Strategy
	AI        Strategy
	Verdict   Verdict
	Breakeven Breakeven
	// Treasury is nil when the scenario has no treasury section.
	Treasury *TreasuryResult
}

// Strategy is one side of the comparison: its ledger and its valuation (spec §6).
type Strategy struct {
	ITMW decimal.Decimal
	// Mining only.
	HashratePH decimal.Decimal
	// AI only: the GPU count in gpu_cloud mode (Valid false in colocation).
	GPUs decimal.NullDecimal
	Mode Mode // AI only

	CapexUSD    decimal.Decimal
	ResidualUSD decimal.Decimal

	Months []MonthRow

	RevenueUSD   decimal.Decimal
	PowerCostUSD decimal.Decimal
	OpexUSD      decimal.Decimal
	EBITDAUSD    decimal.Decimal
	NetCashUSD   decimal.Decimal
	NPVUSD       decimal.Decimal
	// IRRPct is the annualised IRR in percent; Valid false when undefined.
	IRRPct decimal.NullDecimal
	// PaybackMonths is the first month whose cumulative cash is >= 0; 0 when never.
	PaybackMonths       int
	EBITDAUSDPerMWYear  decimal.Decimal
	FirstYearRevenueUSD decimal.Decimal // the first 12 live months (fewer if the horizon ends)
	FirstYearEBITDAUSD  decimal.Decimal

	// Mining only.
	BTCMined            decimal.Decimal
	CashCostPerBTCUSD   decimal.Decimal
	HashcostUSDPerPHDay decimal.Decimal
}

// MonthRow is one month of a strategy's ledger.
type MonthRow struct {
	Month             int // 1..H
	Date              YearMonth
	RevenueUSD        decimal.Decimal
	PowerCostUSD      decimal.Decimal
	OpexUSD           decimal.Decimal
	EBITDAUSD         decimal.Decimal
	CumulativeCashUSD decimal.Decimal
	// Running reports whether the machines earned this month: false for a
	// mining month shut off, or an AI conversion month.
	Running bool
	// Mining: bitcoin mined this month (also AI conversion months that mine).
	BTCMined decimal.Decimal
}

// Winner names the strategy with the higher NPV.
type Winner string

const (
	WinnerMining Winner = "mining"
	WinnerAI     Winner = "ai"
	WinnerTie    Winner = "tie"
)

type Verdict struct {
	Winner Winner
	// NPVAdvantageUSD is winner NPV − loser NPV; for a tie, the sub-dollar gap.
	NPVAdvantageUSD decimal.Decimal
}

// Breakeven holds the flip points of spec §6; Valid false where there is none.
type Breakeven struct {
	GPURateUSDPerGPUHour      decimal.NullDecimal
	ColoRateUSDPerKWMonth     decimal.NullDecimal
	HashpriceUSDPerPHDay      decimal.NullDecimal
	MiningPowerPriceUSDPerMWh decimal.NullDecimal
}

// TreasuryResult is spec §7. Null fields have Valid false.
type TreasuryResult struct {
	LTVPct                   decimal.NullDecimal
	MarginCallPriceUSD       decimal.NullDecimal
	LiquidationPriceUSD      decimal.NullDecimal
	ProceedsUSD              decimal.Decimal
	RepaidUSD                decimal.Decimal
	CashUSD                  decimal.Decimal
	LTVAfterPct              decimal.NullDecimal
	MarginCallPriceAfterUSD  decimal.NullDecimal
	LiquidationPriceAfterUSD decimal.NullDecimal
	MiningCapexCoveredPct    decimal.Decimal
	AICapexCoveredPct        decimal.Decimal
	// Spec §15 on the base price path: the first month whose LTV after the
	// sale reaches the margin-call or the liquidation LTV; 0 when none does.
	FirstMarginCallMonth  int
	FirstLiquidationMonth int
}
