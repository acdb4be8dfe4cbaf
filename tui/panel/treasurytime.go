package panel

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/shopspring/decimal"
)

// layout stacks the Treasury tab: the loan before and after the sale, the
// loan left over time, its LTV chart, then the sale and the capex its cash
// covers. The chart takes the rows the rest leaves, up to
// treasuryChartMax, and is left out below chartMinHeight; on a screen too
// short for the rest the blank lines between the sections go first.
func (t Treasury) layout(w, h int) []string {
	loan, sale, covers := t.sheet(w)
	overTime := t.overTime(w)
	sections := [][]string{loan, overTime, sale, covers}
	rows := len(sections) // a blank line above each
	for _, s := range sections {
		rows += len(s)
	}
	if chartH := min(treasuryChartMax, h-rows-1); t.LTV != nil && chartH >= chartMinHeight {
		chart := cells.Lines(LTVChart{St: t.St, Res: t.Res, LTV: t.LTV}.Render(w-2, chartH))
		for i, l := range chart {
			chart[i] = "  " + l
		}
		sections = [][]string{loan, overTime, chart, sale, covers}
		rows += 1 + len(chart)
	}
	// Too short for every blank line: keep only the one under the tabs if
	// it fits.
	blanks := len(sections)
	if rows > h {
		blanks = 0
		if rows-len(sections)+1 <= h {
			blanks = 1
		}
	}
	var lines []string
	for i, s := range sections {
		if i < blanks {
			lines = append(lines, "")
		}
		lines = append(lines, s...)
	}
	return lines
}

// overTime is spec §15 in a table: for the margin call and the
// liquidation, the BTC price that triggers it, the first month the base
// price path reaches it, and the share of the Monte Carlo's paths that do;
// or, with no loan left, why there is nothing to call.
func (t Treasury) overTime(w int) []string {
	st := t.St
	res := t.Res
	if !words.LoanLeft(*res) {
		lines := []string{"  " + st.SectionHead.Render("The loan left, over time")}
		for _, l := range cells.Wrap(words.TreasuryPath(*res), max(20, w-4)) {
			lines = append(lines, "  "+st.Dim.Render(l))
		}
		return lines
	}
	sc, tr := res.Scenario, res.Treasury
	firstW, oddsW := treasuryFirstWidth, treasuryOddsWidth
	labelW := max(16, min(treasuryOverTimeLabel, w-2-firstW-oddsW))
	odds := t.odds()
	row := func(label string, price decimal.NullDecimal, month int, odds string) string {
		label += ", BTC ≤ " + format.Optional(price, format.USDWhole, "—")
		first := st.Figure.Render(cells.Right(words.FirstMonth(*res, month), firstW))
		if month == 0 {
			first = st.Dim.Render(cells.Right(words.FirstMonth(*res, month), firstW))
		}
		return "  " + st.Dim.Render(cells.Fit(label, labelW)) + first + odds
	}
	lines := []string{
		"  " + st.SectionHead.Render(cells.Fit("The loan left, over time", labelW)) +
			st.TableHead.Render(cells.Right("First reached", firstW)) + st.TableHead.Render(cells.Right("Odds", oddsW)),
		row("Margin call at "+format.Percent(sc.Treasury.MarginCallLTVPct, 0)+" LTV", tr.MarginCallPriceAfterUSD, tr.FirstMarginCallMonth, odds[0]),
		row("Liquidation at "+format.Percent(sc.Treasury.LiquidationLTVPct, 0)+" LTV", tr.LiquidationPriceAfterUSD, tr.FirstLiquidationMonth, odds[1]),
	}
	note := "First reached on the base price path (" + words.BasePath(sc) + "); odds over " +
		format.Months(sc.HorizonMonths) + " from the Monte Carlo (" +
		format.Number(decimal.NewFromInt(int64(sc.Risk.Paths)), 0, "paths") + " at " +
		format.Percent(sc.Risk.BTCVolatilityPct, 0) + " BTC volatility, each month checked), as on the Risk tab."
	for _, l := range cells.Wrap(note, max(20, w-4)) {
		lines = append(lines, "  "+st.Dim.Render(l))
	}
	return lines
}

// odds are the margin-call and liquidation odds as the table shows them:
// the Monte Carlo's shares, dimmed while a newer run computes, or where
// the run stands.
func (t Treasury) odds() [2]string {
	st, p := t.St, t.Progress
	right := func(text string) string { return cells.Right(text, treasuryOddsWidth) }
	pending := func(text string) [2]string {
		return [2]string{st.Dim.Render(right(text)), st.Dim.Render(right(text))}
	}
	switch {
	case p.Err != "" && !p.Has:
		return [2]string{st.Error.Render(right("failed")), st.Error.Render(right("failed"))}
	case !p.Has && p.Fraction > 0:
		return pending("computing " + format.Percent(decimal.NewFromFloat(p.Fraction*100).Round(0), 0))
	case !p.Has:
		return pending("computing…")
	case !t.Risk.LoanAtRisk:
		return pending("—") // a result for a scenario with no loan left, until the new one comes
	}
	paint := st.Figure
	if p.Stale {
		paint = st.Dim
	}
	return [2]string{paint.Render(right(words.Odds(t.Risk.PMarginCall))), paint.Render(right(words.Odds(t.Risk.PLiquidation)))}
}

// OddsShown reports whether the Treasury tab shows the Monte Carlo's odds
// for a result: when a loan is left after the sale to be called.
func OddsShown(res *model.Result) bool { return words.LoanLeft(*res) }
