// Package workbook writes a model result as an Excel workbook an analyst can
// audit: every input, both monthly ledgers, and a Summary whose totals, NPV,
// IRR, payback and verdict are formulas over the ledger rows, so that a
// changed month recomputes them. Each formula also carries the model's
// figure, for viewers that do not recalculate.
package workbook

import (
	"errors"
	"io"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/xuri/excelize/v2"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// Sheet names of a single scenario's workbook.
const (
	SummarySheet = "Summary"
	InputsSheet  = "Inputs"
	MiningSheet  = "Mining"
	AISheet      = "AI"
)

// Write writes one scenario's workbook: the Summary, the Inputs and the two
// ledgers, Mining and AI.
func Write(w io.Writer, doc report.Document) error {
	b, err := newBook()
	if err != nil {
		return err
	}
	defer b.f.Close()
	if _, err := b.scenario("", doc); err != nil {
		return err
	}
	return b.finish(w, doc.Result.Scenario.Name, doc.Provenance)
}

// book is a workbook being built: its sheets in tab order.
type book struct {
	f      *excelize.File
	styles *styles
	sheets []*sheet
}

func newBook() (*book, error) {
	f := excelize.NewFile()
	st, err := newStyles(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &book{f: f, styles: st}, nil
}

// scenarioSheets are the sheets of one scenario, for a comparison to refer to.
type scenarioSheets struct {
	summary *summary
	inputs  inputs
}

// scenario adds one scenario's Summary, Inputs and ledgers, their names
// starting with prefix.
func (b *book) scenario(prefix string, doc report.Document) (scenarioSheets, error) {
	res := doc.Result
	s := b.styles
	name := res.Scenario.Name
	sum := newSummary(prefix+SummarySheet, doc, prefix+MiningSheet, prefix+AISheet, s)
	ledgerOf := func(sheetName, title string, st model.Strategy, col int) ledger {
		return ledgerSheet(sheetName, title+": monthly ledger of "+name, st,
			sum.monthlyRateRef(col), monthlyRate(discountRatePct(res, st)), sum.equityRate(col), s)
	}
	mining := ledgerOf(prefix+MiningSheet, words.StrategyName(model.WinnerMining), res.Mining, summaryMiningCol)
	ai := ledgerOf(prefix+AISheet, words.StrategyName(model.WinnerAI)+" ("+format.Mode(res.AI.Mode)+")", res.AI, summaryAICol)
	if err := sum.fill(mining, ai); err != nil {
		return scenarioSheets{}, err
	}
	in, err := inputsSheet(prefix+InputsSheet, res, s)
	if err != nil {
		return scenarioSheets{}, err
	}
	b.sheets = append(b.sheets, sum.sheet, in.sheet, mining.sheet, ai.sheet)
	return scenarioSheets{summary: sum, inputs: in}, nil
}

// finish creates the sheets in order, streams them and writes the file. The
// workbook asks to be recalculated when opened, so that Excel refreshes
// every cached figure.
func (b *book) finish(w io.Writer, title string, p report.Provenance) error {
	if len(b.sheets) == 0 {
		return errors.New("workbook: no sheets")
	}
	if err := b.f.SetSheetName(b.f.GetSheetName(0), b.sheets[0].name); err != nil {
		return err
	}
	for _, sh := range b.sheets[1:] {
		if _, err := b.f.NewSheet(sh.name); err != nil {
			return err
		}
	}
	// Before the streams: afterwards it would parse every streamed sheet again.
	b.f.SetActiveSheet(0)
	for _, sh := range b.sheets {
		if err := sh.write(b.f); err != nil {
			return err
		}
	}
	if err := b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: ptr(true)}); err != nil {
		return err
	}
	props := &excelize.DocProperties{Title: printable.String(title), Creator: "pivot-tui " + p.Version}
	if p.Source != "" {
		props.Description = p.Line()
	}
	if !p.Generated.IsZero() {
		props.Created = p.Generated.UTC().Format(time.RFC3339)
		props.Modified = props.Created
	}
	if err := b.f.SetDocProps(props); err != nil {
		return err
	}
	_, err := b.f.WriteTo(w)
	return err
}
