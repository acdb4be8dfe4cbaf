package tui

import (
	"context"
	"net/url"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// M fetches today's market in a command, so the keyboard never waits: the
// client's deadline (market.DefaultTimeout) bounds a hung server, esc
// cancels, and a reply for a fetch since cancelled or replaced is dropped.
// On any failure the saved snapshot is offered with its age, as the market
// command offers it; with none, the status line says why in one line.
//
// The figures open in the market panel beside the inputs, each ticked when
// it differs from the input; enter applies the ticked ones as one edit (one
// ctrl+z undoes it), and the header then says which market the inputs hold.

// marketState is the dashboard's side of the market: where it asks, the
// fetch in flight, the open panel and the snapshot last applied.
type marketState struct {
	client  *market.Client
	cache   market.Cache
	fetches uint64             // counts the fetches started; names the one in flight
	cancel  context.CancelFunc // stops the fetch in flight; nil when none is
	panel   *marketPanel
	applied *marketApplied
}

// marketFetchedMsg carries a fetch's reading (fresh or saved) back, or why
// there is neither.
type marketFetchedMsg struct {
	fetch   uint64
	reading market.Reading
	err     error
}

// marketItem is one row of the panel: a figure of the snapshot, or the
// clearing of a hashprice override that would mask them.
type marketItem struct {
	setting  market.Setting
	override bool
	ticked   bool
}

// marketPanel is the open panel: the reading, its rows and the selection.
type marketPanel struct {
	reading  market.Reading
	items    []marketItem
	selected int
	message  string // the answer to a refused key

	// The month-1 hashprice with the ticked figures, for the scenario
	// revision and ticks it was worked out for.
	previewRev   uint64
	previewTicks string
	preview      decimal.Decimal
}

// marketApplied is the snapshot whose figures were last applied to the
// document, and what they set.
type marketApplied struct {
	doc      uint64
	reading  market.Reading
	settings []market.Setting
	cleared  bool // the hashprice override was cleared
}

// fetchMarket starts a fetch; while one runs, M only says so.
func (m *Model) fetchMarket() tea.Cmd {
	source := sourceName(m.market.client.BaseURL)
	if m.market.cancel != nil {
		m.status = status{kind: statusInfo, text: "Still fetching the market from " + source + "… (esc cancels)"}
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.market.fetches++
	m.market.cancel = cancel
	id, client, cache := m.market.fetches, m.market.client, m.market.cache
	m.status = status{kind: statusInfo, text: "Fetching the market from " + source + "… (esc cancels)"}
	return func() tea.Msg {
		defer cancel()
		r, err := market.Latest(ctx, client, cache)
		return marketFetchedMsg{fetch: id, reading: r, err: err}
	}
}

// cancelFetch stops the fetch in flight.
func (m *Model) cancelFetch() {
	m.market.cancel()
	m.market.cancel = nil
	m.status = status{kind: statusInfo, text: "Market fetch cancelled."}
}

// fetchedMarket opens the panel on a reading, or says why there is none.
func (m *Model) fetchedMarket(msg marketFetchedMsg) {
	if msg.fetch != m.market.fetches || m.market.cancel == nil {
		return // cancelled
	}
	m.market.cancel = nil
	if msg.err != nil {
		m.status = status{kind: statusError, text: "No market figures: " + oneLine(msg.err.Error())}
		return
	}
	p := &marketPanel{reading: msg.reading}
	for _, s := range msg.reading.Snapshot.Settings() {
		p.items = append(p.items, marketItem{setting: s})
	}
	if f, ok := model.FieldByKey(hashpriceKey); ok && f.IsSet(&m.sc) {
		p.items = append(p.items, marketItem{override: true}) // unticked: the override is the user's
	}
	for i, it := range p.items {
		p.items[i].ticked = !it.override && m.itemState(it) == panel.MarketUnticked
	}
	m.market.panel = p
	m.tab, m.showHelp = tabOverview, false
	m.keepInView()
	m.status = status{}
	if msg.reading.SaveErr != nil {
		m.status = status{kind: statusWarn, text: "The snapshot is not saved for offline use: " + oneLine(msg.reading.SaveErr.Error())}
	}
	m.refreshMarketPreview()
}

// hashpriceKey is the override that, while set, replaces the hashprice the
// market's figures give (spec §3).
const hashpriceKey = "bitcoin.hashprice_usd_per_ph_day"

// itemState is what a row can do for the scenario on screen.
func (m *Model) itemState(it marketItem) panel.MarketRowState {
	if it.override {
		f, _ := model.FieldByKey(hashpriceKey)
		if !f.IsSet(&m.sc) {
			return panel.MarketSame
		}
	} else {
		if it.setting.Holds(&m.sc) {
			return panel.MarketSame
		}
		probe := m.sc
		if it.setting.Apply(&probe) != nil {
			return panel.MarketRefused
		}
	}
	if it.ticked {
		return panel.MarketTicked
	}
	return panel.MarketUnticked
}

// handleMarketKey moves, ticks, applies or closes the panel.
func (m *Model) handleMarketKey(msg tea.KeyPressMsg) tea.Cmd {
	p := m.market.panel
	k := newMarketKeys()
	p.message = ""
	switch {
	case msg.String() == "ctrl+c":
		return m.quit()
	case key.Matches(msg, k.Up):
		p.selected = max(0, p.selected-1)
	case key.Matches(msg, k.Down):
		p.selected = min(len(p.items)-1, p.selected+1)
	case key.Matches(msg, k.Tick):
		m.tickMarketItem(p.selected)
	case key.Matches(msg, k.All):
		m.tickAllMarketItems()
	case key.Matches(msg, k.Apply):
		m.applyMarket()
	case key.Matches(msg, k.Cancel):
		m.market.panel = nil
		m.status = status{kind: statusInfo, text: "Market figures not applied."}
	}
	m.refreshMarketPreview()
	return nil
}

func (m *Model) tickMarketItem(i int) {
	p := m.market.panel
	it := &p.items[i]
	switch m.itemState(*it) {
	case panel.MarketSame:
		p.message = m.itemLabel(*it) + " already holds the market's value."
	case panel.MarketRefused:
		p.message = m.refusal(*it)
	default:
		it.ticked = !it.ticked
	}
}

// tickAllMarketItems ticks every figure that can be applied, or none when
// all are ticked already. The override's row is left as it is: clearing it
// is a decision of its own.
func (m *Model) tickAllMarketItems() {
	p := m.market.panel
	all := true
	for _, it := range p.items {
		if !it.override && m.itemState(it) == panel.MarketUnticked {
			all = false
		}
	}
	for i := range p.items {
		if !p.items[i].override {
			p.items[i].ticked = !all
		}
	}
}

// marketNext is the scenario on screen with the ticked figures applied, and
// what they set.
func (m *Model) marketNext() (next model.Scenario, settings []market.Setting, cleared bool, err error) {
	next = m.sc
	for _, it := range m.market.panel.items {
		if m.itemState(it) != panel.MarketTicked {
			continue
		}
		if it.override {
			f, _ := model.FieldByKey(hashpriceKey)
			f.Clear(&next)
			cleared = true
			continue
		}
		if err := it.setting.Apply(&next); err != nil {
			return model.Scenario{}, nil, false, err
		}
		settings = append(settings, it.setting)
	}
	return next, settings, cleared, nil
}

// applyMarket applies the ticked figures as one edit and closes the panel.
func (m *Model) applyMarket() {
	p := m.market.panel
	next, settings, cleared, err := m.marketNext()
	switch {
	case err != nil:
		p.message = problem(err)
		return
	case len(settings) == 0 && !cleared:
		p.message = "Nothing ticked: tick a figure with space, or close with esc."
		return
	}
	var changes []string
	for _, s := range settings {
		f, _ := model.FieldByKey(s.Key)
		changes = append(changes, labelOf(f, &m.sc)+" "+m.itemNow(marketItem{setting: s})+" → "+settingText(s))
	}
	if cleared {
		changes = append(changes, "hashprice override cleared")
	}
	what := "Applied the market of " + p.reading.Snapshot.FetchedAt.UTC().Format("2006-01-02 15:04 UTC") + ": " + strings.Join(changes, ", ")
	if !m.commit(next, what) {
		p.message = m.status.text
		m.status = status{}
		return
	}
	m.market.applied = &marketApplied{doc: m.doc, reading: p.reading, settings: settings, cleared: cleared}
	m.market.panel = nil
}

// refreshMarketPreview works out the month-1 hashprice with the ticked
// figures, when the scenario or the ticks have changed since.
func (m *Model) refreshMarketPreview() {
	p := m.market.panel
	if p == nil {
		return
	}
	var ticks strings.Builder
	for _, it := range p.items {
		ticks.WriteString(map[bool]string{true: "x", false: "-"}[m.itemState(it) == panel.MarketTicked])
	}
	if p.previewRev == m.rev && p.previewTicks == ticks.String() {
		return
	}
	p.previewRev, p.previewTicks, p.preview = m.rev, ticks.String(), m.res.HashpriceUSDPerPHDay
	if next, _, _, err := m.marketNext(); err == nil {
		if res, err := evaluate(next); err == nil {
			p.preview = res.HashpriceUSDPerPHDay
		}
	}
}

// itemLabel is the panel's label of a row.
func (m *Model) itemLabel(it marketItem) string {
	if it.override {
		return "Hashprice override"
	}
	f, _ := model.FieldByKey(it.setting.Key)
	return labelOf(f, &m.sc)
}

// itemNow writes the input's value on screen exactly, as the file would
// hold it but grouped.
func (m *Model) itemNow(it marketItem) string {
	key := hashpriceKey
	if !it.override {
		key = it.setting.Key
	}
	f, _ := model.FieldByKey(key)
	if f.Kind == model.KindMonth {
		return f.Month(&m.sc).String()
	}
	v, set := f.Decimal(&m.sc)
	if !set {
		return "auto"
	}
	return exactGrouped(v)
}

// settingText writes a market figure exactly, grouped.
func settingText(s market.Setting) string {
	if s.Kind == model.KindNumber {
		return exactGrouped(s.Number)
	}
	return s.Text()
}

// exactGrouped writes a number with thousands separators and every
// significant decimal, however it was computed: 0.025, not 0.02500000.
func exactGrouped(v decimal.Decimal) string {
	_, decimals, _ := strings.Cut(v.String(), ".")
	return format.Grouped(v, int32(len(decimals)))
}

// refusal says why a figure cannot be applied.
func (m *Model) refusal(it marketItem) string {
	probe := m.sc
	if err := it.setting.Apply(&probe); err != nil {
		return problem(err)
	}
	return ""
}

// renderMarket draws the open panel.
func (m *Model) renderMarket(w, h int) string {
	p := m.market.panel
	headline, cached := p.reading.Provenance(m.clock())
	hashprice, _ := model.FieldByKey(hashpriceKey)
	unit := " " + panel.DisplayUnit(hashprice)
	view := panel.Market{
		St: m.st, Headline: strings.TrimPrefix(headline, "Bitcoin market "), Cached: cached, Selected: p.selected, Message: p.message,
		Hashprice: [2]string{format.Grouped(m.res.HashpriceUSDPerPHDay, hashprice.Places), format.Grouped(p.preview, hashprice.Places) + unit},
	}
	for _, it := range p.items {
		row := panel.MarketRow{Label: m.itemLabel(it), Now: m.itemNow(it), State: m.itemState(it)}
		if it.override {
			row.Unit, row.Market = panel.DisplayUnit(hashprice), "auto"
		} else {
			f, _ := model.FieldByKey(it.setting.Key)
			row.Unit, row.Market = panel.DisplayUnit(f), settingText(it.setting)
		}
		if row.State == panel.MarketRefused {
			row.Reason = "out of range"
		}
		view.Rows = append(view.Rows, row)
	}
	clearing := false
	for _, it := range p.items {
		clearing = clearing || it.override && m.itemState(it) == panel.MarketTicked
	}
	if v, set := hashprice.Decimal(&m.sc); set && !clearing {
		view.Warning = "The hashprice override of " + exactGrouped(v) + unit + " replaces the hashprice these figures give; tick its row to clear it."
	}
	return view.Render(w, h)
}

// marketNotes are the header's word on the market, from the fullest form
// to the shortest: a fetch under way, or the snapshot whose figures the
// inputs hold, while they still hold every one of them.
func (m *Model) marketNotes() []string {
	if m.market.cancel != nil {
		return []string{"fetching the market from " + sourceName(m.market.client.BaseURL) + "…", "fetching the market…"}
	}
	a := m.market.applied
	if a == nil || a.doc != m.doc {
		return nil
	}
	for _, s := range a.settings {
		if !s.Holds(&m.sc) {
			return nil // edited or undone since: the inputs no longer hold that market
		}
	}
	if f, _ := model.FieldByKey(hashpriceKey); a.cleared && f.IsSet(&m.sc) {
		return nil
	}
	s := a.reading.Snapshot
	at := "market as of " + s.FetchedAt.UTC().Format("2006-01-02 15:04 UTC")
	short := "market " + s.FetchedAt.UTC().Format("01-02 15:04")
	if a.reading.FromCache {
		age := market.DescribeAge(a.reading.Age(m.clock()))
		return []string{at + " (" + sourceName(s.Source) + ", saved snapshot " + age + " old)", at + " (saved, " + age + " old)", short + " (saved)"}
	}
	return []string{at + " (" + sourceName(s.Source) + ")", at, short}
}

// sourceName is an instance's address without its scheme: mempool.space.
func sourceName(base string) string {
	if base == "" {
		base = market.DefaultURL
	}
	if u, err := url.Parse(base); err == nil && u.Host != "" {
		return u.Host + strings.TrimSuffix(u.Path, "/")
	}
	return base
}

// clock is the dashboard's time, for the age of a saved snapshot.
func (m *Model) clock() time.Time {
	if m.export.now != nil {
		return m.export.now()
	}
	return time.Now()
}

// oneLine keeps a message to one line of the status bar.
func oneLine(text string) string { return strings.Join(strings.Fields(text), " ") }
