package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
)

const marketUsage = `Usage: pivot-tui market [--url URL] [--format text|json] [--offline]
       pivot-tui market --apply FILE [--clear-hashprice] [--url URL] [--format text|json] [--offline]

Fetches today's Bitcoin market from the public API of a mempool instance: the
tip height, the difficulty and the network hashrate it implies, the last
day's fees per block and the BTC price, and from the tip the next halving and
the subsidy before and after it. Prints them with their time and source, the
hashprice they give, and the scenario values they imply.

The instance is https://mempool.space, or the one --url or the environment's
PIVOT_TUI_MEMPOOL_URL names: a self-hosted mempool serves the same API.

Each good snapshot is saved in the user's cache folder. When the instance
cannot be reached in a few seconds or gives a bad answer, and with --offline,
the saved snapshot is shown with its age and why; without one, exit code 1.

--apply FILE writes the snapshot's scenario values into a TOML scenario file
in place, changing only the values that differ (every comment, blank line and
key order stays as written, and the file is replaced atomically), and lists
each value with what it was and what it is now. A file that does not load,
or a JSON one, is refused (exit code 2) and left as it is, before the network
is asked. A
figure is applied only when it is today's: if the instance cannot be reached
or gives a bad answer, nothing is written and the exit code is 1, whatever
the cache holds; --offline applies the saved snapshot instead, on purpose,
and says how old it is. A hashprice override set in the file replaces the
hashprice the applied figures give: it is kept, with a warning, unless
--clear-hashprice clears it.

Flags:
`

// marketURLEnv names the instance for every run, for a self-hosted mempool.
const marketURLEnv = "PIVOT_TUI_MEMPOOL_URL"

// The cache, the clock and the HTTP client of the market command; tests
// replace them.
var (
	marketCache              = market.DefaultCache
	marketClock              = time.Now
	marketHTTP  *http.Client = nil
)

// marketFormats maps each --format to its writer.
var marketFormats = map[string]func(io.Writer, market.Reading, time.Time) error{
	"text": writeMarketText,
	"json": writeMarketJSON,
}

func marketCommand(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("market", marketUsage, stdout)
	address := fs.String("url", "", "the mempool instance to ask (default $"+marketURLEnv+", else "+market.DefaultURL+")")
	formatName := fs.String("format", "text", "output format: text or json")
	offline := fs.Bool("offline", false, "use the saved snapshot without asking the network")
	applyTo := fs.String("apply", "", "write the snapshot's values into this TOML scenario `file`")
	clearHashprice := fs.Bool("clear-hashprice", false, "with --apply, clear the file's hashprice override")
	positional, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(positional) > 0 {
		return badInput("market takes no arguments, got %q (see 'pivot-tui market --help')", positional[0])
	}
	write, ok := marketFormats[*formatName]
	if !ok {
		return badInput("market: unknown format %q: want text or json", *formatName)
	}
	base, err := marketURL("market: ", "url", *address)
	if err != nil {
		return err
	}
	var target *applyTarget
	switch {
	case *applyTo != "":
		// The file is read before the network is asked: a bad file is
		// refused at once, whatever the market.
		if target, err = loadApplyTarget(*applyTo); err != nil {
			return err
		}
	case *clearHashprice:
		return badInput("market: --clear-hashprice goes with --apply FILE (see 'pivot-tui market --help')")
	}

	cache, err := marketCache()
	if err != nil {
		fmt.Fprintf(stderr, "pivot-tui: note: no cache folder, so no snapshot is saved for offline use: %v\n", err)
	}
	var reading market.Reading
	if *offline {
		reading, err = market.Saved(cache, market.ErrOffline)
	} else {
		// Ctrl-C ends the wait at once and falls back to the saved snapshot.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		client := &market.Client{BaseURL: base, HTTP: marketHTTP, UserAgent: "pivot-tui/" + version, Now: marketClock}
		reading, err = market.Latest(ctx, client, cache)
	}
	switch {
	case err != nil && *offline && errors.Is(err, market.ErrNoSnapshot):
		return fmt.Errorf("market: %w: run 'pivot-tui market' once online to save one", err)
	case err != nil && target != nil:
		return fmt.Errorf("market: %w; %s is unchanged", err, target.path)
	case err != nil:
		return fmt.Errorf("market: %w", err)
	}
	if reading.SaveErr != nil {
		fmt.Fprintf(stderr, "pivot-tui: note: the snapshot is not saved for offline use: %v\n", reading.SaveErr)
	}
	if target != nil {
		if reading.FromCache && !*offline {
			// Figures from another day go into a file only when asked for.
			return fmt.Errorf("market: %v; %s is unchanged: the saved snapshot, %s old, is applied only with --offline",
				reading.Why, target.path, market.DescribeAge(reading.Age(marketClock())))
		}
		return applyMarket(target, reading, *clearHashprice, *formatName, stdout, stderr)
	}
	if reading.FromCache && !errors.Is(reading.Why, market.ErrOffline) {
		fmt.Fprintf(stderr, "pivot-tui: note: showing the saved snapshot: %v\n", reading.Why)
	}
	var buf bytes.Buffer
	if err := write(&buf, reading, marketClock()); err != nil {
		return err
	}
	_, err = stdout.Write(buf.Bytes())
	return err
}

// marketURL is the instance to ask: the flag's (--url for the market
// command, --market-url for the dashboard), else the environment's, else
// mempool.space. A bad address is bad usage; command prefixes its message.
func marketURL(command, flagName, flagValue string) (string, error) {
	if flagValue != "" {
		base, err := market.ParseBaseURL(flagValue)
		if err != nil {
			return "", badInput("%s--%s: %v", command, flagName, err)
		}
		return base, nil
	}
	base, err := market.ParseBaseURL(cmp.Or(os.Getenv(marketURLEnv), market.DefaultURL))
	if err != nil {
		return "", badInput("%s%s: %v", command, marketURLEnv, err)
	}
	return base, nil
}

var trillion = decimal.New(1, 12)

func writeMarketText(w io.Writer, r market.Reading, now time.Time) error {
	s := r.Snapshot
	headline, cached := r.Provenance(now)
	fmt.Fprintln(w, headline)
	if cached != "" {
		fmt.Fprintln(w, cached)
	}
	fmt.Fprintln(w)

	field := func(key string, value decimal.Decimal) (string, string) {
		f, _ := model.FieldByKey(key)
		return f.Label, format.Value(value, f.Places, f.Unit)
	}
	change := s.PriceUSD.Sub(s.YesterdayPriceUSD).Div(s.YesterdayPriceUSD).Shift(2)
	sign := ""
	if change.Round(1).IsPositive() {
		sign = "+"
	}
	var rows [][3]string
	row := func(label, value, note string) { rows = append(rows, [3]string{label, value, note}) }
	label, value := field("bitcoin.price_usd", s.PriceUSD)
	row(label, value, fmt.Sprintf("yesterday %s (%s%s)", format.USDWhole(s.YesterdayPriceUSD), sign, format.Percent(change, 1)))
	label, value = field("bitcoin.network_hashrate_eh", s.NetworkHashrateEH)
	row(label, value, fmt.Sprintf("difficulty %s × 2^32 hashes / 600 s", format.Number(s.Difficulty.Div(trillion), 2, "T")))
	label, value = field("bitcoin.block_subsidy_btc", s.BlockSubsidyBTC)
	row(label, value, "tip height "+format.Grouped(decimal.NewFromInt(s.TipHeight), 0))
	label, value = field("bitcoin.fees_btc_per_block", s.FeesBTCPerBlock)
	row(label, value, fmt.Sprintf("the mean of the last day's %s blocks", format.Grouped(decimal.NewFromInt(int64(s.FeeBlocks)), 0)))
	halving, _ := model.FieldByKey("bitcoin.next_halving")
	row(halving.Label, s.NextHalving.String(), fmt.Sprintf("block %s: %s blocks at 10 min",
		format.Grouped(decimal.NewFromInt(s.NextHalvingHeight), 0), format.Grouped(decimal.NewFromInt(s.NextHalvingHeight-s.TipHeight), 0)))
	label, value = field("bitcoin.subsidy_after_halving_btc", s.SubsidyAfterHalvingBTC)
	row(label, value, "from the halving on")
	hashpriceField, _ := model.FieldByKey("bitcoin.hashprice_usd_per_ph_day")
	if hashprice, err := s.Hashprice(); err == nil {
		row(hashpriceField.Label, format.Value(hashprice, hashpriceField.Places, hashpriceField.Unit), "month 1 at these figures")
	} else {
		row(hashpriceField.Label, "—", "not worked out: "+err.Error())
	}
	writeColumns(w, rows)

	fmt.Fprintln(w)
	fmt.Fprintln(w, "Scenario values:")
	var values [][3]string
	for _, setting := range s.Settings() {
		values = append(values, [3]string{setting.Key, setting.Text(), ""})
	}
	writeColumns(w, values)
	return nil
}

// writeColumns writes rows of a label, a value and a note, each column as
// wide as its widest cell.
func writeColumns(w io.Writer, rows [][3]string) {
	var widths [2]int
	for _, r := range rows {
		widths[0] = max(widths[0], utf8.RuneCountInString(r[0]))
		widths[1] = max(widths[1], utf8.RuneCountInString(r[1]))
	}
	pad := func(text string, width int) string {
		return text + strings.Repeat(" ", width-utf8.RuneCountInString(text))
	}
	for _, r := range rows {
		line := "  " + pad(r[0], widths[0]) + "  " + pad(r[1], widths[1]) + "  " + r[2]
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
}

// marketJSON is the document of 'pivot-tui market --format json'.
type marketJSON struct {
	Snapshot             market.Snapshot `json:"snapshot"`
	FromCache            bool            `json:"from_cache"`
	AgeSeconds           int64           `json:"age_seconds"`
	CacheReason          *string         `json:"cache_reason"`
	HashpriceUSDPerPHDay *json.Number    `json:"hashprice_usd_per_ph_day"`
	Scenario             scenarioValues  `json:"scenario"`
}

// scenarioValues writes the settings as one object in file order, numbers
// as exact JSON numbers and months as strings.
type scenarioValues []market.Setting

func (v scenarioValues) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, s := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		key, _ := json.Marshal(s.Key)
		b.Write(key)
		b.WriteByte(':')
		if s.Kind == model.KindMonth {
			month, _ := json.Marshal(s.Text())
			b.Write(month)
		} else {
			b.WriteString(s.Text())
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeMarketJSON(w io.Writer, r market.Reading, now time.Time) error {
	data, err := json.MarshalIndent(newMarketJSON(r, now), "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

func newMarketJSON(r market.Reading, now time.Time) marketJSON {
	doc := marketJSON{
		Snapshot:   r.Snapshot,
		FromCache:  r.FromCache,
		AgeSeconds: int64(r.Age(now) / time.Second),
		Scenario:   r.Snapshot.Settings(),
	}
	if r.FromCache {
		reason := r.Why.Error()
		doc.CacheReason = &reason
	}
	if hashprice, err := r.Snapshot.Hashprice(); err == nil {
		n := json.Number(hashprice.Round(6).String())
		doc.HashpriceUSDPerPHDay = &n
	}
	return doc
}
