package tui

import (
	"errors"
	"fmt"
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
		f, known := model.FieldByKey(fe.Key)
		if !known || !f.Numeric() {
			label := fe.Key
			if known {
				label = f.Label
			}
			if fe.Value == "" {
				return label + ": want " + fe.Allowed
			}
			return label + ": " + fe.Value + " is not allowed: want " + fe.Allowed
		}
		// Which rule refused the value: the model states the field's own
		// range as Field.Allowed, and text it cannot read as a number as
		// that range after "a number " (Field.Parse); those two the panel
		// rewords with its grouped numbers and units. Every other rule (a
		// value's precision, a rule across fields) keeps the model's words.
		switch fe.Allowed {
		case "a number " + f.Allowed():
			if fe.Value == "" {
				return f.Label + ": want a number " + allowed(f)
			}
			return f.Label + ": " + fe.Value + " is not a number: want one " + allowed(f)
		case f.Allowed():
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

// commit makes next the scenario on screen, if it is valid, remembering the
// current one for undo. It reports whether the edit took.
func (m *Model) commit(next model.Scenario, what string) bool {
	res, err := evaluate(next)
	if err != nil {
		m.status = status{kind: statusError, text: problem(err)}
		return false
	}
	m.hist.push(entry{sc: m.sc, what: what})
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
		return model.FieldByKey(m.selKey)
	case m.tab == tabRisk:
		return model.FieldByKey(m.assumptionKey())
	}
	return model.Field{}, false
}

// label is the panel's label of a field.
func labelOf(f model.Field, s *model.Scenario) string {
	rows := panel.InputRows(s)
	if i := panel.RowOf(rows, f.Key); i >= 0 {
		return rows[i].Label
	}
	return f.Label
}

// shown writes a field's value with its unit, for messages.
func shown(f model.Field, s *model.Scenario, derived decimal.Decimal) string {
	text, auto := panel.InputValue(f, s, derived)
	if unit := panel.DisplayUnit(f); unit != "" {
		text += " " + unit
	}
	if auto {
		text += " (auto)"
	}
	return text
}

func stepText(f model.Field) string {
	if f.Kind == model.KindInteger {
		return format.Grouped(f.Step, 0)
	}
	return format.Grouped(f.Step, max(f.Places, -f.Step.Exponent()))
}

// describe words an edit for the status line and the undo history.
func (m *Model) describe(f model.Field, before, after *model.Scenario, derivedBefore, derivedAfter decimal.Decimal) string {
	return labelOf(f, after) + ": " + shown(f, before, derivedBefore) + " → " + shown(f, after, derivedAfter)
}

// nudge moves the selected input by steps of its Field.Step: months by a
// month, flags and the mode toggle. A nudge past the range stops at an
// inclusive bound and is refused at an exclusive one.
func (m *Model) nudge(steps int) {
	if m.actOnSwitch(false) {
		return
	}
	f, ok := m.selectedField()
	if !ok {
		return
	}
	next := m.sc
	switch f.Kind {
	case model.KindFlag:
		f.SetFlag(&next, !f.Flag(&next))
	case model.KindMode:
		f.SetMode(&next, otherMode(f.Mode(&next)))
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
			// An unset hashprice starts from the model's derived value.
			current = m.res.HashpriceUSDPerPHDay.Round(f.Places)
		}
		value, msg := stepped(f, current, steps)
		if msg != "" {
			m.status = status{kind: statusWarn, text: msg}
			return
		}
		f.SetDecimal(&next, value)
	}
	before := m.res.HashpriceUSDPerPHDay
	sc := m.sc
	if m.commit(next, "") {
		m.status.text = m.describe(f, &sc, &m.sc, before, m.res.HashpriceUSDPerPHDay)
		m.hist.relabelLast(m.status.text)
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
	next := m.sc
	f.SetMode(&next, otherMode(f.Mode(&next)))
	m.commit(next, "AI mode: "+format.Mode(m.sc.AI.Mode)+" → "+format.Mode(next.AI.Mode))
}

// clearOptional returns the hashprice to the value the model derives.
func (m *Model) clearOptional() {
	f, ok := m.selectedField()
	if !ok || f.Kind != model.KindOptional {
		return
	}
	if !f.IsSet(&m.sc) {
		m.status = status{kind: statusInfo, text: labelOf(f, &m.sc) + " already follows the market (auto)."}
		return
	}
	next := m.sc
	f.Clear(&next)
	before := m.res.HashpriceUSDPerPHDay
	sc := m.sc
	if m.commit(next, "") {
		m.status.text = m.describe(f, &sc, &m.sc, before, m.res.HashpriceUSDPerPHDay)
		m.hist.relabelLast(m.status.text)
	}
}

// resetField puts the selected input back to the file's value.
func (m *Model) resetField() {
	if m.actOnSwitch(true) {
		return
	}
	f, ok := m.selectedField()
	if !ok {
		return
	}
	if panel.SameValue(f, &m.sc, &m.saved) {
		m.status = status{kind: statusInfo, text: labelOf(f, &m.sc) + " already has the file's value."}
		return
	}
	next := m.sc
	copyValue(f, &next, &m.saved)
	before := m.res.HashpriceUSDPerPHDay
	sc := m.sc
	if m.commit(next, "") {
		m.status.text = m.describe(f, &sc, &m.sc, before, m.res.HashpriceUSDPerPHDay) + " (file value)"
		m.hist.relabelLast(m.status.text)
	}
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
	if !ok {
		return
	}
	switch {
	case f.Kind == model.KindFlag || f.Kind == model.KindMode:
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
		placeholder = "auto (" + format.Grouped(m.res.HashpriceUSDPerPHDay, f.Places) + "): type a value to override"
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
	next := m.sc
	if f.Kind == model.KindOptional && strings.TrimSpace(text) == "" && !f.IsSet(&m.sc) {
		m.status = status{kind: statusInfo, text: labelOf(f, &m.sc) + " follows the market (auto)."}
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
	if panel.SameValue(f, &next, &m.sc) {
		m.status = status{kind: statusInfo, text: labelOf(f, &m.sc) + " unchanged."}
		return ""
	}
	before := m.res.HashpriceUSDPerPHDay
	sc := m.sc
	if !m.commit(next, "") {
		msg := m.status.text
		m.status = status{}
		return msg
	}
	m.status.text = m.describe(f, &sc, &m.sc, before, m.res.HashpriceUSDPerPHDay)
	m.hist.relabelLast(m.status.text)
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
	m.sc = sc
	m.setResult(res)
	m.status = status{kind: statusInfo, text: what}
	m.keepInView()
}
