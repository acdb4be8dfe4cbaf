package workbook

import (
	"io"
	"testing"
)

// BenchmarkWorkbook240 writes the workbook of a 240-month scenario, the
// longest horizon: both ledgers, the Inputs and the Summary.
func BenchmarkWorkbook240(b *testing.B) {
	doc := testScenarios[1].document(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}
