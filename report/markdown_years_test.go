package report_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// The year tables add up as a reader checks them: from t = 0, each year's
// cumulative cash is the year before's + EBITDA − capex − tax (+ the
// prepayment at t = 0, the end value in the last year), to within the whole
// dollars they are written in.
func TestMarkdownYearTablesAddUp(t *testing.T) {
	for _, name := range []string{"default", "terawulf-fluidstack", "iren-microsoft", "core-scientific-coreweave", "taxed"} {
		var res model.Result
		if name == "taxed" {
			res = taxedDeal(t)
		} else {
			res = presetResult(t, name)
		}
		md := markdown(t, report.Document{Result: res})
		for _, side := range []string{"### ASIC mining", "### AI compute"} {
			rows := tableRows(t, md, side)
			head := tableHead(t, md, side)
			column := func(name string) int { return slices.Index(head, name) }
			if (column("Tax") >= 0) != res.Scenario.HasFinance {
				t.Errorf("%s %s: columns %q", name, side, head)
			}
			money := func(cell string) decimal.Decimal {
				if cell == "" {
					return decimal.Zero
				}
				v, err := decimal.NewFromString(strings.NewReplacer("$", "", ",", "", "−", "-").Replace(cell))
				if err != nil {
					t.Fatalf("%s %s: %q is not an amount", name, side, cell)
				}
				return v
			}
			cumulative := decimal.Zero
			for i, r := range rows {
				cell := func(name string) decimal.Decimal {
					if i := column(name); i >= 0 {
						return money(r[i])
					}
					return decimal.Zero
				}
				cumulative = cumulative.Add(cell("EBITDA")).Sub(cell("Capex")).Sub(cell("Tax")).Add(cell("Prepayment")).Add(cell("End value"))
				cum := cell("Cumulative cash")
				if gap := cumulative.Sub(cum).Abs(); gap.GreaterThan(decimal.NewFromInt(int64(2 * (i + 1)))) {
					t.Errorf("%s %s year %s: the rows add up to %s, the table says %s", name, side, r[0], cumulative, cum)
				}
				cumulative = cum
			}
		}
	}
}

// tableHead is the head row of the table under a heading, split into cells.
func tableHead(t *testing.T, md, heading string) []string {
	t.Helper()
	_, rest, ok := strings.Cut(md, "\n"+heading+"\n\n")
	if !ok {
		t.Fatalf("no %q section", heading)
	}
	line, _, _ := strings.Cut(rest, "\n")
	return cells(line)
}

// taxedDeal is the TeraWulf lease taxed at 21 % (spec §14).
func taxedDeal(t *testing.T) model.Result {
	t.Helper()
	s, err := scenarios.Preset("terawulf-fluidstack")
	if err != nil {
		t.Fatal(err)
	}
	s.HasFinance = true
	s.Finance = model.Default().Finance
	s.Finance.TaxRatePct = decimal.NewFromInt(21)
	res := model.Evaluate(s)
	if !res.AI.TaxUSD.IsPositive() {
		t.Fatal("the taxed deal pays no tax")
	}
	return res
}

// With [finance] the year tables carry the debt's interest and principal
// and the equity cash, from the equity's cash at t = 0: the equity cash
// column adds up to the model's equity cash over the horizon (t = 0 and
// every month), the interest to the equity's interest and the principal,
// with the balance repaid at month H, to the debt drawn, each to within
// the whole dollars the rows are written in. Without [finance] the columns
// are not there.
func TestMarkdownYearTablesOfTheDebt(t *testing.T) {
	levered := taxedDeal(t).Scenario
	levered.Finance.DebtPctOfCapex = decimal.NewFromInt(60)
	levered.Finance.DebtRatePct = decimal.NewFromInt(9)
	levered.Finance.DebtTermMonths = 48
	for _, c := range []struct {
		name string
		res  model.Result
	}{
		{"cango-2026", presetResult(t, "cango-2026")},
		{"levered deal", model.Evaluate(levered)},
		{"default", presetResult(t, "default")},
	} {
		md := markdown(t, report.Document{Result: c.res})
		for _, side := range []struct {
			heading string
			st      model.Strategy
		}{{"### ASIC mining", c.res.Mining}, {"### AI compute", c.res.AI}} {
			head := tableHead(t, md, side.heading)
			column := func(name string) int { return slices.Index(head, name) }
			e := side.st.Equity
			if e == nil {
				for _, name := range []string{"Interest", "Principal", "Equity cash"} {
					if column(name) >= 0 {
						t.Errorf("%s %s: a %s column without [finance]", c.name, side.heading, name)
					}
				}
				continue
			}
			rows := tableRows(t, md, side.heading)
			sum := func(name string) decimal.Decimal {
				i := column(name)
				if i < 0 {
					t.Fatalf("%s %s: no %s column in %q", c.name, side.heading, name, head)
				}
				total := decimal.Zero
				for _, r := range rows {
					total = total.Add(amount(t, r[i]))
				}
				return total
			}
			equityTotal := e.InitialCashUSD
			for _, m := range side.st.Months {
				equityTotal = equityTotal.Add(m.EquityCashUSD)
			}
			slack := decimal.NewFromInt(int64(len(rows)))
			for _, want := range []struct {
				column string
				model  decimal.Decimal
			}{{"Equity cash", equityTotal}, {"Interest", e.InterestUSD}, {"Principal", e.DebtUSD}} {
				if got := sum(want.column); got.Sub(want.model).Abs().GreaterThan(slack) {
					t.Errorf("%s %s: the %s column adds up to %s, the model's total is %s", c.name, side.heading, want.column, got, want.model.StringFixed(2))
				}
			}
		}
	}
	if lev := model.Evaluate(levered); !lev.AI.Equity.InterestUSD.IsPositive() {
		t.Fatal("the levered deal pays no interest: the test checks nothing of the debt")
	}
}

// amount reads a whole-dollar cell: "−$1,234" is −1234, an empty cell 0.
func amount(t *testing.T, cell string) decimal.Decimal {
	t.Helper()
	if cell == "" {
		return decimal.Zero
	}
	v, err := decimal.NewFromString(strings.NewReplacer("$", "", ",", "", "−", "-").Replace(cell))
	if err != nil {
		t.Fatalf("%q is not an amount", cell)
	}
	return v
}
