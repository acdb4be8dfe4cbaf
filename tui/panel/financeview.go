package panel

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// The Cash flow tab's second view, for a scenario with [finance]: each
// month's depreciation, unlevered tax, the project debt's interest and
// scheduled principal, and the equity's cash (spec §14), beside EBITDA and
// the after-tax cumulative cash where the width allows.

// financeConfigs are the finance view's column sets, tried in order like
// ledgerConfigs; the equity's cash stays to the last.
var financeConfigs = []struct {
	whole   bool
	gap     int
	columns []int
}{
	{true, 2, []int{colEBITDA, colDepreciation, colTax, colInterest, colPrincipal, colEquity, colCumulative}},
	{false, 2, []int{colEBITDA, colDepreciation, colTax, colInterest, colPrincipal, colEquity, colCumulative}},
	{false, 2, []int{colDepreciation, colTax, colInterest, colPrincipal, colEquity}},
	{false, 1, []int{colDepreciation, colTax, colInterest, colPrincipal, colEquity}},
	{false, 2, []int{colTax, colEquity}},
	{false, 1, []int{colEquity}},
}

// financeView reports whether the ledger shows the finance columns.
func (l Ledger) financeView() bool { return l.Finance && l.Res.Scenario.HasFinance }

// viewName follows a strategy's name over its columns in the finance view.
func (l Ledger) viewName() string {
	if l.financeView() {
		return " · tax & debt"
	}
	return ""
}

// columnTotal is a column's horizon total, under the ledger: the model's
// own where it has one, else the sum of the column's rows.
func columnTotal(col int, s model.Strategy) decimal.Decimal {
	c := ledgerColumns[col]
	if c.total != nil {
		return c.total(s)
	}
	total := decimal.Zero
	for _, r := range s.Months {
		total = total.Add(c.month(r))
	}
	return total
}

// equityTotal is what the shareholders net over the horizon: t = 0's flow
// and every month's.
func equityTotal(s model.Strategy) decimal.Decimal {
	if s.Equity == nil {
		return decimal.Zero
	}
	total := s.Equity.InitialCashUSD
	for _, r := range s.Months {
		total = total.Add(r.EquityCashUSD)
	}
	return total
}

// footNote says what the totals add up to: the net cash where the
// cumulative column shows.
func footNote(cols []int) string {
	for _, c := range cols {
		if c == colCumulative {
			return "net cash"
		}
	}
	return "totals"
}

// toned writes an amount, red below zero.
func toned(write func(decimal.Decimal) string, v decimal.Decimal) ledgerCell {
	c := ledgerCell{text: write(v)}
	if v.IsNegative() {
		c.tone = theme.ToneNegative
	}
	return c
}
