package workbook

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

func TestWorkbookSheets(t *testing.T) {
	f := workbookOf(t, testScenarios[0].document(t))
	if got, want := f.GetSheetList(), []string{SummarySheet, InputsSheet, MiningSheet, AISheet}; !slices.Equal(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("the workbook opens on sheet %d, not the Summary", f.GetActiveSheetIndex())
	}
}

// A ledger: t = 0 holds the capex, months 1..H the model's rows, month H the
// end value; its formulas give the model's cumulative cash.
func TestLedgerRows(t *testing.T) {
	for _, ts := range testScenarios {
		t.Run(ts.name, func(t *testing.T) {
			doc := ts.document(t)
			f := workbookOf(t, doc)
			for _, sd := range strategies {
				st := sd.pick(doc.Result)
				header := rowOf(t, f, sd.ledger, "Month")
				start := header + 1
				row := func(month int) string { return strconv.Itoa(start + month) }
				h := len(st.Months)
				if got := cached(t, f, sd.ledger, "A"+row(0)); got != "0" {
					t.Errorf("%s's first row is month %q, want t = 0", sd.ledger, got)
				}
				checks := []struct {
					what, cell string
					want       decimal.Decimal
				}{
					{"capex at t = 0", "G" + row(0), st.InitialCapexUSD},
					{"prepayment at t = 0", "I" + row(0), st.PrepaymentUSD},
					{"cash flow at t = 0", "K" + row(0), st.PrepaymentUSD.Sub(st.InitialCapexUSD)},
					{"month 1 revenue", "C" + row(1), st.Months[0].RevenueUSD},
					{"month 1 power cost", "D" + row(1), st.Months[0].PowerCostUSD},
					{"month 1 opex", "E" + row(1), st.Months[0].OpexUSD},
					{"month 1 EBITDA", "F" + row(1), st.Months[0].EBITDAUSD},
					{"month 1 capex", "G" + row(1), st.Months[0].CapexUSD},
					{"month H tax", "H" + row(h), st.Months[h-1].TaxUSD},
					{"month H end value", "J" + row(h), st.ResidualUSD},
					{"month H cumulative cash", "N" + row(h), st.Months[h-1].CumulativeCashUSD},
					{"month H cumulative before end value", "O" + row(h), st.Months[h-1].CumulativeCashUSD.Sub(st.ResidualUSD)},
					{"month H−1 cumulative cash", "N" + row(h-1), st.Months[max(h-2, 0)].CumulativeCashUSD},
				}
				if h == 1 {
					checks = checks[:len(checks)-1]
				}
				for _, c := range checks {
					if got, want := calculatedNumber(t, f, sd.ledger, c.cell), c.want.InexactFloat64(); !near(got, want, 0.01) {
						t.Errorf("%s %s (%s) = %.2f, model %.2f", sd.ledger, c.what, c.cell, got, want)
					}
				}
				if got := cached(t, f, sd.ledger, "A"+row(h+1)); got != "" {
					t.Errorf("%s runs past month H: %q", sd.ledger, got)
				}
			}
		})
	}
}

// Months are real dates; money, percents and rates carry their formats;
// headers are frozen; every column is as wide as its widest figure.
func TestFormats(t *testing.T) {
	doc := testScenarios[1].document(t) // 240 months
	f := workbookOf(t, doc)
	start := rowOf(t, f, AISheet, "Month") + 1

	for _, c := range []struct {
		sheet, cell, want string
	}{
		{AISheet, fmt.Sprintf("B%d", start), "1 Jan 2027"},
		{AISheet, fmt.Sprintf("B%d", start+1), "Jan 2027"},
		{AISheet, fmt.Sprintf("B%d", start+240), "Dec 2046"},
		{AISheet, fmt.Sprintf("G%d", start), "$1,523,808,333"},
		{MiningSheet, fmt.Sprintf("F%d", start+16), "-$250,000"}, // spec §6: the halving month shuts the fleet off
		{SummarySheet, "B" + strconv.Itoa(rowOf(t, f, SummarySheet, "Discount rate, yearly")), "12.0%"},
		// 0.78 %: the pivot's IRR once the GPU cloud pays its operations cost
		// (spec §13, $0.10 per GPU-hour by default; 4.8 % without it).
		{SummarySheet, "C" + strconv.Itoa(rowOf(t, f, SummarySheet, "IRR, yearly")), "0.8%"},
		{InputsSheet, "C" + strconv.Itoa(rowOf(t, f, InputsSheet, "Next halving")), "2028-04"},
	} {
		got, err := f.GetCellValue(c.sheet, c.cell)
		if err != nil || got != c.want {
			t.Errorf("%s!%s shows %q, want %q (%v)", c.sheet, c.cell, got, c.want, err)
		}
	}
	if raw := cached(t, f, AISheet, fmt.Sprintf("B%d", start+1)); raw != "46388" {
		t.Errorf("month 1 is stored as %q, not the date serial of 1 Jan 2027", raw)
	}

	for _, sh := range []string{SummarySheet, InputsSheet, MiningSheet, AISheet} {
		panes, err := f.GetPanes(sh)
		if err != nil || !panes.Freeze || panes.YSplit == 0 {
			t.Errorf("%s has no frozen header rows: %+v %v", sh, panes, err)
		}
	}
	if panes, _ := f.GetPanes(AISheet); panes.YSplit != start-1 || panes.XSplit != 2 {
		t.Errorf("the ledger freezes %d rows and %d columns, want the %d above t = 0 and month and date", panes.YSplit, panes.XSplit, start-1)
	}

	// The widest figure of each money column fits.
	for col, pick := range map[string]func(model.MonthRow) decimal.Decimal{
		"C": func(r model.MonthRow) decimal.Decimal { return r.RevenueUSD },
		"N": func(r model.MonthRow) decimal.Decimal { return r.CumulativeCashUSD },
	} {
		widest := 0
		for _, r := range doc.Result.AI.Months {
			widest = max(widest, utf8.RuneCountInString(format.USDWhole(pick(r))))
		}
		width, err := f.GetColWidth(AISheet, col)
		if err != nil || width < float64(widest) {
			t.Errorf("column %s is %.1f wide for a %d-character figure", col, width, widest)
		}
	}
	if width, _ := f.GetColWidth(InputsSheet, "B"); width < float64(len("bitcoin.hashprice_usd_per_ph_day")) {
		t.Errorf("the key column is %.1f wide", width)
	}
}

// The Inputs sheet names the scenario on top and lists every key with its
// label, value and unit.
func TestInputsListEveryKey(t *testing.T) {
	doc := testScenarios[2].document(t) // colocation
	s := doc.Result.Scenario
	f := workbookOf(t, doc)
	if got := cached(t, f, InputsSheet, "A1"); got != s.Name {
		t.Errorf("the Inputs sheet opens with %q, not the scenario's name", got)
	}
	if got, _ := f.GetCellValue(InputsSheet, "B"+strconv.Itoa(rowOf(t, f, InputsSheet, "Start"))); got != "Jan 2027" {
		t.Errorf("start reads %q", got)
	}
	if got := cached(t, f, InputsSheet, "B"+strconv.Itoa(rowOf(t, f, InputsSheet, "Horizon"))); got != "120" {
		t.Errorf("horizon reads %q", got)
	}

	rows, err := f.GetRows(InputsSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string][]string{}
	for _, r := range rows {
		if len(r) > 1 {
			byKey[r[1]] = r
		}
	}
	for _, field := range model.Fields() {
		r, ok := byKey[field.Key]
		if !ok {
			t.Errorf("no row for %s", field.Key)
			continue
		}
		if r[0] != field.Label {
			t.Errorf("%s is labelled %q, want %q", field.Key, r[0], field.Label)
		}
		unit := ""
		if len(r) > 3 {
			unit = r[3]
		}
		if unit != field.Unit {
			t.Errorf("%s has the unit %q, want %q", field.Key, unit, field.Unit)
		}
		value := r[2]
		switch field.Kind {
		case model.KindNumber, model.KindInteger:
			want, _ := field.Decimal(&s)
			got, err := decimal.NewFromString(value)
			if err != nil || !near(got.InexactFloat64(), want.InexactFloat64(), 1e-9) {
				t.Errorf("%s = %q, the scenario's %s", field.Key, value, want)
			}
		case model.KindFlag:
			if want := map[bool]string{true: "1", false: "0"}[field.Flag(&s)]; value != want {
				t.Errorf("%s = %q, want %q", field.Key, value, want)
			}
		case model.KindText, model.KindMode:
			if value != field.Format(&s) {
				t.Errorf("%s = %q, want %q", field.Key, value, field.Format(&s))
			}
		}
	}
	if got := byKey["ai.mode"][2]; got != "colocation" {
		t.Errorf("ai.mode = %q", got)
	}
	if got := byKey["bitcoin.hashprice_usd_per_ph_day"]; got[2] != "auto" {
		t.Errorf("the unset hashprice override reads %q", got[2])
	}
	if note := byKey["treasury.loan_usd"]; len(note) < 5 || note[4] == "" {
		t.Errorf("a treasury key without a treasury section carries no note: %q", note)
	}
}

// A deal's Inputs sheet lists its phases, and says which keys the phases and
// the contract value leave out, and what the rate comes to.
func TestInputsListTheDeal(t *testing.T) {
	doc := testScenarios[4].document(t) // the deal
	res := doc.Result
	f := workbookOf(t, doc)
	rows, err := f.GetRows(InputsSheet)
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string][]string{}
	for _, r := range rows {
		if len(r) > 1 {
			byKey[r[1]] = r
		}
	}
	for key, want := range map[string][2]string{
		"ai.phases[1].mw":      {"50.0", "40.0 MW of critical IT"},
		"ai.phases[1].live":    {"2026-06", "month 6 of the projection"},
		"ai.phases[2].mw":      {"200.0", "160.0 MW of critical IT"},
		"ai.conversion_months": {"12", "not used with [[ai.phases]]: the phases below say what converts and when"},
		"ai.colocation.rate_usd_per_kw_month": {"150.00",
			"not used: the contract value sets the month-1 rate, " + format.ColoRate(res.AI.ColoRateUSDPerKWMonth.Decimal)},
	} {
		r := byKey[key]
		if len(r) < 5 || !strings.Contains(r[2], want[0]) || r[4] != want[1] {
			t.Errorf("%s reads %q, want the value %q and the note %q", key, r, want[0], want[1])
		}
	}
}

// A scenario with a treasury shows its balance sheet before and after the
// sale under the Summary; one without shows none.
func TestSummaryTreasury(t *testing.T) {
	doc := testScenario{name: "cango", preset: "cango-2026"}.document(t)
	f := workbookOf(t, doc)
	row := strconv.Itoa(rowOf(t, f, SummarySheet, "Loan"))
	if before, after := cached(t, f, SummarySheet, "B"+row), cached(t, f, SummarySheet, "C"+row); before != "$400,000,000" || after == before {
		t.Errorf("the loan reads %q before and %q after the sale", before, after)
	}
	rows, _ := workbookOf(t, testScenarios[0].document(t)).GetRows(SummarySheet)
	for _, r := range rows {
		if len(r) > 0 && r[0] == "Treasury: before and after selling BTC" {
			t.Error("a scenario without a treasury shows one")
		}
	}
}
