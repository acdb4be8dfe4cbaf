// Package e2e drives the built pivot-tui binary in a real terminal (tmux), as
// a person meets it: opening files, editing, resizing, the analysis tabs, a
// crash and the signals that end it. It holds tests only; TestMain builds
// the binary once for all of them.
package e2e
