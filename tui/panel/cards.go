package panel

import (
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// figure is one line of a result card: a label and its value, already
// written; tone colours the value.
type figure struct {
	label string
	value string
	tone  theme.Tone
	// narrow, when set, is the figure written for a column too narrow for
	// it: the two-column card.
	narrow *figure
}

// fits reports whether the figure fits w columns with a space between its
// label and its value.
func (f figure) fits(w int) bool { return cells.Width(f.label)+1+cells.Width(f.value) <= w }

// in is the figure as written for w columns.
func (f figure) in(w int) figure {
	if f.narrow != nil && !f.fits(w) {
		return *f.narrow
	}
	return f
}

// valueIn is the figure's value as written for w columns, without its label.
func (f figure) valueIn(w int) figure {
	if f.narrow != nil && cells.Width(f.value) > w {
		return *f.narrow
	}
	return f
}

// figureRow is one figure of both sides: each card shows its side's (a side
// without one, nil, leaves the row out), and the compact layout's comparison
// table shows both under one label, the short one when the table is narrow.
// Essential rows stay in the table when the screen is short.
type figureRow struct {
	label, short string
	mining, ai   *figure
	essential    bool
	tableOnly    bool // the cards say it elsewhere
}

func wins(res *model.Result, mining bool) bool {
	return (mining && res.Verdict.Winner == model.WinnerMining) || (!mining && res.Verdict.Winner == model.WinnerAI)
}

// figureRows lists both sides' figures in card order: what each side runs,
// its first year, the per-MW figures deals are quoted in (spec §12), its
// valuation at its own rate with its end value, and what only one side has.
func figureRows(res *model.Result) []figureRow {
	m, a := res.Mining, res.AI
	both := func(label, short string, essential bool, write func(st model.Strategy, mining bool) figure) figureRow {
		fm, fa := write(m, true), write(a, false)
		return figureRow{label: label, short: short, mining: &fm, ai: &fa, essential: essential}
	}
	money := func(label string, pick func(model.Strategy) decimal.Decimal) func(model.Strategy, bool) figure {
		return func(st model.Strategy, _ bool) figure { return moneyFigure(label, pick(st)) }
	}
	rows := []figureRow{
		{label: "Capacity", short: "Capacity", ai: capacityFigure(res), mining: &figure{label: "Hashrate",
			value: format.Number(m.HashratePH, 1, "PH/s"), narrow: &figure{label: "Hashrate", value: format.Number(m.HashratePH, 0, "PH/s")}}},
		{label: "AI · mining MW", short: "AI · mine MW", ai: &figure{label: "AI · mining", value: mwPair(res)}},
		both("Revenue yr 1", "Revenue yr 1", true, money("Revenue yr 1", func(st model.Strategy) decimal.Decimal { return st.FirstYearRevenueUSD })),
		both("EBITDA yr 1", "EBITDA yr 1", true, money("EBITDA yr 1", func(st model.Strategy) decimal.Decimal { return st.FirstYearEBITDAUSD })),
		both("EBITDA per grid MW-yr", "EBITDA/MW-yr", false, money("EBITDA/grid MW-yr", func(st model.Strategy) decimal.Decimal { return st.EBITDAUSDPerMWYear })),
		both("Revenue per IT MW-yr", "Rev/IT MW-yr", false, money("Revenue/IT MW-yr", func(st model.Strategy) decimal.Decimal { return st.RevenueUSDPerITMWYear })),
		both("EBITDA per IT MW-yr", "EBITDA/IT MW", false, money("EBITDA/IT MW-yr", func(st model.Strategy) decimal.Decimal { return st.EBITDAUSDPerITMWYear })),
		both("Capex", "Capex", true, func(st model.Strategy, _ bool) figure {
			return figure{label: "Capex", value: format.USDShort(st.CapexUSD)}
		}),
		both("NPV", "NPV", true, func(st model.Strategy, mining bool) figure { return npvFigure(res, st, mining) }),
	}
	if !m.DiscountRatePct.Equal(a.DiscountRatePct) {
		// spec §12: each side's own rate; the cards say it beside the NPV.
		rows = append(rows, figureRow{label: "Discount rate", short: "Disc. rate", tableOnly: true,
			mining: &figure{value: format.Percent(m.DiscountRatePct, 1)}, ai: &figure{value: format.Percent(a.DiscountRatePct, 1)}})
	}
	rows = append(rows,
		both("IRR", "IRR", true, func(st model.Strategy, _ bool) figure {
			irr := figure{label: "IRR", value: format.Optional(st.IRRPct, func(v decimal.Decimal) string { return format.Percent(v, 1) }, "n/a")}
			if !st.IRRPct.Valid {
				irr.tone = theme.ToneDim
			} else if st.IRRPct.Decimal.IsNegative() {
				irr.tone = theme.ToneNegative
			}
			return irr
		}),
		both("Payback", "Payback", true, func(st model.Strategy, _ bool) figure {
			payback := figure{label: "Payback", value: format.Months(st.PaybackMonths)}
			if st.PaybackMonths == 0 {
				payback.tone = theme.ToneDim
			}
			return payback
		}),
		both("End value", "End value", false, func(st model.Strategy, mining bool) figure {
			exit := res.Scenario.AI.ExitEVEBITDA
			if mining {
				exit = res.Scenario.Mining.ExitEVEBITDA
			}
			return endValueFigure(st, exit)
		}),
		figureRow{label: "Cash cost per BTC", short: "Cost per BTC", mining: &figure{label: "Cash cost/BTC", value: cashCost(m)}},
		figureRow{label: "AI live", short: "AI live", ai: liveFigure(res)},
	)
	if rate := a.ColoRateUSDPerKWMonth; rate.Valid && res.Scenario.AI.Colocation.ContractValueUSD.Valid {
		// spec §11: the month-1 rate the contract value sets.
		rows = append(rows, figureRow{label: "Derived lease rate", short: "Derived rate",
			ai: &figure{label: "Derived lease rate", value: format.Price(rate.Decimal, 2, "/kW-mo"),
				narrow: &figure{label: "Derived $/kW-mo", value: format.Price(rate.Decimal, 2, "")}}})
	}
	return rows
}

func moneyFigure(label string, v decimal.Decimal) figure {
	f := figure{label: label, value: format.USDShort(v)}
	if v.IsNegative() {
		f.tone = theme.ToneNegative
	}
	return f
}

// capacityFigure is what the pivot sells: its GPU fleet or its leased load.
func capacityFigure(res *model.Result) *figure {
	a := res.AI
	if a.GPUs.Valid {
		return &figure{label: "GPUs", value: format.Number(a.GPUs.Decimal, 0, "× "+res.Scenario.AI.GPU.Model),
			narrow: &figure{label: "GPUs", value: format.Number(a.GPUs.Decimal, 0, "GPUs")}}
	}
	return &figure{label: "Leased", value: format.Number(a.ITMW, 1, "MW IT")}
}

// mwPair writes the pivot's two parts in grid MW: "200 · 50 MW", its AI
// phases and the MW it keeps mining (spec §10).
func mwPair(res *model.Result) string {
	converted := res.Scenario.Site.PowerMW.Sub(res.AI.MiningMW)
	return wholeOrTenth(converted) + " · " + wholeOrTenth(res.AI.MiningMW) + " MW"
}

func wholeOrTenth(mw decimal.Decimal) string {
	if mw.IsInteger() {
		return format.Grouped(mw, 0)
	}
	return format.Grouped(mw, 1)
}

// npvFigure is a side's NPV, labelled with its rate when the two sides are
// discounted at different ones (spec §12).
func npvFigure(res *model.Result, st model.Strategy, mining bool) figure {
	f := moneyFigure("NPV", st.NPVUSD)
	if !res.Mining.DiscountRatePct.Equal(res.AI.DiscountRatePct) {
		f.label = "NPV at " + format.Percent(st.DiscountRatePct, 1)
	}
	if wins(res, mining) && !st.NPVUSD.IsNegative() {
		f.tone = theme.ToneWinner // a winning NPV below zero stays red: winning is losing less
	}
	return f
}

// endValueFigure is a side's value at the horizon and how it is set: the
// residual, or an exit multiple of its EBITDA (spec §12).
func endValueFigure(st model.Strategy, multiple decimal.Decimal) figure {
	f := figure{label: "Residual", value: format.USDShort(st.ResidualUSD)}
	if st.TerminalMethod == model.TerminalExitMultiple {
		f.label = "Exit value " + format.Grouped(multiple, 1) + "x"
	}
	if st.ResidualUSD.IsZero() {
		f.tone = theme.ToneDim
	}
	return f
}

func cashCost(m model.Strategy) string {
	if m.CashCostPerBTCUndefined {
		return "n/a"
	}
	return format.USDWhole(m.CashCostPerBTCUSD)
}

// liveFigure says when the pivot's AI starts earning: its first live month
// (spec §10), and the month the last phase follows when they differ.
func liveFigure(res *model.Result) *figure {
	sc := res.Scenario
	a := res.AI
	switch {
	case a.FirstLiveMonth > sc.HorizonMonths:
		return &figure{label: "Live from", value: "never", tone: theme.ToneDim}
	case a.LastLiveMonth > a.FirstLiveMonth && a.LastLiveMonth <= sc.HorizonMonths:
		first := sc.Start.AddMonths(a.FirstLiveMonth - 1).String()
		return &figure{label: "Live", value: first + " → " + sc.Start.AddMonths(a.LastLiveMonth-1).String(),
			narrow: &figure{label: "Live from", value: first}}
	}
	first := sc.Start.AddMonths(a.FirstLiveMonth - 1).String()
	return &figure{label: "Live from", value: first + " (mo " + strconv.Itoa(a.FirstLiveMonth) + ")",
		narrow: &figure{label: "Live from", value: first}}
}

// sideFigures is one card's figures, in order.
func sideFigures(rows []figureRow, mining bool) []figure {
	var figs []figure
	for _, r := range rows {
		f := r.ai
		if mining {
			f = r.mining
		}
		if f != nil && !r.tableOnly {
			if f.label == "" {
				f.label = r.label
			}
			figs = append(figs, *f)
		}
	}
	return figs
}

func strategyName(mining bool) string {
	if mining {
		return words.Mining
	}
	return words.AI
}

// ResultCard is one strategy's boxed card: the Overview's full layout and
// the memo card. On a wide card the figures flow into two columns, which
// keeps labels near their values.
type ResultCard struct {
	St     *theme.Styles
	Res    *model.Result
	Mining bool // the mining card, else the AI card
	// Columns is how many columns the figures flow into; 0 lets the card
	// decide from its width (Cards gives both cards the same).
	Columns int

	rows []figureRow // figureRows(Res), when the caller has them
}

// cardColumns is how many columns a card of outer width w lays figs out in:
// two from cardTwoColumnInner columns inside, when every figure fits its
// column with a space between label and value.
func cardColumns(figs []figure, w int) int {
	inner := w - cardBorder - 2*CardPaddingX
	if inner < cardTwoColumnInner {
		return 1
	}
	colW := (inner - CardColumnGap) / 2
	for _, f := range figs {
		if !f.in(colW).fits(colW) {
			return 1
		}
	}
	return 2
}

// cardHeight is the outer height of a card of figs in cols columns.
func cardHeight(figs []figure, cols int) int {
	return cardBorder + 1 + (len(figs)+cols-1)/cols
}

func (c ResultCard) Render(w, h int) string {
	st := c.St
	win := wins(c.Res, c.Mining)
	inner := w - cardBorder - 2*CardPaddingX
	title := st.StrategyStyle(c.Mining).Render(strings.ToUpper(strategyName(c.Mining)))
	if !c.Mining {
		title += st.Dim.Render(" · " + format.Mode(c.Res.Scenario.AI.Mode))
	}
	badge := ""
	if win {
		badge = st.WinBadge.Render(" ★ WINNER ")
	}
	lines := []string{cells.Spread(title, badge, inner)}
	rows := c.rows
	if rows == nil {
		rows = figureRows(c.Res)
	}
	figs := sideFigures(rows, c.Mining)
	cols := c.Columns
	if cols == 0 {
		cols = cardColumns(figs, w)
	}
	perCol := (len(figs) + cols - 1) / cols
	colW := (inner - (cols-1)*CardColumnGap) / cols
	for row := range perCol {
		var line string
		for col := range cols {
			i := col*perCol + row
			cell := strings.Repeat(" ", colW)
			if i < len(figs) {
				f := figs[i].in(colW)
				cell = cells.Spread(st.Dim.Render(f.label), st.Tone(f.tone, f.value), colW)
			}
			if col > 0 {
				line += st.Faint.Render(strings.Repeat(" ", CardColumnGap-2) + "│ ")
			}
			line += cell
		}
		lines = append(lines, line)
	}
	box := st.Card
	if win {
		box = st.CardWinner
	}
	return boxed(box, lines, w, h)
}

// compareTable is the compact layout's results: both sides as columns of
// one table, the winner's column marked. When h is short of a line per
// figure, only the essential figures are listed.
type compareTable struct {
	st   *theme.Styles
	res  *model.Result
	rows []figureRow // figureRows(res)
}

func (c compareTable) Render(w, h int) string {
	st := c.st
	colW := min(compareMaxValue, (w-compareLabelWidth)/2)
	labelW := max(compareLabelWidth, w-2*colW)
	head := func(mining bool) string {
		name := st.StrategyStyle(mining).Render(strategyName(mining))
		if wins(c.res, mining) {
			name = st.WinBadge.Render("★") + " " + name
		}
		return cells.Right(name, colW)
	}
	lines := []string{cells.Fit("", labelW) + head(true) + head(false)}
	rows := c.rows
	if rows == nil {
		rows = figureRows(c.res)
	}
	short := h < 1+len(rows)
	value := func(f *figure) string {
		if f == nil {
			return st.Tone(theme.ToneDim, cells.Right("—", colW))
		}
		v := f.valueIn(colW)
		return st.Tone(v.tone, cells.Right(v.value, colW))
	}
	for _, r := range rows {
		if short && !r.essential {
			continue
		}
		label := r.label
		if cells.Width(label) > labelW-1 {
			label = r.short
		}
		lines = append(lines, cells.Fit(st.Dim.Render(label), labelW)+value(r.mining)+value(r.ai))
	}
	return cells.Block(lines, w, h)
}

// compareRows is the comparison table's height: a head and one line per
// figure, or per essential figure when short.
func compareRows(rows []figureRow, short bool) int {
	n := 0
	for _, r := range rows {
		if r.essential || !short {
			n++
		}
	}
	return 1 + n
}

// boxed draws lines (each exactly w−4 wide) in a frame, a w by h block with
// one column of padding inside each side.
func boxed(f theme.Frame, lines []string, w, h int) string {
	b := f.Border
	inner := w - cardBorder - 2*CardPaddingX
	out := make([]string, 0, h)
	out = append(out, f.Paint.Render(b.TopLeft+strings.Repeat(b.Top, w-2)+b.TopRight))
	left, right := f.Paint.Render(b.Left)+" ", " "+f.Paint.Render(b.Right)
	for i := range h - cardBorder {
		line := strings.Repeat(" ", inner)
		if i < len(lines) {
			line = cells.Fit(lines[i], inner)
		}
		out = append(out, left+line+right)
	}
	out = append(out, f.Paint.Render(b.BottomLeft+strings.Repeat(b.Bottom, w-2)+b.BottomRight))
	return strings.Join(out, "\n")
}
