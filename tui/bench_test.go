package tui

import "testing"

// BenchmarkKeystroke is one nudge of the BTC price through Update (which
// re-evaluates the whole model) and the frame it draws, on the Overview at
// 160x48. The target is at most 4 ms.
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
