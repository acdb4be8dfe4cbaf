package tui

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/market/markettest"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// marketDashboard is the dashboard on a scenario, asking a fake instance
// with the fixtures' clock and keeping its snapshots in a cache of its own.
func marketDashboard(t *testing.T, sc model.Scenario, routes map[string]http.Handler, w, h int) (*Model, *market.Client, market.Cache) {
	t.Helper()
	server := markettest.NewServer(t, routes)
	client := &market.Client{BaseURL: server.URL, HTTP: server.Client(), Now: func() time.Time { return markettest.Now }}
	cache := market.Cache{Path: filepath.Join(t.TempDir(), "market.json")}
	m := New(Options{Scenario: sc, Path: "sites/example.toml", Market: client, MarketCache: cache,
		Now: func() time.Time { return markettest.Now }})
	return update(t, m, size(w, h)), client, cache
}

// pressM presses M and returns the fetch it starts, run as the program
// would run it: off the UI goroutine, its message sent back later.
func pressM(t *testing.T, m *Model) (*Model, tea.Msg) {
	t.Helper()
	next, cmd := m.Update(keyMsg("M"))
	if cmd == nil {
		t.Fatal("M started no command")
	}
	return next.(*Model), cmd()
}

// The whole flow: M fetches in the background, the panel shows each figure
// beside the input it would replace, ticked where they differ; space unticks
// one, enter applies the rest as one edit, the header names the market, and
// one ctrl+z restores every value.
func TestMarketFlow(t *testing.T) {
	m, client, _ := marketDashboard(t, model.Default(), nil, 120, 40)
	before := m.sc
	m, msg := pressM(t, m)
	host := strings.TrimPrefix(client.BaseURL, "http://")
	if !strings.Contains(screen(m), "fetching the market from "+host+"…") {
		t.Errorf("the header does not say a fetch is under way:\n%s", screen(m))
	}
	// Until the answer comes, the keyboard works as ever.
	m = update(t, m, press("down")...)
	if m.selKey != "bitcoin.price_growth_pct_per_year" {
		t.Errorf("a key during the fetch selected %q", m.selKey)
	}

	m = update(t, m, msg)
	if m.market.panel == nil {
		t.Fatalf("no panel after the answer; status %q", m.status.text)
	}
	out := screen(m)
	for _, want := range []string{
		"TODAY'S MARKET",
		"at 2026-11-30 12:00 UTC from " + client.BaseURL,
		"› [x] BTC price                 70,000        86,450 USD",
		"  [x] Network hashrate           1,050     1,116.499 EH/s",
		"  [ ] Block subsidy              3.125         3.125 BTC       same",
		"  [x] Fees                        0.03         0.025 BTC/block",
		"  [ ] Next halving             2028-04       2028-04           same",
		// The model's month-1 hashprice, now and with the three ticked:
		// (3.125 + 0.03) × 144 × 70,000 / 1,050,000 = 30.288 and
		// 39,213,720 / 1,116,499 = 35.122 (the market package's test).
		"Hashprice, month 1           30.29 → 35.12 $/PH/day",
		"3 of 6 ticked",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the panel lacks %q:\n%s", want, out)
		}
	}

	// space on a figure the input already holds changes nothing and says so;
	// on the hashrate it unticks it.
	m = update(t, m, press("down", "down", "space")...)
	if !strings.Contains(screen(m), "Block subsidy already holds the market's value.") {
		t.Errorf("no word on a figure already held:\n%s", screen(m))
	}
	m = update(t, m, press("up", "space")...)
	if !strings.Contains(screen(m), "› [ ] Network hashrate") || !strings.Contains(screen(m), "2 of 6 ticked") {
		t.Errorf("space did not untick the hashrate:\n%s", screen(m))
	}
	// The preview follows the ticks: (3.15 × 144 × 86,450) / 1,050,000 = 37.347…
	if !strings.Contains(screen(m), "30.29 → 37.35 $/PH/day") {
		t.Errorf("the hashprice preview does not follow the ticks:\n%s", screen(m))
	}

	m = update(t, m, press("enter")...)
	if m.market.panel != nil {
		t.Fatal("enter left the panel open")
	}
	want := before
	want.Bitcoin.PriceUSD = dec("86450")
	want.Bitcoin.FeesBTCPerBlock = dec("0.025")
	if !panel.SameScenario(&m.sc, &want) {
		t.Errorf("applied price %s, fees %s, hashrate %s", m.sc.Bitcoin.PriceUSD, m.sc.Bitcoin.FeesBTCPerBlock, m.sc.Bitcoin.NetworkHashrateEH)
	}
	if !m.res.Mining.NPVUSD.Equal(model.Evaluate(m.sc).Mining.NPVUSD) {
		t.Error("the results are not the model's for the applied scenario")
	}
	out = screen(m)
	if !strings.Contains(strings.Split(out, "\n")[0], "market as of 2026-11-30 12:00 UTC ("+host+")") {
		t.Errorf("the header does not name the market:\n%s", out)
	}
	if !strings.Contains(lineWith(m, "BTC price"), "86,450") || !strings.Contains(lineWith(m, "Fees"), "0.025") {
		t.Errorf("the inputs do not show the applied figures:\n%s", out)
	}
	if !strings.Contains(out, "Applied the market of 2026-11-30 12:00 UTC: BTC price 70,000 → 86,450, Fees 0.03 → 0.025") {
		t.Errorf("status line:\n%s", out)
	}

	// One undo restores every value, and the header stops naming the market.
	m = update(t, m, press("ctrl+z")...)
	if !panel.SameScenario(&m.sc, &before) {
		t.Errorf("one undo left price %s, fees %s", m.sc.Bitcoin.PriceUSD, m.sc.Bitcoin.FeesBTCPerBlock)
	}
	if strings.Contains(screen(m), "market as of") || strings.Contains(screen(m), "● unsaved") {
		t.Errorf("after the undo:\n%s", screen(m))
	}
	m = update(t, m, press("ctrl+y")...)
	if !panel.SameScenario(&m.sc, &want) || !strings.Contains(screen(m), "market as of 2026-11-30 12:00 UTC") {
		t.Errorf("redo did not bring the market back:\n%s", screen(m))
	}
	// An edit of an applied figure means the inputs no longer hold that market.
	m = update(t, m, press("k", "right")...)
	if strings.Contains(screen(m), "market as of") {
		t.Errorf("the header names a market the inputs no longer hold:\n%s", screen(m))
	}
}

// a ticks every figure, or none; esc closes without a change; enter with
// nothing ticked says so and keeps the panel.
func TestMarketPanelTicksAndCancel(t *testing.T) {
	m, _, _ := marketDashboard(t, model.Default(), nil, 120, 40)
	before := m.sc
	m, msg := pressM(t, m)
	m = update(t, m, msg)
	m = update(t, m, press("a")...) // all three differing are ticked: a unticks them
	if !strings.Contains(screen(m), "0 of 6 ticked") {
		t.Errorf("a did not untick all:\n%s", screen(m))
	}
	m = update(t, m, press("enter")...)
	if m.market.panel == nil || !strings.Contains(screen(m), "Nothing ticked") {
		t.Errorf("enter with nothing ticked:\n%s", screen(m))
	}
	m = update(t, m, press("a")...)
	if !strings.Contains(screen(m), "3 of 6 ticked") {
		t.Errorf("a did not tick all:\n%s", screen(m))
	}
	m = update(t, m, press("esc")...)
	if m.market.panel != nil || !panel.SameScenario(&m.sc, &before) || len(m.hist.past) != 0 {
		t.Error("esc changed the scenario or left the panel")
	}
	if !strings.Contains(screen(m), "Market figures not applied.") {
		t.Errorf("status line:\n%s", screen(m))
	}
}

// A second M while a fetch runs starts no other; esc cancels it, and its
// late answer changes nothing.
func TestMarketFetchOnceAndCancel(t *testing.T) {
	m, _, _ := marketDashboard(t, model.Default(), nil, 120, 40)
	m, msg := pressM(t, m)
	if _, cmd := m.Update(keyMsg("M")); cmd != nil {
		t.Error("a second M started another fetch")
	}
	if !strings.Contains(screen(m), "Still fetching the market") {
		t.Errorf("status line:\n%s", screen(m))
	}
	m = update(t, m, press("esc")...)
	if !strings.Contains(screen(m), "Market fetch cancelled.") || strings.Contains(screen(m), "fetching the market from") {
		t.Errorf("after esc:\n%s", screen(m))
	}
	m = update(t, m, msg)
	if m.market.panel != nil {
		t.Error("the cancelled fetch's answer opened the panel")
	}
	// A new M fetches afresh.
	m, msg = pressM(t, m)
	if m = update(t, m, msg); m.market.panel == nil {
		t.Error("a fetch after a cancelled one showed nothing")
	}
}

// A server that never answers gives up at the client's deadline, in the
// command (the keyboard never waits on it); with nothing saved the status
// line says why in one line.
func TestMarketHungServer(t *testing.T) {
	m, client, _ := marketDashboard(t, model.Default(), map[string]http.Handler{"/api/v1/prices": markettest.Hang()}, 120, 40)
	client.Timeout = 200 * time.Millisecond
	start := time.Now()
	m, msg := pressM(t, m)
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("the fetch took %v against a deadline of 200ms", took)
	}
	m = update(t, m, msg)
	want := "No market figures: " + client.BaseURL + " gave no answer within 200ms; no snapshot saved yet"
	if m.market.panel != nil || m.status.kind != statusError || m.status.text != want {
		t.Errorf("status %q, want %q", m.status.text, want)
	}
	if !strings.Contains(screen(m), want) {
		t.Errorf("the status line does not show it:\n%s", screen(m))
	}
}

// On a failure the saved snapshot is offered with its age and the reason,
// and once applied the header gives its age.
func TestMarketFromTheCache(t *testing.T) {
	m, client, cache := marketDashboard(t, model.Default(), map[string]http.Handler{"/api/v1/prices": markettest.Status(503, "")}, 120, 40)
	saved, err := (&market.Client{BaseURL: markettest.NewServer(t, nil).URL, Now: func() time.Time { return markettest.Now }}).Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	saved.FetchedAt = saved.FetchedAt.Add(-(3*time.Hour + 12*time.Minute))
	saved.Source = "https://mempool.space"
	if err := cache.Save(saved); err != nil {
		t.Fatal(err)
	}
	m, msg := pressM(t, m)
	m = update(t, m, msg)
	if m.market.panel == nil {
		t.Fatalf("no panel; status %q", m.status.text)
	}
	for _, want := range []string{"at 2026-11-30 08:48 UTC from https://mempool.space",
		"The saved snapshot, 3 h 12 min old: " + client.BaseURL + "/api/v1/prices:", "HTTP 503 Service Unavailable"} {
		if !strings.Contains(screen(m), want) {
			t.Errorf("the panel lacks %q:\n%s", want, screen(m))
		}
	}
	m = update(t, m, press("enter")...)
	if !strings.Contains(strings.Split(screen(m), "\n")[0], "market as of 2026-11-30 08:48 UTC (saved, 3 h 12 min old)") {
		t.Errorf("the header does not give the snapshot's age:\n%s", screen(m))
	}
	// Wider, the header names the instance too.
	m = update(t, m, size(160, 48))
	if !strings.Contains(strings.Split(screen(m), "\n")[0], "market as of 2026-11-30 08:48 UTC (mempool.space, saved snapshot 3 h 12 min old)") {
		t.Errorf("the header does not name the instance:\n%s", screen(m))
	}
}

// A hashprice override masks the figures: the panel says so and offers its
// clearing, unticked; ticked, it is cleared in the same edit.
func TestMarketWithAHashpriceOverride(t *testing.T) {
	sc := model.Default()
	sc.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(dec("40"))
	m, _, _ := marketDashboard(t, sc, nil, 120, 40)
	m, msg := pressM(t, m)
	m = update(t, m, msg)
	out := screen(m)
	for _, want := range []string{
		"  [ ] Hashprice override            40          auto $/PH/day",
		"Hashprice, month 1           40.00 → 40.00 $/PH/day",
		"The hashprice override of 40 $/PH/day replaces the hashprice these figures",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the panel lacks %q:\n%s", want, out)
		}
	}
	m = update(t, m, press("down", "down", "down", "down", "down", "down", "space")...)
	if !strings.Contains(screen(m), "40.00 → 35.12 $/PH/day") || strings.Contains(screen(m), "tick its row") {
		t.Errorf("after ticking the override:\n%s", screen(m))
	}
	m = update(t, m, press("enter")...)
	if m.sc.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid || !m.sc.Bitcoin.PriceUSD.Equal(dec("86450")) {
		t.Errorf("override %v, price %s", m.sc.Bitcoin.HashpriceOverrideUSDPerPHDay, m.sc.Bitcoin.PriceUSD)
	}
	m = update(t, m, press("ctrl+z")...)
	if !m.sc.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid || !panel.SameScenario(&m.sc, &sc) {
		t.Error("one undo did not restore the override and the figures")
	}
}

// A figure out of its input's range cannot be ticked, and says why.
func TestMarketRefusesAFigureOutOfRange(t *testing.T) {
	huge := `[{"avgHeight": 978230, "timestamp": 1796038144, "avgFees": 6000000000}]` // 60 BTC a block
	m, _, _ := marketDashboard(t, model.Default(), map[string]http.Handler{"/api/v1/mining/blocks/fees/24h": markettest.JSON(huge)}, 120, 40)
	m, msg := pressM(t, m)
	m = update(t, m, msg)
	if !strings.Contains(screen(m), "  [-] Fees                        0.03            60 BTC/block out of range") {
		t.Errorf("the panel:\n%s", screen(m))
	}
	m = update(t, m, press("down", "down", "down", "space")...)
	if !strings.Contains(screen(m), "Fees: 60 is out of range") {
		t.Errorf("no reason for the refusal:\n%s", screen(m))
	}
	m = update(t, m, press("enter")...)
	if !m.sc.Bitcoin.FeesBTCPerBlock.Equal(dec("0.03")) || !m.sc.Bitcoin.PriceUSD.Equal(dec("86450")) {
		t.Errorf("fees %s, price %s", m.sc.Bitcoin.FeesBTCPerBlock, m.sc.Bitcoin.PriceUSD)
	}
}

// The panel, at the common sizes, in the golden files; the instance's
// address is fixed so the frame is the same on every run.
func TestGoldenMarketPanel(t *testing.T) {
	for _, s := range goldenSizes {
		t.Run(fmt.Sprintf("%dx%d", s.w, s.h), func(t *testing.T) {
			m, _, _ := marketDashboard(t, model.Default(), nil, s.w, s.h)
			m = update(t, m, darkBackground)
			m, msg := pressM(t, m)
			fetched := msg.(marketFetchedMsg)
			fetched.reading.Snapshot.Source = "https://mempool.space"
			m = update(t, m, fetched)
			golden.RequireEqual(t, m.View().Content)
		})
	}
}

// With the panel open every frame still fills the terminal exactly.
func TestMarketPanelFitsTheTerminal(t *testing.T) {
	for _, w := range []int{80, 95, 109, 110, 119, 120, 160, 211} {
		for _, h := range []int{24, 31, 40} {
			m, _, _ := marketDashboard(t, model.Default(), nil, w, h)
			m, msg := pressM(t, m)
			m = update(t, m, msg)
			lines := cells.Lines(m.View().Content)
			if len(lines) != h {
				t.Fatalf("%dx%d: %d lines", w, h, len(lines))
			}
			for i, l := range lines {
				if cells.Width(l) != w {
					t.Fatalf("%dx%d: line %d is %d wide:\n%s", w, h, i, cells.Width(l), screen(m))
				}
			}
		}
	}
}

// The help screen lists the key.
func TestHelpListsTheMarketKey(t *testing.T) {
	m := update(t, opened(t), press("?")...)
	if !strings.Contains(screen(m), "M      today's market") {
		t.Errorf("the help lacks M:\n%s", screen(m))
	}
}
