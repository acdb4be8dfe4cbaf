package tui

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/shopspring/decimal"
)

// The Sensitivity and Risk tabs show spec §9's analyses, which take from a
// few milliseconds to seconds (a million Monte Carlo paths). They run off
// the UI goroutine, in tea.Cmds, on every core:
//
//   - Every change of the scenario bumps Model.rev (setResult). A run is
//     tagged with the revision it computes, and a result for any other
//     revision is dropped when it arrives; the run itself is cancelled as
//     soon as the scenario moves on.
//   - Work starts only for the tab on screen. Switching to it starts at once;
//     an edit made on it starts after a debounce (defaultDebounce) without a
//     further edit, so a held key queues no work.
//   - The model reports progress through RiskOptions.Progress into the run's
//     atomic counters; a ticker redraws every tick (defaultProgressTick)
//     while the run lasts, and the view reads the counters.

const (
	defaultDebounce     = 150 * time.Millisecond
	defaultProgressTick = 100 * time.Millisecond
)

// analysisKind is one of the two background computations.
type analysisKind int

const (
	kindSensitivity analysisKind = iota // model.Analyse: heatmap and tornado
	kindRisk                            // model.MonteCarlo
	kindCount
)

// analysisRun is one computation in flight, shared by the model and the
// command computing it.
type analysisRun struct {
	kind     analysisKind
	rev      uint64
	mode     model.Mode         // the scenario's AI mode, which names the heatmap's rate axis
	base     [2]decimal.Decimal // the scenario's own mining and AI NPV, beside the percentiles
	cancel   context.CancelFunc
	tick     time.Duration // between redraws of its progress
	finished chan struct{} // closed when the computation returns
	done     atomic.Int64  // progress, as the model reports it
	total    atomic.Int64
}

// fraction is the share of the run's work done, 0 before the first report.
func (r *analysisRun) fraction() float64 {
	total := r.total.Load()
	if total <= 0 {
		return 0
	}
	return min(1, float64(r.done.Load())/float64(total))
}

// analyses holds what the two tabs show and what they are computing.
type analyses struct {
	debounce, tick time.Duration // see Options.AnalysisDebounce

	sens       model.Sensitivity
	sensRev    uint64           // revision sens belongs to; 0 before the first result
	sensMode   model.Mode       // the AI mode sens was computed in (it names the rate axis)
	sensShades panel.HeatShades // sens's heatmap as drawn, worked out once

	risk     model.RiskResult
	riskRev  uint64
	riskBase [2]decimal.Decimal // the deterministic mining and AI NPV of risk's scenario

	runs   [kindCount]*analysisRun // in flight, or nil
	due    [kindCount]uint64       // revision a debounce timer waits to start
	errs   [kindCount]string       // the last failure, for the tab to show
	failed [kindCount]uint64       // its revision: not retried until the scenario changes
}

// analysisDoneMsg carries a finished computation back to Update.
type analysisDoneMsg struct {
	run  *analysisRun
	sens model.Sensitivity
	risk model.RiskResult
	err  error
}

// analysisDueMsg ends a debounce: start kind if rev is still the scenario's.
type analysisDueMsg struct {
	kind analysisKind
	rev  uint64
}

// analysisTickMsg redraws a run's progress.
type analysisTickMsg struct{ run *analysisRun }

// visibleAnalysis is the computation the current tab shows, if any: the
// Treasury tab shows the Monte Carlo's odds of a margin call when a loan is
// left after the sale (spec §15).
func (m *Model) visibleAnalysis() (analysisKind, bool) {
	switch {
	case m.tab == tabSensitivity:
		return kindSensitivity, true
	case m.tab == tabRisk, m.tab == tabTreasury && panel.OddsShown(&m.res):
		return kindRisk, true
	}
	return 0, false
}

// resultRev is the revision of kind's result on hand.
func (a *analyses) resultRev(kind analysisKind) uint64 {
	if kind == kindRisk {
		return a.riskRev
	}
	return a.sensRev
}

// afterInput follows a key press or a click, whose command is cmd: it
// cancels work for a scenario that is no longer on screen and starts (or
// schedules) what the visible tab needs. rev is the revision before the
// input.
func (m *Model) afterInput(rev uint64, cmd tea.Cmd) tea.Cmd {
	edited := m.rev != rev
	if edited {
		m.cancelStale()
	}
	return tea.Batch(cmd, m.planAnalysis(edited))
}

// cancelStale stops every run computing an older scenario.
func (m *Model) cancelStale() {
	for k, run := range m.analyses.runs {
		if run != nil && run.rev != m.rev {
			run.cancel()
			m.analyses.runs[k] = nil
		}
	}
}

// planAnalysis returns the command that brings the visible tab up to date:
// nothing when its result or run is current, a debounce timer after an edit,
// else the computation itself.
func (m *Model) planAnalysis(edited bool) tea.Cmd {
	kind, ok := m.visibleAnalysis()
	if !ok {
		return nil
	}
	a := &m.analyses
	if a.resultRev(kind) == m.rev || a.failed[kind] == m.rev || (a.runs[kind] != nil && a.runs[kind].rev == m.rev) {
		return nil
	}
	if edited {
		a.due[kind] = m.rev
		rev := m.rev
		return tea.Tick(a.debounce, func(time.Time) tea.Msg { return analysisDueMsg{kind: kind, rev: rev} })
	}
	if a.due[kind] == m.rev {
		return nil // a debounce timer for this very scenario will start it
	}
	return m.startAnalysis(kind)
}

// startAnalysis launches kind for the scenario on screen, cancelling any
// older run of it.
func (m *Model) startAnalysis(kind analysisKind) tea.Cmd {
	a := &m.analyses
	if old := a.runs[kind]; old != nil {
		old.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	run := &analysisRun{kind: kind, rev: m.rev, cancel: cancel, tick: a.tick, finished: make(chan struct{}), mode: m.sc.AI.Mode,
		base: [2]decimal.Decimal{m.res.Mining.NPVUSD, m.res.AI.NPVUSD}}
	a.runs[kind] = run
	a.due[kind] = 0
	a.errs[kind] = ""
	sc := m.sc
	opts := model.RiskOptions{
		Workers: 0, // every core
		Progress: func(done, total int) {
			run.total.Store(int64(total))
			run.done.Store(int64(done))
		},
	}
	work := func() (msg tea.Msg) {
		defer close(run.finished)
		defer cancel()
		done := analysisDoneMsg{run: run}
		defer func() {
			// The model panics only on scenarios Validate refuses; never
			// take the terminal down with it.
			if r := recover(); r != nil {
				done.err = fmt.Errorf("the model cannot analyse this scenario: %v", r)
				msg = done
			}
		}()
		switch kind {
		case kindRisk:
			done.risk, done.err = model.MonteCarlo(ctx, sc, opts)
		default:
			done.sens, done.err = model.Analyse(ctx, sc, opts)
		}
		return done
	}
	return tea.Batch(work, progressTicker(run))
}

// progressTicker asks for a redraw every run.tick until the run finishes;
// it returns nothing once it has (the result's message redraws).
func progressTicker(run *analysisRun) tea.Cmd {
	return func() tea.Msg {
		select {
		case <-run.finished:
			return nil
		case <-time.After(run.tick):
			return analysisTickMsg{run: run}
		}
	}
}

// handleAnalysis takes the background computations' messages.
func (m *Model) handleAnalysis(msg tea.Msg) tea.Cmd {
	a := &m.analyses
	switch msg := msg.(type) {
	case analysisDoneMsg:
		run := msg.run
		if a.runs[run.kind] == run {
			a.runs[run.kind] = nil
		}
		if run.rev != m.rev {
			return nil // computed for a scenario no longer on screen
		}
		if msg.err != nil {
			if !errors.Is(msg.err, context.Canceled) {
				a.errs[run.kind], a.failed[run.kind] = msg.err.Error(), run.rev
			}
			return nil
		}
		switch run.kind {
		case kindRisk:
			a.risk, a.riskRev, a.riskBase = msg.risk, run.rev, run.base
		default:
			a.sens, a.sensRev, a.sensMode = msg.sens, run.rev, run.mode
			a.sensShades = panel.NewHeatShades(&msg.sens.Heatmap)
		}
	case analysisDueMsg:
		if msg.rev != m.rev || a.due[msg.kind] != msg.rev {
			return nil // a later edit has its own timer
		}
		a.due[msg.kind] = 0
		if kind, ok := m.visibleAnalysis(); ok && kind == msg.kind && a.resultRev(kind) != m.rev {
			return m.startAnalysis(kind)
		}
	case analysisTickMsg:
		if a.runs[msg.run.kind] == msg.run {
			return progressTicker(msg.run)
		}
	}
	return nil
}

// progress is where kind's computation stands, for its tab: whether there
// is a result, whether it is for an older scenario, how far the run in
// flight is, and the last error.
func (m *Model) progress(kind analysisKind) panel.Progress {
	a := &m.analyses
	rev := a.resultRev(kind)
	p := panel.Progress{Has: rev != 0, Stale: rev != 0 && rev != m.rev, Err: a.errs[kind]}
	if run := a.runs[kind]; run != nil {
		p.Fraction = run.fraction()
	}
	return p
}
