package scenarios

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
)

// FileStamp identifies the content of a file as it was loaded, so that a save
// can refuse to overwrite edits made on disk in the meantime.
type FileStamp struct {
	Size    int64
	ModTime time.Time
	SHA256  [sha256.Size]byte
}

// Stamp records path's size, modification time and content hash.
func Stamp(path string) (FileStamp, error) {
	info, err := os.Stat(path)
	if err != nil {
		return FileStamp{}, &FileError{Path: path, Err: err}
	}
	data, err := readFile(path)
	if err != nil {
		return FileStamp{}, err
	}
	return stampOf(info, data), nil
}

func stampOf(info fs.FileInfo, data []byte) FileStamp {
	return FileStamp{Size: int64(len(data)), ModTime: info.ModTime(), SHA256: sha256.Sum256(data)}
}

// LoadStamped is Load that also returns the stamp of the very bytes it read,
// so no edit can slip in between loading and stamping.
func LoadStamped(path string) (model.Scenario, FileStamp, error) {
	info, err := os.Stat(path)
	if err != nil {
		return model.Scenario{}, FileStamp{}, &FileError{Path: path, Err: err}
	}
	data, err := readFile(path)
	if err != nil {
		return model.Scenario{}, FileStamp{}, err
	}
	s, err := Parse(path, data)
	if err != nil {
		return model.Scenario{}, FileStamp{}, err
	}
	return s, stampOf(info, data), nil
}

// DiskState is what became of a loaded file by the time it is saved.
type DiskState int

const (
	Unchanged DiskState = iota // the bytes that were loaded (perhaps touched)
	Changed                    // edited on disk since: saving over it loses those edits
	Deleted                    // gone: saving recreates it and loses nothing
)

// StateOnDisk compares path with what stamp recorded. A file touched but not
// edited (same bytes, new modification time) is Unchanged: saving over it
// loses nothing.
func StateOnDisk(path string, stamp FileStamp) (DiskState, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Deleted, nil
	}
	if err != nil {
		return Unchanged, &FileError{Path: path, Err: err}
	}
	if info.Size() != stamp.Size {
		return Changed, nil
	}
	data, err := readFile(path)
	if err != nil {
		return Unchanged, err
	}
	if sha256.Sum256(data) != stamp.SHA256 {
		return Changed, nil
	}
	return Unchanged, nil
}

// ChangedSince reports whether saving over path would lose edits made on
// disk since stamp was taken; a deleted file has none to lose.
func ChangedSince(path string, stamp FileStamp) (bool, error) {
	state, err := StateOnDisk(path, stamp)
	return state == Changed, err
}
