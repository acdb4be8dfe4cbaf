package market

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/pivot-tui/pivot-tui/scenarios"
)

// ErrNoSnapshot is a cache that holds no snapshot yet.
var ErrNoSnapshot = errors.New("no snapshot saved yet")

// Cache is the file that keeps the last good snapshot, for when the network
// is away. An empty Path keeps nothing.
type Cache struct{ Path string }

// DefaultCache is market.json in pivot-tui's folder of the user's cache
// directory (~/.cache/pivot-tui on Linux). Where the system has none (no
// home directory), it is a cache that keeps nothing, and the reason.
func DefaultCache() (Cache, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return Cache{}, err
	}
	return Cache{Path: filepath.Join(dir, "pivot-tui", "market.json")}, nil
}

// Load returns the saved snapshot, checked as a fresh one is, or
// ErrNoSnapshot.
func (c Cache) Load() (Snapshot, error) {
	if c.Path == "" {
		return Snapshot{}, ErrNoSnapshot
	}
	data, err := os.ReadFile(c.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return Snapshot{}, ErrNoSnapshot
	}
	if err != nil {
		return Snapshot{}, fmt.Errorf("the saved snapshot %s is unreadable: %w", c.Path, unwrapPath(err))
	}
	var s Snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return Snapshot{}, fmt.Errorf("the saved snapshot %s is unreadable: %s", c.Path, describeJSONError(err, "a snapshot"))
	}
	return s, nil
}

// Save replaces the saved snapshot atomically: a reader sees the old one or
// the new one, never half of either.
func (c Cache) Save(s Snapshot) error {
	if c.Path == "" {
		return nil
	}
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.Path), 0o755); err != nil {
		return fmt.Errorf("save %s: %w", c.Path, unwrapPath(err))
	}
	return scenarios.WriteFile(c.Path, append(data, '\n'))
}

// unwrapPath drops the path and operation an *fs.PathError repeats.
func unwrapPath(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	return err
}
