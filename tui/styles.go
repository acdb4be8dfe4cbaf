package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
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

// styles is every style the dashboard draws with, built once per theme.
// Components never build styles of their own.
type styles struct {
	theme themeName
	mono  bool

	plain  lipgloss.Style
	strong lipgloss.Style
	dim    lipgloss.Style
	faint  lipgloss.Style

	// header and tabs
	brand     lipgloss.Style
	name      lipgloss.Style
	path      lipgloss.Style
	unsaved   lipgloss.Style
	tabActive lipgloss.Style
	tabIdle   lipgloss.Style
	tabKey    lipgloss.Style
	tabRule   lipgloss.Style

	// inputs panel
	group      lipgloss.Style
	groupRule  lipgloss.Style
	label      lipgloss.Style
	value      lipgloss.Style
	unit       lipgloss.Style
	auto       lipgloss.Style
	modified   lipgloss.Style
	selected   lipgloss.Style
	separator  lipgloss.Style
	scrollHint lipgloss.Style

	// result cards and the comparison table
	card       lipgloss.Style
	cardWinner lipgloss.Style
	mining     lipgloss.Style // strategy name, mining colour
	ai         lipgloss.Style
	winBadge   lipgloss.Style
	figure     lipgloss.Style
	winFigure  lipgloss.Style
	negative   lipgloss.Style

	// verdict banner
	bannerMining lipgloss.Style
	bannerAI     lipgloss.Style
	bannerTie    lipgloss.Style
	flip         lipgloss.Style
	note         lipgloss.Style

	// chart
	lineMining lipgloss.Style
	lineAI     lipgloss.Style
	overlap    lipgloss.Style
	axis       lipgloss.Style
	marker     lipgloss.Style

	// ledger and treasury
	tableHead   lipgloss.Style
	rowMark     lipgloss.Style
	barMining   lipgloss.Style
	barAI       lipgloss.Style
	barEmpty    lipgloss.Style
	sectionHead lipgloss.Style

	// status line and prompts
	info    lipgloss.Style
	errMsg  lipgloss.Style
	warnOn  lipgloss.Style
	hint    lipgloss.Style
	prompt  lipgloss.Style
	enlarge lipgloss.Style

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
	s.plain = lipgloss.NewStyle()
	s.strong = fg(p.strong).Bold(true)
	s.dim = fg(p.dim)
	s.faint = fg(p.faint)

	s.brand = lipgloss.NewStyle().Background(p.brand).Foreground(p.onColour).Bold(true)
	s.name = s.strong
	s.path = s.dim
	s.unsaved = fg(p.warn).Bold(true)
	s.tabActive = lipgloss.NewStyle().Background(p.selectBg).Foreground(p.selectFg).Bold(true)
	s.tabIdle = s.dim
	s.tabKey = s.faint
	s.tabRule = s.faint

	s.group = fg(p.brand).Bold(true)
	s.groupRule = s.faint
	s.label = lipgloss.NewStyle()
	s.value = fg(p.strong)
	s.unit = s.dim
	s.auto = fg(p.dim).Italic(true)
	s.modified = fg(p.warn).Bold(true)
	s.selected = lipgloss.NewStyle().Background(p.selectBg).Foreground(p.selectFg).Bold(true)
	s.separator = s.faint
	s.scrollHint = s.dim

	s.card = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.faint).Padding(0, 1)
	s.cardWinner = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.good).Padding(0, 1)
	s.mining = fg(p.mining).Bold(true)
	s.ai = fg(p.ai).Bold(true)
	s.winBadge = lipgloss.NewStyle().Background(p.good).Foreground(p.onColour).Bold(true)
	s.figure = fg(p.strong)
	s.winFigure = fg(p.good).Bold(true)
	s.negative = fg(p.bad)

	banner := lipgloss.NewStyle().Foreground(p.onColour).Bold(true)
	s.bannerMining = banner.Background(p.mining)
	s.bannerAI = banner.Background(p.ai)
	s.bannerTie = banner.Background(p.dim)
	s.flip = lipgloss.NewStyle()
	s.note = s.dim

	s.lineMining = fg(p.mining)
	s.lineAI = fg(p.ai)
	s.overlap = fg(p.strong)
	s.axis = s.dim
	s.marker = fg(p.warn)

	s.tableHead = fg(p.dim).Bold(true)
	s.rowMark = fg(p.warn)
	s.barMining = fg(p.mining)
	s.barAI = fg(p.ai)
	s.barEmpty = s.faint
	s.sectionHead = fg(p.brand).Bold(true)

	s.info = fg(p.good)
	s.errMsg = fg(p.bad).Bold(true)
	s.warnOn = fg(p.warn).Bold(true)
	s.hint = s.dim
	s.prompt = fg(p.brand).Bold(true)
	s.enlarge = s.strong

	s.help = help.Styles{
		ShortKey: fg(p.dim).Bold(true), ShortDesc: fg(p.dim), ShortSeparator: s.faint, Ellipsis: s.faint,
		FullKey: fg(p.brand).Bold(true), FullDesc: lipgloss.NewStyle(), FullSeparator: s.faint,
	}
	s.textinput = textinput.DefaultStyles(t == themeDark)
	s.textinput.Cursor.Blink = false // a steady cursor keeps frames (and golden files) deterministic
	s.textinput.Cursor.Color = p.strong
	s.textinput.Focused.Text = fg(p.strong)
	s.textinput.Focused.Prompt = s.prompt
	return s
}

// monoStyles keep every distinction without colour: bold for emphasis, faint
// for secondary text, reverse video for the selection and the winner.
func monoStyles() *styles {
	n := lipgloss.NewStyle
	s := &styles{theme: themeMono, mono: true}
	s.plain = n()
	s.strong = n().Bold(true)
	s.dim = n().Faint(true)
	s.faint = n().Faint(true)

	s.brand = n().Reverse(true).Bold(true)
	s.name = s.strong
	s.path = n()
	s.unsaved = n().Bold(true)
	s.tabActive = n().Bold(true).Reverse(true)
	s.tabIdle = n()
	s.tabKey = n().Faint(true)
	s.tabRule = n().Faint(true)

	s.group = n().Bold(true)
	s.groupRule = n().Faint(true)
	s.label = n()
	s.value = n()
	s.unit = n().Faint(true)
	s.auto = n().Faint(true).Italic(true)
	s.modified = n().Bold(true)
	s.selected = n().Reverse(true).Bold(true)
	s.separator = n().Faint(true)
	s.scrollHint = n().Faint(true)

	s.card = n().Border(lipgloss.RoundedBorder()).Padding(0, 1)
	s.cardWinner = n().Border(lipgloss.ThickBorder()).Padding(0, 1)
	s.mining = n().Bold(true)
	s.ai = n().Bold(true)
	s.winBadge = n().Reverse(true).Bold(true)
	s.figure = n()
	s.winFigure = n().Bold(true)
	s.negative = n()

	s.bannerMining = n().Reverse(true).Bold(true)
	s.bannerAI = s.bannerMining
	s.bannerTie = n().Bold(true)
	s.flip = n()
	s.note = n().Faint(true)

	s.lineMining = n()
	s.lineAI = n().Bold(true)
	s.overlap = n().Bold(true)
	s.axis = n().Faint(true)
	s.marker = n().Bold(true)

	s.tableHead = n().Bold(true)
	s.rowMark = n().Bold(true)
	s.barMining = n()
	s.barAI = n()
	s.barEmpty = n().Faint(true)
	s.sectionHead = n().Bold(true)

	s.info = n()
	s.errMsg = n().Bold(true)
	s.warnOn = n().Bold(true)
	s.hint = n().Faint(true)
	s.prompt = n().Bold(true)
	s.enlarge = n().Bold(true)

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
func (s *styles) strategyStyle(mining bool) lipgloss.Style {
	if mining {
		return s.mining
	}
	return s.ai
}

// money styles a dollar figure: negative figures in the "bad" colour.
func (s *styles) money(text string, negative bool) string {
	if negative {
		return s.negative.Render(text)
	}
	return s.figure.Render(text)
}
