package tui

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/shopspring/decimal"
)

// openedWith is the dashboard on a scenario at 160x48, the Overview showing.
func openedWith(t *testing.T, s model.Scenario) *Model {
	t.Helper()
	return update(t, New(Options{Scenario: s, Path: "sites/deal.toml"}), size(160, 48))
}

func preset(t testing.TB, name string) model.Scenario {
	t.Helper()
	s, err := scenarios.Preset(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// partial is the default site converting 25 of its 50 MW after 6 months.
func partial() model.Scenario {
	s := model.Default()
	s.AI.ConvertedMW = decimal.NewNullDecimal(dec("25"))
	s.AI.ConversionMonths = 6
	return s
}

func phasesOf(m *Model) string {
	var parts []string
	for _, p := range m.sc.AI.Phases {
		parts = append(parts, p.MW.String()+"@"+p.Live.String())
	}
	return strings.Join(parts, " ")
}

// The first phase takes the plan it replaces (spec §10: phases leave out
// converted_mw and conversion_months): 25 MW live after 6 months, so that
// no figure moves; one undo brings the plan back.
func TestFirstPhaseTakesThePlan(t *testing.T) {
	m := openedWith(t, partial())
	before := m.res
	m.selKey = "ai.converted_mw"
	m = update(t, m, press("+")...)
	if got := phasesOf(m); got != "25@2027-07" {
		t.Fatalf("phases after + are %q, want 25 MW live 2027-07", got)
	}
	if m.sc.AI.ConvertedMW.Valid || m.sc.AI.ConversionMonths != model.Default().AI.ConversionMonths {
		t.Errorf("converted %v and conversion %d are still given beside the phases", m.sc.AI.ConvertedMW, m.sc.AI.ConversionMonths)
	}
	if !m.res.AI.NPVUSD.Equal(before.AI.NPVUSD) || !m.res.AI.CapexUSD.Equal(before.AI.CapexUSD) {
		t.Errorf("the pivot moved: NPV %s → %s", before.AI.NPVUSD, m.res.AI.NPVUSD)
	}
	if m.selKey != "ai.phases[1].mw" || !strings.Contains(lineWith(m, "›"), "Phase 1") {
		t.Errorf("selected %q after adding the first phase:\n%s", m.selKey, lineWith(m, "›"))
	}
	if !m.dirty() {
		t.Error("adding a phase left the scenario clean")
	}
	m = update(t, m, press("ctrl+z")...)
	if len(m.sc.AI.Phases) != 0 || !m.sc.AI.ConvertedMW.Decimal.Equal(dec("25")) || m.sc.AI.ConversionMonths != 6 || m.dirty() {
		t.Errorf("one undo left phases %q, converted %v, conversion %d", phasesOf(m), m.sc.AI.ConvertedMW, m.sc.AI.ConversionMonths)
	}
}

// A new phase is split from the selected one and goes live with it: a lease
// bills the same kW the same months, so nothing moves; a GPU cloud loses at
// most a GPU to the rounding of two counts.
func TestAddedPhaseSplitsTheSelectedOne(t *testing.T) {
	colo := preset(t, "terawulf-fluidstack") // phases of 50 MW (2026-06) and 200 MW (2026-12)
	m := openedWith(t, colo)
	npv := m.res.AI.NPVUSD
	m.selKey = "ai.phases[2].live"
	m = update(t, m, press("+")...)
	if got := phasesOf(m); got != "50@2026-06 100@2026-12 100@2026-12" {
		t.Fatalf("phases after + on phase 2 are %q", got)
	}
	if !m.res.AI.NPVUSD.Equal(npv) {
		t.Errorf("splitting a lease's phase moved its NPV: %s → %s", npv, m.res.AI.NPVUSD)
	}
	if m.selKey != "ai.phases[3].mw" {
		t.Errorf("selected %q, want the new phase's MW", m.selKey)
	}

	gpu := model.Default()
	gpu.AI.Phases = []model.Phase{{MW: dec("50"), Live: model.MustYearMonth("2028-01")}}
	gpu.AI.ConversionMonths = model.Default().AI.ConversionMonths
	m = openedWith(t, gpu)
	gpus := m.res.AI.GPUs.Decimal
	m.selKey = "ai.phases[1].mw"
	m = update(t, m, press("+")...)
	if got := phasesOf(m); got != "25@2028-01 25@2028-01" {
		t.Fatalf("phases after + are %q", got)
	}
	// 50 MW: floor(50/1.35 × 1000/1.4) = 26,455; 25 MW: 13,227 twice = 26,454.
	if lost := gpus.Sub(m.res.AI.GPUs.Decimal); !lost.Equal(dec("1")) {
		t.Errorf("the split lost %s GPUs, want 1 to the rounding", lost)
	}
}

// A phase's MW and live month are inputs: nudged, typed, refused with the
// rule that binds them (the site's power, the horizon), undone one by one.
func TestEditPhases(t *testing.T) {
	m := openedWith(t, preset(t, "terawulf-fluidstack"))
	m.selKey = "ai.phases[1].mw"
	m = update(t, m, press("left")...)
	if !m.sc.AI.Phases[0].MW.Equal(dec("49")) || !m.res.AI.MiningMW.Equal(dec("1")) {
		t.Fatalf("phase 1 after ← is %s MW, kept %s MW; want 49 and 1", m.sc.AI.Phases[0].MW, m.res.AI.MiningMW)
	}
	if !strings.Contains(screen(m), "Phase 1: 50.0 MW → 49.0 MW") {
		t.Errorf("the edit is not described:\n%s", lineWith(m, "Phase 1"))
	}
	// Back up past the site's power: refused with the rule, nothing changes.
	m = update(t, m, press("right", "right")...)
	if !m.sc.AI.Phases[0].MW.Equal(dec("50")) || !strings.Contains(screen(m), "Phases: 251 MW in all") ||
		!strings.Contains(screen(m), "250 MW") {
		t.Errorf("phases above the site's power: %s MW;\n%s", m.sc.AI.Phases[0].MW, lineWith(m, "Phases"))
	}
	m.selKey = "ai.phases[2].live"
	m = update(t, m, press("right")...)
	if got := m.sc.AI.Phases[1].Live.String(); got != "2027-01" {
		t.Errorf("phase 2 live after → is %s, want 2027-01", got)
	}
	m = update(t, m, press("enter", "ctrl+u")...)
	m = update(t, m, append(typeText("2040-01"), keyMsg("enter"))...)
	if m.prompt == nil || !strings.Contains(m.prompt.err, "Phase 2 live: 2040-01 is not allowed: want a month within the horizon, 2026-01 to 2036-05") {
		t.Fatalf("a live month past the horizon was not refused with its rule: %+v", m.prompt)
	}
	m = update(t, m, press("esc")...)
	// Three edits took: undo them one by one, and the file's phases are back.
	m = update(t, m, press("ctrl+z", "ctrl+z", "ctrl+z")...)
	if got := phasesOf(m); got != "50@2026-06 200@2026-12" || m.dirty() {
		t.Errorf("after three undos the phases are %q (dirty %v)", got, m.dirty())
	}
	if got := phasesOf(&Model{sc: m.saved}); got != "50@2026-06 200@2026-12" {
		t.Errorf("editing a phase changed the file's scenario too: %q", got)
	}
}

// - (or del) removes the selected phase, whose MW then mine; removing the
// last leaves the plan it stood for, converted MW after the same months.
func TestRemovePhases(t *testing.T) {
	m := openedWith(t, preset(t, "terawulf-fluidstack"))
	m.selKey = "ai.phases[1].live"
	m = update(t, m, press("-")...)
	if got := phasesOf(m); got != "200@2026-12" || !m.res.AI.MiningMW.Equal(dec("50")) {
		t.Fatalf("after - on phase 1: phases %q, kept %s MW", got, m.res.AI.MiningMW)
	}
	if m.selKey != "ai.phases[1].mw" {
		t.Errorf("selected %q after the removal, want the phase that took its place", m.selKey)
	}
	npv := m.res.AI.NPVUSD
	m = update(t, m, press("delete")...)
	if len(m.sc.AI.Phases) != 0 || !m.sc.AI.ConvertedMW.Decimal.Equal(dec("200")) || m.sc.AI.ConversionMonths != 11 {
		t.Fatalf("after del on the last phase: phases %q, converted %v, conversion %d; want 200 MW after 11 months",
			phasesOf(m), m.sc.AI.ConvertedMW, m.sc.AI.ConversionMonths)
	}
	if !m.res.AI.NPVUSD.Equal(npv) {
		t.Errorf("the last phase's plan moved the NPV: %s → %s", npv, m.res.AI.NPVUSD)
	}
	if m.selKey != "ai.converted_mw" {
		t.Errorf("selected %q, want the converted MW", m.selKey)
	}
	m = update(t, m, press("ctrl+z", "ctrl+z")...)
	if got := phasesOf(m); got != "50@2026-06 200@2026-12" || m.dirty() {
		t.Errorf("two undos left phases %q", got)
	}
	// del off a phase's rows still leaves an optional input out.
	m.selKey = "ai.discount_rate_pct"
	m = update(t, m, press("delete")...)
	if m.sc.AI.DiscountRatePct.Valid || len(m.sc.AI.Phases) != 2 {
		t.Errorf("del on the pivot's rate: rate %v, phases %q", m.sc.AI.DiscountRatePct, phasesOf(m))
	}
}

// With a contract value the rate is the model's, read-only and marked
// derived; a new value moves it and the verdict; taking the value away keeps
// the rate it set, to the cent, and setting one again leaves the rate out.
func TestContractValueDerivesTheRate(t *testing.T) {
	m := openedWith(t, preset(t, "terawulf-fluidstack"))
	derived := m.res.AI.ColoRateUSDPerKWMonth.Decimal
	m.selKey = "ai.colocation.rate_usd_per_kw_month"
	line := lineWith(m, "›")
	if !strings.Contains(line, "Rate") || !strings.Contains(line, "derived") || !strings.Contains(line, derived.StringFixed(2)) {
		t.Fatalf("the rate row does not show the derived rate %s:\n%s", derived.StringFixed(2), line)
	}
	for _, key := range []string{"right", "enter", "r"} {
		m = update(t, m, press(key)...)
		if len(m.hist.past) != 0 || !strings.Contains(screen(m), "derived from the total rent") {
			t.Errorf("%s on the derived rate: %d edits;\n%s", key, len(m.hist.past), screen(m))
		}
	}

	m.selKey = "ai.colocation.contract_value_usd"
	m = update(t, m, press("enter", "ctrl+u")...)
	m = update(t, m, append(typeText("4000000000"), keyMsg("enter"))...)
	moved := m.res.AI.ColoRateUSDPerKWMonth.Decimal
	// $4.0B for $3.7B: the same months and kW, so the rate scales by 40/37.
	if want := derived.Mul(dec("40")).Div(dec("37")); moved.Sub(want).Abs().GreaterThan(dec("0.000001")) {
		t.Errorf("rate for $4.0B is %s, want %s", moved, want)
	}
	if !strings.Contains(screen(m), moved.StringFixed(2)) {
		t.Errorf("the new derived rate %s is not on screen", moved.StringFixed(2))
	}
	if want := "derived rate $" + derived.StringFixed(2) + " → $" + moved.StringFixed(2) + "/kW-mo"; !strings.Contains(m.status.text, want) {
		t.Errorf("the status line %q does not say %q", m.status.text, want)
	}

	npv := m.res.AI.NPVUSD
	m = update(t, m, press("delete")...)
	if m.sc.AI.Colocation.ContractValueUSD.Valid || !m.sc.AI.Colocation.RateUSDPerKWMonth.Equal(moved.Round(2)) {
		t.Fatalf("after del: value %v, rate %s; want no value and the rate %s", m.sc.AI.Colocation.ContractValueUSD,
			m.sc.AI.Colocation.RateUSDPerKWMonth, moved.Round(2))
	}
	// The rate to the cent leaves the NPV within what a cent a kW-month is worth.
	if gap := m.res.AI.NPVUSD.Sub(npv).Abs(); gap.GreaterThan(dec("2000000")) {
		t.Errorf("taking the value away moved the NPV by %s", gap)
	}
	m.selKey = "ai.colocation.rate_usd_per_kw_month"
	if line := lineWith(m, "›"); strings.Contains(line, "derived") {
		t.Errorf("the rate is still derived without a contract value:\n%s", line)
	}
	m = update(t, m, press("right")...) // the rate is an input again
	m.selKey = "ai.colocation.contract_value_usd"
	m = update(t, m, press("r")...) // the file's $3.7B: the rate is left out again
	if !m.sc.AI.Colocation.ContractValueUSD.Valid || !m.sc.AI.Colocation.RateUSDPerKWMonth.Equal(model.Default().AI.Colocation.RateUSDPerKWMonth) {
		t.Errorf("the file's contract value with rate %s", m.sc.AI.Colocation.RateUSDPerKWMonth)
	}
	if !m.res.AI.ColoRateUSDPerKWMonth.Decimal.Equal(derived) {
		t.Errorf("back at $3.7B the rate is %s, want %s", m.res.AI.ColoRateUSDPerKWMonth.Decimal, derived)
	}
	// A contract value given to a lease without a term is refused with the rule.
	m.selKey = "ai.colocation.term_months"
	m = update(t, m, press("enter", "ctrl+u")...)
	m = update(t, m, append(typeText("0"), keyMsg("enter"))...)
	if m.prompt == nil || !strings.Contains(m.prompt.err, "more than 0 with") {
		t.Errorf("a term of 0 with a contract value was not refused: %+v", m.prompt)
	}
}

// The choice inputs cycle with nudges; optional inputs start a nudge from
// the value shown for them and go back with del.
func TestChoicesAndOptionalInputs(t *testing.T) {
	m := openedWith(t, colocationScenario())
	m.selKey = "ai.capex_timing"
	m = update(t, m, press("right")...)
	if m.sc.AI.CapexTiming != model.CapexBuild || !strings.Contains(screen(m), "Build months") {
		t.Fatalf("capex timing after → is %s", m.sc.AI.CapexTiming)
	}
	if !m.dirty() {
		t.Error("a changed choice leaves the scenario clean")
	}
	m = update(t, m, press("left")...)
	m.selKey = "ai.colocation.escalator_step"
	m = update(t, m, press("enter")...)
	if m.sc.AI.CapexTiming != model.CapexUpfront || m.sc.AI.Colocation.EscalatorStep != model.EscalateAnnual {
		t.Errorf("timing %s, step %s", m.sc.AI.CapexTiming, m.sc.AI.Colocation.EscalatorStep)
	}

	m.selKey = "ai.converted_mw"
	if line := lineWith(m, "›"); !strings.Contains(line, "all") || !strings.Contains(line, "50.0") {
		t.Errorf("the whole site's conversion is not shown as all 50 MW:\n%s", line)
	}
	m = update(t, m, press("left")...)
	if !m.sc.AI.ConvertedMW.Decimal.Equal(dec("49")) || !m.res.AI.MiningMW.Equal(dec("1")) {
		t.Errorf("converted after ← is %v", m.sc.AI.ConvertedMW)
	}
	m = update(t, m, press("delete")...)
	if m.sc.AI.ConvertedMW.Valid || !strings.Contains(screen(m), "Converted: 49.0 MW → 50.0 MW (all)") {
		t.Errorf("del on the converted MW:\n%s", lineWith(m, "Converted"))
	}
	m.selKey = "mining.discount_rate_pct"
	m = update(t, m, press("right")...)
	if !m.sc.Mining.DiscountRatePct.Decimal.Equal(dec("12.5")) || !m.res.Mining.DiscountRatePct.Equal(dec("12.5")) {
		t.Errorf("mining rate after → is %v", m.sc.Mining.DiscountRatePct)
	}
	m.selKey = "ai.colocation.contract_value_usd"
	m = update(t, m, press("right")...)
	if m.sc.AI.Colocation.ContractValueUSD.Valid || !strings.Contains(screen(m), "Total rent is not set: press enter") {
		t.Errorf("a nudge of no contract value:\n%s", lineWith(m, "Total rent"))
	}
}
