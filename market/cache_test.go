package market_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/market/markettest"
)

// fixtureSnapshot is the snapshot the fixtures give.
func fixtureSnapshot(t *testing.T) market.Snapshot {
	t.Helper()
	s, err := clientFor(markettest.NewServer(t, nil)).Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// sameSnapshot reports whether two snapshots hold the same figures (a
// decimal's internal form may differ for one value: 3.125 and 3.12500000).
func sameSnapshot(a, b market.Snapshot) bool {
	return a.Source == b.Source && a.FetchedAt.Equal(b.FetchedAt) && a.TipHeight == b.TipHeight &&
		a.Difficulty.Equal(b.Difficulty) && a.NetworkHashrateEH.Equal(b.NetworkHashrateEH) &&
		a.FeesBTCPerBlock.Equal(b.FeesBTCPerBlock) && a.FeeBlocks == b.FeeBlocks &&
		a.PriceUSD.Equal(b.PriceUSD) && a.YesterdayPriceUSD.Equal(b.YesterdayPriceUSD) &&
		a.BlockSubsidyBTC.Equal(b.BlockSubsidyBTC) && a.NextHalvingHeight == b.NextHalvingHeight &&
		a.NextHalving == b.NextHalving && a.SubsidyAfterHalvingBTC.Equal(b.SubsidyAfterHalvingBTC)
}

func tempCache(t *testing.T) market.Cache {
	return market.Cache{Path: filepath.Join(t.TempDir(), "cache", "pivot-tui", "market.json")}
}

func TestCacheRoundTrip(t *testing.T) {
	cache := tempCache(t)
	s := fixtureSnapshot(t)
	if err := cache.Save(s); err != nil {
		t.Fatal(err)
	}
	got, err := cache.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !sameSnapshot(got, s) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, s)
	}
	// The folder is made, and nothing but the file is left in it.
	entries, _ := os.ReadDir(filepath.Dir(cache.Path))
	if len(entries) != 1 || entries[0].Name() != "market.json" {
		t.Errorf("folder holds %v", entries)
	}
}

// The file is plain JSON with exact numbers, for a person or a script.
func TestCacheFile(t *testing.T) {
	cache := tempCache(t)
	if err := cache.Save(fixtureSnapshot(t)); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(cache.Path)
	for _, want := range []string{
		`"fetched_at": "2026-11-30T12:00:00Z"`,
		`"difficulty": 155973092518573.52`,
		`"network_hashrate_eh": 1116.499`,
		`"fees_btc_per_block": 0.025`,
		`"price_usd": 86450`,
		`"next_halving": "2028-04"`,
		`"subsidy_after_halving_btc": 1.5625`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("cache file lacks %s:\n%s", want, data)
		}
	}
}

func TestCacheWithoutASnapshot(t *testing.T) {
	for _, cache := range []market.Cache{tempCache(t), {}} {
		if _, err := cache.Load(); !errors.Is(err, market.ErrNoSnapshot) {
			t.Errorf("Load from %q: %v", cache.Path, err)
		}
	}
	if err := (market.Cache{}).Save(fixtureSnapshot(t)); err != nil {
		t.Errorf("a cache without a path keeps nothing, quietly: %v", err)
	}
}

// A damaged or edited cache file is refused as a bad answer is.
func TestBadCacheFile(t *testing.T) {
	for name, content := range map[string]string{
		"truncated":       `{"source": "https://mempool.space", "fetched_at": "2026-11-30T12:00:00Z", "tip_`,
		"not a snapshot":  `[1, 2, 3]`,
		"zero difficulty": `{"source": "https://mempool.space", "fetched_at": "2026-11-30T12:00:00Z", "tip_height": 978230, "difficulty": 0, "fees_btc_per_block": 0.025, "fee_blocks": 6, "price_usd": 86450, "yesterday_price_usd": 85910}`,
		"no time":         `{"source": "https://mempool.space", "tip_height": 978230, "difficulty": 1, "fees_btc_per_block": 0.025, "fee_blocks": 6, "price_usd": 86450, "yesterday_price_usd": 85910}`,
		"price a word":    `{"source": "https://mempool.space", "fetched_at": "2026-11-30T12:00:00Z", "tip_height": 978230, "difficulty": 1, "fees_btc_per_block": 0.025, "fee_blocks": 6, "price_usd": "lots", "yesterday_price_usd": 85910}`,
	} {
		t.Run(name, func(t *testing.T) {
			cache := tempCache(t)
			os.MkdirAll(filepath.Dir(cache.Path), 0o755)
			os.WriteFile(cache.Path, []byte(content), 0o644)
			_, err := cache.Load()
			if err == nil || !strings.Contains(err.Error(), "the saved snapshot "+cache.Path+" is unreadable: ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v", err)
			}
		})
	}
}

// The derived figures of a cached snapshot are worked out again from the
// instance's figures, not trusted from the file.
func TestCacheRederives(t *testing.T) {
	cache := tempCache(t)
	os.MkdirAll(filepath.Dir(cache.Path), 0o755)
	os.WriteFile(cache.Path, []byte(`{"source": "https://mempool.space", "fetched_at": "2026-11-30T12:00:00Z",
		"tip_height": 978230, "difficulty": 155973092518573.52, "network_hashrate_eh": 1,
		"fees_btc_per_block": 0.025, "fee_blocks": 6, "price_usd": 86450, "yesterday_price_usd": 85910,
		"block_subsidy_btc": 50, "next_halving_height": 7, "next_halving": "2099-01", "subsidy_after_halving_btc": 0}`), 0o644)
	got, err := cache.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := fixtureSnapshot(t)
	want.Source = "https://mempool.space"
	if !sameSnapshot(got, want) {
		t.Errorf("got %+v", got)
	}
}

func TestLatestFetchesAndSaves(t *testing.T) {
	cache := tempCache(t)
	r, err := market.Latest(context.Background(), clientFor(markettest.NewServer(t, nil)), cache)
	if err != nil || r.FromCache || r.Why != nil || r.SaveErr != nil {
		t.Fatalf("reading %+v, error %v", r, err)
	}
	saved, err := cache.Load()
	if err != nil || !sameSnapshot(saved, r.Snapshot) {
		t.Errorf("saved %+v, %v", saved, err)
	}
	if r.Age(markettest.Now) != 0 {
		t.Errorf("age %v", r.Age(markettest.Now))
	}
}

// savedEarlier puts the fixtures' snapshot in a cache, as fetched some time
// before Now.
func savedEarlier(t *testing.T, cache market.Cache, before time.Duration) []byte {
	t.Helper()
	s := fixtureSnapshot(t)
	s.FetchedAt = s.FetchedAt.Add(-before)
	if err := cache.Save(s); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(cache.Path)
	return data
}

// On any failure the saved snapshot is offered, with its age and the
// reason, and left exactly as it was.
func TestLatestFallsBackOnFailure(t *testing.T) {
	for name, route := range map[string]http.Handler{
		"HTTP error":     markettest.Status(502, "Bad Gateway"),
		"malformed JSON": markettest.JSON(`{"USD": `),
		"price of 0":     markettest.JSON(`{"time": 1796039711, "USD": 0}`),
		"hundredfold":    markettest.JSON(`{"time": 1796039711, "USD": 8591000}`),
		"hung server":    markettest.Hang(),
	} {
		t.Run(name, func(t *testing.T) {
			cache := tempCache(t)
			before := savedEarlier(t, cache, 3*time.Hour+12*time.Minute)
			c := clientFor(markettest.NewServer(t, map[string]http.Handler{"/api/v1/prices": route}))
			c.Timeout = 200 * time.Millisecond
			r, err := market.Latest(context.Background(), c, cache)
			if err != nil {
				t.Fatal(err)
			}
			if !r.FromCache || r.Why == nil || !strings.Contains(r.Why.Error(), c.BaseURL) {
				t.Errorf("reading %+v", r)
			}
			if age := r.Age(markettest.Now); age != 3*time.Hour+12*time.Minute {
				t.Errorf("age %v", age)
			}
			if after, _ := os.ReadFile(cache.Path); string(after) != string(before) {
				t.Errorf("the cache changed:\n%s", after)
			}
		})
	}
}

func TestLatestWithNothingToOffer(t *testing.T) {
	server := markettest.NewServer(t, map[string]http.Handler{"/api/v1/prices": markettest.Status(503, "")})
	_, err := market.Latest(context.Background(), clientFor(server), tempCache(t))
	want := server.URL + "/api/v1/prices: HTTP 503 Service Unavailable; no snapshot saved yet"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
	if !errors.Is(err, market.ErrNoSnapshot) {
		t.Errorf("error %v does not say there is no snapshot", err)
	}
}

func TestSavedWhenOffline(t *testing.T) {
	cache := tempCache(t)
	if _, err := market.Saved(cache, market.ErrOffline); err == nil || err.Error() != "offline; no snapshot saved yet" {
		t.Errorf("error %v", err)
	}
	savedEarlier(t, cache, 49*time.Hour)
	r, err := market.Saved(cache, market.ErrOffline)
	if err != nil || !r.FromCache || !errors.Is(r.Why, market.ErrOffline) || r.Age(markettest.Now) != 49*time.Hour {
		t.Errorf("reading %+v, error %v", r, err)
	}
}

// A fresh snapshot that cannot be saved is still good; the failure is told.
func TestSaveFailureKeepsTheSnapshot(t *testing.T) {
	cache := tempCache(t)
	if err := os.MkdirAll(cache.Path, 0o755); err != nil { // a folder where the file belongs
		t.Fatal(err)
	}
	r, err := market.Latest(context.Background(), clientFor(markettest.NewServer(t, nil)), cache)
	if err != nil || r.FromCache || r.SaveErr == nil || !strings.Contains(r.SaveErr.Error(), cache.Path) {
		t.Errorf("reading %+v, error %v", r, err)
	}
}

// A snapshot dated after the clock (a clock set back) is never of negative age.
func TestAgeNeverNegative(t *testing.T) {
	r := market.Reading{Snapshot: market.Snapshot{FetchedAt: markettest.Now.Add(time.Hour)}}
	if r.Age(markettest.Now) != 0 {
		t.Errorf("age %v", r.Age(markettest.Now))
	}
}
