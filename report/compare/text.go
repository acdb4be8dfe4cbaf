package compare

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/words"
)

// maxTextName is the widest a scenario's name heads a text column; a longer
// name is cut with an ellipsis (the Markdown and JSON keep it whole).
const maxTextName = 24

// Title heads every format: "3 scenarios compared: ASIC mining or AI compute".
func (c Comparison) Title() string {
	return fmt.Sprintf("%d scenarios compared: ASIC mining or AI compute", len(c.Docs))
}

// Text writes the comparison as an aligned plain-text table, one column per
// scenario, then the inputs that differ.
func Text(w io.Writer, c Comparison) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n\n%s\n\n", c.Title(), c.Footer(), c.Headline)

	head := []string{""}
	for _, name := range c.Names() {
		head = append(head, clip(name, maxTextName))
	}
	table := [][]string{head, append([]string{"File"}, c.Sources()...)}
	sectionAt := map[int]string{}
	for _, sec := range c.Sections {
		sectionAt[len(table)] = sec.Title
		for _, r := range sec.Rows {
			line := []string{"  " + r.Label}
			for _, cell := range r.Cells {
				line = append(line, cell.Text)
			}
			table = append(table, line)
		}
	}
	widths := columnWidths(table)
	for _, sec := range c.Sections {
		widths[0] = max(widths[0], width(sec.Title))
	}
	for i, line := range table {
		if title, ok := sectionAt[i]; ok {
			fmt.Fprintf(&b, "\n  %s\n", title)
		}
		writeLine(&b, line, widths)
		if i == 0 {
			rule := make([]string, len(widths))
			for j, n := range widths {
				rule[j] = strings.Repeat("─", n)
			}
			writeLine(&b, rule, widths)
		}
	}

	b.WriteString("\nInputs that differ\n")
	if len(c.Differences) == 0 {
		fmt.Fprintf(&b, "  %s\n", words.NoDifferences)
	} else {
		rows := make([][]string, 0, len(c.Differences))
		for _, d := range c.Differences {
			rows = append(rows, append([]string{d.Label}, d.Shown...))
		}
		inputWidths := columnWidths(rows)
		// The values line up under the figures' columns when they fit in them.
		for j := 1; j < len(widths) && j < len(inputWidths); j++ {
			inputWidths[j] = max(inputWidths[j], widths[j])
		}
		inputWidths[0] = max(inputWidths[0], widths[0])
		for _, r := range rows {
			writeLine(&b, r, inputWidths)
		}
	}
	for i, d := range c.Docs {
		for _, note := range model.Warnings(d.Result.Scenario) {
			fmt.Fprintf(&b, "\nNote (%d, %s): %s\n", i+1, d.Provenance.Source, note)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeLine writes a label flush left and the scenarios' cells flush right,
// two spaces apart, indented by two.
func writeLine(b *strings.Builder, cells []string, widths []int) {
	b.WriteString("  ")
	for j, text := range cells {
		if j == 0 {
			b.WriteString(text + strings.Repeat(" ", widths[0]-width(text)))
			continue
		}
		b.WriteString("  " + strings.Repeat(" ", widths[j]-width(text)) + text)
	}
	b.WriteString("\n")
}

func columnWidths(rows [][]string) []int {
	var widths []int
	for _, r := range rows {
		for j, text := range r {
			if j >= len(widths) {
				widths = append(widths, 0)
			}
			widths[j] = max(widths[j], width(text))
		}
	}
	return widths
}

// width counts runes: every character the reports use is one column wide.
func width(s string) int { return utf8.RuneCountInString(s) }

// clip cuts s to n columns with an ellipsis.
func clip(s string, n int) string {
	if width(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
