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

	"github.com/pivot-tui/pivot-tui/internal/printable"
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
	// phases stands for the rows of every phase, in file order: its grid MW
	// and its live month.
	phases bool
}

type inputGroup struct {
	title  string
	inputs []inputSpec
	when   func(*model.Scenario) bool
}

// The groups whose rows the dashboard's keys treat apart.
const (
	// PlanGroup holds the pivot's plan: + adds a phase there.
	PlanGroup = "Plan"
)

// Keys the panel shows differently from a plain input.
const (
	hashpriceKey     = "bitcoin.hashprice_usd_per_ph_day"
	convertedKey     = "ai.converted_mw"
	coloRateKey      = "ai.colocation.rate_usd_per_kw_month"
	contractValueKey = "ai.colocation.contract_value_usd"
)

func gpuMode(s *model.Scenario) bool  { return s.AI.Mode != model.ModeColocation }
func coloMode(s *model.Scenario) bool { return s.AI.Mode == model.ModeColocation }
func hasTreasury(s *model.Scenario) bool {
	return s.HasTreasury
}
func hasFinance(s *model.Scenario) bool { return s.HasFinance }

// Spec §10: phases replace converted_mw and conversion_months.
func noPhases(s *model.Scenario) bool    { return len(s.AI.Phases) == 0 }
func buildTiming(s *model.Scenario) bool { return s.AI.CapexTiming == model.CapexBuild }

// RateDerived reports whether the lease rate is the one a contract value
// sets (spec §11): the rate is then not an input but the model's figure.
func RateDerived(s *model.Scenario) bool { return s.AI.Colocation.ContractValueUSD.Valid }

// inputGroups is the panel, top to bottom: the market, the site, what each
// side runs on, then the deal: its contract, its plan, its power terms and
// how it is valued.
var inputGroups = []inputGroup{
	{title: "Market", inputs: []inputSpec{
		{key: "bitcoin.price_usd"},
		{key: "bitcoin.price_growth_pct_per_year", label: "BTC price growth"},
		{key: "bitcoin.network_hashrate_eh"},
		{key: "bitcoin.hashrate_growth_pct_per_year"},
		{key: "bitcoin.fees_btc_per_block"},
		{key: hashpriceKey},
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
		{key: "ai.gpu.opex_usd_per_gpu_hour", when: gpuMode},
		{key: "ai.pue", label: "PUE"},
		{key: "ai.fitout_capex_usd_per_mw"},
		{key: "ai.opex_usd_per_mw_month", label: "Opex"},
	}},
	// The lease's terms (colocation) and the customer's prepayment (either mode).
	{title: "Contract", inputs: []inputSpec{
		{key: contractValueKey, label: "Total rent", when: coloMode},
		{key: coloRateKey, label: "Rate", when: coloMode},
		{key: "ai.colocation.term_months", label: "Term", when: coloMode},
		{key: "ai.colocation.escalator_pct_per_year", label: "Escalator", when: coloMode},
		{key: "ai.colocation.escalator_step", when: coloMode},
		{key: "ai.colocation.occupancy_pct", when: coloMode},
		{key: "ai.colocation.renewal_pct", when: coloMode},
		{key: "ai.colocation.tenant_capex_pct", when: coloMode},
		{key: "ai.prepayment_usd"},
		{key: "ai.prepayment_credit_months", label: "Credited over"},
	}},
	{title: PlanGroup, inputs: []inputSpec{
		{key: convertedKey, when: noPhases},
		{key: "ai.conversion_months", when: noPhases},
		{phases: true},
		{key: "ai.mine_during_conversion", label: "Mine until live"},
		{key: "ai.capex_timing"},
		{key: "ai.build_months", when: buildTiming},
	}},
	// Spec §13: the miner's flexibility, the AI hall's firm power.
	{title: "Power", inputs: []inputSpec{
		{key: "mining.curtailment_pct"},
		{key: "mining.curtailment_credit_usd_per_mwh", label: "Curtail credit"},
		{key: "mining.demand_response_usd_per_mw_month"},
		{key: "ai.power_premium_usd_per_mwh", label: "AI power premium", when: gpuMode},
	}},
	{title: "Valuation", inputs: []inputSpec{
		{key: "horizon_months"},
		{key: "discount_rate_pct"},
		{key: "mining.discount_rate_pct", label: "Mining rate"},
		{key: "ai.discount_rate_pct", label: "Pivot rate"},
		{key: "mining.exit_ev_ebitda", label: "Mining exit"},
		{key: "ai.exit_ev_ebitda", label: "Pivot exit"},
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
	// In is the title of the group an input belongs to.
	In string
	// Phase is the phase's number (from 1) on a phase's rows, 0 elsewhere.
	Phase int
	// ReadOnly marks a figure the model derives where a rule leaves the
	// input out: the lease rate a contract value sets (spec §11).
	ReadOnly bool
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
// follow the mode, the plan lists its phases, and the finance and treasury
// groups list their inputs only when the scenario has the table, under the
// row that switches it.
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
				rows = append(rows, InputRow{Table: in.table, Label: SwitchName(in.table), In: g.title})
				continue
			}
			if in.phases {
				rows = append(rows, phaseRows(s, g.title)...)
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
			rows = append(rows, InputRow{Field: f, Label: label, In: g.title, ReadOnly: f.Key == coloRateKey && RateDerived(s)})
		}
	}
	return rows
}

// phaseRows are two rows per phase: its grid MW and its live month.
func phaseRows(s *model.Scenario, group string) []InputRow {
	var rows []InputRow
	for i := range s.AI.Phases {
		label := "Phase " + strconv.Itoa(i+1)
		for _, k := range []struct{ name, label string }{{"mw", label}, {"live", label + " live"}} {
			if f, ok := model.PhaseField(i, k.name); ok {
				rows = append(rows, InputRow{Field: f, Label: k.label, In: group, Phase: i + 1})
			}
		}
	}
	return rows
}

// InputField finds the field of an input key: a scenario key, or a phase's
// key path ("ai.phases[2].mw").
func InputField(key string) (model.Field, bool) {
	if f, ok := model.FieldByKey(key); ok {
		return f, true
	}
	if index, name, ok := model.ParsePhaseKeyPath(key); ok {
		return model.PhaseField(index, name)
	}
	return model.Field{}, false
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

// Derived holds the figures the model fills in for inputs left to it: the
// month-1 hashprice the market gives, and the lease rate a contract value
// sets.
type Derived struct {
	HashpriceUSDPerPHDay  decimal.Decimal
	ColoRateUSDPerKWMonth decimal.Decimal
}

// DerivedFrom takes the derived figures from a result.
func DerivedFrom(res *model.Result) Derived {
	return Derived{HashpriceUSDPerPHDay: res.HashpriceUSDPerPHDay, ColoRateUSDPerKWMonth: res.AI.ColoRateUSDPerKWMonth.Decimal}
}

// Shown is an input's value as the panel writes it.
type Shown struct {
	Text string
	// Tag says where a value the user did not give comes from: "auto" (the
	// market, or the scenario's discount rate), "all" (the whole site
	// converts), "derived" (the contract value sets the rate); "" for the
	// input's own value.
	Tag string
	// None marks an optional input left out that stands for nothing else
	// (no contract value): Text is "none".
	None bool
}

// Own reports whether the value is the user's input, not one the model fills in.
func (v Shown) Own() bool { return v.Tag == "" && !v.None }

// autoTags words what an unset optional input takes, by key; "auto" for the rest.
var autoTags = map[string]string{convertedKey: "all"}

// InputValue writes a field's value for the panel: the value given, or what
// the model takes in its place.
func InputValue(f model.Field, s *model.Scenario, d Derived) Shown {
	switch f.Kind {
	case model.KindFlag:
		if f.Flag(s) {
			return Shown{Text: "yes"}
		}
		return Shown{Text: "no"}
	case model.KindMode:
		return Shown{Text: format.Mode(f.Mode(s))}
	case model.KindChoice:
		return Shown{Text: f.Choice(s)}
	case model.KindMonth:
		return Shown{Text: f.Month(s).String()}
	case model.KindText:
		return Shown{Text: printable.String(f.Text(s))}
	}
	if f.Key == coloRateKey && RateDerived(s) {
		return Shown{Text: format.Grouped(d.ColoRateUSDPerKWMonth, f.Places), Tag: "derived"}
	}
	v, ok := f.Decimal(s)
	if ok {
		return Shown{Text: format.Grouped(v, format.Places(f, v))}
	}
	tag := autoTags[f.Key]
	if tag == "" {
		tag = "auto"
	}
	switch {
	case f.Key == hashpriceKey:
		return Shown{Text: format.Grouped(d.HashpriceUSDPerPHDay, f.Places), Tag: tag}
	case f.Follows != "":
		if followed, known := model.FieldByKey(f.Follows); known {
			if v, ok := followed.Decimal(s); ok {
				return Shown{Text: format.Grouped(v, f.Places), Tag: tag}
			}
		}
	}
	return Shown{Text: "none", None: true}
}

// SamePhases reports whether two scenarios plan the same phases.
func SamePhases(a, b *model.Scenario) bool {
	return slices.EqualFunc(a.AI.Phases, b.AI.Phases, model.Phase.Equal)
}

// SameScenario reports whether two scenarios hold the same inputs.
func SameScenario(a, b *model.Scenario) bool {
	if a.HasTreasury != b.HasTreasury || a.HasFinance != b.HasFinance || !SamePhases(a, b) {
		return false
	}
	for _, f := range model.Fields() {
		if !f.Same(a, b) {
			return false
		}
	}
	return true
}

// Inputs draws the inputs, grouped, with the selected one highlighted and a
// mark beside each value that differs from the file.
type Inputs struct {
	St       *theme.Styles
	Rows     []InputRow
	Scenario *model.Scenario
	Saved    *model.Scenario // the file's values
	Derived  Derived         // what the model fills in for inputs left to it
	Selected int             // index into Rows
	Top      int             // first row drawn
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
	shown := InputValue(f, p.Scenario, p.Derived)
	value, auto := shown.Text, !shown.Own()
	unit := DisplayUnit(f)
	if shown.None {
		unit = ""
	}
	modified := !f.Same(p.Scenario, p.Saved)
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
	tag := shown.Tag
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
