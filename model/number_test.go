package model

import (
	"errors"
	"strings"
	"testing"
)

// A comma is read only as a thousands separator in groups of three; any
// other comma (a decimal comma above all: "2,35" is 2.35 in much of the
// world, not 235) is refused with the range, never dropped.
func TestTypedCommasGroupThousands(t *testing.T) {
	rate, _ := FieldByKey("ai.gpu.rental_usd_per_gpu_hour")
	price, _ := FieldByKey("bitcoin.price_usd")
	accepted := []struct {
		f          Field
		text, want string
	}{
		{price, "70,000", "70000"},
		{price, "1,000,000", "1000000"},
		{price, "70,000.5", "70000.5"},
		{price, "+1,234.25", "1234.25"},
		{price, "999", "999"},
		{price, "1,000e1", "10000"},
		{rate, "2.35", "2.35"},
		{rate, "1_000", "1000"},
	}
	for _, tc := range accepted {
		s := Default()
		if err := tc.f.Parse(&s, tc.text); err != nil {
			t.Errorf("%s %q: %v", tc.f.Key, tc.text, err)
			continue
		}
		if got, _ := tc.f.Decimal(&s); !got.Equal(d(tc.want)) {
			t.Errorf("%s %q = %s, want %s", tc.f.Key, tc.text, got, tc.want)
		}
	}
	for _, text := range []string{"2,35", "1,5", "1,0000", "12,34,567", ",100", "100,", "1,,000",
		"1.000,5", "1,000.000,5", "1e3,000", "1,000,00", "-,100", "0,5"} {
		s := Default()
		err := rate.Parse(&s, text)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Allowed != "a number "+rate.Allowed() || fe.Value != text {
			t.Errorf("%q: err = %v, want a number %s", text, err, rate.Allowed())
		}
		if !s.AI.GPU.RentalUSDPerGPUHour.Equal(Default().AI.GPU.RentalUSDPerGPUHour) {
			t.Errorf("%q changed the rate to %s", text, s.AI.GPU.RentalUSDPerGPUHour)
		}
	}
}

func TestReadNumber(t *testing.T) {
	accepted := map[string]string{
		"45": "45", "-2.35": "-2.35", "+7": "7", "1.5e-6": "0.0000015", "1E3": "1000", ".5": "0.5", "5.": "5",
		"1e-10000": "1e-10000", "1e10000": "1e10000",
		"0." + strings.Repeat("0", 900) + "1":     "1e-901", // long, but one significant digit
		"1" + strings.Repeat("0", 99) + "e-99":    "1",      // trailing zeros are not significant
		strings.Repeat("9", MaxSignificantDigits): strings.Repeat("9", MaxSignificantDigits),
	}
	for text, want := range accepted {
		got, err := ReadNumber(text)
		if err != nil || !got.Equal(d(want)) {
			t.Errorf("ReadNumber(%.40q) = %s, %v; want %.40s", text, got, err, want)
		}
	}
	refused := map[string]error{
		"":           errNotANumber,
		"-":          errNotANumber,
		".":          errNotANumber,
		"1e":         errNotANumber,
		"e5":         errNotANumber,
		"1.2.3":      errNotANumber,
		" 1":         errNotANumber,
		"1_000":      errNotANumber, // separators are removed by the caller
		"0x10":       errNotANumber,
		"inf":        errNotANumber,
		"1e10001":    ErrNumberTooLarge,
		"0.1e-10000": ErrNumberTooLarge,
		strings.Repeat("9", MaxSignificantDigits+1):   ErrNumberTooPrecise,
		"1." + strings.Repeat("3", 998):               ErrNumberTooPrecise,
		"1" + strings.Repeat("0", MaxNumberLength):    ErrNumberTooLong,
		strings.Repeat("0", MaxNumberLength) + "1e-5": ErrNumberTooLong,
	}
	for text, want := range refused {
		if _, err := ReadNumber(text); err != want {
			t.Errorf("ReadNumber(%.40q) = %v, want %v", text, err, want)
		}
	}
}

// A value with more digits than a file can write back is refused by Check,
// however it was made (here as a nudge would make it: 1e-10000 + 1.4).
func TestCheckRefusesTooPreciseValues(t *testing.T) {
	f, _ := FieldByKey("site.power_mw")
	value := d("1e-10000").Add(d("1.4"))
	err := f.Check(value)
	want := "site.power_mw = 140000000000000000000000…00000001e-10000 (10001 significant digits) is out of range: want a number of at most 100 significant digits"
	if err == nil || err.Error() != want {
		t.Errorf("Check = %v\nwant %s", err, want)
	}
	if err := f.Check(d("1e-10000")); err != nil {
		t.Errorf("Check(1e-10000) = %v", err)
	}
	s := Default()
	err = f.Parse(&s, "1."+strings.Repeat("3", 998))
	want = "site.power_mw = 1." + strings.Repeat("3", 22) + "…" + strings.Repeat("3", 15) + " (1000 characters) is out of range: want a number of at most 100 significant digits"
	if err == nil || err.Error() != want {
		t.Errorf("Parse of 999 digits = %v\nwant %s", err, want)
	}
}

// A value too long to quote whole keeps both ends in a message: what is
// wrong is often at the end (the last digit, a stray comma, an exponent).
func TestClipKeepsBothEnds(t *testing.T) {
	s := Default()
	uptime, _ := FieldByKey("mining.uptime_pct")
	err := uptime.Parse(&s, "100."+strings.Repeat("0", 40)+"1")
	want := "mining.uptime_pct = 100.00000000000000000000…000000000000001 (44 significant digits) is out of range: want in [0, 100] %"
	if err == nil || err.Error() != want {
		t.Errorf("Parse(100.000…001) = %v\nwant %s", err, want)
	}
	price, _ := FieldByKey("bitcoin.price_usd")
	err = price.Parse(&s, "1"+strings.Repeat(",000", 11)+"0")
	if err == nil || !strings.HasSuffix(err.Error(), ",000,000,0000 (46 characters) is out of range: want a number in (0, 100000000] $") {
		t.Errorf("Parse of a stray digit after eleven groups = %v", err)
	}
	for text, want := range map[string]string{
		"short":                             "short",
		strings.Repeat("x", 40):             strings.Repeat("x", 40),
		strings.Repeat("é", 41):             strings.Repeat("é", 24) + "…" + strings.Repeat("é", 15) + " (41 characters)",
		"1" + strings.Repeat("0", 99) + "1": "100000000000000000000000…000000000000001 (101 characters)",
	} {
		if got := Clip(text); got != want {
			t.Errorf("Clip(%.20q…) = %q, want %q", text, got, want)
		}
	}
}
