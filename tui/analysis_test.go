package tui

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
)

// runCmd runs a command and everything batched in it, returning the
// messages in order without handing them to the model.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runCmd(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// doneMsg picks the computation's result out of a command's messages.
func doneMsg(t *testing.T, msgs []tea.Msg) analysisDoneMsg {
	t.Helper()
	for _, msg := range msgs {
		if done, ok := msg.(analysisDoneMsg); ok {
			return done
		}
	}
	t.Fatalf("no analysis result among %v", msgs)
	return analysisDoneMsg{}
}

// Nothing is computed for tabs that are not on screen: edits on the
// Overview return no command and start no run.
func TestAnalysesWaitForTheirTab(t *testing.T) {
	m := update(t, New(Options{Scenario: frontierScenario()}), size(120, 40))
	for _, key := range []string{"right", "right", "j", "l"} {
		var cmd tea.Cmd
		m, cmd = step(t, m, keyMsg(key))
		if cmd != nil {
			t.Fatalf("an edit on the Overview returned a command (%q)", key)
		}
	}
	for k, run := range m.analyses.runs {
		if run != nil {
			t.Errorf("analysis %d runs though its tab was never shown", k)
		}
	}
	// Opening the Risk tab starts the Monte Carlo at once, with no debounce.
	m, cmd := step(t, m, keyMsg("5"))
	if cmd == nil || m.analyses.runs[kindRisk] == nil || m.analyses.runs[kindRisk].rev != m.rev {
		t.Fatal("switching to the Risk tab did not start the Monte Carlo for the scenario on screen")
	}
	if m.analyses.runs[kindSensitivity] != nil {
		t.Error("the Risk tab started the sensitivity analysis too")
	}
	if !strings.Contains(screen(m), "Simulating 500 paths") {
		t.Errorf("no progress while the first result is coming:\n%s", screen(m))
	}
	m = settle(t, m, cmd)
	if m.analyses.riskRev != m.rev || m.analyses.runs[kindRisk] != nil {
		t.Fatal("the Monte Carlo's result was not taken")
	}
}

// A result computed for an older scenario is dropped when it arrives after
// an edit; the edit's own computation replaces it.
func TestStaleResultIsDropped(t *testing.T) {
	m := analysedModel(t, 120, 40, darkBackground, "5")
	before := m.analyses.risk

	// An edit on the Risk tab (BTC volatility 55 → 60 %/yr), its debounce
	// run out, its computation started and finished but not yet delivered.
	m = update(t, m, press("down", "down")...)
	m, cmd := step(t, m, keyMsg("right"))
	editedRev := m.rev
	var due analysisDueMsg
	for _, msg := range runCmd(cmd) {
		if d, ok := msg.(analysisDueMsg); ok {
			due = d
		}
	}
	if due.rev != editedRev {
		t.Fatalf("the edit scheduled revision %d, want %d", due.rev, editedRev)
	}
	m, cmd = step(t, m, due)
	stale := doneMsg(t, runCmd(cmd))
	if stale.run.rev != editedRev || stale.err != nil {
		t.Fatalf("the computation ran for revision %d (err %v), want %d", stale.run.rev, stale.err, editedRev)
	}

	// Another edit (60 → 65 %/yr) before the result arrives.
	m, cmd = step(t, m, keyMsg("right"))
	if m.rev == editedRev {
		t.Fatal("the second edit did not make a new revision")
	}
	m, _ = step(t, m, stale)
	if m.analyses.riskRev == editedRev {
		t.Fatal("a result for an older revision was taken")
	}
	if m.analyses.risk.PAIWins != before.PAIWins || m.analyses.riskRev == m.rev {
		t.Fatal("the stale result replaced the one on screen")
	}
	if !strings.Contains(screen(m), "updating") {
		t.Errorf("no sign of the recomputation while the shown result is out of date:\n%s", screen(m))
	}

	// A forged result for the same older revision is dropped as well.
	forged := analysisDoneMsg{run: &analysisRun{kind: kindRisk, rev: editedRev}, risk: model.RiskResult{Paths: 1, PAIWins: 1}}
	m, _ = step(t, m, forged)
	if m.analyses.risk.PAIWins == 1 {
		t.Fatal("a forged stale result was taken")
	}

	m = settle(t, m, cmd)
	if m.analyses.riskRev != m.rev {
		t.Fatal("the latest edit's computation did not land")
	}
	if got := m.sc.Risk.BTCVolatilityPct; !got.Equal(dec("65")) {
		t.Fatalf("BTC volatility is %s, want 65", got)
	}
}

// An edit on the Risk tab starts a new Monte Carlo after the debounce, and
// the probability shown is model.MonteCarlo's on the edited scenario.
func TestEditOnRiskTabRecomputes(t *testing.T) {
	m := analysedModel(t, 120, 40, darkBackground, "5")
	first := m.analyses.risk
	m = update(t, m, press("down", "down")...) // BTC volatility
	if f, ok := m.selectedField(); !ok || f.Key != "risk.btc_volatility_pct" {
		t.Fatalf("selected %v on the Risk tab, want the BTC volatility", f.Key)
	}
	m, cmd := step(t, m, keyMsg("right"))
	if cmd == nil {
		t.Fatal("the edit returned no command")
	}
	if m.analyses.runs[kindRisk] != nil {
		t.Fatal("the edit started a computation at once, not after the debounce")
	}
	if m.analyses.due[kindRisk] != m.rev {
		t.Fatal("the edit scheduled no computation for its revision")
	}
	m = settle(t, m, cmd)

	want, err := model.MonteCarlo(context.Background(), m.sc, model.RiskOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	got := m.analyses.risk
	if m.analyses.riskRev != m.rev {
		t.Fatal("the result on screen is not for the edited scenario")
	}
	if got.PAIWins != want.PAIWins || got.Advantage != want.Advantage || got.Counts != want.Counts {
		t.Fatalf("shown P(AI wins) %v, advantage %v; MonteCarlo on the edited scenario gives %v, %v",
			got.PAIWins, got.Advantage, want.PAIWins, want.Advantage)
	}
	if got.PAIWins == first.PAIWins && got.Advantage == first.Advantage {
		t.Error("the edit changed nothing: a weak test")
	}
	if !strings.Contains(screen(m), words.RiskHeadline(want)) {
		t.Errorf("the screen does not state %q:\n%s", words.RiskHeadline(want), screen(m))
	}
}

// Held keys queue no work: of a burst of edits only the last one's timer
// starts a computation.
func TestHeldKeysStartOneComputation(t *testing.T) {
	m := analysedModel(t, 120, 40, darkBackground, "5")
	var dues []tea.Msg
	for range 5 {
		var cmd tea.Cmd
		m, cmd = step(t, m, keyMsg("right")) // paths, 1,000 at a time
		dues = append(dues, runCmd(cmd)...)
	}
	started := 0
	var last tea.Cmd
	for _, msg := range dues {
		var cmd tea.Cmd
		m, cmd = step(t, m, msg)
		if cmd != nil {
			started++
			last = cmd
		}
	}
	if started != 1 {
		t.Fatalf("%d computations started for a burst of 5 edits, want 1", started)
	}
	m = settle(t, m, last)
	if m.analyses.riskRev != m.rev || m.analyses.risk.Paths != 5500 {
		t.Fatalf("the result is for %d paths (rev %d of %d), want 5,500 of the latest", m.analyses.risk.Paths, m.analyses.riskRev, m.rev)
	}
}

// The heatmap brackets the cell nearest the scenario (the scenario itself
// unless an axis widened to take in a break-even), and the legend gives model.Evaluate's AI NPV − mining NPV,
// formatted as everywhere.
func TestHeatmapMarksTheScenariosCell(t *testing.T) {
	for _, sz := range goldenSizes {
		m := analysedModel(t, sz.w, sz.h, darkBackground, "4")
		res := model.Evaluate(m.sc)
		want := res.AI.NPVUSD.Sub(res.Mining.NPVUSD)
		hm := m.analyses.sens.Heatmap
		if got := hm.ScenarioAdvantageUSD; !got.Equal(want) {
			t.Fatalf("the heatmap's scenario advantage is %s, Evaluate gives %s", got, want)
		}
		if cell := hm.Advantage[hm.Row][hm.Column]; !hm.RateWidened && !hm.HashpriceWidened && !cell.Equal(want) {
			t.Fatalf("no axis widened, yet the marked cell is %s and Evaluate gives %s", cell, want)
		}
		readout := lineWith(m, "this scenario")
		if !strings.Contains(readout, "this scenario "+format.USDShort(want)) {
			t.Errorf("%dx%d: the marked cell's readout %q does not give %s", sz.w, sz.h, readout, format.USDShort(want))
		}
		row := lineWith(m, format.Price(hm.RateAxis[hm.Row], 2, "")+" ")
		if !strings.Contains(row, "[") || !strings.Contains(row, "]") {
			t.Errorf("%dx%d: the scenario's row has no bracketed cell: %q", sz.w, sz.h, row)
		}
	}
}

// While the shown result is being replaced, the tab says so with the
// fraction done; the progress comes from the model's Progress callback.
func TestProgressIsShownWhileComputing(t *testing.T) {
	m := analysedModel(t, 120, 40, darkBackground, "4")
	m = update(t, m, keyMsg("m")) // the AI mode: a new scenario
	m, cmd := step(t, m, analysisDueMsg{kind: kindSensitivity, rev: m.rev})
	if cmd == nil || m.analyses.runs[kindSensitivity] == nil {
		t.Fatal("no computation started")
	}
	run := m.analyses.runs[kindSensitivity]
	run.total.Store(100)
	run.done.Store(50)
	if line := lineWith(m, "updating"); !strings.Contains(line, "50 %") {
		t.Errorf("the title does not show the fraction done: %q", line)
	}
	// The ticker asks for redraws while the run lasts.
	if _, next := step(t, m, analysisTickMsg{run: run}); next == nil {
		t.Error("the progress ticker stopped while the run lasts")
	}
	m = settle(t, m, cmd)
	if strings.Contains(screen(m), "updating") {
		t.Error("still updating after the result landed")
	}
	if _, next := step(t, m, analysisTickMsg{run: run}); next != nil {
		t.Error("the progress ticker goes on after the run ended")
	}
}

// The Risk tab's assumptions are edited in place and r restores them.
func TestRiskAssumptionsEditInPlace(t *testing.T) {
	m := analysedModel(t, 120, 40, darkBackground, "5")
	m = update(t, m, press("down")...) // the seed
	m = drive(t, m, keyMsg("right"))
	if m.sc.Risk.Seed != 2 {
		t.Fatalf("seed after → is %d, want 2", m.sc.Risk.Seed)
	}
	if !strings.Contains(screen(m), "(seed 2)") {
		t.Errorf("the headline does not give the new seed:\n%s", screen(m))
	}
	m = drive(t, m, keyMsg("r"))
	if m.sc.Risk.Seed != 1 || m.analyses.risk.Seed != 1 {
		t.Fatalf("r left the seed at %d (result for seed %d)", m.sc.Risk.Seed, m.analyses.risk.Seed)
	}
	// The Overview's selection is untouched by the Risk tab's.
	if m.selKey != "bitcoin.price_usd" {
		t.Errorf("the Overview's selection moved to %q", m.selKey)
	}
}

// Tabs 4 and 5 are reached by their number keys and listed in the help.
func TestNumberKeysReachTheAnalysisTabs(t *testing.T) {
	m := update(t, New(Options{Scenario: frontierScenario()}), size(120, 40), keyMsg("4"))
	if m.tab != tabSensitivity {
		t.Fatalf("4 shows tab %d", m.tab)
	}
	m = update(t, m, keyMsg("5"))
	if m.tab != tabRisk {
		t.Fatalf("5 shows tab %d", m.tab)
	}
	m = update(t, m, keyMsg("?"))
	if !strings.Contains(screen(m), "1-5") {
		t.Errorf("the help does not list the tab keys 1-5:\n%s", screen(m))
	}
}

// A click on an assumption selects it, as a click on an input does on the
// Overview.
func TestClickSelectsAnAssumption(t *testing.T) {
	m := analysedModel(t, 120, 40, darkBackground, "5")
	for y, line := range strings.Split(screen(m), "\n") {
		if x := strings.Index(line, "Power volatility"); x >= 0 {
			x = cells.Width(line[:x]) // in cells, not bytes
			m = update(t, m, tea.MouseClickMsg(tea.Mouse{X: x + 2, Y: y, Button: tea.MouseLeft}))
			break
		}
	}
	if m.assumptionKey() != "risk.power_price_volatility_pct" {
		t.Fatalf("the click selected %q, want the power-price volatility", m.assumptionKey())
	}
	if !strings.Contains(screen(m), "annualised volatility of the power price") {
		t.Error("the status line does not describe the clicked assumption")
	}
}

// A failed computation is shown and not retried on every key, only once
// the scenario changes.
func TestFailedAnalysisWaitsForAnEdit(t *testing.T) {
	m := update(t, New(Options{Scenario: frontierScenario()}), size(120, 40))
	m, _ = step(t, m, keyMsg("5"))
	run := m.analyses.runs[kindRisk]
	m, _ = step(t, m, analysisDoneMsg{run: run, err: errors.New("no paths today")})
	if !strings.Contains(screen(m), "The analysis failed: no paths today") {
		t.Errorf("the failure is not shown:\n%s", screen(m))
	}
	if _, cmd := step(t, m, keyMsg("down")); cmd != nil {
		t.Error("a key that changes nothing retried the failed computation")
	}
	m, cmd := step(t, m, keyMsg("right")) // an edit
	if cmd == nil || m.analyses.due[kindRisk] != m.rev {
		t.Error("an edit did not schedule a new computation after a failure")
	}
}
