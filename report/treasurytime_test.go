package report_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// The text and Markdown reports carry spec §15 under the treasury: the
// first months the base path reaches the margin call and the liquidation
// (Cango with BTC losing 30 % a year: months 20 and 24, worked out in
// tui/panel's test), and, with the risk run, the Monte Carlo's odds, the
// model's own; without it, how to get them.
func TestReportsCarryTheTreasuryOverTime(t *testing.T) {
	s, err := scenarios.Preset("cango-2026")
	if err != nil {
		t.Fatal(err)
	}
	s.Bitcoin.PriceGrowthPctPerYear = decimal.NewFromInt(-30)
	s.Risk.Paths = 400
	res := model.Evaluate(s)
	if res.Treasury.FirstMarginCallMonth != 20 || res.Treasury.FirstLiquidationMonth != 24 {
		t.Fatalf("first months %d and %d, want 20 and 24", res.Treasury.FirstMarginCallMonth, res.Treasury.FirstLiquidationMonth)
	}
	mc, err := model.MonteCarlo(context.Background(), s, model.RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sens, err := model.Analyse(context.Background(), s, model.RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	risk := &report.Risk{MonteCarlo: mc, Sensitivity: sens}
	write := func(format func(*bytes.Buffer, report.Document) error, d report.Document) string {
		var b bytes.Buffer
		if err := format(&b, d); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	text := func(b *bytes.Buffer, d report.Document) error { return report.Text(b, d) }
	md := func(b *bytes.Buffer, d report.Document) error { return report.Markdown(b, d) }
	for name, f := range map[string]func(*bytes.Buffer, report.Document) error{"text": text, "markdown": md} {
		plain := write(f, report.Document{Result: res, Provenance: fixedProvenance})
		for _, want := range []string{"Base path: margin call", "month 20 (2027-10)", "month 24 (2028-02)", "run the report with --risk"} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s without the risk run lacks %q", name, want)
			}
		}
		if strings.Contains(plain, "Odds of a margin call") {
			t.Errorf("%s states odds it has not run", name)
		}
		withRisk := write(f, report.Document{Result: res, Provenance: fixedProvenance, Risk: risk})
		for _, want := range []string{"Odds of a margin call", words.Odds(mc.PMarginCall), "Odds of liquidation", words.Odds(mc.PLiquidation)} {
			if !strings.Contains(withRisk, want) {
				t.Errorf("%s with the risk run lacks %q", name, want)
			}
		}
		if strings.Contains(withRisk, "--risk") {
			t.Errorf("%s with the risk run still says to run it", name)
		}
	}
}
