package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/internal/terminal"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// debugPanicEnv names a hidden switch for testing the crash path: set to
// "update", "view" or "command", the dashboard panics there on the first key
// press after it starts.
const debugPanicEnv = "PIVOT_TUI_DEBUG_PANIC"

// CrashError is what Run returns after a panic: the terminal has been given
// back, the stack trace is in File and the scenario on screen, when it had
// unsaved changes, in Recovery.
type CrashError struct {
	File     string // "" when even the crash file could not be written
	Recovery string // "" when nothing was unsaved, or the copy could not be written
	Value    any
}

func (e *CrashError) Error() string {
	msg := fmt.Sprintf("internal error (%v); the crash report could not be written", e.Value)
	if e.File != "" {
		msg = fmt.Sprintf("internal error (%v); the crash report is in %s", e.Value, e.File)
	}
	if e.Recovery != "" {
		msg += "; your unsaved scenario is in " + e.Recovery
	}
	return msg
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
		g.keepUnsaved(g.crash)
		return g, tea.Quit
	}
	if g.crash != nil {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.crash = g.record(r)
			g.keepUnsaved(g.crash)
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
			g.keepUnsaved(g.crash)
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

// record writes the panic and its stack to a crash file. It may run on a
// command's goroutine, so it reads nothing of the model.
func (g *guard) record(r any) *CrashError { return RecordCrash(r, debug.Stack()) }

// RecordCrash writes a crash report of a panic's value and stack to the
// user's cache folder and returns the error that names it, for any command
// that recovers a panic rather than print a stack trace.
func RecordCrash(r any, stack []byte) *CrashError {
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

// unsavedWork is a model that can give what a crash must not lose: the
// scenario file its unsaved changes would have saved, or nothing.
type unsavedWork interface {
	unsaved() (file []byte, ok bool)
}

// keepUnsaved writes the model's unsaved scenario beside the crash report,
// named like it with .toml, and notes where in crash. It runs on the UI
// goroutine (Update, View), where the model may be read; a panic on the way
// leaves the crash as it was.
func (g *guard) keepUnsaved(crash *CrashError) {
	work, ok := g.model.(unsavedWork)
	if !ok {
		return
	}
	defer func() { _ = recover() }()
	file, ok := work.unsaved()
	if !ok {
		return
	}
	name := strings.TrimSuffix(crash.File, ".log") + ".toml"
	if crash.File == "" {
		name = filepath.Join(crashDir(), fmt.Sprintf("pivot-tui-crash-%s.toml", time.Now().Format("20060102-150405.000")))
	}
	if err := scenarios.WriteFile(name, file); err == nil {
		crash.Recovery = name
	}
}

// unsaved is the scenario on screen as a file, when it differs from the
// scenario file's.
func (m *Model) unsaved() ([]byte, bool) {
	if !m.dirty() {
		return nil, false
	}
	return scenarios.Marshal(m.sc), true
}

// crashDir is the user's cache folder, or the system's temporary folder.
func crashDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "pivot-tui")
	}
	return os.TempDir()
}
