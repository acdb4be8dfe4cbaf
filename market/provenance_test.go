package market_test

import (
	"errors"
	"testing"
	"time"

	"github.com/pivot-tui/pivot-tui/market"
)

func TestProvenance(t *testing.T) {
	s := market.Snapshot{Source: "https://mempool.space", FetchedAt: time.Date(2026, 11, 30, 8, 48, 0, 0, time.UTC)}
	now := s.FetchedAt.Add(3*time.Hour + 12*time.Minute)
	for _, tc := range []struct {
		reading market.Reading
		cached  string
	}{
		{market.Reading{Snapshot: s}, ""},
		{market.Reading{Snapshot: s, FromCache: true, Why: market.ErrOffline}, "The saved snapshot, 3 h 12 min old (offline)."},
		{market.Reading{Snapshot: s, FromCache: true, Why: errors.New("https://mempool.space gave no answer within 5s")},
			"The saved snapshot, 3 h 12 min old: https://mempool.space gave no answer within 5s"},
	} {
		headline, cached := tc.reading.Provenance(now)
		if headline != "Bitcoin market at 2026-11-30 08:48 UTC from https://mempool.space" || cached != tc.cached {
			t.Errorf("Provenance = %q, %q; want the headline and %q", headline, cached, tc.cached)
		}
	}
}
