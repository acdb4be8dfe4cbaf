package workbook

import (
	"encoding/csv"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// loRecalculateAlways makes LibreOffice recalculate every formula of an
// .xlsx file when it loads it, instead of trusting the cached values.
const loRecalculateAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// A second spreadsheet engine, LibreOffice, recalculates the workbooks from
// their formulas alone (the cached figures of one made stale by a changed
// month) and gets the model's figures, NPV() included, which excelize's
// engine cannot work out over a range. Runs where LibreOffice is installed.
func TestLibreOfficeRecalculates(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	dir := t.TempDir()
	profile := filepath.Join(dir, "profile")
	if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(loRecalculateAlways), 0o644); err != nil {
		t.Fatal(err)
	}

	type expected struct {
		file      string
		npv, irr  [2]float64 // mining, AI; NaN: none
		ebitda    [2]float64
		payback   [2]string
		verdict   string
		monthRise float64 // present value added to the AI NPV by a changed month
		sc        model.Scenario
		equityNPV [2]float64 // with [finance]
	}
	var cases []expected
	var files []string
	for i, ts := range testScenarios {
		doc := ts.document(t)
		f := workbookOf(t, doc)
		e := expected{file: filepath.Join(dir, "w"+strconv.Itoa(i)+".xlsx"), verdict: winnerWords(doc.Result.Verdict.Winner), sc: doc.Result.Scenario}
		for j, sd := range strategies {
			st := sd.pick(doc.Result)
			e.npv[j], e.ebitda[j], e.irr[j] = st.NPVUSD.InexactFloat64(), st.EBITDAUSD.InexactFloat64(), math.NaN()
			if st.IRRPct.Valid {
				e.irr[j] = st.IRRPct.Decimal.InexactFloat64() / 100
			}
			if st.Equity != nil {
				e.equityNPV[j] = st.Equity.NPVUSD.InexactFloat64()
			}
			e.payback[j] = neverPaidBack
			if st.PaybackMonths > 0 {
				e.payback[j] = strconv.Itoa(st.PaybackMonths)
			}
		}
		if i == 0 {
			// Month 7 of the AI ledger earns $1M more: 1,000,000 × 1.12^(−7/12) = 936,029.39 of NPV.
			row := rowOf(t, f, AISheet, "Month") + 1 + 7
			old := doc.Result.AI.Months[6].EBITDAUSD.InexactFloat64()
			if err := f.SetCellValue(AISheet, "F"+strconv.Itoa(row), old+1_000_000); err != nil {
				t.Fatal(err)
			}
			e.monthRise, e.ebitda[1] = 936_029.39, e.ebitda[1]+1_000_000
		}
		if err := f.SaveAs(e.file); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, e)
		files = append(files, e.file)
	}

	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--convert-to",
		"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir}, files...)
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}

	for _, e := range cases {
		summary := readSummaryCSV(t, strings.TrimSuffix(e.file, ".xlsx")+"-"+SummarySheet+".csv")
		for j, sd := range strategies {
			for _, label := range []string{afterTax(e.sc, "NPV"), "NPV, by Excel's NPV()"} {
				if got, want := parseLO(summary[label][j]), e.npv[j]+float64(j)*e.monthRise; !near(got, want, 1) {
					t.Errorf("%s: %s %s = %v, want %.2f", filepath.Base(e.file), sd.ledger, label, summary[label][j], want)
				}
			}
			if got := parseLO(summary["EBITDA"][j]); !near(got, e.ebitda[j], 1) {
				t.Errorf("%s: %s EBITDA = %v, want %.2f", filepath.Base(e.file), sd.ledger, got, e.ebitda[j])
			}
			irr := summary[afterTax(e.sc, "IRR, yearly")][j]
			switch {
			case j == 1 && e.monthRise > 0:
				// More cash in month 7 raises the IRR above the model's.
				if got := parseLO(irr); !(got > e.irr[j]) {
					t.Errorf("%s: %s IRR = %q, want above %v", filepath.Base(e.file), sd.ledger, irr, e.irr[j])
				}
			case math.IsNaN(e.irr[j]) != (irr == noIRR) || (irr != noIRR && !near(parseLO(irr), e.irr[j], 1e-4)):
				t.Errorf("%s: %s IRR = %q, want %v", filepath.Base(e.file), sd.ledger, irr, e.irr[j])
			}
			if e.sc.HasFinance {
				if got := parseLO(summary["Equity NPV"][j]); !near(got, e.equityNPV[j], 1) {
					t.Errorf("%s: %s equity NPV = %v, want %.2f", filepath.Base(e.file), sd.ledger, summary["Equity NPV"][j], e.equityNPV[j])
				}
			}
			if got := summary["Payback, months"][j]; got != e.payback[j] {
				t.Errorf("%s: %s payback = %q, want %q", filepath.Base(e.file), sd.ledger, got, e.payback[j])
			}
		}
		if got := summary[verdictLabel(e.sc)][0]; got != e.verdict {
			t.Errorf("%s: verdict %q, want %q", filepath.Base(e.file), got, e.verdict)
		}
	}
}

// readSummaryCSV maps each Summary label to its mining and AI cells.
func readSummaryCSV(t *testing.T, path string) map[string][2]string {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatalf("LibreOffice wrote no Summary: %v", err)
	}
	defer file.Close()
	r := csv.NewReader(file)
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][2]string{}
	for _, rec := range records {
		if len(rec) >= 3 {
			rows[rec[0]] = [2]string{rec[1], rec[2]}
		}
	}
	return rows
}

// parseLO reads a number as LibreOffice writes it, a percent as a fraction.
func parseLO(text string) float64 {
	scale := 1.0
	if strings.HasSuffix(text, "%") {
		text, scale = strings.TrimSuffix(text, "%"), 0.01
	}
	n, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return math.NaN()
	}
	return n * scale
}
