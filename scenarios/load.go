// Package scenarios turns scenario files into model.Scenario values and back:
// it reads TOML (and JSON) exactly and strictly, writes canonical commented
// TOML, saves atomically, and carries the built-in presets. It prints nothing.
package scenarios

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
)

// maxFileSize bounds what Load reads: a scenario is a few kilobytes, and a
// mistaken path (a device, a huge log) should fail fast rather than fill memory.
const maxFileSize = 1 << 20

// Load reads a scenario file: JSON when the name ends in .json, TOML
// otherwise. Every error is a *FileError naming the file.
func Load(path string) (model.Scenario, error) {
	data, err := readFile(path)
	if err != nil {
		return model.Scenario{}, err
	}
	return Parse(path, data)
}

// Parse reads a scenario from data, choosing the format by name's extension
// as Load does; name labels error messages.
func Parse(name string, data []byte) (model.Scenario, error) {
	if strings.EqualFold(filepath.Ext(name), ".json") {
		return ParseJSON(name, data)
	}
	return ParseTOML(name, data)
}

func readFile(path string) ([]byte, error) {
	// Look before opening: opening a named pipe for reading waits for a
	// writer, forever, and a device can stream without end.
	info, err := os.Stat(path)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	if err := regularFile(info); err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	// The path may be swapped for a pipe between the look and the open:
	// openForReading never waits, and the opened file is checked again.
	f, err := openForReading(path)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	defer f.Close()
	info, err = f.Stat()
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	if err := regularFile(info); err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	if len(data) > maxFileSize {
		return nil, &FileError{Path: path, Err: fmt.Errorf("larger than %d KiB: not a scenario file", maxFileSize>>10)}
	}
	return data, nil
}

// regularFile refuses anything a scenario cannot be: a folder, a named
// pipe, a device, a socket.
func regularFile(info fs.FileInfo) error {
	mode := info.Mode()
	switch {
	case mode.IsRegular():
		return nil
	case mode.IsDir():
		return errors.New("is a directory, not a scenario file")
	case mode&fs.ModeNamedPipe != 0:
		return errors.New("is a named pipe, not a scenario file")
	case mode&fs.ModeSocket != 0:
		return errors.New("is a socket, not a scenario file")
	case mode&fs.ModeDevice != 0:
		return errors.New("is a device, not a scenario file")
	}
	return errors.New("is not a regular file")
}
