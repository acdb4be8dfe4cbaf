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
