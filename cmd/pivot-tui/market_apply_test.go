package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pivot-tui/pivot-tui/market/markettest"
)

// boardFile is a scenario as an analyst keeps one: comments on their own
// lines and after values, a number written with an underscore, keys in an
// order of their own.
const boardFile = `# Riverbend, board case B. Figures from the March model.
name = "Riverbend"
start = "2027-01"

[site]
power_mw = 50 # contracted

[bitcoin]
# Spot as of the March board pack; refresh before the vote.
price_usd = 70_000      # spot
network_hashrate_eh = 1050
block_subsidy_btc = 3.125
fees_btc_per_block = 0.03   # trailing 30-day mean
next_halving = "2028-04"
subsidy_after_halving_btc = 1.5625
`

// writeScenario writes a scenario file in a folder of its own.
func writeScenario(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// replaced is text with each old line replaced by a new one, each old line
// occurring exactly once.
func replaced(t *testing.T, text string, oldNew ...string) string {
	t.Helper()
	for i := 0; i < len(oldNew); i += 2 {
		if n := strings.Count(text, oldNew[i]); n != 1 {
			t.Fatalf("%q occurs %d times", oldNew[i], n)
		}
		text = strings.Replace(text, oldNew[i], oldNew[i+1], 1)
	}
	return text
}

// The fixtures' market changes the price, the hashrate and the fees of the
// board file; its subsidy, halving and halving reward are already the
// market's. Only those three lines change, and every other byte stays.
func TestMarketApply(t *testing.T) {
	url, _ := fakeMarket(t, nil)
	path := writeScenario(t, "site.toml", boardFile)
	code, out, stderr := runCLI(t, "market", "--url", url, "--apply", path)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	want := replaced(t, boardFile,
		"price_usd = 70_000      # spot", "price_usd = 86450       # spot",
		"network_hashrate_eh = 1050", "network_hashrate_eh = 1116.499",
		"fees_btc_per_block = 0.03   # trailing", "fees_btc_per_block = 0.025  # trailing")
	if got := readText(t, path); got != want {
		t.Errorf("the file holds\n%s\nwant\n%s", got, want)
	}
	// Hashprice by hand: before, (3.125 + 0.03) BTC × 144 blocks × $70,000 /
	// 1,050,000 PH/s = $30.288/PH/day; after, $35.122… (see the market
	// package's test).
	wantOut := "Bitcoin market at 2026-11-30 12:00 UTC from " + url + "\n\n" +
		"Applied to " + path + ": 3 values changed, 3 unchanged.\n\n" +
		"  bitcoin.price_usd                  70000    → 86450\n" +
		"  bitcoin.network_hashrate_eh        1050     → 1116.499\n" +
		"  bitcoin.block_subsidy_btc          3.125    unchanged\n" +
		"  bitcoin.fees_btc_per_block         0.03     → 0.025\n" +
		"  bitcoin.next_halving               2028-04  unchanged\n" +
		"  bitcoin.subsidy_after_halving_btc  1.5625   unchanged\n\n" +
		"Hashprice in month 1 (2027-01): $30.29/PH/day → $35.12/PH/day.\n"
	if out != wantOut {
		t.Errorf("stdout\n%s\nwant\n%s", out, wantOut)
	}

	// Again: the file holds the figures, and is not written at all.
	info, _ := os.Stat(path)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(path, old, old)
	code, out, _ = runCLI(t, "market", "--url", url, "--apply", path)
	if code != exitOK || !strings.Contains(out, path+" already holds these figures: nothing was written.\n") ||
		strings.Contains(out, "→") || !strings.HasSuffix(out, "\nHashprice in month 1 (2027-01): $35.12/PH/day, unchanged.\n") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	after, _ := os.Stat(path)
	if readText(t, path) != want || !after.ModTime().Equal(old) || after.Size() != info.Size() {
		t.Errorf("a file already holding the figures was rewritten")
	}
}

// A bad file is refused as everywhere (file, line, column, key; exit 2),
// left as it was, and the network is not asked.
func TestMarketApplyRefusesABadFile(t *testing.T) {
	var asked atomic.Int32
	count := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		w.Write(markettest.Fixture("tip-height.txt"))
	})
	url, _ := fakeMarket(t, map[string]http.Handler{"/api/blocks/tip/height": count})
	for _, tc := range []struct{ name, content, want string }{
		{"site.toml", "[bitcoin]\nprice_usd = 70000\npowr_mw = 5\n", ":3:1: bitcoin.powr_mw: unknown key"},
		{"site.toml", "[bitcoin]\nprice_usd = 0 # typo\n", ":2:13: bitcoin.price_usd: 0 is out of range"},
		{"site.toml", "[bitcoin\nprice_usd = 70000\n", ":1:9: "},
		{"site.json", `{"bitcoin": {"price_usd": 70000}}`, ": a JSON scenario cannot be updated in place: save it as TOML first"},
	} {
		path := writeScenario(t, tc.name, tc.content)
		code, out, stderr := runCLI(t, "market", "--url", url, "--apply", path)
		if code != exitInput || out != "" || !strings.HasPrefix(stderr, "pivot-tui: "+path+tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", tc.content, code, out, stderr)
		}
		if readText(t, path) != tc.content {
			t.Errorf("%q: the file changed", tc.content)
		}
	}
	missing := filepath.Join(t.TempDir(), "none.toml")
	if code, _, stderr := runCLI(t, "market", "--url", url, "--apply", missing); code != exitInput || !strings.Contains(stderr, missing+": no such file") {
		t.Errorf("a missing file: exit %d, stderr %q", code, stderr)
	}
	if n := asked.Load(); n != 0 {
		t.Errorf("the instance was asked %d times for a bad file", n)
	}
}

// A file edited while the market is fetched keeps the edit: the values the
// command read from it are no longer the file's, so nothing is written.
func TestMarketApplyToAFileChangedMeanwhile(t *testing.T) {
	path := writeScenario(t, "site.toml", boardFile)
	edited := strings.Replace(boardFile, "power_mw = 50 # contracted", "power_mw = 60 # contracted, amended", 1)
	editWhileAsked := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		os.WriteFile(path, []byte(edited), 0o644)
		w.Write(markettest.Fixture("prices.json"))
	})
	url, _ := fakeMarket(t, map[string]http.Handler{"/api/v1/prices": editWhileAsked})
	code, out, stderr := runCLI(t, "market", "--url", url, "--apply", path)
	want := "pivot-tui: market: save " + path + ": changed on disk while it was being updated; nothing was written\n"
	if code != exitRuntime || out != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr %q, want %q", code, out, stderr, want)
	}
	if readText(t, path) != edited {
		t.Errorf("the edit made meanwhile was lost")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the folder holds %d files", len(entries))
	}
}

// Figures from another day go into a file only on purpose: a failed fetch
// writes nothing, even with a saved snapshot, and --offline applies the
// saved one, saying how old it is.
func TestMarketApplyOffline(t *testing.T) {
	url, cache := fakeMarket(t, map[string]http.Handler{"/api/v1/mining/hashrate/3d": markettest.Status(502, "Bad Gateway")})
	path := writeScenario(t, "site.toml", boardFile)
	why := url + "/api/v1/mining/hashrate/3d: HTTP 502 Bad Gateway (Bad Gateway)"

	// Neither the network nor a saved snapshot.
	code, out, stderr := runCLI(t, "market", "--url", url, "--apply", path)
	if want := "pivot-tui: market: " + why + "; no snapshot saved yet; " + path + " is unchanged\n"; code != exitRuntime || out != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr %q, want %q", code, out, stderr, want)
	}
	code, _, stderr = runCLI(t, "market", "--offline", "--apply", path)
	if code != exitRuntime || !strings.Contains(stderr, "no snapshot saved yet: run 'pivot-tui market' once online to save one") {
		t.Errorf("offline without a snapshot: exit %d, stderr %q", code, stderr)
	}

	// A saved snapshot, but no network: nothing is written without --offline.
	good := markettest.NewServer(t, nil)
	saveEarlier(t, good.URL, cache, 49*time.Hour)
	code, out, stderr = runCLI(t, "market", "--url", url, "--apply", path)
	want := "pivot-tui: market: " + why + "; " + path + " is unchanged: the saved snapshot, 2 days 1 h old, is applied only with --offline\n"
	if code != exitRuntime || out != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr %q, want %q", code, out, stderr, want)
	}
	if readText(t, path) != boardFile {
		t.Fatal("the file changed")
	}

	code, out, stderr = runCLI(t, "market", "--offline", "--apply", path)
	if code != exitOK || stderr != "" || !strings.Contains(out, "The saved snapshot, 2 days 1 h old (offline).\n\nApplied to "+path+": 3 values changed") {
		t.Errorf("exit %d, stderr %q:\n%s", code, stderr, out)
	}
	if !strings.Contains(readText(t, path), "price_usd = 86450") {
		t.Errorf("the saved snapshot was not applied:\n%s", readText(t, path))
	}
}

// An override in the file replaces the hashprice the applied figures give:
// it is kept, with a warning, unless --clear-hashprice clears it.
func TestMarketApplyWithAHashpriceOverride(t *testing.T) {
	url, _ := fakeMarket(t, nil)
	content := strings.Replace(boardFile, "subsidy_after_halving_btc = 1.5625\n",
		"subsidy_after_halving_btc = 1.5625\nhashprice_usd_per_ph_day = 40 # the broker's forward\n", 1)
	path := writeScenario(t, "site.toml", content)
	code, out, stderr := runCLI(t, "market", "--url", url, "--apply", path)
	wantWarning := "pivot-tui: warning: " + path + " sets bitcoin.hashprice_usd_per_ph_day = 40, which replaces the hashprice the applied figures give ($35.12/PH/day in month 1); --clear-hashprice clears it\n"
	if code != exitOK || stderr != wantWarning {
		t.Errorf("exit %d, stderr %q, want %q", code, stderr, wantWarning)
	}
	if !strings.Contains(out, "Hashprice in month 1 (2027-01): $40.00/PH/day, the file's override; these figures give $35.12/PH/day.\n") {
		t.Errorf("stdout:\n%s", out)
	}
	if !strings.Contains(readText(t, path), "\nhashprice_usd_per_ph_day = 40 # the broker's forward\n") {
		t.Errorf("the override was not kept:\n%s", readText(t, path))
	}

	code, out, stderr = runCLI(t, "market", "--url", url, "--apply", path, "--clear-hashprice")
	if code != exitOK || stderr != "" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, "Applied to "+path+": 1 value changed, 6 unchanged.") ||
		!strings.Contains(out, "  bitcoin.hashprice_usd_per_ph_day   40        → (unset)\n") ||
		!strings.Contains(out, "Hashprice in month 1 (2027-01): $40.00/PH/day → $35.12/PH/day.\n") {
		t.Errorf("stdout:\n%s", out)
	}
	// The line is commented out, keeping the figure and the comment.
	if !strings.Contains(readText(t, path), "\n# hashprice_usd_per_ph_day = 40 # the broker's forward\n") {
		t.Errorf("the override was not cleared:\n%s", readText(t, path))
	}
}

func TestMarketApplyJSON(t *testing.T) {
	url, _ := fakeMarket(t, nil)
	path := writeScenario(t, "site.toml", boardFile)
	code, out, stderr := runCLI(t, "market", "--url", url, "--apply", path, "--format", "json")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var doc struct {
		FromCache bool `json:"from_cache"`
		Applied   struct {
			File    string `json:"file"`
			Written bool   `json:"written"`
			Changes []struct {
				Key     string          `json:"key"`
				From    json.RawMessage `json:"from"`
				To      json.RawMessage `json:"to"`
				Changed bool            `json:"changed"`
			} `json:"changes"`
			Override *json.Number `json:"hashprice_override_usd_per_ph_day"`
		} `json:"applied"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	a := doc.Applied
	if a.File != path || !a.Written || len(a.Changes) != 6 || a.Override != nil || doc.FromCache {
		t.Errorf("document %+v", doc)
	}
	if c := a.Changes[0]; c.Key != "bitcoin.price_usd" || string(c.From) != "70000" || string(c.To) != "86450" || !c.Changed {
		t.Errorf("first change %+v", c)
	}
	for _, want := range []string{
		`"key": "bitcoin.price_usd",` + "\n        \"from\": 70000,\n        \"to\": 86450,",
		`"key": "bitcoin.next_halving",` + "\n        \"from\": \"2028-04\",\n        \"to\": \"2028-04\",\n        \"changed\": false",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the document lacks %s:\n%s", want, out)
		}
	}
}

func TestMarketApplyBadUsage(t *testing.T) {
	fakeMarket(t, nil)
	code, out, stderr := runCLI(t, "market", "--clear-hashprice")
	if code != exitInput || out != "" || stderr != "pivot-tui: market: --clear-hashprice goes with --apply FILE (see 'pivot-tui market --help')\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}
