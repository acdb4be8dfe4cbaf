// Package markettest is a fake mempool instance for tests: an httptest
// server that answers the market client's endpoints with fixtures shaped as
// the API documentation shows them, any of which a test can replace with a
// bad answer or a server that never answers.
package markettest

import (
	"embed"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"
)

// Now is the moment the fixtures describe; give it to the client's clock.
//
// At Now the tip is block 978,230; the difficulty is 155,973,092,518,573.52;
// the last day's fees (six blocks in the fixture, to keep it short) total
// 15,000,000 sats; the price is $86,450 and was $85,910 a day before.
var Now = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

//go:embed testdata
var fixtures embed.FS

// Fixture is one documentation-shaped answer, by file name in testdata.
func Fixture(name string) []byte {
	data, err := fixtures.ReadFile("testdata/" + name)
	if err != nil {
		panic(err)
	}
	return data
}

// The paths the fake instance answers, and their fixtures.
var answers = map[string]struct{ fixture, contentType string }{
	"/api/blocks/tip/height":         {"tip-height.txt", "text/plain"},
	"/api/v1/mining/hashrate/3d":     {"hashrate-3d.json", "application/json"},
	"/api/v1/mining/blocks/fees/24h": {"blocks-fees-24h.json", "application/json"},
	"/api/v1/prices":                 {"prices.json", "application/json"},
	"/api/v1/historical-price":       {"historical-price.json", "application/json"},
}

// NewServer starts the fake instance, closed when the test ends. routes
// replace the answer of a path, e.g.
//
//	markettest.NewServer(t, map[string]http.Handler{"/api/v1/prices": markettest.Status(503, "")})
func NewServer(t testing.TB, routes map[string]http.Handler) *httptest.Server {
	t.Helper()
	documented := http.NewServeMux()
	for path, answer := range answers {
		documented.Handle(path, Body(answer.contentType, string(Fixture(answer.fixture))))
	}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if route, ok := routes[r.URL.Path]; ok {
			route.ServeHTTP(w, r)
			return
		}
		// The historical price must be asked for in dollars, a day before Now.
		if r.URL.Path == "/api/v1/historical-price" {
			want := strconv.FormatInt(Now.Add(-24*time.Hour).Unix(), 10)
			if r.URL.Query().Get("currency") != "USD" || r.URL.Query().Get("timestamp") != want {
				http.Error(w, "want currency=USD&timestamp="+want, http.StatusBadRequest)
				return
			}
		}
		documented.ServeHTTP(w, r)
	})
	server := httptest.NewServer(handler)
	t.Cleanup(server.Close)
	return server
}

// Body answers 200 with the given body.
func Body(contentType, body string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write([]byte(body))
	})
}

// JSON answers 200 with a JSON body.
func JSON(body string) http.Handler { return Body("application/json", body) }

// Status answers an HTTP error, with a body as mempool's backend sends one.
func Status(code int, body string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(code)
		w.Write([]byte(body))
	})
}

// Hang never answers: it holds the request until the client gives up.
func Hang() http.Handler {
	return http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
}

// Stall sends the headers and the start of a body, then holds the rest
// until the client gives up.
func Stall() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"time": 1796039711, "USD": `))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
}
