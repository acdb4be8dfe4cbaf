package panel

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// ledgerLine is the ledger's line whose month column reads mo.
func ledgerLine(lines []string, mo string) []string {
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 2 && f[0] == mo {
			return f
		}
	}
	return nil
}

// The finance view lists each month's depreciation, tax, interest,
// principal and equity cash as the model's rows have them; t = 0 holds the
// equity's first flow, and the principal repaid adds up to the debt drawn
// (a 48-month term inside the 60-month horizon).
func TestLedgerFinanceView(t *testing.T) {
	res := model.Evaluate(cango(t))
	st := theme.New(theme.Dark)
	for _, w := range []int{119, 120, 160} {
		out := ansi.Strip(Ledger{St: st, Res: &res, Finance: true}.Render(w, 30))
		lines := cells.Lines(out)
		for _, title := range []string{"Deprec.", "Tax", "Interest", "Principal", "Equity cash", "tax & debt"} {
			if !strings.Contains(lines[0]+lines[1], title) {
				t.Errorf("%d columns: no %q in the head:\n%s", w, title, lines[1])
			}
		}
		a := res.AI
		// Month 1 pays no tax (its losses carry forward): the tax column is
		// blank there, as on the operations view.
		if !a.Months[0].TaxUSD.IsZero() {
			t.Fatal("the test wants a first month without tax")
		}
		want := strings.Join([]string{format.USDShort(a.Months[0].DepreciationUSD), format.USDShort(a.Months[0].InterestUSD),
			format.USDShort(a.Months[0].PrincipalUSD), format.USDShort(a.Months[0].EquityCashUSD)}, " ")
		if row := ledgerLine(lines, "1"); !strings.HasSuffix(strings.Join(row, " "), want) && !strings.Contains(strings.Join(row, " "), want+" ") {
			t.Errorf("%d columns: month 1 reads %q, want the AI's %q", w, row, want)
		}
		if row := ledgerLine(lines, "0"); len(row) < 4 || row[len(row)-2] != format.USDShort(a.Equity.InitialCashUSD) {
			t.Errorf("%d columns: t = 0 reads %q, want the equity's %s", w, row, format.USDShort(a.Equity.InitialCashUSD))
		}
		total := ledgerLine(lines, "Total")
		if len(total) < 11 || total[9] != format.USDShort(a.Equity.DebtUSD) || total[10] != format.USDShort(equityTotal(a)) {
			t.Errorf("%d columns: the totals read %q; the AI debt drawn is %s", w, total, format.USDShort(a.Equity.DebtUSD))
		}
		for i, l := range cells.Lines(Ledger{St: st, Res: &res, Finance: true}.Render(w, 30)) {
			if cells.Width(l) > w {
				t.Errorf("%d columns: line %d is %d wide", w, i, cells.Width(l))
			}
		}
	}
	// Narrow, the equity's cash stays.
	if out := ansi.Strip(Ledger{St: st, Res: &res, Finance: true}.Render(60, 20)); !strings.Contains(out, "Equity cash") {
		t.Errorf("at 60 columns:\n%s", out)
	}

	// Without [finance] there is nothing to show: the operations view.
	s := cango(t)
	s.HasFinance = false
	plain := model.Evaluate(s)
	if out := ansi.Strip(Ledger{St: st, Res: &plain, Finance: true}.Render(120, 30)); strings.Contains(out, "Equity") || !strings.Contains(out, "Revenue") {
		t.Errorf("the finance view without [finance]:\n%s", out)
	}
}
