package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
)

func text(t *testing.T, d report.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.Text(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The text and Markdown reports carry a deal as announced: its plan phase by
// phase, its contract and the rate the contract value sets, each side's rate
// and end value, the prepayment.
func TestReportsCarryTheDeal(t *testing.T) {
	tw := presetResult(t, "terawulf-fluidstack")
	rate := format.ColoRate(tw.AI.ColoRateUSDPerKWMonth.Decimal)
	iren := presetResult(t, "iren-microsoft")
	for _, tc := range []struct {
		name string
		doc  report.Document
		want []string
	}{
		{"terawulf", report.Document{Result: tw}, []string{
			"| Lease rate, month 1 | " + rate + " (derived) |",
			"| Escalator | 3.0 % a year, stepped yearly |",
			"| Contract value | $3.70B over 120 months |",
			"| Phases | 50 MW from 2026-06, 200 MW from 2026-12 |",
			"| Capex timing | over each phase's 12-month build |",
			"| Mining discount rate | 15.0 %/yr |", "| Pivot discount rate | 9.0 %/yr |",
			"| 1 | 50.0 | 40.0 | — | 2026-06 (month 6) |", "| 2 | 200.0 | 160.0 | — | 2026-12 (month 12) |",
			"| Discount rate | 15.0 % | 9.0 % |",
			"| Derived lease rate | — | " + rate + " |",
			"| Capex at t = 0 | $0 | $330,000,000 |",
			"| End value | $0 (residual) | $720,000,000 (residual) |",
		}},
		{"iren", report.Document{Result: iren}, []string{
			"| Prepayment | $1.94B, credited over 60 months |",
			"| Phases | 4 phases of 250 MW, live 2026-03 to 2026-12 |",
			"| Kept mining | 500 MW |",
			"| Kept mining | 500.0 | — | — | mines every month |",
			"| Prepayment at t = 0 | — | $1,940,000,000 |",
			"| Year | From | Revenue | Power | Opex | EBITDA | Capex | Prepayment | End value | Cumulative cash |",
		}},
	} {
		md := markdown(t, tc.doc)
		for _, want := range tc.want {
			if !strings.Contains(md, want) {
				t.Errorf("%s: the Markdown lacks %q", tc.name, want)
			}
		}
		txt := text(t, tc.doc)
		for _, want := range tc.want {
			// The text report holds the same cells, aligned rather than piped
			// (it has no year tables).
			cells := strings.Split(strings.Trim(want, "| "), " | ")
			if cells[0] != "Year" && !holds(txt, cells[0], cells[len(cells)-1]) {
				t.Errorf("%s: the text report lacks %q", tc.name, want)
			}
		}
	}
	plain := markdown(t, report.Document{Result: presetResult(t, "default")})
	for _, absent := range []string{"## Plan", "Capex at t = 0", "Derived", "Prepayment", "discount rate |"} {
		if strings.Contains(plain, absent) {
			t.Errorf("the default site's report shows %q", absent)
		}
	}
	if !strings.Contains(plain, "| Conversion | all 50 MW in 12 months |") || !strings.Contains(plain, "| NPV at 12.0 % |") {
		t.Error("the default site's report lacks its plan or its one rate")
	}
}

// holds reports whether a line of text opens with label and holds value.
func holds(text, label, value string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), label+" ") && strings.Contains(l, value) {
			return true
		}
	}
	return false
}
