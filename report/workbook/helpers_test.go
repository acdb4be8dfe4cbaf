package workbook

import (
	"bytes"
	"math"
	"strconv"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// testScenario is a preset, optionally edited.
type testScenario struct {
	name   string
	preset string
	edit   func(*model.Scenario)
}

// testScenarios are the cases every formula is checked on: the default GPU
// cloud, the same over the longest horizon, a colocation lease, a bitcoin
// price at which mining pays back and has an IRR, and a deal as signed,
// untaxed and taxed.
var testScenarios = []testScenario{
	{name: "default", preset: "default"},
	{name: "240 months", preset: "default", edit: func(s *model.Scenario) { s.HorizonMonths = 240 }},
	{name: "colocation", preset: "default", edit: colocationLease},
	{name: "mining pays", preset: "default", edit: func(s *model.Scenario) {
		s.Bitcoin.PriceUSD = s.Bitcoin.PriceUSD.Mul(decimal.NewFromInt(2))
		s.Bitcoin.HashrateGrowthPctPerYear = decimal.Zero
		s.HorizonMonths = 120
	}},
	// A deal as signed (spec §10–§12): two phases whose fit-out is paid
	// over their builds, a contract value, each side at its own rate, a
	// prepayment and the pivot valued at 8x its last year's EBITDA.
	{name: "deal", preset: "terawulf-fluidstack", edit: func(s *model.Scenario) {
		s.AI.PrepaymentUSD = decimal.NewFromInt(300_000_000)
		s.AI.ExitEVEBITDA = decimal.NewFromInt(8)
	}},
	// The same deal taxed at 21 % (spec §14): its flows after tax.
	{name: "taxed deal", preset: "terawulf-fluidstack", edit: func(s *model.Scenario) {
		s.HasFinance = true
		s.Finance = model.Default().Finance
		s.Finance.TaxRatePct = decimal.NewFromInt(21)
	}},
	// Cango as the preset has it: taxed, half the capex on debt, a treasury.
	{name: "cango", preset: "cango-2026"},
	// The deal taxed and levered: 60 % of every capex payment on debt at
	// 9 % over 48 months, a 30-year fit-out life so that it pays tax.
	{name: "levered deal", preset: "terawulf-fluidstack", edit: leveredDeal},
}

// leveredDeal finances the TeraWulf deal (spec §14).
func leveredDeal(s *model.Scenario) {
	s.HasFinance = true
	s.Finance = model.Default().Finance
	s.Finance.TaxRatePct = decimal.NewFromInt(21)
	s.Finance.FitoutDepreciationYears = 30
	s.Finance.DebtPctOfCapex = decimal.NewFromInt(60)
	s.Finance.DebtRatePct = decimal.NewFromInt(9)
	s.Finance.DebtTermMonths = 48
}

// colocationLease is a 200 MW site leased whole to a colocation tenant
// after an 18-month build-out.
func colocationLease(s *model.Scenario) {
	s.Name = "200 MW colocation lease"
	s.HorizonMonths = 120
	s.Site.PowerMW = decimal.NewFromInt(200)
	s.AI.Mode = model.ModeColocation
	s.AI.PUE = decimal.RequireFromString("1.3")
	s.AI.ConversionMonths = 18
	s.AI.FitoutCapexUSDPerMW = decimal.NewFromInt(9_500_000)
	s.AI.Colocation.RateUSDPerKWMonth = decimal.NewFromInt(154)
}

func (ts testScenario) document(t testing.TB) report.Document {
	t.Helper()
	s, err := scenarios.Preset(ts.preset)
	if err != nil {
		t.Fatal(err)
	}
	if ts.edit != nil {
		ts.edit(&s)
	}
	if err := model.Validate(s); err != nil {
		t.Fatal(err)
	}
	return report.Document{Result: model.Evaluate(s), Provenance: report.Provenance{Source: ts.preset + ".toml", Version: "test"}}
}

// written writes a workbook and opens it again, as a reader would.
func written(t testing.TB, write func(*bytes.Buffer) error) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func workbookOf(t testing.TB, doc report.Document) *excelize.File {
	return written(t, func(b *bytes.Buffer) error { return Write(b, doc) })
}

// rowOf finds the row whose first cell reads label, as a person would.
func rowOf(t testing.TB, f *excelize.File, sheetName, label string) int {
	t.Helper()
	rows, err := f.GetRows(sheetName)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == label {
			return i + 1
		}
	}
	t.Fatalf("%s has no row %q", sheetName, label)
	return 0
}

// calculated has excelize's formula engine work a cell out.
func calculated(t testing.TB, f *excelize.File, sheetName, cell string) string {
	t.Helper()
	v, err := f.CalcCellValue(sheetName, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("%s!%s: %v", sheetName, cell, err)
	}
	return v
}

func calculatedNumber(t testing.TB, f *excelize.File, sheetName, cell string) float64 {
	t.Helper()
	v := calculated(t, f, sheetName, cell)
	n, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatalf("%s!%s = %q, not a number", sheetName, cell, v)
	}
	return n
}

// cached is the value stored in a cell, as a viewer that does not
// recalculate shows it.
func cached(t testing.TB, f *excelize.File, sheetName, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheetName, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// near is the 0.1 % agreement asked of the workbook, with a floor of a
// dollar (or a millionth of a rate) for figures near zero.
func near(got, want, floor float64) bool {
	return math.Abs(got-want) <= 0.001*math.Abs(want)+floor
}

// paybackWithoutEndValue is spec §6's payback worked out from the model's
// rows: the first month whose cumulative cash, less the end value landed in
// month H, is ≥ 0; 0 for never.
func paybackWithoutEndValue(st model.Strategy) int {
	for _, r := range st.Months {
		cumulative := r.CumulativeCashUSD
		if r.Month == len(st.Months) {
			cumulative = cumulative.Sub(st.ResidualUSD)
		}
		if !cumulative.IsNegative() {
			return r.Month
		}
	}
	return 0
}
