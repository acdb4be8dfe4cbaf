package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// Treasury is the Treasury tab: the BTC-backed balance sheet before and
// after the sale that funds the pivot (spec §7), the loan left after it
// over time (spec §15: the first months it reaches its margin call and its
// liquidation, the LTV path, the Monte Carlo's odds), or, for a scenario
// without one, how to add it.
type Treasury struct {
	St  *theme.Styles
	Res *model.Result
	LTV []float64 // LTVSeries(Res.Scenario); nil without a loan left
	// Risk is the Monte Carlo's result once Progress.Has: the odds of a
	// margin call and a liquidation.
	Risk     *model.RiskResult
	Progress Progress
}

func (t Treasury) Render(w, h int) string {
	if t.Res.Treasury == nil {
		return cells.Block(t.missing(w), w, h)
	}
	return cells.Block(t.layout(w, h), w, h)
}

func (t Treasury) missing(w int) []string {
	st := t.St
	lines := []string{
		"",
		"  " + st.SectionHead.Render("No treasury in this scenario"),
		"",
	}
	for _, l := range cells.Wrap("The treasury is the bitcoin on the balance sheet and the loan it secures: "+
		"selling some of it can repay debt and fund the conversion. Switch it on in the inputs (TREASURY, "+
		"BTC treasury: ←/→ or enter), or add a [treasury] table to the scenario file, to see the loan-to-value, "+
		"the margin-call and liquidation prices before and after the sale, when the loan left is called on the "+
		"base price path and how likely that is, and how much of each strategy's capex the cash covers:", min(w-4, 76)) {
		lines = append(lines, "  "+l)
	}
	lines = append(lines, "")
	for _, l := range TreasuryExample() {
		lines = append(lines, "    "+st.Value.Render(l))
	}
	return lines
}

// TreasuryExample is the [treasury] table the tab offers a scenario without
// one, as the README shows it: Cango's holding and sale of February 2026
// with a $400M loan, and the margin-call and liquidation LTVs at their
// defaults, each key with its comment.
func TreasuryExample() []string {
	defaults := model.Default().Treasury
	example := []struct {
		key   string
		value decimal.Decimal
	}{
		{"treasury.btc_held", decimal.NewFromInt(7475)},
		{"treasury.loan_usd", decimal.NewFromInt(400_000_000)},
		{"treasury.margin_call_ltv_pct", defaults.MarginCallLTVPct},
		{"treasury.liquidation_ltv_pct", defaults.LiquidationLTVPct},
		{"treasury.btc_to_sell", decimal.NewFromInt(4451)},
	}
	codes := make([]string, len(example))
	codeW := 0
	for i, e := range example {
		f, _ := model.FieldByKey(e.key)
		codes[i] = f.Name() + " = " + model.FormatNumber(e.value)
		codeW = max(codeW, cells.Width(codes[i]))
	}
	lines := []string{"[treasury]"}
	for i, e := range example {
		f, _ := model.FieldByKey(e.key)
		lines = append(lines, cells.Fit(codes[i], codeW+2)+"# "+f.Comment)
	}
	return lines
}

// sheet is the balance sheet before and after the sale, the sale, and the
// capex its cash covers.
func (t Treasury) sheet(w int) (loan, sale, covers []string) {
	st := t.St
	tr := t.Res.Treasury
	sc := t.Res.Scenario
	in := sc.Treasury
	price := sc.Bitcoin.PriceUSD
	usd := func(v decimal.NullDecimal) string { return format.Optional(v, format.USDWhole, "—") }
	pct := func(v decimal.NullDecimal) string {
		return format.Optional(v, func(d decimal.Decimal) string { return format.Percent(d, 1) }, "—")
	}
	// The model reports no LTV and no trigger prices without a loan (spec §7).
	ltvAfter := pct(tr.LTVAfterPct)
	if !tr.LTVAfterPct.Valid && loanAfter(in, tr).IsZero() {
		ltvAfter = "no loan"
	}
	ltvBefore := pct(tr.LTVPct)
	if !tr.LTVPct.Valid && in.LoanUSD.IsZero() {
		ltvBefore = "no loan"
	}
	labelW := min(treasuryLabelWidth, max(16, w-2*treasuryValueWidth-4))
	row := func(label, before, after string) string {
		return "  " + st.Dim.Render(cells.Fit(label, labelW)) + st.Figure.Render(cells.Right(before, treasuryValueWidth)) +
			st.Figure.Render(cells.Right(after, treasuryValueWidth))
	}
	// After the sale: spec §7 recomputes the same figures on the smaller
	// holding and the loan less what the proceeds repaid.
	heldAfter := in.BTCHeld.Sub(in.BTCToSell)
	loan = []string{
		"  " + st.SectionHead.Render(cells.Fit("BTC-backed loan", labelW)) + st.TableHead.Render(cells.Right("Before sale", treasuryValueWidth)) +
			st.TableHead.Render(cells.Right("After sale", treasuryValueWidth)),
		row("BTC held", format.Number(in.BTCHeld, 2, "BTC"), format.Number(heldAfter, 2, "BTC")),
		row("Loan", format.USDWhole(in.LoanUSD), format.USDWhole(loanAfter(in, tr))),
		row("Loan-to-value at "+format.USDWhole(price), ltvBefore, ltvAfter),
		row("Margin call ("+format.Percent(in.MarginCallLTVPct, 0)+" LTV) below", usd(tr.MarginCallPriceUSD), usd(tr.MarginCallPriceAfterUSD)),
		row("Liquidation ("+format.Percent(in.LiquidationLTVPct, 0)+" LTV) below", usd(tr.LiquidationPriceUSD), usd(tr.LiquidationPriceAfterUSD)),
	}
	sale = []string{
		"  " + st.SectionHead.Render("The sale"),
		row("BTC sold at "+format.USDWhole(price), format.Number(in.BTCToSell, 2, "BTC"), ""),
		row("Proceeds", format.USDWhole(tr.ProceedsUSD), ""),
		row("Repaid to lenders", format.USDWhole(tr.RepaidUSD), ""),
		row("Cash for the pivot", format.USDWhole(tr.CashUSD), ""),
	}
	covers = []string{"  " + st.SectionHead.Render("Capex the cash covers")}
	barW := min(treasuryBarWidth, max(8, w-labelW-30))
	for _, side := range []struct {
		mining  bool
		covered decimal.Decimal
		capex   decimal.Decimal
	}{
		{true, tr.MiningCapexCoveredPct, t.Res.Mining.CapexUSD},
		{false, tr.AICapexCoveredPct, t.Res.AI.CapexUSD},
	} {
		name := st.StrategyStyle(side.mining).Render(cells.Fit(strategyName(side.mining), labelW))
		if side.capex.IsZero() {
			// Spec §7 calls nothing 100 % covered; a full bar would say
			// the cash paid for something.
			covers = append(covers, "  "+name+st.Dim.Render(words.NoCapex))
			continue
		}
		filled := int(side.covered.Mul(decimal.NewFromInt(int64(barW))).Div(decimal.NewFromInt(100)).Round(0).IntPart())
		filled = min(barW, max(0, filled))
		barStyle := st.BarAI
		if side.mining {
			barStyle = st.BarMining
		}
		bar := barStyle.Render(strings.Repeat("█", filled)) + st.BarEmpty.Render(strings.Repeat("░", barW-filled))
		covers = append(covers, "  "+name+
			bar+" "+st.Figure.Render(cells.Right(format.Percent(side.covered, 1), 8))+
			st.Dim.Render("  of "+format.USDShort(side.capex)))
	}
	return loan, sale, covers
}

// loanAfter is the loan less what the sale repaid.
func loanAfter(in model.Treasury, tr *model.TreasuryResult) decimal.Decimal {
	return in.LoanUSD.Sub(tr.RepaidUSD)
}
