package tui

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/workbook"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/pivot-tui/pivot-tui/tui/theme"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// exportSettings are what x needs beyond the model: the clock, the version
// for the report's footer and the folder to write to (see Options).
type exportSettings struct {
	now     func() time.Time
	version string
	dir     string
	page    theme.Name // the theme the screen is drawn in: Light (white paper) unless asked for Dark
}

// exportExtensions are the files one export writes, in the order the status
// line names them.
var exportExtensions = []string{".png", ".svg", ".md", ".xlsx"}

// exportJob is one export, captured on the UI goroutine and written off it:
// the screen as drawn, the page it was drawn for, and the report.
type exportJob struct {
	dir, stem string
	screen    screenshot.Picture
	columns   int
	theme     screenshot.Theme
	title     string
	what      string // what the images show, for the status line
	doc       report.Document
}

// exportedMsg reports a finished export: the files written, and what
// failed if anything did; what was drawn, for the status line.
type exportedMsg struct {
	dir   string
	files []string
	err   error
	what  string
}

// startExport (x) saves the current tab as a PNG and an SVG, and the
// scenario as a Markdown report and a workbook, next to the scenario file.
// The tab is drawn now, for a page (renderExport); drawing the images and
// writing run in a command, so the dashboard stays responsive.
func (m *Model) startExport() tea.Cmd {
	now := time.Now
	if m.export.now != nil {
		now = m.export.now
	}
	at := now()
	source := m.path
	switch {
	case source == "" && m.preset != "":
		source = "preset " + m.preset
	case source == "":
		source = "new scenario"
	}
	if m.dirty() {
		source += " (with unsaved changes)"
	}
	job := exportJob{
		dir:     m.exportDir(),
		stem:    m.exportStem() + "-" + at.Format("2006-01-02-1504"),
		screen:  m.renderExport(),
		columns: m.width,
		theme:   theme.Page(m.export.page),
		title:   "pivot-tui · " + printable.String(m.sc.Name),
		what:    m.exportWhat(),
		doc: report.Document{
			Result:     m.res,
			Provenance: report.Provenance{Source: source, Generated: at, Version: m.export.version},
		},
	}
	m.status = status{kind: statusInfo, text: "Exporting…"}
	return job.run
}

// renderExport draws the current tab as an export shows it: in the export's
// theme, without the key help, the status line or the selected input's
// highlight, which are the dashboard's and not the figures', and with the
// chart's lines as vector shapes.
func (m *Model) renderExport() screenshot.Picture {
	l := m.layout()
	if l.tooSmall {
		return screenshot.Picture{Text: m.render()}
	}
	st, help, picker := m.st, m.showHelp, m.picker
	m.st, m.showHelp, m.picker, m.exporting = theme.New(m.export.page), false, nil, true
	defer func() { m.st, m.showHelp, m.picker, m.exporting = st, help, picker, false }()
	body, shapes := m.renderBody(l)
	text := strings.Join([]string{
		header{st: m.st, sc: &m.sc, path: m.path, preset: m.preset, dirty: m.dirty(), market: m.marketNotes(), page: true}.Render(l.header.w, l.header.h),
		tabBar{st: m.st, current: m.tab}.Render(l.tabs.w, l.tabs.h),
		body,
	}, "\n")
	return screenshot.Picture{Text: text, Shapes: shapes}
}

// exportWhat says what an export drew: "the Overview on a white page".
func (m *Model) exportWhat() string {
	page := "a white page"
	if m.export.page == theme.Dark {
		page = "the dark page"
	}
	return "the " + tabTitles[m.tab] + " tab on " + page
}

// exportDir is where exports go: the configured folder, the scenario
// file's folder, or the working directory.
func (m *Model) exportDir() string {
	switch {
	case m.export.dir != "":
		return m.export.dir
	case m.path != "":
		return filepath.Dir(m.path)
	}
	return "."
}

// exportStem is the exports' name before the time stamp: the scenario
// file's name without its extension, or the preset's name.
func (m *Model) exportStem() string {
	if m.path != "" {
		base := filepath.Base(m.path)
		return strings.TrimSuffix(base, filepath.Ext(base))
	}
	name := fileNameFor(m.preset, m.sc.Name)
	return strings.TrimSuffix(name, filepath.Ext(name))
}

// run draws the images and the report and writes them atomically; a second
// export in the same minute gets "-2", "-3", … rather than overwriting the
// first.
func (j exportJob) run() tea.Msg {
	var png, svg, md, xlsx bytes.Buffer
	opts := screenshot.Options{Columns: j.columns, Theme: j.theme, Title: j.title}
	if err := j.screen.PNG(&png, opts); err != nil {
		return exportedMsg{err: err}
	}
	if err := j.screen.SVG(&svg, opts); err != nil {
		return exportedMsg{err: err}
	}
	if err := report.Markdown(&md, j.doc); err != nil {
		return exportedMsg{err: err}
	}
	if err := workbook.Write(&xlsx, j.doc); err != nil {
		return exportedMsg{err: err}
	}
	stem, err := freeStem(j.dir, j.stem)
	if err != nil {
		return exportedMsg{err: err}
	}
	msg := exportedMsg{dir: j.dir, what: j.what}
	for i, data := range [][]byte{png.Bytes(), svg.Bytes(), md.Bytes(), xlsx.Bytes()} {
		name := stem + exportExtensions[i]
		if err := scenarios.WriteFile(filepath.Join(j.dir, name), data); err != nil {
			msg.err = err
			return msg
		}
		msg.files = append(msg.files, name)
	}
	return msg
}

// freeStem returns stem, or stem-2, stem-3, … : the first for which none of
// the export's files exists in dir.
func freeStem(dir, stem string) (string, error) {
	for n := 1; n < 1000; n++ {
		candidate := stem
		if n > 1 {
			candidate += "-" + strconv.Itoa(n)
		}
		free := true
		for _, ext := range exportExtensions {
			_, err := os.Stat(filepath.Join(dir, candidate+ext))
			if err == nil {
				free = false
				break
			}
			if !errors.Is(err, fs.ErrNotExist) {
				return "", err
			}
		}
		if free {
			return candidate, nil
		}
	}
	return "", errors.New("export: too many exports named " + stem + " in " + dir)
}

// exported says which files an export wrote, where and what they show, or
// why it failed and what it had written by then: "Exported the Overview tab
// on a white page: site-2026-11-25-1432.png, .svg and .md to sites".
func (m *Model) exported(msg exportedMsg) {
	if msg.err != nil {
		text := "Export failed: " + msg.err.Error()
		if len(msg.files) > 0 {
			text += "; written before it: " + strings.Join(msg.files, ", ")
		}
		m.status = status{kind: statusError, text: text}
		return
	}
	names := msg.files[0]
	for i, f := range msg.files[1:] {
		sep := ", "
		if i == len(msg.files)-2 {
			sep = " and "
		}
		names += sep + filepath.Ext(f)
	}
	where := msg.dir
	if where == "." {
		where = "the working directory"
	}
	// What and which files first: a long folder is what the line cuts.
	text := "Exported " + names + " to " + where
	if msg.what != "" {
		text = "Exported " + msg.what + ": " + names + " to " + where
	}
	m.status = status{kind: statusInfo, text: text}
}
