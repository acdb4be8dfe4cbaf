package panel

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// cango is the Cango preset, financed: a 21 % tax and half the capex on
// project debt (spec §14).
func cango(t *testing.T) model.Scenario {
	t.Helper()
	s, err := scenarios.Preset("cango-2026")
	if err != nil {
		t.Fatal(err)
	}
	if !s.HasFinance || !s.Finance.DebtPctOfCapex.IsPositive() {
		t.Fatal("the Cango preset is not financed")
	}
	return s
}

// With [finance] each card says its NPV and IRR are after tax and shows the
// equity's NPV and IRR, the debt drawn and the lowest DSCR, as the model
// gives them; without it, none of that.
func TestCardsShowTheEquityWithFinance(t *testing.T) {
	st := theme.New(theme.Dark)
	s := cango(t)
	res := model.Evaluate(s)
	for _, w := range []int{80, 119} { // one column a card, then two
		text := ansi.Strip(Cards(st, &res, w))
		for _, want := range []string{"NPV after tax", "IRR after tax", "Equity NPV", "Equity IRR", "Debt drawn", "Lowest DSCR",
			format.USDShort(res.AI.Equity.NPVUSD), format.USDShort(res.AI.Equity.DebtUSD), format.Coverage(res.AI.Equity.MinDSCR.Decimal),
			format.USDShort(res.Mining.Equity.NPVUSD)} {
			if !strings.Contains(text, want) {
				t.Errorf("%d columns: the cards lack %q:\n%s", w, want, text)
			}
		}
		lines := cells.Lines(Cards(st, &res, w))
		if _, _, _, _, h := cardSplit(figureRows(&res), nil, w); len(lines) != h {
			t.Errorf("%d columns: %d lines, cardSplit says %d", w, len(lines), h)
		}
		for i, l := range lines {
			if cells.Width(l) != w {
				t.Errorf("%d columns: line %d is %d wide", w, i, cells.Width(l))
			}
		}
	}
	// A card holds the unfinanced card's figures and 4 of equity.
	s.HasFinance = false
	unfinanced := model.Evaluate(s)
	s.HasFinance = true
	for _, mining := range []bool{true, false} {
		if got, plain := len(sideFigures(figureRows(&res), mining)), len(sideFigures(figureRows(&unfinanced), mining)); got != plain+4 {
			t.Errorf("mining %v: %d figures financed, %d without", mining, got, plain)
		}
	}
	// The mining strategy draws no debt (its fleet is paid for): no coverage to state.
	if res.Mining.Equity.MinDSCR.Valid || !strings.Contains(lineContaining(ansi.Strip(Cards(st, &res, 80)), "Lowest DSCR"), "n/a") {
		t.Error("mining's lowest DSCR should read n/a without debt")
	}

	s.HasFinance = false
	plain := model.Evaluate(s)
	text := ansi.Strip(Cards(st, &plain, 119))
	for _, unwanted := range []string{"after tax", "Equity", "DSCR", "Debt"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("without [finance] the cards show %q", unwanted)
		}
	}
}

// The compact table says "post-tax" where "after tax" does not fit, and
// keeps the equity's NPV among the essential figures.
func TestCompareTableWithFinance(t *testing.T) {
	res := model.Evaluate(cango(t))
	table := compareTable{st: theme.New(theme.Dark), res: &res}
	rows := figureRows(&res)
	for _, r := range rows {
		if r.id() == "NPV" && (r.label != "NPV after tax" || r.short != "NPV post-tax") {
			t.Errorf("the NPV row is labelled %q, %q", r.label, r.short)
		}
	}
	// Too narrow for the long label, the short one.
	table.rows = rows
	narrow := ansi.Strip(table.Render(CompareMinWidth-4, compareRows(rows, false)))
	if !strings.Contains(narrow, "NPV post-tax") || strings.Contains(narrow, "NPV after t") {
		t.Errorf("the narrow table's NPV label:\n%s", narrow)
	}
	wide := ansi.Strip(table.Render(80, compareRows(rows, false)))
	if !strings.Contains(wide, "NPV after tax") || !strings.Contains(wide, "Lowest DSCR") {
		t.Errorf("the wide table:\n%s", wide)
	}
	short := ansi.Strip(table.Render(80, compareRows(rows, true)))
	if !strings.Contains(short, "Equity NPV") || strings.Contains(short, "Lowest DSCR") {
		t.Errorf("the short table keeps the equity NPV and drops the DSCR:\n%s", short)
	}
	if got := len(cells.Lines(short)); got != 1+7 {
		t.Errorf("the short table has %d lines, want a head and 7 essential figures", got)
	}
}

// Pinned without [finance], a financed scenario's cards compare its
// after-tax NPV with the pinned NPV, and leave the equity uncompared.
func TestCardsAgainstAnUnfinancedBaseline(t *testing.T) {
	s := cango(t)
	s.Finance.TaxRatePct = s.Finance.TaxRatePct.Add(s.Finance.TaxRatePct) // 42 %: a tax the mining side pays too
	s.Bitcoin.PriceUSD = s.Bitcoin.PriceUSD.Add(s.Bitcoin.PriceUSD)
	res := model.Evaluate(s)
	s.HasFinance = false
	base := model.Evaluate(s)
	st := theme.New(theme.Dark)
	rows := figureRows(&res)
	figs := sideFigures(rows, true)
	baseFigs := baseFigures(rows, figureRows(&base), true)
	values := make([]string, len(figs))
	withChanges(st, values, figs, baseFigs)
	compared := 0
	for i, f := range figs {
		changed := strings.TrimSpace(ansi.Strip(values[i]))
		switch f.label {
		case "NPV after tax":
			if res.Mining.TaxUSD.IsZero() {
				t.Fatal("the test wants a mining side that pays tax")
			}
			if want := res.Mining.NPVUSD.Sub(base.Mining.NPVUSD); changed != signed(want) {
				t.Errorf("the after-tax NPV changes by %q, want %s", changed, signed(want))
			}
			compared++
		case "Equity NPV", "Equity IRR", "Debt drawn", "Lowest DSCR":
			if changed != "" {
				t.Errorf("%s compared with a baseline that has none: %q", f.label, changed)
			}
			compared++
		}
	}
	if compared != 5 {
		t.Errorf("%d of the 5 figures checked", compared)
	}
}

// signed writes a change as the cards do: "+$3.2M", "−$1.4M".
func signed(v decimal.Decimal) string {
	if v.IsNegative() {
		return "−" + format.USDShort(v.Abs())
	}
	return "+" + format.USDShort(v)
}
