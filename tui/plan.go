package tui

import (
	"fmt"
	"slices"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/shopspring/decimal"
)

// Editing the pivot's plan from the Overview (spec §10): + adds a phase on
// the plan's rows, - (or del) on a phase's rows removes it. Each is one
// edit, undone as one. Neither moves a figure by itself where it can help
// it: the first phase takes the plan it replaces, a new phase is split from
// one that goes live the same month, and the last phase removed leaves the
// plan it stood for. The user then moves the MW and the months.

var half = decimal.RequireFromString("0.5")

// addPhase adds a phase to the plan.
func (m *Model) addPhase() {
	row, ok := m.selectedRow()
	if !ok || row.In != panel.PlanGroup {
		m.status = status{kind: statusWarn, text: "+ adds a phase: select a row of the plan (PLAN) first."}
		return
	}
	next := m.draft()
	phases := next.AI.Phases
	var what string
	added := 0
	switch {
	case len(phases) == 0:
		// Phases replace converted_mw and conversion_months, which must then
		// be left out: the first phase takes over their plan.
		first := m.res.AI.FirstLiveMonth
		if first > next.HorizonMonths {
			m.status = status{kind: statusWarn, text: fmt.Sprintf(
				"A phase goes live within the horizon, and AI is live only from month %d of %d: shorten the conversion first.",
				first, next.HorizonMonths)}
			return
		}
		mw := next.Site.PowerMW
		if next.AI.ConvertedMW.Valid {
			mw = next.AI.ConvertedMW.Decimal
		}
		next.AI.Phases = []model.Phase{{MW: mw, Live: next.Start.AddMonths(first - 1)}}
		next.AI.ConvertedMW = decimal.NullDecimal{}
		next.AI.ConversionMonths = model.Default().AI.ConversionMonths
		what = "Plan: phase 1 of " + mwText(mw) + " live " + next.AI.Phases[0].Live.String() +
			", the converted MW and the conversion it replaces"
	case len(phases) >= model.MaxPhases:
		m.status = status{kind: statusWarn, text: fmt.Sprintf("A plan has at most %d phases.", model.MaxPhases)}
		return
	default:
		// Split the selected phase (the last, from another row) into two
		// halves that go live together: the figures stay, but for the GPU
		// count's rounding.
		i := len(phases) - 1
		if row.Phase > 0 {
			i = row.Phase - 1
		}
		p := phases[i]
		kept := p.MW.Mul(half)
		phases[i].MW = kept
		next.AI.Phases = slices.Insert(phases, i+1, model.Phase{MW: p.MW.Sub(kept), Live: p.Live})
		added = i + 1
		what = fmt.Sprintf("Plan: phase %d added, split from phase %d: %s each, both live %s; set its MW and live month",
			added+1, i+1, mwText(kept), p.Live)
	}
	if m.commit(next, what) {
		m.selKey = model.PhaseKeyPath(added, "mw")
		m.keepInView()
	}
}

// removePhase takes the selected phase out of the plan; it reports whether
// a phase's row was selected.
func (m *Model) removePhase() bool {
	row, ok := m.selectedRow()
	if !ok || row.Phase == 0 {
		return false
	}
	next := m.draft()
	i := row.Phase - 1
	p := next.AI.Phases[i]
	var what string
	selected := ""
	if len(next.AI.Phases) == 1 {
		// The plan without phases: the same MW converted after the same months.
		next.AI.Phases = nil
		next.AI.ConversionMonths = p.Live.MonthsSince(next.Start)
		if !p.MW.Equal(next.Site.PowerMW) {
			next.AI.ConvertedMW = decimal.NewNullDecimal(p.MW)
		}
		what = fmt.Sprintf("Plan: phase 1 removed: %s converted, after %s", mwText(p.MW), format.Months(next.AI.ConversionMonths))
		selected = "ai.converted_mw"
	} else {
		next.AI.Phases = slices.Delete(next.AI.Phases, i, i+1)
		what = fmt.Sprintf("Plan: phase %d removed (%s live %s); its MW mine again", i+1, mwText(p.MW), p.Live)
		selected = model.PhaseKeyPath(min(i, len(next.AI.Phases)-1), "mw")
	}
	if m.commit(next, what) {
		m.selKey = selected
		m.keepInView()
	}
	return true
}

func mwText(mw decimal.Decimal) string { return format.Number(mw, max(1, -mw.Exponent()), "MW") }
