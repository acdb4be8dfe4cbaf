package words_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/words"
)

func flipTexts(res model.Result) []string {
	var out []string
	for _, f := range words.FlipPoints(res) {
		out = append(out, f.String())
	}
	return out
}

// colocation leases the converted hall at $160/kW-month.
func colocation() model.Scenario {
	s := model.Default()
	s.AI.Mode = model.ModeColocation
	s.AI.Colocation.RateUSDPerKWMonth = decimal.NewFromInt(160)
	return s
}

func TestHeadline(t *testing.T) {
	// Defaults: mining NPV −$54,360,421 against AI's −$675,690,137 (part one's
	// −$609,411,284 less the GPU cloud's operations, spec §13: 26,455 GPUs ×
	// $0.10 × 730.5 h = $1,932,538 a month over months 13–60, worth
	// $66,278,853 at 12 %), a lead of $621,329,716, written $621.3M.
	res := model.Evaluate(model.Default())
	if got := words.Headline(res); got != "ASIC mining wins by $621.3M in NPV." {
		t.Errorf("mining wins: %q", got)
	}
	if got := words.Basis(res); got != "at 12.0 % over 60 months" {
		t.Errorf("basis: %q", got)
	}
	// A [finance] table at 0 % and without debt changes no NPV (spec §14),
	// but the headline says they are after tax.
	s := model.Default()
	s.HasFinance = true
	if got := words.Headline(model.Evaluate(s)); got != "ASIC mining wins by $621.3M in after-tax NPV." {
		t.Errorf("after tax: %q", got)
	}
	res.Verdict = model.Verdict{Winner: model.WinnerTie}
	if got := words.Headline(res); got != "Dead heat: the two NPVs are within $1." {
		t.Errorf("tie: %q", got)
	}
	res.Scenario.HasFinance = true // spec §14: the NPVs are then after tax
	if got := words.Headline(res); got != "Dead heat: the two after-tax NPVs are within $1." {
		t.Errorf("tie after tax: %q", got)
	}
	// A narrow banner's margin: after tax still, in fewer words.
	if got := words.ShortMargin(res); got != ": within $1 after tax" {
		t.Errorf("short tie after tax: %q", got)
	}
	if got := words.ShortMargin(model.Evaluate(s)); got != " by $621.3M after tax" {
		t.Errorf("short margin after tax: %q", got)
	}
	if got := words.ShortMargin(model.Evaluate(model.Default())); got != " by $621.3M in NPV" {
		t.Errorf("short margin pre-tax: %q", got)
	}
	if got := words.StrategyName(model.WinnerTie); got != "Neither" {
		t.Errorf("the tie's strategy: %q", got)
	}
}

// The flip points are worded from where the verdict stands: the side that
// loses now is told where it would start to win.
func TestFlipPointsFollowTheVerdict(t *testing.T) {
	// Defaults: mining wins; AI needs $4.06 (part one's $3.88 plus the
	// $66.3M of operations cost over the $363.1M of NPV a dollar of month-1
	// rate adds); mining leads even at a $0 hashprice.
	res := model.Evaluate(model.Default())
	got := flipTexts(res)
	want := []string{"AI wins above $4.06/GPU-hour (now $2.35)", "AI loses even if mining earned nothing"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("mining wins:\n got %q\nwant %q", got, want)
	}
	if got := words.FlipPoints(res)[0].Sentence(); got != "AI wins above $4.06/GPU-hour (now $2.35)." {
		t.Errorf("as a sentence: %q", got)
	}

	// A dear GPU-hour: AI wins, and mining wins only below the same break-even.
	s := model.Default()
	s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("6")
	res = model.Evaluate(s)
	if res.Verdict.Winner != model.WinnerAI {
		t.Fatalf("at $6/GPU-hour the winner is %s", res.Verdict.Winner)
	}
	got = flipTexts(res)
	if got[0] != "Mining wins only below $4.06/GPU-hour (now $6.00)" {
		t.Errorf("AI wins, rate: %q", got[0])
	}
	if !strings.HasPrefix(got[1], "Mining wins if the month-1 hashprice rises above $") || !strings.HasSuffix(got[1], "/PH/day (now $30.29)") {
		t.Errorf("AI wins, hashprice: %q", got[1])
	}

	// No hashprice in the search range: the model's limit, $10,000/PH/day.
	res.Breakeven.HashpriceUSDPerPHDay = decimal.NullDecimal{}
	if got := flipTexts(res)[1]; got != "Mining loses even at a $10,000/PH/day hashprice" {
		t.Errorf("AI wins, no hashprice flip: %q", got)
	}
	// AI winning even for free.
	res.Breakeven.GPURateUSDPerGPUHour = decimal.NullDecimal{}
	if got := flipTexts(res)[0]; got != "AI wins even at $0.00/GPU-hour" {
		t.Errorf("AI wins at any rate: %q", got)
	}

	// Colocation speaks of the lease rate.
	res = model.Evaluate(colocation())
	if got := flipTexts(res)[0]; !strings.HasPrefix(got, "AI wins above $175.") || !strings.HasSuffix(got, "/kW-month (now $160.00)") {
		t.Errorf("colocation: %q", got)
	}

	// A tie states both directions.
	res.Verdict = model.Verdict{Winner: model.WinnerTie}
	res.Breakeven.HashpriceUSDPerPHDay = decimal.NewNullDecimal(decimal.RequireFromString("30.288"))
	got = flipTexts(res)
	if !strings.Contains(got[0], ", mining below") || got[1] != "Mining wins above a month-1 hashprice of $30.29/PH/day, AI below (now $30.29)" {
		t.Errorf("tie: %q", got)
	}

	// AI never live: no rate helps.
	s = model.Default()
	s.AI.ConversionMonths = 60
	if got := flipTexts(model.Evaluate(s))[0]; got != "No GPU rate matters: AI never goes live within the horizon" {
		t.Errorf("never live: %q", got)
	}
}

// The notes qualify the verdict: both NPVs below zero, and the month-1 power
// price that is an EBITDA threshold, not a flip.
func TestNotes(t *testing.T) {
	// Defaults: both NPVs are negative. Month-1 EBITDA is zero at a power
	// price p with revenue $2,608,183.29 = opex $250,000 + 50 × 730.5 × 0.97 × p,
	// so p = 2,358,183.29 / 35,429.25 = $66.56/MWh.
	notes := words.Notes(model.Evaluate(model.Default()))
	want := []string{
		"Neither side earns back its capital at 12.0 % a year; mining loses less.",
		"Mining's month-1 EBITDA turns negative above $66.56/MWh power (now $45.00/MWh); not a flip point.",
	}
	if strings.Join(notes, "|") != strings.Join(want, "|") {
		t.Errorf("notes:\n got %q\nwant %q", notes, want)
	}

	// A colocation lease that pays back: AI's NPV is positive, no first note.
	res := model.Evaluate(colocation())
	res.AI.NPVUSD = decimal.NewFromInt(1)
	for _, n := range words.Notes(res) {
		if strings.HasPrefix(n, "Neither") {
			t.Errorf("a positive NPV still says neither earns: %q", n)
		}
	}
}

func TestRiskHeadline(t *testing.T) {
	r := model.RiskResult{Paths: 10000, Seed: 7, PAIWins: 0.4213}
	if got := words.RiskHeadline(r); got != "AI beats mining in 42.1 % of 10,000 simulated paths (seed 7)." {
		t.Errorf("%q", got)
	}
}

// The first-year and per-MW figures say which months and which MW they
// cover: mining from month 1, AI from its first live month (the defaults
// convert for 12 months: 2028-01, month 13), and for a phased plan the
// per-IT-MW window from its last phase.
func TestPeriods(t *testing.T) {
	res := model.Evaluate(model.Default())
	want := "First 12 live months: from 2027-01 (month 1) for ASIC mining, from 2028-01 (month 13) for AI compute. " +
		"Per grid MW: over the site's 50.0 MW. Per IT MW: over each side's critical IT load."
	if got := words.Periods(res); got != want {
		t.Errorf("Periods:\n got %q\nwant %q", got, want)
	}
	if got, want := words.YearTable(res), "Years count from the projection's start, 2027-01, for both sides; "+
		"AI compute's first 12 live months begin in 2028-01 (month 13)."; got != want {
		t.Errorf("YearTable:\n got %q\nwant %q", got, want)
	}

	phased := model.Default()
	phased.AI.Phases = []model.Phase{
		{MW: decimal.NewFromInt(20), Live: model.MustYearMonth("2027-07")},
		{MW: decimal.NewFromInt(30), Live: model.MustYearMonth("2028-07")},
	}
	if err := model.Validate(phased); err != nil {
		t.Fatal(err)
	}
	got := words.Periods(model.Evaluate(phased))
	for _, part := range []string{"from 2027-07 (month 7) for AI compute",
		"AI compute's halls over the 12 months from 2028-07 (month 19), when its last phase is live"} {
		if !strings.Contains(got, part) {
			t.Errorf("Periods of a phased plan lacks %q: %q", part, got)
		}
	}

	never := model.Default()
	never.AI.ConversionMonths = 60
	if got := words.Periods(model.Evaluate(never)); !strings.Contains(got, "AI compute is never live within the horizon") {
		t.Errorf("Periods without a live month: %q", got)
	}
}

// Each strategy discounted at its own rate (spec §12): the basis and the
// notes name both; the lease's flip point is measured from the rate the
// contract value sets (spec §11), not the rate left out of the file.
func TestWordsOfARealDeal(t *testing.T) {
	s := colocation()
	s.Mining.DiscountRatePct = decimal.NewNullDecimal(decimal.NewFromInt(15))
	s.AI.DiscountRatePct = decimal.NewNullDecimal(decimal.NewFromInt(9))
	res := model.Evaluate(s)
	if got := words.Basis(res); got != "at 15.0 % for mining and 9.0 % for AI over 60 months" {
		t.Errorf("basis: %q", got)
	}
	s.AI.DiscountRatePct = decimal.NullDecimal{}
	if got := words.Rates(model.Evaluate(s)); got != "15.0 % for mining and 12.0 % for AI" {
		t.Errorf("rates with the pivot at the scenario's: %q", got)
	}

	s = colocation()
	s.AI.Colocation.RateUSDPerKWMonth = model.Default().AI.Colocation.RateUSDPerKWMonth
	s.AI.Colocation.TermMonths = 48
	// 48 months of 37,037 kW at $120 escalating 3 % a year, monthly, from month 13:
	// the value sets a month-1 rate of $120, whatever the file's rate.
	s.AI.Colocation.ContractValueUSD = decimal.NewNullDecimal(contractValueAt(t, s, decimal.NewFromInt(120)))
	res = model.Evaluate(s)
	if rate := words.RateNow(res); rate.Sub(decimal.NewFromInt(120)).Abs().GreaterThan(decimal.RequireFromString("0.000001")) {
		t.Fatalf("the rate in use is %s, want the $120 the contract value sets", rate)
	}
	if got := words.FlipPoints(res)[0].Now; got != "(now $120.00, derived)" {
		t.Errorf("the lease's flip point says %q", got)
	}
}

// contractValueAt is the rent a lease earns at a month-1 rate over its term
// (spec §11), from the model's own rows: with a term inside the horizon and
// no mining part, the pivot's revenue over the term is that rent.
func contractValueAt(t *testing.T, s model.Scenario, rate decimal.Decimal) decimal.Decimal {
	t.Helper()
	s.AI.Colocation.RateUSDPerKWMonth = rate
	s.AI.Colocation.ContractValueUSD = decimal.NullDecimal{}
	res := model.Evaluate(s)
	total := decimal.Zero
	first := res.AI.FirstLiveMonth
	for _, r := range res.AI.Months[first-1 : first-1+s.AI.Colocation.TermMonths] {
		total = total.Add(r.RevenueUSD)
	}
	return total
}
