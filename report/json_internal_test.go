package report

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
)

// significant keeps n significant digits and every integer digit, reading
// the magnitude exactly even where a float's log10 is off (10^15, 10^−7).
func TestSignificant(t *testing.T) {
	for _, tc := range []struct {
		value string
		n     int
		want  string
	}{
		{"123.456789", 4, "123.5"},      // 3 integer digits: 1 place
		{"0.000123456", 4, "0.0001235"}, // magnitude −3: 7 places
		{"-0.05", 8, "-0.05"},           // already short
		{"99999.5", 4, "100000"},        // every integer digit kept
		{"1000000000000000", 8, "1000000000000000"},
		{"0.00000010000000004", 8, "0.0000001"}, // 10^−7: magnitude −6, 12 places at most
	} {
		got := significant(decimal.RequireFromString(tc.value), tc.n)
		if !got.Equal(decimal.RequireFromString(tc.want)) {
			t.Errorf("significant(%s, %d) = %s, want %s", tc.value, tc.n, got, tc.want)
		}
	}
}

// A sampled amount is a number to the cent, and one that is not a finite
// number is null: the JSON stays valid.
func TestUSDFloatJSON(t *testing.T) {
	for v, want := range map[float64]string{1234.567: "1234.57", -0.004: "-0.00", math.NaN(): "null", math.Inf(1): "null", math.Inf(-1): "null"} {
		got, err := usdFloat(v).MarshalJSON()
		if err != nil || string(got) != want {
			t.Errorf("usdFloat(%v) = %s, %v; want %s", v, got, err, want)
		}
	}
}
