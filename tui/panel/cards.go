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

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// figure is one line of a result card: a label and its value, already
// written; tone colours the value. Essential figures stay in the compact
// table when the screen is short. num is the figure as a number (Valid
// false for "never", "n/a") in unit (where the label leaves it open), and
// change how its change against a pinned baseline is written.
type figure struct {
	label     string
	short     string // the label where label does not fit (the narrow comparison table); "" for label
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
// them). compact shortens the capacity line for the comparison table.
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
		capacity = figure{label: "GPUs", value: format.Number(s.GPUs.Decimal, 0, "× "+printable.String(res.Scenario.AI.GPU.Model))}
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
	npv := money("NPV", s.NPVUSD)
	if wins(res, mining) && !s.NPVUSD.IsNegative() {
		npv.tone = theme.ToneWinner // a winning NPV below zero stays red: winning is losing less
	}
	payback := figure{label: "Payback", value: format.Months(s.PaybackMonths), essential: true, change: changeMonths}
	if s.PaybackMonths == 0 {
		payback.tone = theme.ToneDim
	} else {
		payback.num = known(decimal.NewFromInt(int64(s.PaybackMonths)))
	}
	irr := figure{label: "IRR", value: format.Optional(s.IRRPct, func(v decimal.Decimal) string { return format.Percent(v, 1) }, "n/a"), essential: true,
		num: s.IRRPct, change: changePoints}
	if !s.IRRPct.Valid {
		irr.tone = theme.ToneDim
	} else if s.IRRPct.Decimal.IsNegative() {
		irr.tone = theme.ToneNegative
	}
	// Year 1 is each side's first 12 live months; per MW, the grid's and
	// the critical IT load's, as deals are quoted.
	revenue := money("Revenue "+words.FirstLiveYearShort, s.FirstYearRevenueUSD)
	revenue.short = "Rev. " + words.FirstLiveYearShort
	ebitda := money("EBITDA "+words.FirstLiveYearShort, s.FirstYearEBITDAUSD)
	perGridMW := money("EBITDA/grid MW-yr", s.EBITDAUSDPerMWYear)
	perGridMW.essential, perGridMW.short = false, "EBITDA/grid MW"
	perITMW := money("EBITDA/IT MW-yr", s.EBITDAUSDPerITMWYear)
	perITMW.essential, perITMW.short = false, "EBITDA/IT MW"
	capex := figure{label: "Capex", value: format.USDShort(s.CapexUSD), essential: true, num: known(s.CapexUSD), change: changeCost}
	figs := []figure{
		capacity,
		revenue,
		ebitda,
		perGridMW,
		perITMW,
		capex,
		npv,
		irr,
		payback,
	}
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

// liveFigure says when the AI side starts earning, where its first 12 live
// months begin: its first phase's live month (spec §10).
func liveFigure(res *model.Result) figure {
	sc := res.Scenario
	first := res.AI.FirstLiveMonth
	if first > sc.HorizonMonths {
		return figure{label: "Live from", value: "never", tone: theme.ToneDim, change: changeMonths}
	}
	return figure{label: "Live from", value: sc.Start.AddMonths(first-1).String() + " (mo " + strconv.Itoa(first) + ")",
		change: changeMonths, num: known(decimal.NewFromInt(int64(first)))}
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

// CardHeight is a card's outer height at outer width w.
func CardHeight(w int) int {
	return cardBorder + 1 + (cardRows+cardColumns(w)-1)/cardColumns(w)
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
	m := strategyFigures(c.res, true, true)
	a := strategyFigures(c.res, false, true)
	colW := (w - compareLabelWidth) / 2
	// Without a baseline's changes beside them, the value columns take what
	// their widest value and head need (the sides' short names when the
	// full ones would squeeze the labels), the labels the rest.
	short := c.base == nil && colW < compareMinValue+1
	switch {
	case short:
		valueW := 0
		for i := range m {
			valueW = max(valueW, cells.Width(m[i].value), cells.Width(a[i].value))
		}
		colW = max(valueW+1, compareShortHead)
	case c.base == nil:
		colW = min(compareMaxValue, colW) // wider only spreads the table out
	}
	labelW := w - 2*colW
	head := func(mining bool) string {
		text := strategyName(mining)
		if short {
			text = words.ShortName(mining)
		}
		name := st.StrategyStyle(mining).Render(text)
		if wins(c.res, mining) {
			name = st.WinBadge.Render("★") + " " + name
		}
		return cells.Right(name, colW)
	}
	lines := []string{cells.Fit("", labelW) + head(true) + head(false)}
	mValues, aValues := tableValues(st, m, c.base, true, colW), tableValues(st, a, c.base, false, colW)
	few := h < 1+len(m)
	for i := range m {
		if few && !m[i].essential {
			continue
		}
		label := m[i].label
		if cells.Width(label) > labelW && m[i].short != "" {
			label = m[i].short
		}
		lines = append(lines, cells.Fit(st.Dim.Render(label), labelW)+
			cells.Right(mValues[i], colW)+cells.Right(aValues[i], colW))
	}
	return cells.Block(lines, w, h)
}

// compareRows is the comparison table's height: a head and one line per
// figure, or per essential figure when short.
func compareRows(short bool) int {
	if short {
		return 1 + compareEssentialRows
	}
	return 1 + cardRows
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
