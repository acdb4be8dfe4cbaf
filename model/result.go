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

	// CapexUSD is all of the strategy's capex, whenever paid.
	CapexUSD decimal.Decimal
	// ResidualUSD is the end value at month H: the residual, or the exit
	// multiple's terminal value (spec §12).
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
	// PaybackMonths is the first month whose cumulative cash, without the end
	// value, is >= 0; 0 when never.
	PaybackMonths       int
	EBITDAUSDPerMWYear  decimal.Decimal
	FirstYearRevenueUSD decimal.Decimal // the first 12 live months (fewer if the horizon ends)
	FirstYearEBITDAUSD  decimal.Decimal

	// Mining only.
	BTCMined          decimal.Decimal
	CashCostPerBTCUSD decimal.Decimal
	// CashCostPerBTCUndefined: at 100 % curtailment nothing is mined and the
	// cash cost per BTC is null (spec §17); CashCostPerBTCUSD is then 0.
	CashCostPerBTCUndefined bool
	HashcostUSDPerPHDay     decimal.Decimal

	// Part two (spec §10–§12, §16).

	// MiningMW is the grid MW that mine throughout: the site's for the mining
	// strategy, the kept MW for the pivot.
	MiningMW decimal.Decimal
	// The pivot only: its capex timing, its phases, its first and last live
	// months (L_1 and L_last, which may lie past the horizon without phases),
	// the colocation rate in use (derived from a contract value when there is
	// one; Valid false in GPU cloud mode) and the prepayment received at t = 0.
	CapexTiming           CapexTiming
	Phases                []PhaseResult
	FirstLiveMonth        int
	LastLiveMonth         int
	ColoRateUSDPerKWMonth decimal.NullDecimal
	PrepaymentUSD         decimal.Decimal

	// DiscountRatePct is the strategy's own rate; TerminalMethod says whether
	// ResidualUSD is the residual or an exit multiple's value.
	DiscountRatePct decimal.Decimal
	TerminalMethod  TerminalMethod
	// Per IT MW-year, as deals are quoted: mining over its first 12 months,
	// the pivot's AI phases over the 12 months from L_last.
	RevenueUSDPerITMWYear decimal.Decimal
	EBITDAUSDPerITMWYear  decimal.Decimal

	// InitialCapexUSD is the capex paid at t = 0; CapexPayments lists every
	// payment with its month and asset class, for a finance layer (spec §14).
	InitialCapexUSD decimal.Decimal
	CapexPayments   []CapexPayment

	// Spec §14, with [finance]: TaxUSD is the unlevered tax over the horizon
	// (0 without [finance]), and Equity the strategy as its shareholders see
	// it once the capex is financed (nil without [finance]). NPV, IRR, the
	// cumulative and net cash and the payback above are then after tax.
	TaxUSD decimal.Decimal
	Equity *Equity
}

// PhaseResult is one phase of the pivot as built (spec §16).
type PhaseResult struct {
	MW        decimal.Decimal
	Live      YearMonth
	LiveMonth int // L_p, the projection month it goes live
	ITMW      decimal.Decimal
	GPUs      decimal.NullDecimal // Valid false in colocation
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
	// Mining: bitcoin mined this month (also the pivot's mining parts).
	BTCMined decimal.Decimal
	// CapexUSD is the capex paid at the end of the month (spec §10); the
	// capex at t = 0 is the strategy's InitialCapexUSD.
	CapexUSD decimal.Decimal
	// PrepaymentCreditUSD is the part of the prepayment credited against this
	// month's revenue; RevenueUSD is net of it (spec §11).
	PrepaymentCreditUSD decimal.Decimal

	// Spec §14, with [finance] (all zero without it): the depreciation taken
	// and the unlevered tax of the month, the project debt's interest and
	// scheduled principal, and the equity cash flow (after the levered tax;
	// month H's repays the balance left and takes the end value).
	DepreciationUSD decimal.Decimal
	TaxUSD          decimal.Decimal
	InterestUSD     decimal.Decimal
	PrincipalUSD    decimal.Decimal
	EquityCashUSD   decimal.Decimal
	// DrawUSD and LeveredTaxUSD are the debt drawn with the month's capex
	// and the tax once interest is deducted: the rest of the equity flow.
	DrawUSD, LeveredTaxUSD decimal.Decimal
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
