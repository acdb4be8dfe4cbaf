package e2e

import (
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/market/markettest"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// fakeInstance serves the fixtures on a local port, for the binary to ask
// through PIVOT_TUI_MEMPOOL_URL. The binary runs on the real clock, so
// yesterday's price is served whatever moment it asks about.
func fakeInstance(t *testing.T) string {
	t.Helper()
	server := markettest.NewServer(t, map[string]http.Handler{
		"/api/v1/historical-price": markettest.JSON(string(markettest.Fixture("historical-price.json"))),
	})
	return server.URL
}

// TestMarketInTmux presses M in the dashboard, sees the figures beside the
// inputs, applies them, sees the header name the market and the inputs
// change, saves and quits, and finds the figures in the file.
func TestMarketInTmux(t *testing.T) {
	url := fakeInstance(t)
	s, dir := startE2E(t, []string{"PIVOT_TUI_MEMPOOL_URL=" + url})
	path := s.saveSite(dir, model.Default())

	s.openDashboard("pivot-tui site.toml")
	s.keys("M")
	screen := s.waitForText("TODAY'S MARKET")
	for _, want := range []string{"from " + url, "[x] BTC price", "86,450", "[x] Network hashrate", "1,116.499", "3 of 6 ticked"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the panel lacks %q:\n%s", want, screen)
		}
	}
	checkWidth(t, screen, 120)

	s.keys("Enter")
	host := strings.TrimPrefix(url, "http://")
	screen = s.waitFor("the header naming the market", func(screen string) bool {
		return strings.Contains(strings.SplitN(screen, "\n", 2)[0], "market as of ") && strings.Contains(screen, "("+host+")")
	})
	if strings.Contains(screen, "TODAY'S MARKET") || !strings.Contains(screen, "● unsaved") {
		t.Errorf("after enter:\n%s", screen)
	}
	for _, input := range []struct{ label, value string }{{"BTC price", "86,450"}, {"Network hashrate", "1,116"}, {"Fees", "0.025"}} {
		if line := lineOf(screen, input.label); !strings.Contains(line, input.value) {
			t.Errorf("%s shows %q, want %s", input.label, line, input.value)
		}
	}

	s.keys("C-s")
	s.waitForText("Saved ")
	s.keys("q")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Errorf("pivot-tui ended with %s", line)
	}
	s.restored()
	saved, err := scenarios.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !saved.Bitcoin.PriceUSD.Equal(decimal.RequireFromString("86450")) || !saved.Bitcoin.FeesBTCPerBlock.Equal(decimal.RequireFromString("0.025")) {
		t.Errorf("saved price %s, fees %s", saved.Bitcoin.PriceUSD, saved.Bitcoin.FeesBTCPerBlock)
	}
}

// TestMarketApplyInTmux runs market --apply from a shell, as a person does,
// then the same with the instance gone.
func TestMarketApplyInTmux(t *testing.T) {
	url := fakeInstance(t)
	s, dir := startE2E(t, nil)
	path := s.saveSite(dir, model.Default())
	s.keys("pivot-tui market --url "+url+" --apply site.toml; echo EXIT=$?", "Enter")
	if line := s.exitLine(); line != "EXIT=0" {
		t.Fatalf("market --apply ended with %s:\n%s", line, s.screen())
	}
	screen := s.screen()
	for _, want := range []string{
		"Applied to site.toml: 3 values changed, 3 unchanged.",
		"bitcoin.price_usd                  70000    → 86450",
		"bitcoin.next_halving               2028-04  unchanged",
		"Hashprice in month 1 (2027-01): $30.29/PH/day → $35.12/PH/day.",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("the output lacks %q:\n%s", want, screen)
		}
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "price_usd = 86450 ") || !strings.Contains(string(data), "# BTC price in month 1") {
		t.Errorf("the file:\n%s", data)
	}

	// No instance there: nothing is written, and the saved snapshot is
	// applied only on purpose.
	s.keys("clear; pivot-tui market --url http://127.0.0.1:9 --apply site.toml; echo AGAIN=$?", "Enter")
	// The line echo prints, not the command line that says it.
	screen = s.waitFor("the second exit code", func(screen string) bool {
		return strings.Contains("\n"+screen, "\nAGAIN=")
	})
	if !strings.Contains(screen, "\nAGAIN=1") || !strings.Contains(screen, "is applied only with --offline") {
		t.Errorf("with no instance:\n%s", screen)
	}
	if after, _ := os.ReadFile(path); string(after) != string(data) {
		t.Error("a failed fetch changed the file")
	}
}

// lineOf is the first line of a screen containing text.
func lineOf(screen, text string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}
