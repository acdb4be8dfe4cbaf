package main

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/report/workbook"
	"github.com/xuri/excelize/v2"
)

// report --format xlsx writes a workbook whose Summary, recalculated, gives
// the figures of report --format json for the same file: the default
// scenario over 240 months, and a colocation lease.
func TestReportXLSX(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, "long.toml")
	if err := os.WriteFile(long, []byte("name = \"Long site\"\nhorizon_months = 240\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	colocation := filepath.Join(dir, "colocation-lease.toml")
	lease := "name = \"200 MW colocation lease\"\nhorizon_months = 120\n[site]\npower_mw = 200\n" +
		"[ai]\nmode = \"colocation\"\npue = 1.3\nconversion_months = 18\nfitout_capex_usd_per_mw = 9500000\n" +
		"[ai.colocation]\nrate_usd_per_kw_month = 154\n"
	if err := os.WriteFile(colocation, []byte(lease), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, scenario := range []string{long, colocation} {
		t.Run(filepath.Base(scenario), func(t *testing.T) {
			out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(scenario), ".toml")+".xlsx")
			code, stdout, stderr := runCLI(t, "report", scenario, "--format", "xlsx", "-o", out)
			if code != exitOK || stdout != "" || stderr != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			f, err := excelize.OpenFile(out)
			if err != nil {
				t.Fatalf("%s does not open: %v", out, err)
			}
			defer f.Close()

			_, js, _ := runCLI(t, "report", scenario, "--format", "json")
			var doc struct {
				HorizonMonths int `json:"horizon_months"`
				Mining, AI    struct {
					NPV    float64  `json:"npv_usd"`
					IRR    *float64 `json:"irr_pct"`
					EBITDA float64  `json:"ebitda_usd"`
				}
			}
			if err := json.Unmarshal([]byte(js), &doc); err != nil {
				t.Fatal(err)
			}
			rows, _ := f.GetRows(workbook.SummarySheet)
			row := func(label string) string {
				for i, r := range rows {
					if len(r) > 0 && r[0] == label {
						return strconv.Itoa(i + 1)
					}
				}
				t.Fatalf("the Summary has no %q", label)
				return ""
			}
			number := func(cell string) float64 {
				v, err := f.CalcCellValue(workbook.SummarySheet, cell, excelize.Options{RawCellValue: true})
				n, parseErr := strconv.ParseFloat(v, 64)
				if err != nil || parseErr != nil {
					t.Fatalf("%s = %q: %v", cell, v, err)
				}
				return n
			}
			for _, c := range []struct {
				cell string
				want float64
			}{
				{"B" + row("NPV"), doc.Mining.NPV},
				{"C" + row("NPV"), doc.AI.NPV},
				{"B" + row("EBITDA"), doc.Mining.EBITDA},
				{"C" + row("EBITDA"), doc.AI.EBITDA},
				{"C" + row("IRR, yearly"), *doc.AI.IRR / 100},
			} {
				if got := number(c.cell); math.Abs(got-c.want) > 0.001*math.Abs(c.want) {
					t.Errorf("%s = %v, the JSON's %v", c.cell, got, c.want)
				}
			}
			ledger, _ := f.GetRows(workbook.AISheet)
			if months := len(ledger) - 3; months != doc.HorizonMonths {
				t.Errorf("the AI ledger has %d months, want %d", months, doc.HorizonMonths)
			}
		})
	}
}

func TestReportXLSXToStandardOutput(t *testing.T) {
	// A pipe gets the workbook, a zip file.
	code, out, stderr := runCLI(t, "report", "--format", "xlsx")
	if code != exitOK || !strings.HasPrefix(out, "PK") {
		t.Fatalf("exit %d, stderr %q, output starts %q", code, stderr, out[:min(4, len(out))])
	}
	if _, err := excelize.OpenReader(bytes.NewReader([]byte(out))); err != nil {
		t.Errorf("the piped workbook does not open: %v", err)
	}

	// A terminal does not, and --risk and the image flags do not apply.
	defer func(f func(io.Writer) bool) { stdoutIsTerminal = f }(stdoutIsTerminal)
	stdoutIsTerminal = func(io.Writer) bool { return true }
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "xlsx"}, "give -o FILE"},
		{[]string{"--format", "xlsx", "-o", filepath.Join(t.TempDir(), "m.xlsx"), "--risk"}, "--risk applies to"},
		{[]string{"--format", "xlsx", "--theme", "dark"}, "--theme applies to --format png and svg only, not xlsx"},
	} {
		code, out, stderr := runCLI(t, append([]string{"report"}, tc.args...)...)
		if code != exitInput || out != "" || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q (want %q)", tc.args, code, len(out), stderr, tc.want)
		}
	}
}

// BenchmarkReportXLSX240 is the whole of report --format xlsx on a
// 240-month scenario, in-process: the file read, the model with its
// break-evens, the workbook and its atomic save.
func BenchmarkReportXLSX240(b *testing.B) {
	dir := b.TempDir()
	scenario := filepath.Join(dir, "long.toml")
	if err := os.WriteFile(scenario, []byte("name = \"Long site\"\nhorizon_months = 240\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "model.xlsx")
	for b.Loop() {
		if code := run([]string{"report", scenario, "--format", "xlsx", "-o", out}, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
