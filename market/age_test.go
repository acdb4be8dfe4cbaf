package market_test

import (
	"testing"
	"time"

	"github.com/pivot-tui/pivot-tui/market"
)

func TestDescribeAge(t *testing.T) {
	for _, tc := range []struct {
		age  time.Duration
		want string
	}{
		{0, "less than a minute"},
		{59 * time.Second, "less than a minute"},
		{time.Minute, "1 min"},
		{59*time.Minute + 59*time.Second, "59 min"},
		{time.Hour, "1 h"},
		{3*time.Hour + 12*time.Minute, "3 h 12 min"},
		{24 * time.Hour, "1 day"},
		{25 * time.Hour, "1 day 1 h"},
		{49 * time.Hour, "2 days 1 h"},
		{6*24*time.Hour + 23*time.Hour, "6 days 23 h"},
		{7*24*time.Hour + 5*time.Hour, "7 days"},
		{45 * 24 * time.Hour, "45 days"},
	} {
		if got := market.DescribeAge(tc.age); got != tc.want {
			t.Errorf("DescribeAge(%v) = %q, want %q", tc.age, got, tc.want)
		}
	}
}
