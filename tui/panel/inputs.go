package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// inputSpec is one editable input of the panel: a model field, with a label
// short enough for the panel (the group heading gives the context the
// model's longer label spells out).
type inputSpec struct {
	key   string
	label string // "" uses the model's label
	// when, if set, shows the input only for scenarios it returns true for.
	when func(*model.Scenario) bool
	// table, when set, makes the row the switch of an optional table
	// (tables.go) rather than an input.
	table string
}

type inputGroup struct {
	title  string
	inputs []inputSpec
	when   func(*model.Scenario) bool
}

func gpuMode(s *model.Scenario) bool  { return s.AI.Mode != model.ModeColocation }
func coloMode(s *model.Scenario) bool { return s.AI.Mode == model.ModeColocation }
func hasTreasury(s *model.Scenario) bool {
	return s.HasTreasury
}
func hasFinance(s *model.Scenario) bool { return s.HasFinance }

// inputGroups is the panel, top to bottom.
var inputGroups = []inputGroup{
	{title: "Market", inputs: []inputSpec{
		{key: "bitcoin.price_usd"},
		{key: "bitcoin.price_growth_pct_per_year", label: "BTC price growth"},
		{key: "bitcoin.network_hashrate_eh"},
		{key: "bitcoin.hashrate_growth_pct_per_year"},
		{key: "bitcoin.fees_btc_per_block"},
		{key: "bitcoin.hashprice_usd_per_ph_day"},
		{key: "bitcoin.next_halving"},
		{key: "bitcoin.subsidy_after_halving_btc"},
	}},
	{title: "Site", inputs: []inputSpec{
		{key: "site.power_mw"},
		{key: "site.power_price_usd_per_mwh"},
		{key: "site.power_price_growth_pct_per_year", label: "Price growth"},
	}},
	{title: "Mining", inputs: []inputSpec{
		{key: "mining.efficiency_j_per_th"},
		{key: "mining.pue", label: "PUE"},
		{key: "mining.uptime_pct"},
		{key: "mining.pool_fee_pct"},
		{key: "mining.opex_usd_per_mw_month", label: "Opex"},
		{key: "mining.capex_usd_per_th"},
		{key: "mining.shutoff_when_unprofitable", label: "Shut off at loss"},
	}},
	{title: "AI", inputs: []inputSpec{
		{key: "ai.mode", label: "Mode"},
		{key: "ai.gpu.model", when: gpuMode},
		{key: "ai.gpu.kw_per_gpu", when: gpuMode},
		{key: "ai.gpu.capex_usd_per_gpu", when: gpuMode},
		{key: "ai.gpu.rental_usd_per_gpu_hour", when: gpuMode},
		{key: "ai.gpu.rental_growth_pct_per_year", label: "Rate drift", when: gpuMode},
		{key: "ai.gpu.utilization_pct", when: gpuMode},
		{key: "ai.colocation.rate_usd_per_kw_month", when: coloMode},
		{key: "ai.colocation.escalator_pct_per_year", label: "Escalator", when: coloMode},
		{key: "ai.colocation.occupancy_pct", when: coloMode},
		{key: "ai.pue", label: "PUE"},
		{key: "ai.fitout_capex_usd_per_mw"},
		{key: "ai.conversion_months"},
		{key: "ai.mine_during_conversion", label: "Mine until live"},
	}},
	{title: "Valuation", inputs: []inputSpec{
		{key: "horizon_months"},
		{key: "discount_rate_pct"},
	}},
	// Spec §14: the [finance] table, switched on and off by its first row.
	{title: "Finance", inputs: []inputSpec{
		{table: FinanceTable},
		{key: "finance.tax_rate_pct", when: hasFinance},
		{key: "finance.asic_depreciation_years", when: hasFinance},
		{key: "finance.gpu_depreciation_years", when: hasFinance},
		{key: "finance.fitout_depreciation_years", when: hasFinance},
		{key: "finance.debt_pct_of_capex", when: hasFinance},
		{key: "finance.debt_rate_pct", when: hasFinance},
		{key: "finance.debt_term_months", when: hasFinance},
		{key: "finance.equity_discount_rate_pct", label: "Equity rate", when: hasFinance},
	}},
	// Spec §7: the [treasury] table, likewise.
	{title: "Treasury", inputs: []inputSpec{
		{table: TreasuryTable},
		{key: "treasury.btc_held", when: hasTreasury},
		{key: "treasury.loan_usd", when: hasTreasury},
		{key: "treasury.margin_call_ltv_pct", when: hasTreasury},
		{key: "treasury.liquidation_ltv_pct", when: hasTreasury},
		{key: "treasury.btc_to_sell", when: hasTreasury},
	}},
}

// InputRow is one line of the panel: a group heading or an input.
type InputRow struct {
	Group string // set for a heading
	Field model.Field
	Label string // the panel's label, short beside its group heading
	// Table is set on the row that switches an optional table on and off
	// (FinanceTable, TreasuryTable); Field is then empty.
	Table string
}

// IsField reports whether the row is an input or a table's switch, not a
// heading: a row the selection stops on.
func (r InputRow) IsField() bool { return r.Group == "" }

// Key is what selects the row: the input's key, or the switch's.
func (r InputRow) Key() string {
	if r.Table != "" {
		return SwitchKey(r.Table)
	}
	return r.Field.Key
}

// InputRows lists the Overview panel's lines for a scenario: the AI inputs
// follow the mode, and the finance and treasury groups list their inputs
// only when the scenario has the table, under the row that switches it.
func InputRows(s *model.Scenario) []InputRow {
	var rows []InputRow
	for _, g := range inputGroups {
		if g.when != nil && !g.when(s) {
			continue
		}
		rows = append(rows, InputRow{Group: g.title})
		for _, in := range g.inputs {
			if in.when != nil && !in.when(s) {
				continue
			}
			if in.table != "" {
				rows = append(rows, InputRow{Table: in.table, Label: SwitchName(in.table)})
				continue
			}
			f, ok := model.FieldByKey(in.key)
			if !ok {
				continue // a key the model no longer has: leave it out rather than crash
			}
			label := in.label
			if label == "" {
				label = f.Label
			}
			rows = append(rows, InputRow{Field: f, Label: label})
		}
	}
	return rows
}

// RowOf finds the panel line of an input key, or -1.
func RowOf(rows []InputRow, key string) int {
	for i, r := range rows {
		if r.IsField() && r.Key() == key {
			return i
		}
	}
	return -1
}

// DisplayUnit is the unit shown after a value.
func DisplayUnit(f model.Field) string {
	if f.Unit == "$" {
		return "USD"
	}
	return f.Unit
}

// InputValue writes a field's value for the panel; auto is true when the
// value shown is the model's derived hashprice, not an input.
func InputValue(f model.Field, s *model.Scenario, derivedHashprice decimal.Decimal) (text string, auto bool) {
	switch f.Kind {
	case model.KindFlag:
		if f.Flag(s) {
			return "yes", false
		}
		return "no", false
	case model.KindMode:
		return format.Mode(f.Mode(s)), false
	case model.KindMonth:
		return f.Month(s).String(), false
	case model.KindText:
		return f.Text(s), false
	}
	v, ok := f.Decimal(s)
	if !ok {
		return format.Grouped(derivedHashprice, f.Places), true
	}
	return format.Grouped(v, f.Places), false
}

// SameValue reports whether a field holds the same value in two scenarios.
func SameValue(f model.Field, a, b *model.Scenario) bool {
	switch f.Kind {
	case model.KindFlag:
		return f.Flag(a) == f.Flag(b)
	case model.KindText:
		return f.Text(a) == f.Text(b)
	case model.KindMonth:
		return f.Month(a) == f.Month(b)
	case model.KindMode:
		return f.Mode(a) == f.Mode(b)
	}
	va, oka := f.Decimal(a)
	vb, okb := f.Decimal(b)
	return oka == okb && (!oka || va.Equal(vb))
}

// SameScenario reports whether two scenarios hold the same inputs.
func SameScenario(a, b *model.Scenario) bool {
	if a.HasTreasury != b.HasTreasury || a.HasFinance != b.HasFinance {
		return false
	}
	for _, f := range model.Fields() {
		if !SameValue(f, a, b) {
			return false
		}
	}
	return true
}

// Inputs draws the inputs, grouped, with the selected one highlighted and a
// mark beside each value that differs from the file.
type Inputs struct {
	St        *theme.Styles
	Rows      []InputRow
	Scenario  *model.Scenario
	Saved     *model.Scenario // the file's values
	Hashprice decimal.Decimal // the derived month-1 hashprice
	Selected  int             // index into Rows
	Top       int             // first row drawn
	// Unfocused marks the selection only in the gutter: the keys act on
	// the tab beside the panel, not on it.
	Unfocused bool
}

func (p Inputs) Render(w, h int) string {
	lines := make([]string, 0, h)
	for i := p.Top; i < len(p.Rows) && len(lines) < h; i++ {
		lines = append(lines, p.row(i, w))
	}
	return cells.Block(lines, w, h)
}

func (p Inputs) row(i, w int) string {
	r := p.Rows[i]
	st := p.St
	if !r.IsField() {
		title := " " + strings.ToUpper(r.Group) + " "
		return st.Group.Render(title) + st.GroupRule.Render(strings.Repeat("─", max(0, w-cells.Width(title))))
	}
	f := r.Field
	value, auto := InputValue(f, p.Scenario, p.Hashprice)
	unit := DisplayUnit(f)
	modified := !SameValue(f, p.Scenario, p.Saved)
	if r.Table != "" {
		value, auto, unit = SwitchValue(r.Table, p.Scenario), false, ""
		modified = TableOn(r.Table, p.Scenario) != TableOn(r.Table, p.Saved)
	}
	labelW := w - inputGutterWidth - 1 - inputValueWidth - 1 - inputUnitWidth - 1
	valueW := inputValueWidth
	if vw := cells.Width(value); vw > valueW { // a long value takes room from the label
		labelW -= vw - valueW
		valueW = vw
	}
	label := r.Label
	tag := ""
	if auto {
		tag = "auto"
	}
	if i == p.Selected && !p.Unfocused {
		mark := "›"
		if modified {
			mark = "›•"
		}
		text := cells.Fit(mark, inputGutterWidth) + cells.Spread(label, tag, labelW) + " " +
			cells.Right(value, valueW) + " " + cells.Fit(unit, inputUnitWidth)
		return st.Selected.Render(cells.Fit(text, w))
	}
	gutter := "  "
	switch {
	case i == p.Selected && modified:
		gutter = st.Dim.Render("›") + st.Modified.Render("•")
	case i == p.Selected:
		gutter = st.Dim.Render("›") + " "
	case modified:
		gutter = " " + st.Modified.Render("•")
	}
	valueStyle := st.Value
	if auto {
		valueStyle = st.Auto
	}
	labelText := cells.Fit(label, labelW-cells.Width(tag))
	if tag != "" {
		labelText += st.Auto.Render(tag)
	}
	return cells.Fit(gutter+st.Label.Render(labelText)+" "+valueStyle.Render(cells.Right(value, valueW))+" "+
		st.Unit.Render(cells.Fit(unit, inputUnitWidth)), w)
}

// Scrollbar draws the rule beside the panel; when the panel scrolls, a
// thumb shows which part of the list is in view.
func Scrollbar(st *theme.Styles, total, top, h int) []string {
	col := make([]string, h)
	thumbFrom, thumbTo := -1, -1
	if total > h && h > 0 {
		size := max(1, h*h/total)
		thumbFrom = top * (h - size) / max(1, total-h)
		thumbTo = thumbFrom + size
	}
	for y := range col {
		if y >= thumbFrom && y < thumbTo {
			col[y] = st.ScrollHint.Render("┃")
		} else {
			col[y] = st.Separator.Render("│")
		}
	}
	return col
}
