package scenarios

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// lakeMariner is the terawulf-fluidstack preset as an analyst annotates it:
// notes above, inside and between the phase tables.
func lakeMariner(t testing.TB) string {
	t.Helper()
	src, err := PresetSource("terawulf-fluidstack")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	text = withValue(t, text, "mw = 50                               # grid MW of this phase; range (0, 10000]\n",
		"# Hall A: energised from the 115 kV line.\n"+
			"mw = 50                               # grid MW of this phase; range (0, 10000]\n"+
			"  # tenant acceptance is the live month, not energisation\n")
	text = withValue(t, text, "\n[[ai.phases]]\nmw = 200 ",
		"\n# Halls B to E follow once the second substation is energised.\n"+
			"# (Board memo 2026-01, item 4.)\n\n"+
			"[[ai.phases]]\nmw = 200 ")
	text = withValue(t, text, "live = \"2026-12\"                      # first month of AI revenue of this phase (YYYY-MM), within the horizon\n",
		"# the tenant's date, not ours\n"+
			"live = \"2026-12\"                      # first month of AI revenue of this phase (YYYY-MM), within the horizon\n")
	return text
}

// changedLines are the lines removed from a and added in b, by a longest
// common subsequence of lines: what a reader of a diff sees change. They
// are sorted, as one change can be read as several diffs when lines repeat
// (a removed block between two alike).
func changedLines(a, b string) (removed, added []string) {
	x, y := strings.SplitAfter(a, "\n"), strings.SplitAfter(b, "\n")
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			i, j = i+1, j+1
		case j == len(y) || i < len(x) && lcs[i+1][j] >= lcs[i][j+1]:
			removed = append(removed, x[i])
			i++
		default:
			added = append(added, y[j])
			j++
		}
	}
	slices.Sort(removed)
	slices.Sort(added)
	return removed, added
}

// A heavily commented phased file goes through a day of edits to its plan,
// saved in place after each: each save changes exactly the lines of the
// edit, every other byte stays, and the file loads as the edited scenario.
func TestSavePhasedFileThroughEdits(t *testing.T) {
	path := writeTempFile(t, "lake-mariner.toml", lakeMariner(t))
	steps := []struct {
		name           string
		edit           func(s *model.Scenario)
		removed, added []string
	}{
		{"a phase's mw edited", func(s *model.Scenario) { s.AI.Phases[1].MW = d("150") },
			[]string{"mw = 200                              # grid MW of this phase; range (0, 10000]\n"},
			[]string{"mw = 150                              # grid MW of this phase; range (0, 10000]\n"}},
		{"a phase added", func(s *model.Scenario) {
			s.AI.Phases = append(s.AI.Phases, model.Phase{MW: d("50"), Live: model.MustYearMonth("2027-09")})
		}, nil, []string{
			"\n",
			"[[ai.phases]]\n",
			"mw = 50                               # grid MW of this phase; range (0, 10000]\n",
			"live = \"2027-09\"                      # first month of AI revenue of this phase (YYYY-MM), within the horizon\n",
		}},
		{"the middle phase removed", func(s *model.Scenario) { s.AI.Phases = slices.Delete(s.AI.Phases, 1, 2) }, []string{
			"[[ai.phases]]\n",
			"mw = 150                              # grid MW of this phase; range (0, 10000]\n",
			"# the tenant's date, not ours\n",
			"live = \"2026-12\"                      # first month of AI revenue of this phase (YYYY-MM), within the horizon\n",
			"\n",
		}, nil},
		{"the contract value switched off", func(s *model.Scenario) {
			s.AI.Colocation.ContractValueUSD = decimal.NullDecimal{}
			s.AI.Colocation.RateUSDPerKWMonth = d("139.5")
		}, []string{
			"# rate_usd_per_kw_month = 150         # lease rate per kW of critical IT load, USD per month ($/kW-mo); set by contract_value_usd\n",
			"contract_value_usd = 3700000000       # total rent over term_months as announced, USD; sets the month-1 rate (then leave out rate_usd_per_kw_month); range > 0 ($)\n",
		}, []string{
			"rate_usd_per_kw_month = 139.5         # lease rate per kW of critical IT load, USD per month ($/kW-mo)\n",
			"# contract_value_usd = 3700000000     # total rent over term_months as announced, USD; sets the month-1 rate (then leave out rate_usd_per_kw_month); range > 0 ($)\n",
		}},
		{"the contract value switched on again", func(s *model.Scenario) {
			s.AI.Colocation.ContractValueUSD = decimal.NewNullDecimal(d("2500000000"))
			s.AI.Colocation.RateUSDPerKWMonth = model.Default().AI.Colocation.RateUSDPerKWMonth
		}, []string{
			"rate_usd_per_kw_month = 139.5         # lease rate per kW of critical IT load, USD per month ($/kW-mo)\n",
			"# contract_value_usd = 3700000000     # total rent over term_months as announced, USD; sets the month-1 rate (then leave out rate_usd_per_kw_month); range > 0 ($)\n",
		}, []string{
			"# rate_usd_per_kw_month = 139.5       # lease rate per kW of critical IT load, USD per month ($/kW-mo); set by contract_value_usd\n",
			"contract_value_usd = 2500000000       # total rent over term_months as announced, USD; sets the month-1 rate (then leave out rate_usd_per_kw_month); range > 0 ($)\n",
		}},
	}
	for _, step := range steps {
		before := string(mustRead(t, path))
		s, err := Load(path)
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		step.edit(&s)
		if err := model.Validate(s); err != nil {
			t.Fatalf("%s: the edit is invalid: %v", step.name, err)
		}
		if err := Save(path, s); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		after := string(mustRead(t, path))
		removed, added := changedLines(before, after)
		slices.Sort(step.removed)
		slices.Sort(step.added)
		if !slices.Equal(removed, step.removed) || !slices.Equal(added, step.added) {
			t.Errorf("%s: removed\n%q\nadded\n%q\nwant removed\n%q\nadded\n%q\nfile:\n%s",
				step.name, removed, added, step.removed, step.added, after)
		}
		loaded, err := Load(path)
		if err != nil {
			t.Fatalf("%s: %v\n%s", step.name, err, after)
		}
		assertSameScenario(t, s, loaded)
	}
	// Every note the analyst wrote outside the removed phase is still there,
	// in order; the one inside it went with it.
	want := proseComments(lakeMariner(t))
	want = slices.DeleteFunc(want, func(line string) bool { return line == "# the tenant's date, not ours" })
	if got := proseComments(string(mustRead(t, path))); !slices.Equal(got, want) {
		t.Errorf("comments:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// PatchFile on a phased, contracted file changes the keys it is given
// where they stand, leaves the phases alone, and refuses a key the phases
// or the contract value leave out, writing nothing.
func TestPatchFilePhasedFile(t *testing.T) {
	original := lakeMariner(t)
	path := writeTempFile(t, "lake-mariner.toml", original)
	values := model.Default()
	values.Bitcoin.PriceUSD = d("97250.5")
	values.Bitcoin.NetworkHashrateEH = d("1102")
	s, err := PatchFile(path, values, []string{"bitcoin.price_usd", "bitcoin.network_hashrate_eh"})
	if err != nil {
		t.Fatal(err)
	}
	want := withValue(t, original, "price_usd = 91132                     #", "price_usd = 97250.5                   #")
	want = withValue(t, want, "network_hashrate_eh = 1061            #", "network_hashrate_eh = 1102            #")
	if got := string(mustRead(t, path)); got != want {
		t.Errorf("file holds\n%s\nwant\n%s", got, want)
	}
	if len(s.AI.Phases) != 2 || !s.Bitcoin.PriceUSD.Equal(d("97250.5")) {
		t.Errorf("PatchFile returned %d phases, BTC at %s", len(s.AI.Phases), s.Bitcoin.PriceUSD)
	}

	for _, key := range []string{"ai.conversion_months", "ai.converted_mw", "ai.colocation.rate_usd_per_kw_month"} {
		values := model.Default()
		values.AI.ConversionMonths = 3
		values.AI.ConvertedMW = decimal.NewNullDecimal(d("100"))
		values.AI.Colocation.RateUSDPerKWMonth = d("160")
		_, err := PatchFile(path, values, []string{key})
		var fe *FileError
		if !errors.As(err, &fe) || fe.Key != key {
			t.Errorf("%s: PatchFile gave %v, want a refusal naming the key", key, err)
		}
		if got := string(mustRead(t, path)); got != want {
			t.Errorf("%s: a refused PatchFile wrote the file", key)
		}
	}
}
