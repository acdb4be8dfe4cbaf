package compare_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/compare"
)

// doc is the defaults under a name, with an edit, as compare loads a file.
func doc(t testing.TB, name string, edit func(*model.Scenario)) report.Document {
	t.Helper()
	s := model.Default()
	s.Name = name
	if edit != nil {
		edit(&s)
	}
	if err := model.Validate(s); err != nil {
		t.Fatal(err)
	}
	return report.Document{Result: model.Evaluate(s), Provenance: report.Provenance{
		Source: strings.ToLower(name) + ".toml", Generated: time.Date(2026, 11, 25, 14, 32, 0, 0, time.UTC), Version: "test"}}
}

func comparison(t testing.TB, docs ...report.Document) compare.Comparison {
	t.Helper()
	c, err := compare.New(docs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// row finds a row by its key.
func row(t testing.TB, c compare.Comparison, key string) compare.Row {
	t.Helper()
	for _, sec := range c.Sections {
		for _, r := range sec.Rows {
			if r.Key == key {
				return r
			}
		}
	}
	t.Fatalf("no row %q", key)
	return compare.Row{}
}

func hasRow(c compare.Comparison, key string) bool {
	for _, sec := range c.Sections {
		for _, r := range sec.Rows {
			if r.Key == key {
				return true
			}
		}
	}
	return false
}

func dearGPU(s *model.Scenario) { s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("6") }

func colocation(s *model.Scenario) {
	s.AI.Mode = model.ModeColocation
	s.AI.Colocation.RateUSDPerKWMonth = decimal.NewFromInt(160)
}

func TestNewTakesTwoToEight(t *testing.T) {
	base := doc(t, "Base", nil)
	for _, n := range []int{0, 1, 9} {
		docs := make([]report.Document, n)
		for i := range docs {
			docs[i] = base
		}
		if _, err := compare.New(docs); err == nil {
			t.Errorf("%d scenarios compared without an error", n)
		}
	}
	for _, n := range []int{2, 8} {
		docs := make([]report.Document, n)
		for i := range docs {
			docs[i] = base
		}
		if _, err := compare.New(docs); err != nil {
			t.Errorf("%d scenarios: %v", n, err)
		}
	}
}

// The figures are the model's, one column per scenario, in order.
func TestFiguresAreTheModels(t *testing.T) {
	c := comparison(t, doc(t, "Base", nil), doc(t, "Dear GPUs", dearGPU))
	// The defaults: mining NPV −$54,360,421.30 (spec §6's worked example),
	// AI NPV −$675,690,136.91 (the worked example's −$609,411,283.61 less
	// the GPU cloud's operations of spec §13, 26,455 GPUs × $0.10 × 730.5 h
	// a month over months 13–60, worth $66,278,853.30 at 12 %), so mining
	// leads by 675,690,136.91 − 54,360,421.30 = $621,329,715.61, and AI −
	// mining is its negative.
	for _, want := range []struct {
		key, text, raw string
		tone           compare.Tone
	}{
		{"verdict.winner", "ASIC mining", "mining", compare.Mining},
		{"verdict.npv_advantage_usd", "$621,329,716", "621329715.61", compare.Plain},
		{"ai_minus_mining_npv_usd", "−$621,329,716", "-621329715.61", compare.Negative},
		{"mining.npv_usd", "−$54,360,421", "-54360421.30", compare.Negative},
		{"ai.npv_usd", "−$675,690,137", "-675690136.91", compare.Negative},
		{"mining.irr_pct", "none", "", compare.Missing},
		{"mining.payback_months", "never", "", compare.Missing},
		// capex: 2,976.19 PH/s × $18/TH × 1000 = $53,571,428.57; AI's
		// 26,455 × $45,000 + $9M × 37.037 MW = $1,523,808,333.33.
		{"mining.capex_usd", "$53,571,429", "53571428.57", compare.Plain},
		{"ai.capex_usd", "$1,523,808,333", "1523808333.33", compare.Plain},
		{"breakeven.gpu_rate_usd_per_gpu_hour", "$4.06/GPU-hour", "", compare.Plain},
		{"breakeven.hashprice_usd_per_ph_day", "none", "", compare.Missing},
		{"mining.discount_rate_pct", "12.0 %", "12", compare.Plain},
		{"ai.discount_rate_pct", "12.0 %", "12", compare.Plain},
		// The whole site converts, and goes live after 12 months of conversion.
		{"ai.mining_mw", "0.0 MW", "0", compare.Plain},
		{"ai.first_live", "2028-01", "2028-01", compare.Plain},
		// The fleet is worth nothing at the end: mining.residual_pct defaults to 0.
		{"mining.residual_usd", "$0", "0.00", compare.Plain},
		{"horizon_months", "60 months", "60", compare.Plain},
	} {
		cell := row(t, c, want.key).Cells[0]
		if cell.Text != want.text || (want.raw != "" && cell.Raw != want.raw) || cell.Tone != want.tone {
			t.Errorf("%s: got %+v, want text %q raw %q tone %d", want.key, cell, want.text, want.raw, want.tone)
		}
	}
	if got := row(t, c, "mining.npv_usd").Cells[0].Short; got != "−$54.4M" {
		t.Errorf("the card's mining NPV: %q", got)
	}
	// At $6/GPU-hour AI wins, its NPV rising by (6 − 2.35) × the GPU-hours sold.
	dear := c.Docs[1].Result
	if cell := row(t, c, "verdict.winner").Cells[1]; cell.Raw != "ai" || cell.Tone != compare.AI || cell.Text != "AI compute" {
		t.Errorf("the dear-GPU column's winner: %+v", cell)
	}
	if got, want := row(t, c, "ai.npv_usd").Cells[1].Raw, dear.AI.NPVUSD.StringFixed(2); got != want {
		t.Errorf("the second column's AI NPV is %s, the model's %s", got, want)
	}
	if got := c.Advantages(); !got[0].Equal(c.Docs[0].Result.AI.NPVUSD.Sub(c.Docs[0].Result.Mining.NPVUSD)) || !got[1].IsPositive() {
		t.Errorf("advantages %v", got)
	}
	if hasRow(c, "breakeven.colo_rate_usd_per_kw_month") {
		t.Error("a lease-rate row with no colocation scenario")
	}
}

// A row a scenario has no figure for shows "—" there; one no scenario has is left out.
func TestRowsOfOneMode(t *testing.T) {
	c := comparison(t, doc(t, "Cloud", nil), doc(t, "Lease", colocation))
	gpu, colo := row(t, c, "breakeven.gpu_rate_usd_per_gpu_hour"), row(t, c, "breakeven.colo_rate_usd_per_kw_month")
	if gpu.Cells[1].Text != "—" || gpu.Cells[1].Raw != "" || colo.Cells[0].Text != "—" {
		t.Errorf("cells of the other mode: GPU %+v, lease %+v", gpu.Cells, colo.Cells)
	}
	if !strings.HasSuffix(colo.Cells[1].Text, "/kW-month") || !strings.HasPrefix(colo.Cells[1].Text, "$175.") {
		t.Errorf("the lease's break-even: %q", colo.Cells[1].Text)
	}
}

func TestDifferences(t *testing.T) {
	same := comparison(t, doc(t, "Base", nil), doc(t, "Base", nil))
	if len(same.Differences) != 0 {
		t.Errorf("the same scenario twice differs in %+v", same.Differences)
	}
	// The name heads the columns: it is no difference.
	renamed := comparison(t, doc(t, "Base", nil), doc(t, "Other", nil))
	if len(renamed.Differences) != 0 {
		t.Errorf("a new name differs in %+v", renamed.Differences)
	}

	treasury := func(s *model.Scenario) {
		s.Bitcoin.PriceUSD = decimal.NewFromInt(90000)
		s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(decimal.NewFromInt(40))
		s.HasTreasury = true
		s.Treasury.BTCHeld = decimal.NewFromInt(7475)
	}
	c := comparison(t, doc(t, "Base", nil), doc(t, "Bull", treasury), doc(t, "Base", nil))
	byKey := map[string]compare.Difference{}
	var keys []string
	for _, d := range c.Differences {
		byKey[d.Key] = d
		keys = append(keys, d.Key)
	}
	price := byKey["bitcoin.price_usd"]
	if price.Label != "BTC price" || price.Unit != "$" ||
		strings.Join(price.Shown, "|") != "$70,000|$90,000|$70,000" ||
		price.Values[1] != json.Number("90000") {
		t.Errorf("the BTC price: %+v", price)
	}
	hashprice := byKey["bitcoin.hashprice_usd_per_ph_day"]
	if hashprice.Shown[0] != "auto" || hashprice.Values[0] != nil || hashprice.Values[1] != json.Number("40") {
		t.Errorf("the hashprice override: %+v", hashprice)
	}
	held := byKey["treasury.btc_held"]
	if held.Shown[0] != "—" || held.Values[0] != nil || held.Values[1] != json.Number("7475") {
		t.Errorf("a treasury the first file lacks: %+v", held)
	}
	// Every treasury key differs where one file has the table and the other not.
	if _, ok := byKey["treasury.loan_usd"]; !ok {
		t.Errorf("the treasury's loan is not listed where one file lacks the table: %v", keys)
	}
	// File order: bitcoin before treasury.
	if keys[0] != "bitcoin.price_usd" || !strings.HasPrefix(keys[len(keys)-1], "treasury.") {
		t.Errorf("not in file order: %v", keys)
	}
}

// A phased pivot at its own rate, valued at an exit multiple (spec §10,
// §12): the rows say so, and the phases are an input that differs, in
// place of the one-step conversion they replace.
func TestPhasedPivot(t *testing.T) {
	phased := func(s *model.Scenario) {
		s.AI.Phases = []model.Phase{
			{MW: decimal.NewFromInt(40), Live: model.YearMonth{Year: 2028, Month: 1}},
			{MW: decimal.NewFromInt(10), Live: model.YearMonth{Year: 2029, Month: 6}},
		}
		s.AI.DiscountRatePct = decimal.NewNullDecimal(decimal.NewFromInt(9))
		s.AI.ExitEVEBITDA = decimal.NewFromInt(8)
	}
	c := comparison(t, doc(t, "Base", nil), doc(t, "Phased", phased))
	if cell := row(t, c, "ai.discount_rate_pct").Cells[1]; cell.Text != "9.0 %" {
		t.Errorf("the pivot's own rate: %+v", cell)
	}
	if cell := row(t, c, "mining.discount_rate_pct").Cells[1]; cell.Text != "12.0 %" {
		t.Errorf("mining's rate: %+v", cell)
	}
	if cell := row(t, c, "ai.residual_usd").Cells[1]; !strings.HasSuffix(cell.Text, " (exit multiple)") {
		t.Errorf("the exit multiple's value: %+v", cell)
	}
	if cell := row(t, c, "ai.first_live").Cells[1]; cell.Text != "2028-01" {
		t.Errorf("the first phase goes live in %+v", cell)
	}
	byKey := map[string]compare.Difference{}
	for _, d := range c.Differences {
		byKey[d.Key] = d
	}
	p, ok := byKey["ai.phases"]
	if !ok || p.Shown[0] != "—" || p.Values[0] != nil || p.Shown[1] != "40.0 MW from 2028-01, 10.0 MW from 2029-06" {
		t.Fatalf("the phases: %+v", p)
	}
	data, _ := json.Marshal(p.Values[1])
	if string(data) != `[{"live":"2028-01","mw":40},{"live":"2029-06","mw":10}]` {
		t.Errorf("the phases for files: %s", data)
	}
	if m := byKey["ai.conversion_months"]; m.Shown[0] != "12 months" || m.Shown[1] != "—" {
		t.Errorf("the conversion the phases replace: %+v", m)
	}
}

// With [finance] (spec §14) the figures are after tax, and each strategy
// gains its tax and its equity view; a scenario without the table shows
// "pre-tax" and "—" there.
func TestFinancedScenario(t *testing.T) {
	plain := comparison(t, doc(t, "Base", nil), doc(t, "Other", dearGPU))
	for _, key := range []string{"after_tax", "mining.tax_usd", "ai.equity.npv_usd"} {
		if hasRow(plain, key) {
			t.Errorf("a row %q with no [finance] anywhere", key)
		}
	}
	financed := func(s *model.Scenario) {
		s.HasFinance = true
		s.Finance.TaxRatePct = decimal.NewFromInt(21)
		s.Finance.DebtPctOfCapex = decimal.NewFromInt(50)
	}
	c := comparison(t, doc(t, "Base", nil), doc(t, "Taxed", financed))
	res := c.Docs[1].Result
	if got := row(t, c, "after_tax").Cells; got[0].Text != "pre-tax" || got[1].Text != "after tax" {
		t.Errorf("the figures' basis: %+v", got)
	}
	for _, want := range []struct {
		key, raw string
	}{
		{"mining.tax_usd", res.Mining.TaxUSD.StringFixed(2)},
		{"ai.equity.npv_usd", res.AI.Equity.NPVUSD.StringFixed(2)},
		// Half of every capex payment is drawn as debt.
		{"ai.equity.debt_usd", res.AI.CapexUSD.Div(decimal.NewFromInt(2)).StringFixed(2)},
		{"mining.npv_usd", res.Mining.NPVUSD.StringFixed(2)},
	} {
		r := row(t, c, want.key)
		if r.Cells[0].Text != "—" && want.key != "mining.npv_usd" {
			t.Errorf("%s of the pre-tax scenario: %+v", want.key, r.Cells[0])
		}
		if r.Cells[1].Raw != want.raw {
			t.Errorf("%s: %s, want %s", want.key, r.Cells[1].Raw, want.raw)
		}
	}
	if dscr := row(t, c, "ai.equity.min_dscr").Cells[1]; !strings.HasSuffix(dscr.Text, "×") {
		t.Errorf("the lowest DSCR: %+v", dscr)
	}
	var tax compare.Difference
	for _, d := range c.Differences {
		if d.Key == "finance.tax_rate_pct" {
			tax = d
		}
	}
	if len(tax.Shown) != 2 || tax.Shown[0] != "—" || tax.Values[0] != nil || tax.Values[1] != json.Number("21") {
		t.Errorf("the tax rate among the differences: %+v", tax)
	}
}

// The NPVs and IRRs that [finance] puts after tax are labelled so, as the
// single-scenario workbook labels them, in every format that writes labels:
// plainly when every scenario has the table, and "after tax with
// [finance]" when only some do, beside the row that says which.
func TestAfterTaxLabels(t *testing.T) {
	taxed := func(s *model.Scenario) {
		s.HasFinance = true
		s.Finance.TaxRatePct = decimal.NewFromInt(21)
	}
	taxedKeys := []string{"verdict.npv_advantage_usd", compare.AdvantageKey, "mining.npv_usd", "mining.irr_pct", "ai.npv_usd", "ai.irr_pct"}
	for _, c := range []struct {
		name   string
		docs   []report.Document
		suffix string
	}{
		{"none taxed", []report.Document{doc(t, "Base", nil), doc(t, "Dear GPUs", dearGPU)}, ""},
		{"all taxed", []report.Document{doc(t, "Taxed", taxed), doc(t, "Taxed too", taxed)}, " after tax"},
		{"some taxed", []report.Document{doc(t, "Base", nil), doc(t, "Taxed", taxed)}, ", after tax with [finance]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmp := comparison(t, c.docs...)
			var text, md, table bytes.Buffer
			for _, write := range []struct {
				to    *bytes.Buffer
				write func(io.Writer, compare.Comparison) error
			}{{&text, compare.Text}, {&md, compare.Markdown}, {&table, compare.CSV}} {
				if err := write.write(write.to, cmp); err != nil {
					t.Fatal(err)
				}
			}
			records, err := csv.NewReader(&table).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			csvLabel := map[string]string{}
			for _, r := range records {
				csvLabel[r[0]] = r[2]
			}
			plain := map[string]string{"verdict.npv_advantage_usd": "NPV advantage", compare.AdvantageKey: "AI − mining NPV",
				"mining.npv_usd": "NPV", "mining.irr_pct": "IRR", "ai.npv_usd": "NPV", "ai.irr_pct": "IRR"}
			for _, key := range taxedKeys {
				want := plain[key] + c.suffix
				if got := row(t, cmp, key).Label; got != want {
					t.Errorf("%s labelled %q, want %q", key, got, want)
				}
				if got := cmp.Label(key); got != want {
					t.Errorf("Label(%s) = %q, want %q", key, got, want)
				}
				if csvLabel[key] != want {
					t.Errorf("the CSV labels %s %q, want %q", key, csvLabel[key], want)
				}
				if !strings.Contains(text.String(), "\n    "+want+"  ") {
					t.Errorf("the text has no row %q:\n%s", want, text.String())
				}
				if !strings.Contains(md.String(), "\n| "+report.MarkdownCell(want)+" |") {
					t.Errorf("the Markdown has no row %q:\n%s", want, md.String())
				}
			}
			// The rest keep their labels, as on the workbook's Summary: the
			// Figures row says what they are.
			if got := row(t, cmp, "mining.payback_months").Label; got != "Payback" {
				t.Errorf("the payback labelled %q", got)
			}
		})
	}
}

func TestText(t *testing.T) {
	c := comparison(t, doc(t, "Base", nil), doc(t, "Dear GPUs", dearGPU))
	var b bytes.Buffer
	if err := compare.Text(&b, c); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"2 scenarios compared: ASIC mining or AI compute\nscenarios base.toml, dear gpus.toml · 2026-11-25 · pivot-tui test\n",
		"ASIC mining wins in 1 of 2 scenarios (Base) and AI compute in 1 (Dear GPUs).",
		"Inputs that differ\n  GPU rate",
		"$2.35/GPU-h", "$6.00/GPU-h",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	// Every figure line of the table ends at the same column.
	lines := strings.Split(out, "\n")
	var ends []int
	for _, l := range lines {
		if strings.HasPrefix(l, "    ") || strings.HasPrefix(l, "  File") {
			ends = append(ends, len([]rune(l)))
		}
	}
	for _, e := range ends {
		if e != ends[0] {
			t.Fatalf("ragged table: line widths %v\n%s", ends, out)
		}
	}
}

func TestMarkdown(t *testing.T) {
	c := comparison(t, doc(t, "Base | one", nil), doc(t, "Base", nil))
	var b bytes.Buffer
	if err := compare.Markdown(&b, c); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "| | Base \\| one | Base |\n|:--|--:|--:|\n") {
		t.Errorf("the table's head:\n%s", out)
	}
	if !strings.Contains(out, "## Inputs that differ\n\nNone: every input is the same.\n") {
		t.Errorf("no differences:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "|") && strings.Count(l, "|")-strings.Count(l, `\|`) != 4 {
			t.Errorf("a table row without three cells: %q", l)
		}
	}
}

func TestCSV(t *testing.T) {
	c := comparison(t, doc(t, "Base", nil), doc(t, "Dear GPUs", dearGPU))
	var b bytes.Buffer
	if err := compare.CSV(&b, c); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(records[0], ",") != "key,section,label,Base,Dear GPUs" {
		t.Errorf("header %q", records[0])
	}
	got := map[string][]string{}
	for _, r := range records {
		got[r[0]] = r[3:]
	}
	if v := got["mining.npv_usd"]; v[0] != "-54360421.30" {
		t.Errorf("mining NPV %q", v)
	}
	if v := got["input.ai.gpu.rental_usd_per_gpu_hour"]; strings.Join(v, ",") != "2.35,6" {
		t.Errorf("the GPU rate %q", v)
	}
	if v := got["mining.irr_pct"]; v[0] != "" {
		t.Errorf("no IRR should be an empty cell: %q", v)
	}
}

// The JSON holds each scenario's report object exactly as report --format
// json writes it, and the differences with their values typed.
func TestJSON(t *testing.T) {
	docs := []report.Document{doc(t, "Base", nil), doc(t, "Dear GPUs", dearGPU)}
	c := comparison(t, docs...)
	var b bytes.Buffer
	if err := compare.JSON(&b, c); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Scenarios   []json.RawMessage `json:"scenarios"`
		Sources     []string          `json:"sources"`
		Differences []struct {
			Key    string `json:"key"`
			Label  string `json:"label"`
			Unit   string `json:"unit"`
			Values []any  `json:"values"`
			Shown  []string
		} `json:"differences"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		var single bytes.Buffer
		if err := report.JSON(&single, d); err != nil {
			t.Fatal(err)
		}
		if canonical(t, got.Scenarios[i]) != canonical(t, single.Bytes()) {
			t.Errorf("scenario %d is not report --format json's object", i)
		}
	}
	if strings.Join(got.Sources, ",") != "base.toml,dear gpus.toml" {
		t.Errorf("sources %v", got.Sources)
	}
	if len(got.Differences) != 1 || got.Differences[0].Key != "ai.gpu.rental_usd_per_gpu_hour" ||
		got.Differences[0].Values[0] != 2.35 || got.Differences[0].Values[1] != 6.0 || got.Differences[0].Unit != "$/GPU-h" {
		t.Errorf("differences %+v", got.Differences)
	}
}

func canonical(t *testing.T, data []byte) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(v)
	return string(out)
}
