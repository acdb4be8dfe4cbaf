package tui

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/workbook"
)

// x writes the scenario's workbook too: its Summary holds the model's NPVs.
func TestExportWritesTheWorkbook(t *testing.T) {
	dir := t.TempDir()
	m := New(Options{Scenario: model.Default(), Path: filepath.Join(dir, "site.toml"), Now: exportClock})
	m = update(t, m, size(120, 40))
	_, m = pressExport(t, m)
	book, err := excelize.OpenFile(filepath.Join(dir, "site-2026-11-25-1432.xlsx"))
	if err != nil {
		t.Fatalf("the workbook does not open: %v (status %q)", err, m.status.text)
	}
	defer book.Close()
	rows, err := book.GetRows(workbook.SummarySheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) == 0 || r[0] != "NPV" {
			continue
		}
		for col, want := range map[string]decimal.Decimal{"B": m.res.Mining.NPVUSD, "C": m.res.AI.NPVUSD} {
			cell := col + strconv.Itoa(i+1)
			got, err := book.GetCellValue(workbook.SummarySheet, cell, excelize.Options{RawCellValue: true})
			v, parseErr := decimal.NewFromString(got)
			if err != nil || parseErr != nil || v.Sub(want).Abs().GreaterThan(decimal.NewFromInt(1)) {
				t.Errorf("%s = %q, want the model's %s", cell, got, want.StringFixed(2))
			}
		}
		return
	}
	t.Fatalf("the Summary has no NPV row: %v", rows)
}
