package workbook

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/xuri/excelize/v2"
)

func compareWorkbook(t *testing.T, docs ...report.Document) *excelize.File {
	t.Helper()
	return written(t, func(b *bytes.Buffer) error { return Compare(b, docs) })
}

// Three scenarios: one Comparison sheet, then each scenario's four sheets, numbered.
func TestCompareSheets(t *testing.T) {
	var docs []report.Document
	for _, ts := range testScenarios[:3] {
		docs = append(docs, ts.document(t))
	}
	f := compareWorkbook(t, docs...)
	want := []string{ComparisonSheet}
	for i := range docs {
		p := ScenarioPrefix(i)
		want = append(want, p+SummarySheet, p+InputsSheet, p+MiningSheet, p+AISheet)
	}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}

	// Column i+1 holds scenario i: its figures, recomputed, are the model's.
	for i, d := range docs {
		col := string(rune('B' + i))
		for _, c := range []struct {
			label string
			want  float64
		}{
			{"ASIC mining NPV", d.Result.Mining.NPVUSD.InexactFloat64()},
			{"AI compute NPV", d.Result.AI.NPVUSD.InexactFloat64()},
			{"NPV advantage", d.Result.Verdict.NPVAdvantageUSD.InexactFloat64()},
			{"AI compute capex", d.Result.AI.CapexUSD.InexactFloat64()},
		} {
			cell := col + strconv.Itoa(rowOf(t, f, ComparisonSheet, c.label))
			if got := calculatedNumber(t, f, ComparisonSheet, cell); !near(got, c.want, 1) {
				t.Errorf("scenario %d %s = %.2f, model %.2f", i+1, c.label, got, c.want)
			}
		}
		verdict := col + strconv.Itoa(rowOf(t, f, ComparisonSheet, "Verdict: the higher NPV"))
		if got, want := calculated(t, f, ComparisonSheet, verdict), winnerWords(d.Result.Verdict.Winner); got != want {
			t.Errorf("scenario %d verdict %q, model %q", i+1, got, want)
		}
	}

	// The inputs that differ are listed, with each scenario's value; the
	// rest are not.
	horizon := rowOf(t, f, ComparisonSheet, "Horizon, months")
	for i, want := range []string{"60", "240", "120"} {
		if got := calculated(t, f, ComparisonSheet, fmt.Sprintf("%c%d", 'B'+i, horizon)); got != want {
			t.Errorf("scenario %d horizon %q, want %s", i+1, got, want)
		}
	}
	rowOf(t, f, ComparisonSheet, "AI mode")
	rows, _ := f.GetRows(ComparisonSheet)
	for _, r := range rows {
		if len(r) > 0 && r[0] == "BTC price, $" {
			t.Error("the BTC price is the same in all three, yet listed as differing")
		}
	}

	// A changed month of scenario 2 moves its column, and only its column.
	before := calculatedNumber(t, f, ComparisonSheet, "C"+strconv.Itoa(rowOf(t, f, ComparisonSheet, "AI compute NPV")))
	other := calculatedNumber(t, f, ComparisonSheet, "B"+strconv.Itoa(rowOf(t, f, ComparisonSheet, "AI compute NPV")))
	ledger := ScenarioPrefix(1) + AISheet
	month1 := fmt.Sprintf("F%d", rowOf(t, f, ledger, "Month")+2)
	old := docs[1].Result.AI.Months[0].EBITDAUSD.InexactFloat64()
	if err := f.SetCellValue(ledger, month1, old+1_000_000); err != nil {
		t.Fatal(err)
	}
	// Month 1 at 12 %: 1,000,000 × 1.12^(−1/12) = 990,600.40.
	after := calculatedNumber(t, f, ComparisonSheet, "C"+strconv.Itoa(rowOf(t, f, ComparisonSheet, "AI compute NPV")))
	if got := after - before; math.Abs(got-990_600.40) > 0.01 {
		t.Errorf("scenario 2's AI NPV moved %.2f, want 990,600.40", got)
	}
	if got := calculatedNumber(t, f, ComparisonSheet, "B"+strconv.Itoa(rowOf(t, f, ComparisonSheet, "AI compute NPV"))); got != other {
		t.Errorf("scenario 1 moved too: %.2f to %.2f", other, got)
	}
}

// With [finance] the Comparison labels its NPVs, IRRs and verdict after tax
// as each scenario's Summary does ("NPV after tax"), or "after tax with
// [finance]" when only some scenarios have the table, whose Figures row
// then says which; the figures are still the model's.
func TestCompareAfterTax(t *testing.T) {
	byName := map[string]testScenario{}
	for _, ts := range testScenarios {
		byName[ts.name] = ts
	}
	mining, ai := words.StrategyName(model.WinnerMining), words.StrategyName(model.WinnerAI)
	for _, c := range []struct {
		name      string
		scenarios []string
		suffix    string
		basis     []string
	}{
		{"all taxed", []string{"cango", "levered deal"}, " after tax", []string{"after tax", "after tax"}},
		{"some taxed", []string{"default", "cango"}, ", after tax with [finance]", []string{"pre-tax", "after tax"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var docs []report.Document
			for _, name := range c.scenarios {
				docs = append(docs, byName[name].document(t))
			}
			f := compareWorkbook(t, docs...)
			figures := rowOf(t, f, ComparisonSheet, "Figures")
			for i, d := range docs {
				col := string(rune('B' + i))
				if got := calculated(t, f, ComparisonSheet, col+strconv.Itoa(figures)); got != c.basis[i] {
					t.Errorf("scenario %d's figures %q, want %q", i+1, got, c.basis[i])
				}
				for _, fig := range []struct {
					label string
					want  float64
				}{
					{mining + " NPV" + c.suffix, d.Result.Mining.NPVUSD.InexactFloat64()},
					{ai + " NPV" + c.suffix, d.Result.AI.NPVUSD.InexactFloat64()},
					{"NPV advantage" + c.suffix, d.Result.Verdict.NPVAdvantageUSD.InexactFloat64()},
				} {
					cell := col + strconv.Itoa(rowOf(t, f, ComparisonSheet, fig.label))
					if got := calculatedNumber(t, f, ComparisonSheet, cell); !near(got, fig.want, 1) {
						t.Errorf("scenario %d %s = %.2f, model %.2f", i+1, fig.label, got, fig.want)
					}
				}
				verdict := col + strconv.Itoa(rowOf(t, f, ComparisonSheet, "Verdict: the higher NPV"+c.suffix))
				if got, want := calculated(t, f, ComparisonSheet, verdict), winnerWords(d.Result.Verdict.Winner); got != want {
					t.Errorf("scenario %d verdict %q, model %q", i+1, got, want)
				}
				rowOf(t, f, ComparisonSheet, mining+" IRR"+c.suffix)
				rowOf(t, f, ComparisonSheet, ai+" IRR"+c.suffix)
			}
			// Each scenario's own Summary words its verdict the same way.
			for i, d := range docs {
				rowOf(t, f, ScenarioPrefix(i)+SummarySheet, verdictLabel(d.Result.Scenario))
			}
		})
	}
	// Without [finance] anywhere there is no Figures row.
	f := compareWorkbook(t, testScenarios[0].document(t), testScenarios[1].document(t))
	rows, _ := f.GetRows(ComparisonSheet)
	for _, r := range rows {
		if len(r) > 0 && r[0] == "Figures" {
			t.Error("a Figures row with no [finance] anywhere")
		}
	}
}

// The same file twice compares: nothing differs.
func TestCompareTheSameScenarioTwice(t *testing.T) {
	doc := testScenarios[0].document(t)
	f := compareWorkbook(t, doc, doc)
	rowOf(t, f, ComparisonSheet, "None: every input is the same.")
}

func TestCompareNothing(t *testing.T) {
	if err := Compare(&bytes.Buffer{}, nil); err == nil {
		t.Error("an empty comparison wrote a workbook")
	}
}
