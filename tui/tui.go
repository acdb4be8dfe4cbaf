// Package tui is pivot-tui's interactive dashboard: the inputs of one site on
// the left, ASIC mining against AI compute on the right, the verdict and its
// flip points, the cumulative cash of both, the monthly ledger, the treasury,
// and spec §9's sensitivity and risk analyses. Every key press that changes
// an input re-evaluates the model (model.Evaluate) and redraws at once; the
// analyses, which take longer, run in the background (analysis.go).
//
// The package follows Charm's single-model pattern: Model is the only
// tea.Model, and this package holds it with what it owns: the keys
// (keys.go), the screen's regions (layout.go), the files (files.go), the
// exports (export.go) and the background analyses. The panels it draws are
// plain components with Render(width, height) in tui/panel, styled by
// tui/theme and laid out with tui/cells.
package tui

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/pivot-tui/pivot-tui/internal/terminal"
	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/pivot-tui/pivot-tui/tui/theme"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// Options is what the command line hands the dashboard.
type Options struct {
	// Scenario is the scenario to show; the zero value means model.Default().
	Scenario model.Scenario
	// Path is the file the scenario was loaded from, "" for a preset (the
	// first save then asks for a path).
	Path string
	// PresetName names the preset when Path is "".
	PresetName string
	// Stamp identifies the file's content as loaded, so a save can refuse to
	// overwrite changes made on disk meanwhile. Nil when Path is "" or the
	// file does not exist yet.
	Stamp *scenarios.FileStamp

	// Input and Output are the terminal; nil means os.Stdin and os.Stdout.
	Input  io.Reader
	Output io.Writer
	// Env is the environment (for NO_COLOR and the terminal type); nil means
	// os.Environ() in Run and an empty environment in New.
	Env []string

	// Exports (x): Now stamps their names and reports (nil means
	// time.Now), Version is pivot-tui's version for the report's footer,
	// and ExportDir is where they go ("" means the scenario file's folder,
	// or the working directory for a preset).
	Now       func() time.Time
	Version   string
	ExportDir string
	// ExportDark draws exports in the dark theme; they are drawn on a white
	// page otherwise, like the memo card, whatever the terminal's theme.
	ExportDark bool

	// Market is the client M fetches today's market with (nil means
	// mempool.space), and MarketCache where the last good snapshot is kept
	// for offline use (the zero value keeps none).
	Market      *market.Client
	MarketCache market.Cache

	// AnalysisDebounce is how long an edit on the Sensitivity or Risk tab
	// waits for another before its analysis starts, and ProgressTick how
	// often a running analysis redraws its progress. Zero means 150 ms and
	// 100 ms; tests shorten them.
	AnalysisDebounce, ProgressTick time.Duration
}

// ErrNotATerminal is returned by Run when stdin or stdout is not a terminal.
var ErrNotATerminal = errors.New("the dashboard needs a terminal on stdin and stdout; " +
	"for output to a pipe or a file, use `pivot-tui report`")

// Run shows the dashboard until the user quits. It returns ErrNotATerminal
// (wrapped) when the input or the output is not a terminal.
func Run(opts Options) error {
	if opts.Input == nil {
		opts.Input = os.Stdin
	}
	if opts.Output == nil {
		opts.Output = os.Stdout
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	for _, stream := range []any{opts.Input, opts.Output} {
		if !terminal.Is(stream) {
			return ErrNotATerminal
		}
	}
	if opts.Path != "" && opts.Stamp == nil {
		// Without a stamp a save could not tell the file changed on disk.
		if stamp, err := scenarios.Stamp(opts.Path); err == nil {
			opts.Stamp = &stamp
		}
	}
	programOptions := []tea.ProgramOption{
		tea.WithInput(opts.Input),
		tea.WithOutput(opts.Output),
		tea.WithEnvironment(opts.Env),
	}
	if noColor(opts.Env) {
		programOptions = append(programOptions, tea.WithColorProfile(colorprofile.Ascii))
	}
	g := newGuard(New(opts), opts.Env)
	program := tea.NewProgram(g, programOptions...)
	g.quit = program.Quit
	stopHangup := quitOnHangup(program)
	defer stopHangup()
	_, err := program.Run()
	if g.crash != nil {
		return g.crash
	}
	if err != nil {
		return fmt.Errorf("dashboard: %w", err)
	}
	if m, ok := g.model.(*Model); ok && m.fatal != nil {
		return m.fatal
	}
	return nil
}

// noColor reports whether NO_COLOR is set to anything non-empty. (The colour
// profile's own check reads it as a boolean, so NO_COLOR=yes would slip by.)
func noColor(env []string) bool { return terminal.Getenv(env, "NO_COLOR") != "" }

// Model is the dashboard: the only tea.Model of the program.
type Model struct {
	keys  KeyMap
	theme theme.Name
	st    *theme.Styles
	help  help.Model

	width, height int

	// The scenario on screen, its results, and the scenario as the file
	// holds it (the baseline for the unsaved marker and for r).
	sc    model.Scenario
	res   model.Result
	cash  panel.Cash // the chart's cumulative cash, from res
	ltv   []float64  // the treasury's LTV path, from res (nil without a loan left)
	saved model.Scenario
	hist  history

	path   string
	preset string
	stamp  *scenarios.FileStamp
	doc    uint64 // counts the files opened; a save or an open answers for one

	tab       tab
	selKey    string // the selected input's key
	selGone   gone   // where it stood before the last edit, in case the edit takes it away
	rows      []panel.InputRow
	rowsRev   uint64 // the rev rows were worked out for
	inputsTop int    // first inputs-panel row in view
	ledgerTop int    // first ledger row in view
	riskKey   string // the selected assumption on the Risk tab
	showHelp  bool
	helpTop   int // first help line in view
	// inputsOpen gives the keys to the inputs panel on a tab other than the
	// Overview, and opens the panel under it where it does not fit beside
	// (inputs.go).
	inputsOpen bool
	// ledgerFinance shows the ledger's tax and debt columns (v), for a
	// scenario with [finance].
	ledgerFinance bool

	// rev counts the scenarios shown (setResult); the background analyses
	// are tagged with it, and their results for older ones dropped.
	rev      uint64
	analyses analyses

	prompt  *prompt       // a one-line prompt, or nil
	confirm *confirmation // a yes/no question, or nil
	picker  *gpuPicker    // the GPU catalogue to choose from, or nil
	status  status
	// quitAfterSave is set by "save and quit" until its save ends: the
	// program quits once the file holds the scenario on screen.
	quitAfterSave bool

	export    exportSettings // where and how x writes
	exporting bool           // drawing the screen for an export (export.go)
	pin       *pinned        // the cards' baseline (p), or nil
	market    marketState    // M: today's market

	fatal error // returned by Run after the program ends
}

// New builds the dashboard for opts. It reads nothing and draws nothing until
// the program sends it a size; tests drive it through Update and View.
func New(opts Options) *Model {
	sc := opts.Scenario
	if sc.HorizonMonths == 0 {
		sc = model.Default()
	}
	m := &Model{
		keys:   DefaultKeyMap(),
		theme:  theme.Dark, // until the terminal says otherwise; never wait for it
		help:   help.New(),
		path:   opts.Path,
		preset: opts.PresetName,
		stamp:  opts.Stamp,
		selKey: "bitcoin.price_usd",
		export: exportSettings{now: opts.Now, version: opts.Version, dir: opts.ExportDir, page: theme.Light},
		market: marketState{client: cmp.Or(opts.Market, &market.Client{}), cache: opts.MarketCache},
	}
	if noColor(opts.Env) {
		m.theme = theme.Mono
	}
	if opts.ExportDark {
		m.export.page = theme.Dark
	}
	m.analyses.debounce = cmp.Or(opts.AnalysisDebounce, defaultDebounce)
	m.analyses.tick = cmp.Or(opts.ProgressTick, defaultProgressTick)
	m.setTheme(m.theme)
	res, err := evaluate(sc)
	if err != nil {
		// A scenario that cannot be evaluated (cmd loads only valid ones):
		// show the defaults and say why, rather than crash.
		m.status = status{kind: statusError, text: "cannot show this scenario: " + err.Error() + "; showing the defaults"}
		sc = model.Default()
		res, _ = evaluate(sc)
	}
	m.sc, m.saved = sc, sc
	m.setResult(res)
	return m
}

func (m *Model) setTheme(t theme.Name) {
	m.theme = t
	m.st = theme.New(t)
	m.help.Styles = m.st.Help
	if m.prompt != nil {
		m.prompt.input.SetStyles(m.st.TextInput)
	}
}

// Init asks the terminal for its background colour, to pick the light or
// dark theme; the dark theme is used until (unless) it answers.
func (m *Model) Init() tea.Cmd {
	return tea.RequestBackgroundColor
}

// setResult shows a new evaluation; the chart's series are converted once
// here rather than on every frame.
func (m *Model) setResult(res model.Result) {
	m.rev++
	m.res = res
	m.cash = panel.CumulativeCash(&res)
	m.ltv = panel.LTVSeries(res.Scenario)
}

// inputRows is the Overview panel's rows for the scenario on screen, worked
// out once for each scenario shown (setResult counts them): a key press asks
// for them several times.
func (m *Model) inputRows() []panel.InputRow {
	if m.rows == nil || m.rowsRev != m.rev {
		m.rows, m.rowsRev = panel.InputRows(&m.sc), m.rev
	}
	return m.rows
}

// dirty reports whether the scenario differs from the file.
func (m *Model) dirty() bool { return !panel.SameScenario(&m.sc, &m.saved) }

// View draws the whole screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "pivot-tui · " + printable.String(m.sc.Name)
	return v
}

func (m *Model) layout() layout { return computeLayout(m.width, m.height, m.tab, m.inputsOpen) }

func (m *Model) render() string {
	if m.width == 0 || m.height == 0 {
		return "" // no size yet
	}
	l := m.layout()
	if l.tooSmall {
		return m.renderTooSmall()
	}
	keys := m.contextKeys()
	body, _ := m.renderBody(l)
	parts := []string{
		header{st: m.st, sc: &m.sc, path: m.path, preset: m.preset, dirty: m.dirty(), market: m.marketNotes(), pinned: m.pinName()}.Render(l.header.w, l.header.h),
		tabBar{st: m.st, current: m.tab}.Render(l.tabs.w, l.tabs.h),
		body,
		statusBar{st: m.st, status: m.status, prompt: m.prompt, confirm: m.confirm, hint: m.hint()}.Render(l.status.w, l.status.h),
		m.renderShortHelp(l.help.w, keys),
	}
	return strings.Join(parts, "\n")
}

func (m *Model) renderTooSmall() string {
	lines := make([]string, m.height)
	msg := []string{
		m.st.Enlarge.Render("Enlarge the terminal to 80x24"),
		m.st.Dim.Render(fmt.Sprintf("pivot-tui needs at least %dx%d; this one is %dx%d", MinWidth, MinHeight, m.width, m.height)),
	}
	top := max(0, (m.height-len(msg))/2)
	for i := range lines {
		if j := i - top; j >= 0 && j < len(msg) {
			lines[i] = cells.Center(msg[j], m.width)
		} else {
			lines[i] = strings.Repeat(" ", m.width)
		}
	}
	return strings.Join(lines, "\n")
}

// renderBody draws the tab's body and, for an export, the chart's vector
// shapes placed on the screen.
func (m *Model) renderBody(l layout) (string, []screenshot.Shape) {
	switch {
	case m.picker != nil:
		return m.renderGPUPicker(l.body.w, l.body.h), nil
	case m.showHelp:
		return m.renderFullHelp(l.body.w, l.body.h), nil
	}
	if m.market.panel != nil && !l.marketBeside() && !m.exporting {
		return m.renderMarket(l.body.w, l.body.h), nil
	}
	body, shapes := m.renderTab(l.main.w, l.main.h, l.compact)
	return m.withInputs(l, body), screenshot.Moved(shapes, float64(l.main.x), float64(l.main.y))
}

// renderTab draws the current tab's own content, w by h: on the Overview,
// the results or the market panel; for an export, the chart's shapes too.
func (m *Model) renderTab(w, h int, compact bool) (string, []screenshot.Shape) {
	switch m.tab {
	case tabCashFlow:
		return panel.Ledger{St: m.st, Res: &m.res, Top: m.ledgerTop, Finance: m.ledgerFinance}.Render(w, h), nil
	case tabTreasury:
		a := &m.analyses
		return panel.Treasury{St: m.st, Res: &m.res, LTV: m.ltv, Risk: &a.risk, Progress: m.progress(kindRisk)}.Render(w, h), nil
	case tabSensitivity:
		a := &m.analyses
		return panel.Sensitivity{St: m.st, Result: &a.sens, Shades: &a.sensShades, Mode: a.sensMode,
			Progress: m.progress(kindSensitivity)}.Render(w, h), nil
	case tabRisk:
		a := &m.analyses
		selected := m.assumptionKey()
		if m.inputsActive() || m.exporting {
			selected = "" // the inputs panel has the keys; an export shows no cursor
		}
		return panel.Risk{St: m.st, Result: &a.risk, Base: a.riskBase, Progress: m.progress(kindRisk),
			Scenario: &m.sc, Saved: &m.saved, Hashprice: m.res.HashpriceUSDPerPHDay, Selected: selected}.Render(w, h), nil
	}
	if m.market.panel != nil && !m.exporting { // an export shows the tab, not the dialog
		return m.renderMarket(w, h), nil
	}
	return panel.Results{St: m.st, Res: &m.res, Cash: m.cash, Compact: compact, Base: m.pinBase(), Vector: m.exporting}.Draw(w, h)
}

func (m *Model) renderShortHelp(w int, keys KeyMap) string {
	h := m.help
	h.SetWidth(w - 1)
	var text string
	switch {
	case m.confirm != nil:
		text = h.ShortHelpView(newConfirmKeys(m.confirm.kind).ShortHelp())
	case m.prompt != nil:
		text = h.ShortHelpView(m.prompt.keys.ShortHelp())
	case m.picker != nil:
		text = h.ShortHelpView(newPickerKeys().ShortHelp())
	case m.market.panel != nil:
		text = h.ShortHelpView(newMarketKeys().ShortHelp())
	default:
		text = h.ShortHelpView(keys.ShortHelp())
	}
	return cells.Fit(" "+text, w)
}

// contextKeys is the key map with the bindings of the current tab and
// selection enabled.
func (m *Model) contextKeys() KeyMap {
	var sel selection
	if f, ok := m.selectedField(); ok {
		sel.optional = f.Kind == model.KindOptional
	}
	if r, ok := m.selectedRow(); ok {
		sel.phase = r.Phase > 0
	}
	k := m.keys.forContext(m.tab, m.focus(), sel)
	k.LedgerView.SetEnabled(m.tab == tabCashFlow && m.sc.HasFinance)
	if m.ledgerFinance {
		k.LedgerView.SetHelp("v", "operations columns")
	}
	return k
}

// hint is the status line's text when there is no message: what the selected
// input means and the range it may take.
func (m *Model) hint() string {
	switch {
	case m.picker != nil:
		return "Choose a GPU to fill its figures, or a name of your own to keep them."
	case m.market.panel != nil:
		return "The market's figures beside the inputs they would replace · space ticks · enter applies · esc closes"
	case m.inputsActive():
	case m.tab == tabCashFlow && m.ledgerFinance && m.sc.HasFinance:
		return "Each month's depreciation, tax, interest, principal and the equity's cash (after the levered tax) · v: the operations"
	case m.tab == tabCashFlow && m.sc.HasFinance:
		return "Each month's revenue, power, opex and EBITDA; cumulative cash, after tax, starts at −capex · v: tax and debt"
	case m.tab == tabCashFlow:
		if m.sc.HasFinance {
			return "Cum. cash = the month before + EBITDA − capex − tax, from −capex (+ any prepayment) at the start; the end value lands last."
		}
		return "Cum. cash = the month before + EBITDA − capex, from −capex (+ any prepayment) at the start; the end value lands last."
	case m.tab == tabTreasury:
		return "The loan before and after the BTC sale, the loan left month by month and its odds · i edits the inputs here"
	case m.tab == tabSensitivity:
		return "Cells: the model at each hashprice and AI rate · bars: one input moved, the rest held · i edits the inputs here"
	}
	if table, ok := m.selectedSwitch(); ok {
		return switchHint(table, &m.sc)
	}
	f, ok := m.selectedField()
	if !ok {
		return ""
	}
	row, _ := m.selectedRow()
	if row.ReadOnly {
		return "the month-1 rate the total rent sets over the term (spec §11) · change the total rent, or del on it to give a rate"
	}
	text := f.Comment
	switch f.Kind {
	case model.KindNumber, model.KindInteger, model.KindOptional:
		text += " · step " + stepText(f) + " · " + allowed(f)
	case model.KindMonth:
		text += " · step 1 month"
	case model.KindFlag, model.KindMode:
		text += " · ←/→ toggles"
	case model.KindChoice:
		text += " · ←/→ cycles"
	case model.KindText:
		if f.Key == gpuModelKey {
			text += " · ←/→ steps through the catalogue · enter picks"
		} else {
			text += " · enter to type"
		}
	}
	switch {
	case row.Phase > 0:
		text += " · + adds a phase · - removes this one"
	case row.In == panel.PlanGroup:
		text += " · + adds a phase"
	}
	return text
}

// newTextInput builds a focused one-line input in the theme.
func newTextInput(st *theme.Styles, prompt, value, placeholder string, w int) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.SetStyles(st.TextInput)
	in.SetWidth(max(10, w))
	in.SetValue(value)
	in.CursorEnd()
	in.Focus()
	return in
}
