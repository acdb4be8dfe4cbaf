package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// Every report says which twelve months its first-year figures cover and
// which MW its per-MW figures divide by, with the per-IT-MW figures deals are
// quoted in beside the grid one; none says "year 1" of figures whose years
// differ by side.
func TestReportsSayWhichMonthsAndWhichMW(t *testing.T) {
	for _, p := range scenarios.Presets() {
		res := presetResult(t, p.Name)
		doc := report.Document{Result: res, Provenance: fixedProvenance}
		var text bytes.Buffer
		if err := report.Text(&text, doc); err != nil {
			t.Fatal(err)
		}
		for name, out := range map[string]string{"text": text.String(), "md": markdown(t, doc)} {
			out = strings.Join(strings.Fields(out), " ") // the text wraps its sentences
			for _, want := range []string{"Revenue, first 12 live months", "EBITDA, first 12 live months",
				"EBITDA per grid MW-year", "Revenue per IT MW-year", "EBITDA per IT MW-year",
				format.USDWhole(res.AI.EBITDAUSDPerITMWYear), format.USDWhole(res.Mining.RevenueUSDPerITMWYear),
				words.Periods(res)} {
				if !strings.Contains(out, want) {
					t.Errorf("%s, %s: lacks %q", p.Name, name, want)
				}
			}
			for _, vague := range []string{"First-year", "yr 1", "per MW-year"} {
				if strings.Contains(out, vague) {
					t.Errorf("%s, %s: says %q", p.Name, name, vague)
				}
			}
		}
	}
}

// The assumptions and the flip points show what is in force: the rate a
// contract value sets rather than the default it replaces, and the phases
// rather than a conversion they replace.
func TestAssumptionsShowWhatIsInForce(t *testing.T) {
	res := presetResult(t, "terawulf-fluidstack") // a contract value, two phases
	derived := format.Rate(res.AI.Mode, res.AI.ColoRateUSDPerKWMonth.Decimal)
	values := map[string]string{}
	for _, a := range report.KeyAssumptions(res) {
		values[a.Label] = a.Value
	}
	if !strings.HasPrefix(values["Lease rate, month 1"], derived) || values["Contract value"] == "" {
		t.Errorf("the rate shown is %q, want the contract's %s; contract value %q", values["Lease rate, month 1"], derived, values["Contract value"])
	}
	if _, shown := values["Conversion"]; shown || !strings.Contains(values["Phases"], "2026-06") || !strings.Contains(values["Phases"], "2026-12") {
		t.Errorf("the plan shown: conversion %q, phases %q", values["Conversion"], values["Phases"])
	}
	now := "(now " + format.Price(res.AI.ColoRateUSDPerKWMonth.Decimal, 2, "") + ", derived)"
	if flip := words.FlipPoints(res)[0].String(); !strings.HasSuffix(flip, now) {
		t.Errorf("the rate's flip point %q does not end %q", flip, now)
	}
}
