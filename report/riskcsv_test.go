package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"math"
	"strconv"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
)

// With a risk analysis the CSV is one table of the risk views: one header,
// every row as wide, and each section holding every figure of the analysis.
func TestRiskCSV(t *testing.T) {
	res := presetResult(t, "cango-2026") // a loan left after the sale: the odds of a margin call too
	s := res.Scenario
	s.Risk.Paths = 500
	mc, err := model.MonteCarlo(context.Background(), s, model.RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sens, err := model.Analyse(context.Background(), s, model.RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.CSV(&b, report.Document{Result: res, Risk: &report.Risk{MonteCarlo: mc, Sensitivity: sens}}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll() // also checks every row is as wide as the header
	if err != nil {
		t.Fatal(err)
	}
	head := map[string]int{}
	for i, name := range rows[0] {
		head[name] = i
	}
	for _, name := range []string{"section", "label", "key", "value", "p10_usd", "p50_usd", "p90_usd", "low", "high",
		"low_advantage_usd", "high_advantage_usd", "hashprice_usd_per_ph_day", "ai_rate"} {
		if _, ok := head[name]; !ok {
			t.Fatalf("no column %q in %v", name, rows[0])
		}
	}
	num := func(row []string, column string) float64 {
		t.Helper()
		v, err := strconv.ParseFloat(row[head[column]], 64)
		if err != nil {
			t.Fatalf("%s of %v: %v", column, row, err)
		}
		return v
	}
	sections := map[string][][]string{}
	for _, row := range rows[1:] {
		sections[row[0]] = append(sections[row[0]], row)
	}
	odds := map[string]float64{}
	for _, row := range sections["odds"] {
		odds[row[head["key"]]] = num(row, "value")
	}
	if odds["p_ai_wins"] != mc.PAIWins || odds["paths"] != 500 || odds["seed"] != float64(mc.Seed) ||
		odds["p_margin_call"] != mc.PMarginCall || odds["p_liquidation"] != mc.PLiquidation {
		t.Errorf("odds %v, want the Monte Carlo's %+v", odds, mc)
	}
	if got := sections["percentiles"]; len(got) != 3 || got[2][head["key"]] != "advantage" ||
		!near(num(got[2], "p50_usd"), mc.Advantage.P50, 0.005) {
		t.Errorf("percentiles %v, want the advantage's P50 %.2f", got, mc.Advantage.P50)
	}
	paths := 0.0
	for i, row := range sections["histogram"] {
		paths += num(row, "value")
		if num(row, "high") <= num(row, "low") || i > 0 && num(row, "low") != num(sections["histogram"][i-1], "high") {
			t.Errorf("histogram bin %d: %v", i, row)
		}
	}
	if len(sections["histogram"]) != model.HistogramBins || paths != 500 {
		t.Errorf("%d bins holding %v paths, want %d holding 500", len(sections["histogram"]), paths, model.HistogramBins)
	}
	if len(sections["tornado"]) != len(sens.Tornado) {
		t.Fatalf("%d tornado rows, want %d", len(sections["tornado"]), len(sens.Tornado))
	}
	for i, row := range sections["tornado"] {
		bar := sens.Tornado[i]
		if row[head["key"]] != bar.Key || row[head["value"]] != bar.Swing().StringFixed(2) ||
			row[head["low_advantage_usd"]] != bar.LowAdvantage.StringFixed(2) ||
			!near(num(row, "low"), bar.LowValue.InexactFloat64(), 1e-7*bar.LowValue.Abs().InexactFloat64()) {
			t.Errorf("tornado row %v, want %+v", row, bar)
		}
	}
	heat := sections["heatmap"]
	if len(heat) != model.HeatmapRows*model.HeatmapColumns {
		t.Fatalf("%d heatmap rows", len(heat))
	}
	hm := sens.Heatmap
	own := heat[hm.Row*model.HeatmapColumns+hm.Column] // the rows run rate by rate, hashprice by hashprice
	if own[head["value"]] != hm.Advantage[hm.Row][hm.Column].StringFixed(2) ||
		!near(num(own, "hashprice_usd_per_ph_day"), hm.HashpriceAxis[hm.Column].InexactFloat64(), 1e-6) ||
		!near(num(own, "ai_rate"), hm.RateAxis[hm.Row].InexactFloat64(), 1e-6) {
		t.Errorf("the scenario's own cell %v", own)
	}
}

// near reports whether a and b differ by at most tolerance (the rounding of
// a figure as written).
func near(a, b, tolerance float64) bool { return math.Abs(a-b) <= tolerance }
