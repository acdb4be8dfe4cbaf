package market

import (
	"errors"
	"fmt"
	"time"
)

// Provenance says where a reading came from, for a person: a headline with
// the snapshot's time and source, and for a saved snapshot a line with its
// age at now and why it is shown ("" for a fresh one).
func (r Reading) Provenance(now time.Time) (headline, cached string) {
	s := r.Snapshot
	headline = fmt.Sprintf("Bitcoin market at %s from %s", s.FetchedAt.UTC().Format("2006-01-02 15:04 UTC"), s.Source)
	if !r.FromCache {
		return headline, ""
	}
	age := DescribeAge(r.Age(now))
	if errors.Is(r.Why, ErrOffline) {
		return headline, fmt.Sprintf("The saved snapshot, %s old (offline).", age)
	}
	return headline, fmt.Sprintf("The saved snapshot, %s old: %v", age, r.Why)
}
