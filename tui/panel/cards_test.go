package panel

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// dealResult is a phased, contracted lease on the default 50 MW site: 20 MW
// live 2027-06 and 20 MW live 2028-01, 10 MW kept mining, $600M over 96
// months, the pivot at 9 % and mining at 15 %, the pivot valued at 8x EBITDA.
func dealResult() model.Result {
	s := model.Default()
	s.AI.Mode = model.ModeColocation
	s.AI.Phases = []model.Phase{{MW: decimal.NewFromInt(20), Live: model.MustYearMonth("2027-06")},
		{MW: decimal.NewFromInt(20), Live: model.MustYearMonth("2028-01")}}
	s.AI.Colocation.TermMonths = 96
	s.AI.Colocation.ContractValueUSD = decimal.NewNullDecimal(decimal.NewFromInt(600_000_000))
	s.Mining.DiscountRatePct = decimal.NewNullDecimal(decimal.NewFromInt(15))
	s.AI.DiscountRatePct = decimal.NewNullDecimal(decimal.NewFromInt(9))
	s.AI.ExitEVEBITDA = decimal.NewFromInt(8)
	return model.Evaluate(s)
}

// The pivot's card says what a deal is quoted in, at every card width the
// dashboard and the memo card use; both cards keep one column count, so that
// they stand as tall as each other, and every line fits.
func TestPivotCardShowsTheDeal(t *testing.T) {
	res := dealResult()
	st := theme.New(theme.Dark)
	rate := res.AI.ColoRateUSDPerKWMonth.Decimal.StringFixed(2)
	for _, w := range []int{78, 100, 118, 160} {
		text := ansi.Strip(Cards(st, &res, w))
		for _, want := range []string{
			"AI · mining", "40 · 10 MW", "Leased", "29.6 MW IT", // 40 MW / 1.35
			"EBITDA/grid MW-yr", "Revenue/IT MW-yr", "EBITDA/IT MW-yr",
			"NPV at 15.0 %", "NPV at 9.0 %", "Exit value 8.0x", "Residual",
			"Live", "2027-06 → 2028-01", rate,
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%d columns: the cards lack %q:\n%s", w, want, text)
			}
		}
		lines := cells.Lines(text)
		for i, l := range lines {
			if cells.Width(l) != w {
				t.Fatalf("%d columns: line %d is %d wide:\n%s", w, i, cells.Width(l), text)
			}
		}
		_, _, cols, _, h := cardSplit(figureRows(&res), nil, w)
		if len(lines) != h || (w >= 118) != (cols == 2) {
			t.Errorf("%d columns: %d lines in %d columns, want %d lines and two columns from 118", w, len(lines), cols, h)
		}
	}
	// Without a contract value there is no derived rate to show; with one
	// rate for both sides the NPVs carry none.
	s := res.Scenario
	s.AI.Colocation.ContractValueUSD = decimal.NullDecimal{}
	s.Mining.DiscountRatePct, s.AI.DiscountRatePct = decimal.NullDecimal{}, decimal.NullDecimal{}
	plain := model.Evaluate(s)
	text := ansi.Strip(Cards(st, &plain, 118))
	if strings.Contains(text, "Derived") || strings.Contains(text, "NPV at") {
		t.Errorf("a plain lease's cards:\n%s", text)
	}
}

// The compact table lists both sides under one label; a side without the
// figure shows a dash, and a narrow table takes the short labels and values.
func TestCompareTableOfADeal(t *testing.T) {
	res := dealResult()
	st := theme.New(theme.Dark)
	wide := ansi.Strip(compareTable{st: st, res: &res}.Render(58, compareRows(figureRows(&res), false)))
	for _, want := range []string{"EBITDA per IT MW-yr", "Discount rate", "15.0 %", "9.0 %", "Derived lease rate", "AI live"} {
		if !strings.Contains(wide, want) {
			t.Errorf("the wide table lacks %q:\n%s", want, wide)
		}
	}
	narrow := ansi.Strip(compareTable{st: st, res: &res}.Render(38, compareRows(figureRows(&res), false)))
	for _, want := range []string{"EBITDA/IT MW", "Disc", "2027-06"} {
		if !strings.Contains(narrow, want) {
			t.Errorf("the narrow table lacks %q:\n%s", want, narrow)
		}
	}
	if line := lineOf(narrow, "Cost per BTC"); !strings.HasSuffix(strings.TrimSpace(line), "—") {
		t.Errorf("the pivot's cost per BTC is not a dash: %q", line)
	}
}

func lineOf(text, prefix string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}
