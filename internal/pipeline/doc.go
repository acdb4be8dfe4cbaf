// Package pipeline holds the tests that run scenarios through the whole of
// pivot-tui at once: the model, the risk views, every report format and
// the dashboard's screens. It has no code of its own; its tests import
// every package a scenario passes through.
package pipeline
