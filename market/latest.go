package market

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrOffline is the reason for the saved snapshot when the network was not
// to be asked.
var ErrOffline = errors.New("offline")

// Reading is a snapshot and where it came from.
type Reading struct {
	Snapshot Snapshot
	// FromCache is set when the snapshot is the saved one rather than one
	// fetched now; Why is the reason: the failed fetch, or ErrOffline.
	FromCache bool
	Why       error
	// SaveErr is set when a fresh snapshot could not be saved; the
	// snapshot itself is good.
	SaveErr error
}

// Age is how old the snapshot is at now; never negative, whatever the clock.
func (r Reading) Age(now time.Time) time.Duration {
	return max(now.Sub(r.Snapshot.FetchedAt), 0)
}

// Latest fetches a fresh snapshot and saves it; on any failure it offers
// the saved one instead, leaving it as it was. Without either it returns
// one line saying why there is neither.
func Latest(ctx context.Context, c *Client, cache Cache) (Reading, error) {
	s, err := c.Snapshot(ctx)
	if err != nil {
		return Saved(cache, err)
	}
	return Reading{Snapshot: s, SaveErr: cache.Save(s)}, nil
}

// Saved offers the saved snapshot, for the given reason.
func Saved(cache Cache, why error) (Reading, error) {
	s, err := cache.Load()
	if err != nil {
		return Reading{}, fmt.Errorf("%w; %w", why, err)
	}
	return Reading{Snapshot: s, FromCache: true, Why: why}, nil
}
