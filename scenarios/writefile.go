package scenarios

// WriteFile writes any file (a report, an image) with the same atomic
// replace as Save, so an export never leaves a half-written file behind.
func WriteFile(path string, data []byte) error { return writeAtomic(path, data, nil) }
