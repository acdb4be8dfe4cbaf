package report

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/shopspring/decimal"
)

// riskCSVHeader is the risk table's one header. Each row belongs to one
// section and fills the columns that section uses, so a spreadsheet filters
// a section by its first column:
//
//   - odds: the Monte Carlo's shares and size; value is a share (0 to 1) or
//     a count (paths, seed);
//   - percentiles: P10, P50 and P90 of mining's NPV, AI's and AI's advantage;
//   - histogram: the 40 bins of AI NPV − mining NPV; low and high are a bin's
//     edges in dollars, value the paths in it;
//   - tornado: one input moved over its range; low and high are its values,
//     low_advantage_usd and high_advantage_usd AI's advantage at each, value
//     the swing;
//   - heatmap: AI's advantage (value) at one month-1 hashprice and AI rate.
var riskCSVHeader = []string{"section", "label", "key", "value", "p10_usd", "p50_usd", "p90_usd",
	"low", "high", "low_advantage_usd", "high_advantage_usd", "hashprice_usd_per_ph_day", "ai_rate"}

// riskCSV writes the risk views of spec §9 (and §15's odds of a margin call)
// as one table in long form: every figure JSON's risk and sensitivity
// objects hold, one row per figure or bin, dollars to the cent.
func riskCSV(w io.Writer, risk *Risk) error {
	out := csv.NewWriter(w)
	rows := [][]string{riskCSVHeader}
	row := func(section, label, key, value string) []string {
		r := make([]string, len(riskCSVHeader))
		r[0], r[1], r[2], r[3] = section, label, key, value
		return r
	}
	share := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	cents := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	value := func(v decimal.Decimal) string { return significant(v, 8).String() }

	mc := risk.MonteCarlo
	rows = append(rows,
		row("odds", "AI beats mining", "p_ai_wins", share(mc.PAIWins)),
		row("odds", "Simulated paths", "paths", strconv.Itoa(mc.Paths)),
		row("odds", "Seed", "seed", strconv.FormatInt(mc.Seed, 10)))
	if mc.LoanAtRisk {
		rows = append(rows,
			row("odds", "Margin call within the horizon", "p_margin_call", share(mc.PMarginCall)),
			row("odds", "Liquidation within the horizon", "p_liquidation", share(mc.PLiquidation)))
	}
	spreadKeys := []string{"mining", "ai", "advantage"} // SpreadRows's order, as in JSON
	for i, spread := range SpreadRows(mc) {
		r := row("percentiles", spread.Label, spreadKeys[i], "")
		r[4], r[5], r[6] = cents(spread.Values[0]), cents(spread.Values[1]), cents(spread.Values[2])
		rows = append(rows, r)
	}
	for i, count := range mc.Counts {
		r := row("histogram", "AI advantage", "", strconv.Itoa(count))
		r[7], r[8] = cents(mc.Edges[i]), cents(mc.Edges[i+1])
		rows = append(rows, r)
	}
	sens := risk.Sensitivity
	for _, b := range sens.Tornado {
		r := row("tornado", b.Input, b.Key, b.Swing().StringFixed(2))
		r[7], r[8] = value(b.LowValue), value(b.HighValue)
		r[9], r[10] = b.LowAdvantage.StringFixed(2), b.HighAdvantage.StringFixed(2)
		rows = append(rows, r)
	}
	hm := sens.Heatmap
	for j, rate := range hm.RateAxis {
		for i, hashprice := range hm.HashpriceAxis {
			r := row("heatmap", "AI advantage", "", hm.Advantage[j][i].StringFixed(2))
			r[11], r[12] = value(hashprice), value(rate)
			rows = append(rows, r)
		}
	}
	if err := out.WriteAll(rows); err != nil {
		return err
	}
	return out.Error()
}
