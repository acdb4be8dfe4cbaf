package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/internal/terminal"
)

// debugPanicEnv names a hidden switch for testing the crash path: set to
// "update", "view" or "command", the dashboard panics there on the first key
// press after it starts.
const debugPanicEnv = "PIVOT_TUI_DEBUG_PANIC"

// CrashError is what Run returns after a panic: the terminal has been given
// back, and the stack trace is in File.
type CrashError struct {
	File  string // "" when even the crash file could not be written
	Value any
}

func (e *CrashError) Error() string {
	if e.File == "" {
		return fmt.Sprintf("internal error (%v); the crash report could not be written", e.Value)
	}
	return fmt.Sprintf("internal error (%v); the crash report is in %s", e.Value, e.File)
}

// crashed is the message a panicking command turns into.
type crashed struct{ err *CrashError }

// guard wraps the root model so that a panic in Update, View or a command
// ends the program through its normal exit, which restores the terminal,
// instead of Bubble Tea's handler, which prints the whole stack trace.
type guard struct {
	model      tea.Model
	crash      *CrashError // shared: View cannot return a changed model
	quit       func()      // asks the program to stop (from View); set by Run
	debugPanic string
	keys       int
}

func newGuard(m tea.Model, env []string) *guard {
	return &guard{model: m, debugPanic: terminal.Getenv(env, debugPanicEnv)}
}

func (g *guard) Init() tea.Cmd { return g.protect(g.model.Init()) }

func (g *guard) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	if c, ok := msg.(crashed); ok {
		g.crash = c.err
		return g, tea.Quit
	}
	if g.crash != nil {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.crash = g.record(r)
			next, cmd = g, tea.Quit
		}
	}()
	if _, ok := msg.(tea.KeyPressMsg); ok {
		g.keys++
		if g.keys == 1 {
			switch g.debugPanic {
			case "update":
				panic("forced by " + debugPanicEnv)
			case "command":
				return g, g.protect(func() tea.Msg { panic("forced by " + debugPanicEnv) })
			}
		}
	}
	next, cmd = g.model.Update(msg)
	g.model = next
	return g, g.protect(cmd)
}

func (g *guard) View() (v tea.View) {
	if g.crash != nil {
		return tea.NewView("")
	}
	defer func() {
		if r := recover(); r != nil {
			g.crash = g.record(r)
			v = tea.NewView("")
			go g.quit() // View cannot return a command; Quit sends one
		}
	}()
	if g.debugPanic == "view" && g.keys > 0 {
		panic("forced by " + debugPanicEnv)
	}
	return g.model.View()
}

// protect makes a command report a panic as a message instead of crashing,
// batches included.
func (g *guard) protect(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = crashed{g.record(r)}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			for i, inner := range batch {
				batch[i] = g.protect(inner)
			}
		}
		return msg
	}
}

// record writes the panic and its stack to a crash file.
func (g *guard) record(r any) *CrashError {
	stack := debug.Stack()
	crash := &CrashError{Value: r}
	dir := crashDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return crash
	}
	name := filepath.Join(dir, fmt.Sprintf("pivot-tui-crash-%s.log", time.Now().Format("20060102-150405.000")))
	report := fmt.Sprintf("pivot-tui crashed: %v\n\n%s", r, stack)
	if err := os.WriteFile(name, []byte(report), 0o644); err == nil {
		crash.File = name
	}
	return crash
}

// crashDir is the user's cache folder, or the system's temporary folder.
func crashDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "pivot-tui")
	}
	return os.TempDir()
}
