package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key of the dashboard. It is the single source for both
// handling (Update matches against it) and help (it implements help.KeyMap).
// Bindings that do nothing in the current context are disabled, so they
// neither match nor show in the help.
type KeyMap struct {
	Up, Down       key.Binding // select an input (Overview) or scroll the ledger (Cash flow)
	Dec, Inc       key.Binding // nudge by one step
	DecBig, IncBig key.Binding // nudge by ten steps
	Edit           key.Binding // type an exact value
	Clear          key.Binding // the hashprice back to its derived value
	Reset          key.Binding // the selected input back to the file's value
	Mode           key.Binding // toggle the AI mode
	Pin            key.Binding // pin the scenario as the cards' baseline, or drop the pin
	Undo, Redo     key.Binding
	Inputs         key.Binding // the inputs panel on a tab other than the Overview

	AddPhase, RemovePhase key.Binding // the pivot's phases, on the plan's rows

	NextTab, PrevTab, GoTab key.Binding
	PageUp, PageDown        key.Binding
	Top, Bottom             key.Binding
	LedgerView              key.Binding // the Cash flow tab's operations or tax and debt columns

	Save, SaveAs, Open key.Binding
	Export             key.Binding // the screen as PNG and SVG, the scenario as Markdown
	Market             key.Binding // fetch today's market, to apply some or all of it
	Help, Quit         key.Binding
}

// DefaultKeyMap is the dashboard's key map.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "previous input / scroll")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "next input / scroll")),
		Dec:    key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "nudge down")),
		Inc:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "nudge up")),
		DecBig: key.NewBinding(key.WithKeys("shift+left", "H"), key.WithHelp("shift+←/H", "down ten steps")),
		IncBig: key.NewBinding(key.WithKeys("shift+right", "L"), key.WithHelp("shift+→/L", "up ten steps")),
		Edit:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "type a value")),
		Clear:  key.NewBinding(key.WithKeys("backspace", "delete"), key.WithHelp("del", "leave out (auto, all or none)")),
		Reset:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reset to file value")),
		Mode:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "GPU cloud ⇄ colocation")),
		Pin:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pin as baseline")),
		Undo:   key.NewBinding(key.WithKeys("ctrl+z", "u"), key.WithHelp("ctrl+z", "undo")),
		Redo:   key.NewBinding(key.WithKeys("ctrl+y", "ctrl+r"), key.WithHelp("ctrl+y", "redo")),
		Inputs: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "inputs on any tab")),

		AddPhase:    key.NewBinding(key.WithKeys("+"), key.WithHelp("+", "add a phase (plan)")),
		RemovePhase: key.NewBinding(key.WithKeys("-"), key.WithHelp("-/del", "remove the phase")),

		NextTab:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next tab")),
		PrevTab:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous tab")),
		GoTab:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1-5", "go to tab")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "f", "space"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "first month")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "last month")),

		LedgerView: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "tax & debt columns")),

		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		SaveAs: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "save as")),
		Open:   key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open a file")),
		Export: key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "export PNG, SVG, MD, XLSX")),
		Market: key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "today's market")),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// selection is what the selected input is, for the keys that act on it.
type selection struct {
	optional bool // an optional input: del leaves it out
	phase    bool // a phase's row: - or del removes it
}

// forContext enables the bindings that act on the given tab, focus and
// selection, and words Up/Down and i for what they do there.
func (k KeyMap) forContext(t tab, f focus, sel selection) KeyMap {
	inputs := f != focusTab
	editing := inputs || t == tabRisk // the Risk tab edits its own assumptions
	for _, b := range []*key.Binding{&k.Dec, &k.Inc, &k.DecBig, &k.IncBig, &k.Edit, &k.Reset} {
		b.SetEnabled(editing)
	}
	k.Clear.SetEnabled(editing && (sel.optional || sel.phase))
	if sel.phase {
		k.Clear.SetHelp("del", "remove the phase")
	}
	k.AddPhase.SetEnabled(inputs) // off the plan it says where to press it
	k.RemovePhase.SetEnabled(inputs && sel.phase)
	scrolling := t == tabCashFlow
	for _, b := range []*key.Binding{&k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(scrolling)
	}
	switch f {
	case focusTab:
		k.Inputs.SetHelp("i", "inputs")
	case focusOpened:
		k.Inputs.SetHelp("esc", "back")
	default:
		k.Inputs.SetEnabled(false) // the panel has the keys for good
	}
	switch {
	case inputs:
		k.Up.SetHelp("↑/k", "previous input")
		k.Down.SetHelp("↓/j", "next input")
	case t == tabCashFlow:
		k.Up.SetHelp("↑/k", "scroll up")
		k.Down.SetHelp("↓/j", "scroll down")
	case t == tabRisk:
		k.Up.SetHelp("↑/k", "previous assumption")
		k.Down.SetHelp("↓/j", "next assumption")
	default:
		k.Up.SetEnabled(false)
		k.Down.SetEnabled(false)
	}
	return k
}

// ShortHelp is the one line always shown at the bottom.
func (k KeyMap) ShortHelp() []key.Binding {
	updown := key.NewBinding(key.WithKeys("up"), key.WithHelp("↑↓", "select"))
	if !k.Up.Enabled() {
		updown.SetEnabled(false)
	} else if k.Up.Help().Desc == "scroll up" {
		updown.SetHelp("↑↓", "scroll")
	}
	nudge := key.NewBinding(key.WithKeys("left"), key.WithHelp("←→", "nudge"))
	nudge.SetEnabled(k.Inc.Enabled())
	return []key.Binding{updown, nudge, k.Inputs, k.LedgerView, k.Edit, k.Undo, k.NextTab, k.Save, k.Help, k.Quit}
}

// FullHelp is the ? screen, one column per group.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Dec, k.Inc, k.DecBig, k.IncBig, k.PageUp, k.PageDown, k.Top, k.Bottom, k.LedgerView},
		{k.Edit, k.Clear, k.Reset, k.Mode, k.AddPhase, k.RemovePhase, k.Undo, k.Redo, k.Inputs, k.Market, k.Pin},
		{k.NextTab, k.PrevTab, k.GoTab, k.Save, k.SaveAs, k.Open, k.Export, k.Help, k.Quit},
	}
}

// promptKeys are the keys of a one-line prompt (a value or a path).
type promptKeys struct {
	Accept, Cancel, Complete key.Binding
}

func newPromptKeys(pathCompletion bool) promptKeys {
	k := promptKeys{
		Accept:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Complete: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "complete file name")),
	}
	k.Complete.SetEnabled(pathCompletion)
	return k
}

func (k promptKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Accept, k.Cancel, k.Complete} }
func (k promptKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// pickerKeys choose from a list (the GPU catalogue).
type pickerKeys struct{ Up, Down, Accept, Cancel key.Binding }

func newPickerKeys() pickerKeys {
	return pickerKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "previous")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "next")),
		Accept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

func (k pickerKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Up, k.Down, k.Accept, k.Cancel} }
func (k pickerKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// confirmKeys answer a yes/no question; the quit question also offers to
// save first.
type confirmKeys struct{ Save, Yes, No key.Binding }

func newConfirmKeys(kind confirmKind) confirmKeys {
	k := confirmKeys{
		Save: key.NewBinding(key.WithKeys("s", "S"), key.WithHelp("s", "save and quit")),
		Yes:  key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		No:   key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", "no")),
	}
	k.Save.SetEnabled(kind == confirmQuit)
	if kind == confirmQuit {
		k.Yes.SetHelp("y", "quit without saving")
		k.No.SetHelp("n/esc", "stay")
	}
	return k
}

// hint is the keys as the question's line gives them.
func (k confirmKeys) hint() string {
	if !k.Save.Enabled() {
		return "y/n"
	}
	return "s save and quit · y quit without saving · n stay"
}

func (k confirmKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Save, k.Yes, k.No} }
func (k confirmKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// marketKeys are the keys of the market panel; Cancel also stops a fetch.
type marketKeys struct {
	Up, Down, Tick, All, Apply, Cancel key.Binding
}

func newMarketKeys() marketKeys {
	return marketKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "previous figure")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "next figure")),
		Tick:   key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "tick")),
		All:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "tick all / none")),
		Apply:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply the ticked")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
	}
}

func (k marketKeys) ShortHelp() []key.Binding {
	updown := key.NewBinding(key.WithKeys("up"), key.WithHelp("↑↓", "select"))
	return []key.Binding{updown, k.Tick, k.All, k.Apply, k.Cancel}
}
func (k marketKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
