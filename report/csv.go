package report

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/pivot-tui/pivot-tui/model"
)

// CSV writes both monthly ledgers side by side, one row per month, amounts
// in dollars to the cent: ready for a spreadsheet. With a risk analysis it
// writes the risk views instead, as one table of their own (riskCSV): a CSV
// file holds one table.
func CSV(w io.Writer, d Document) error {
	if d.Risk != nil {
		return riskCSV(w, d.Risk)
	}
	res := d.Result
	out := csv.NewWriter(w)
	header := []string{"month", "date"}
	for _, side := range []string{"mining", "ai"} {
		header = append(header, side+"_revenue_usd", side+"_power_cost_usd", side+"_opex_usd",
			side+"_ebitda_usd", side+"_cumulative_cash_usd", side+"_running")
	}
	if err := out.Write(header); err != nil {
		return err
	}
	for i, m := range res.Mining.Months {
		a := res.AI.Months[i]
		record := []string{strconv.Itoa(m.Month), m.Date.String()}
		for _, r := range []model.MonthRow{m, a} {
			record = append(record, r.RevenueUSD.StringFixed(2), r.PowerCostUSD.StringFixed(2), r.OpexUSD.StringFixed(2),
				r.EBITDAUSD.StringFixed(2), r.CumulativeCashUSD.StringFixed(2), strconv.FormatBool(r.Running))
		}
		if err := out.Write(record); err != nil {
			return err
		}
	}
	out.Flush()
	return out.Error()
}
