package model

import (
	"context"
	"testing"
)

// BenchmarkHeatmap is spec §9's 21 x 15 heatmap of the default scenario.
func BenchmarkHeatmap(b *testing.B) {
	s := Default()
	for b.Loop() {
		if _, err := HeatmapOf(context.Background(), s, RiskOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMonteCarlo is 10,000 paths over 60 months of the default scenario.
func BenchmarkMonteCarlo(b *testing.B) {
	s := Default()
	s.Risk.Paths = 10000
	for b.Loop() {
		if _, err := MonteCarlo(context.Background(), s, RiskOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMonteCarloFinanced is 10,000 paths over 60 months of the phased
// deal after tax, with debt and a treasury (financedDeal): the after-tax
// NPVs and the margin-call checks on every path.
func BenchmarkMonteCarloFinanced(b *testing.B) {
	s := defaultWith(financedDeal)
	s.Risk.Paths = 10000
	for b.Loop() {
		if _, err := MonteCarlo(context.Background(), s, RiskOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
