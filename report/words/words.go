// Package words holds every sentence that explains a result: the verdict's
// headline, its flip points and notes, and the Monte Carlo's answer. The
// dashboard, the memo card and every report format take their words from
// here, so no two of them ever say it differently. Each is a function of the
// model's result; a new result (after tax, to equity, phase by phase) gets its
// sentences here too.
package words

import (
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
)

// The two strategies, as every screen and page names them, and a verdict
// with no winner (spec §5's tie: the NPVs within $1).
const (
	Mining   = "ASIC mining"
	AI       = "AI compute"
	DeadHeat = "Dead heat"
)

// The windows and the divisors of the per-year figures, as every report
// labels them (spec §6, §12): mining is live from month 1 and AI from its
// first live month, so "year 1" would mean two different years; the grid MW
// are the site's, the IT MW each side's critical IT load. The short forms
// fit a result card.
const (
	FirstLiveYear      = "first 12 live months"
	FirstLiveYearShort = "12 live"
	PerGridMW          = "per grid MW"
	PerITMW            = "per IT MW"
)

// Periods says which months and MW the per-year figures cover, for a report
// under its results: "First 12 live months: from 2027-01 (month 1) for ASIC
// mining, from 2028-01 (month 13) for AI compute. Per grid MW: over the
// site's 50.0 MW. Per IT MW: over each side's critical IT load, AI
// compute's halls over the 12 months from 2029-01 (month 25), when its last
// phase is live."
func Periods(res model.Result) string {
	sc := res.Scenario
	from := func(month int) string {
		return sc.Start.AddMonths(month-1).String() + " (month " + strconv.Itoa(month) + ")"
	}
	text := "First 12 live months: from " + from(1) + " for " + Mining
	if first := res.AI.FirstLiveMonth; first <= sc.HorizonMonths {
		text += ", from " + from(first) + " for " + AI + "."
	} else {
		text += "; " + AI + " is never live within the horizon."
	}
	text += " Per grid MW: over the site's " + format.Number(sc.Site.PowerMW, 1, "MW") + ". Per IT MW: over each side's critical IT load"
	if last := res.AI.LastLiveMonth; last != res.AI.FirstLiveMonth && last <= sc.HorizonMonths {
		text += ", " + AI + "'s halls over the 12 months from " + from(last) + ", when its last phase is live"
	}
	return text + "."
}

// YearTable says what a year-by-year table's years are, beside the
// first-year figures that count from each side's first live month: "Years
// count from the projection's start, 2027-01, for both sides; AI compute's
// first 12 live months begin in 2028-01 (month 13)."
func YearTable(res model.Result) string {
	sc := res.Scenario
	text := "Years count from the projection's start, " + sc.Start.String() + ", for both sides"
	if first := res.AI.FirstLiveMonth; first > 1 && first <= sc.HorizonMonths {
		text += "; " + AI + "'s " + FirstLiveYear + " begin in " + sc.Start.AddMonths(first-1).String() +
			" (month " + strconv.Itoa(first) + ")"
	}
	return text + "."
}

// NoCapex stands where a share of a strategy's capex would be, when it has
// none (a fleet already paid for): "100 % of $0" would say nothing.
const NoCapex = "no capex to cover"

// ShortName is a strategy's name where the full one does not fit, as the
// chart's line ends say it: "ASIC" or "AI".
func ShortName(mining bool) string {
	if mining {
		return "ASIC"
	}
	return "AI"
}

// StrategyName names the winner of a verdict: a strategy, or "Neither" for a
// dead heat.
func StrategyName(w model.Winner) string {
	switch w {
	case model.WinnerMining:
		return Mining
	case model.WinnerAI:
		return AI
	}
	return "Neither"
}

// Winner opens the headline: "ASIC mining wins", "AI compute wins" or "Dead
// heat". The dashboard's banner sets it in capitals.
func Winner(res model.Result) string {
	if res.Verdict.Winner == model.WinnerTie {
		return DeadHeat
	}
	return StrategyName(res.Verdict.Winner) + " wins"
}

// Margin completes the headline after Winner: " by $555.1M in NPV", or ": the
// two NPVs are within $1" for a dead heat (spec §5's tie). With [finance]
// the NPVs are after tax, and it says so (spec §14).
func Margin(res model.Result) string {
	npv := "NPV"
	if res.Scenario.HasFinance {
		npv = "after-tax NPV"
	}
	if res.Verdict.Winner == model.WinnerTie {
		return ": the two " + npv + "s are within $1"
	}
	return " by " + format.USDShort(res.Verdict.NPVAdvantageUSD) + " in " + npv
}

// AfterTax labels a figure that [finance] puts after tax (spec §14), as
// every table writes it: "NPV" is "NPV after tax", "IRR, yearly" is "IRR
// after tax, yearly".
func AfterTax(label string) string {
	name, rest, found := strings.Cut(label, ",")
	if found {
		rest = "," + rest
	}
	return name + " after tax" + rest
}

// AfterTaxIn labels such a figure across several scenarios, financed of
// them with [finance]: as it is when none has the table, AfterTax when all
// do, and "NPV, after tax with [finance]" when only some do (the
// comparison's Figures row then says which).
func AfterTaxIn(label string, financed, scenarios int) string {
	switch {
	case financed == 0:
		return label
	case financed == scenarios:
		return AfterTax(label)
	}
	return label + ", " + afterTaxWithFinance
}

// TaxBasis says what a scenario's NPV, IRR and verdict are: "after tax" with
// [finance] (spec §14), "pre-tax" without.
func TaxBasis(financed bool) string {
	if financed {
		return "after tax"
	}
	return "pre-tax"
}

// afterTaxWithFinance qualifies a figure that only some scenarios put after tax.
const afterTaxWithFinance = "after tax with [finance]"

// ShortMargin is Margin for a narrow banner, where "in after-tax NPV" does
// not fit: " by $1.23B after tax", or ": within $1 after tax" for a dead
// heat, with [finance]; Margin itself without.
func ShortMargin(res model.Result) string {
	if !res.Scenario.HasFinance {
		return Margin(res)
	}
	if res.Verdict.Winner == model.WinnerTie {
		return ": within $1 after tax"
	}
	return " by " + format.USDShort(res.Verdict.NPVAdvantageUSD) + " after tax"
}

// Headline is the verdict in one sentence: "ASIC mining wins by $555.1M in NPV."
func Headline(res model.Result) string { return Winner(res) + Margin(res) + "." }

// Basis says what the NPVs assume: "at 12.0 % over 60 months", or, when
// each strategy has its own rate (spec §12), "at 15.0 % for mining and
// 9.0 % for AI over 125 months".
func Basis(res model.Result) string {
	return "at " + Rates(res) + " over " + format.Months(res.Scenario.HorizonMonths)
}

// Rates names the discount rates the NPVs are taken at: "12.0 %", or "15.0 %
// for mining and 9.0 % for AI" when the strategies have their own.
func Rates(res model.Result) string {
	m, a := res.Mining.DiscountRatePct, res.AI.DiscountRatePct
	if m.Equal(a) {
		return format.Percent(m, 1)
	}
	return format.Percent(m, 1) + " for mining and " + format.Percent(a, 1) + " for AI"
}

// RateNow is the AI side's month-1 rate in use: the GPU rental rate, the
// lease rate given, or the one a contract value sets (spec §11).
func RateNow(res model.Result) decimal.Decimal {
	if res.Scenario.AI.Mode != model.ModeColocation {
		return res.Scenario.AI.GPU.RentalUSDPerGPUHour
	}
	if r := res.AI.ColoRateUSDPerKWMonth; r.Valid {
		return r.Decimal
	}
	return res.Scenario.AI.Colocation.RateUSDPerKWMonth
}

// RateName names the AI side's rate in a mode: "GPU rate" or "colocation rate".
func RateName(m model.Mode) string {
	if m == model.ModeColocation {
		return "colocation rate"
	}
	return "GPU rate"
}

// Flip is one break-even of spec §6 in words, and where its input stands now.
type Flip struct {
	Text string // "AI wins above $3.88/GPU-hour"
	Now  string // "(now $2.35)"; "" when the input's value would say nothing
}

// String is the flip point with its current value, as the dashboard shows it.
func (f Flip) String() string {
	if f.Now == "" {
		return f.Text
	}
	return f.Text + " " + f.Now
}

// Sentence is String as a sentence, for reports.
func (f Flip) Sentence() string { return f.String() + "." }

// FlipPoints states the break-evens that can flip the verdict, phrased from
// where it stands now: first the AI rate (AI NPV rises with it), then the
// month-1 hashprice (mining NPV rises with it), so "AI wins above" and "mining
// wins above" hold on both sides of each point.
func FlipPoints(res model.Result) []Flip {
	return []Flip{rateFlip(res), hashpriceFlip(res)}
}

// rateFlip is the GPU rental or colocation rate at which AI NPV = mining NPV.
func rateFlip(res model.Result) Flip {
	sc := res.Scenario
	mode := sc.AI.Mode
	breakeven := res.Breakeven.GPURateUSDPerGPUHour
	if mode == model.ModeColocation {
		breakeven = res.Breakeven.ColoRateUSDPerKWMonth
	}
	now := "(now " + format.Price(RateNow(res), 2, "") + ")"
	if mode == model.ModeColocation && sc.AI.Colocation.ContractValueUSD.Valid {
		// spec §17: with a contract value the break-even is a month-1 rate
		// like the one the value sets, which is not an input.
		now = "(now " + format.Price(RateNow(res), 2, "") + ", derived)"
	}
	switch winner := res.Verdict.Winner; {
	case !breakeven.Valid && res.AI.FirstLiveMonth > sc.HorizonMonths:
		return Flip{Text: "No " + RateName(mode) + " matters: AI never goes live within the horizon"}
	case !breakeven.Valid && winner == model.WinnerAI:
		return Flip{Text: "AI wins even at " + format.Rate(mode, decimal.Zero)}
	case !breakeven.Valid:
		return Flip{Text: "No " + RateName(mode) + " makes AI win"}
	case winner == model.WinnerMining:
		return Flip{Text: "AI wins above " + format.Rate(mode, breakeven.Decimal), Now: now}
	case winner == model.WinnerAI:
		return Flip{Text: "Mining wins only below " + format.Rate(mode, breakeven.Decimal), Now: now}
	default:
		return Flip{Text: "AI wins above " + format.Rate(mode, breakeven.Decimal) + ", mining below", Now: now}
	}
}

// hashpriceFlip is the month-1 hashprice at which mining NPV = AI NPV (spec
// §6 solves the override), searched from $0 to the model's limit.
func hashpriceFlip(res model.Result) Flip {
	breakeven := res.Breakeven.HashpriceUSDPerPHDay
	now := "(now " + format.Price(res.HashpriceUSDPerPHDay, 2, "") + ")"
	limit := format.Price(model.MaxBreakevenHashpriceUSDPerPHDay, 0, "/PH/day")
	switch winner := res.Verdict.Winner; {
	case !breakeven.Valid && winner == model.WinnerMining:
		// Mining NPV only falls with the hashprice, and at $0 it still leads.
		return Flip{Text: "AI loses even if mining earned nothing"}
	case !breakeven.Valid && winner == model.WinnerAI:
		return Flip{Text: "Mining loses even at a " + limit + " hashprice"}
	case !breakeven.Valid:
		return Flip{Text: "No hashprice up to " + limit + " breaks the tie"}
	case winner == model.WinnerMining:
		return Flip{Text: "AI wins if the month-1 hashprice falls below " + format.Hashprice(breakeven.Decimal), Now: now}
	case winner == model.WinnerAI:
		return Flip{Text: "Mining wins if the month-1 hashprice rises above " + format.Hashprice(breakeven.Decimal), Now: now}
	default:
		return Flip{Text: "Mining wins above a month-1 hashprice of " + format.Hashprice(breakeven.Decimal) + ", AI below", Now: now}
	}
}

// Notes are the remarks that qualify the verdict without flipping it, each a
// sentence: that neither side earns back its capital, and the power price at
// which mining's first month stops paying its way.
func Notes(res model.Result) []string {
	var notes []string
	sc := res.Scenario
	if res.Mining.NPVUSD.IsNegative() && res.AI.NPVUSD.IsNegative() {
		loser := "mining"
		if res.Verdict.Winner == model.WinnerAI {
			loser = "AI"
		}
		notes = append(notes, "Neither side earns back its capital at "+Rates(res)+
			" a year; "+loser+" loses less.")
	}
	if be := res.Breakeven.MiningPowerPriceUSDPerMWh; be.Valid {
		// spec §6 solves month 1's EBITDA, not the NPVs: it says nothing of the verdict.
		notes = append(notes, "Mining's month-1 EBITDA turns negative above "+format.PowerPrice(be.Decimal)+
			" power (now "+format.PowerPrice(sc.Site.PowerPriceUSDPerMWh)+"); not a flip point.")
	}
	return notes
}

// RiskHeadline states the Monte Carlo's answer in a sentence, with the seed
// that reproduces it.
func RiskHeadline(r model.RiskResult) string {
	return "AI beats mining in " + format.Percent(decimal.NewFromFloat(r.PAIWins*100), 1) + " of " +
		format.Number(decimal.NewFromInt(int64(r.Paths)), 0, "") + " simulated paths (seed " +
		strconv.FormatInt(r.Seed, 10) + ")."
}
