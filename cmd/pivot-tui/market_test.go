package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/market/markettest"
)

// swap sets a package variable for one test.
func swap[T any](t *testing.T, variable *T, value T) {
	old := *variable
	*variable = value
	t.Cleanup(func() { *variable = old })
}

// fakeMarket points the market command at a fake instance with the
// fixtures' clock and a cache of the test's own; it returns the instance's
// URL and the cache.
func fakeMarket(t *testing.T, routes map[string]http.Handler) (string, market.Cache) {
	t.Helper()
	server := markettest.NewServer(t, routes)
	cache := market.Cache{Path: filepath.Join(t.TempDir(), "pivot-tui", "market.json")}
	swap(t, &marketCache, func() (market.Cache, error) { return cache, nil })
	swap(t, &marketClock, func() time.Time { return markettest.Now })
	swap(t, &marketHTTP, server.Client())
	t.Setenv(marketURLEnv, "")
	return server.URL, cache
}

// saveEarlier runs the command once at an earlier time, to leave a
// snapshot in the cache, and returns the cache file.
func saveEarlier(t *testing.T, url string, cache market.Cache, before time.Duration) []byte {
	t.Helper()
	swap(t, &marketClock, func() time.Time { return markettest.Now.Add(-before) })
	// The fake instance checks that yesterday's price is asked for a day
	// before its own Now; an earlier run is served by one of its own.
	earlier := markettest.NewServer(t, map[string]http.Handler{"/api/v1/historical-price": markettest.JSON(string(markettest.Fixture("historical-price.json")))})
	if code, _, stderr := runCLI(t, "market", "--url", earlier.URL); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	marketClock = func() time.Time { return markettest.Now }
	data, err := os.ReadFile(cache.Path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestMarketText(t *testing.T) {
	url, cache := fakeMarket(t, nil)
	code, out, stderr := runCLI(t, "market", "--url", url)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"Bitcoin market at 2026-11-30 12:00 UTC from " + url + "\n",
		"BTC price         $86,450",
		"Hashprice         $35.12/PH/day",
		"bitcoin.network_hashrate_eh        1116.499",
		"bitcoin.next_halving               2028-04",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	golden.RequireEqual(t, strings.ReplaceAll(out, url, "http://mempool.test"))
	if _, err := os.Stat(cache.Path); err != nil {
		t.Errorf("the snapshot was not saved: %v", err)
	}
}

func TestMarketJSON(t *testing.T) {
	url, _ := fakeMarket(t, nil)
	code, out, stderr := runCLI(t, "market", "--url", url, "--format", "json")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var doc struct {
		Snapshot struct {
			Source    string      `json:"source"`
			FetchedAt time.Time   `json:"fetched_at"`
			PriceUSD  json.Number `json:"price_usd"`
			Hashrate  json.Number `json:"network_hashrate_eh"`
		} `json:"snapshot"`
		FromCache   bool                       `json:"from_cache"`
		AgeSeconds  int                        `json:"age_seconds"`
		CacheReason *string                    `json:"cache_reason"`
		Hashprice   json.Number                `json:"hashprice_usd_per_ph_day"`
		Scenario    map[string]json.RawMessage `json:"scenario"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if doc.Snapshot.Source != url || !doc.Snapshot.FetchedAt.Equal(markettest.Now) || doc.Snapshot.PriceUSD != "86450" ||
		doc.Snapshot.Hashrate != "1116.499" || doc.FromCache || doc.AgeSeconds != 0 || doc.CacheReason != nil {
		t.Errorf("document %+v", doc)
	}
	// 39,213,720 / 1,116,499 = 35.1220377… (see the market package's test).
	if doc.Hashprice != "35.122038" {
		t.Errorf("hashprice %s", doc.Hashprice)
	}
	if string(doc.Scenario["bitcoin.fees_btc_per_block"]) != "0.025" || string(doc.Scenario["bitcoin.next_halving"]) != `"2028-04"` || len(doc.Scenario) != 6 {
		t.Errorf("scenario %s", out)
	}
	// The keys come in the scenario file's order.
	if i, j := strings.Index(out, `"bitcoin.price_usd"`), strings.Index(out, `"bitcoin.subsidy_after_halving_btc"`); i < 0 || j < i {
		t.Errorf("scenario keys out of order:\n%s", out)
	}
}

// A bad answer shows the saved snapshot with its age and why, on stdout,
// a note on stderr, and the saved snapshot stays as it was.
func TestMarketFallsBackToTheSavedSnapshot(t *testing.T) {
	url, cache := fakeMarket(t, map[string]http.Handler{"/api/v1/prices": markettest.JSON(`{"time": 1796039711, "USD": 0}`)})
	before := saveEarlier(t, url, cache, 3*time.Hour+12*time.Minute)
	code, out, stderr := runCLI(t, "market", "--url", url)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	why := url + "/api/v1/prices: a BTC price of 0 USD is not a price (does the instance have a price feed?)"
	if !strings.Contains(out, "Bitcoin market at 2026-11-30 08:48 UTC from ") || !strings.Contains(out, "The saved snapshot, 3 h 12 min old: "+why+"\n") {
		t.Errorf("output:\n%s", out)
	}
	if stderr != "pivot-tui: note: showing the saved snapshot: "+why+"\n" {
		t.Errorf("stderr %q", stderr)
	}
	if after, _ := os.ReadFile(cache.Path); string(after) != string(before) {
		t.Errorf("the saved snapshot changed")
	}

	code, out, _ = runCLI(t, "market", "--url", url, "--format", "json")
	if code != exitOK || !strings.Contains(out, `"from_cache": true`) || !strings.Contains(out, `"age_seconds": 11520`) ||
		!strings.Contains(out, `"cache_reason": "`+url) {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestMarketOffline(t *testing.T) {
	url, cache := fakeMarket(t, nil)
	code, out, stderr := runCLI(t, "market", "--offline")
	if code != exitRuntime || out != "" || stderr != "pivot-tui: market: offline; no snapshot saved yet: run 'pivot-tui market' once online to save one\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	saveEarlier(t, url, cache, 49*time.Hour)
	code, out, stderr = runCLI(t, "market", "--offline")
	if code != exitOK || stderr != "" || !strings.Contains(out, "The saved snapshot, 2 days 1 h old (offline).\n") {
		t.Errorf("exit %d, stderr %q:\n%s", code, stderr, out)
	}
}

// No network and nothing saved: one line, exit 1, nothing on stdout.
func TestMarketWithNothingToShow(t *testing.T) {
	url, _ := fakeMarket(t, map[string]http.Handler{"/api/v1/mining/hashrate/3d": markettest.Status(502, "Bad Gateway")})
	code, out, stderr := runCLI(t, "market", "--url", url)
	want := "pivot-tui: market: " + url + "/api/v1/mining/hashrate/3d: HTTP 502 Bad Gateway (Bad Gateway); no snapshot saved yet\n"
	if code != exitRuntime || out != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr %q, want %q", code, out, stderr, want)
	}
}

// The environment names the instance when --url does not.
func TestMarketURLFromTheEnvironment(t *testing.T) {
	url, _ := fakeMarket(t, nil)
	t.Setenv(marketURLEnv, url+"/api/")
	code, out, stderr := runCLI(t, "market")
	if code != exitOK || !strings.Contains(out, " from "+url+"\n") {
		t.Errorf("exit %d, stderr %q:\n%s", code, stderr, out)
	}
}

func TestMarketBadUsage(t *testing.T) {
	fakeMarket(t, nil)
	for _, args := range [][]string{
		{"market", "--format", "xml"},
		{"market", "--url", "mempool.space"},
		{"market", "--url", "ftp://mempool.space"},
		{"market", "site.toml"},
		{"market", "--bogus"},
	} {
		code, stdout, stderr := runCLI(t, args...)
		if code != exitInput || strings.Count(stderr, "\n") != 1 || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	t.Setenv(marketURLEnv, "mempool.space")
	if code, _, stderr := runCLI(t, "market"); code != exitInput || !strings.Contains(stderr, marketURLEnv) {
		t.Errorf("a bad %s: exit %d, stderr %q", marketURLEnv, code, stderr)
	}
}

// Without a home directory there is no cache folder: the fresh snapshot is
// shown, with a note that it is not saved.
func TestMarketWithoutACacheFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the cache folder comes from %LocalAppData% there, not HOME")
	}
	url, _ := fakeMarket(t, nil)
	swap(t, &marketCache, market.DefaultCache)
	t.Setenv("HOME", "")
	t.Setenv("XDG_CACHE_HOME", "")
	code, out, stderr := runCLI(t, "market", "--url", url)
	if code != exitOK || !strings.HasPrefix(out, "Bitcoin market at") || !strings.HasPrefix(stderr, "pivot-tui: note: no cache folder, so no snapshot is saved for offline use: ") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("exit %d, stderr %q:\n%s", code, stderr, out)
	}
}

func TestMarketHelp(t *testing.T) {
	code, out, _ := runCLI(t, "market", "--help")
	if code != exitOK || !strings.HasPrefix(out, "Usage: pivot-tui market [--url URL] [--format text|json] [--offline]") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if _, out, _ := runCLI(t, "--help"); !strings.Contains(out, "pivot-tui market [--url URL]") {
		t.Errorf("the usage lacks the market command:\n%s", out)
	}
}

// The dashboard takes the instance M asks from --market-url or the
// environment, checked as the market command checks them, before it opens.
func TestDashboardMarketURL(t *testing.T) {
	t.Setenv(marketURLEnv, "")
	code, out, stderr := runCLI(t, "--market-url", "mempool.space")
	if code != exitInput || out != "" || !strings.HasPrefix(stderr, `pivot-tui: --market-url: "mempool.space" is not the address of a mempool instance`) || strings.Count(stderr, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	t.Setenv(marketURLEnv, "ftp://mempool.space")
	if code, _, stderr := runCLI(t); code != exitInput || !strings.HasPrefix(stderr, "pivot-tui: "+marketURLEnv+": ") {
		t.Errorf("a bad %s: exit %d, stderr %q", marketURLEnv, code, stderr)
	}
	// A good address goes on to the dashboard, which needs a terminal.
	if code, _, stderr := runCLI(t, "--market-url", "http://umbrel.local:3006"); code != exitInput || !strings.Contains(stderr, "needs a terminal") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
