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
// written; tone colours the value. num is the figure as a number (Valid
// false for "never", "n/a") in unit (where the label leaves it open), and
// change how its change against a pinned baseline is written.
type figure struct {
	label  string
	value  string
	tone   theme.Tone
	num    decimal.NullDecimal
	unit   string
	change changeKind
	// narrow, when set, is the figure written for a column too narrow for
	// it: the two-column card, the compact table.
	narrow *figure
}

func known(v decimal.Decimal) decimal.NullDecimal { return decimal.NewNullDecimal(v) }

// narrowed gives f a narrow form: the same figure, labelled and written shorter.
func (f figure) narrowed(label, value string) *figure {
	n := f
	n.label, n.value, n.narrow = label, value, nil
	f.narrow = &n
	return &f
}

// narrowedLabel gives f a narrow form with a shorter label, the same value;
// none when the label is already that short.
func (f figure) narrowedLabel(label string) figure {
	if label == f.label {
		return f
	}
	return *f.narrowed(label, f.value)
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
// Essential rows stay in the table when the screen is short. key names the
// row for the comparison with a pinned baseline where its label may differ
// ("NPV after tax" against "NPV"); "" means the label.
type figureRow struct {
	label, short string
	key          string
	mining, ai   *figure
	essential    bool
	tableOnly    bool // the cards say it elsewhere
}

// id names the row for the comparison with a baseline: its key, or its label.
func (r figureRow) id() string {
	if r.key != "" {
		return r.key
	}
	return r.label
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
	hashrate := figure{label: "Hashrate", value: format.Number(m.HashratePH, 1, "PH/s"), num: known(m.HashratePH), unit: "PH/s",
		change: changeCount}.narrowed("Hashrate", format.Number(m.HashratePH, 0, "PH/s"))
	rows := []figureRow{
		{label: "Capacity", short: "Capacity", ai: capacityFigure(res), mining: hashrate},
		// spec §10: the grid MW in AI and mining; the mining strategy has no AI part.
		{label: "AI · mining MW", short: "AI · mine MW", ai: &figure{label: "AI · mining", value: mwPair(res.Scenario.Site.PowerMW.Sub(a.MiningMW), a.MiningMW)},
			mining: &figure{label: "AI · mining", value: mwPair(decimal.Zero, m.MiningMW)}},
		both("Revenue "+words.FirstLiveYearShort, "Rev. "+words.FirstLiveYearShort, true, money("Revenue "+words.FirstLiveYearShort, func(st model.Strategy) decimal.Decimal { return st.FirstYearRevenueUSD })),
		both("EBITDA "+words.FirstLiveYearShort, "EBITDA "+words.FirstLiveYearShort, true, money("EBITDA "+words.FirstLiveYearShort, func(st model.Strategy) decimal.Decimal { return st.FirstYearEBITDAUSD })),
		both("EBITDA per grid MW-yr", "EBITDA/grid MW", false, money("EBITDA/grid MW-yr", func(st model.Strategy) decimal.Decimal { return st.EBITDAUSDPerMWYear })),
		both("Revenue per IT MW-yr", "Rev/IT MW-yr", false, money("Revenue/IT MW-yr", func(st model.Strategy) decimal.Decimal { return st.RevenueUSDPerITMWYear })),
		both("EBITDA per IT MW-yr", "EBITDA/IT MW", false, money("EBITDA/IT MW-yr", func(st model.Strategy) decimal.Decimal { return st.EBITDAUSDPerITMWYear })),
		both("Capex", "Capex", true, func(st model.Strategy, _ bool) figure {
			return figure{label: "Capex", value: format.USDShort(st.CapexUSD), num: known(st.CapexUSD), change: changeCost}
		}),
		keyed("NPV", both(afterTax(res, "NPV"), shortAfterTax(res, "NPV"), true, func(st model.Strategy, mining bool) figure { return npvFigure(res, st, mining) })),
	}
	if !m.DiscountRatePct.Equal(a.DiscountRatePct) {
		// spec §12: each side's own rate; the cards say it beside the NPV.
		rows = append(rows, figureRow{label: "Discount rate", short: "Disc. rate", tableOnly: true,
			mining: &figure{value: format.Percent(m.DiscountRatePct, 1)}, ai: &figure{value: format.Percent(a.DiscountRatePct, 1)}})
	}
	rows = append(rows,
		keyed("IRR", both(afterTax(res, "IRR"), shortAfterTax(res, "IRR"), true, func(st model.Strategy, _ bool) figure {
			irr := irrFigure(afterTax(res, "IRR"), st.IRRPct)
			return irr.narrowedLabel(shortAfterTax(res, "IRR"))
		})),
		both("Payback", "Payback", true, func(st model.Strategy, _ bool) figure {
			payback := figure{label: "Payback", value: format.Months(st.PaybackMonths), change: changeMonths}
			if st.PaybackMonths == 0 {
				payback.tone = theme.ToneDim
			} else {
				payback.num = known(decimal.NewFromInt(int64(st.PaybackMonths)))
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
	)
	rows = append(rows, equityRows(res)...)
	rows = append(rows,
		figureRow{label: "Cash cost per BTC", short: "Cost per BTC", mining: cashCostFigure(m)},
		figureRow{label: "AI live", short: "AI live", ai: liveFigure(res)},
	)
	if rate := a.ColoRateUSDPerKWMonth; rate.Valid && res.Scenario.AI.Colocation.ContractValueUSD.Valid {
		// spec §11: the month-1 rate the contract value sets.
		rows = append(rows, figureRow{label: "Derived lease rate", short: "Derived rate",
			ai: figure{label: "Derived lease rate", value: format.Price(rate.Decimal, 2, "/kW-mo")}.
				narrowed("Derived $/kW-mo", format.Price(rate.Decimal, 2, ""))})
	}
	return rows
}

// keyed gives a row the key a baseline's row of the same figure has.
func keyed(key string, r figureRow) figureRow {
	r.key = key
	return r
}

// irrFigure is a yearly IRR, dim when there is none and red below zero.
func irrFigure(label string, v decimal.NullDecimal) figure {
	f := figure{label: label, value: format.Optional(v, func(v decimal.Decimal) string { return format.Percent(v, 1) }, "n/a"),
		num: v, change: changePoints}
	switch {
	case !v.Valid:
		f.tone = theme.ToneDim
	case v.Decimal.IsNegative():
		f.tone = theme.ToneNegative
	}
	return f
}

func moneyFigure(label string, v decimal.Decimal) figure {
	f := figure{label: label, value: format.USDShort(v), num: known(v), change: changeMoney}
	if v.IsNegative() {
		f.tone = theme.ToneNegative
	}
	return f
}

// capacityFigure is what the pivot sells: its GPU fleet or its leased load.
func capacityFigure(res *model.Result) *figure {
	a := res.AI
	if a.GPUs.Valid {
		return figure{label: "GPUs", value: format.Number(a.GPUs.Decimal, 0, "× "+printable.String(res.Scenario.AI.GPU.Model)), num: a.GPUs, unit: "GPUs",
			change: changeCount}.narrowed("GPUs", format.Number(a.GPUs.Decimal, 0, "GPUs"))
	}
	return &figure{label: "Leased", value: format.Number(a.ITMW, 1, "MW IT"), num: known(a.ITMW), unit: "MW", change: changeCount}
}

// mwPair writes a strategy's two parts in grid MW: "200 · 50 MW", its AI
// phases and the MW it mines.
func mwPair(ai, mining decimal.Decimal) string {
	return wholeOrTenth(ai) + " · " + wholeOrTenth(mining) + " MW"
}

func wholeOrTenth(mw decimal.Decimal) string {
	if mw.IsInteger() {
		return format.Grouped(mw, 0)
	}
	return format.Grouped(mw, 1)
}

// npvFigure is a side's NPV, after tax with [finance] (spec §14), labelled
// with its rate when the two sides are discounted at different ones (spec
// §12).
func npvFigure(res *model.Result, st model.Strategy, mining bool) figure {
	f := moneyFigure(afterTax(res, "NPV"), st.NPVUSD)
	short := shortAfterTax(res, "NPV")
	if !res.Mining.DiscountRatePct.Equal(res.AI.DiscountRatePct) {
		at := " at " + format.Percent(st.DiscountRatePct, 1)
		f.label += at
		short += at
	}
	if wins(res, mining) && !st.NPVUSD.IsNegative() {
		f.tone = theme.ToneWinner // a winning NPV below zero stays red: winning is losing less
	}
	return f.narrowedLabel(short)
}

// endValueFigure is a side's value at the horizon and how it is set: the
// residual, or an exit multiple of its EBITDA (spec §12).
func endValueFigure(st model.Strategy, multiple decimal.Decimal) figure {
	f := figure{label: "Residual", value: format.USDShort(st.ResidualUSD), num: known(st.ResidualUSD), change: changeMoney}
	if st.TerminalMethod == model.TerminalExitMultiple {
		f.label = "Exit value " + format.Grouped(multiple, 1) + "x"
	}
	if st.ResidualUSD.IsZero() {
		f.tone = theme.ToneDim
	}
	return f
}

// cashCostFigure is mining's cash cost per BTC, "n/a" when nothing is mined
// (spec §17: at 100 % curtailment).
func cashCostFigure(m model.Strategy) *figure {
	if m.CashCostPerBTCUndefined {
		return &figure{label: "Cash cost/BTC", value: "n/a", tone: theme.ToneDim, change: changeCost}
	}
	return &figure{label: "Cash cost/BTC", value: format.USDWhole(m.CashCostPerBTCUSD), num: known(m.CashCostPerBTCUSD), change: changeCost}
}

// liveFigure says when the pivot's AI starts earning: its first live month
// (spec §10), and the month the last phase follows when they differ.
func liveFigure(res *model.Result) *figure {
	sc := res.Scenario
	a := res.AI
	if a.FirstLiveMonth > sc.HorizonMonths {
		return &figure{label: "Live from", value: "never", tone: theme.ToneDim, change: changeMonths}
	}
	live := figure{num: known(decimal.NewFromInt(int64(a.FirstLiveMonth))), change: changeMonths}
	first := sc.Start.AddMonths(a.FirstLiveMonth - 1).String()
	if a.LastLiveMonth > a.FirstLiveMonth && a.LastLiveMonth <= sc.HorizonMonths {
		live.label, live.value = "Live", first+" → "+sc.Start.AddMonths(a.LastLiveMonth-1).String()
	} else {
		live.label, live.value = "Live from", first+" (mo "+strconv.Itoa(a.FirstLiveMonth)+")"
	}
	return live.narrowed("Live from", first)
}

// side is a row's figure of one side, or nil.
func (r figureRow) side(mining bool) *figure {
	if mining {
		return r.mining
	}
	return r.ai
}

// sideFigures is one card's figures, in order.
func sideFigures(rows []figureRow, mining bool) []figure {
	var figs []figure
	for _, r := range rows {
		if f := r.side(mining); f != nil && !r.tableOnly {
			if f.label == "" {
				f.label = r.label
			}
			figs = append(figs, *f)
		}
	}
	return figs
}

// baseFigures lines a pinned baseline's figures up with sideFigures(rows):
// the figure of the baseline's row of the same name, labelled as the
// current one (an NPV at another rate is still the NPV), or none where the
// baseline has no such row.
func baseFigures(rows, base []figureRow, mining bool) []figure {
	var figs []figure
	for _, r := range rows {
		f := r.side(mining)
		if f == nil || r.tableOnly {
			continue
		}
		var b figure
		for _, br := range base {
			if bf := br.side(mining); br.id() == r.id() && bf != nil {
				b = *bf
				b.label = f.label
				if b.label == "" {
					b.label = r.label
				}
			}
		}
		figs = append(figs, b)
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
	// Base is the pinned baseline, or nil: each figure then shows its
	// change against the baseline's.
	Base *model.Result
	// Columns is how many columns the figures flow into; 0 lets the card
	// decide from its width (Cards gives both cards the same).
	Columns int

	rows, baseRows []figureRow // figureRows of Res and Base, when the caller has them
	perColumn      int         // figures a column holds, the same in both cards; 0: as many as this card needs
}

// cardColumns is how many columns a card of outer width w lays figs out in:
// two from cardTwoColumnInner columns inside, when every figure, and its
// change against a baseline's figures (nil for none), fits its column with
// a space between label and value.
func cardColumns(figs, base []figure, w int) int {
	inner := w - cardBorder - 2*CardPaddingX
	if inner < cardTwoColumnInner {
		return 1
	}
	colW := (inner-CardColumnGap)/2 - changeRoom(figs, base)
	for _, f := range figs {
		if !f.in(colW).fits(colW) {
			return 1
		}
	}
	return 2
}

// changeRoom is the columns the changes against a baseline take after each
// value: their widest and a space; none without a baseline.
func changeRoom(figs, base []figure) int {
	if base == nil {
		return 0
	}
	w := 0
	for i := range figs {
		text, _ := change(figs[i], base[i])
		w = max(w, cells.Width(text))
	}
	if w == 0 {
		return 0
	}
	return w + 1
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
	rows, baseRows := c.rows, c.baseRows
	if rows == nil {
		rows = figureRows(c.Res)
	}
	if baseRows == nil && c.Base != nil {
		baseRows = figureRows(c.Base)
	}
	figs := sideFigures(rows, c.Mining)
	var base []figure
	if baseRows != nil {
		base = baseFigures(rows, baseRows, c.Mining)
	}
	cols := c.Columns
	if cols == 0 {
		cols = cardColumns(figs, base, w)
	}
	perCol := (len(figs) + cols - 1) / cols
	if c.perColumn > 0 {
		perCol = c.perColumn // the two cards' figures row for row
	}
	colW := (inner - (cols-1)*CardColumnGap) / cols
	room := changeRoom(figs, base)
	written := make([]figure, len(figs))
	values := make([]string, len(figs))
	for i, f := range figs {
		written[i] = f.in(colW - room)
		values[i] = st.Tone(written[i].tone, written[i].value)
	}
	if base != nil {
		withChanges(st, values, figs, base)
	}
	for row := range perCol {
		var line string
		for col := range cols {
			i := col*perCol + row
			cell := strings.Repeat(" ", colW)
			if i < len(figs) {
				cell = cells.Spread(st.Dim.Render(written[i].label), values[i], colW)
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
	// rows and baseRows are figureRows of res and base, when the caller has them.
	rows, baseRows []figureRow
}

func (c compareTable) Render(w, h int) string {
	st := c.st
	rows, baseRows := c.rows, c.baseRows
	if rows == nil {
		rows = figureRows(c.res)
	}
	if baseRows == nil && c.base != nil {
		baseRows = figureRows(c.base)
	}
	few := h < 1+len(rows)
	var shown []figureRow
	for _, r := range rows {
		if !few || r.essential {
			shown = append(shown, r)
		}
	}
	colW := (w - compareLabelWidth) / 2
	// Without a baseline's changes beside them, the value columns take what
	// their widest value and head need (the sides' short names when the
	// full ones would squeeze the labels), the labels the rest.
	short := c.base == nil && colW < compareMinValue+1
	switch {
	case short:
		valueW := 0
		for _, r := range shown {
			for _, f := range []*figure{r.mining, r.ai} {
				if f != nil && f.narrow != nil {
					f = f.narrow
				}
				if f != nil {
					valueW = max(valueW, cells.Width(f.value))
				}
			}
		}
		colW = max(valueW+1, compareShortHead)
	case c.base == nil:
		colW = min(compareMaxValue, colW) // wider only spreads the table out
	}
	labelW := max(compareLabelWidth, w-2*colW)
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
	columns := [2][]string{tableValues(st, shown, baseRows, true, colW), tableValues(st, shown, baseRows, false, colW)}
	for i, r := range shown {
		label := r.label
		if cells.Width(label) > labelW-1 {
			label = r.short
		}
		lines = append(lines, cells.Fit(st.Dim.Render(label), labelW)+cells.Right(columns[0][i], colW)+cells.Right(columns[1][i], colW))
	}
	return cells.Block(lines, w, h)
}

// tableValues are one side's column of the comparison table: each row's
// value (a dash where the side has none) and, with a baseline, its change,
// or only its arrow when the column is too narrow for the change.
func tableValues(st *theme.Styles, rows, baseRows []figureRow, mining bool, colW int) []string {
	figs := make([]figure, len(rows))
	for i, r := range rows {
		if f := r.side(mining); f != nil {
			figs[i] = f.valueIn(colW - 1) // a space between the columns
		} else {
			figs[i] = figure{value: "—", tone: theme.ToneDim}
		}
		if figs[i].label == "" {
			figs[i].label = r.label
		}
	}
	values := make([]string, len(figs))
	for i, f := range figs {
		values[i] = st.Tone(f.tone, f.value)
	}
	if baseRows == nil {
		return values
	}
	base := make([]figure, len(rows))
	for i, r := range rows {
		for _, br := range baseRows {
			if bf := br.side(mining); br.id() == r.id() && bf != nil && r.side(mining) != nil {
				base[i] = *bf
				base[i].label = figs[i].label
			}
		}
	}
	withChanges(st, values, figs, base)
	if widestLine(values) <= colW {
		return values
	}
	for i, f := range figs {
		arrow, tone := changeArrow(f, base[i])
		values[i] = st.Tone(f.tone, f.value) + " " + st.Tone(tone, cells.Fit(arrow, 1))
	}
	return values
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
