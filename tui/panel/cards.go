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
// written; tone colours the value. Essential figures stay in the compact
// table when the screen is short. num is the figure as a number (Valid
// false for "never", "n/a") in unit (where the label leaves it open), and
// change how its change against a pinned baseline is written. key names
// the figure for that comparison when its label may differ ("NPV after
// tax" against "NPV"); "" means the label.
type figure struct {
	label     string
	short     string // the label where label does not fit; "" when it always does
	key       string
	value     string
	tone      theme.Tone
	essential bool
	num       decimal.NullDecimal
	unit      string
	change    changeKind
}

func known(v decimal.Decimal) decimal.NullDecimal { return decimal.NewNullDecimal(v) }

func wins(res *model.Result, mining bool) bool {
	return (mining && res.Verdict.Winner == model.WinnerMining) || (!mining && res.Verdict.Winner == model.WinnerAI)
}

// strategyFigures lists the figures of one side, in card order (cardRows of
// them, and the equity's with [finance]). compact shortens the capacity
// line for the comparison table.
func strategyFigures(res *model.Result, mining, compact bool) []figure {
	s := res.AI
	if mining {
		s = res.Mining
	}
	money := func(label string, v decimal.Decimal) figure {
		f := figure{label: label, value: format.USDShort(v), essential: true, num: known(v), change: changeMoney}
		if v.IsNegative() {
			f.tone = theme.ToneNegative
		}
		return f
	}
	capacity := figure{label: "Capacity"}
	switch {
	case mining && compact:
		capacity.value = format.Number(s.HashratePH, 0, "PH/s")
	case mining:
		capacity = figure{label: "Hashrate", value: format.Number(s.HashratePH, 1, "PH/s")}
	case s.GPUs.Valid && compact:
		capacity.value = format.Number(s.GPUs.Decimal, 0, "GPUs")
	case s.GPUs.Valid:
		capacity = figure{label: "GPUs", value: format.Number(s.GPUs.Decimal, 0, "× "+res.Scenario.AI.GPU.Model)}
	case compact:
		capacity.value = format.Number(s.ITMW, 1, "MW IT")
	default:
		capacity = figure{label: "IT load leased", value: format.Number(s.ITMW, 1, "MW")}
	}
	capacity.change = changeCount
	switch {
	case mining:
		capacity.num, capacity.unit = known(s.HashratePH), "PH/s"
	case s.GPUs.Valid:
		capacity.num, capacity.unit = s.GPUs, "GPUs"
	default:
		capacity.num, capacity.unit = known(s.ITMW), "MW"
	}
	npv := money(afterTax(res, "NPV"), s.NPVUSD)
	npv.key, npv.short = "NPV", shortAfterTax(res, "NPV")
	if wins(res, mining) && !s.NPVUSD.IsNegative() {
		npv.tone = theme.ToneWinner // a winning NPV below zero stays red: winning is losing less
	}
	payback := figure{label: "Payback", value: format.Months(s.PaybackMonths), essential: true, change: changeMonths}
	if s.PaybackMonths == 0 {
		payback.tone = theme.ToneDim
	} else {
		payback.num = known(decimal.NewFromInt(int64(s.PaybackMonths)))
	}
	irr := figure{label: afterTax(res, "IRR"), key: "IRR", short: shortAfterTax(res, "IRR"), value: format.Optional(s.IRRPct, func(v decimal.Decimal) string { return format.Percent(v, 1) }, "n/a"), essential: true,
		num: s.IRRPct, change: changePoints}
	if !s.IRRPct.Valid {
		irr.tone = theme.ToneDim
	} else if s.IRRPct.Decimal.IsNegative() {
		irr.tone = theme.ToneNegative
	}
	perMW := money("EBITDA/MW-yr", s.EBITDAUSDPerMWYear)
	perMW.essential = false
	capex := figure{label: "Capex", value: format.USDShort(s.CapexUSD), essential: true, num: known(s.CapexUSD), change: changeCost}
	figs := []figure{
		capacity,
		money("Revenue yr 1", s.FirstYearRevenueUSD),
		money("EBITDA yr 1", s.FirstYearEBITDAUSD),
		perMW,
		capex,
		npv,
		irr,
		payback,
	}
	figs = append(figs, equityFigures(s)...)
	switch {
	case mining && compact:
		figs = append(figs, figure{label: "Cost per BTC", value: format.USDWhole(s.CashCostPerBTCUSD), num: known(s.CashCostPerBTCUSD), change: changeCost})
	case mining:
		figs = append(figs, figure{label: "Cash cost/BTC", value: format.USDWhole(s.CashCostPerBTCUSD), num: known(s.CashCostPerBTCUSD), change: changeCost})
	case compact:
		figs = append(figs, figure{label: "Cost per BTC", value: "—", tone: theme.ToneDim})
	default:
		figs = append(figs, liveFigure(res))
	}
	return figs
}

// liveFigure says when the AI side starts earning: the month after the
// conversion (spec §5).
func liveFigure(res *model.Result) figure {
	sc := res.Scenario
	if sc.AI.ConversionMonths >= sc.HorizonMonths {
		return figure{label: "Live from", value: "never", tone: theme.ToneDim, change: changeMonths}
	}
	return figure{label: "Live from", value: sc.Start.AddMonths(sc.AI.ConversionMonths).String() +
		" (mo " + strconv.Itoa(sc.AI.ConversionMonths+1) + ")", change: changeMonths,
		num: known(decimal.NewFromInt(int64(sc.AI.ConversionMonths + 1)))}
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
	// Base is the pinned baseline, or nil: each figure then shows its
	// change against the baseline's.
	Base *model.Result
}

// cardColumns is how many columns of figures a card of outer width w holds.
func cardColumns(w int) int {
	if w-cardBorder-2*CardPaddingX >= cardTwoColumnInner {
		return 2
	}
	return 1
}

// CardHeight is a card's outer height at outer width w, for a result's figures.
func CardHeight(res *model.Result, w int) int {
	n := figureCount(res)
	return cardBorder + 1 + (n+cardColumns(w)-1)/cardColumns(w)
}

// figureCount is how many figures each side's card holds: cardRows, and
// the equity's with [finance].
func figureCount(res *model.Result) int { return cardRows + len(equityFigures(res.Mining)) }

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
	figs := strategyFigures(c.Res, c.Mining, false)
	values := make([]string, len(figs))
	for i, f := range figs {
		values[i] = st.Tone(f.tone, f.value)
	}
	if c.Base != nil {
		withChanges(st, values, figs, strategyFigures(c.Base, c.Mining, false))
	}
	cols := cardColumns(w)
	perCol := (len(figs) + cols - 1) / cols
	colW := (inner - (cols-1)*CardColumnGap) / cols
	for row := range perCol {
		var line string
		for col := range cols {
			i := col*perCol + row
			cell := strings.Repeat(" ", colW)
			if i < len(figs) {
				f := figs[i]
				cell = cells.Spread(st.Dim.Render(f.label), values[i], colW)
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
	base *model.Result // the pinned baseline, or nil
}

func (c compareTable) Render(w, h int) string {
	st := c.st
	colW := (w - compareLabelWidth) / 2
	if c.base == nil {
		colW = min(compareMaxValue, colW) // wider only spreads the table out
	}
	m := strategyFigures(c.res, true, true)
	a := strategyFigures(c.res, false, true)
	labelW := compareLabelWidth
	for _, f := range m {
		// a longer label ("NPV after tax") takes room the values leave
		labelW = max(labelW, min(cells.Width(f.label)+1, w-2*colW))
	}
	head := func(mining bool) string {
		name := st.StrategyStyle(mining).Render(strategyName(mining))
		if wins(c.res, mining) {
			name = st.WinBadge.Render("★") + " " + name
		}
		return cells.Right(name, colW)
	}
	lines := []string{cells.Fit("", labelW) + head(true) + head(false)}
	mValues, aValues := tableValues(st, m, c.base, true, colW), tableValues(st, a, c.base, false, colW)
	short := h < 1+len(m)
	for i := range m {
		if short && !m[i].essential {
			continue
		}
		label := m[i].label
		if m[i].short != "" && cells.Width(label) > labelW-1 {
			label = m[i].short
		}
		lines = append(lines, cells.Fit(st.Dim.Render(label), labelW)+
			cells.Right(mValues[i], colW)+cells.Right(aValues[i], colW))
	}
	return cells.Block(lines, w, h)
}

// compareRows is the comparison table's height: a head and one line per
// figure, or per essential figure when short.
func compareRows(res *model.Result, short bool) int {
	if !short {
		return 1 + figureCount(res)
	}
	n := 0
	for _, f := range strategyFigures(res, true, true) {
		if f.essential {
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
