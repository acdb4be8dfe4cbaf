package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/shopspring/decimal"
)

// evaluate validates and evaluates a scenario. The model panics on inputs it
// cannot divide by; the dashboard keeps scenarios valid, and a panic that
// slips through becomes an error rather than a crash with the terminal in
// raw mode.
func evaluate(s model.Scenario) (res model.Result, err error) {
	if err := model.Validate(s); err != nil {
		return model.Result{}, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the model cannot evaluate this scenario: %v", r)
		}
	}()
	return model.Evaluate(s), nil
}

// problem words a validation error for the status line, naming the input by
// its label and writing numbers as the panel does.
func problem(err error) string {
	var fe *model.FieldError
	if errors.As(err, &fe) {
		f, known := panel.InputField(fe.Key)
		if !known || !f.Numeric() {
			label := fe.Key
			switch {
			case known:
				label = f.Label
			case fe.Key == "ai.phases":
				label = "Phases"
			}
			if fe.Rule != "" {
				return label + ": " + fe.Rule
			}
			if fe.Value == "" {
				return label + ": want " + fe.Allowed
			}
			return label + ": " + fe.Value + " is not allowed: want " + fe.Allowed
		}
		if fe.Rule != "" {
			return f.Label + ": " + fe.Rule
		}
		// Which rule refused the value: the model states the field's own
		// range as Field.Allowed, and text it cannot read as a number as
		// that range after "a number " (Field.Parse), and a rule between
		// fields as a Bound; those the panel rewords with its grouped
		// numbers and units. Every other rule (a value's precision) keeps
		// the model's words.
		switch {
		case fe.Bound != nil:
			other, _ := model.FieldByKey(fe.Bound.Key)
			return f.Label + ": " + writtenValue(fe.Value) + " is out of range: want " + fe.Bound.Words(grouped, panel.DisplayUnit(other))
		case fe.Allowed == "a number "+f.Allowed():
			if fe.Value == "" {
				return f.Label + ": want a number " + allowed(f)
			}
			return f.Label + ": " + fe.Value + " is not a number: want one " + allowed(f)
		case fe.Allowed == f.Allowed():
			return f.Label + ": " + writtenValue(fe.Value) + " is out of range: want " + allowed(f)
		}
		return f.Label + ": " + writtenValue(fe.Value) + " is out of range: want " + fe.Allowed
	}
	var ve model.ValidationError
	if errors.As(err, &ve) && len(ve) > 0 {
		return problem(ve[0])
	}
	return err.Error()
}

// allowed words a field's range with grouped numbers and the panel's unit.
func allowed(f model.Field) string {
	if !f.Numeric() {
		return f.Allowed()
	}
	open, close := "[", "]"
	if f.MinExclusive {
		open = "("
	}
	if f.MaxExclusive {
		close = ")"
	}
	text := "in " + open + grouped(f.Min) + ", " + grouped(f.Max) + close
	if f.Kind == model.KindInteger {
		text = "a whole number " + text
	}
	if unit := panel.DisplayUnit(f); unit != "" {
		text += " " + unit
	}
	return text
}

// writtenValue writes a refused value as the panel writes numbers, or as the
// model quoted it when it is not one (a value too long to quote whole).
func writtenValue(value string) string {
	if v, err := decimal.NewFromString(value); err == nil {
		return grouped(v)
	}
	return value
}

// grouped writes a number with thousands separators and its own decimals.
func grouped(v decimal.Decimal) string {
	return format.Grouped(v, max(0, -v.Exponent()))
}

// draft is a copy of the scenario on screen to edit. Its phases are copied
// too: the history and the file's scenario share the slice otherwise, and
// an edit in place would change them all.
func (m *Model) draft() model.Scenario {
	next := m.sc
	next.AI.Phases = slices.Clone(m.sc.AI.Phases)
	return next
}

// commit makes next the scenario on screen, if it is valid, remembering the
// current one for undo. It reports whether the edit took.
func (m *Model) commit(next model.Scenario, what string) bool {
	res, err := evaluate(next)
	if err != nil {
		m.status = status{kind: statusError, text: problem(err)}
		return false
	}
	m.hist.push(entry{sc: m.sc, what: what})
	m.rememberSelection()
	m.sc = next
	m.setResult(res)
	m.status = status{kind: statusInfo, text: what}
	m.keepInView()
	return true
}

// selectedField is the model field of the selected input: in the inputs
// panel when it has the keys, else among the Monte Carlo's assumptions on
// the Risk tab.
func (m *Model) selectedField() (model.Field, bool) {
	switch {
	case m.inputsActive():
		return panel.InputField(m.selKey)
	case m.tab == tabRisk:
		return model.FieldByKey(m.assumptionKey())
	}
	return model.Field{}, false
}

// selectedRow is the Overview's selected row, if the Overview is showing.
func (m *Model) selectedRow() (panel.InputRow, bool) {
	if !m.inputsActive() {
		return panel.InputRow{}, false
	}
	rows := m.inputRows()
	if i := panel.RowOf(rows, m.selKey); i >= 0 {
		return rows[i], true
	}
	return panel.InputRow{}, false
}

// label is the panel's label of a field.
func labelOf(f model.Field, s *model.Scenario) string {
	return labelIn(panel.InputRows(s), f)
}

// labelIn is a field's label among the panel's rows, or its own.
func labelIn(rows []panel.InputRow, f model.Field) string {
	if i := panel.RowOf(rows, f.Key); i >= 0 {
		return rows[i].Label
	}
	return f.Label
}

// shown writes a field's value with its unit, for messages.
func shown(f model.Field, s *model.Scenario, derived panel.Derived) string {
	v := panel.InputValue(f, s, derived)
	text := v.Text
	if unit := panel.DisplayUnit(f); unit != "" && !v.None {
		text += " " + unit
	}
	if v.Tag != "" {
		text += " (" + v.Tag + ")"
	}
	return text
}

// unsetWords says what an optional input left out stands for.
func unsetWords(f model.Field) string {
	switch {
	case f.Follows == "site.power_mw":
		return "converts the whole site (all)"
	case f.Follows != "":
		return "takes the discount rate (auto)"
	case f.Example != "" && f.Key != "bitcoin.hashprice_usd_per_ph_day":
		return "is not set"
	}
	return "follows the market (auto)"
}

func stepText(f model.Field) string {
	if f.Kind == model.KindInteger {
		return format.Grouped(f.Step, 0)
	}
	return format.Grouped(f.Step, max(f.Places, -f.Step.Exponent()))
}

// describe words an edit for the status line and the undo history.
func (m *Model) describe(f model.Field, before, after *model.Scenario, derivedBefore, derivedAfter panel.Derived) string {
	label := labelIn(m.inputRows(), f) // after an edit, after is the scenario on screen
	if after != &m.sc {
		label = labelOf(f, after)
	}
	return label + ": " + shown(f, before, derivedBefore) + " → " + shown(f, after, derivedAfter)
}

// nudge moves the selected input by steps of its Field.Step: months by a
// month, flags and the mode toggle. A nudge past the range stops at an
// inclusive bound and is refused at an exclusive one.
func (m *Model) nudge(steps int) {
	if m.actOnSwitch(false) {
		return
	}
	f, ok := m.selectedField()
	if !ok || m.refuseReadOnly() {
		return
	}
	next := m.draft()
	switch f.Kind {
	case model.KindFlag:
		f.SetFlag(&next, !f.Flag(&next))
	case model.KindMode:
		f.SetMode(&next, otherMode(f.Mode(&next)))
	case model.KindChoice:
		f.SetChoice(&next, cycled(f, f.Choice(&next), steps))
	case model.KindText:
		if f.Key == gpuModelKey {
			m.cycleGPU(steps)
			return
		}
		m.status = status{kind: statusWarn, text: labelOf(f, &m.sc) + " is text: press enter to type it."}
		return
	case model.KindMonth:
		ym := f.Month(&next).AddMonths(steps)
		if err := f.CheckMonth(ym); err != nil {
			m.status = status{kind: statusWarn, text: problem(err)}
			return
		}
		f.SetMonth(&next, ym)
	default:
		current, set := f.Decimal(&next)
		if !set {
			// An unset input starts from the value shown in its place: the
			// model's hashprice, the site's power, the scenario's rate.
			shownValue := panel.InputValue(f, &next, panel.DerivedFrom(&m.res))
			if shownValue.None {
				m.status = status{kind: statusWarn, text: labelOf(f, &m.sc) + " is not set: press enter to type it."}
				return
			}
			current = m.shownDecimal(f)
		}
		value, msg := stepped(f, current, steps)
		if msg != "" {
			m.status = status{kind: statusWarn, text: msg}
			return
		}
		f.SetDecimal(&next, value)
	}
	m.commitField(f, next, "")
}

// commitField commits an edit of one input, with the changes the rules
// between keys make with it, and words it for the status line and the
// history: "GPU rate: 2.35 $/GPU-h → 2.40 $/GPU-h", then suffix.
func (m *Model) commitField(f model.Field, next model.Scenario, suffix string) bool {
	m.keepRules(&next, suffix != "")
	before := panel.DerivedFrom(&m.res)
	sc := m.sc
	if !m.commit(next, "") {
		return false
	}
	after := panel.DerivedFrom(&m.res)
	m.status.text = m.describe(f, &sc, &m.sc, before, after) + suffix
	if panel.RateDerived(&m.sc) && m.sc.AI.Mode == model.ModeColocation && !before.ColoRateUSDPerKWMonth.Equal(after.ColoRateUSDPerKWMonth) {
		// The rate a contract value sets moves with it and the terms (spec §11).
		m.status.text += " · derived rate " + format.Price(before.ColoRateUSDPerKWMonth, 2, "") + " → " +
			format.Price(after.ColoRateUSDPerKWMonth, 2, "/kW-mo")
	}
	m.hist.relabelLast(m.status.text)
	return true
}

// shownDecimal is the number an unset input shows in its place.
func (m *Model) shownDecimal(f model.Field) decimal.Decimal {
	if f.Key == "bitcoin.hashprice_usd_per_ph_day" {
		return m.res.HashpriceUSDPerPHDay.Round(f.Places)
	}
	if followed, ok := model.FieldByKey(f.Follows); ok {
		if v, ok := followed.Decimal(&m.sc); ok {
			return v
		}
	}
	return decimal.Zero
}

// cycled is the choice steps places on from current, round the list.
func cycled(f model.Field, current string, steps int) string {
	n := len(f.Choices)
	if n == 0 {
		return current
	}
	i := slices.Index(f.Choices, current)
	if steps < 0 {
		return f.Choices[(i-1+n)%n]
	}
	return f.Choices[(i+1)%n]
}

// refuseReadOnly says why the selected row takes no edit, when it is a
// figure the model derives, and reports whether it is.
func (m *Model) refuseReadOnly() bool {
	if !m.inputsActive() {
		return false
	}
	rows := m.inputRows()
	if i := panel.RowOf(rows, m.selKey); i < 0 || !rows[i].ReadOnly {
		return false
	}
	m.status = status{kind: statusWarn, text: "The rate is derived from the total rent: change the total rent, or clear it (del) to give a rate."}
	return true
}

// keepRules makes the changes the rules between keys ask of an edit, so that
// it stays one valid, undoable change (spec §11): a contract value given
// leaves the rate out (the model reads the default as "not given"), and a
// contract value taken away leaves the rate it set, to the cent, so that no
// figure jumps; a reset takes the file's rate instead.
func (m *Model) keepRules(next *model.Scenario, resetting bool) {
	was, is := m.sc.AI.Colocation.ContractValueUSD.Valid, next.AI.Colocation.ContractValueUSD.Valid
	rate, _ := model.FieldByKey("ai.colocation.rate_usd_per_kw_month")
	switch {
	case is && !was:
		next.AI.Colocation.RateUSDPerKWMonth = model.Default().AI.Colocation.RateUSDPerKWMonth
	case was && !is && resetting:
		next.AI.Colocation.RateUSDPerKWMonth = m.saved.AI.Colocation.RateUSDPerKWMonth
	case was && !is && m.res.AI.ColoRateUSDPerKWMonth.Valid:
		next.AI.Colocation.RateUSDPerKWMonth = m.res.AI.ColoRateUSDPerKWMonth.Decimal.Round(rate.Places)
	}
}

// stepped is current moved by steps × f.Step, kept in f's range: clamped to
// an inclusive bound, refused (with a message) past an exclusive one or when
// already at the bound.
func stepped(f model.Field, current decimal.Decimal, steps int) (decimal.Decimal, string) {
	value := current.Add(f.Step.Mul(decimal.NewFromInt(int64(steps))))
	if f.Check(value) == nil {
		return value, ""
	}
	bound, exclusive, word := f.Min, f.MinExclusive, "above"
	if steps > 0 {
		bound, exclusive, word = f.Max, f.MaxExclusive, "below"
	}
	unit := ""
	if u := panel.DisplayUnit(f); u != "" {
		unit = " " + u
	}
	limit := grouped(bound) + unit
	switch {
	case exclusive:
		return decimal.Decimal{}, fmt.Sprintf("%s stays %s %s (type a value with enter)", f.Label, word, limit)
	case current.Equal(bound) && steps > 0:
		return decimal.Decimal{}, fmt.Sprintf("%s is already at its maximum, %s", f.Label, limit)
	case current.Equal(bound):
		return decimal.Decimal{}, fmt.Sprintf("%s is already at its minimum, %s", f.Label, limit)
	}
	return bound, ""
}

func otherMode(mode model.Mode) model.Mode {
	if mode == model.ModeColocation {
		return model.ModeGPUCloud
	}
	return model.ModeColocation
}

// toggleMode switches the AI side between GPU cloud and colocation.
func (m *Model) toggleMode() {
	f, ok := model.FieldByKey("ai.mode")
	if !ok {
		return
	}
	next := m.draft()
	f.SetMode(&next, otherMode(f.Mode(&next)))
	goes := panel.RowOf(panel.InputRows(&next), m.selKey) < 0
	if m.commit(next, "AI mode: "+format.Mode(m.sc.AI.Mode)+" → "+format.Mode(next.AI.Mode)) && goes {
		m.selKey = "ai.mode" // the input went with the mode: stay where the mode is
		m.keepInView()
	}
}

// clearOptional leaves out the selected optional input: the hashprice
// follows the market again, the whole site converts, a strategy takes the
// scenario's rate, the lease has no contract value.
func (m *Model) clearOptional() {
	f, ok := m.selectedField()
	if !ok || f.Kind != model.KindOptional {
		return
	}
	if !f.IsSet(&m.sc) {
		m.status = status{kind: statusInfo, text: labelOf(f, &m.sc) + " already " + unsetWords(f) + "."}
		return
	}
	next := m.draft()
	f.Clear(&next)
	m.commitField(f, next, "")
}

// resetField puts the selected input back to the file's value.
func (m *Model) resetField() {
	if m.actOnSwitch(true) {
		return
	}
	f, ok := m.selectedField()
	if !ok || m.refuseReadOnly() {
		return
	}
	if f.Same(&m.sc, &m.saved) {
		m.status = status{kind: statusInfo, text: labelOf(f, &m.sc) + " already has the file's value."}
		return
	}
	if index, _, phase := model.ParsePhaseKeyPath(f.Key); phase && index >= len(m.saved.AI.Phases) {
		m.status = status{kind: statusWarn, text: fmt.Sprintf("The file has no phase %d: - removes it.", index+1)}
		return
	}
	next := m.draft()
	copyValue(f, &next, &m.saved)
	m.commitField(f, next, " (file value)")
}

// copyValue sets f in dst to its value in src.
func copyValue(f model.Field, dst, src *model.Scenario) {
	switch f.Kind {
	case model.KindFlag:
		f.SetFlag(dst, f.Flag(src))
	case model.KindText:
		f.SetText(dst, f.Text(src))
	case model.KindMonth:
		f.SetMonth(dst, f.Month(src))
	case model.KindMode:
		f.SetMode(dst, f.Mode(src))
	case model.KindChoice:
		f.SetChoice(dst, f.Choice(src))
	default:
		if v, ok := f.Decimal(src); ok {
			f.SetDecimal(dst, v)
		} else {
			f.Clear(dst)
		}
	}
}

// startEdit opens the value prompt for the selected input; flags and the
// mode just toggle, and the GPU model opens the catalogue (gpus.go).
func (m *Model) startEdit() {
	if m.actOnSwitch(false) {
		return
	}
	f, ok := m.selectedField()
	if !ok || m.refuseReadOnly() {
		return
	}
	switch {
	case f.Kind == model.KindFlag || f.Kind == model.KindMode || f.Kind == model.KindChoice:
		m.nudge(1)
		return
	case f.Key == gpuModelKey:
		m.openGPUPicker()
		return
	}
	m.openValuePrompt(f)
}

// openValuePrompt opens the prompt for typing f's value, pre-filled and
// selected.
func (m *Model) openValuePrompt(f model.Field) {
	label := labelOf(f, &m.sc)
	value, placeholder := f.Format(&m.sc), ""
	if f.Kind == model.KindOptional && !f.IsSet(&m.sc) {
		placeholder = "none: type a value"
		if v := panel.InputValue(f, &m.sc, panel.DerivedFrom(&m.res)); !v.None {
			placeholder = v.Tag + " (" + v.Text + "): type a value to override"
		}
	}
	unit := panel.DisplayUnit(f)
	promptText := label
	if unit != "" {
		promptText += " (" + unit + ")"
	}
	in := newTextInput(m.st, promptText+" › ", value, placeholder, 24)
	if f.Kind == model.KindText {
		in.CharLimit = 60
	}
	m.prompt = &prompt{kind: promptValue, label: label, field: f, input: in, keys: newPromptKeys(false), selected: value != ""}
}

// applyTyped sets the prompt's field from typed text. It returns a problem
// (and changes nothing) when the text is not a value the field allows.
func (m *Model) applyTyped(f model.Field, text string) string {
	next := m.draft()
	if f.Kind == model.KindOptional && strings.TrimSpace(text) == "" && !f.IsSet(&m.sc) {
		m.status = status{kind: statusInfo, text: labelOf(f, &m.sc) + " " + unsetWords(f) + "."}
		return ""
	}
	if err := f.Parse(&next, text); err != nil {
		return problem(err)
	}
	if f.Key == gpuModelKey {
		if chosen, problem := m.typedGPU(text); chosen {
			return problem
		}
	}
	if f.Same(&next, &m.sc) {
		m.status = status{kind: statusInfo, text: labelOf(f, &m.sc) + " unchanged."}
		return ""
	}
	if !m.commitField(f, next, "") {
		msg := m.status.text
		m.status = status{}
		return msg
	}
	return ""
}

// undo and redo step through the history of whole scenarios.
func (m *Model) undo() {
	e, ok := m.hist.undo(m.sc)
	if !ok {
		m.status = status{kind: statusInfo, text: "Nothing to undo."}
		return
	}
	m.restore(e.sc, "Undone: "+e.what)
}

func (m *Model) redo() {
	e, ok := m.hist.redo(m.sc)
	if !ok {
		m.status = status{kind: statusInfo, text: "Nothing to redo."}
		return
	}
	m.restore(e.sc, "Redone: "+e.what)
}

func (m *Model) restore(sc model.Scenario, what string) {
	res, err := evaluate(sc)
	if err != nil { // cannot happen: only valid scenarios enter the history
		m.status = status{kind: statusError, text: problem(err)}
		return
	}
	m.rememberSelection()
	m.sc = sc
	m.setResult(res)
	m.status = status{kind: statusInfo, text: what}
	m.keepInView()
}

// rememberSelection notes where the selected input stands before the
// scenario changes, so that keepInView can select its neighbour if the
// change takes the input away.
func (m *Model) rememberSelection() {
	rows := m.inputRows()
	if i := panel.RowOf(rows, m.selKey); i >= 0 {
		m.selGone = gone{row: i, group: rows[i].In}
	}
}
