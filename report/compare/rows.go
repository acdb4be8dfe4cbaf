package compare

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/shopspring/decimal"
)

// The comparison's rows, in reading order. A figure is added to every
// format at once by adding its row here.

// rowSpec is one row: its key and label, and how to write one scenario's
// figure. has reports whether a scenario has the figure at all (nil: every
// scenario has it); a scenario without it shows "—", and a row no scenario
// has is left out. when, if set, leaves the row out unless some scenario
// meets it, every scenario's cell written. taxed marks a figure that
// [finance] puts after tax (spec §14): its label says so, as the
// single-scenario workbook's does.
type rowSpec struct {
	key, label string
	cell       func(*model.Result) Cell
	has        func(*model.Result) bool
	when       func(*model.Result) bool
	taxed      bool
}

type sectionSpec struct {
	title string
	rows  []rowSpec
}

// AdvantageKey keys the row of each scenario's AI NPV − mining NPV, the
// figure a comparison card draws as bars.
const AdvantageKey = "ai_minus_mining_npv_usd"

func sections() []sectionSpec {
	return []sectionSpec{
		{"Verdict", []rowSpec{
			{key: "verdict.winner", label: "Winner", cell: winner},
			{key: "after_tax", label: "Figures", cell: taxBasis, when: financed},
			{key: "verdict.npv_advantage_usd", label: "NPV advantage", taxed: true, cell: func(r *model.Result) Cell { return money(r.Verdict.NPVAdvantageUSD) }},
			{key: AdvantageKey, label: "AI − mining NPV", taxed: true, cell: func(r *model.Result) Cell { return money(advantage(r)) }},
			{key: "start", label: "Start", cell: func(r *model.Result) Cell {
				return Cell{Text: r.Scenario.Start.String(), Raw: r.Scenario.Start.String()}
			}},
			{key: "horizon_months", label: "Horizon", cell: horizon},
		}},
		{words.Mining, strategyRows("mining", func(r *model.Result) *model.Strategy { return &r.Mining })},
		{words.AI, append(strategyRows("ai", func(r *model.Result) *model.Strategy { return &r.AI }),
			rowSpec{key: "ai.mining_mw", label: "Kept mining", cell: func(r *model.Result) Cell { return megawatts(r.AI.MiningMW) }},
			rowSpec{key: "ai.first_live", label: "First live", cell: firstLive},
		)},
		{"Break-evens", []rowSpec{
			{key: "breakeven.gpu_rate_usd_per_gpu_hour", label: "GPU rate, AI = mining", has: inMode(model.ModeGPUCloud),
				cell: func(r *model.Result) Cell { return price(r.Breakeven.GPURateUSDPerGPUHour, format.GPURate) }},
			{key: "breakeven.colo_rate_usd_per_kw_month", label: "Lease rate, AI = mining", has: inMode(model.ModeColocation),
				cell: func(r *model.Result) Cell { return price(r.Breakeven.ColoRateUSDPerKWMonth, format.ColoRate) }},
			{key: "breakeven.hashprice_usd_per_ph_day", label: "Hashprice, AI = mining",
				cell: func(r *model.Result) Cell { return price(r.Breakeven.HashpriceUSDPerPHDay, format.Hashprice) }},
			{key: "breakeven.mining_power_price_usd_per_mwh", label: "Power, mining EBITDA 0",
				cell: func(r *model.Result) Cell { return price(r.Breakeven.MiningPowerPriceUSDPerMWh, format.PowerPrice) }},
		}},
	}
}

// strategyRows are one strategy's valuation; prefix starts their keys.
func strategyRows(prefix string, side func(*model.Result) *model.Strategy) []rowSpec {
	return []rowSpec{
		{key: prefix + ".discount_rate_pct", label: "Discount rate", cell: func(r *model.Result) Cell { return percent(side(r).DiscountRatePct) }},
		{key: prefix + ".npv_usd", label: "NPV", taxed: true, cell: func(r *model.Result) Cell { return money(side(r).NPVUSD) }},
		{key: prefix + ".irr_pct", label: "IRR", taxed: true, cell: func(r *model.Result) Cell { return irr(side(r).IRRPct) }},
		{key: prefix + ".payback_months", label: "Payback", cell: func(r *model.Result) Cell { return payback(side(r).PaybackMonths) }},
		{key: prefix + ".capex_usd", label: "Capex", cell: func(r *model.Result) Cell { return money(side(r).CapexUSD) }},
		{key: prefix + ".net_cash_usd", label: "Net cash", cell: func(r *model.Result) Cell { return money(side(r).NetCashUSD) }},
		{key: prefix + ".residual_usd", label: "End value", cell: func(r *model.Result) Cell { return endValue(side(r)) }},
		// Spec §14, with [finance]: the tax, and the strategy as its shareholders see it.
		{key: prefix + ".tax_usd", label: "Tax", has: financed, cell: func(r *model.Result) Cell { return money(side(r).TaxUSD) }},
		{key: prefix + ".equity.npv_usd", label: "Equity NPV", has: financed, cell: func(r *model.Result) Cell { return money(side(r).Equity.NPVUSD) }},
		{key: prefix + ".equity.irr_pct", label: "Equity IRR", has: financed, cell: func(r *model.Result) Cell { return irr(side(r).Equity.IRRPct) }},
		{key: prefix + ".equity.debt_usd", label: "Debt drawn", has: financed, cell: func(r *model.Result) Cell { return money(side(r).Equity.DebtUSD) }},
		{key: prefix + ".equity.min_dscr", label: "Lowest DSCR", has: financed, cell: func(r *model.Result) Cell { return dscr(side(r).Equity.MinDSCR) }},
	}
}

func (r rowSpec) across(results []*model.Result) (Row, bool) {
	row := Row{Key: r.key, Label: r.label, Cells: make([]Cell, len(results))}
	if r.taxed {
		row.Label = words.AfterTaxIn(r.label, countFinanced(results), len(results))
	}
	shown := false
	for i, res := range results {
		if r.has != nil && !r.has(res) {
			row.Cells[i] = none
			continue
		}
		shown = shown || r.when == nil || r.when(res)
		row.Cells[i] = r.cell(res)
	}
	return row, shown
}

// financed is a scenario with spec §14's [finance] table: its NPV, IRR,
// payback and verdict are after tax, and it has an equity view.
func financed(r *model.Result) bool {
	return r.Scenario.HasFinance && r.Mining.Equity != nil && r.AI.Equity != nil
}

func countFinanced(results []*model.Result) int {
	n := 0
	for _, res := range results {
		if financed(res) {
			n++
		}
	}
	return n
}

// taxBasis says whether a scenario's figures are after tax or before.
func taxBasis(r *model.Result) Cell {
	if financed(r) {
		return Cell{Text: words.TaxBasis(true), Raw: "true"}
	}
	return Cell{Text: words.TaxBasis(false), Raw: "false"}
}

// dscr is the lowest debt-service cover, "1.35×"; "none" without debt.
func dscr(v decimal.NullDecimal) Cell {
	if !v.Valid {
		return Cell{Text: "none", Tone: Missing}
	}
	c := Cell{Text: format.Coverage(v.Decimal), Raw: exact(v.Decimal)}
	if v.Decimal.LessThan(decimal.NewFromInt(1)) {
		c.Tone = Negative // the debt is not covered
	}
	return c
}

// none fills the cell of a scenario that has no such figure.
var none = Cell{Text: "—", Tone: Missing}

func inMode(m model.Mode) func(*model.Result) bool {
	return func(r *model.Result) bool { return r.Scenario.AI.Mode == m }
}

func winner(r *model.Result) Cell {
	c := Cell{Text: words.StrategyName(r.Verdict.Winner), Raw: string(r.Verdict.Winner)}
	switch r.Verdict.Winner {
	case model.WinnerMining:
		c.Tone = Mining
	case model.WinnerAI:
		c.Tone = AI
	default:
		c.Text = words.DeadHeat
	}
	return c
}

func money(v decimal.Decimal) Cell {
	c := Cell{Text: format.USDWhole(v), Short: format.USDShort(v), Raw: v.StringFixed(2)}
	if v.Round(0).IsNegative() {
		c.Tone = Negative
	}
	return c
}

func percent(v decimal.Decimal) Cell {
	return Cell{Text: format.Percent(v, 1), Raw: exact(v)}
}

func irr(v decimal.NullDecimal) Cell {
	if !v.Valid {
		return Cell{Text: "none", Tone: Missing}
	}
	c := Cell{Text: report.IRR(v.Decimal), Raw: exact(v.Decimal)}
	if v.Decimal.Round(1).IsNegative() {
		c.Tone = Negative
	}
	return c
}

func payback(months int) Cell {
	if months == 0 {
		return Cell{Text: format.Months(0), Tone: Missing}
	}
	return Cell{Text: format.Months(months), Raw: decimal.NewFromInt(int64(months)).String()}
}

func horizon(r *model.Result) Cell {
	s := &r.Scenario
	return Cell{Text: format.Months(s.HorizonMonths), Raw: decimal.NewFromInt(int64(s.HorizonMonths)).String()}
}

// endValue is a strategy's value at month H (spec §12): its residual, or
// its exit multiple's value, which says so.
func endValue(st *model.Strategy) Cell {
	c := money(st.ResidualUSD)
	if st.TerminalMethod == model.TerminalExitMultiple {
		c.Text += " (exit multiple)"
		c.Short += " (exit)"
	}
	return c
}

func megawatts(mw decimal.Decimal) Cell {
	return Cell{Text: format.Number(mw, 1, "MW"), Raw: exact(mw)}
}

// firstLive is the month the pivot's first phase earns from (spec §10), or
// "never" within the horizon.
func firstLive(r *model.Result) Cell {
	s := &r.Scenario
	if r.AI.FirstLiveMonth < 1 || r.AI.FirstLiveMonth > s.HorizonMonths {
		return Cell{Text: "never", Tone: Missing}
	}
	live := s.Start.AddMonths(r.AI.FirstLiveMonth - 1).String()
	return Cell{Text: live, Raw: live}
}

// price writes a break-even, or "none" where there is none.
func price(v decimal.NullDecimal, write func(decimal.Decimal) string) Cell {
	if !v.Valid {
		return Cell{Text: "none", Tone: Missing}
	}
	return Cell{Text: write(v.Decimal), Raw: exact(v.Decimal)}
}

// exact is a rate or a percent for machines: to eight decimals, trailing
// zeros dropped.
func exact(v decimal.Decimal) string { return v.Round(8).String() }
