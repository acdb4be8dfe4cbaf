package report_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/report"
)

// The year tables add up as a reader checks them: from t = 0, each year's
// cumulative cash is the year before's + EBITDA − capex (+ the prepayment at
// t = 0, the end value in the last year), to within the whole dollars they
// are written in.
func TestMarkdownYearTablesAddUp(t *testing.T) {
	for _, name := range []string{"default", "terawulf-fluidstack", "iren-microsoft", "core-scientific-coreweave"} {
		md := markdown(t, report.Document{Result: presetResult(t, name)})
		for _, side := range []string{"### ASIC mining", "### AI compute"} {
			rows := tableRows(t, md, side)
			prepaid := len(rows[0]) == 10
			money := func(cell string) decimal.Decimal {
				if cell == "" {
					return decimal.Zero
				}
				v, err := decimal.NewFromString(strings.NewReplacer("$", "", ",", "", "−", "-").Replace(cell))
				if err != nil {
					t.Fatalf("%s %s: %q is not an amount", name, side, cell)
				}
				return v
			}
			cumulative := decimal.Zero
			for i, r := range rows {
				ebitda, capex, end, cum := money(r[5]), money(r[6]), money(r[len(r)-2]), money(r[len(r)-1])
				cumulative = cumulative.Add(ebitda).Sub(capex).Add(end)
				if prepaid {
					cumulative = cumulative.Add(money(r[7]))
				}
				if gap := cumulative.Sub(cum).Abs(); gap.GreaterThan(decimal.NewFromInt(int64(2 * (i + 1)))) {
					t.Errorf("%s %s year %s: the rows add up to %s, the table says %s", name, side, r[0], cumulative, cum)
				}
				cumulative = cum
			}
		}
	}
}
