package model

import "testing"

func TestParseYearMonth(t *testing.T) {
	good := []struct {
		text string
		want YearMonth
	}{
		{"2027-01", YearMonth{2027, 1}},
		{"2028-04", YearMonth{2028, 4}},
		{"1999-12", YearMonth{1999, 12}},
		{" 2030-06 ", YearMonth{2030, 6}}, // typed with stray spaces
	}
	for _, tc := range good {
		got, err := ParseYearMonth(tc.text)
		if err != nil || got != tc.want {
			t.Errorf("ParseYearMonth(%q) = %v, %v; want %v", tc.text, got, err, tc.want)
		}
		if got.String() != tc.want.String() || MustYearMonth(got.String()) != tc.want {
			t.Errorf("%v does not round-trip through String (%q)", tc.want, got.String())
		}
	}
	for _, text := range []string{"", "2027", "2027-1", "2027-00", "2027-13", "27-01", "2027/01",
		"2027-01-01", "abcd-01", "2027-ab", "202701"} {
		if got, err := ParseYearMonth(text); err == nil {
			t.Errorf("ParseYearMonth(%q) = %v, want an error", text, got)
		}
	}
	if got := (YearMonth{999, 3}).String(); got != "0999-03" {
		t.Errorf("String pads the year: got %q", got)
	}
}

func TestMustYearMonthPanicsOnATypo(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustYearMonth(\"2027-13\") did not panic")
		}
	}()
	MustYearMonth("2027-13")
}

func TestYearMonthArithmetic(t *testing.T) {
	start := MustYearMonth("2027-01")
	for _, tc := range []struct {
		n    int
		want string
	}{
		{0, "2027-01"},
		{1, "2027-02"},
		{11, "2027-12"},
		{12, "2028-01"},
		{15, "2028-04"}, // the default halving is 15 months after the start: month 16
		{239, "2046-12"},
		{-1, "2026-12"},
		{-12, "2026-01"},
		{-13, "2025-12"},
		{-25, "2024-12"},
	} {
		got := start.AddMonths(tc.n)
		if got.String() != tc.want {
			t.Errorf("2027-01 + %d months = %s, want %s", tc.n, got, tc.want)
		}
		if since := got.MonthsSince(start); since != tc.n {
			t.Errorf("%s − 2027-01 = %d months, want %d", got, since, tc.n)
		}
		if got.Before(start) != (tc.n < 0) || start.Before(got) != (tc.n > 0) {
			t.Errorf("Before disagrees with the order of 2027-01 and %s", got)
		}
	}
	if got := MustYearMonth("2032-04").MonthsSince(MustYearMonth("2028-04")); got != 48 {
		t.Errorf("2032-04 − 2028-04 = %d months, want 48", got)
	}
}
