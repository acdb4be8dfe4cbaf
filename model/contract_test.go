package model

import (
	"testing"

	"github.com/shopspring/decimal"
)

// tinyLease is tinySite's 40,000 kW leased from month 1 at $10/kW-month:
// rent is $400,000 a month before escalation.
func tinyLease(s *Scenario) {
	tinySite(s)
	s.AI.Mode = ModeColocation
	s.HorizonMonths = 40
}

// Spec §11's rent: rate × e(k) × occupancy × kW, weighted by the renewal
// probability from the end of the term.
func TestLeaseRent(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		tinyLease(s)
		c := &s.AI.Colocation
		c.EscalatorPctPerYear, c.EscalatorStep, c.TermMonths, c.RenewalPct = d("3"), EscalateAnnual, 24, d("50")
	})
	rows := Evaluate(s).AI.Months
	for _, tc := range []struct {
		month int
		want  string
	}{
		{1, "400000"},    // k = 0: as entered
		{12, "400000"},   // k = 11: annual steps wait for the anniversary
		{13, "412000"},   // k = 12: × 1.03
		{24, "412000"},   // k = 23: the last month of the term
		{25, "212180"},   // k = 24: 400,000 × 1.03² = 424,360, × 50 % renewal
		{37, "218545.4"}, // k = 36: 400,000 × 1.03³ = 437,090.8, × 50 %
	} {
		near(t, "annual rent", rows[tc.month-1].RevenueUSD, tc.want, "1e-12")
	}
	// Monthly steps compound every month: k = 11 is 400,000 × 1.03^(11/12) = 410,986.40.
	s.AI.Colocation.EscalatorStep = EscalateMonthly
	near(t, "monthly rent, k = 11", Evaluate(s).AI.Months[11].RevenueUSD, "410986.396673057262045992", "1e-9")
	// Opex runs on in full after the term (spec §17).
	s.AI.OpexUSDPerMWMonth = d("1000")
	rows = Evaluate(s).AI.Months
	if !rows[30].OpexUSD.Equal(rows[5].OpexUSD) {
		t.Errorf("opex after the term %s, before %s", rows[30].OpexUSD, rows[5].OpexUSD)
	}
}

// Spec §11's contract value: rate = V / Σ_{k<T} e(k) × occupancy × kW_{L_1+k}.
func TestContractValueSetsTheRate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Scenario)
		want   string
	}{
		// 24 months × 40,000 kW = 960,000 kW-months: $9.6M is $10/kW-month
		{"flat", func(s *Scenario) {
			s.AI.Colocation.ContractValueUSD, s.AI.Colocation.TermMonths = nullOf(d("9600000")), 24
		}, "10"},
		// 12 × 40,000 + 12 × 41,200 = 974,400 kW-months at 3 % a year in annual steps
		{"annual escalator", func(s *Scenario) {
			c := &s.AI.Colocation
			c.ContractValueUSD, c.TermMonths, c.EscalatorPctPerYear, c.EscalatorStep = nullOf(d("9744000")), 24, d("3"), EscalateAnnual
		}, "10"},
		// half occupied: 480,000 kW-months
		{"half occupied", func(s *Scenario) {
			c := &s.AI.Colocation
			c.ContractValueUSD, c.TermMonths, c.OccupancyPct = nullOf(d("9600000")), 24, d("50")
		}, "20"},
		// Two phases of 21 MW (20,000 kW) from months 1 and 4, a 6-month horizon and a 12-month
		// term: 3 × 20,000 + 3 × 40,000 in the horizon, and the months past it lease every
		// phase's kW, 6 × 40,000: 420,000 kW-months.
		{"phases and months past the horizon", func(s *Scenario) {
			s.HorizonMonths = 6
			s.AI.ConversionMonths = Default().AI.ConversionMonths // not given with phases
			s.AI.Phases = []Phase{{MW: d("21"), Live: s.Start}, {MW: d("21"), Live: s.Start.AddMonths(3)}}
			s.AI.Colocation.ContractValueUSD, s.AI.Colocation.TermMonths = nullOf(d("4200000")), 12
		}, "10"},
	} {
		s := defaultWith(func(s *Scenario) {
			tinyLease(s)
			s.AI.Colocation.RateUSDPerKWMonth = Default().AI.Colocation.RateUSDPerKWMonth // not given
			tc.change(s)
		})
		if err := Validate(s); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		res := Evaluate(s)
		nullOrNear(t, tc.name+": derived rate", res.AI.ColoRateUSDPerKWMonth, tc.want, "1e-18")
		// spec §17: the colocation break-even is the month-1 rate, the contract value set aside.
		moved := s
		moved.AI.Colocation.ContractValueUSD = decimal.NullDecimal{}
		moved.AI.Colocation.RateUSDPerKWMonth = res.AI.ColoRateUSDPerKWMonth.Decimal
		if again := Evaluate(moved); !again.AI.NPVUSD.Sub(res.AI.NPVUSD).Abs().LessThan(d("0.000001")) ||
			!again.Breakeven.ColoRateUSDPerKWMonth.Decimal.Sub(res.Breakeven.ColoRateUSDPerKWMonth.Decimal).Abs().LessThan(d("1e-12")) {
			t.Errorf("%s: the rate in place of the contract value moves the answer", tc.name)
		}
	}
}

// Property: the derived rate, put back into the rent formula, sums to the
// contract value over the term; it does not depend on the horizon.
func TestDerivedRateSumsToTheContractValue(t *testing.T) {
	for _, step := range EscalatorSteps {
		s := defaultWith(func(s *Scenario) {
			dealScenario(s)
			s.AI.Colocation.EscalatorStep = step
			// The rent alone: no mining part, no credit, the whole term inside the horizon.
			s.Site.PowerMW, s.AI.MineDuringConversion, s.AI.PrepaymentUSD = d("60"), false, zero
			s.HorizonMonths = 6 + 48 + 10 // L_1 = 7
		})
		res := Evaluate(s)
		rent := zero
		for _, r := range res.AI.Months[6 : 6+48] {
			rent = rent.Add(r.RevenueUSD)
		}
		near(t, string(step)+": rent over the term", rent, "300000000", "0.000001")
		s.HorizonMonths = 24 // most of the term past the horizon: the same rate
		near(t, string(step)+": rate on a shorter horizon", Evaluate(s).AI.ColoRateUSDPerKWMonth.Decimal,
			res.AI.ColoRateUSDPerKWMonth.Decimal.String(), "1e-15")
	}
}

// Spec §11: the operator pays (1 − tenant share) of the fit-out, and its
// residual is a share of what the operator paid; the GPU cloud ignores it.
func TestTenantCapex(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		s.AI.Mode = ModeColocation
		s.AI.Colocation.TenantCapexPct = d("30")
	})
	ai := Evaluate(s).AI
	// 70 % of $9M × 37.037 MW = 233,333,333.33; residual 40 % of it = 93,333,333.33
	near(t, "operator's fit-out", ai.CapexUSD, "233333333.333333333333333", "1e-9")
	near(t, "residual", ai.ResidualUSD, "93333333.3333333333333333", "1e-9")
	s.AI.Mode = ModeGPUCloud
	if gpu, plain := Evaluate(s).AI, Evaluate(Default()).AI; !gpu.CapexUSD.Equal(plain.CapexUSD) {
		t.Errorf("the GPU cloud took the tenant's share: %s, want %s", gpu.CapexUSD, plain.CapexUSD)
	}
}

// Spec §11's prepayment: cash at t = 0, then equal credits against revenue
// from L_1; it raises NPV by its time value and leaves net cash as it was.
func TestPrepayment(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		tinyLease(s)
		s.HorizonMonths = 12
		s.DiscountRatePct = d(onePercentAMonth)
		s.AI.PrepaymentUSD, s.AI.PrepaymentCreditMonths = d("1200"), 12
	})
	with, without := Evaluate(s).AI, Evaluate(defaultWith(func(x *Scenario) {
		*x = s
		x.AI.PrepaymentUSD = zero
	})).AI
	// revenue net of a $100 credit every month
	near(t, "month 1 revenue", with.Months[0].RevenueUSD, "399900", "0")
	near(t, "month 1 credit", with.Months[0].PrepaymentCreditUSD, "100", "0")
	// NPV gains 1,200 − 100 × Σ_{m=1..12} 1/1.01^m = 1,200 − 1,125.50774735 = 74.49225265
	near(t, "NPV gain", with.NPVUSD.Sub(without.NPVUSD), "74.4922526515369794435470", "1e-12")
	near(t, "net cash", with.NetCashUSD, without.NetCashUSD.String(), "0")
	near(t, "prepayment", with.PrepaymentUSD, "1200", "0")
	// With nothing to build, t = 0 holds the prepayment: payback in month 1 (spec §17).
	if with.PaybackMonths != 1 {
		t.Errorf("payback %d, want 1", with.PaybackMonths)
	}
	// Credits start at L_1: with a 3-month conversion the first credit is in month 4.
	s.AI.ConversionMonths, s.AI.PrepaymentCreditMonths = 3, 9
	late := Evaluate(s).AI
	if !late.Months[2].PrepaymentCreditUSD.IsZero() {
		t.Errorf("a credit in month 3, before L_1: %s", late.Months[2].PrepaymentCreditUSD)
	}
	near(t, "month 4 credit", late.Months[3].PrepaymentCreditUSD, "133.333333333333333333", "1e-18") // 1,200 / 9
	total := zero
	for _, r := range late.Months {
		total = total.Add(r.PrepaymentCreditUSD)
	}
	near(t, "credits add up to the prepayment", total, "1200", "0")
}
