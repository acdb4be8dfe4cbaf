package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// Markdown writes a memo-ready report: assumptions, the side-by-side results,
// the verdict and its flip points, a yearly summary and where it came from.
// Tables are GitHub-flavoured and paste cleanly into documents.
func Markdown(w io.Writer, d Document) error {
	res, info := d.Result, d.Provenance
	s := res.Scenario
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: ASIC mining or AI compute\n\n", escapeCell(s.Name))
	flips := words.FlipPoints(res)
	fmt.Fprintf(&b, "**%s**", words.Headline(res))
	for _, flip := range flips {
		fmt.Fprintf(&b, " %s", flip.Sentence())
	}
	b.WriteString("\n\n")

	b.WriteString("## Assumptions\n\n| Input | Value |\n|:--|--:|\n")
	for _, a := range KeyAssumptions(res) {
		fmt.Fprintf(&b, "| %s | %s |\n", escapeCell(a.Label), escapeCell(a.Value))
	}
	fmt.Fprintf(&b, "\n%d months from %s; every other input at the value in the scenario file.\n", s.HorizonMonths, s.Start)
	if plan := PlanRows(res); plan != nil {
		b.WriteString("\n## Plan\n\n| Phase | Grid MW | IT MW | GPUs | Live |\n|:--|--:|--:|--:|:--|\n")
		for _, r := range plan {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", r.Phase, r.GridMW, r.ITMW, r.GPUs, r.Live)
		}
	}

	fmt.Fprintf(&b, "\n## Results\n\n| | ASIC mining | AI compute (%s) |\n|:--|--:|--:|\n", format.Mode(s.AI.Mode))
	for _, l := range Lines(res) {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", l.Label, l.Mining, l.AI)
	}
	fmt.Fprintf(&b, "\n%s\n", words.Periods(res))

	b.WriteString("\n## Verdict and break-evens\n\n")
	fmt.Fprintf(&b, "%s\n\n", words.Headline(res))
	for _, flip := range flips {
		fmt.Fprintf(&b, "- %s\n", flip.Sentence())
	}
	for _, note := range words.Notes(res) {
		fmt.Fprintf(&b, "- %s\n", note)
	}

	b.WriteString("\n## Year by year\n")
	after := "EBITDA − capex"
	if s.HasFinance {
		after = "EBITDA − capex − tax"
	}
	fmt.Fprintf(&b, "\nEach year's cumulative cash is the year before's + %s, and the end value in the last year; year 0 is t = 0, before month 1. %s\n", after, words.YearTable(res))
	if s.HasFinance {
		b.WriteString("\nThe equity cash is what the shareholders are left with once the project debt is drawn and served: EBITDA − capex + debt drawn − interest − principal − the tax after interest, with the end value in the last year, whose principal includes the debt left at month H, repaid then (spec §14). Year 0's is the debt drawn with the capex at t = 0, and any prepayment, less that capex.\n")
	}
	for _, side := range []struct {
		name string
		st   model.Strategy
	}{{words.Mining, res.Mining}, {words.AI, res.AI}} {
		yearTable(&b, side.name, side.st, s.HasFinance)
	}

	if t := TreasuryLines(res); t != nil {
		b.WriteString("\n## Treasury\n\n| | Before the sale | After the sale |\n|:--|--:|--:|\n")
		for _, l := range append(t, TreasuryOverTime(res, d.Risk)...) {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", l.Label, l.Before, l.After)
		}
		b.WriteString("\n" + strings.Join(TreasuryNotes(res, d.Risk), " ") + "\n")
	}
	if d.Risk != nil {
		riskMarkdown(&b, res, d.Risk)
	}
	if notes := model.Warnings(s); len(notes) > 0 {
		b.WriteString("\n## Notes\n\n")
		for _, n := range notes {
			fmt.Fprintf(&b, "- %s\n", n)
		}
	}
	fmt.Fprintf(&b, "\n---\n*%s*\n", escapeCell(info.Line()))
	_, err := io.WriteString(w, b.String())
	return err
}

// yearTable is a strategy's ledger by projection year, from the capex paid
// at t = 0 (and a prepayment received then, in a column of its own) to the
// end value in the last year, so that the rows add up to the cumulative cash.
// With [finance] the debt's interest and principal and the equity cash
// follow, from the equity's cash at t = 0.
func yearTable(b *strings.Builder, name string, st model.Strategy, taxed bool) {
	prepaid, levered := st.PrepaymentUSD.IsPositive(), st.Equity != nil
	head, rule := "| Year | From | Revenue | Power | Opex | EBITDA | Capex |", "|:--|:--|--:|--:|--:|--:|--:|"
	if taxed {
		head, rule = head+" Tax |", rule+"--:|"
	}
	if prepaid {
		head, rule = head+" Prepayment |", rule+"--:|"
	}
	head, rule = head+" End value | Cumulative cash |", rule+"--:|--:|"
	if levered {
		head, rule = head+" Interest | Principal | Equity cash |", rule+"--:|--:|--:|"
	}
	fmt.Fprintf(b, "\n### %s\n\n%s\n%s\n", name, head, rule)
	start := "| 0 | t = 0 | | | | | " + format.USDWhole(st.InitialCapexUSD) + " |"
	if taxed {
		start += " |"
	}
	if prepaid {
		start += " " + format.USDWhole(st.PrepaymentUSD) + " |"
	}
	start += " | " + format.USDWhole(st.PrepaymentUSD.Sub(st.InitialCapexUSD)) + " |"
	if levered {
		start += " | | " + format.USDWhole(st.Equity.InitialCashUSD) + " |"
	}
	fmt.Fprintln(b, start)
	years := st.Years()
	for i, y := range years {
		row := fmt.Sprintf("| %d | %s | %s | %s | %s | %s | %s |", y.Year, y.FirstMonth,
			format.USDWhole(y.RevenueUSD), format.USDWhole(y.PowerCostUSD), format.USDWhole(y.OpexUSD),
			format.USDWhole(y.EBITDAUSD), format.USDWhole(y.CapexUSD))
		if taxed {
			row += " " + format.USDWhole(y.TaxUSD) + " |"
		}
		if prepaid {
			row += " |"
		}
		end := " |" // the end value lands in the last year alone
		if i == len(years)-1 {
			end = " " + format.USDWhole(y.EndValueUSD) + " |"
		}
		row += end + " " + format.USDWhole(y.CumulativeCashUSD) + " |"
		if levered {
			row += " " + format.USDWhole(y.InterestUSD) + " | " + format.USDWhole(y.PrincipalUSD) + " | " + format.USDWhole(y.EquityCashUSD) + " |"
		}
		fmt.Fprintln(b, row)
	}
}

// escapeCell keeps user text from breaking a table or turning into markup:
// emphasis, code, links or HTML; its control characters are written as
// visible escapes first.
func escapeCell(s string) string {
	return strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "<", `\<`).Replace(printable.String(s))
}

// MarkdownCell escapes user text for a Markdown table cell, as the reports do.
func MarkdownCell(s string) string { return escapeCell(s) }
