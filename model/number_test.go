package model

import (
	"strings"
	"testing"
)

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
	f, _ := FieldByKey("ai.gpu.kw_per_gpu")
	value := d("1e-10000").Add(d("1.4"))
	err := f.Check(value)
	want := "ai.gpu.kw_per_gpu = 1.4000000000000000000000… (10001 significant digits) is out of range: want a number of at most 100 significant digits"
	if err == nil || err.Error() != want {
		t.Errorf("Check = %v\nwant %s", err, want)
	}
	if err := f.Check(d("1e-10000")); err != nil {
		t.Errorf("Check(1e-10000) = %v", err)
	}
	s := Default()
	err = f.Parse(&s, "1."+strings.Repeat("3", 998))
	want = "ai.gpu.kw_per_gpu = 1." + strings.Repeat("3", 38) + "… is out of range: want a number of at most 100 significant digits"
	if err == nil || err.Error() != want {
		t.Errorf("Parse of 999 digits = %v\nwant %s", err, want)
	}
}
