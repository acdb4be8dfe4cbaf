package model

import (
	"strconv"
	"strings"
	"testing"
)

// A figure of hundreds or thousands of digits converts to the float64 its
// decimal text reads as, whatever its power of ten.
func TestToFloatOfLongFigures(t *testing.T) {
	thirds := strings.Repeat("3", 1000)
	for _, text := range []string{
		"0." + thirds,                                     // 1/3 to 1,000 places
		"-" + thirds + "e-1300",                           // 3.3e-301, beside float64's smallest normal
		"7" + strings.Repeat("0", 499) + "1e-9000",        // 7e-8501 + a digit: below float64
		"12345678901234567890" + strings.Repeat("9", 600), // 1.2e619: above float64
		"5" + strings.Repeat("0", 700) + "3e-695",         // 5e6, exactly representable
		"2" + strings.Repeat("71828182845904523536", 40) + "e-800",
		"1" + strings.Repeat("0", 300) + "e-330", // 1e-30, with a power of ten below float64's
	} {
		want, _ := strconv.ParseFloat(text, 64) // ±Inf beyond float64, as toFloat gives
		if got := toFloat(d(text)); got != want {
			t.Errorf("toFloat(%.30s…) = %v, want %v", text, got, want)
		}
	}
}
