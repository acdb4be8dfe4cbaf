package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/shopspring/decimal"
)

// SpreadRow is one row of the Monte Carlo's percentiles: what it measures,
// and its P10, P50 and P90 as the model gives them and as written.
type SpreadRow struct {
	Label  string
	Values [3]float64
	Text   [3]string
}

// Negative reports whether the i-th figure is below zero as written, to the
// whole dollar.
func (r SpreadRow) Negative(i int) bool {
	return math.Round(r.Values[i]) < 0
}

// SpreadRows are the percentile rows of both NPVs and of AI's lead.
func SpreadRows(r model.RiskResult) []SpreadRow {
	row := func(label string, s model.Spread) SpreadRow {
		out := SpreadRow{Label: label, Values: [3]float64{s.P10, s.P50, s.P90}}
		for i, v := range out.Values {
			out.Text[i] = format.USDShortFloat(v)
		}
		return out
	}
	return []SpreadRow{
		row(words.Mining+" NPV", r.Mining),
		row(words.AI+" NPV", r.AI),
		row("AI advantage", r.Advantage),
	}
}

// TornadoValue writes a tornado end's input value in the input's unit.
func TornadoValue(b model.TornadoBar, v decimal.Decimal) string {
	f, _ := model.FieldByKey(b.Key)
	return format.Value(v, format.Places(f, v), b.Unit)
}

func riskMarkdown(b *strings.Builder, res model.Result, risk *Risk) {
	r := risk.MonteCarlo
	b.WriteString("\n## Risk\n\n")
	fmt.Fprintf(b, "%s\n\n| | P10 | P50 | P90 |\n|:--|--:|--:|--:|\n", words.RiskHeadline(r))
	for _, row := range SpreadRows(r) {
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", row.Label, row.Text[0], row.Text[1], row.Text[2])
	}
	s := res.Scenario.Risk
	fmt.Fprintf(b, "\nBTC volatility %s, power-price volatility %s, spread of hashrate growth %s points, of the AI-rate drift %s points a year.\n",
		format.Percent(s.BTCVolatilityPct, 0), format.Percent(s.PowerPriceVolatilityPct, 0),
		s.HashrateGrowthSDPct.String(), s.RentalGrowthSDPct.String())

	b.WriteString("\n### What moves the answer\n\n| Input | Low | High | AI advantage at low | at high | Swing |\n|:--|--:|--:|--:|--:|--:|\n")
	for _, bar := range risk.Sensitivity.Tornado {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", bar.Input,
			TornadoValue(bar, bar.LowValue), TornadoValue(bar, bar.HighValue),
			format.USDShort(bar.LowAdvantage), format.USDShort(bar.HighAdvantage), format.USDShort(bar.Swing()))
	}

	hm := risk.Sensitivity.Heatmap
	unit := format.RateUnit(res.AI.Mode)
	b.WriteString("\n### AI advantage by hashprice and AI rate\n\n")
	b.WriteString("Positive: AI compute wins. Columns: month-1 hashprice ($/PH/day); rows: AI rate ($" + unit + "). The scenario itself is in bold.\n\n| Rate |")
	var columns []int
	// Every other column, the scenario's among them.
	for i := hm.Column % 2; i < model.HeatmapColumns; i += 2 {
		columns = append(columns, i)
	}
	for _, i := range columns {
		fmt.Fprintf(b, " %s |", format.Grouped(hm.HashpriceAxis[i], 2))
	}
	b.WriteString("\n|--:|" + strings.Repeat("--:|", len(columns)) + "\n")
	for j := range hm.RateAxis {
		cell := func(text string) string {
			if j == hm.Row {
				return "**" + text + "**"
			}
			return text
		}
		fmt.Fprintf(b, "| %s |", cell(format.Grouped(hm.RateAxis[j], 2)))
		for _, i := range columns {
			text := format.USDShort(hm.Advantage[j][i])
			if j == hm.Row && i == hm.Column {
				text = "**" + text + "**"
			}
			fmt.Fprintf(b, " %s |", text)
		}
		b.WriteString("\n")
	}
}

func riskText(b *strings.Builder, risk *Risk) {
	r := risk.MonteCarlo
	fmt.Fprintf(b, "\nRisk: %s\n", words.RiskHeadline(r))
	fmt.Fprintf(b, "  %-16s  %10s  %10s  %10s\n", "", "P10", "P50", "P90")
	for _, row := range SpreadRows(r) {
		fmt.Fprintf(b, "  %-16s  %10s  %10s  %10s\n", row.Label, row.Text[0], row.Text[1], row.Text[2])
	}
	// The model leaves out an input whose range moves nothing; the swing
	// says how much the rest move where both ends round alike.
	b.WriteString("\nWhat moves the answer (AI advantage at each end of the input's range, and the swing)\n")
	for _, bar := range risk.Sensitivity.Tornado {
		ends := TornadoValue(bar, bar.LowValue) + " → " + TornadoValue(bar, bar.HighValue)
		advantages := format.USDShort(bar.LowAdvantage) + " → " + format.USDShort(bar.HighAdvantage)
		fmt.Fprintf(b, "  %s  %s  %s  swing %s\n", pad(bar.Input, 16), pad(ends, 30), pad(advantages, 21),
			format.USDShort(bar.Swing()))
	}
}
