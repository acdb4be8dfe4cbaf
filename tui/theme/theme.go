// Package theme is how the dashboard and the memo card look: the dark, light
// and monochrome palettes and every style drawn with them, built once per
// theme. Components take a *Styles and never build styles of their own.
package theme

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/pivot-tui/pivot-tui/report/screenshot"
)

// Name picks one of the three palettes.
type Name int

const (
	Dark Name = iota
	Light
	Mono // NO_COLOR: attributes only (bold, faint, reverse)
)

func (n Name) String() string {
	switch n {
	case Light:
		return "light"
	case Mono:
		return "mono"
	}
	return "dark"
}

// palette is a theme's colours. A nil colour means "the terminal's own".
type palette struct {
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

// Page is the page behind an exported image in a theme: the background and
// the default text colour a terminal gives the cells the dashboard leaves to
// it. The light page is white paper, for memos and print; NO_COLOR prints on
// it too.
func Page(n Name) screenshot.Theme {
	if n == Dark {
		return screenshot.Theme{Background: lipgloss.Color("#16161A"), Foreground: lipgloss.Color("#D4D4D8")}
	}
	return screenshot.Theme{Background: lipgloss.Color("#FFFFFF"), Foreground: lipgloss.Color("#18181B")}
}

// Styles is every style the dashboard and the memo card draw with, built
// once per theme.
type Styles struct {
	Theme Name
	Mono  bool // no colour at all: components tell things apart by glyph

	Strong Paint
	Dim    Paint
	Faint  Paint

	// header and tabs
	Brand     Paint
	Title     Paint
	Path      Paint
	Unsaved   Paint
	TabActive Paint
	TabIdle   Paint
	TabKey    Paint
	TabRule   Paint

	// inputs panel
	Group      Paint
	GroupRule  Paint
	Label      Paint
	Value      Paint
	Unit       Paint
	Auto       Paint
	Modified   Paint
	Selected   Paint
	Separator  Paint
	ScrollHint Paint

	// result cards and the comparison table
	Card       Frame // the box around a result card
	CardWinner Frame // the winner's box
	Mining     Paint // strategy name, mining colour
	AI         Paint
	WinBadge   Paint
	Figure     Paint
	WinFigure  Paint
	Negative   Paint
	Better     Paint // a change against the pinned baseline for the better
	Worse      Paint // and for the worse

	// verdict banner
	BannerMining Paint
	BannerAI     Paint
	BannerTie    Paint
	Flip         Paint
	Note         Paint

	// chart
	LineMining Paint
	LineAI     Paint
	Overlap    Paint
	Axis       Paint
	Marker     Paint
	// the treasury's LTV chart: the loan's LTV, the margin-call and the
	// liquidation lines
	LineLTV         Paint
	LineCall        Paint
	LineLiquidation Paint
	Ink             Ink // the chart's colours for an image's vector lines

	// ledger and treasury
	TableHead   Paint
	RowMark     Paint
	BarMining   Paint
	BarAI       Paint
	BarEmpty    Paint
	SectionHead Paint

	// sensitivity and risk
	Analysis AnalysisStyles

	// status line and prompts
	Info    Paint
	Error   Paint
	Warn    Paint
	Hint    Paint
	Prompt  Paint
	Enlarge Paint
	// Selection marks a prompt's pre-filled text, which typing replaces.
	Selection Paint

	Help      help.Styles
	TextInput textinput.Styles
}

// New builds the styles of a theme.
func New(n Name) *Styles {
	if n == Mono {
		return monoStyles()
	}
	p := darkPalette
	if n == Light {
		p = lightPalette
	}
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	s := &Styles{Theme: n}
	s.Strong = PaintOf(fg(p.strong).Bold(true))
	s.Dim = PaintOf(fg(p.dim))
	s.Faint = PaintOf(fg(p.faint))

	s.Brand = PaintOf(lipgloss.NewStyle().Background(p.brand).Foreground(p.onColour).Bold(true))
	s.Title = s.Strong
	s.Path = s.Dim
	s.Unsaved = PaintOf(fg(p.warn).Bold(true))
	s.TabActive = PaintOf(lipgloss.NewStyle().Background(p.selectBg).Foreground(p.selectFg).Bold(true))
	s.TabIdle = s.Dim
	s.TabKey = s.Faint
	s.TabRule = s.Faint

	s.Group = PaintOf(fg(p.brand).Bold(true))
	s.GroupRule = s.Faint
	s.Label = PaintOf(lipgloss.NewStyle())
	s.Value = PaintOf(fg(p.strong))
	s.Unit = s.Dim
	s.Auto = PaintOf(fg(p.dim).Italic(true))
	s.Modified = PaintOf(fg(p.warn).Bold(true))
	s.Selected = PaintOf(lipgloss.NewStyle().Background(p.selectBg).Foreground(p.selectFg).Bold(true))
	s.Separator = s.Faint
	s.ScrollHint = s.Dim

	s.Card = Frame{lipgloss.RoundedBorder(), PaintOf(fg(p.faint))}
	s.CardWinner = Frame{lipgloss.RoundedBorder(), PaintOf(fg(p.good))}
	s.Mining = PaintOf(fg(p.mining).Bold(true))
	s.AI = PaintOf(fg(p.ai).Bold(true))
	s.WinBadge = PaintOf(lipgloss.NewStyle().Background(p.good).Foreground(p.onColour).Bold(true))
	s.Figure = PaintOf(fg(p.strong))
	s.WinFigure = PaintOf(fg(p.good).Bold(true))
	s.Negative = PaintOf(fg(p.bad))
	s.Better = PaintOf(fg(p.good))
	s.Worse = PaintOf(fg(p.bad))

	banner := lipgloss.NewStyle().Foreground(p.onColour).Bold(true)
	s.BannerMining = PaintOf(banner.Background(p.mining))
	s.BannerAI = PaintOf(banner.Background(p.ai))
	s.BannerTie = PaintOf(banner.Background(p.dim))
	s.Flip = PaintOf(lipgloss.NewStyle())
	s.Note = s.Dim

	s.LineMining = PaintOf(fg(p.mining))
	s.LineAI = PaintOf(fg(p.ai))
	s.Overlap = PaintOf(fg(p.strong))
	s.Axis = s.Dim
	s.Marker = PaintOf(fg(p.warn))
	s.LineLTV = PaintOf(fg(p.strong))
	s.LineCall = PaintOf(fg(p.warn))
	s.LineLiquidation = PaintOf(fg(p.bad))
	s.Ink = Ink{Mining: p.mining, AI: p.ai, Axis: p.dim, Grid: p.faint}

	s.TableHead = PaintOf(fg(p.dim).Bold(true))
	s.RowMark = PaintOf(fg(p.warn))
	s.BarMining = PaintOf(fg(p.mining))
	s.BarAI = PaintOf(fg(p.ai))
	s.BarEmpty = s.Faint
	s.SectionHead = PaintOf(fg(p.brand).Bold(true))
	s.Analysis = newAnalysisStyles(p, n == Dark)

	s.Info = PaintOf(fg(p.good))
	s.Error = PaintOf(fg(p.bad).Bold(true))
	s.Warn = PaintOf(fg(p.warn).Bold(true))
	s.Hint = s.Dim
	s.Prompt = PaintOf(fg(p.brand).Bold(true))
	s.Enlarge = s.Strong
	s.Selection = PaintOf(lipgloss.NewStyle().Background(p.selectBg).Foreground(p.selectFg))

	s.Help = help.Styles{
		ShortKey: fg(p.dim).Bold(true), ShortDesc: fg(p.dim), ShortSeparator: fg(p.faint), Ellipsis: fg(p.faint),
		FullKey: fg(p.brand).Bold(true), FullDesc: lipgloss.NewStyle(), FullSeparator: fg(p.faint),
	}
	s.TextInput = textinput.DefaultStyles(n == Dark)
	s.TextInput.Cursor.Blink = false // a steady cursor keeps frames (and golden files) deterministic
	s.TextInput.Cursor.Color = p.strong
	s.TextInput.Focused.Text = fg(p.strong)
	s.TextInput.Focused.Prompt = fg(p.brand).Bold(true)
	return s
}

// monoStyles keep every distinction without colour: bold for emphasis, faint
// for secondary text, reverse video for the selection and the winner.
func monoStyles() *Styles {
	n := lipgloss.NewStyle
	s := &Styles{Theme: Mono, Mono: true}
	s.Strong = PaintOf(n().Bold(true))
	s.Dim = PaintOf(n().Faint(true))
	s.Faint = PaintOf(n().Faint(true))

	s.Brand = PaintOf(n().Reverse(true).Bold(true))
	s.Title = s.Strong
	s.Path = PaintOf(n())
	s.Unsaved = PaintOf(n().Bold(true))
	s.TabActive = PaintOf(n().Bold(true).Reverse(true))
	s.TabIdle = PaintOf(n())
	s.TabKey = PaintOf(n().Faint(true))
	s.TabRule = PaintOf(n().Faint(true))

	s.Group = PaintOf(n().Bold(true))
	s.GroupRule = PaintOf(n().Faint(true))
	s.Label = PaintOf(n())
	s.Value = PaintOf(n())
	s.Unit = PaintOf(n().Faint(true))
	s.Auto = PaintOf(n().Faint(true).Italic(true))
	s.Modified = PaintOf(n().Bold(true))
	s.Selected = PaintOf(n().Reverse(true).Bold(true))
	s.Separator = PaintOf(n().Faint(true))
	s.ScrollHint = PaintOf(n().Faint(true))

	s.Card = Frame{lipgloss.RoundedBorder(), Paint{}}
	s.CardWinner = Frame{lipgloss.ThickBorder(), PaintOf(n().Bold(true))}
	s.Mining = PaintOf(n().Bold(true))
	s.AI = PaintOf(n().Bold(true))
	s.WinBadge = PaintOf(n().Reverse(true).Bold(true))
	s.Figure = PaintOf(n())
	s.WinFigure = PaintOf(n().Bold(true))
	s.Negative = PaintOf(n())
	s.Better = PaintOf(n()) // the sign says which way it moved
	s.Worse = PaintOf(n())

	s.BannerMining = PaintOf(n().Reverse(true).Bold(true))
	s.BannerAI = s.BannerMining
	s.BannerTie = PaintOf(n().Bold(true))
	s.Flip = PaintOf(n())
	s.Note = PaintOf(n().Faint(true))

	s.LineMining = PaintOf(n())
	s.LineAI = PaintOf(n().Bold(true))
	s.Overlap = PaintOf(n().Bold(true))
	s.Axis = PaintOf(n().Faint(true))
	s.Marker = PaintOf(n().Bold(true))
	s.LineLTV = PaintOf(n().Bold(true)) // the thresholds are dashed
	s.LineCall = PaintOf(n())
	s.LineLiquidation = PaintOf(n())

	s.TableHead = PaintOf(n().Bold(true))
	s.RowMark = PaintOf(n().Bold(true))
	s.BarMining = PaintOf(n())
	s.BarAI = PaintOf(n())
	s.BarEmpty = PaintOf(n().Faint(true))
	s.SectionHead = PaintOf(n().Bold(true))
	s.Analysis = monoAnalysisStyles()

	s.Info = PaintOf(n())
	s.Error = PaintOf(n().Bold(true))
	s.Warn = PaintOf(n().Bold(true))
	s.Hint = PaintOf(n().Faint(true))
	s.Prompt = PaintOf(n().Bold(true))
	s.Enlarge = PaintOf(n().Bold(true))
	s.Selection = PaintOf(n().Reverse(true))

	s.Help = help.Styles{
		Ellipsis: n().Faint(true), ShortKey: n().Bold(true), ShortDesc: n(), ShortSeparator: n().Faint(true),
		FullKey: n().Bold(true), FullDesc: n(), FullSeparator: n().Faint(true),
	}
	ti := textinput.Styles{}
	ti.Focused = textinput.StyleState{Text: n(), Placeholder: n().Faint(true), Suggestion: n().Faint(true), Prompt: n().Bold(true)}
	ti.Blurred = ti.Focused
	ti.Cursor = textinput.CursorStyle{Blink: false}
	s.TextInput = ti
	return s
}

// Ink is the chart's colours as colours, for the lines an image draws as
// vectors: the two strategies, the axis (the halving line), the zero line.
// Nil in mono, where lines take the page's text colour and differ by dashes.
type Ink struct {
	Mining, AI, Axis, Grid color.Color
}

// StrategyStyle is the name style of one side.
func (s *Styles) StrategyStyle(mining bool) Paint {
	if mining {
		return s.Mining
	}
	return s.AI
}

// Paint is a simple style (colours and attributes, no layout) reduced to the
// escape sequences around its text: rendering is then two concatenations,
// which keeps a full frame well under a millisecond. PaintOf takes them
// from Lip Gloss itself, so the output is byte for byte what Style.Render
// writes.
type Paint struct{ pre, post string }

// PaintOf reduces a Lip Gloss style to a Paint.
func PaintOf(style lipgloss.Style) Paint {
	r := style.Render("x")
	i := strings.Index(r, "x")
	if i < 0 {
		return Paint{}
	}
	return Paint{pre: r[:i], post: r[i+1:]}
}

// Render styles one line of text.
func (p Paint) Render(text string) string {
	if text == "" || p.pre == "" {
		return text
	}
	return p.pre + text + p.post
}

// Frame is a box border and its colour. Boxes are drawn by hand from the
// border's runes, which is much cheaper than a bordered Lip Gloss style and
// draws the same cells.
type Frame struct {
	Border lipgloss.Border
	Paint  Paint
}

// Tone colours a figure by what it means.
type Tone int

const (
	ToneNormal   Tone = iota
	ToneNegative      // below zero
	ToneDim           // nothing to report ("never", "n/a")
	ToneWinner        // the winner's figure
	ToneBetter        // a change for the better
	ToneWorse         // a change for the worse
)

// Tone styles a figure in its tone.
func (s *Styles) Tone(t Tone, text string) string {
	switch t {
	case ToneNegative:
		return s.Negative.Render(text)
	case ToneDim:
		return s.Dim.Render(text)
	case ToneWinner:
		return s.WinFigure.Render(text)
	case ToneBetter:
		return s.Better.Render(text)
	case ToneWorse:
		return s.Worse.Render(text)
	}
	return s.Figure.Render(text)
}

// Sides of the sensitivity and risk charts: the strategy a heatmap cell, a
// tornado bar or a histogram bin favours.
const (
	SideMining = iota
	SideAI
	Sides
)

// HeatLevels is how many shades of each side the heatmap uses, from the
// narrowest lead to the widest.
const HeatLevels = 4

// AnalysisStyles draw the Sensitivity and Risk tabs.
type AnalysisStyles struct {
	Heat      [Sides][HeatLevels]Paint  // heatmap cell fills, faint to full
	HeatInk   [Sides][HeatLevels]Paint  // the frontier and the current cell's brackets, over a fill
	HeatGlyph [Sides][HeatLevels]string // a fill's character: a space on colour; dots and shades in mono
	Frontier  bool                      // draw the break-even edges (mono shows them by the glyphs)
	Bar       [Sides]Paint              // tornado and histogram bars
	BarGlyph  [Sides]string             // a full bar cell
	Eighths   bool                      // bar ends in eighths of a cell (colour) or whole cells (mono)
	Centre    Paint                     // the tornado's centre line, the histogram's zero
	Big       [Sides]Paint              // the big probability, in the likelier winner's colour
	Done      Paint                     // the filled part of a progress bar
	Todo      Paint                     // and the rest
}

// newAnalysisStyles shades each strategy's colour from the terminal's
// background (assumed near black or white) up to the full colour.
func newAnalysisStyles(p palette, dark bool) AnalysisStyles {
	base := lipgloss.Color("#FFFFFF")
	if dark {
		base = lipgloss.Color("#16161A")
	}
	a := AnalysisStyles{Frontier: true, Eighths: true}
	for side, c := range [Sides]color.Color{SideMining: p.mining, SideAI: p.ai} {
		// Six steps from the background to the colour; the first two are
		// too close to the background to read as a side.
		ramp := lipgloss.Blend1D(HeatLevels+2, base, c)[2:]
		for level, shade := range ramp {
			fill := lipgloss.NewStyle().Background(shade)
			a.Heat[side][level] = PaintOf(fill)
			a.HeatInk[side][level] = PaintOf(fill.Foreground(p.strong).Bold(true))
			a.HeatGlyph[side][level] = " "
		}
		a.Bar[side] = PaintOf(lipgloss.NewStyle().Foreground(c))
		a.BarGlyph[side] = "█"
		a.Big[side] = PaintOf(lipgloss.NewStyle().Foreground(c).Bold(true))
	}
	a.Centre = PaintOf(lipgloss.NewStyle().Foreground(p.strong).Bold(true))
	a.Done = PaintOf(lipgloss.NewStyle().Foreground(p.brand))
	a.Todo = PaintOf(lipgloss.NewStyle().Foreground(p.faint))
	return a
}

// monoAnalysisStyles tell the sides apart by character: shades for AI,
// dots for mining, and a lighter bar for mining.
func monoAnalysisStyles() AnalysisStyles {
	n := lipgloss.NewStyle
	a := AnalysisStyles{
		HeatGlyph: [Sides][HeatLevels]string{
			SideMining: {"·", ":", "•", "●"},
			SideAI:     {"░", "▒", "▓", "█"},
		},
		BarGlyph: [Sides]string{SideMining: "▒", SideAI: "█"},
	}
	for side := range Sides {
		for level := range HeatLevels {
			a.HeatInk[side][level] = PaintOf(n().Bold(true))
		}
		a.Big[side] = PaintOf(n().Bold(true))
	}
	a.Centre = PaintOf(n().Bold(true))
	a.Todo = PaintOf(n().Faint(true))
	return a
}
