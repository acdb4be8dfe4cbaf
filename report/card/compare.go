package card

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/pivot-tui/pivot-tui/report/compare"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

const (
	// A comparison card gives each scenario a column as wide as its widest
	// figure, and at most comparisonColumnMax when the card is wider than
	// that needs; names and files are cut at comparisonNameMax, the inputs'
	// labels at comparisonLabelMax. It lists up to comparisonInputs of the
	// inputs that differ.
	comparisonGap       = 2
	comparisonColumnMax = 22
	comparisonNameMax   = 20
	comparisonLabelMax  = 30
	comparisonInputs    = 12
	comparisonIndent    = 2 // a row's label under its section's title
)

// comparisonGrid is the table's columns: the labels', and each scenario's.
type comparisonGrid struct{ labelW, colW int }

// gridOf measures c's table at its narrowest.
func gridOf(c compare.Comparison) comparisonGrid {
	var g comparisonGrid
	g.labelW = cells.Width("File")
	for _, sec := range c.Sections {
		g.labelW = max(g.labelW, cells.Width(sec.Title))
		for _, r := range sec.Rows {
			g.labelW = max(g.labelW, comparisonIndent+cells.Width(r.Label))
			for _, cell := range r.Cells {
				g.colW = max(g.colW, cells.Width(cell.Compact()))
			}
		}
	}
	for _, d := range c.Differences[:min(len(c.Differences), comparisonInputs)] {
		g.labelW = max(g.labelW, min(comparisonLabelMax, cells.Width(d.Label)))
		for _, v := range d.Shown {
			g.colW = max(g.colW, min(comparisonColumnMax, cells.Width(v))) // a long text is cut
		}
	}
	for i, name := range c.Names() {
		g.colW = max(g.colW, min(comparisonNameMax, cells.Width(name)), min(comparisonNameMax, cells.Width(c.Sources()[i])))
	}
	return g
}

// ComparisonMinWidth is the narrowest card that holds c's table, every
// column at its widest figure.
func ComparisonMinWidth(c compare.Comparison) int {
	g := gridOf(c)
	return max(MinWidth, 2+g.labelW+len(c.Docs)*(comparisonGap+g.colW))
}

// RenderComparison draws several scenarios as one memo card: the headline,
// a table with a column per scenario (the verdict, both strategies'
// valuation, the break-evens), the bars of each scenario's AI − mining NPV,
// and the inputs that differ. opts.Width 0 makes the card as wide as its
// columns need, and at least Width. It returns the ANSI text and how to draw
// it as an image (the caller sets the SVG's Title).
func RenderComparison(c compare.Comparison, opts Options) (string, screenshot.Options) {
	w := opts.Width
	if w == 0 {
		w = max(Width, ComparisonMinWidth(c))
	}
	w = min(MaxWidth, max(MinWidth, w))
	t := theme.Light
	if opts.Dark {
		t = theme.Dark
	}
	st := theme.New(t)

	n := len(c.Docs)
	g := gridOf(c)
	g.colW = max(g.colW, min(comparisonColumnMax, (w-2-g.labelW)/n-comparisonGap))
	g.labelW = w - 2 - n*(comparisonGap+g.colW)
	row := func(label string, cellsText []string) string {
		line := " " + st.Dim.Render(cells.Fit(label, g.labelW))
		for _, text := range cellsText {
			line += strings.Repeat(" ", comparisonGap) + cells.Right(text, g.colW)
		}
		return line
	}

	lead := st.Brand.Render(" pivot-tui ") + " " + st.Title.Render(c.Title())
	lines := []string{cells.Fit(lead, w), ""}
	for _, l := range cells.Wrap(c.Headline, w-2) {
		lines = append(lines, " "+st.Strong.Render(l))
	}
	lines = append(lines, "", heading(st, "Results", w))

	names, files := make([]string, n), make([]string, n)
	for i, name := range c.Names() {
		names[i] = st.Strong.Render(cells.Right(name, g.colW))
		files[i] = st.Dim.Render(clipLeft(c.Sources()[i], g.colW))
	}
	lines = append(lines, row("", names), row("File", files))
	for _, sec := range c.Sections {
		lines = append(lines, " "+sectionStyle(st, sec.Title).Render(sec.Title))
		for _, r := range sec.Rows {
			texts := make([]string, n)
			for i, cell := range r.Cells {
				texts[i] = toned(st, cell.Tone, cells.Right(cell.Compact(), g.colW))
			}
			lines = append(lines, row(strings.Repeat(" ", comparisonIndent)+r.Label, texts))
		}
	}

	lines = append(lines, "", heading(st, c.Label(compare.AdvantageKey), w))
	bars := panel.AdvantageBars{St: st, Labels: c.Names(), Values: c.Advantages()}
	for _, l := range cells.Lines(bars.Render(w-2, panel.AdvantageBarsHeight(n))) {
		lines = append(lines, " "+l)
	}

	lines = append(lines, "", heading(st, "Inputs that differ", w))
	if len(c.Differences) == 0 {
		lines = append(lines, " "+st.Dim.Render(words.NoDifferences))
	}
	for i, d := range c.Differences {
		if i == comparisonInputs {
			lines = append(lines, " "+st.Dim.Render(words.MoreDifferences(len(c.Differences)-i)))
			break
		}
		texts := make([]string, n)
		for j, v := range d.Shown {
			texts[j] = st.Figure.Render(cells.Right(v, g.colW))
		}
		lines = append(lines, row(d.Label, texts))
	}
	footer := c.Footer()
	if cells.Width(footer) > w {
		footer = c.ShortFooter() // the File row names them
	}
	lines = append(lines, "", cells.Right(st.Dim.Render(footer), w))
	return cells.Block(lines, w, len(lines)), ImageOptions(Options{Width: w, Dark: opts.Dark})
}

// sectionStyle heads a strategy's rows in its colour, the others like a table's head.
func sectionStyle(st *theme.Styles, title string) theme.Paint {
	switch title {
	case words.Mining:
		return st.StrategyStyle(true)
	case words.AI:
		return st.StrategyStyle(false)
	}
	return st.TableHead
}

// toned styles a cell by what its figure means.
func toned(st *theme.Styles, tone compare.Tone, text string) string {
	switch tone {
	case compare.Negative:
		return st.Tone(theme.ToneNegative, text)
	case compare.Missing:
		return st.Tone(theme.ToneDim, text)
	case compare.Mining:
		return st.StrategyStyle(true).Render(text)
	case compare.AI:
		return st.StrategyStyle(false).Render(text)
	}
	return st.Tone(theme.ToneNormal, text)
}

// clipLeft right-aligns a path in w cells, keeping its end (the file's
// name) when it is too long.
func clipLeft(path string, w int) string {
	if cells.Width(path) <= w {
		return cells.Right(path, w)
	}
	return "…" + ansi.TruncateLeft(path, cells.Width(path)-w+1, "")
}
