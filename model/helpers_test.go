package model

import (
	"testing"

	"github.com/shopspring/decimal"
)

// near fails the test unless got lies within tol of want. Expected values in
// these tests are worked out by hand (or with python3's decimal module) from
// model-spec.md, never copied from the engine's output.
func near(t *testing.T, what string, got decimal.Decimal, want, tol string) {
	t.Helper()
	if diff := got.Sub(d(want)).Abs(); diff.GreaterThan(d(tol)) {
		t.Errorf("%s = %s, want %s (± %s)", what, got, want, tol)
	}
}

// cents fails the test unless got, rounded to the cent as a screen shows it,
// reads want.
func cents(t *testing.T, what string, got decimal.Decimal, want string) {
	t.Helper()
	if g := got.StringFixed(2); g != want {
		t.Errorf("%s = %s (%s), want $%s", what, g, got, want)
	}
}

// nullOrNear checks an optional figure: null when want is "", else near.
func nullOrNear(t *testing.T, what string, got decimal.NullDecimal, want, tol string) {
	t.Helper()
	switch {
	case want == "" && got.Valid:
		t.Errorf("%s = %s, want null", what, got.Decimal)
	case want != "" && !got.Valid:
		t.Errorf("%s = null, want %s", what, want)
	case want != "":
		near(t, what, got.Decimal, want, tol)
	}
}

// defaultWith is the default scenario with some inputs changed.
func defaultWith(change func(*Scenario)) Scenario {
	s := Default()
	if change != nil {
		change(&s)
	}
	return s
}

func decimalInt(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

// dealScenario is a phased, contracted, curtailed 60-month pivot, the kind of
// deal spec part two models: a 100 MW site converts 60 MW in two phases
// (20 MW live 2027-07, 40 MW live 2028-01) for a colocation tenant who signs
// 48 months for $300M with a 3 % annual escalator, 80 % renewal odds and
// 30 % of the fit-out, paid over a 9-month build; a $20M prepayment credited
// over 24 months; the pivot discounted at 9 %, mining at 14 %, exits at 10x
// and 4x EBITDA; the fleet mines during the conversion, curtails 5 % of its
// hours at $120/MWh and earns $2,000/MW-month of demand response.
func dealScenario(s *Scenario) {
	s.Site.PowerMW = d("100")
	s.AI.Mode = ModeColocation
	s.AI.PUE = d("1.25")
	s.AI.Phases = []Phase{{MW: d("20"), Live: MustYearMonth("2027-07")}, {MW: d("40"), Live: MustYearMonth("2028-01")}}
	s.AI.MineDuringConversion = true
	s.AI.CapexTiming, s.AI.BuildMonths = CapexBuild, 9
	s.AI.PrepaymentUSD, s.AI.PrepaymentCreditMonths = d("20000000"), 24
	s.AI.DiscountRatePct, s.Mining.DiscountRatePct = nullOf(d("9")), nullOf(d("14"))
	s.AI.ExitEVEBITDA, s.Mining.ExitEVEBITDA = d("10"), d("4")
	c := &s.AI.Colocation
	c.ContractValueUSD = nullOf(d("300000000"))
	c.TermMonths, c.EscalatorStep, c.RenewalPct, c.TenantCapexPct = 48, EscalateAnnual, d("80"), d("30")
	s.Mining.CurtailmentPct, s.Mining.CurtailmentCreditUSDPerMWh = d("5"), d("120")
	s.Mining.DemandResponseUSDPerMWMonth = d("2000")
}
