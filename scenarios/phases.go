package scenarios

import (
	"github.com/pivot-tui/pivot-tui/model"
)

// phasesKey is the array of tables that holds the pivot's phases (spec §10).
const phasesKey = "ai.phases"

// phaseRead is one [[ai.phases]] table as the file wrote it.
type phaseRead struct {
	phase  model.Phase
	at     position        // its header, or the array element
	set    map[string]bool // the keys written
	broken bool            // a key of it was reported already
}

// startPhase begins the next phase of the file and returns its index.
func (b *builder) startPhase(at position) int {
	if _, ok := b.at[phasesKey]; !ok {
		b.at[phasesKey] = at // rules on the phases as a whole point at the first
	}
	b.phases = append(b.phases, phaseRead{at: at, set: map[string]bool{}})
	i := len(b.phases) - 1
	b.at[model.PhaseKeyPath(i, "")] = at
	return i
}

// phaseNames are the keys of a phase.
var phaseNames = func() []string {
	var names []string
	for _, k := range model.PhaseKeys() {
		names = append(names, k.Name)
	}
	return names
}()

// setPhase assigns one key of phase i: mw (a number) or live (a month).
func (b *builder) setPhase(i int, name string, keyAt position, v value) {
	key := model.PhaseKeyPath(i, name)
	p := &b.phases[i]
	failed := len(b.errs)
	defer func() { p.broken = p.broken || len(b.errs) > failed }()
	known := false
	for _, n := range phaseNames {
		known = known || n == name
	}
	if !known {
		if hint := suggest(name, phaseNames); hint != "" {
			b.fail(keyAt, key, problemf(ErrUnknownKey, "unknown key, did you mean %s?", hint))
		} else {
			b.fail(keyAt, key, problemf(ErrUnknownKey, "unknown key: a phase has mw and live"))
		}
		return
	}
	if p.set[name] {
		b.fail(keyAt, key, problemf(ErrDuplicate, "defined twice (first at line %d)", b.at[key].line))
		return
	}
	p.set[name] = true
	b.at[key] = v.at
	b.written[key] = v.text
	switch {
	case name == "mw" && v.kind == valueNumber:
		if err := model.CheckPhaseMW(i, v.number); err != nil {
			b.fail(v.at, key, b.asWritten(err))
			return
		}
		p.phase.MW = v.number
	case name == "live" && v.kind == valueString:
		ym, err := model.ParseYearMonth(v.text)
		if err != nil {
			b.fail(v.at, key, err)
			return
		}
		p.phase.Live = ym
	case name == "mw":
		b.fail(v.at, key, problemf(ErrType, "want a number, got %s", v.describe()))
	default:
		b.fail(v.at, key, problemf(ErrType, `want a month as a string, e.g. "2028-01", got %s`, v.describe()))
	}
}

// notPhases reports a value where the array of phase tables goes.
func (b *builder) notPhases(v value) {
	b.fail(v.at, phasesKey, problemf(ErrType, "want an array of tables [[ai.phases]], got %s", v.describe()))
}

// finishPhases hands the phases to the scenario and applies the rules that
// depend on what the file wrote, which the model cannot see: with phases,
// converted_mw and conversion_months must not be given, and with a contract
// value the rate must not be (spec §10, §11), even at their defaults.
func (b *builder) finishPhases() {
	for i, p := range b.phases {
		for _, name := range phaseNames {
			key := model.PhaseKeyPath(i, name)
			switch {
			case p.set[name]:
			case p.broken:
				// A phase with a reported key (a typo, most likely) is not also
				// missing one, and its empty value is not out of range.
				b.failed[key] = true
			default:
				b.fail(p.at, key, problemf(ErrType, "missing: every phase needs mw and live"))
			}
		}
		b.scenario.AI.Phases = append(b.scenario.AI.Phases, p.phase)
	}
	rule := func(key, words string) {
		if at, ok := b.at[key]; ok && !b.failed[key] {
			b.fail(at, key, b.asWritten(&model.FieldError{Key: key, Value: b.written[key], Rule: words}))
		}
	}
	if len(b.phases) > 0 {
		rule("ai.converted_mw", "not allowed with [[ai.phases]]: the phases' MW are what converts")
		rule("ai.conversion_months", "not allowed with [[ai.phases]]: each phase's live month ends its conversion")
	}
	if _, ok := b.at["ai.colocation.contract_value_usd"]; ok {
		rule("ai.colocation.rate_usd_per_kw_month", model.ContractRateRule())
	}
}
