package scenarios

import (
	"io/fs"
	"os"
)

// WriteFile writes any file (a report, an image) with the same atomic
// replace as Save, so an export never leaves a half-written file behind.
// A character device that exists (/dev/null, /dev/stdout on a terminal) is
// written directly instead: it cannot be replaced, and its folder takes no
// temporary file.
func WriteFile(path string, data []byte) error {
	if info, err := os.Stat(path); err == nil && info.Mode()&fs.ModeCharDevice != 0 {
		return writeDevice(path, data)
	}
	return writeAtomic(path, data, nil)
}

func writeDevice(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return &SaveError{Path: path, Err: err}
	}
	_, err = f.Write(data)
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return &SaveError{Path: path, Step: "write", Err: err}
	}
	return nil
}
