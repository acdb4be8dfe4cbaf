package scenarios

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"

	"github.com/pivot-tui/pivot-tui/internal/printable"
	"github.com/pivot-tui/pivot-tui/model"
)

// Problems a scenario file can have besides a value out of range (which is a
// *model.FieldError). FileError.Err wraps one of them, so callers can tell
// them apart with errors.Is.
var (
	ErrSyntax       = errors.New("syntax error")
	ErrUnknownKey   = errors.New("unknown key")
	ErrUnknownTable = errors.New("unknown table")
	ErrType         = errors.New("wrong type")
	ErrDuplicate    = errors.New("defined twice")
)

// FileError is a problem with a scenario file. Line and Column are 1-based and
// 0 when unknown (a missing file has no position). Key is the dotted key the
// problem concerns, "" when none does. When a file has several problems, the
// first (in file order) is the FileError itself and the rest are in More.
type FileError struct {
	Path         string
	Line, Column int
	Key          string
	Err          error
	More         []*FileError
}

// Error reads like a compiler's message, on one line:
//
//	my.toml:12:3: site.power_mw: 0 is out of range: want in (0, 10000] MW
func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(describe(e.Err))
	if n := len(e.More); n > 0 {
		fmt.Fprintf(&b, " (and %d more problem%s)", n, plural(n))
	}
	// A message must stay on one line and drive no terminal, whatever the
	// file or its path held.
	return printable.String(b.String())
}

func (e *FileError) Unwrap() error { return e.Err }

// All lists every problem: this one, then the rest in file order.
func (e *FileError) All() []*FileError {
	first := *e
	first.More = nil
	return append([]*FileError{&first}, e.More...)
}

// describe words an error without the key (which FileError already names) and
// without Go's operation prefixes ("open my.toml: ...").
func describe(err error) string {
	var field *model.FieldError
	if errors.As(err, &field) {
		if field.Rule != "" {
			return field.Rule
		}
		if f, ok := model.FieldByKey(field.Key); ok && f.Kind == model.KindText {
			return field.Value + " is not allowed: want " + field.Allowed // text has no range
		}
		return field.Value + " is out of range: want " + field.Allowed
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return osMessage(pathErr.Err)
	}
	if err == nil {
		return "unknown error"
	}
	return err.Error()
}

// osMessage shortens the operating system's wording for the common cases.
func osMessage(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.EISDIR):
		return "is a directory"
	}
	return err.Error()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// position is a place in a file; the zero value means "unknown".
type position struct{ line, column int }

func (p position) known() bool { return p.line > 0 }

func (p position) before(q position) bool {
	if p.known() != q.known() {
		return p.known() // unknown positions sort last
	}
	return p.line < q.line || (p.line == q.line && p.column < q.column)
}

// locator converts byte offsets into lines and columns. Columns count
// characters, not bytes, so they match what an editor shows. Readers ask for
// positions in file order, so it resumes from the last answer: a whole file
// costs one pass, whatever its size.
type locator struct {
	data            []byte
	offset          int // bytes already counted
	line, lineStart int
	column          int // characters between lineStart and offset
}

func newLocator(data []byte) *locator { return &locator{data: data, line: 1} }

func (l *locator) at(offset int) position {
	offset = max(0, min(offset, len(l.data)))
	if offset < l.offset {
		*l = locator{data: l.data, line: 1}
	}
	for ; l.offset < offset; l.offset++ {
		switch c := l.data[l.offset]; {
		case c == '\n':
			l.line, l.lineStart, l.column = l.line+1, l.offset+1, 0
		case c&0xC0 != 0x80: // not a UTF-8 continuation byte: a new character
			l.column++
		}
	}
	return position{line: l.line, column: l.column + 1}
}

// problem is a message that errors.Is matches against one of the sentinels
// above, without repeating the sentinel's words in the message.
type problem struct {
	kind error
	msg  string
}

func (p *problem) Error() string        { return p.msg }
func (p *problem) Is(target error) bool { return target == p.kind }

func problemf(kind error, format string, args ...any) error {
	return &problem{kind: kind, msg: fmt.Sprintf(format, args...)}
}
