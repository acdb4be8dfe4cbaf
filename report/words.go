// Package report renders a model result without a terminal: text, Markdown,
// CSV and JSON for memos and pipelines. Every figure comes from the model;
// nothing here computes one of its own.
package report

import (
	"fmt"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
)

// StrategyName is how a strategy is called on every screen and page.
func StrategyName(w model.Winner) string {
	switch w {
	case model.WinnerMining:
		return "ASIC mining"
	case model.WinnerAI:
		return "AI compute"
	}
	return "Neither"
}

// ModeName names the AI mode for people.
func ModeName(m model.Mode) string {
	if m == model.ModeColocation {
		return "colocation lease"
	}
	return "GPU cloud"
}

// Headline is the verdict in one sentence: "ASIC mining wins by $555.1M in NPV."
func Headline(res model.Result) string {
	if res.Verdict.Winner == model.WinnerTie {
		return "A tie: the two NPVs are within $1."
	}
	return fmt.Sprintf("%s wins by %s in NPV.", StrategyName(res.Verdict.Winner), format.USDShort(res.Verdict.NPVAdvantageUSD))
}

// GPURate, ColoRate, Hashprice and PowerPrice write the break-even figures with their units.
func GPURate(v decimal.Decimal) string    { return format.Price(v, 2, "/GPU-hour") }
func ColoRate(v decimal.Decimal) string   { return format.Price(v, 2, "/kW-month") }
func Hashprice(v decimal.Decimal) string  { return format.Price(v, 2, "/PH/day") }
func PowerPrice(v decimal.Decimal) string { return format.Price(v, 2, "/MWh") }

// FlipPoints states each break-even of spec §6 in words, as it reads whichever
// side wins now: AI NPV rises with its rate and mining NPV with the hashprice,
// so "AI wins above" and "mining wins above" hold on both sides of the point.
func FlipPoints(res model.Result) []string {
	b := res.Breakeven
	winner := res.Verdict.Winner
	var lines []string
	switch res.AI.Mode {
	case model.ModeColocation:
		lines = append(lines, rateFlip(b.ColoRateUSDPerKWMonth, winner, ColoRate, "colocation rate"))
	default:
		lines = append(lines, rateFlip(b.GPURateUSDPerGPUHour, winner, GPURate, "GPU rate"))
	}
	switch {
	case b.HashpriceUSDPerPHDay.Valid:
		lines = append(lines, fmt.Sprintf("Mining wins above %s (month-1 hashprice; now %s).",
			Hashprice(b.HashpriceUSDPerPHDay.Decimal), Hashprice(res.HashpriceUSDPerPHDay)))
	case winner == model.WinnerAI:
		lines = append(lines, "No hashprice up to $10,000/PH/day makes mining win.")
	default:
		lines = append(lines, "Mining wins at any hashprice, even $0/PH/day.")
	}
	if b.MiningPowerPriceUSDPerMWh.Valid {
		lines = append(lines, fmt.Sprintf("Mining's month-1 EBITDA turns negative above %s power.",
			PowerPrice(b.MiningPowerPriceUSDPerMWh.Decimal)))
	}
	return lines
}

func rateFlip(breakeven decimal.NullDecimal, winner model.Winner, write func(decimal.Decimal) string, what string) string {
	switch {
	case breakeven.Valid:
		return fmt.Sprintf("AI wins above %s.", write(breakeven.Decimal))
	case winner == model.WinnerAI:
		return fmt.Sprintf("AI wins at any %s, even $0.", what)
	default:
		return fmt.Sprintf("No %s makes AI win.", what)
	}
}
