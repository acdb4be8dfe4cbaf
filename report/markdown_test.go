package report_test

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// fixedProvenance stamps every test report with the same line.
var fixedProvenance = report.Provenance{
	Source:    "preset cango-2026",
	Generated: time.Date(2026, 11, 25, 14, 32, 0, 0, time.UTC),
	Version:   "0.1.0",
}

func presetResult(t *testing.T, name string) model.Result {
	t.Helper()
	s, err := scenarios.Preset(name)
	if err != nil {
		t.Fatal(err)
	}
	return model.Evaluate(s)
}

func markdown(t *testing.T, d report.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.Markdown(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The whole report for the Cango preset, byte for byte. Refresh with
// go test ./report -update, and read the diff (or the file on GitHub).
func TestMarkdownGoldenCango(t *testing.T) {
	out := markdown(t, report.Document{Result: presetResult(t, "cango-2026"), Provenance: fixedProvenance})
	golden.RequireEqual(t, out)
}

// tableRows returns the body rows of the table under a heading, each split
// into its cells.
func tableRows(t *testing.T, md, heading string) [][]string {
	t.Helper()
	_, rest, ok := strings.Cut(md, "\n"+heading+"\n")
	if !ok {
		t.Fatalf("no %q section", heading)
	}
	var rows [][]string
	inTable := false
	for _, line := range strings.Split(rest, "\n") {
		if !strings.HasPrefix(line, "|") {
			if inTable {
				break
			}
			continue
		}
		inTable = true
		rows = append(rows, cells(line))
	}
	if len(rows) < 2 {
		t.Fatalf("the %q table has no rows", heading)
	}
	return rows[2:] // the head and the delimiter row
}

// unescapedPipe splits a table row at the pipes user text has not escaped.
var unescapedPipe = regexp.MustCompile(`(^|[^\\])\|`)

func cells(line string) []string {
	marked := unescapedPipe.ReplaceAllString(line, "$1\x00")
	parts := strings.Split(marked, "\x00")
	parts = parts[1 : len(parts)-1] // outside the leading and trailing pipe
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// Every figure of the results table is the model's, written by the shared
// formats: each expected cell is formatted here from the model's own field,
// and nothing is computed a second time.
func TestMarkdownResultsAreTheModels(t *testing.T) {
	for _, name := range []string{"cango-2026", "terawulf-fluidstack", "iren-microsoft", "default"} {
		t.Run(name, func(t *testing.T) {
			res := presetResult(t, name)
			m, a := res.Mining, res.AI
			usd := format.USDWhole
			irr := func(v decimal.NullDecimal) string {
				if !v.Valid {
					return "none"
				}
				return format.Percent(v.Decimal, 1)
			}
			aiCapacity := format.Number(a.ITMW.Mul(decimal.NewFromInt(1000)), 0, "kW leased")
			if a.GPUs.Valid {
				aiCapacity = format.Number(a.GPUs.Decimal, 0, "GPUs")
			}
			end := func(st model.Strategy, multiple decimal.Decimal) string {
				if st.TerminalMethod == model.TerminalExitMultiple {
					return usd(st.ResidualUSD) + " (" + format.Grouped(multiple, 1) + "x EBITDA)"
				}
				return usd(st.ResidualUSD) + " (residual)"
			}
			sc := res.Scenario
			live := sc.Start.AddMonths(a.FirstLiveMonth-1).String() + " (month " + strconv.Itoa(a.FirstLiveMonth) + ")"
			if a.LastLiveMonth > a.FirstLiveMonth {
				live = sc.Start.AddMonths(a.FirstLiveMonth-1).String() + " to " + sc.Start.AddMonths(a.LastLiveMonth-1).String() +
					" (months " + strconv.Itoa(a.FirstLiveMonth) + " to " + strconv.Itoa(a.LastLiveMonth) + ")"
			}
			pivotBTC := "—"
			if a.BTCMined.IsPositive() {
				pivotBTC = format.Number(a.BTCMined, 2, "BTC")
			}
			want := map[string][2]string{
				"IT load":                       {format.Number(m.ITMW, 1, "MW"), format.Number(a.ITMW, 1, "MW")},
				"Hashrate / GPUs":               {format.Number(m.HashratePH, 1, "PH/s"), aiCapacity},
				"Grid MW in AI":                 {"—", format.Number(sc.Site.PowerMW.Sub(a.MiningMW), 1, "MW")},
				"Grid MW mining":                {format.Number(m.MiningMW, 1, "MW"), format.Number(a.MiningMW, 1, "MW")},
				"AI live":                       {"—", live},
				"Capex":                         {usd(m.CapexUSD), usd(a.CapexUSD)},
				"Revenue, first 12 live months": {usd(m.FirstYearRevenueUSD), usd(a.FirstYearRevenueUSD)},
				"EBITDA, first 12 live months":  {usd(m.FirstYearEBITDAUSD), usd(a.FirstYearEBITDAUSD)},
				"EBITDA per grid MW-year":       {usd(m.EBITDAUSDPerMWYear), usd(a.EBITDAUSDPerMWYear)},
				"Revenue per IT MW-year":        {usd(m.RevenueUSDPerITMWYear), usd(a.RevenueUSDPerITMWYear)},
				"EBITDA per IT MW-year":         {usd(m.EBITDAUSDPerITMWYear), usd(a.EBITDAUSDPerITMWYear)},
				"Revenue, " + format.Months(sc.HorizonMonths): {usd(m.RevenueUSD), usd(a.RevenueUSD)},
				"Power cost":        {usd(m.PowerCostUSD), usd(a.PowerCostUSD)},
				"Opex":              {usd(m.OpexUSD), usd(a.OpexUSD)},
				"EBITDA":            {usd(m.EBITDAUSD), usd(a.EBITDAUSD)},
				"End value":         {end(m, sc.Mining.ExitEVEBITDA), end(a, sc.AI.ExitEVEBITDA)},
				"Net cash":          {usd(m.NetCashUSD), usd(a.NetCashUSD)},
				"IRR":               {irr(m.IRRPct), irr(a.IRRPct)},
				"Payback":           {format.Months(m.PaybackMonths), format.Months(a.PaybackMonths)},
				"Cash cost per BTC": {usd(m.CashCostPerBTCUSD), "—"},
				"Hashcost":          {format.Price(m.HashcostUSDPerPHDay, 2, "/PH/day"), "—"},
				"BTC mined":         {format.Number(m.BTCMined, 2, "BTC"), pivotBTC},
			}
			if !m.InitialCapexUSD.Equal(m.CapexUSD) || !a.InitialCapexUSD.Equal(a.CapexUSD) {
				want["Capex at t = 0"] = [2]string{usd(m.InitialCapexUSD), usd(a.InitialCapexUSD)}
			}
			if a.PrepaymentUSD.IsPositive() {
				want["Prepayment at t = 0"] = [2]string{"—", usd(a.PrepaymentUSD)}
			}
			if m.DiscountRatePct.Equal(a.DiscountRatePct) && m.DiscountRatePct.Equal(sc.DiscountRatePct) {
				want["NPV at "+format.Percent(sc.DiscountRatePct, 1)] = [2]string{usd(m.NPVUSD), usd(a.NPVUSD)}
			} else {
				want["Discount rate"] = [2]string{format.Percent(m.DiscountRatePct, 1), format.Percent(a.DiscountRatePct, 1)}
				want["NPV"] = [2]string{usd(m.NPVUSD), usd(a.NPVUSD)}
			}
			if sc.HasFinance {
				// spec §14: the NPV and IRR after tax, the tax, and the equity.
				at := " at " + format.Percent(sc.DiscountRatePct, 1)
				for before, after := range map[string]string{"NPV" + at: "NPV after tax" + at, "NPV": "NPV after tax", "IRR": "IRR after tax"} {
					if v, ok := want[before]; ok {
						delete(want, before)
						want[after] = v
					}
				}
				me, ae := m.Equity, a.Equity
				dscr := func(v decimal.NullDecimal) string {
					if !v.Valid {
						return "no debt"
					}
					return format.Coverage(v.Decimal)
				}
				want["Tax"] = [2]string{usd(m.TaxUSD), usd(a.TaxUSD)}
				want["Equity NPV at "+format.Percent(sc.Finance.EquityDiscountRatePct, 1)] = [2]string{usd(me.NPVUSD), usd(ae.NPVUSD)}
				want["Equity IRR"] = [2]string{irr(me.IRRPct), irr(ae.IRRPct)}
				want["Debt drawn"] = [2]string{usd(me.DebtUSD), usd(ae.DebtUSD)}
				want["Interest paid"] = [2]string{usd(me.InterestUSD), usd(ae.InterestUSD)}
				want["Lowest DSCR"] = [2]string{dscr(me.MinDSCR), dscr(ae.MinDSCR)}
			}
			if sc.AI.Colocation.ContractValueUSD.Valid {
				want["Derived lease rate"] = [2]string{"—", format.ColoRate(a.ColoRateUSDPerKWMonth.Decimal)}
			}
			md := markdown(t, report.Document{Result: res, Provenance: fixedProvenance})
			seen := map[string]bool{}
			for _, row := range tableRows(t, md, "## Results") {
				if len(row) != 3 {
					t.Fatalf("row %q has %d cells, want 3", row, len(row))
				}
				w, ok := want[row[0]]
				if !ok {
					t.Errorf("the results table has a row this test does not check: %q", row)
					continue
				}
				seen[row[0]] = true
				if row[1] != w[0] || row[2] != w[1] {
					t.Errorf("%s: the report says %q and %q, the model %q and %q", row[0], row[1], row[2], w[0], w[1])
				}
			}
			for label := range want {
				if !seen[label] {
					t.Errorf("the results table lacks %q", label)
				}
			}
			// The headline and the month-1 hashprice, too.
			for _, text := range []string{
				format.USDShort(res.Verdict.NPVAdvantageUSD) + npvWords(res),
				"| Hashprice, month 1 | " + format.Price(res.HashpriceUSDPerPHDay, 2, "/PH/day"),
			} {
				if !strings.Contains(md, text) {
					t.Errorf("the report lacks %q", text)
				}
			}
		})
	}
}

// The report renders on GitHub and pastes into documents cleanly: every
// table is set off by blank lines and has as many cells in each row as in
// its head, headings have a blank line before them, no line ends in spaces,
// and text from the scenario cannot open markup.
func TestMarkdownIsWellFormed(t *testing.T) {
	for _, p := range scenarios.Presets() {
		for _, withRisk := range []bool{false, true} {
			res := presetResult(t, p.Name)
			doc := report.Document{Result: res, Provenance: fixedProvenance}
			if withRisk {
				mc, err := model.MonteCarlo(context.Background(), res.Scenario, model.RiskOptions{})
				if err != nil {
					t.Fatal(err)
				}
				sens, err := model.Analyse(context.Background(), res.Scenario, model.RiskOptions{})
				if err != nil {
					t.Fatal(err)
				}
				doc.Risk = &report.Risk{MonteCarlo: mc, Sensitivity: sens}
			}
			checkWellFormed(t, p.Name, markdown(t, doc))
		}
	}
	s := model.Default()
	s.Name = "Site *A* | <b>B</b> [link](x) `c`"
	s.AI.GPU.Model = "H100 | SXM_5"
	md := markdown(t, report.Document{Result: model.Evaluate(s), Provenance: report.Provenance{Source: "my_site|v2.toml"}})
	checkWellFormed(t, "odd names", md)
	for _, raw := range []string{"*A*", "<b>", "[link]", "`c`", "SXM_5", "my_site"} {
		// An escaped character is preceded by a backslash: take those
		// out, and what is left must not hold the markup.
		if strings.Contains(strings.ReplaceAll(md, `\`+raw[:1], ""), raw) {
			t.Errorf("user text %q reaches the Markdown unescaped", raw)
		}
	}
}

func checkWellFormed(t *testing.T, name, md string) {
	t.Helper()
	if !strings.HasSuffix(md, "\n") || strings.HasSuffix(md, "\n\n") {
		t.Errorf("%s: the report should end with exactly one newline", name)
	}
	lines := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
	head := -1 // the cell count of the table being read
	for i, line := range lines {
		if strings.TrimRight(line, " \t") != line {
			t.Errorf("%s line %d ends in spaces: %q", name, i+1, line)
		}
		isRow := strings.HasPrefix(line, "|")
		prev := ""
		if i > 0 {
			prev = lines[i-1]
		}
		switch {
		case isRow && head < 0:
			if prev != "" {
				t.Errorf("%s line %d: a table must follow a blank line, not %q", name, i+1, prev)
			}
			head = len(cells(line))
			if i+1 >= len(lines) || !regexp.MustCompile(`^\|(:?-+:?\|)+$`).MatchString(lines[i+1]) {
				t.Errorf("%s line %d: a table head without a delimiter row", name, i+1)
			} else if n := len(cells(lines[i+1])); n != head {
				t.Errorf("%s line %d: the delimiter row has %d cells, the head %d", name, i+2, n, head)
			}
		case isRow:
			if n := len(cells(line)); n != head {
				t.Errorf("%s line %d has %d cells, its table %d: %q", name, i+1, n, head, line)
			}
		case head >= 0:
			head = -1
			if line != "" {
				t.Errorf("%s line %d: a table must be followed by a blank line, not %q", name, i+1, line)
			}
		}
		if strings.HasPrefix(line, "#") && i > 0 && prev != "" {
			t.Errorf("%s line %d: a heading must follow a blank line", name, i+1)
		}
	}
}

// npvWords is how the headline names the NPVs: after tax with [finance].
func npvWords(res model.Result) string {
	if res.Scenario.HasFinance {
		return " in after-tax NPV"
	}
	return " in NPV"
}
