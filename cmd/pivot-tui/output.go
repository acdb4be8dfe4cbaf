package main

import (
	"io"
	"os"

	"github.com/pivot-tui/pivot-tui/scenarios"
)

// refuseOutputOverInput refuses an -o that names one of a command's input
// files by any path (./s.toml, a symbolic link, a hard link): the output
// would replace the scenario it was made from. Both are compared as the
// files they resolve to, not as names.
func refuseOutputOverInput(command, out string, inputs ...string) error {
	if out == "" {
		return nil
	}
	outInfo, err := os.Stat(out)
	if err != nil {
		return nil // nothing there yet, so no input either
	}
	for _, in := range inputs {
		if in == "" {
			continue
		}
		if inInfo, err := os.Stat(in); err == nil && os.SameFile(outInfo, inInfo) {
			return badInput("%s: -o %s is the scenario file %s: the output would replace it; give another file", command, out, in)
		}
	}
	return nil
}

// deliver writes a command's output to the -o file, atomically, or to
// standard output when there is none.
func deliver(out string, data []byte, stdout io.Writer) error {
	if out == "" {
		_, err := stdout.Write(data)
		return err
	}
	return scenarios.WriteFile(out, data)
}
