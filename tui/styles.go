package tui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/pivot-tui/pivot-tui/tui/cells"
)

// themeName picks one of the three palettes.
type themeName int

const (
	themeDark themeName = iota
	themeLight
	themeMono // NO_COLOR: attributes only (bold, faint, reverse)
)

func (t themeName) String() string {
	switch t {
	case themeLight:
		return "light"
	case themeMono:
		return "mono"
	}
	return "dark"
}

// palette is a theme's colours. A nil colour means "the terminal's own".
type palette struct {
	text     color.Color // body text; nil keeps the terminal's foreground
	strong   color.Color // headings and key figures
	dim      color.Color // labels, units, axes
	faint    color.Color // rules and borders
	brand    color.Color // the app name pill
	mining   color.Color // everything ASIC mining
	ai       color.Color // everything AI compute
	good     color.Color // positive money, the winner
	bad      color.Color // negative money, errors
	warn     color.Color // unsaved marker, warnings
	selectBg color.Color // the selected input row
	selectFg color.Color
	onColour color.Color // text drawn on a coloured background
}

var (
	darkPalette = palette{
		strong:   lipgloss.Color("#F4F4F5"),
		dim:      lipgloss.Color("#8B8B96"),
		faint:    lipgloss.Color("#4A4A55"),
		brand:    lipgloss.Color("#A78BFA"),
		mining:   lipgloss.Color("#F7931A"),
		ai:       lipgloss.Color("#38BDF8"),
		good:     lipgloss.Color("#4ADE80"),
		bad:      lipgloss.Color("#F87171"),
		warn:     lipgloss.Color("#FBBF24"),
		selectBg: lipgloss.Color("#2E3A59"),
		selectFg: lipgloss.Color("#FFFFFF"),
		onColour: lipgloss.Color("#111114"),
	}
	lightPalette = palette{
		strong:   lipgloss.Color("#18181B"),
		dim:      lipgloss.Color("#6B6B76"),
		faint:    lipgloss.Color("#C4C4CC"),
		brand:    lipgloss.Color("#6D28D9"),
		mining:   lipgloss.Color("#B45309"),
		ai:       lipgloss.Color("#0369A1"),
		good:     lipgloss.Color("#15803D"),
		bad:      lipgloss.Color("#B91C1C"),
		warn:     lipgloss.Color("#A16207"),
		selectBg: lipgloss.Color("#DBEAFE"),
		selectFg: lipgloss.Color("#0B1220"),
		onColour: lipgloss.Color("#FFFFFF"),
	}
)

// pageColours are the background and the default text colour of an exported
// image: what a terminal shows in the cells the dashboard leaves to it. The
// light page is white paper, for memos and print; NO_COLOR prints on it too.
func pageColours(t themeName) (background, foreground color.Color) {
	if t == themeDark {
		return lipgloss.Color("#16161A"), lipgloss.Color("#D4D4D8")
	}
	return lipgloss.Color("#FFFFFF"), lipgloss.Color("#18181B")
}

// styles is every style the dashboard draws with, built once per theme.
// Components never build styles of their own.
type styles struct {
	theme themeName
	mono  bool

	strong paint
	dim    paint
	faint  paint

	// header and tabs
	brand     paint
	name      paint
	path      paint
	unsaved   paint
	tabActive paint
	tabIdle   paint
	tabKey    paint
	tabRule   paint

	// inputs panel
	group      paint
	groupRule  paint
	label      paint
	value      paint
	unit       paint
	auto       paint
	modified   paint
	selected   paint
	separator  paint
	scrollHint paint

	// result cards and the comparison table
	card       frame // the box around a result card
	cardWinner frame // the winner's box
	mining     paint // strategy name, mining colour
	ai         paint
	winBadge   paint
	figure     paint
	winFigure  paint
	negative   paint

	// verdict banner
	bannerMining paint
	bannerAI     paint
	bannerTie    paint
	flip         paint
	note         paint

	// chart
	lineMining paint
	lineAI     paint
	overlap    paint
	axis       paint
	marker     paint

	// ledger and treasury
	tableHead   paint
	rowMark     paint
	barMining   paint
	barAI       paint
	barEmpty    paint
	sectionHead paint

	// sensitivity and risk
	an analysisStyles

	// status line and prompts
	info    paint
	errMsg  paint
	warnOn  paint
	hint    paint
	prompt  paint
	enlarge paint

	help      help.Styles
	textinput textinput.Styles
}

func newStyles(t themeName) *styles {
	if t == themeMono {
		return monoStyles()
	}
	p := darkPalette
	if t == themeLight {
		p = lightPalette
	}
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	s := &styles{theme: t}
	s.strong = paintOf(fg(p.strong).Bold(true))
	s.dim = paintOf(fg(p.dim))
	s.faint = paintOf(fg(p.faint))

	s.brand = paintOf(lipgloss.NewStyle().Background(p.brand).Foreground(p.onColour).Bold(true))
	s.name = s.strong
	s.path = s.dim
	s.unsaved = paintOf(fg(p.warn).Bold(true))
	s.tabActive = paintOf(lipgloss.NewStyle().Background(p.selectBg).Foreground(p.selectFg).Bold(true))
	s.tabIdle = s.dim
	s.tabKey = s.faint
	s.tabRule = s.faint

	s.group = paintOf(fg(p.brand).Bold(true))
	s.groupRule = s.faint
	s.label = paintOf(lipgloss.NewStyle())
	s.value = paintOf(fg(p.strong))
	s.unit = s.dim
	s.auto = paintOf(fg(p.dim).Italic(true))
	s.modified = paintOf(fg(p.warn).Bold(true))
	s.selected = paintOf(lipgloss.NewStyle().Background(p.selectBg).Foreground(p.selectFg).Bold(true))
	s.separator = s.faint
	s.scrollHint = s.dim

	s.card = frame{lipgloss.RoundedBorder(), paintOf(fg(p.faint))}
	s.cardWinner = frame{lipgloss.RoundedBorder(), paintOf(fg(p.good))}
	s.mining = paintOf(fg(p.mining).Bold(true))
	s.ai = paintOf(fg(p.ai).Bold(true))
	s.winBadge = paintOf(lipgloss.NewStyle().Background(p.good).Foreground(p.onColour).Bold(true))
	s.figure = paintOf(fg(p.strong))
	s.winFigure = paintOf(fg(p.good).Bold(true))
	s.negative = paintOf(fg(p.bad))

	banner := lipgloss.NewStyle().Foreground(p.onColour).Bold(true)
	s.bannerMining = paintOf(banner.Background(p.mining))
	s.bannerAI = paintOf(banner.Background(p.ai))
	s.bannerTie = paintOf(banner.Background(p.dim))
	s.flip = paintOf(lipgloss.NewStyle())
	s.note = s.dim

	s.lineMining = paintOf(fg(p.mining))
	s.lineAI = paintOf(fg(p.ai))
	s.overlap = paintOf(fg(p.strong))
	s.axis = s.dim
	s.marker = paintOf(fg(p.warn))

	s.tableHead = paintOf(fg(p.dim).Bold(true))
	s.rowMark = paintOf(fg(p.warn))
	s.barMining = paintOf(fg(p.mining))
	s.barAI = paintOf(fg(p.ai))
	s.barEmpty = s.faint
	s.sectionHead = paintOf(fg(p.brand).Bold(true))
	s.an = newAnalysisStyles(p, t == themeDark)

	s.info = paintOf(fg(p.good))
	s.errMsg = paintOf(fg(p.bad).Bold(true))
	s.warnOn = paintOf(fg(p.warn).Bold(true))
	s.hint = s.dim
	s.prompt = paintOf(fg(p.brand).Bold(true))
	s.enlarge = s.strong

	s.help = help.Styles{
		ShortKey: fg(p.dim).Bold(true), ShortDesc: fg(p.dim), ShortSeparator: fg(p.faint), Ellipsis: fg(p.faint),
		FullKey: fg(p.brand).Bold(true), FullDesc: lipgloss.NewStyle(), FullSeparator: fg(p.faint),
	}
	s.textinput = textinput.DefaultStyles(t == themeDark)
	s.textinput.Cursor.Blink = false // a steady cursor keeps frames (and golden files) deterministic
	s.textinput.Cursor.Color = p.strong
	s.textinput.Focused.Text = fg(p.strong)
	s.textinput.Focused.Prompt = fg(p.brand).Bold(true)
	return s
}

// monoStyles keep every distinction without colour: bold for emphasis, faint
// for secondary text, reverse video for the selection and the winner.
func monoStyles() *styles {
	n := lipgloss.NewStyle
	s := &styles{theme: themeMono, mono: true}
	s.strong = paintOf(n().Bold(true))
	s.dim = paintOf(n().Faint(true))
	s.faint = paintOf(n().Faint(true))

	s.brand = paintOf(n().Reverse(true).Bold(true))
	s.name = s.strong
	s.path = paintOf(n())
	s.unsaved = paintOf(n().Bold(true))
	s.tabActive = paintOf(n().Bold(true).Reverse(true))
	s.tabIdle = paintOf(n())
	s.tabKey = paintOf(n().Faint(true))
	s.tabRule = paintOf(n().Faint(true))

	s.group = paintOf(n().Bold(true))
	s.groupRule = paintOf(n().Faint(true))
	s.label = paintOf(n())
	s.value = paintOf(n())
	s.unit = paintOf(n().Faint(true))
	s.auto = paintOf(n().Faint(true).Italic(true))
	s.modified = paintOf(n().Bold(true))
	s.selected = paintOf(n().Reverse(true).Bold(true))
	s.separator = paintOf(n().Faint(true))
	s.scrollHint = paintOf(n().Faint(true))

	s.card = frame{lipgloss.RoundedBorder(), paint{}}
	s.cardWinner = frame{lipgloss.ThickBorder(), paintOf(n().Bold(true))}
	s.mining = paintOf(n().Bold(true))
	s.ai = paintOf(n().Bold(true))
	s.winBadge = paintOf(n().Reverse(true).Bold(true))
	s.figure = paintOf(n())
	s.winFigure = paintOf(n().Bold(true))
	s.negative = paintOf(n())

	s.bannerMining = paintOf(n().Reverse(true).Bold(true))
	s.bannerAI = s.bannerMining
	s.bannerTie = paintOf(n().Bold(true))
	s.flip = paintOf(n())
	s.note = paintOf(n().Faint(true))

	s.lineMining = paintOf(n())
	s.lineAI = paintOf(n().Bold(true))
	s.overlap = paintOf(n().Bold(true))
	s.axis = paintOf(n().Faint(true))
	s.marker = paintOf(n().Bold(true))

	s.tableHead = paintOf(n().Bold(true))
	s.rowMark = paintOf(n().Bold(true))
	s.barMining = paintOf(n())
	s.barAI = paintOf(n())
	s.barEmpty = paintOf(n().Faint(true))
	s.sectionHead = paintOf(n().Bold(true))
	s.an = monoAnalysisStyles()

	s.info = paintOf(n())
	s.errMsg = paintOf(n().Bold(true))
	s.warnOn = paintOf(n().Bold(true))
	s.hint = paintOf(n().Faint(true))
	s.prompt = paintOf(n().Bold(true))
	s.enlarge = paintOf(n().Bold(true))

	s.help = help.Styles{
		Ellipsis: n().Faint(true), ShortKey: n().Bold(true), ShortDesc: n(), ShortSeparator: n().Faint(true),
		FullKey: n().Bold(true), FullDesc: n(), FullSeparator: n().Faint(true),
	}
	ti := textinput.Styles{}
	ti.Focused = textinput.StyleState{Text: n(), Placeholder: n().Faint(true), Suggestion: n().Faint(true), Prompt: n().Bold(true)}
	ti.Blurred = ti.Focused
	ti.Cursor = textinput.CursorStyle{Blink: false}
	s.textinput = ti
	return s
}

// strategyStyle is the name style of one side.
func (s *styles) strategyStyle(mining bool) paint {
	if mining {
		return s.mining
	}
	return s.ai
}

// paint is a simple style (colours and attributes, no layout) reduced to the
// escape sequences around its text: rendering is then two concatenations,
// which keeps a full frame well under a millisecond. paintOf takes them
// from Lip Gloss itself, so the output is byte for byte what Style.Render
// writes.
type paint struct{ pre, post string }

func paintOf(style lipgloss.Style) paint {
	r := style.Render("x")
	i := strings.Index(r, "x")
	if i < 0 {
		return paint{}
	}
	return paint{pre: r[:i], post: r[i+1:]}
}

// Render styles one line of text.
func (p paint) Render(text string) string {
	if text == "" || p.pre == "" {
		return text
	}
	return p.pre + text + p.post
}

// frame is a box border and its colour. Boxes are drawn by hand from the
// border's runes (see frame.around), which is much cheaper than a bordered
// Lip Gloss style and draws the same cells.
type frame struct {
	border lipgloss.Border
	paint  paint
}

// around boxes lines (each exactly w−4 wide) into a w by h block with one
// column of padding inside each side.
func (f frame) around(lines []string, w, h int) string {
	b := f.border
	inner := w - cardBorder - 2*cardPaddingX
	out := make([]string, 0, h)
	out = append(out, f.paint.Render(b.TopLeft+strings.Repeat(b.Top, w-2)+b.TopRight))
	left, right := f.paint.Render(b.Left)+" ", " "+f.paint.Render(b.Right)
	for i := range h - cardBorder {
		line := strings.Repeat(" ", inner)
		if i < len(lines) {
			line = cells.Fit(lines[i], inner)
		}
		out = append(out, left+line+right)
	}
	out = append(out, f.paint.Render(b.BottomLeft+strings.Repeat(b.Bottom, w-2)+b.BottomRight))
	return strings.Join(out, "\n")
}

// Sides of the sensitivity and risk charts: the strategy a heatmap cell, a
// tornado bar or a histogram bin favours.
const (
	sideMining = iota
	sideAI
	sideCount
)

// heatLevels is how many shades of each side the heatmap uses, from the
// narrowest lead to the widest.
const heatLevels = 4

// analysisStyles draw the Sensitivity and Risk tabs.
type analysisStyles struct {
	heat      [sideCount][heatLevels]paint  // heatmap cell fills, faint to full
	heatInk   [sideCount][heatLevels]paint  // the frontier and the current cell's brackets, over a fill
	heatGlyph [sideCount][heatLevels]string // a fill's character: a space on colour; dots and shades in mono
	frontier  bool                          // draw the break-even edges (mono shows them by the glyphs)
	bar       [sideCount]paint              // tornado and histogram bars
	barGlyph  [sideCount]string             // a full bar cell
	eighths   bool                          // bar ends in eighths of a cell (colour) or whole cells (mono)
	centre    paint                         // the tornado's centre line, the histogram's zero
	big       [sideCount]paint              // the big probability, in the likelier winner's colour
	done      paint                         // the filled part of a progress bar
	todo      paint                         // and the rest
}

// newAnalysisStyles shades each strategy's colour from the terminal's
// background (assumed near black or white) up to the full colour.
func newAnalysisStyles(p palette, dark bool) analysisStyles {
	base := lipgloss.Color("#FFFFFF")
	if dark {
		base = lipgloss.Color("#16161A")
	}
	a := analysisStyles{frontier: true, eighths: true}
	for side, c := range [sideCount]color.Color{sideMining: p.mining, sideAI: p.ai} {
		// Six steps from the background to the colour; the first two are
		// too close to the background to read as a side.
		ramp := lipgloss.Blend1D(heatLevels+2, base, c)[2:]
		for level, shade := range ramp {
			fill := lipgloss.NewStyle().Background(shade)
			a.heat[side][level] = paintOf(fill)
			a.heatInk[side][level] = paintOf(fill.Foreground(p.strong).Bold(true))
			a.heatGlyph[side][level] = " "
		}
		a.bar[side] = paintOf(lipgloss.NewStyle().Foreground(c))
		a.barGlyph[side] = "█"
		a.big[side] = paintOf(lipgloss.NewStyle().Foreground(c).Bold(true))
	}
	a.centre = paintOf(lipgloss.NewStyle().Foreground(p.strong).Bold(true))
	a.done = paintOf(lipgloss.NewStyle().Foreground(p.brand))
	a.todo = paintOf(lipgloss.NewStyle().Foreground(p.faint))
	return a
}

// monoAnalysisStyles tell the sides apart by character: shades for AI,
// dots for mining, and a lighter bar for mining.
func monoAnalysisStyles() analysisStyles {
	n := lipgloss.NewStyle
	a := analysisStyles{
		heatGlyph: [sideCount][heatLevels]string{
			sideMining: {"·", ":", "•", "●"},
			sideAI:     {"░", "▒", "▓", "█"},
		},
		barGlyph: [sideCount]string{sideMining: "▒", sideAI: "█"},
	}
	for side := range sideCount {
		for level := range heatLevels {
			a.heatInk[side][level] = paintOf(n().Bold(true))
		}
		a.big[side] = paintOf(n().Bold(true))
	}
	a.centre = paintOf(n().Bold(true))
	a.todo = paintOf(n().Faint(true))
	return a
}
