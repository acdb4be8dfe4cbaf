package workbook

import (
	"fmt"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// cell is one spreadsheet cell: its value (for a formula, the result the
// model gives, cached so that viewers which do not recalculate show it), its
// formula, its style and the text it shows, which sizes its column.
type cell struct {
	value   any
	formula string
	style   int
	shown   string
}

func (c cell) blank() bool { return c.value == nil && c.formula == "" && c.style == 0 }

// sheet is a worksheet built in memory, then streamed: the stream needs the
// column widths before the first row, and the widths need every row.
type sheet struct {
	name                   string
	rows                   [][]cell
	frozenRows, frozenCols int
}

// add appends a row and returns its 1-based number.
func (s *sheet) add(cells ...cell) int {
	s.rows = append(s.rows, cells)
	return len(s.rows)
}

// next is the number the next added row gets.
func (s *sheet) next() int { return len(s.rows) + 1 }

// Column widths, in Excel's units of one digit: the widest shown text plus a
// margin, within bounds that keep a long label from pushing figures off screen.
const (
	minColumnWidth = 6
	maxColumnWidth = 60
	columnMargin   = 2
)

func (s *sheet) widths() []float64 {
	var widths []float64
	for _, row := range s.rows {
		for i, c := range row {
			for len(widths) <= i {
				widths = append(widths, minColumnWidth)
			}
			n := float64(utf8.RuneCountInString(c.shown)) + columnMargin
			widths[i] = min(max(widths[i], n), maxColumnWidth)
		}
	}
	return widths
}

// write streams the sheet into f, which must already hold a sheet of its name.
func (s *sheet) write(f *excelize.File) error {
	if err := s.setUpPrinting(f); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	for i, w := range s.widths() {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if s.frozenRows > 0 || s.frozenCols > 0 {
		if err := sw.SetPanes(s.panes()); err != nil {
			return err
		}
	}
	for i, row := range s.rows {
		values := make([]any, len(row))
		for j, c := range row {
			if !c.blank() {
				value := c.value
				if text, ok := value.(string); ok {
					value = printable.String(text) // a name or a path may hold any character
				}
				values[j] = excelize.Cell{StyleID: c.style, Formula: c.formula, Value: value}
			}
		}
		if err := sw.SetRow(cellName(1, i+1), values); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// setUpPrinting prints the sheet landscape, one page wide, with its frozen
// header rows on every page, as a memo's appendix wants it. It must come
// before the stream, which keeps the settings.
func (s *sheet) setUpPrinting(f *excelize.File) error {
	if err := f.SetPageLayout(s.name, &excelize.PageLayoutOptions{
		Orientation: ptr("landscape"), FitToWidth: ptr(1), FitToHeight: ptr(0),
	}); err != nil {
		return err
	}
	if err := f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: ptr(true)}); err != nil {
		return err
	}
	if s.frozenRows == 0 {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", Scope: s.name,
		RefersTo: fmt.Sprintf("'%s'!$1:$%d", s.name, s.frozenRows),
	})
}

func (s *sheet) panes() *excelize.Panes {
	pane := "bottomRight"
	switch {
	case s.frozenCols == 0:
		pane = "bottomLeft"
	case s.frozenRows == 0:
		pane = "topRight"
	}
	topLeft := cellName(s.frozenCols+1, s.frozenRows+1)
	return &excelize.Panes{
		Freeze: true, XSplit: s.frozenCols, YSplit: s.frozenRows,
		TopLeftCell: topLeft, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: topLeft, ActiveCell: topLeft, Pane: pane}},
	}
}

// cellName is the A1 name of a 1-based column and row; both are always in range here.
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err)
	}
	return name
}

// columnName is the letters of a 1-based column.
func columnName(col int) string {
	name, err := excelize.ColumnNumberToName(col)
	if err != nil {
		panic(err)
	}
	return name
}

// ref names a cell or range on a sheet for a formula; the name is always
// quoted, which every spreadsheet accepts and names with spaces need.
func ref(sheetName, cells string) string { return "'" + sheetName + "'!" + cells }
