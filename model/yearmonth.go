package model

import (
	"fmt"
	"strconv"
	"strings"
)

// YearMonth is a calendar month, the unit of the projection (spec §1).
// The model never reads a clock: months are labels, all of equal length.
type YearMonth struct {
	Year  int
	Month int // 1..12
}

// ParseYearMonth reads "YYYY-MM".
func ParseYearMonth(text string) (YearMonth, error) {
	yearText, monthText, ok := strings.Cut(strings.TrimSpace(text), "-")
	if !ok || len(yearText) != 4 || len(monthText) != 2 {
		return YearMonth{}, fmt.Errorf("%q is not a month: want YYYY-MM", text)
	}
	year, yearErr := strconv.Atoi(yearText)
	month, monthErr := strconv.Atoi(monthText)
	if yearErr != nil || monthErr != nil || month < 1 || month > 12 {
		return YearMonth{}, fmt.Errorf("%q is not a month: want YYYY-MM", text)
	}
	return YearMonth{Year: year, Month: month}, nil
}

// MustYearMonth parses a literal month and panics on a typo; for defaults and tests.
func MustYearMonth(text string) YearMonth {
	ym, err := ParseYearMonth(text)
	if err != nil {
		panic(err)
	}
	return ym
}

func (ym YearMonth) String() string { return fmt.Sprintf("%04d-%02d", ym.Year, ym.Month) }

// index counts months from year 0, so differences between months are plain subtraction.
func (ym YearMonth) index() int { return ym.Year*12 + ym.Month - 1 }

// AddMonths returns the month n months later (earlier for negative n).
func (ym YearMonth) AddMonths(n int) YearMonth {
	i := ym.index() + n
	year, month := i/12, i%12
	if month < 0 {
		year, month = year-1, month+12
	}
	return YearMonth{Year: year, Month: month + 1}
}

// MonthsSince is the number of months from other to ym (negative when ym is earlier).
func (ym YearMonth) MonthsSince(other YearMonth) int { return ym.index() - other.index() }

// Before reports whether ym is an earlier month than other.
func (ym YearMonth) Before(other YearMonth) bool { return ym.index() < other.index() }
