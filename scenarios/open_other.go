//go:build !unix

package scenarios

import "os"

// openForReading opens path for reading; outside Unix, opening a file does
// not wait on a writer.
func openForReading(path string) (*os.File, error) { return os.Open(path) }
