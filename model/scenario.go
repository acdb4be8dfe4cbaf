// Package model is the economics engine of pivot-tui: a scenario in, the
// monthly ledgers of ASIC mining and AI compute, their valuation, the verdict
// and the break-evens out. It follows model-spec.md; comments cite its sections.
// The package is pure: no I/O, no clock, no globals that change.
package model

import "github.com/shopspring/decimal"

// Mode is how the AI side earns: renting GPUs by the hour, or leasing powered
// capacity to a tenant who brings its own.
type Mode string

const (
	ModeGPUCloud   Mode = "gpu_cloud"
	ModeColocation Mode = "colocation"
)

// Modes lists the valid AI modes in display order.
var Modes = []Mode{ModeGPUCloud, ModeColocation}

// Scenario is every input of spec §2, §9's risk table and part two's §10–§13. Field names carry
// their units; percents are percents (97 means 0.97).
type Scenario struct {
	Name            string
	Start           YearMonth
	HorizonMonths   int
	DiscountRatePct decimal.Decimal

	Site    Site
	Bitcoin Bitcoin
	Mining  Mining
	AI      AI

	// HasTreasury is false when the scenario has no treasury section; the
	// report then prints "treasury": null (spec §8).
	HasTreasury bool
	Treasury    Treasury

	// HasFinance is false when the scenario has no finance section: every
	// figure is then pre-tax and unlevered (spec §14).
	HasFinance bool
	Finance    Finance

	Risk Risk
}

type Site struct {
	PowerMW                    decimal.Decimal
	PowerPriceUSDPerMWh        decimal.Decimal
	PowerPriceGrowthPctPerYear decimal.Decimal
}

type Bitcoin struct {
	PriceUSD                 decimal.Decimal
	PriceGrowthPctPerYear    decimal.Decimal
	NetworkHashrateEH        decimal.Decimal
	HashrateGrowthPctPerYear decimal.Decimal
	BlockSubsidyBTC          decimal.Decimal
	FeesBTCPerBlock          decimal.Decimal
	NextHalving              YearMonth
	SubsidyAfterHalvingBTC   decimal.Decimal
	// HashpriceOverrideUSDPerPHDay, when Valid, replaces the month-1 hashprice (spec §3).
	HashpriceOverrideUSDPerPHDay decimal.NullDecimal
}

type Mining struct {
	EfficiencyJPerTH        decimal.Decimal
	PUE                     decimal.Decimal
	UptimePct               decimal.Decimal
	PoolFeePct              decimal.Decimal
	OpexUSDPerMWMonth       decimal.Decimal
	CapexUSDPerTH           decimal.Decimal
	InfrastructureCapexUSD  decimal.Decimal
	ResidualPct             decimal.Decimal
	ShutoffWhenUnprofitable bool

	// DiscountRatePct, when Valid, is the mining strategy's own rate (spec §12);
	// unset, it is the scenario's DiscountRatePct.
	DiscountRatePct decimal.NullDecimal
	// ExitEVEBITDA is the EV/EBITDA multiple that values the strategy at the
	// horizon; 0 keeps the residual (spec §12).
	ExitEVEBITDA decimal.Decimal

	// Spec §13: the miner's flexibility.
	CurtailmentPct              decimal.Decimal
	CurtailmentCreditUSDPerMWh  decimal.Decimal
	DemandResponseUSDPerMWMonth decimal.Decimal
}

// CapexTiming is when the pivot pays for its phases (spec §10).
type CapexTiming string

const (
	CapexUpfront CapexTiming = "upfront" // everything at t = 0
	CapexBuild   CapexTiming = "build"   // fit-out over the build, GPUs the month before live
)

// CapexTimings lists the valid timings in display order.
var CapexTimings = []CapexTiming{CapexUpfront, CapexBuild}

// Phase is one delivery of converted power (spec §10): its grid MW and the
// first month it earns AI revenue.
type Phase struct {
	MW   decimal.Decimal
	Live YearMonth
}

// Equal reports whether two phases plan the same MW (by value) live from
// the same month.
func (p Phase) Equal(q Phase) bool { return p.MW.Equal(q.MW) && p.Live == q.Live }

type AI struct {
	Mode Mode
	PUE  decimal.Decimal
	// ConvertedMW, when Valid, is the grid MW converted; unset, the whole site
	// converts (spec §10). Not given with Phases.
	ConvertedMW          decimal.NullDecimal
	ConversionMonths     int
	MineDuringConversion bool
	CapexTiming          CapexTiming
	BuildMonths          int
	// Phases, when present, replace ConvertedMW and ConversionMonths.
	Phases              []Phase
	FitoutCapexUSDPerMW decimal.Decimal
	FitoutResidualPct   decimal.Decimal
	OpexUSDPerMWMonth   decimal.Decimal

	// Spec §11: a customer's prepayment, credited against revenue.
	PrepaymentUSD          decimal.Decimal
	PrepaymentCreditMonths int

	// Spec §12: the pivot's own rate (unset: the scenario's) and exit multiple.
	DiscountRatePct decimal.NullDecimal
	ExitEVEBITDA    decimal.Decimal

	// PowerPremiumUSDPerMWh is what firm power costs the GPU cloud above the
	// site's price (spec §13).
	PowerPremiumUSDPerMWh decimal.Decimal

	GPU        GPU
	Colocation Colocation
}

type GPU struct {
	Model                  string
	KWPerGPU               decimal.Decimal
	CapexUSDPerGPU         decimal.Decimal
	RentalUSDPerGPUHour    decimal.Decimal
	RentalGrowthPctPerYear decimal.Decimal
	UtilizationPct         decimal.Decimal
	IdlePowerPct           decimal.Decimal
	ResidualPct            decimal.Decimal
	// OpexUSDPerGPUHour is the cloud's operations cost per installed GPU-hour (spec §13).
	OpexUSDPerGPUHour decimal.Decimal
}

// EscalatorStep is how a lease's escalator is applied (spec §11).
type EscalatorStep string

const (
	EscalateMonthly EscalatorStep = "monthly" // compounds every month
	EscalateAnnual  EscalatorStep = "annual"  // steps once on each lease anniversary
)

// EscalatorSteps lists the valid steps in display order.
var EscalatorSteps = []EscalatorStep{EscalateMonthly, EscalateAnnual}

type Colocation struct {
	RateUSDPerKWMonth   decimal.Decimal
	EscalatorPctPerYear decimal.Decimal
	EscalatorStep       EscalatorStep
	OccupancyPct        decimal.Decimal
	// TermMonths is the lease term from the first live month; 0 runs to the horizon.
	TermMonths     int
	RenewalPct     decimal.Decimal
	TenantCapexPct decimal.Decimal
	// ContractValueUSD, when Valid, is the rent over the term as announced; it
	// sets the month-1 rate, which is then not given (spec §11).
	ContractValueUSD decimal.NullDecimal
}

type Treasury struct {
	BTCHeld           decimal.Decimal
	LoanUSD           decimal.Decimal
	MarginCallLTVPct  decimal.Decimal
	LiquidationLTVPct decimal.Decimal
	BTCToSell         decimal.Decimal
}

// Finance is spec §14's tax and project-debt table. Depreciation lives are
// whole years: a straight line over years × 12 months.
type Finance struct {
	TaxRatePct              decimal.Decimal
	ASICDepreciationYears   int // ASICs and mining infrastructure
	GPUDepreciationYears    int
	FitoutDepreciationYears int
	DebtPctOfCapex          decimal.Decimal
	DebtRatePct             decimal.Decimal // yearly; the monthly rate is DebtRatePct / 1200
	DebtTermMonths          int
	EquityDiscountRatePct   decimal.Decimal
}

// Risk is spec §9's Monte Carlo table.
type Risk struct {
	Paths                   int
	Seed                    int64
	BTCVolatilityPct        decimal.Decimal
	PowerPriceVolatilityPct decimal.Decimal
	HashrateGrowthSDPct     decimal.Decimal
	RentalGrowthSDPct       decimal.Decimal
}

func d(text string) decimal.Decimal { return decimal.RequireFromString(text) }

// Default is the scenario of spec §2 with every key at its default: a 50 MW site.
func Default() Scenario {
	return Scenario{
		Name:            "Example site",
		Start:           MustYearMonth("2027-01"),
		HorizonMonths:   60,
		DiscountRatePct: d("12"),
		Site: Site{
			PowerMW:                    d("50"),
			PowerPriceUSDPerMWh:        d("45"),
			PowerPriceGrowthPctPerYear: d("0"),
		},
		Bitcoin: Bitcoin{
			PriceUSD:                 d("70000"),
			PriceGrowthPctPerYear:    d("0"),
			NetworkHashrateEH:        d("1050"),
			HashrateGrowthPctPerYear: d("20"),
			BlockSubsidyBTC:          d("3.125"),
			FeesBTCPerBlock:          d("0.03"),
			NextHalving:              MustYearMonth("2028-04"),
			SubsidyAfterHalvingBTC:   d("1.5625"),
		},
		Mining: Mining{
			EfficiencyJPerTH:        d("16"),
			PUE:                     d("1.05"),
			UptimePct:               d("97"),
			PoolFeePct:              d("2"),
			OpexUSDPerMWMonth:       d("5000"),
			CapexUSDPerTH:           d("18"),
			InfrastructureCapexUSD:  d("0"),
			ResidualPct:             d("0"),
			ShutoffWhenUnprofitable: true,

			ExitEVEBITDA:                d("0"),
			CurtailmentPct:              d("0"),
			CurtailmentCreditUSDPerMWh:  d("0"),
			DemandResponseUSDPerMWMonth: d("0"),
		},
		AI: AI{
			Mode:                   ModeGPUCloud,
			PUE:                    d("1.35"),
			ConversionMonths:       12,
			MineDuringConversion:   false,
			CapexTiming:            CapexUpfront,
			BuildMonths:            12,
			FitoutCapexUSDPerMW:    d("9000000"),
			FitoutResidualPct:      d("40"),
			OpexUSDPerMWMonth:      d("25000"),
			PrepaymentUSD:          d("0"),
			PrepaymentCreditMonths: 12,
			ExitEVEBITDA:           d("0"),
			PowerPremiumUSDPerMWh:  d("0"),
			GPU: GPU{
				Model:                  "H100 SXM",
				KWPerGPU:               d("1.4"),
				CapexUSDPerGPU:         d("45000"),
				RentalUSDPerGPUHour:    d("2.35"),
				RentalGrowthPctPerYear: d("-15"),
				UtilizationPct:         d("85"),
				IdlePowerPct:           d("30"),
				ResidualPct:            d("10"),
				// spec §13: the one part-two default that is not zero
				OpexUSDPerGPUHour: d("0.10"),
			},
			Colocation: Colocation{
				RateUSDPerKWMonth:   d("150"),
				EscalatorPctPerYear: d("3"),
				EscalatorStep:       EscalateMonthly,
				OccupancyPct:        d("100"),
				TermMonths:          0,
				RenewalPct:          d("100"),
				TenantCapexPct:      d("0"),
			},
		},
		Treasury: Treasury{
			BTCHeld:           d("0"),
			LoanUSD:           d("0"),
			MarginCallLTVPct:  d("70"),
			LiquidationLTVPct: d("85"),
			BTCToSell:         d("0"),
		},
		Finance: Finance{
			TaxRatePct:              d("0"),
			ASICDepreciationYears:   3,
			GPUDepreciationYears:    5,
			FitoutDepreciationYears: 15,
			DebtPctOfCapex:          d("0"),
			DebtRatePct:             d("10"),
			DebtTermMonths:          60,
			EquityDiscountRatePct:   d("15"),
		},
		Risk: Risk{
			Paths:                   10000,
			Seed:                    1,
			BTCVolatilityPct:        d("55"),
			PowerPriceVolatilityPct: d("20"),
			HashrateGrowthSDPct:     d("10"),
			RentalGrowthSDPct:       d("10"),
		},
	}
}
