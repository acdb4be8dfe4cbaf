package tui

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// quitOnHangup ends the program through its normal exit on SIGHUP (a closed
// terminal window or SSH session) and SIGQUIT (ctrl+\ outside raw mode, or
// kill -QUIT), so the terminal state is restored; Bubble Tea already does
// the same for SIGTERM. Go's own answer to SIGQUIT, a goroutine dump and
// exit, would leave the terminal raw. It returns a function that stops
// listening.
func quitOnHangup(p *tea.Program) (stop func()) {
	hangup := make(chan os.Signal, 1)
	signal.Notify(hangup, syscall.SIGHUP, syscall.SIGQUIT)
	done := make(chan struct{})
	go func() {
		select {
		case <-hangup:
			p.Quit()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(hangup)
		close(done)
	}
}
