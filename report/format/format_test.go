package format

import (
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestMoney(t *testing.T) {
	cases := []struct{ got, want string }{
		{USD(d("1234567.891")), "$1,234,567.89"},
		{USD(d("-250000")), "−$250,000.00"},
		{USD(d("-0.001")), "$0.00"}, // rounds to zero: no minus sign
		{USDWhole(d("53571428.57")), "$53,571,429"},
		{USDWhole(d("999.5")), "$1,000"},
		{USDShort(d("1523808333.33")), "$1.52B"},
		{USDShort(d("-54360421.30")), "−$54.4M"},
		{USDShort(d("763867.04")), "$763.9k"},
		{USDShort(d("950")), "$950"},
		{USDShort(d("-5550")), "−$5.55k"},
		{Price(d("3.8784449"), 2, "/GPU-hour"), "$3.88/GPU-hour"},
		{Percent(d("-4.6668"), 1), "−4.7 %"},
		{Number(d("2976.1905"), 1, "PH/s"), "2,976.2 PH/s"},
		{Number(d("26455"), 0, ""), "26,455"},
		{Coverage(d("1.3456")), "1.35×"},
		{Coverage(d("-0.4")), "−0.40×"},
		{Months(0), "never"},
		{Months(1), "1 month"},
		{Months(37), "37 months"},
		{Optional(decimal.NullDecimal{}, USD, "none"), "none"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestFieldValues(t *testing.T) {
	s := model.Default()
	cases := map[string]string{
		"site.power_price_usd_per_mwh":     "$45.00/MWh",
		"bitcoin.price_usd":                "$70,000",
		"mining.uptime_pct":                "97.0 %",
		"bitcoin.network_hashrate_eh":      "1,050 EH/s",
		"bitcoin.next_halving":             "2028-04",
		"ai.mode":                          "GPU cloud",
		"mining.shutoff_when_unprofitable": "yes",
		"bitcoin.hashprice_usd_per_ph_day": "auto",
	}
	for key, want := range cases {
		f, ok := model.FieldByKey(key)
		if !ok {
			t.Fatalf("no field %s", key)
		}
		if got := Field(f, &s); got != want {
			t.Errorf("%s: %q, want %q", key, got, want)
		}
	}
}

// A value near a bound it does not reach is shown with the places that keep
// it off the bound, so an open bound never reads as reached.
func TestValuesStayOffTheirBounds(t *testing.T) {
	for _, tc := range []struct{ key, value, want string }{
		{"bitcoin.hashrate_growth_pct_per_year", "-99.999999", "−99.999999 %/yr"},
		{"bitcoin.hashrate_growth_pct_per_year", "-99.95", "−99.95 %/yr"},
		{"bitcoin.hashrate_growth_pct_per_year", "-99.94", "−99.9 %/yr"},
		{"bitcoin.hashrate_growth_pct_per_year", "-99.9", "−99.9 %/yr"},
		{"site.power_mw", "0.01", "0.01 MW"},
		{"site.power_mw", "0.0000000000000000000000000000000000000000007", "0.0000000000000000000000000000000000000000007 MW"},
		{"mining.uptime_pct", "99.97", "99.97 %"},
		{"mining.uptime_pct", "100", "100.0 %"},
		{"mining.uptime_pct", "0", "0.0 %"},
		{"bitcoin.price_usd", "0.4", "$0.4"},
		{"bitcoin.price_usd", "99999999.6", "$99,999,999.6"},
		{"bitcoin.price_usd", "70000.4", "$70,000"},
	} {
		f, _ := model.FieldByKey(tc.key)
		s := model.Default()
		f.SetDecimal(&s, decimal.RequireFromString(tc.value))
		if got := Field(f, &s); got != tc.want {
			t.Errorf("%s = %s: %q, want %q", tc.key, tc.value, got, tc.want)
		}
	}
}

// Figures beyond any real site's, which extreme but valid scenarios make,
// are written with a power of ten rather than thousands of digits.
func TestHugeFigures(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{Grouped(d("999999999999999999999"), 2), "999,999,999,999,999,999,999.00"},
		{Grouped(d("1e21"), 2), "1.000e21"},
		{Grouped(d("-12345e9000"), 0), "−1.235e9004"},
		{Grouped(d("9.99996e30"), 2), "1.000e31"},
		{USDWhole(d("-3e50")), "−$3.000e50"},
		{USDShort(d("999e12")), "$999,000.0B"},
		{USDShort(d("1e15")), "$1.00e15"},
		{USDShort(d("-4.567e9003")), "−$4.57e9003"},
		{Price(d("1e9000"), 2, "/PH/day"), "$1.000e9000/PH/day"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
