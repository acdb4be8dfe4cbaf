package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// Risk is the Risk tab: the Monte Carlo's answer in words and as a big
// probability, the percentiles of both NPVs and of the lead, the histogram of
// the lead, and beside it the [risk] assumptions, edited there.
type Risk struct {
	St       *theme.Styles
	Result   *model.RiskResult  // model.MonteCarlo's, once Progress.Has
	Base     [2]decimal.Decimal // the deterministic mining and AI NPV of Result's scenario
	Progress Progress

	// The assumptions panel: the scenario on screen, the file's values,
	// the derived hashprice and the selected assumption's key.
	Scenario, Saved *model.Scenario
	Hashprice       decimal.Decimal
	Selected        string
}

func (v Risk) Render(w, h int) string {
	p := splitRisk(w, h)
	panel := v.assumptions(p.panelW, p.bottomH)
	if !v.Progress.Has {
		what := "Simulating " + format.Number(decimal.NewFromInt(int64(v.Scenario.Risk.Paths)), 0, "") + " paths…"
		top := pendingView(v.St, v.Progress, what, w, p.topH)
		bottom := cells.Beside(cells.Block(nil, p.histW+p.gapW, p.bottomH), panel)
		return top + "\n" + bottom
	}
	r := v.Result
	lines := []string{v.headline(w), ""}
	lines = append(lines, v.band(w, p.bandH)...)
	for range p.topH - len(lines) {
		lines = append(lines, "")
	}
	hist := histogram{st: v.St, r: r}.Render(p.histW, p.bottomH)
	lines = append(lines, cells.Lines(cells.Beside(hist, cells.Block(nil, p.gapW, p.bottomH), panel))...)
	return cells.Block(lines, w, h)
}

// FirstAssumption is selected on the Risk tab until the user moves.
const FirstAssumption = "risk.paths"

// assumptionInputs are spec §9's [risk] table, edited on the Risk tab with
// the Overview's keys (↑↓ select, ←→ nudge, enter types a value).
var assumptionInputs = []inputSpec{
	{key: "risk.paths"},
	{key: "risk.seed"},
	{key: "risk.btc_volatility_pct"},
	{key: "risk.power_price_volatility_pct", label: "Power volatility"},
	{key: "risk.hashrate_growth_sd_pct", label: "Hashrate SD"},
	{key: "risk.rental_growth_sd_pct"},
}

// AssumptionRows is the Risk tab's panel: a heading and the six inputs.
func AssumptionRows() []InputRow {
	rows := []InputRow{{Group: "Monte Carlo"}}
	for _, in := range assumptionInputs {
		f, ok := model.FieldByKey(in.key)
		if !ok {
			continue
		}
		label := in.label
		if label == "" {
			label = f.Label
		}
		rows = append(rows, InputRow{Field: f, Label: label})
	}
	return rows
}

// AssumptionAt is the assumption drawn at cell (x, y) of a Risk tab w by h,
// if any.
func AssumptionAt(w, h, x, y int) (string, bool) {
	p := splitRisk(w, h)
	left, top := p.histW+p.gapW, p.topH
	rows := AssumptionRows()
	if i := y - top; x >= left && x < left+p.panelW && i >= 0 && i < p.bottomH && i < len(rows) && rows[i].IsField() {
		return rows[i].Field.Key, true
	}
	return "", false
}

// headline is the answer in a sentence (words.RiskHeadline: the same words
// as the reports, with the seed and the paths to reproduce it), and the
// progress of a recomputation on the right.
func (v Risk) headline(w int) string {
	text := v.St.Strong.Render(" " + words.RiskHeadline(*v.Result))
	if note := progressNote(v.St, v.Progress, max(20, w-cells.Width(text)-2)); note != "" {
		return cells.Spread(text, "  "+note, w)
	}
	return cells.Fit(text, w)
}

// band is the big probability beside the percentile table.
func (v Risk) band(w, h int) []string {
	st, r := v.St, v.Result
	side := theme.SideMining
	if r.PAIWins > 0.5 {
		side = theme.SideAI
	}
	pct := format.Grouped(decimal.NewFromFloat(r.PAIWins*100), 1)
	digits := bigText(pct)
	caption := "chance AI beats mining"
	bigW := max(cells.Width(digits[0])+2, cells.Width(caption)) + riskBandGap
	big := make([]string, 0, h)
	for i, row := range digits {
		text := " " + st.Analysis.Big[side].Render(row)
		if i == len(digits)-1 {
			text += st.Analysis.Big[side].Render(" %")
		}
		big = append(big, cells.Fit(text, bigW))
	}
	big = append(big, cells.Fit(" "+st.Dim.Render(caption), bigW))
	table := v.spreadTable(w - bigW)
	out := make([]string, h)
	for i := range out {
		var l, t string
		if i < len(big) {
			l = big[i]
		} else {
			l = strings.Repeat(" ", bigW)
		}
		if i < len(table) {
			t = table[i]
		}
		out[i] = cells.Fit(l+t, w)
	}
	return out
}

// spreadTable is P10, P50 and P90 of both NPVs and the lead
// (report.SpreadRows), and, where it fits, the deterministic model's figure
// for comparison.
func (v Risk) spreadTable(w int) []string {
	st := v.St
	rows := report.SpreadRows(*v.Result)
	base := v.Base
	baseText := [3]string{format.USDShort(base[0]), format.USDShort(base[1]), format.USDShort(base[1].Sub(base[0]))}
	labelW := 0
	valueW := cells.Width("Base case")
	for i, row := range rows {
		labelW = max(labelW, cells.Width(row.Label))
		for _, text := range row.Text {
			valueW = max(valueW, cells.Width(text))
		}
		valueW = max(valueW, cells.Width(baseText[i]))
	}
	valueW += riskTableGap
	columns := 4
	if labelW+columns*valueW > w {
		columns = 3 // no room for the base case
	}
	head := strings.Repeat(" ", labelW)
	for _, title := range []string{"P10", "P50", "P90", "Base case"}[:columns] {
		head += cells.Right(title, valueW)
	}
	lines := []string{st.TableHead.Render(head)}
	labelStyle := []theme.Paint{st.Mining, st.AI, st.Strong}
	for i, row := range rows {
		line := labelStyle[i].Render(cells.Fit(row.Label, labelW))
		for c, text := range append(row.Text[:], baseText[i])[:columns] {
			style := st.Figure
			switch {
			case c == 3:
				style = st.Dim // the base case, for comparison
			case row.Negative(c):
				style = st.Negative
			}
			line += style.Render(cells.Right(text, valueW))
		}
		lines = append(lines, line)
	}
	return lines
}

// assumptions is the panel of the [risk] inputs, with a note under it on
// what they mean.
func (v Risk) assumptions(w, h int) string {
	rows := AssumptionRows()
	panel := Inputs{
		St: v.St, Rows: rows, Scenario: v.Scenario, Saved: v.Saved, Derived: Derived{HashpriceUSDPerPHDay: v.Hashprice},
		Selected: RowOf(rows, v.Selected),
	}
	lines := cells.Lines(panel.Render(w, len(rows)))
	notes := []string{
		"Each path draws its own BTC and power prices, month by month, and its own hashrate growth and AI-rate drift, then runs the monthly model.",
		"The same seed gives the same result on any number of cores.",
	}
	if v.Progress.Has && v.Result.LoanAtRisk {
		// spec §15: the loan left after the sale, checked on the same paths.
		notes = append([]string{words.LoanOdds(*v.Result)}, notes...)
	}
	if room := h - len(lines) - 1; room > 0 {
		var text []string
		for i, n := range notes {
			if i > 0 {
				text = append(text, "")
			}
			text = append(text, cells.Wrap(n, w-2)...)
		}
		if len(text) <= room {
			lines = append(lines, "")
			for _, t := range text {
				lines = append(lines, " "+v.St.Dim.Render(t))
			}
		}
	}
	return cells.Block(lines, w, h)
}
