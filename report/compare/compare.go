// Package compare lays several scenarios side by side, one column each: the
// verdict and its basis, both strategies' valuation, the break-evens, and
// the inputs that differ between them. It decides what a comparison shows
// and writes each figure once; the text, Markdown, CSV and JSON writers here
// and the memo card (report/card) all draw from one Comparison. Every
// figure comes from model.Evaluate, every sentence from report/words.
package compare

import (
	"fmt"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// MinScenarios and MaxScenarios bound a comparison: one scenario is a
// report, and more than eight columns no longer read as one table.
const (
	MinScenarios = 2
	MaxScenarios = 8
)

// Comparison is several scenarios side by side.
type Comparison struct {
	Docs []report.Document
	// Headline states every verdict in one sentence.
	Headline string
	// Sections hold the figures, one cell per scenario in Docs' order.
	Sections []Section
	// Differences are the inputs whose value is not the same in every
	// scenario, in file order.
	Differences []Difference
}

// Section is a titled group of rows: the verdict, one strategy, the break-evens.
type Section struct {
	Title string
	Rows  []Row
}

// Row is one figure across the scenarios.
type Row struct {
	Key   string // for machines: "mining.npv_usd"
	Label string // for people: "NPV"
	Cells []Cell
}

// Cell is one scenario's figure.
type Cell struct {
	Text string // as people read it: "−$54,360,421", "never", "—"
	// Short is Text for a card, where money is "−$54.4M"; "" when Text is short already.
	Short string
	Raw   string // as machines read it: "-54360420.77"; "" when there is no figure
	Tone  Tone
}

// Compact is the cell's text for a card.
func (c Cell) Compact() string {
	if c.Short != "" {
		return c.Short
	}
	return c.Text
}

// Tone says what a cell's figure means, for the formats that colour it.
type Tone int

const (
	Plain    Tone = iota
	Negative      // below zero
	Missing       // no figure: "none", "never", "—"
	Mining        // names ASIC mining (the verdict's winner)
	AI            // names AI compute
)

// New compares docs, which must number MinScenarios to MaxScenarios. The
// same scenario may appear more than once.
func New(docs []report.Document) (Comparison, error) {
	if len(docs) < MinScenarios || len(docs) > MaxScenarios {
		return Comparison{}, fmt.Errorf("compare: %d scenarios: want %d to %d", len(docs), MinScenarios, MaxScenarios)
	}
	results := make([]*model.Result, len(docs))
	plain := make([]model.Result, len(docs))
	for i := range docs {
		results[i] = &docs[i].Result
		plain[i] = docs[i].Result
	}
	c := Comparison{Docs: docs, Headline: words.ComparisonHeadline(plain)}
	for _, s := range sections() {
		sec := Section{Title: s.title}
		for _, r := range s.rows {
			if row, ok := r.across(results); ok {
				sec.Rows = append(sec.Rows, row)
			}
		}
		c.Sections = append(c.Sections, sec)
	}
	c.Differences = differences(results)
	return c, nil
}

// Label is the label of the row with a key ("ai_minus_mining_npv_usd"),
// as the comparison words it; "" when it has no such row.
func (c Comparison) Label(key string) string {
	for _, sec := range c.Sections {
		for _, r := range sec.Rows {
			if r.Key == key {
				return r.Label
			}
		}
	}
	return ""
}

// Names are the scenarios' names, in order, written printable for every
// output that shows them.
func (c Comparison) Names() []string {
	names := make([]string, len(c.Docs))
	for i, d := range c.Docs {
		names[i] = printable.String(d.Result.Scenario.Name)
	}
	return names
}

// Sources are where the scenarios came from, in order: their files, written
// printable (a path may hold any character).
func (c Comparison) Sources() []string {
	sources := make([]string, len(c.Docs))
	for i, d := range c.Docs {
		sources[i] = printable.String(d.Provenance.Source)
	}
	return sources
}

// Advantages are each scenario's AI NPV − mining NPV: above zero where AI
// leads, below where mining does.
func (c Comparison) Advantages() []decimal.Decimal {
	out := make([]decimal.Decimal, len(c.Docs))
	for i, d := range c.Docs {
		out[i] = advantage(&d.Result)
	}
	return out
}

func advantage(res *model.Result) decimal.Decimal { return res.AI.NPVUSD.Sub(res.Mining.NPVUSD) }

// Footer says where the comparison came from: "scenarios base.toml, bull.toml
// · 2026-11-25 · pivot-tui 0.1.0".
func (c Comparison) Footer() string { return c.footer(strings.Join(c.Sources(), ", ")) }

// ShortFooter is Footer without the files' names, for a page too narrow for
// them that names them elsewhere: "4 scenario files · 2026-11-25 · pivot-tui 0.1.0".
func (c Comparison) ShortFooter() string {
	return strings.TrimPrefix(c.footer(fmt.Sprintf("%d scenario files", len(c.Docs))), "scenarios ")
}

func (c Comparison) footer(sources string) string {
	p := c.Docs[0].Provenance
	return fmt.Sprintf("scenarios %s · %s · pivot-tui %s", sources, p.Generated.Format("2006-01-02"), p.Version)
}
