package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// Text writes the comparison as an aligned plain-text table for a terminal or an email.
func Text(w io.Writer, d Document) error {
	res, info := d.Result, d.Provenance
	s := res.Scenario
	var b strings.Builder
	fmt.Fprintf(&b, "%s: ASIC mining or AI compute\n", printable.String(s.Name))
	fmt.Fprintf(&b, "%d months from %s, %s\n\n", s.HorizonMonths, s.Start, info.Line())

	b.WriteString("Assumptions\n")
	assumptions := KeyAssumptions(res)
	labelWidth := 0
	for _, a := range assumptions {
		labelWidth = max(labelWidth, width(a.Label))
	}
	for _, a := range assumptions {
		fmt.Fprintf(&b, "  %s  %s\n", pad(a.Label, labelWidth), a.Value)
	}

	if plan := PlanRows(res); plan != nil {
		b.WriteString("\nPlan\n")
		head := PlanRow{Phase: "Phase", GridMW: "Grid MW", ITMW: "IT MW", GPUs: "GPUs", Live: "Live"}
		w := head
		widths := [4]int{}
		for _, r := range append([]PlanRow{head}, plan...) {
			for i, v := range []string{r.Phase, r.GridMW, r.ITMW, r.GPUs} {
				widths[i] = max(widths[i], width(v))
			}
		}
		for _, r := range append([]PlanRow{w}, plan...) {
			fmt.Fprintf(&b, "  %s  %s  %s  %s  %s\n", pad(r.Phase, widths[0]), padLeft(r.GridMW, widths[1]),
				padLeft(r.ITMW, widths[2]), padLeft(r.GPUs, widths[3]), r.Live)
		}
	}

	lines := Lines(res)
	aiTitle := words.AI + " (" + format.Mode(s.AI.Mode) + ")"
	labelWidth, miningWidth, aiWidth := 0, width(words.Mining), width(aiTitle)
	for _, l := range lines {
		labelWidth = max(labelWidth, width(l.Label))
		miningWidth = max(miningWidth, width(l.Mining))
		aiWidth = max(aiWidth, width(l.AI))
	}
	fmt.Fprintf(&b, "\n  %s  %s  %s\n", pad("", labelWidth), padLeft(words.Mining, miningWidth), padLeft(aiTitle, aiWidth))
	fmt.Fprintf(&b, "  %s  %s  %s\n", strings.Repeat("─", labelWidth), strings.Repeat("─", miningWidth), strings.Repeat("─", aiWidth))
	for _, l := range lines {
		fmt.Fprintf(&b, "  %s  %s  %s\n", pad(l.Label, labelWidth), padLeft(l.Mining, miningWidth), padLeft(l.AI, aiWidth))
	}
	b.WriteString("\n")
	for _, l := range wrap(words.Periods(res), textWrap) {
		fmt.Fprintf(&b, "  %s\n", l)
	}

	fmt.Fprintf(&b, "\nVerdict: %s\n", words.Headline(res))
	for _, flip := range words.FlipPoints(res) {
		fmt.Fprintf(&b, "  • %s\n", flip.Sentence())
	}
	for _, note := range words.Notes(res) {
		fmt.Fprintf(&b, "  • %s\n", note)
	}
	if t := TreasuryLines(res); t != nil {
		t = append(t, TreasuryOverTime(res, d.Risk)...)
		b.WriteString("\nTreasury: before and after selling BTC\n")
		labelWidth, beforeWidth := 0, width("Before")
		for _, l := range t {
			labelWidth = max(labelWidth, width(l.Label))
			beforeWidth = max(beforeWidth, width(l.Before))
		}
		fmt.Fprintf(&b, "  %s  %s  %s\n", pad("", labelWidth), padLeft("Before", beforeWidth), "After")
		for _, l := range t {
			fmt.Fprintf(&b, "  %s  %s  %s\n", pad(l.Label, labelWidth), padLeft(l.Before, beforeWidth), l.After)
		}
		for _, note := range TreasuryNotes(res, d.Risk) {
			b.WriteString("\n")
			for _, l := range wrap(note, textWrap) {
				fmt.Fprintf(&b, "  %s\n", l)
			}
		}
	}
	if d.Risk != nil {
		riskText(&b, d.Risk)
	}
	for _, note := range model.Warnings(s) {
		fmt.Fprintf(&b, "\nNote: %s\n", note)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// textWrap is the width a sentence under the table wraps at, indent
// included, so that it reads in an email.
const textWrap = 76

// wrap breaks text into lines of at most w columns (less the two of the
// indent), between words.
func wrap(text string, w int) []string { return cells.Wrap(text, w-2) }

// width counts runes: every character the reports use is one column wide.
func width(s string) int { return utf8.RuneCountInString(s) }

func pad(s string, n int) string     { return s + strings.Repeat(" ", max(0, n-width(s))) }
func padLeft(s string, n int) string { return strings.Repeat(" ", max(0, n-width(s))) + s }
