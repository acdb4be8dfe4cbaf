package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// Update handles one message: the window size, the terminal's background,
// keys and the mouse, and the results of the commands it started. Keys go
// first to an open question, then to an open prompt, then to the dashboard.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.keepInView()
	case tea.BackgroundColorMsg:
		if m.theme != theme.Mono {
			if msg.IsDark() {
				m.setTheme(theme.Dark)
			} else {
				m.setTheme(theme.Light)
			}
		}
	case tea.KeyPressMsg:
		rev := m.rev
		cmd := m.handleKey(msg)
		return m, m.afterInput(rev, cmd)
	case tea.MouseClickMsg:
		rev := m.rev
		cmd := m.handleClick(msg.Mouse())
		return m, m.afterInput(rev, cmd)
	case tea.MouseWheelMsg:
		m.handleWheel(msg.Mouse())
	case tea.PasteMsg:
		if m.prompt != nil {
			var cmd tea.Cmd
			m.prompt.pasteOnSelection()
			m.prompt.input, cmd = m.prompt.input.Update(msg)
			return m, cmd
		}
	case exportedMsg:
		m.exported(msg)
	case writeCheckedMsg:
		return m, m.checkedBeforeWrite(msg)
	case savedMsg:
		return m, m.wrote(msg)
	case openedMsg:
		m.opened(msg)
	case completedMsg:
		m.completed(msg)
	case marketFetchedMsg:
		m.fetchedMarket(msg)
	case analysisDoneMsg, analysisDueMsg, analysisTickMsg:
		return m, m.handleAnalysis(msg)
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case m.confirm != nil:
		return m.handleConfirmKey(msg)
	case m.prompt != nil:
		return m.handlePromptKey(msg)
	case m.picker != nil:
		return m.handlePickerKey(msg)
	case m.market.panel != nil:
		return m.handleMarketKey(msg)
	}
	m.status = status{}
	k := m.contextKeys()
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.showHelp, m.helpTop = !m.showHelp, 0
	case m.showHelp && msg.String() == "esc":
		m.showHelp = false
	case m.showHelp && m.scrollHelp(msg):
	case m.market.cancel != nil && key.Matches(msg, newMarketKeys().Cancel):
		m.cancelFetch()
	case key.Matches(msg, k.Market):
		return m.fetchMarket()
	case key.Matches(msg, k.Inputs), m.focus() == focusOpened && msg.String() == "esc":
		m.toggleInputs()
	case key.Matches(msg, k.NextTab):
		m.switchTab(m.tab.next())
	case key.Matches(msg, k.PrevTab):
		m.switchTab(m.tab.prev())
	case key.Matches(msg, k.GoTab):
		m.switchTab(tab(msg.String()[0] - '1'))

	case key.Matches(msg, k.Up):
		m.moveUp(1)
	case key.Matches(msg, k.Down):
		m.moveDown(1)
	case key.Matches(msg, k.PageUp):
		m.scrollLedger(-ledgerBodyRows(m.layout()))
	case key.Matches(msg, k.PageDown):
		m.scrollLedger(ledgerBodyRows(m.layout()))
	case key.Matches(msg, k.Top):
		m.ledgerTop = 0
	case key.Matches(msg, k.Bottom):
		m.scrollLedger(m.res.Scenario.HorizonMonths + 1)

	case key.Matches(msg, k.Dec):
		m.nudge(-1)
	case key.Matches(msg, k.Inc):
		m.nudge(1)
	case key.Matches(msg, k.DecBig):
		m.nudge(-10)
	case key.Matches(msg, k.IncBig):
		m.nudge(10)
	case key.Matches(msg, k.Edit):
		m.startEdit()
	case key.Matches(msg, k.Clear):
		if !m.removePhase() {
			m.clearOptional()
		}
	case key.Matches(msg, k.AddPhase):
		m.addPhase()
	case key.Matches(msg, k.RemovePhase):
		m.removePhase()
	case key.Matches(msg, k.Reset):
		m.resetField()
	case key.Matches(msg, k.Mode):
		m.toggleMode()
	case key.Matches(msg, k.Pin):
		m.togglePin()
	case key.Matches(msg, k.LedgerView):
		m.ledgerFinance = !m.ledgerFinance
	case key.Matches(msg, k.Undo):
		m.undo()
	case key.Matches(msg, k.Redo):
		m.redo()

	case key.Matches(msg, k.Save):
		return m.save()
	case key.Matches(msg, k.SaveAs):
		m.startSaveAs()
	case key.Matches(msg, k.Open):
		m.startOpen()
	case key.Matches(msg, k.Export):
		return m.startExport()
	}
	return nil
}

func (m *Model) switchTab(t tab) {
	if t < 0 || t >= tabCount {
		return
	}
	m.tab = t
	m.showHelp = false
	m.keepInView()
}

// moveUp and moveDown select the previous or next input when the inputs
// panel has the keys, else the assumption on the Risk tab, and scroll the
// ledger on the Cash flow tab.
func (m *Model) moveUp(n int) {
	switch {
	case m.inputsActive():
		m.selectOffset(-n)
	case m.tab == tabCashFlow:
		m.scrollLedger(-n)
	case m.tab == tabRisk:
		m.selectAssumption(-n)
	}
}

func (m *Model) moveDown(n int) {
	switch {
	case m.inputsActive():
		m.selectOffset(n)
	case m.tab == tabCashFlow:
		m.scrollLedger(n)
	case m.tab == tabRisk:
		m.selectAssumption(n)
	}
}

// selectOffset moves the selection n inputs down (up when negative),
// stopping at the ends.
func (m *Model) selectOffset(n int) {
	rows := m.inputRows()
	var fields []int
	cur := 0
	for i, r := range rows {
		if r.IsField() {
			if r.Key() == m.selKey {
				cur = len(fields)
			}
			fields = append(fields, i)
		}
	}
	if len(fields) == 0 {
		return
	}
	next := min(len(fields)-1, max(0, cur+n))
	m.selKey = rows[fields[next]].Key()
	m.keepInView()
}

func (m *Model) scrollLedger(n int) {
	m.ledgerTop += n
	m.keepInView()
}

// keepInView clamps the scroll offsets after a move, an edit or a resize:
// the selected input stays visible (with its group heading when it is the
// group's first), and the ledger never scrolls past its end.
func (m *Model) keepInView() {
	l := m.layout()
	rows := m.inputRows()
	if panel.RowOf(rows, m.selKey) < 0 {
		if table, ok := panel.TableOf(m.selKey); ok && panel.RowOf(rows, panel.SwitchKey(table)) >= 0 {
			m.selKey = panel.SwitchKey(table) // the input went with its table: stay on its switch
		} else {
			m.selKey = nearestInput(rows, m.selGone)
		}
	}
	if h := l.inputRows(); h > 0 {
		sel := panel.RowOf(rows, m.selKey)
		if sel > 0 && !rows[sel-1].IsField() {
			sel-- // show the heading above a group's first input
		}
		if sel < m.inputsTop {
			m.inputsTop = sel
		}
		if last := panel.RowOf(rows, m.selKey); last >= m.inputsTop+h {
			m.inputsTop = last - h + 1
		}
		m.inputsTop = min(m.inputsTop, max(0, len(rows)-h))
		m.inputsTop = max(0, m.inputsTop)
	}
	body := ledgerBodyRows(l)
	if l.tooSmall {
		body = 1
	}
	m.ledgerTop = max(0, min(m.ledgerTop, m.res.Scenario.HorizonMonths+1-body))
}

// handleClick selects the input under the pointer, or the tab.
func (m *Model) handleClick(mouse tea.Mouse) tea.Cmd {
	if mouse.Button != tea.MouseLeft || m.prompt != nil || m.confirm != nil || m.picker != nil || m.market.panel != nil {
		return nil
	}
	l := m.layout()
	if l.tooSmall {
		return nil
	}
	switch {
	case l.tabs.contains(mouse.X, mouse.Y):
		for t, span := range tabSpans() {
			if mouse.X >= span[0] && mouse.X < span[1] {
				m.switchTab(tab(t))
			}
		}
	case !m.showHelp && l.inputs.contains(mouse.X, mouse.Y):
		if key, ok := m.inputAt(mouse.X, mouse.Y, l); ok {
			m.selKey = key
			m.inputsOpen = m.tab != tabOverview // a click gives the panel the keys
			m.status = status{}
			m.keepInView()
		}
	case m.tab == tabRisk && !m.showHelp:
		if key, ok := m.assumptionAt(mouse.X, mouse.Y, l); ok {
			m.riskKey = key
			m.inputsOpen = false // the tab's own panel takes the keys back
			m.status = status{}
		}
	}
	return nil
}

// handleWheel scrolls the ledger, or moves through the inputs.
func (m *Model) handleWheel(mouse tea.Mouse) {
	if m.prompt != nil || m.confirm != nil || m.picker != nil || m.market.panel != nil {
		return
	}
	step := 0
	switch mouse.Button {
	case tea.MouseWheelUp:
		step = -1
	case tea.MouseWheelDown:
		step = 1
	default:
		return
	}
	switch {
	case m.layout().inputs.contains(mouse.X, mouse.Y):
		m.selectOffset(step)
	case m.tab == tabCashFlow:
		m.scrollLedger(step * wheelStep)
	}
}

// quit ends the program, asking first when there are unsaved changes.
func (m *Model) quit() tea.Cmd {
	if m.dirty() {
		m.confirm = &confirmation{kind: confirmQuit, question: "Unsaved changes:"}
		return nil
	}
	return tea.Quit
}

func (m *Model) handleConfirmKey(msg tea.KeyPressMsg) tea.Cmd {
	k := newConfirmKeys(m.confirm.kind)
	c := m.confirm
	switch {
	case key.Matches(msg, k.Save):
		m.confirm = nil
		m.quitAfterSave = true
		cmd := m.save()
		if m.prompt != nil && m.prompt.note == "" {
			m.prompt.note = "then quits" // a preset asks for its file first
		}
		return cmd
	case key.Matches(msg, k.Yes), c.kind == confirmQuit && msg.String() == "ctrl+c":
		m.confirm = nil
		switch c.kind {
		case confirmQuit:
			return tea.Quit
		case confirmOverwrite:
			return m.write(c.path, c.sc)
		case confirmDiscardToOpen:
			m.openPrompt()
		}
	case key.Matches(msg, k.No):
		m.confirm = nil
		m.quitAfterSave = false
		m.status = status{kind: statusInfo, text: "Cancelled."}
	}
	return nil
}

func (m *Model) handlePromptKey(msg tea.KeyPressMsg) tea.Cmd {
	p := m.prompt
	switch {
	case msg.String() == "ctrl+c":
		m.prompt = nil
		m.quitAfterSave = false
		return m.quit()
	case key.Matches(msg, p.keys.Cancel):
		m.prompt = nil
		m.quitAfterSave = false
		m.status = status{}
		return nil
	case key.Matches(msg, p.keys.Complete):
		return m.completePath()
	case key.Matches(msg, p.keys.Accept):
		return m.acceptPrompt()
	}
	var cmd tea.Cmd
	if !p.keyOnSelection(msg) {
		p.input, cmd = p.input.Update(msg)
	}
	p.err, p.note = "", ""
	return cmd
}

func (m *Model) acceptPrompt() tea.Cmd {
	p := m.prompt
	text := p.input.Value()
	switch p.kind {
	case promptValue:
		if err := m.applyTyped(p.field, text); err != "" {
			p.err = err // keep the prompt open, change nothing
			return nil
		}
		m.prompt = nil
	case promptSaveAs:
		m.prompt = nil
		return m.saveAs(text)
	case promptOpen:
		m.prompt = nil
		return m.open(text)
	}
	return nil
}

// gone is where the selected input stood in the panel before an edit, for
// when the edit takes it away.
type gone struct {
	row   int    // its row
	group string // its group
}

// nearestInput is the input to select when the selected one has gone (a
// phase removed, the build months with upfront capex): the nearest input
// above its row in its group, else the group's first, else the nearest
// input above its row anywhere.
func nearestInput(rows []panel.InputRow, g gone) string {
	first := ""
	for i := min(g.row, len(rows)-1); i >= 0; i-- {
		if rows[i].IsField() && rows[i].In == g.group {
			return rows[i].Key()
		}
	}
	for i := range rows {
		if rows[i].IsField() && rows[i].In == g.group {
			return rows[i].Key()
		}
	}
	for i := min(g.row, len(rows)-1); i >= 0; i-- {
		if rows[i].IsField() {
			return rows[i].Key()
		}
	}
	for _, r := range rows {
		if r.IsField() && first == "" {
			first = r.Key()
		}
	}
	return first
}
