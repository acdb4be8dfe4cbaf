//go:build unix

package scenarios

import (
	"os"
	"syscall"
)

// openForReading opens path without waiting: O_NONBLOCK makes opening a
// named pipe return at once instead of waiting for a writer, and changes
// nothing for a regular file.
func openForReading(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
