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

// ChangedSince reports whether path's content differs from what stamp
// recorded. A deleted file has changed. A file touched but not edited (same
// bytes, new modification time) has not: saving over it loses nothing.
func ChangedSince(path string, stamp FileStamp) (bool, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, &FileError{Path: path, Err: err}
	}
	if info.Size() != stamp.Size {
		return true, nil
	}
	data, err := readFile(path)
	if err != nil {
		return false, err
	}
	return sha256.Sum256(data) != stamp.SHA256, nil
}
