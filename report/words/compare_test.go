package words_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/words"
)

// named evaluates the defaults under a name, with an edit.
func named(name string, edit func(*model.Scenario)) model.Result {
	s := model.Default()
	s.Name = name
	if edit != nil {
		edit(&s)
	}
	return model.Evaluate(s)
}

func TestComparisonHeadline(t *testing.T) {
	dearGPU := func(s *model.Scenario) { s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("6") }
	cheapBTC := func(s *model.Scenario) { s.Bitcoin.PriceUSD = decimal.NewFromInt(60000) }
	base := named("Base", nil)
	tie := base
	tie.Scenario.Name = "Even"
	tie.Verdict = model.Verdict{Winner: model.WinnerTie}
	taxed := named("Taxed", func(s *model.Scenario) { s.HasFinance = true })
	taxedTie := tie
	taxedTie.Scenario.HasFinance = true
	for _, c := range []struct {
		name    string
		results []model.Result
		want    string
	}{
		// The defaults: mining leads by $621,329,716, written $621.3M.
		{"the same twice", []model.Result{base, base}, "ASIC mining wins in both scenarios, by $621.3M in NPV."},
		{"a range of leads", []model.Result{base, named("Cheap BTC", cheapBTC), base},
			"ASIC mining wins in all 3 scenarios, by $" + lead(named("", cheapBTC)) + " to $621.3M in NPV."},
		{"split", []model.Result{base, named("Dear GPUs", dearGPU), named("Bear", nil)},
			"ASIC mining wins in 2 of 3 scenarios (Base, Bear) and AI compute in 1 (Dear GPUs)."},
		{"split with a tie", []model.Result{named("Dear GPUs", dearGPU), tie, base},
			"ASIC mining wins in 1 of 3 scenarios (Base), AI compute in 1 (Dear GPUs) and a dead heat in 1 (Even)."},
		{"every one a tie", []model.Result{tie, tie}, "Every scenario is a dead heat: the two NPVs are within $1."},
		// A [finance] table at 0 % tax and no debt leaves the NPVs as they
		// are (spec §14), but they are then after tax, and the headline says so.
		{"every one taxed", []model.Result{taxed, taxed}, "ASIC mining wins in both scenarios, by $621.3M in after-tax NPV."},
		{"some taxed", []model.Result{base, taxed}, "ASIC mining wins in both scenarios, by $621.3M in NPV, after tax with [finance]."},
		{"every one a tie after tax", []model.Result{taxedTie, taxedTie}, "Every scenario is a dead heat: the two after-tax NPVs are within $1."},
	} {
		if got := words.ComparisonHeadline(c.results); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// lead is a result's NPV lead as the headline writes it, less the "$".
func lead(res model.Result) string {
	d := res.Verdict.NPVAdvantageUSD.Div(decimal.NewFromInt(1_000_000)).StringFixed(1)
	return d + "M"
}

func TestMoreDifferences(t *testing.T) {
	if got := words.MoreDifferences(1); got != "and 1 more input differs: the text report lists them all." {
		t.Errorf("%q", got)
	}
	if got := words.MoreDifferences(7); got != "and 7 more inputs differ: the text report lists them all." {
		t.Errorf("%q", got)
	}
}

// A figure [finance] puts after tax is labelled so, alone and across
// scenarios, some of which may have no [finance].
func TestAfterTax(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{words.AfterTax("NPV"), "NPV after tax"},
		{words.AfterTax("IRR, yearly"), "IRR after tax, yearly"},
		{words.AfterTaxIn("NPV", 0, 3), "NPV"},
		{words.AfterTaxIn("ASIC mining IRR", 3, 3), "ASIC mining IRR after tax"},
		{words.AfterTaxIn("NPV advantage", 1, 3), "NPV advantage, after tax with [finance]"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}
