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

	fmt.Fprintf(&b, "\n## Year by year\n\n%s\n", words.YearTable(res))
	for _, side := range []struct {
		name string
		st   model.Strategy
	}{{words.Mining, res.Mining}, {words.AI, res.AI}} {
		fmt.Fprintf(&b, "\n### %s\n\n| Year | From | Revenue | Power | Opex | EBITDA | Cumulative cash |\n|:--|:--|--:|--:|--:|--:|--:|\n", side.name)
		for _, y := range side.st.Years() {
			fmt.Fprintf(&b, "| %d | %s | %s | %s | %s | %s | %s |\n", y.Year, y.FirstMonth,
				format.USDWhole(y.RevenueUSD), format.USDWhole(y.PowerCostUSD), format.USDWhole(y.OpexUSD),
				format.USDWhole(y.EBITDAUSD), format.USDWhole(y.CumulativeCashUSD))
		}
	}

	if t := TreasuryLines(res); t != nil {
		b.WriteString("\n## Treasury\n\n| | Before the sale | After the sale |\n|:--|--:|--:|\n")
		for _, l := range t {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", l.Label, l.Before, l.After)
		}
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

// escapeCell keeps user text from breaking a table or turning into markup:
// emphasis, code, links or HTML; its control characters are written as
// visible escapes first.
func escapeCell(s string) string {
	return strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "<", `\<`).Replace(printable.String(s))
}

// MarkdownCell escapes user text for a Markdown table cell, as the reports do.
func MarkdownCell(s string) string { return escapeCell(s) }
