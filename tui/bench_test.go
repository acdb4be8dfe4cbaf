package tui

import "testing"

// BenchmarkKeystroke is one nudge of the BTC price through Update (which
// re-evaluates the whole model) and the frame it draws, on the Overview at
// 160x48. The target is at most 3 ms.
func BenchmarkKeystroke(b *testing.B) {
	m := update(b, New(Options{Path: "sites/example.toml"}), size(160, 48))
	keys := press("right", "left")
	i := 0
	for b.Loop() {
		next, _ := m.Update(keys[i%2])
		m = next.(*Model)
		_ = m.View()
		i++
	}
}

// BenchmarkView is the frame alone.
func BenchmarkView(b *testing.B) {
	m := update(b, New(Options{Path: "sites/example.toml"}), size(160, 48))
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkKeystrokeDeal is the same on a signed deal: the TeraWulf preset,
// two phases whose fit-out is paid over their builds, a contract value that
// sets the lease rate, each side at its own rate, the panel showing the
// plan's rows and the contract value nudged (the rate re-derived each time).
func BenchmarkKeystrokeDeal(b *testing.B) {
	m := update(b, New(Options{Scenario: preset(b, "terawulf-fluidstack"), Path: "sites/terawulf.toml"}), size(160, 48))
	m.selKey = "ai.colocation.contract_value_usd"
	m.keepInView()
	keys := press("right", "left")
	i := 0
	for b.Loop() {
		next, _ := m.Update(keys[i%2])
		m = next.(*Model)
		_ = m.View()
		i++
	}
}
