package words

import (
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
)

// NoDifferences stands for the list of inputs that differ when every
// scenario compared has the same inputs (the same file twice, say).
const NoDifferences = "None: every input is the same."

// ComparisonHeadline states the verdicts of several scenarios in one
// sentence: "ASIC mining wins in all 3 scenarios, by $120.3M to $555.1M in
// NPV." when they agree, or "ASIC mining wins in 2 of 3 scenarios (Base,
// Bear) and AI compute in 1 (Bull)." when they do not.
func ComparisonHeadline(results []model.Result) string {
	n := len(results)
	byWinner := map[model.Winner][]int{}
	for i, res := range results {
		byWinner[res.Verdict.Winner] = append(byWinner[res.Verdict.Winner], i)
	}
	if len(byWinner) == 1 {
		w := results[0].Verdict.Winner
		if w == model.WinnerTie {
			return "Every scenario is a dead heat: the two " + npvIn(results) + "s are within $1."
		}
		return StrategyName(w) + " wins in " + every(n) + ", " + marginRange(results) + " in " + npvIn(results) + "."
	}
	var parts []string
	for _, w := range []model.Winner{model.WinnerMining, model.WinnerAI, model.WinnerTie} {
		idx := byWinner[w]
		if len(idx) == 0 {
			continue
		}
		names := make([]string, len(idx))
		for i, at := range idx {
			names[i] = results[at].Scenario.Name
		}
		count := strconv.Itoa(len(idx))
		if len(parts) == 0 {
			count += " of " + strconv.Itoa(n) + " scenarios"
		}
		lead := StrategyName(w) + " wins in "
		switch {
		case w == model.WinnerTie:
			lead = "a dead heat in "
		case len(parts) > 0:
			lead = StrategyName(w) + " in "
		}
		parts = append(parts, lead+count+" ("+strings.Join(names, ", ")+")")
	}
	last := len(parts) - 1
	if last == 0 {
		return parts[0] + "."
	}
	return strings.Join(parts[:last], ", ") + " and " + parts[last] + "."
}

// npvIn names the NPVs the verdicts compare: "NPV", "after-tax NPV" as
// Margin says it when every scenario has [finance] (spec §14), or "NPV,
// after tax with [finance]" when only some do.
func npvIn(results []model.Result) string {
	financed := 0
	for _, res := range results {
		if res.Scenario.HasFinance {
			financed++
		}
	}
	if financed == len(results) {
		return "after-tax NPV"
	}
	return AfterTaxIn("NPV", financed, len(results))
}

// every is "both scenarios" or "all 5 scenarios".
func every(n int) string {
	if n == 2 {
		return "both scenarios"
	}
	return "all " + strconv.Itoa(n) + " scenarios"
}

// marginRange is "by $555.1M", or "by $120.3M to $555.1M" when the leads
// differ as written.
func marginRange(results []model.Result) string {
	lo, hi := results[0].Verdict.NPVAdvantageUSD, results[0].Verdict.NPVAdvantageUSD
	for _, res := range results[1:] {
		lo = decimal.Min(lo, res.Verdict.NPVAdvantageUSD)
		hi = decimal.Max(hi, res.Verdict.NPVAdvantageUSD)
	}
	if format.USDShort(lo) == format.USDShort(hi) {
		return "by " + format.USDShort(hi)
	}
	return "by " + format.USDShort(lo) + " to " + format.USDShort(hi)
}

// MoreDifferences ends a list of differing inputs cut short: "and 7 more
// inputs differ: the text report lists them all."
func MoreDifferences(n int) string {
	if n == 1 {
		return "and 1 more input differs: the text report lists them all."
	}
	return "and " + strconv.Itoa(n) + " more inputs differ: the text report lists them all."
}
