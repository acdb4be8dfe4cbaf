// Package words holds every sentence that explains a result: the verdict's
// headline, its flip points and notes, and the Monte Carlo's answer. The
// dashboard, the memo card and every report format take their words from
// here, so no two of them ever say it differently. Each is a function of the
// model's result; a new result (after tax, to equity, phase by phase) gets its
// sentences here too.
package words

import (
	"strconv"

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

// Headline is the verdict in one sentence: "ASIC mining wins by $555.1M in NPV."
func Headline(res model.Result) string { return Winner(res) + Margin(res) + "." }

// Basis says what the NPVs assume: "at 12.0 % over 60 months".
func Basis(res model.Result) string {
	return "at " + format.Percent(res.Scenario.DiscountRatePct, 1) + " over " + format.Months(res.Scenario.HorizonMonths)
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
	rateNow, breakeven := sc.AI.GPU.RentalUSDPerGPUHour, res.Breakeven.GPURateUSDPerGPUHour
	if mode == model.ModeColocation {
		rateNow, breakeven = sc.AI.Colocation.RateUSDPerKWMonth, res.Breakeven.ColoRateUSDPerKWMonth
	}
	now := "(now " + format.Price(rateNow, 2, "") + ")"
	switch winner := res.Verdict.Winner; {
	case !breakeven.Valid && sc.AI.ConversionMonths >= sc.HorizonMonths:
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
		notes = append(notes, "Neither side earns back its capital at "+format.Percent(sc.DiscountRatePct, 1)+
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
