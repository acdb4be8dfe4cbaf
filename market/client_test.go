package market_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/market/markettest"
	"github.com/pivot-tui/pivot-tui/model"
)

func clientFor(server *httptest.Server) *market.Client {
	return &market.Client{BaseURL: server.URL, HTTP: server.Client(), Now: func() time.Time { return markettest.Now }}
}

// The fixtures, read as the documentation describes each endpoint.
func TestSnapshotFromFixtures(t *testing.T) {
	server := markettest.NewServer(t, nil)
	s, err := clientFor(server).Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Source != server.URL || !s.FetchedAt.Equal(markettest.Now) {
		t.Errorf("source %q at %v", s.Source, s.FetchedAt)
	}
	if s.TipHeight != 978_230 || s.FeeBlocks != 6 || s.NextHalvingHeight != 1_050_000 {
		t.Errorf("tip %d, fee blocks %d, next halving %d", s.TipHeight, s.FeeBlocks, s.NextHalvingHeight)
	}
	for _, c := range []struct {
		name      string
		got, want decimal.Decimal
	}{
		{"difficulty", s.Difficulty, d("155973092518573.52")},
		// 155,973,092,518,573.52 × 2^32 = 669,899,331,423,255,540,971,601.92
		// hashes a block; over 600 s that is 1.11649888570…e21 H/s, or
		// 1,116.499 EH/s to the PH/s.
		{"network hashrate", s.NetworkHashrateEH, d("1116.499")},
		// Six blocks' fees total 15,000,000 sats: 2,500,000 sats a block.
		{"fees", s.FeesBTCPerBlock, d("0.025")},
		{"price", s.PriceUSD, d("86450")},
		{"yesterday's price", s.YesterdayPriceUSD, d("85910")},
		// Block 978,230 is in the fifth era (4 halvings): 50 / 2^4.
		{"subsidy", s.BlockSubsidyBTC, d("3.125")},
		{"subsidy after the halving", s.SubsidyAfterHalvingBTC, d("1.5625")},
	} {
		if !c.got.Equal(c.want) {
			t.Errorf("%s = %s, want %s", c.name, c.got, c.want)
		}
	}
	// 1,050,000 − 978,230 = 71,770 blocks of 10 minutes = 498 days 9 h 40 min
	// after 2026-11-30 12:00 UTC: 2028-04-11 21:40 UTC.
	if want := model.MustYearMonth("2028-04"); s.NextHalving != want {
		t.Errorf("next halving %s, want %s", s.NextHalving, want)
	}
}

// Every bad answer is an error of one line naming the endpoint, never a figure.
func TestBadAnswersAreErrors(t *testing.T) {
	const (
		tip        = "/api/blocks/tip/height"
		hashrate   = "/api/v1/mining/hashrate/3d"
		fees       = "/api/v1/mining/blocks/fees/24h"
		prices     = "/api/v1/prices"
		historical = "/api/v1/historical-price"
	)
	for _, tc := range []struct {
		name   string
		path   string
		answer http.Handler
		want   string
	}{
		{"tip unknown yet", tip, markettest.Status(503, "Service Temporarily Unavailable"),
			"HTTP 503 Service Unavailable (Service Temporarily Unavailable)"},
		{"tip not a number", tip, markettest.Body("text/html", "<html><body>Welcome</body></html>"), `"<html><body>Welcome</body></html>" is not a block height`},
		{"tip zero", tip, markettest.Body("text/plain", "0"), "a tip height of 0"},
		{"hashrate server error", hashrate, markettest.Status(500, "Failed to get historical hashrate"),
			"HTTP 500 Internal Server Error (Failed to get historical hashrate)"},
		{"hashrate malformed", hashrate, markettest.JSON(`{"currentDifficulty": 1559`), "malformed JSON"},
		{"difficulty missing", hashrate, markettest.JSON(`{"hashrates": [], "difficulty": [], "currentHashrate": 0}`), `the answer has no "currentDifficulty"`},
		{"difficulty null", hashrate, markettest.JSON(`{"currentDifficulty": null}`), `the answer has no "currentDifficulty"`},
		{"difficulty zero", hashrate, markettest.JSON(`{"hashrates": [], "difficulty": [], "currentHashrate": 0, "currentDifficulty": 0}`),
			"a difficulty of 0 is not a network"},
		{"difficulty a word", hashrate, markettest.JSON(`{"currentDifficulty": "high"}`), `"currentDifficulty" is "high", not a number`},
		{"difficulty quoted", hashrate, markettest.JSON(`{"currentDifficulty": "155973092518573.52"}`), "not a number"},
		{"difficulty an object", hashrate, markettest.JSON("{\"currentDifficulty\": {\n  \"value\": 1\n}}"), `"currentDifficulty" is { "value": 1 }, not a number`},
		{"fees none", fees, markettest.JSON(`[]`), "no blocks in the last day"},
		{"fees an object", fees, markettest.JSON(`{"avgFees": 2500000}`), "malformed JSON: an object, not what the API sends"},
		{"fees missing", fees, markettest.JSON(`[{"avgHeight": 978230, "timestamp": 1796038144}]`), `the answer has no "avgFees"`},
		{"fees negative", fees, markettest.JSON(`[{"avgHeight": 978230, "timestamp": 1796038144, "avgFees": -5}]`), "a block has fees of -5 sats"},
		{"price server error", prices, markettest.Status(500, ""), "HTTP 500 Internal Server Error"},
		{"price missing", prices, markettest.JSON(`{"time": 1796039711, "EUR": 74633}`), `the answer has no "USD"`},
		{"price zero", prices, markettest.JSON(`{"time": 1796039711, "USD": 0}`), "a BTC price of 0 USD is not a price"},
		{"no price feed", prices, markettest.JSON(`{"time": 0, "USD": -1, "EUR": -1}`), "a BTC price of -1 USD is not a price"},
		// 100 × $85,910 = $8,591,000.
		{"price a hundredfold", prices, markettest.JSON(`{"time": 1796039711, "USD": 8591000}`), "a hundred times yesterday's 85910"},
		// $85,910 / 100 = $859.10.
		{"price a hundredth", prices, markettest.JSON(`{"time": 1796039711, "USD": 859.1}`), "a hundredth of yesterday's 85910"},
		{"price not JSON", prices, markettest.Body("text/html", "<html>captive portal</html>"), "malformed JSON"},
		{"price too long", prices, markettest.JSON(`{"USD": 86450, "pad": "` + strings.Repeat("x", 2<<20) + `"}`), "an answer over 1048576 bytes"},
		{"history empty", historical, markettest.JSON(`{"prices": [], "exchangeRates": {}}`), `the answer has no "prices"`},
		{"history placeholder", historical, markettest.JSON(`{"prices": [{"time": 1279497600, "USD": 0}], "exchangeRates": {}}`),
			"yesterday's BTC price of 0 USD is not a price"},
		{"history on a testnet", historical, markettest.Status(400, "Prices are not available on testnets."), "HTTP 400 Bad Request (Prices are not available on testnets.)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			server := markettest.NewServer(t, map[string]http.Handler{tc.path: tc.answer})
			s, err := clientFor(server).Snapshot(context.Background())
			if err == nil {
				t.Fatalf("no error; snapshot %+v", s)
			}
			msg := err.Error()
			wantPath := server.URL + tc.path
			if tc.name == "price a hundredfold" || tc.name == "price a hundredth" {
				wantPath = server.URL + prices
			}
			if !strings.HasPrefix(msg, wantPath+": ") || !strings.Contains(msg, tc.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line starting %q and containing %q", msg, wantPath, tc.want)
			}
			if !s.PriceUSD.IsZero() || s.TipHeight != 0 {
				t.Errorf("a figure came with the error: %+v", s)
			}
		})
	}
}

// Numbers are read as written, in any JSON notation, never through float64.
func TestNumbersReadExactly(t *testing.T) {
	server := markettest.NewServer(t, map[string]http.Handler{
		// JavaScript writes large numbers with an exponent; 2^53 + 1 is
		// where float64 starts losing whole units.
		"/api/v1/mining/hashrate/3d":     markettest.JSON(`{"currentDifficulty": 1.5597309251857352e+14}`),
		"/api/v1/prices":                 markettest.JSON(`{"time": 1796039711, "USD": 86450.000000000000000001}`),
		"/api/v1/mining/blocks/fees/24h": markettest.JSON(`[{"avgFees": 9007199254740993}, {"avgFees": 0}]`),
	})
	s, err := clientFor(server).Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !s.Difficulty.Equal(d("155973092518573.52")) || !s.PriceUSD.Equal(d("86450.000000000000000001")) {
		t.Errorf("difficulty %s, price %s", s.Difficulty, s.PriceUSD)
	}
	// (9,007,199,254,740,993 + 0) / 2 sats = 45,035,996.273704965 BTC, to the satoshi.
	if !s.FeesBTCPerBlock.Equal(d("45035996.27370497")) {
		t.Errorf("fees %s", s.FeesBTCPerBlock)
	}
}

// snapshotOrHang runs Snapshot but fails the test, rather than hanging it,
// if the client does not give up by itself.
func snapshotOrHang(t *testing.T, ctx context.Context, c *market.Client) (market.Snapshot, error) {
	t.Helper()
	type result struct {
		s   market.Snapshot
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := c.Snapshot(ctx)
		done <- result{s, err}
	}()
	select {
	case r := <-done:
		return r.s, r.err
	case <-time.After(10 * time.Second):
		t.Fatal("Snapshot hung on a server that never answers")
		return market.Snapshot{}, nil
	}
}

// A server that never answers, or stops halfway through an answer, costs
// the timeout and no more.
func TestSilentServerTimesOut(t *testing.T) {
	for name, answer := range map[string]http.Handler{"never answers": markettest.Hang(), "stalls mid-answer": markettest.Stall()} {
		t.Run(name, func(t *testing.T) {
			server := markettest.NewServer(t, map[string]http.Handler{"/api/v1/prices": answer})
			c := clientFor(server)
			c.Timeout = 200 * time.Millisecond
			_, err := snapshotOrHang(t, context.Background(), c)
			want := server.URL + " gave no answer within 200ms"
			if err == nil || err.Error() != want {
				t.Errorf("error %v, want %q", err, want)
			}
		})
	}
}

// The caller's own context ends the wait too: the dashboard cancels a fetch
// it no longer needs.
func TestCallerCancels(t *testing.T) {
	server := markettest.NewServer(t, map[string]http.Handler{"/api/v1/prices": markettest.Hang()})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := snapshotOrHang(t, ctx, clientFor(server))
	if err == nil || !strings.Contains(err.Error(), "interrupted before it answered") {
		t.Errorf("error %v", err)
	}
}

func TestNoServer(t *testing.T) {
	server := httptest.NewServer(http.NotFoundHandler())
	server.Close()
	_, err := clientFor(server).Snapshot(context.Background())
	if err == nil || !strings.HasPrefix(err.Error(), server.URL+": ") || !strings.Contains(err.Error(), "refused") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %v", err)
	}
}

// A server that is not a mempool instance answers 404 everywhere.
func TestNotAMempoolInstance(t *testing.T) {
	server := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(server.Close)
	_, err := clientFor(server).Snapshot(context.Background())
	if err == nil || !strings.Contains(err.Error(), "HTTP 404 Not Found") {
		t.Errorf("error %v", err)
	}
}

func TestParseBaseURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://mempool.space", "https://mempool.space"},
		{"https://mempool.space/", "https://mempool.space"},
		{"https://mempool.space/api", "https://mempool.space"},
		{"https://mempool.space/api/", "https://mempool.space"},
		{"http://umbrel.local:3006", "http://umbrel.local:3006"},
		{"https://example.org/mempool/", "https://example.org/mempool"},
		{" https://mempool.space ", "https://mempool.space"},
	} {
		if got, err := market.ParseBaseURL(tc.in); err != nil || got != tc.want {
			t.Errorf("ParseBaseURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "mempool.space", "ftp://mempool.space", "https://", "https://mempool.space/?x=1", "://"} {
		if got, err := market.ParseBaseURL(bad); err == nil {
			t.Errorf("ParseBaseURL(%q) = %q, want an error", bad, got)
		}
	}
}

// The client asks on the caller's behalf, under its name.
func TestUserAgent(t *testing.T) {
	var agents []string
	server := markettest.NewServer(t, map[string]http.Handler{
		"/api/blocks/tip/height": http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			agents = append(agents, r.UserAgent())
			w.Write(markettest.Fixture("tip-height.txt"))
		}),
	})
	c := clientFor(server)
	c.UserAgent = "pivot-tui/test"
	if _, err := c.Snapshot(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(agents) != 1 || agents[0] != "pivot-tui/test" {
		t.Errorf("user agents %q", agents)
	}
}
