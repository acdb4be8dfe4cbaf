package model

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// PhaseField is the Field of one key of the phase at index (0-based) of
// [[ai.phases]], "mw" or "live", so that a screen edits, checks and words a
// phase's values as it does every other key's. Its Key is the phase's key
// path (PhaseKeyPath). On a scenario with fewer phases it reads a zero
// value and writes nowhere: comparing a scenario with one that lacks the
// phase then tells them apart rather than fail. ok is false for another name.
func PhaseField(index int, name string) (Field, bool) {
	phase := func(s *Scenario) *Phase {
		if index >= 0 && index < len(s.AI.Phases) {
			return &s.AI.Phases[index]
		}
		return &Phase{}
	}
	label := "Phase " + strconv.Itoa(index+1)
	for _, k := range PhaseKeys() {
		if k.Name != name {
			continue
		}
		switch name {
		case "mw":
			return number(PhaseKeyPath(index, name), label+" MW", k.Unit, k.Comment, phaseMW, "1", 1,
				func(s *Scenario) *decimal.Decimal { return &phase(s).MW }), true
		case "live":
			return month(PhaseKeyPath(index, name), label+" live", k.Comment,
				func(s *Scenario) *YearMonth { return &phase(s).Live }), true
		}
	}
	return Field{}, false
}

// ParsePhaseKeyPath reads a phase's key path, "ai.phases[2].live", back into
// the phase's index (1 for the second phase) and the key's name.
func ParsePhaseKeyPath(path string) (index int, name string, ok bool) {
	rest, found := strings.CutPrefix(path, "ai.phases[")
	if !found {
		return 0, "", false
	}
	number, name, found := strings.Cut(rest, "].")
	if !found {
		return 0, "", false
	}
	n, err := strconv.Atoi(number)
	if err != nil || n < 1 || strconv.Itoa(n) != number {
		return 0, "", false
	}
	return n - 1, name, true
}
