package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// runCLI runs a command line in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestReportJSONDefaultGolden(t *testing.T) {
	code, out, stderr := runCLI(t, "report", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden.RequireEqual(t, out)
}

// The JSON carries the spec's worked example (model-spec §6) to the cent.
func TestReportJSONWorkedExample(t *testing.T) {
	_, out, _ := runCLI(t, "report", "--format", "json")
	var doc struct {
		Hashprice float64 `json:"hashprice_usd_per_ph_day"`
		Mining    struct {
			HashratePH float64 `json:"hashrate_ph"`
			CapexUSD   float64 `json:"capex_usd"`
			Months     []struct {
				Revenue float64 `json:"revenue_usd"`
				Power   float64 `json:"power_cost_usd"`
				EBITDA  float64 `json:"ebitda_usd"`
			} `json:"months"`
		} `json:"mining"`
		AI struct {
			GPUs     *int    `json:"gpus"`
			CapexUSD float64 `json:"capex_usd"`
		} `json:"ai"`
		Treasury any `json:"treasury"`
		Risk     any `json:"risk"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"hashprice", doc.Hashprice, 30.288},
		{"fleet PH/s", doc.Mining.HashratePH, 2976.1905},
		{"mining capex", doc.Mining.CapexUSD, 53571428.57},
		{"month-1 revenue", doc.Mining.Months[0].Revenue, 2608183.29},
		{"month-1 power", doc.Mining.Months[0].Power, 1594316.25},
		{"month-1 EBITDA", doc.Mining.Months[0].EBITDA, 763867.04},
		{"month-16 EBITDA (shut off)", doc.Mining.Months[15].EBITDA, -250000},
		{"AI capex", doc.AI.CapexUSD, 1523808333.33},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if doc.AI.GPUs == nil || *doc.AI.GPUs != 26455 {
		t.Errorf("gpus = %v, want 26455", doc.AI.GPUs)
	}
	if doc.Treasury != nil || doc.Risk != nil {
		t.Errorf("treasury and risk should be null: %v %v", doc.Treasury, doc.Risk)
	}
}

func TestReportFormats(t *testing.T) {
	for _, tc := range []struct{ format, want string }{
		// spec §13: the GPU cloud's operations per GPU-hour take part one's $555.1M lead to $621.3M
		{"text", "Verdict: ASIC mining wins by $621.3M in NPV."},
		{"md", "| NPV at 12.0 % | −$54,360,421 | −$675,690,137 |"},
		{"csv", "\n1,2027-01,2608183.287500,1594316.250000,250000.000000,763867.037500,0.000000,"},
	} {
		code, out, stderr := runCLI(t, "report", "--format", tc.format)
		if code != exitOK || !strings.Contains(out, tc.want) {
			t.Errorf("--format %s: exit %d, stderr %q, output lacks %q:\n%s", tc.format, code, stderr, tc.want, out)
		}
	}
	_, csv, _ := runCLI(t, "report", "--format", "csv")
	if rows := strings.Count(csv, "\n"); rows != 62 {
		t.Errorf("csv has %d lines, want a header, t = 0 and 60 months", rows)
	}
}

func TestReportWritesOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "memo.md")
	code, stdout, stderr := runCLI(t, "report", "--format", "md", "-o", out)
	if code != exitOK || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(data), "# Example site") {
		t.Fatalf("memo.md: %v %q", err, data)
	}
}

func TestPresetRoundTripThroughCLI(t *testing.T) {
	code, out, _ := runCLI(t, "presets")
	if code != exitOK {
		t.Fatal("presets failed")
	}
	for _, name := range []string{"default", "cango-2026", "terawulf-fluidstack", "core-scientific-coreweave", "cipher-aws",
		"iren-microsoft", "hut8-river-bend", "b200-cloud", "post-halving-squeeze"} {
		if !strings.Contains(out, name) {
			t.Errorf("presets lacks %s", name)
		}
		_, source, _ := runCLI(t, "preset", name)
		path := filepath.Join(t.TempDir(), name+".toml")
		if err := os.WriteFile(path, []byte(source), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := runCLI(t, "report", path, "--format", "json"); code != exitOK {
			t.Errorf("report on preset %s: exit %d: %s", name, code, stderr)
		}
	}
}

// Bad input: exit 2, one line naming the file, the line and the key, and
// the file left exactly as it was.
func TestBadScenarioFiles(t *testing.T) {
	for _, tc := range []struct {
		name, content string
		want          []string // substrings of the one-line error
	}{
		{"typo key", "[site]\npowr_mw = 50\n", []string{":2:", "site.powr_mw"}},
		{"out of range", "[mining]\nuptime_pct = 150\n", []string{":2:", "mining.uptime_pct", "150", "[0, 100]"}},
		{"wrong type", "[site]\npower_mw = \"fifty\"\n", []string{":2:", "site.power_mw"}},
		{"broken syntax", "[site\npower_mw = 50\n", []string{":1:"}},
		{"zero power", "[site]\npower_mw = 0\n", []string{":2:", "site.power_mw"}},
		{"zero network hashrate", "[bitcoin]\nnetwork_hashrate_eh = 0\n", []string{":2:", "bitcoin.network_hashrate_eh"}},
		{"unknown mode", "[ai]\nmode = \"mining\"\n", []string{":2:", "ai.mode"}},
		{"absurd horizon", "horizon_months = 10000\n", []string{":1:", "horizon_months", "240"}},
		{"a GPU lighter than 10 W", "[ai.gpu]\nkw_per_gpu = 1e-300\n", []string{":2:", "ai.gpu.kw_per_gpu: 1e-300 is out of range", "[0.01, 1000] kW"}},
		{"fleet bigger than the network", "[bitcoin]\nnetwork_hashrate_eh = 1\n",
			[]string{":2:", "bitcoin.network_hashrate_eh", "2.976 EH/s", "site.power_mw", "mining.efficiency_j_per_th"}},
		// spec §10–§11's rules between keys
		{"phases with conversion months", "[ai]\nconversion_months = 12\n[[ai.phases]]\nmw = 20\nlive = \"2028-01\"\n",
			[]string{":2:21:", "ai.conversion_months", "not allowed with [[ai.phases]]"}},
		{"phases with converted MW", "[ai]\nconverted_mw = 20\n[[ai.phases]]\nmw = 20\nlive = \"2028-01\"\n",
			[]string{":2:16:", "ai.converted_mw", "not allowed with [[ai.phases]]"}},
		{"contract value with a rate", "[ai.colocation]\nrate_usd_per_kw_month = 154\ncontract_value_usd = 3.7e9\nterm_months = 120\n",
			[]string{":2:25:", "ai.colocation.rate_usd_per_kw_month", "it sets the month-1 rate"}},
		{"contract value without a term", "[ai.colocation]\ncontract_value_usd = 3.7e9\n",
			[]string{":2:22:", "ai.colocation.term_months", "more than 0"}},
		{"phase live outside the horizon", "[[ai.phases]]\nmw = 20\nlive = \"2035-01\"\n",
			[]string{":3:8:", "ai.phases[1].live", "within the horizon"}},
		{"phases above the site's power", "[[ai.phases]]\nmw = 40\nlive = \"2028-01\"\n[[ai.phases]]\nmw = 20\nlive = \"2028-06\"\n",
			[]string{":1:3:", "ai.phases", "at most Power (site.power_mw), 50 MW"}},
		{"prepayment credits past the horizon", "[ai]\nprepayment_usd = 1e9\nprepayment_credit_months = 60\n",
			[]string{":3:28:", "ai.prepayment_credit_months", "at most 48"}},
		{"converted MW above the site's power", "[ai]\nconverted_mw = 51\n", []string{":2:16:", "ai.converted_mw", "at most Power (site.power_mw)"}},
		{"unknown capex timing", "[ai]\ncapex_timing = \"soon\"\n", []string{":2:16:", "ai.capex_timing", `"upfront" or "build"`}},
		{"unknown escalator step", "[ai.colocation]\nescalator_step = \"weekly\"\n",
			[]string{":2:18:", "ai.colocation.escalator_step", `"monthly" or "annual"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.toml")
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runCLI(t, "report", path, "--format", "json")
			if code != exitInput {
				t.Errorf("exit %d, want %d", code, exitInput)
			}
			if stdout != "" {
				t.Errorf("stdout should be empty, got %q", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, path) {
				t.Errorf("want one line naming %s, got %q", path, stderr)
			}
			for _, want := range tc.want {
				if !strings.Contains(stderr, want) {
					t.Errorf("error %q lacks %q", stderr, want)
				}
			}
			if data, _ := os.ReadFile(path); string(data) != tc.content {
				t.Errorf("the file changed: %q", data)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		code, _, stderr := runCLI(t, "report", filepath.Join(t.TempDir(), "nope.toml"))
		if code != exitInput || !strings.Contains(stderr, "nope.toml") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
}

func TestBadUsage(t *testing.T) {
	for _, args := range [][]string{
		{"report", "--format", "pdf"},
		{"report", "a.toml", "b.toml"},
		{"report", "--bogus"},
		{"report", "--format", "png", "--width", "wide"},
		{"--export-theme", "sepia"},
		{"preset"},
		{"preset", "no-such-preset"},
		{"presets", "extra"},
	} {
		code, stdout, stderr := runCLI(t, args...)
		if code != exitInput || strings.Count(stderr, "\n") != 1 || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	// A mistake in pivot-tui's own flags points at pivot-tui --help, once.
	code, _, stderr := runCLI(t, "--bogus")
	if want := "pivot-tui: flag provided but not defined: -bogus (see 'pivot-tui --help')\n"; code != exitInput || stderr != want {
		t.Errorf("--bogus: exit %d, stderr %q, want %q", code, stderr, want)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"report", "--help"}, {"presets", "-h"}, {"preset", "--help"}} {
		code, out, _ := runCLI(t, args...)
		if code != exitOK || !strings.Contains(out, "Usage: pivot-tui") {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
	// help is --help: the same text, whole or for a command.
	for _, tc := range []struct{ help, flag []string }{
		{[]string{"help"}, []string{"--help"}},
		{[]string{"help", "report"}, []string{"report", "--help"}},
		{[]string{"help", "preset"}, []string{"preset", "--help"}},
		{[]string{"help", "market"}, []string{"market", "--help"}},
	} {
		code, out, stderr := runCLI(t, tc.help...)
		_, want, _ := runCLI(t, tc.flag...)
		if code != exitOK || out != want || stderr != "" {
			t.Errorf("%v: exit %d, stderr %q, output %q, want %v's", tc.help, code, stderr, out, tc.flag)
		}
	}
	if code, out, stderr := runCLI(t, "help", "reprot"); code != exitInput || out != "" || !strings.Contains(stderr, `no command "reprot"`) {
		t.Errorf("help reprot: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	code, out, _ := runCLI(t, "--version")
	if code != exitOK || out != "pivot-tui "+version+"\n" {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

// Without a terminal the dashboard refuses with a pointer to the report.
func TestDashboardNeedsATerminal(t *testing.T) {
	code, _, stderr := runCLI(t)
	if code != exitInput || !strings.Contains(stderr, "pivot-tui report") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// A legal but unusual input runs, with a note on stderr.
func TestNegativePowerPriceIsANote(t *testing.T) {
	path := filepath.Join(t.TempDir(), "paid.toml")
	if err := os.WriteFile(path, []byte("[site]\npower_price_usd_per_mwh = -5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "report", path, "--format", "json")
	if code != exitOK || !strings.Contains(stderr, "note: site.power_price_usd_per_mwh is negative") || !strings.HasPrefix(out, "{") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// -o's extension gives the format; --format may repeat it but not
// contradict it, and an extension that names no format needs --format.
func TestReportFormatFromOutputExtension(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name   string
		format []string
		starts string // the file's first bytes
	}{
		{"memo.png", nil, "\x89PNG"},
		{"memo.svg", nil, "<svg "},
		{"memo.md", nil, "# Example site"},
		{"MEMO.MD", nil, "# Example site"},
		{"memo.txt", nil, "Example site: ASIC mining"},
		{"ledger.csv", nil, "month,date,"},
		{"result.json", nil, "{"},
		{"model.xlsx", nil, "PK"},
		{"memo.png", []string{"--format", "png"}, "\x89PNG"},
		{"memo.markdown", nil, "# Example site"},
		{"result.out", []string{"--format", "json"}, "{"},
	} {
		path := filepath.Join(dir, tc.name)
		args := append([]string{"report", "-o", path}, tc.format...)
		code, stdout, stderr := runCLI(t, args...)
		if code != exitOK || stdout != "" || stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
			continue
		}
		data, _ := os.ReadFile(path)
		if !bytes.HasPrefix(data, []byte(tc.starts)) {
			t.Errorf("%v wrote %q…, want %q…", args, data[:min(len(data), 16)], tc.starts)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-o", "memo.pdf"}, "cannot tell the format of -o memo.pdf from its extension"},
		{[]string{"-o", "memo"}, "or give --format"},
		{[]string{"-o", "memo.png", "--format", "md"}, "-o memo.png names a png file but --format is md: drop --format, or end the file's name in .md"},
		{[]string{"--format", "text", "-o", "ledger.csv"}, "names a csv file but --format is text"},
		{[]string{"--format", "pdf", "-o", "memo.pdf"}, `unknown format "pdf"`},
	} {
		code, stdout, stderr := runCLI(t, append([]string{"report"}, tc.args...)...)
		if code != exitInput || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want %q)", tc.args, code, stdout, stderr, tc.want)
		}
	}
	if entries, _ := os.ReadDir("."); len(entries) > 0 {
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "memo") || strings.HasPrefix(e.Name(), "ledger") {
				t.Errorf("a refused report left %s behind", e.Name())
			}
		}
	}
}

// The help speaks of what the user has: no document they were never given.
func TestReportHelpCitesNoSpec(t *testing.T) {
	_, out, _ := runCLI(t, "report", "--help")
	for _, private := range []string{"model-spec", "spec", "section 8", "§"} {
		if strings.Contains(out, private) {
			t.Errorf("report --help cites %q:\n%s", private, out)
		}
	}
}

// --risk with csv writes the risk views, as a table of their own.
func TestReportCSVWithRisk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "quick.toml")
	if err := os.WriteFile(path, []byte("[risk]\npaths = 200\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "report", path, "--format", "csv", "--risk")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if !strings.HasPrefix(lines[0], "section,label,key,value,") || !strings.HasPrefix(lines[1], "odds,AI beats mining,p_ai_wins,") ||
		!strings.HasPrefix(lines[len(lines)-1], "heatmap,") {
		t.Errorf("the risk CSV starts %q, %q and ends %q", lines[0], lines[1], lines[len(lines)-1])
	}
}

// The JSON report echoes the scenario's inputs, in the file's structure: fed
// back as a scenario file, they give the same report.
func TestReportJSONEchoesItsInputs(t *testing.T) {
	for _, preset := range []string{"cango-2026", "iren-microsoft", "terawulf-fluidstack"} { // a treasury, phases, a contract value
		code, source, stderr := runCLI(t, "preset", preset)
		if code != exitOK {
			t.Fatalf("preset %s: exit %d: %s", preset, code, stderr)
		}
		dir := t.TempDir()
		path := filepath.Join(dir, preset+".toml")
		if err := os.WriteFile(path, []byte(source), 0o644); err != nil {
			t.Fatal(err)
		}
		code, first, stderr := runCLI(t, "report", path, "--format", "json")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var doc struct {
			Inputs json.RawMessage `json:"inputs"`
		}
		if err := json.Unmarshal([]byte(first), &doc); err != nil || len(doc.Inputs) == 0 || doc.Inputs[0] != '{' {
			t.Fatalf("%s: no inputs object (%v): %.80s", preset, err, doc.Inputs)
		}
		echo := filepath.Join(dir, "inputs.json")
		if err := os.WriteFile(echo, doc.Inputs, 0o644); err != nil {
			t.Fatal(err)
		}
		code, again, stderr := runCLI(t, "report", echo, "--format", "json")
		if code != exitOK || again != first {
			t.Errorf("%s: the echoed inputs give another report (exit %d, %s)", preset, code, stderr)
		}
	}
}

// compare takes its format from -o's extension as report does.
func TestCompareFormatFromOutputExtension(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join("..", "..", "scenarios", "presets", "default.toml")
	b := filepath.Join("..", "..", "scenarios", "presets", "b200-cloud.toml")
	out := filepath.Join(dir, "side-by-side.png")
	if code, _, stderr := runCLI(t, "compare", a, b, "-o", out); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if data, _ := os.ReadFile(out); !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Errorf("compare -o side-by-side.png wrote %q…", data[:min(len(data), 8)])
	}
	code, _, stderr := runCLI(t, "compare", a, b, "-o", filepath.Join(dir, "x.png"), "--format", "md")
	if code != exitInput || !strings.Contains(stderr, "compare: -o ") || !strings.Contains(stderr, "names a png file but --format is md") {
		t.Errorf("a contradicting --format: exit %d, %q", code, stderr)
	}
}
