package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/pivot-tui/pivot-tui/tui/panel"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func opened(t *testing.T) *Model {
	t.Helper()
	return update(t, New(Options{Path: "sites/example.toml"}), size(120, 40))
}

// The first input selected is the BTC price; → adds its step of $1,000, and
// both the scenario and the results move at once.
func TestNudgeChangesScenarioAndResults(t *testing.T) {
	m := opened(t)
	if m.selKey != "bitcoin.price_usd" {
		t.Fatalf("selected %q at start, want the BTC price", m.selKey)
	}
	before := m.res
	m = update(t, m, press("right")...)
	if got := m.sc.Bitcoin.PriceUSD; !got.Equal(dec("71000")) {
		t.Fatalf("BTC price after → is %s, want 71000", got)
	}
	// Hashprice scales with the price: 30.288 × 71,000/70,000 = 30.720685…
	if got := m.res.HashpriceUSDPerPHDay.Round(4); !got.Equal(dec("30.7207")) {
		t.Errorf("hashprice after → is %s, want 30.7207", got)
	}
	if !m.res.Mining.NPVUSD.GreaterThan(before.Mining.NPVUSD) {
		t.Errorf("mining NPV did not rise with the BTC price: %s → %s", before.Mining.NPVUSD, m.res.Mining.NPVUSD)
	}
	if !m.res.Mining.NPVUSD.Equal(model.Evaluate(m.sc).Mining.NPVUSD) {
		t.Error("the results on screen are not Evaluate(scenario on screen)")
	}
	if !m.res.AI.NPVUSD.Equal(before.AI.NPVUSD) {
		t.Error("the AI side moved with the BTC price")
	}
	if !strings.Contains(lineWith(m, "BTC price"), "71,000") {
		t.Errorf("the panel does not show the new price:\n%s", lineWith(m, "BTC price"))
	}
	if !strings.Contains(screen(m), "● unsaved") {
		t.Error("no unsaved marker after an edit")
	}
	// shift+← moves ten steps: 71,000 − 10,000.
	m = update(t, m, press("shift+left")...)
	if got := m.sc.Bitcoin.PriceUSD; !got.Equal(dec("61000")) {
		t.Errorf("BTC price after shift+← is %s, want 61000", got)
	}
}

func TestUndoRedoRestoreExactly(t *testing.T) {
	m := opened(t)
	start := *m // a snapshot: Update changes m in place
	m = update(t, m, press("right", "right", "j", "j", "shift+right", "m")...)
	edited := *m
	for range 4 {
		m = update(t, m, press("ctrl+z")...)
	}
	if !panel.SameScenario(&m.sc, &start.sc) {
		t.Fatal("four undos do not restore the opening scenario")
	}
	if !m.res.Mining.NPVUSD.Equal(start.res.Mining.NPVUSD) || !m.res.AI.NPVUSD.Equal(start.res.AI.NPVUSD) {
		t.Fatal("four undos do not restore the opening results")
	}
	if strings.Contains(screen(m), "● unsaved") {
		t.Error("back at the file's values, the dashboard still says unsaved")
	}
	m = update(t, m, press("ctrl+z")...)
	if !strings.Contains(screen(m), "Nothing to undo") {
		t.Error("a fifth undo does not say there is nothing to undo")
	}
	for range 4 {
		m = update(t, m, press("ctrl+y")...)
	}
	if !panel.SameScenario(&m.sc, &edited.sc) || !m.res.AI.NPVUSD.Equal(edited.res.AI.NPVUSD) {
		t.Fatal("four redos do not restore the edited scenario")
	}
	if m.sc.AI.Mode != model.ModeColocation {
		t.Error("redo lost the mode switch")
	}
	// A new edit after an undo ends the redo branch.
	m = update(t, m, press("ctrl+z", "left", "ctrl+y")...)
	if !strings.Contains(screen(m), "Nothing to redo") {
		t.Error("redo after a new edit should have nothing to redo")
	}
}

func TestInvalidTypedValueChangesNothing(t *testing.T) {
	m := opened(t)
	before := m.sc
	m = update(t, m, press("enter", "ctrl+u")...)
	m = update(t, m, typeText("-5")...)
	m = update(t, m, press("enter")...)
	if m.prompt == nil {
		t.Fatal("the prompt closed on a bad value")
	}
	status := lineWith(m, "out of range")
	if !strings.Contains(status, "BTC price: −5 is out of range: want in (0, 100,000,000] USD") {
		t.Errorf("status line does not show the allowed range:\n%s", status)
	}
	if !panel.SameScenario(&m.sc, &before) {
		t.Error("a rejected value changed the scenario")
	}
	m = update(t, m, press("esc")...)
	if m.prompt != nil || !panel.SameScenario(&m.sc, &before) || len(m.hist.past) != 0 {
		t.Error("esc left a prompt, a change or a history entry behind")
	}
	// Not a number at all.
	m = update(t, m, press("enter", "ctrl+u")...)
	m = update(t, m, typeText("lots")...)
	m = update(t, m, press("enter")...)
	if !strings.Contains(screen(m), "lots is not a number") {
		t.Errorf("no error for text:\n%s", lineWith(m, "lots"))
	}
	// A good value goes through the same prompt.
	m = update(t, m, press("ctrl+u")...)
	m = update(t, m, typeText("85_000")...)
	m = update(t, m, press("enter")...)
	if m.prompt != nil || !m.sc.Bitcoin.PriceUSD.Equal(dec("85000")) {
		t.Fatalf("typing 85_000 gave %s (prompt open: %v)", m.sc.Bitcoin.PriceUSD, m.prompt != nil)
	}
}

// Cross-field rules: selling more BTC than the treasury holds is refused.
func TestCrossFieldRuleRefused(t *testing.T) {
	m := update(t, New(Options{Scenario: treasuryScenario()}), size(120, 40))
	m.selKey = "treasury.btc_to_sell"
	m = update(t, m, press("enter", "ctrl+u")...)
	m = update(t, m, typeText("8000")...)
	m = update(t, m, press("enter")...)
	if !m.sc.Treasury.BTCToSell.Equal(dec("4451")) {
		t.Fatal("sold more BTC than held")
	}
	// The rule names the other input as the screen does, and its key.
	want := "BTC to sell: 8,000 is out of range: want at most BTC held (treasury.btc_held), 7,475 BTC"
	if !strings.Contains(screen(m), want) {
		t.Errorf("the reason is not %q:\n%s", want, lineWith(m, "range"))
	}
}

func TestNudgeKeepsTheRange(t *testing.T) {
	m := opened(t)
	// Uptime 97 %, step 1: ten steps up stop at 100.
	m.selKey = "mining.uptime_pct"
	m = update(t, m, press("shift+right")...)
	if !m.sc.Mining.UptimePct.Equal(dec("100")) {
		t.Fatalf("uptime after +10 steps is %s, want 100 (clamped)", m.sc.Mining.UptimePct)
	}
	m = update(t, m, press("right")...)
	if !m.sc.Mining.UptimePct.Equal(dec("100")) || !strings.Contains(screen(m), "Uptime is already at its maximum, 100 %") {
		t.Errorf("a nudge past 100 %% was not refused: %s\n%s", m.sc.Mining.UptimePct, lineWith(m, "stays"))
	}
	// Power must stay above 0 MW (an exclusive bound): refused, not clamped.
	m.selKey = "site.power_mw"
	for range 6 {
		m = update(t, m, press("shift+left")...)
	}
	if !m.sc.Site.PowerMW.Equal(dec("50")) && !m.sc.Site.PowerMW.IsPositive() {
		t.Fatalf("power went to %s", m.sc.Site.PowerMW)
	}
	if got := m.sc.Site.PowerMW; !got.Equal(dec("10")) {
		t.Errorf("power after four −10 steps and two refused ones is %s, want 10", got)
	}
	if !strings.Contains(screen(m), "stays above 0 MW") {
		t.Errorf("no refusal message:\n%s", lineWith(m, "Power"))
	}
}

func TestFlagsModeAndMonths(t *testing.T) {
	m := opened(t)
	m.selKey = "mining.shutoff_when_unprofitable"
	m = update(t, m, press("left")...)
	if m.sc.Mining.ShutoffWhenUnprofitable {
		t.Error("← did not toggle the shutoff flag")
	}
	m.selKey = "bitcoin.next_halving"
	m = update(t, m, press("right", "shift+right")...)
	if got := m.sc.Bitcoin.NextHalving.String(); got != "2029-03" {
		t.Errorf("next halving after +1 and +10 months is %s, want 2029-03", got)
	}
	m = update(t, m, press("m")...)
	if m.sc.AI.Mode != model.ModeColocation {
		t.Fatal("m did not switch to colocation")
	}
	s := screen(m)
	if !strings.Contains(s, "Total rent") || !strings.Contains(s, "Escalator") || strings.Contains(s, "GPU rate ") {
		t.Error("colocation mode should show the colocation inputs instead of the GPU ones")
	}
	// The selected GPU input vanishes with the mode: the selection moves to the mode.
	m = update(t, m, press("m")...)
	m.selKey = "ai.gpu.utilization_pct"
	m = update(t, m, press("m")...)
	if m.selKey != "ai.mode" {
		t.Errorf("selection after the GPU input vanished is %q, want ai.mode", m.selKey)
	}
}

func TestHashpriceOverride(t *testing.T) {
	m := opened(t)
	m.selKey = "bitcoin.hashprice_usd_per_ph_day"
	if !strings.Contains(lineWith(m, "Hashprice"), "auto") {
		t.Fatal("the derived hashprice is not marked auto")
	}
	// Nudging starts from the derived value, 30.288 → 30.29, plus 0.5.
	m = update(t, m, press("right")...)
	o := m.sc.Bitcoin.HashpriceOverrideUSDPerPHDay
	if !o.Valid || !o.Decimal.Equal(dec("30.79")) {
		t.Fatalf("override after → is %v, want 30.79", o)
	}
	if strings.Contains(lineWith(m, "Hashprice"), "auto") {
		t.Error("an override still shows as auto")
	}
	if !m.res.HashpriceUSDPerPHDay.Equal(dec("30.79")) {
		t.Errorf("month-1 hashprice is %s, want the override", m.res.HashpriceUSDPerPHDay)
	}
	// del returns it to the derived value.
	m = update(t, m, press("delete")...)
	if m.sc.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid {
		t.Fatal("del did not clear the override")
	}
	// Typing sets it, an empty answer clears it.
	m = update(t, m, press("enter")...)
	m = update(t, m, typeText("41.5")...)
	m = update(t, m, press("enter")...)
	if o := m.sc.Bitcoin.HashpriceOverrideUSDPerPHDay; !o.Valid || !o.Decimal.Equal(dec("41.5")) {
		t.Fatalf("typed override is %v, want 41.5", o)
	}
	m = update(t, m, press("enter", "ctrl+u", "enter")...)
	if m.sc.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid {
		t.Fatal("an empty answer did not clear the override")
	}
	if !strings.Contains(lineWith(m, "Hashprice"), "auto") {
		t.Error("the cleared hashprice is not auto again")
	}
}

func TestResetToFileValue(t *testing.T) {
	m := opened(t)
	m = update(t, m, press("right", "right", "j", "right", "k", "r")...)
	if !m.sc.Bitcoin.PriceUSD.Equal(dec("70000")) {
		t.Errorf("r left the BTC price at %s, want the file's 70000", m.sc.Bitcoin.PriceUSD)
	}
	if !m.sc.Bitcoin.PriceGrowthPctPerYear.Equal(dec("5")) {
		t.Errorf("r touched another input: price growth %s", m.sc.Bitcoin.PriceGrowthPctPerYear)
	}
	m = update(t, m, press("ctrl+z")...)
	if !m.sc.Bitcoin.PriceUSD.Equal(dec("72000")) {
		t.Errorf("undo of r gives %s, want 72000", m.sc.Bitcoin.PriceUSD)
	}
}

func TestSaveWritesAFileThatLoadsBackEqual(t *testing.T) {
	path := filepath.Join(t.TempDir(), "site.toml")
	m := drive(t, New(Options{Path: path}), size(120, 40))
	m = drive(t, m, press("right", "j", "j", "shift+right", "m", "ctrl+s")...)
	if m.confirm != nil {
		t.Fatalf("saving a new file asked: %s", m.confirm.question)
	}
	loaded, err := scenarios.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !panel.SameScenario(&loaded, &m.sc) {
		t.Fatal("the saved file does not load back as the scenario on screen")
	}
	if m.dirty() || strings.Contains(screen(m), "● unsaved") {
		t.Error("still unsaved after saving")
	}
	if !strings.Contains(screen(m), "Saved "+path) {
		t.Error("no confirmation in the status line")
	}
}

func TestPresetAsksForAPathOnFirstSave(t *testing.T) {
	dir := t.TempDir()
	m := drive(t, New(Options{PresetName: "default"}), size(120, 40), keyMsg("right"), keyMsg("ctrl+s"))
	if m.prompt == nil || m.prompt.kind != promptSaveAs {
		t.Fatal("ctrl+s on a preset does not ask for a path")
	}
	if got := m.prompt.input.Value(); got != "default.toml" {
		t.Errorf("suggested file name %q, want default.toml", got)
	}
	path := filepath.Join(dir, "mine")
	m = drive(t, m, press("ctrl+u")...)
	m = drive(t, m, typeText(path)...)
	m = drive(t, m, press("enter")...)
	if m.path != path+".toml" {
		t.Fatalf("path after save-as is %q, want %q", m.path, path+".toml")
	}
	loaded, err := scenarios.Load(m.path)
	if err != nil || !loaded.Bitcoin.PriceUSD.Equal(dec("71000")) {
		t.Fatalf("saved preset loads as %v, %v", loaded.Bitcoin.PriceUSD, err)
	}
	// Save as onto an existing file asks first.
	m = drive(t, m, press("S", "ctrl+u")...)
	m = drive(t, m, typeText(m.path)...)
	m = drive(t, m, press("right")...) // still in the prompt: → moves the cursor
	m = drive(t, m, press("enter")...)
	if m.confirm != nil {
		t.Fatal("saving over the document's own unchanged file should not ask")
	}
	other := filepath.Join(dir, "other.toml")
	if err := os.WriteFile(other, []byte("name = \"other\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m = drive(t, m, press("S", "ctrl+u")...)
	m = drive(t, m, typeText(other)...)
	m = drive(t, m, press("enter")...)
	if m.confirm == nil || !strings.Contains(m.confirm.question, "already exists") {
		t.Fatal("saving over another existing file does not ask")
	}
	drive(t, m, press("n")...)
	if data, _ := os.ReadFile(other); string(data) != "name = \"other\"\n" {
		t.Error("answering no still overwrote the file")
	}
}

func TestRefuseToOverwriteAFileChangedOnDisk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "site.toml")
	if err := scenarios.Save(path, model.Default()); err != nil {
		t.Fatal(err)
	}
	sc, stamp, err := scenarios.LoadStamped(path)
	if err != nil {
		t.Fatal(err)
	}
	m := drive(t, New(Options{Scenario: sc, Path: path, Stamp: &stamp}), size(120, 40), keyMsg("right"))
	edited := []byte("name = \"edited elsewhere\"\n")
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	m = drive(t, m, press("ctrl+s")...)
	if m.confirm == nil || !strings.Contains(m.confirm.question, "changed on disk") {
		t.Fatalf("saving over a changed file does not ask:\n%s", screen(m))
	}
	m = drive(t, m, press("n")...)
	if data, _ := os.ReadFile(path); string(data) != string(edited) {
		t.Fatal("answering no overwrote the file")
	}
	m = drive(t, m, press("ctrl+s", "y")...)
	loaded, err := scenarios.Load(path)
	if err != nil || !loaded.Bitcoin.PriceUSD.Equal(dec("71000")) {
		t.Fatalf("answering yes did not save: %v %v", loaded.Bitcoin.PriceUSD, err)
	}
	// The new stamp is the saved file: a second save does not ask.
	m = drive(t, m, press("right", "ctrl+s")...)
	if m.confirm != nil {
		t.Error("a second save asks again")
	}
}

func TestSaveErrorKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing-folder", "site.toml")
	m := drive(t, New(Options{Path: path}), size(120, 40), keyMsg("right"), keyMsg("ctrl+s"))
	if !m.dirty() || !strings.Contains(screen(m), "save "+path) {
		t.Errorf("a failed save should show its error and keep the changes:\n%s", lineWith(m, "save"))
	}
}

func TestOpenAnotherFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.toml")
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(good, []byte("name = \"Good\"\n[site]\npower_mw = 20\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("[site]\npower_mw = -3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := opened(t)
	m = drive(t, m, press("o", "ctrl+u")...)
	m = drive(t, m, typeText(bad)...)
	m = drive(t, m, press("enter")...)
	if !strings.Contains(screen(m), "bad.toml:2:") || m.sc.Name != "Example site" {
		t.Fatalf("a bad file should leave the scenario and show file:line:\n%s", lineWith(m, "bad.toml"))
	}
	// Tab completes the file name.
	m = drive(t, m, press("o", "ctrl+u")...)
	m = drive(t, m, typeText(filepath.Join(dir, "go"))...)
	m = drive(t, m, press("tab")...)
	if got := m.prompt.input.Value(); got != good {
		t.Fatalf("tab completed to %q, want %q", got, good)
	}
	m = drive(t, m, press("enter")...)
	if m.sc.Name != "Good" || !m.sc.Site.PowerMW.Equal(dec("20")) || m.path != good {
		t.Fatalf("opened %q, %s MW from %q", m.sc.Name, m.sc.Site.PowerMW, m.path)
	}
	// With unsaved changes, opening asks first.
	m = drive(t, m, press("right", "o")...)
	if m.confirm == nil {
		t.Fatal("opening over unsaved changes does not ask")
	}
	m = drive(t, m, press("n")...)
	if m.prompt != nil || !m.dirty() {
		t.Error("no should keep the changes and open nothing")
	}
}

func TestQuitAsksWhenUnsaved(t *testing.T) {
	m := opened(t)
	if _, cmd := m.Update(keyMsg("q")); !isQuit(cmd) {
		t.Fatal("q without changes does not quit")
	}
	m = update(t, m, press("right", "q")...)
	if m.confirm == nil || m.confirm.kind != confirmQuit {
		t.Fatal("q with unsaved changes does not ask")
	}
	if !strings.Contains(screen(m), "Unsaved changes:  s save and quit · y quit without saving · n stay") {
		t.Errorf("question not shown:\n%s", lineWith(m, "Quit"))
	}
	next, cmd := m.Update(keyMsg("n"))
	if isQuit(cmd) || next.(*Model).confirm != nil {
		t.Fatal("n quit or kept asking")
	}
	m = update(t, next.(*Model), press("ctrl+c")...)
	if m.confirm == nil {
		t.Fatal("ctrl+c with unsaved changes does not ask")
	}
	if _, cmd := m.Update(keyMsg("y")); !isQuit(cmd) {
		t.Fatal("y does not quit")
	}
}

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestTooSmallAsksToEnlarge(t *testing.T) {
	for _, s := range []struct{ w, h int }{{79, 24}, {80, 23}, {40, 10}} {
		m := update(t, New(Options{}), size(s.w, s.h))
		if !strings.Contains(screen(m), "Enlarge the terminal to 80x24") {
			t.Errorf("%dx%d: no enlarge message:\n%s", s.w, s.h, screen(m))
		}
	}
	m := update(t, New(Options{}), size(40, 10), size(80, 24))
	if strings.Contains(screen(m), "Enlarge") || !strings.Contains(screen(m), "BTC price") {
		t.Error("back at 80x24 the dashboard does not return")
	}
}

func TestTabsAndLedgerScrolling(t *testing.T) {
	m := opened(t)
	m = update(t, m, press("tab")...)
	if m.tab != tabCashFlow || !strings.Contains(screen(m), "Cum. cash") {
		t.Fatal("tab does not open the cash flow")
	}
	if !strings.Contains(screen(m), "½ halving") || !strings.Contains(screen(m), "▶ AI live") {
		t.Error("the ledger does not mark the halving and AI going live")
	}
	m = update(t, m, press("end")...)
	if !strings.Contains(screen(m), "2031-12") {
		t.Error("end does not show the last month")
	}
	bottom := m.ledgerTop
	m = update(t, m, tea.MouseWheelMsg(tea.Mouse{X: 50, Y: 20, Button: tea.MouseWheelUp}))
	if m.ledgerTop != bottom-wheelStep {
		t.Errorf("wheel up scrolled from %d to %d, want %d", bottom, m.ledgerTop, bottom-wheelStep)
	}
	m = update(t, m, press("home")...)
	if m.ledgerTop != 0 {
		t.Error("home does not go back to the top")
	}
	// shift+tab wraps: Cash flow → Overview → Risk → Sensitivity → Treasury.
	m = update(t, m, press("shift+tab", "shift+tab", "shift+tab", "shift+tab")...)
	if m.tab != tabTreasury || !strings.Contains(screen(m), "No treasury in this scenario") {
		t.Fatal("shift+tab four times should reach the treasury tab and explain the missing table")
	}
	m = update(t, m, press("1")...)
	if m.tab != tabOverview {
		t.Fatal("1 does not go back to the overview")
	}
}

func TestMouseSelectsInputsAndTabs(t *testing.T) {
	m := opened(t)
	// Body starts on row 2: row 2 is MARKET, row 3 BTC price, row 4 price growth.
	m = update(t, m, tea.MouseClickMsg(tea.Mouse{X: 5, Y: 5, Button: tea.MouseLeft}))
	if m.selKey != "bitcoin.network_hashrate_eh" {
		t.Errorf("click on row 5 selected %q", m.selKey)
	}
	m = update(t, m, tea.MouseWheelMsg(tea.Mouse{X: 5, Y: 10, Button: tea.MouseWheelDown}))
	if m.selKey != "bitcoin.hashrate_growth_pct_per_year" {
		t.Errorf("wheel over the inputs selected %q", m.selKey)
	}
	spans := tabSpans()
	m = update(t, m, tea.MouseClickMsg(tea.Mouse{X: spans[tabTreasury][0] + 2, Y: 1, Button: tea.MouseLeft}))
	if m.tab != tabTreasury {
		t.Error("clicking the treasury tab does not open it")
	}
}

func TestTreasuryTab(t *testing.T) {
	m := update(t, New(Options{Scenario: treasuryScenario()}), size(120, 40), keyMsg("3"))
	s := screen(m)
	// LTV = 300M / (7,475 × 70,000) = 57.33 %; margin call at 300M / (7,475 × 0.75) = $53,512.
	for _, want := range []string{"57.3 %", "$53,512", "$44,593", "$311,570,000", "$11,570,000", "no loan", "21.6 %"} {
		if !strings.Contains(s, want) {
			t.Errorf("treasury tab lacks %q:\n%s", want, s)
		}
	}
}

func TestThemes(t *testing.T) {
	m := opened(t)
	if m.theme != theme.Dark {
		t.Fatal("the dashboard does not start dark")
	}
	m = update(t, m, lightBackground)
	if m.theme != theme.Light {
		t.Fatal("a light background does not switch to the light theme")
	}
	m = update(t, New(Options{Env: []string{"NO_COLOR=yes"}}), size(120, 40), darkBackground)
	if m.theme != theme.Mono || hasColour(m.View().Content) {
		t.Fatal("NO_COLOR=yes does not give a monochrome view")
	}
	if noColor([]string{"NO_COLOR="}) {
		t.Error("an empty NO_COLOR counts as set")
	}
}

func TestViewSetsTerminalModes(t *testing.T) {
	v := opened(t).View()
	if !v.AltScreen || v.MouseMode != tea.MouseModeCellMotion || !strings.Contains(v.WindowTitle, "Example site") {
		t.Errorf("view modes: alt %v, mouse %v, title %q", v.AltScreen, v.MouseMode, v.WindowTitle)
	}
	if cmd := New(Options{}).Init(); cmd == nil {
		t.Error("Init does not ask for the background colour")
	}
}

func TestRunRefusesWithoutATerminal(t *testing.T) {
	err := Run(Options{Input: strings.NewReader(""), Output: &strings.Builder{}})
	if err == nil || !strings.Contains(err.Error(), "pivot-tui report") {
		t.Fatalf("Run without a terminal: %v", err)
	}
}

// A scenario opened from JSON is saved as TOML under a .toml name: Save
// writes TOML, which a .json name would not load back.
func TestSavingAJSONFileAsksForATOMLName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "site.json")
	m := drive(t, New(Options{Path: path}), size(120, 40), keyMsg("right"), keyMsg("ctrl+s"))
	if m.prompt == nil || m.prompt.kind != promptSaveAs {
		t.Fatal("ctrl+s on a JSON file does not ask for a TOML name")
	}
	want := strings.TrimSuffix(path, ".json") + ".toml"
	if got := m.prompt.input.Value(); got != want {
		t.Errorf("suggested %q, want %q", got, want)
	}
	m = drive(t, m, press("enter")...)
	if _, err := scenarios.Load(want); err != nil || m.path != want {
		t.Fatalf("saved to %q: %v", m.path, err)
	}
}

// Saving and opening touch the disk only in commands: Update returns them,
// and nothing on disk or on screen changes until their messages come back.
func TestFileWorkRunsInCommands(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "site.toml")
	m := update(t, New(Options{Path: path}), size(120, 40), keyMsg("right"))

	m, check := step(t, m, keyMsg("ctrl+s"))
	if check == nil {
		t.Fatal("ctrl+s returned no command")
	}
	checked, ok := check().(writeCheckedMsg)
	if !ok {
		t.Fatal("the save's first command is not the check of the file")
	}
	m, write := step(t, m, checked)
	if _, err := os.Stat(path); err == nil || write == nil {
		t.Fatalf("the file was written before the write command ran (command %v)", write)
	}
	m, _ = step(t, m, write())
	if _, err := os.Stat(path); err != nil || m.dirty() {
		t.Fatalf("after the write: %v, dirty %v", err, m.dirty())
	}

	// Open: the scenario on screen changes only when the file's message lands.
	other := filepath.Join(dir, "other.toml")
	if err := os.WriteFile(other, []byte("name = \"Other\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m = update(t, m, press("o", "ctrl+u")...)
	m = update(t, m, typeText(other)...)
	m, load := step(t, m, keyMsg("enter"))
	if load == nil || m.sc.Name == "Other" {
		t.Fatal("enter opened the file on the UI goroutine")
	}
	m, _ = step(t, m, load())
	if m.sc.Name != "Other" || m.path != other {
		t.Fatalf("opened %q from %q", m.sc.Name, m.path)
	}
}

// A save that was under way when another file was opened writes nothing:
// its check answers for the document it began for.
func TestSaveForAReplacedDocumentIsVoid(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first.toml"), filepath.Join(dir, "second.toml")
	if err := os.WriteFile(second, []byte("name = \"Second\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := update(t, New(Options{Path: first}), size(120, 40))
	m, check := step(t, m, keyMsg("ctrl+s"))
	checked := check()
	m = drive(t, m, press("o", "ctrl+u")...)
	m = drive(t, m, typeText(second)...)
	m = drive(t, m, keyMsg("enter"))
	if m.path != second {
		t.Fatalf("the second file did not open: %q", m.path)
	}
	if _, cmd := step(t, m, checked); cmd != nil {
		t.Error("the first document's save went on after the second was opened")
	}
	if _, err := os.Stat(first); err == nil {
		t.Error("the first file was written")
	}
}

// A completion for text the user has since typed past is dropped.
func TestStaleCompletionIsDropped(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good.toml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	m := update(t, New(Options{}), size(120, 40), keyMsg("o"), keyMsg("ctrl+u"))
	m = update(t, m, typeText(filepath.Join(dir, "go"))...)
	m, complete := step(t, m, keyMsg("tab"))
	m = update(t, m, typeText("x")...)
	m, _ = step(t, m, complete())
	if got := m.prompt.input.Value(); got != filepath.Join(dir, "gox") {
		t.Errorf("a stale completion changed the prompt to %q", got)
	}
}

// A refused value is worded from what the model found, never from its
// message's text: not a number, out of the field's range (with the panel's
// grouped numbers), or against a rule across fields.
func TestProblemWording(t *testing.T) {
	price, _ := model.FieldByKey("bitcoin.price_usd")
	month, _ := model.FieldByKey("bitcoin.next_halving")
	sell, _ := model.FieldByKey("treasury.btc_to_sell")
	s := treasuryScenario()
	oversold := func() error {
		o := treasuryScenario()
		o.Treasury.BTCToSell = dec("8000")
		return model.Validate(o)
	}
	parse := func(f model.Field, text string) error { return f.Parse(&s, text) }
	for _, tc := range []struct {
		err  error
		want string
	}{
		{parse(price, "lots"), "BTC price: lots is not a number: want one in (0, 100,000,000] USD"},
		{parse(price, ""), "BTC price: want a number in (0, 100,000,000] USD"},
		{parse(price, "200_000_000"), "BTC price: 200,000,000 is out of range: want in (0, 100,000,000] USD"},
		{parse(month, "2027-13"), "Next halving: 2027-13 is not allowed: want a month written YYYY-MM"},
		{oversold(), sell.Label + ": 8,000 is out of range: want at most BTC held (treasury.btc_held), 7,475 BTC"},
		// A decimal comma is refused as no number, never read as 235.
		{parse(price, "2,35"), "BTC price: 2,35 is not a number: want one in (0, 100,000,000] USD"},
		// Too many digits: the model's own words, not taken for "not a number".
		{parse(price, "1."+strings.Repeat("1", 120)), "BTC price: 1." + strings.Repeat("1", 22) + "…" + strings.Repeat("1", 15) + " (122 characters) is out of range: want a number of at most 100 significant digits"},
	} {
		if got := problem(tc.err); got != tc.want {
			t.Errorf("%v:\n got %q\nwant %q", tc.err, got, tc.want)
		}
	}
}
