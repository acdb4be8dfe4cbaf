package workbook

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/words"
)

// ComparisonSheet is the first sheet of a comparison workbook.
const ComparisonSheet = "Comparison"

// Compare writes several scenarios into one workbook: a Comparison sheet
// with one column per scenario, whose figures are formulas over that
// scenario's Summary and Inputs, then each scenario's own sheets, numbered
// in order: "1 Summary", "1 Inputs", "1 Mining", "1 AI", "2 Summary"…
func Compare(w io.Writer, docs []report.Document) error {
	if len(docs) == 0 {
		return fmt.Errorf("workbook: nothing to compare")
	}
	b, err := newBook()
	if err != nil {
		return err
	}
	defer b.f.Close()
	comparison := &sheet{name: ComparisonSheet}
	b.sheets = append(b.sheets, comparison)
	var each []scenarioSheets
	for i, doc := range docs {
		sheets, err := b.scenario(ScenarioPrefix(i), doc)
		if err != nil {
			return err
		}
		each = append(each, sheets)
	}
	comparisonSheet(comparison, docs, each, b.styles)
	names := make([]string, len(docs))
	for i, d := range docs {
		names[i] = d.Result.Scenario.Name
	}
	return b.finish(w, strings.Join(names, " · "), docs[0].Provenance)
}

// ScenarioPrefix starts the names of the i-th scenario's sheets (from 0) in a comparison.
func ScenarioPrefix(i int) string { return strconv.Itoa(i+1) + " " }

// comparisonSheet lays the scenarios side by side: the verdict and the
// valuation of both strategies, then the inputs that differ.
func comparisonSheet(sh *sheet, docs []report.Document, each []scenarioSheets, s *styles) {
	sh.add(spill("Scenarios compared", s.title))
	sh.add(spill("One column per scenario. Each figure is a formula over that scenario's Summary or Inputs sheet, "+
		"numbered as its tabs are: change a ledger and this sheet follows.", s.note))
	sh.add()
	header := []cell{{style: s.header}}
	for i, d := range docs {
		header = append(header, headerRight(fmt.Sprintf("%d: %s", i+1, d.Result.Scenario.Name), s))
	}
	sh.add(header...)
	sh.frozenRows, sh.frozenCols = sh.next()-1, 1

	source := []cell{label("Scenario file", s)}
	for _, d := range docs {
		source = append(source, textCell(d.Provenance.Source, s.textRight))
	}
	sh.add(source...)

	// With [finance] the NPVs, IRRs and verdict are after tax (spec §14):
	// the labels say so as each Summary's do, and a row says which
	// scenarios' are when only some have the table.
	financed := 0
	for _, d := range docs {
		if d.Result.Scenario.HasFinance {
			financed++
		}
	}
	taxed := func(label string) string { return words.AfterTaxIn(label, financed, len(docs)) }
	if financed > 0 {
		basis := []cell{label("Figures", s)}
		for _, d := range docs {
			basis = append(basis, textCell(words.TaxBasis(d.Result.Scenario.HasFinance), s.textRight))
		}
		sh.add(basis...)
	}

	mining, ai := words.StrategyName(model.WinnerMining), words.StrategyName(model.WinnerAI)
	type figure struct {
		label string
		row   func(*summary) int
		col   int
	}
	for _, f := range []figure{
		{taxed(verdictWords), func(m *summary) int { return m.winner }, summaryMiningCol},
		{taxed("NPV advantage"), func(m *summary) int { return m.advantage }, summaryMiningCol},
		{taxed(mining + " NPV"), func(m *summary) int { return m.npv }, summaryMiningCol},
		{taxed(ai + " NPV"), func(m *summary) int { return m.npv }, summaryAICol},
		{taxed(mining + " IRR"), func(m *summary) int { return m.irr }, summaryMiningCol},
		{taxed(ai + " IRR"), func(m *summary) int { return m.irr }, summaryAICol},
		{mining + " payback, months", func(m *summary) int { return m.payback }, summaryMiningCol},
		{ai + " payback, months", func(m *summary) int { return m.payback }, summaryAICol},
		{mining + " capex", func(m *summary) int { return m.capex }, summaryMiningCol},
		{ai + " capex", func(m *summary) int { return m.capex }, summaryAICol},
		{mining + " net cash", func(m *summary) int { return m.netCash }, summaryMiningCol},
		{ai + " net cash", func(m *summary) int { return m.netCash }, summaryAICol},
	} {
		row := []cell{label(f.label, s)}
		for _, e := range each {
			row = append(row, e.summary.sheet.refer(f.col, f.row(e.summary)))
		}
		sh.add(row...)
	}

	sh.add()
	sh.add(spill("Inputs that differ", s.section))
	differ := 0
	for _, f := range model.Fields() {
		if !inputDiffers(f, docs) {
			continue
		}
		differ++
		name := f.Label
		if f.Unit != "" {
			name += ", " + f.Unit
		}
		row := []cell{label(name, s)}
		for _, e := range each {
			row = append(row, e.inputs.refer(f.Key))
		}
		sh.add(row...)
	}
	if differ == 0 {
		sh.add(spill("None: every input is the same.", s.note))
	}
}

// inputDiffers reports whether a key's value is not the same in every scenario.
func inputDiffers(f model.Field, docs []report.Document) bool {
	first := f.Format(&docs[0].Result.Scenario)
	for _, d := range docs[1:] {
		if f.Format(&d.Result.Scenario) != first {
			return true
		}
	}
	return false
}

// refer is a cell that shows another cell of the sheet by a formula, with
// that cell's value and style.
func (s *sheet) refer(col, row int) cell {
	target := s.rows[row-1][col-1]
	return cell{value: target.value, formula: ref(s.name, cellName(col, row)), style: target.style, shown: target.shown}
}

// refer shows a key's value from the Inputs sheet.
func (in inputs) refer(key string) cell { return in.sheet.refer(inputValueCol, in.rows[key]) }
