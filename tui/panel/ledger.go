package panel

import (
	"slices"
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// Ledger is the Cash flow tab: both strategies' monthly rows side by side,
// scrolled by the root model, with the horizon totals pinned at the bottom.
type Ledger struct {
	St  *theme.Styles
	Res *model.Result
	Top int // first month row drawn (0 is the capex row)
	// Finance shows the tax and debt columns of spec §14 in place of the
	// operations' (a scenario with [finance] only; financeview.go).
	Finance bool
}

// ledgerColumn is one money column of a strategy.
type ledgerColumn struct {
	title string
	month func(model.MonthRow) decimal.Decimal
	total func(model.Strategy) decimal.Decimal
}

var ledgerColumns = []ledgerColumn{
	{"Revenue", func(r model.MonthRow) decimal.Decimal { return r.RevenueUSD }, func(s model.Strategy) decimal.Decimal { return s.RevenueUSD }},
	{"Power", func(r model.MonthRow) decimal.Decimal { return r.PowerCostUSD }, func(s model.Strategy) decimal.Decimal { return s.PowerCostUSD }},
	{"Opex", func(r model.MonthRow) decimal.Decimal { return r.OpexUSD }, func(s model.Strategy) decimal.Decimal { return s.OpexUSD }},
	{"EBITDA", func(r model.MonthRow) decimal.Decimal { return r.EBITDAUSD }, func(s model.Strategy) decimal.Decimal { return s.EBITDAUSD }},
	// spec §10: the capex paid at the end of each month; t = 0's is the row above month 1.
	{"Capex", func(r model.MonthRow) decimal.Decimal { return r.CapexUSD }, func(s model.Strategy) decimal.Decimal { return s.CapexUSD }},
	// spec §14: with [finance], the tax the month pays comes out of its cash flow too.
	{"Tax", func(r model.MonthRow) decimal.Decimal { return r.TaxUSD }, func(s model.Strategy) decimal.Decimal { return s.TaxUSD }},
	// The cumulative total is the net cash: every flow, t = 0 included, the end value back.
	{"Cum. cash", func(r model.MonthRow) decimal.Decimal { return r.CumulativeCashUSD }, func(s model.Strategy) decimal.Decimal { return s.NetCashUSD }},
	// Spec §14, with [finance] (the finance view): each column's total is
	// the sum of its rows.
	{"Deprec.", func(r model.MonthRow) decimal.Decimal { return r.DepreciationUSD }, nil},
	{"Interest", func(r model.MonthRow) decimal.Decimal { return r.InterestUSD }, nil},
	{"Principal", func(r model.MonthRow) decimal.Decimal { return r.PrincipalUSD }, nil},
	// The equity's total takes its t = 0 flow too: what the shareholders net.
	{"Equity cash", func(r model.MonthRow) decimal.Decimal { return r.EquityCashUSD }, equityTotal},
}

const (
	colRevenue = iota
	colPower
	colOpex
	colEBITDA
	colCapex
	colTax
	colCumulative
	colDepreciation
	colInterest
	colPrincipal
	colEquity
)

// ledgerConfigs are tried in order until one fits the width: whole dollars
// with every column, then compact figures, then fewer columns. EBITDA, the
// capex, the tax and the cumulative cash stay to the last, so that each
// month's cumulative cash visibly adds up: the month before, plus EBITDA,
// less capex and tax. The tax column shows only with [finance].
var ledgerConfigs = []struct {
	whole   bool
	gap     int // spaces before each money column
	columns []int
}{
	{true, 2, []int{colRevenue, colPower, colOpex, colEBITDA, colCapex, colTax, colCumulative}},
	{true, 1, []int{colRevenue, colPower, colOpex, colEBITDA, colCapex, colTax, colCumulative}},
	{false, 2, []int{colRevenue, colPower, colOpex, colEBITDA, colCapex, colTax, colCumulative}},
	{false, 1, []int{colRevenue, colPower, colOpex, colEBITDA, colCapex, colTax, colCumulative}},
	{false, 2, []int{colRevenue, colEBITDA, colCapex, colTax, colCumulative}},
	{false, 1, []int{colEBITDA, colCapex, colTax, colCumulative}},
}

// ledgerCell is a written figure and how to style it.
type ledgerCell struct {
	text string
	tone theme.Tone
}

// rows returns the number of ledger rows: the capex row and one per month.
func (l Ledger) rows() int { return len(l.Res.Mining.Months) + 1 }

func (l Ledger) cell(s model.Strategy, mining bool, row, col int, whole bool) ledgerCell {
	write := format.USDShort
	if whole {
		write = format.USDWhole
	}
	if row == 0 {
		// t = 0: the capex paid before month 1 and any prepayment received
		// (spec §10, §11); the cumulative cash starts from them.
		switch col {
		case colCapex:
			return ledgerCell{text: write(s.InitialCapexUSD)}
		case colCumulative:
			start := s.PrepaymentUSD.Sub(s.InitialCapexUSD)
			c := ledgerCell{text: write(start)}
			if start.IsNegative() {
				c.tone = theme.ToneNegative
			}
			return c
		case colEquity:
			if s.Equity != nil {
				return toned(write, s.Equity.InitialCashUSD) // spec §14: −capex + draws (+ prepayment) at t = 0
			}
		}
		return ledgerCell{}
	}
	r := s.Months[row-1]
	v := ledgerColumns[col].month(r)
	if (col == colCapex || col == colTax) && v.IsZero() {
		return ledgerCell{} // most months pay none: a blank keeps the payments in view
	}
	if !r.Running && v.IsZero() {
		switch {
		case col == colRevenue && mining:
			return ledgerCell{"off", theme.ToneDim}
		case col == colRevenue:
			return ledgerCell{"building", theme.ToneDim}
		case col != colCumulative:
			return ledgerCell{"—", theme.ToneDim}
		}
	}
	c := ledgerCell{text: write(v)}
	if v.IsNegative() {
		c.tone = theme.ToneNegative
	}
	if col == colCumulative && s.PaybackMonths == row {
		c.text = "◆ " + c.text // the month cumulative cash turns positive
		c.tone = theme.ToneWinner
	}
	return c
}

// notes marks the months that matter: the halving, each phase going live,
// each payback (when long) and the end value coming back; the start row
// names the prepayment the cumulative cash starts with.
func (l Ledger) notes(row int, long bool) string {
	res := l.Res
	if row == 0 {
		if p := res.AI.PrepaymentUSD; p.IsPositive() {
			return "capex · AI prepaid " + format.USDShort(p)
		}
		return "capex"
	}
	var parts []string
	for _, h := range res.HalvingMonths {
		if h == row {
			parts = append(parts, "½ halving")
		}
	}
	parts = append(parts, liveNotes(res, row)...)
	if long && res.Mining.PaybackMonths == row {
		parts = append(parts, "◆ mining pays back")
	}
	if long && res.AI.PaybackMonths == row {
		parts = append(parts, "◆ AI pays back")
	}
	if row == len(res.Mining.Months) {
		parts = append(parts, endValueNotes(res, long)...)
	}
	return strings.Join(parts, " · ")
}

// liveNotes marks the month each phase goes live (spec §10): "▶ AI live"
// for a plan of one phase, "▶ phase 2 live" for each of several; a phase live
// from month 1 has no conversion to mark.
func liveNotes(res *model.Result, row int) []string {
	phases := res.AI.Phases
	var notes []string
	for i, p := range phases {
		if p.LiveMonth != row || row == 1 {
			continue
		}
		if len(phases) == 1 {
			notes = append(notes, "▶ AI live")
		} else {
			notes = append(notes, "▶ phase "+strconv.Itoa(i+1)+" live")
		}
	}
	return notes
}

// endValueNotes say what comes back at the end of month H, for the sides
// that have an end value: "residual $252.4M", "AI exit value $1.2B".
func endValueNotes(res *model.Result, long bool) []string {
	var notes []string
	for _, side := range []struct {
		name string
		st   model.Strategy
	}{{"mining", res.Mining}, {"AI", res.AI}} {
		if !side.st.ResidualUSD.IsPositive() {
			continue
		}
		what := "residual"
		if side.st.TerminalMethod == model.TerminalExitMultiple {
			what = "exit value"
		}
		if !long {
			notes = append(notes, what)
			continue
		}
		notes = append(notes, side.name+" "+what+" "+format.USDShort(side.st.ResidualUSD))
	}
	if !long && len(notes) == 2 && notes[0] == notes[1] {
		notes = notes[:1]
	}
	return notes
}

func (l Ledger) Render(w, h int) string {
	st := l.St
	res := l.Res
	rows := l.rows()

	// Pick the widest configuration that fits.
	var cols []int
	var whole bool
	var gap int
	var widths [seriesCount][]int
	var table [seriesCount][][]ledgerCell
	var totals [seriesCount][]ledgerCell
	fixed := ledgerMonthWidth + 1 + ledgerDateWidth
	configs := ledgerConfigs
	if l.financeView() {
		configs = financeConfigs
	}
	for ci, cfg := range configs {
		cols, whole, gap = cfg.columns, cfg.whole, cfg.gap
		if !res.Scenario.HasFinance {
			cols = slices.DeleteFunc(slices.Clone(cols), func(c int) bool { return c == colTax })
		}
		need := fixed
		for si, s := range []model.Strategy{res.Mining, res.AI} {
			widths[si] = make([]int, len(cols))
			table[si] = make([][]ledgerCell, rows)
			totals[si] = make([]ledgerCell, len(cols))
			for r := range rows {
				table[si][r] = make([]ledgerCell, len(cols))
			}
			for j, col := range cols {
				wcol := cells.Width(ledgerColumns[col].title)
				for r := range rows {
					c := l.cell(s, si == seriesMining, r, col, whole)
					table[si][r][j] = c
					wcol = max(wcol, cells.Width(c.text))
				}
				total := columnTotal(col, s)
				write := format.USDShort
				if whole {
					write = format.USDWhole
				}
				totals[si][j] = ledgerCell{write(total), theme.ToneNormal}
				if total.IsNegative() {
					totals[si][j].tone = theme.ToneNegative
				}
				wcol = max(wcol, cells.Width(totals[si][j].text))
				pad := gap
				if col == colCumulative {
					pad = max(gap, 2) // the running total stands apart from the month's flows
				}
				widths[si][j] = wcol + pad
				need += wcol + pad
			}
		}
		need += ledgerGap
		if need+2+ledgerNoteMin <= w || ci == len(configs)-1 {
			fixed = need
			break
		}
	}
	noteW := max(0, w-fixed-2)

	groupWidth := func(si int) int {
		n := 0
		for _, cw := range widths[si] {
			n += cw
		}
		return n
	}
	var lines []string
	// Head: the strategy names over their columns, then the column titles.
	var head strings.Builder
	head.WriteString(strings.Repeat(" ", fixedPrefix()))
	for si := range seriesCount {
		if si == seriesAI {
			head.WriteString(strings.Repeat(" ", ledgerGap))
		}
		gw := groupWidth(si)
		name := " " + strategyName(si == seriesMining) + l.viewName() + " "
		side := max(0, gw-2-cells.Width(name))
		text := strings.Repeat("─", side/2) + name + strings.Repeat("─", side-side/2)
		head.WriteString("  " + st.StrategyStyle(si == seriesMining).Render(text))
	}
	lines = append(lines, head.String())
	var titles strings.Builder
	titles.WriteString(st.TableHead.Render(cells.Right("Mo", ledgerMonthWidth) + " " + cells.Fit("Date", ledgerDateWidth)))
	for si := range seriesCount {
		if si == seriesAI {
			titles.WriteString(strings.Repeat(" ", ledgerGap))
		}
		for j, col := range cols {
			titles.WriteString(st.TableHead.Render(cells.Right(ledgerColumns[col].title, widths[si][j])))
		}
	}
	if noteW > 0 {
		titles.WriteString("  " + st.TableHead.Render("Note"))
	}
	lines = append(lines, titles.String())

	body := max(1, h-ledgerHeadRows-ledgerFootRows)
	top := min(max(0, l.Top), max(0, rows-body))
	for r := top; r < rows && r < top+body; r++ {
		var sb strings.Builder
		note := l.notes(r, true)
		if cells.Width(note) > noteW {
			note = l.notes(r, false)
		}
		month, date := strconv.Itoa(r), "start"
		if r > 0 {
			date = res.Mining.Months[r-1].Date.String()
		}
		monthText := cells.Right(month, ledgerMonthWidth) + " " + cells.Fit(date, ledgerDateWidth)
		if note != "" && r > 0 {
			sb.WriteString(st.Strong.Render(monthText))
		} else {
			sb.WriteString(st.Dim.Render(monthText))
		}
		for si := range seriesCount {
			if si == seriesAI {
				sb.WriteString(strings.Repeat(" ", ledgerGap))
			}
			for j := range cols {
				c := table[si][r][j]
				sb.WriteString(st.Tone(c.tone, cells.Right(c.text, widths[si][j])))
			}
		}
		if noteW > 0 && note != "" {
			sb.WriteString("  " + st.RowMark.Render(cells.Fit(note, noteW)))
		}
		lines = append(lines, sb.String())
	}
	for len(lines) < ledgerHeadRows+body {
		lines = append(lines, "")
	}

	// Foot: a rule with the scroll position, then the totals.
	pos := " months " + strconv.Itoa(max(1, top)) + "–" + strconv.Itoa(min(rows-1, top+body-1)) +
		" of " + strconv.Itoa(rows-1) + " "
	rule := strings.Repeat("─", max(0, w-cells.Width(pos)-2))
	lines = append(lines, st.Faint.Render(rule)+st.Dim.Render(pos)+st.Faint.Render("──"))
	var foot strings.Builder
	foot.WriteString(st.Strong.Render(cells.Fit(cells.Right("", ledgerMonthWidth)+" Total", ledgerMonthWidth+1+ledgerDateWidth)))
	for si := range seriesCount {
		if si == seriesAI {
			foot.WriteString(strings.Repeat(" ", ledgerGap))
		}
		for j := range cols {
			c := totals[si][j]
			foot.WriteString(st.Tone(c.tone, cells.Right(c.text, widths[si][j])))
		}
	}
	if noteW > 0 {
		foot.WriteString("  " + st.Dim.Render(cells.Fit(footNote(cols), noteW)))
	}
	lines = append(lines, foot.String())
	return cells.Block(lines, w, h)
}

func fixedPrefix() int { return ledgerMonthWidth + 1 + ledgerDateWidth }
