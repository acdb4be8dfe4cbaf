package compare

import (
	"fmt"
	"io"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/words"
)

// Markdown writes the comparison for a memo: the headline, one table with a
// column per scenario, and the inputs that differ. Tables are
// GitHub-flavoured and paste cleanly into documents.
func Markdown(w io.Writer, c Comparison) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n**%s**\n\n", c.Title(), report.MarkdownCell(c.Headline))

	head := func(first string) {
		b.WriteString(strings.TrimSpace("| "+first) + " |")
		for _, name := range c.Names() {
			b.WriteString(" " + report.MarkdownCell(name) + " |")
		}
		b.WriteString("\n|:--|" + strings.Repeat("--:|", len(c.Docs)) + "\n")
	}
	row := func(label string, cells []string) {
		b.WriteString("| " + label + " |")
		for _, text := range cells {
			b.WriteString(" " + report.MarkdownCell(text) + " |")
		}
		b.WriteString("\n")
	}
	head("")
	row("File", c.Sources())
	for _, sec := range c.Sections {
		row("**"+report.MarkdownCell(sec.Title)+"**", make([]string, len(c.Docs)))
		for _, r := range sec.Rows {
			texts := make([]string, len(r.Cells))
			for i, cell := range r.Cells {
				texts[i] = cell.Text
			}
			row(report.MarkdownCell(r.Label), texts)
		}
	}

	b.WriteString("\n## Inputs that differ\n\n")
	if len(c.Differences) == 0 {
		b.WriteString(words.NoDifferences + "\n")
	} else {
		head("Input")
		for _, d := range c.Differences {
			row(report.MarkdownCell(d.Label), d.Shown)
		}
	}
	var notes []string
	for i, d := range c.Docs {
		for _, note := range model.Warnings(d.Result.Scenario) {
			notes = append(notes, fmt.Sprintf("- %d, %s: %s\n", i+1, report.MarkdownCell(d.Provenance.Source), note))
		}
	}
	if len(notes) > 0 {
		b.WriteString("\n## Notes\n\n" + strings.Join(notes, ""))
	}
	fmt.Fprintf(&b, "\n---\n*%s*\n", report.MarkdownCell(c.Footer()))
	_, err := io.WriteString(w, b.String())
	return err
}
