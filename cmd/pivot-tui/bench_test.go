package main

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkCompare3 runs pivot-tui compare on three scenario files as the
// command line does: it loads and evaluates each, break-evens included, and
// writes the comparison in a format.
func BenchmarkCompare3(b *testing.B) {
	files := scenarioFiles(b, baseFile, bullFile, bearFile)
	for _, format := range []string{"text", "json", "png", "xlsx"} {
		b.Run(format, func(b *testing.B) {
			args := append([]string{"compare", "--format", format}, files...)
			b.ReportAllocs()
			for b.Loop() {
				var stderr strings.Builder
				if code := run(args, strings.NewReader(""), io.Discard, &stderr); code != exitOK {
					b.Fatalf("exit %d: %s", code, stderr.String())
				}
			}
		})
	}
}
