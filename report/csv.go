package report

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// CSV writes both monthly ledgers side by side, ready for a spreadsheet.
// Month 0 is t = 0, before month 1: the capex paid then and any prepayment
// received. Each row's cash flow is prepayment + EBITDA − capex − tax + end
// value (spec §10–§12, §14: the tax is 0 without [finance]), so that a
// spreadsheet rebuilds each strategy's NPV from the rows at its own monthly
// rate, and its IRR.
//
// Amounts are in dollars to six decimals: rows rounded to the cent would
// leave a rebuilt NPV up to half a cent a month from the model's; to the
// micro-dollar it agrees to the cent over any horizon. The written rows foot
// exactly: EBITDA is the written revenue less power and opex, the cash flow
// the written parts, the cumulative cash the running sum of the written
// flows, each within a few micro-dollars of the model's own figure.
//
// With [finance] each row ends with both sides' spec §14 columns:
// depreciation, interest, scheduled principal and the equity's cash flow
// (t = 0's is −capex + draws + prepayment), so that a spreadsheet rebuilds
// the equity NPV and IRR too.
//
// With a risk analysis it writes the risk views instead, as one table of
// their own (riskCSV): a CSV file holds one table.
func CSV(w io.Writer, d Document) error {
	if d.Risk != nil {
		return riskCSV(w, d.Risk)
	}
	res := d.Result
	out := csv.NewWriter(w)
	header := []string{"month", "date"}
	for _, side := range []string{"mining", "ai"} {
		header = append(header, side+"_revenue_usd", side+"_power_cost_usd", side+"_opex_usd",
			side+"_ebitda_usd", side+"_capex_usd", side+"_tax_usd", side+"_prepayment_usd", side+"_end_value_usd",
			side+"_cash_flow_usd", side+"_cumulative_cash_usd", side+"_running")
	}
	finance := res.Scenario.HasFinance
	if finance {
		for _, side := range []string{"mining", "ai"} {
			header = append(header, side+"_depreciation_usd", side+"_interest_usd", side+"_principal_usd", side+"_equity_cash_usd")
		}
	}
	if err := out.Write(header); err != nil {
		return err
	}
	sides := []model.Strategy{res.Mining, res.AI}
	cumulative := make([]decimal.Decimal, len(sides))
	start := []string{"0", ""}
	for i, st := range sides {
		row := csvRow{capex: st.InitialCapexUSD, prepayment: st.PrepaymentUSD}.rounded()
		cumulative[i] = row.flow()
		start = append(start, row.cells(cumulative[i], "")...)
	}
	if finance {
		for _, st := range sides {
			start = append(start, financeCells(decimal.Zero, decimal.Zero, decimal.Zero, st.Equity.InitialCashUSD)...)
		}
	}
	if err := out.Write(start); err != nil {
		return err
	}
	horizon := len(res.Mining.Months)
	for m := range horizon {
		record := []string{strconv.Itoa(m + 1), res.Mining.Months[m].Date.String()}
		for i, st := range sides {
			r := st.Months[m]
			row := csvRow{revenue: r.RevenueUSD, power: r.PowerCostUSD, opex: r.OpexUSD, capex: r.CapexUSD, tax: r.TaxUSD}
			if r.Month == horizon {
				row.end = st.ResidualUSD
			}
			row = row.rounded()
			cumulative[i] = cumulative[i].Add(row.flow())
			record = append(record, row.cells(cumulative[i], strconv.FormatBool(r.Running))...)
		}
		if finance {
			for _, st := range sides {
				r := st.Months[m]
				record = append(record, financeCells(r.DepreciationUSD, r.InterestUSD, r.PrincipalUSD, r.EquityCashUSD)...)
			}
		}
		if err := out.Write(record); err != nil {
			return err
		}
	}
	out.Flush()
	return out.Error()
}

// csvPlaces is how many decimals an amount is written with.
const csvPlaces = 6

// csvRow is one strategy's amounts in one row of the CSV.
type csvRow struct {
	revenue, power, opex, capex, tax, prepayment, end decimal.Decimal
}

// rounded is the row as written.
func (r csvRow) rounded() csvRow {
	return csvRow{revenue: r.revenue.Round(csvPlaces), power: r.power.Round(csvPlaces), opex: r.opex.Round(csvPlaces),
		capex: r.capex.Round(csvPlaces), tax: r.tax.Round(csvPlaces), prepayment: r.prepayment.Round(csvPlaces), end: r.end.Round(csvPlaces)}
}

func (r csvRow) ebitda() decimal.Decimal { return r.revenue.Sub(r.power).Sub(r.opex) }

// flow is the row's cash flow: prepayment + EBITDA − capex − tax + end value.
func (r csvRow) flow() decimal.Decimal {
	return r.prepayment.Add(r.ebitda()).Sub(r.capex).Sub(r.tax).Add(r.end)
}

func (r csvRow) cells(cumulative decimal.Decimal, running string) []string {
	amount := func(v decimal.Decimal) string { return v.StringFixed(csvPlaces) }
	return []string{amount(r.revenue), amount(r.power), amount(r.opex), amount(r.ebitda()), amount(r.capex), amount(r.tax),
		amount(r.prepayment), amount(r.end), amount(r.flow()), amount(cumulative), running}
}

// financeCells are one side's spec §14 columns in a row.
func financeCells(depreciation, interest, principal, equity decimal.Decimal) []string {
	amount := func(v decimal.Decimal) string { return v.Round(csvPlaces).StringFixed(csvPlaces) }
	return []string{amount(depreciation), amount(interest), amount(principal), amount(equity)}
}
