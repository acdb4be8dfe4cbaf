package model

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
)

// smallLease is a one-hall colocation pivot small enough to value by hand:
// 1.3 grid MW at a PUE of 1.3 is 1 IT MW, leased at $150/kW-month with no
// escalator, live from month 3, for 12 months at a 0 % pivot rate, with a
// $600,000 fit-out paid at t = 0, depreciated over one year, no residual, and
// a 25 % tax. The site's fleet is paid for, so mining earns a little
// until the halving.
func smallLease(s *Scenario) {
	s.HorizonMonths = 12
	s.Site.PowerMW = d("1.3")
	s.Mining.CapexUSDPerTH = zero
	s.AI.Mode, s.AI.PUE, s.AI.ConversionMonths = ModeColocation, d("1.3"), 2
	s.AI.FitoutCapexUSDPerMW, s.AI.FitoutResidualPct = d("600000"), zero
	s.AI.OpexUSDPerMWMonth = d("25000")
	s.AI.Colocation.RateUSDPerKWMonth, s.AI.Colocation.EscalatorPctPerYear = d("150"), zero
	s.AI.DiscountRatePct = nullOf(zero)
	s.HasFinance = true
	s.Finance.TaxRatePct, s.Finance.FitoutDepreciationYears = d("25"), 1
	s.Finance.DebtPctOfCapex, s.Finance.DebtRatePct, s.Finance.DebtTermMonths = d("50"), zero, 12
	s.Finance.EquityDiscountRatePct = zero
}

// The pivot of smallLease, worked by hand (spec §10, §11, §14):
//
//	rent 1,000 kW × $150 = $150,000 a live month, opex 1 IT MW × $25,000,
//	power passed through: EBITDA $125,000 in months 3..12, 0 in months 1, 2.
//	Depreciation $600,000 / 12 = $50,000 in every month 1..12.
//	Taxable: −50,000, −50,000, then 75,000 a month. Months 1–2 carry a loss
//	of 100,000; month 3 uses 75,000 of it (25,000 left, no tax); month 4 is
//	taxed on 75,000 − 25,000 = 50,000: $12,500; months 5..12 on 75,000:
//	$18,750 each. Tax = 12,500 + 8 × 18,750 = $162,500.
//	After-tax NPV at 0 %: −600,000 + 10 × 125,000 − 162,500 = $487,500,
//	which is also the net cash. Cumulative cash: −600,000 to month 2,
//	−475,000, −362,500, −256,250, −150,000, −43,750, then +62,500 in month
//	8: the payback (month 7 before tax: −600,000 + 5 × 125,000 = 25,000).
//	Debt: 50 % of the t = 0 capex, $300,000 at 0 % over 12 months, is
//	$25,000 of principal a month; no interest, so the levered tax is the
//	unlevered. Equity: t = 0 −300,000; months 1–2 −25,000; month 3 100,000;
//	month 4 87,500; months 5..12 81,250: NPV at 0 % = $487,500. The lowest
//	coverage is month 1's 0 / 25,000 = 0.
func TestAfterTaxSmallLease(t *testing.T) {
	res := Evaluate(defaultWith(smallLease))
	ai := res.AI
	cents(t, "tax", ai.TaxUSD, "162500.00")
	cents(t, "after-tax NPV", ai.NPVUSD, "487500.00")
	cents(t, "net cash", ai.NetCashUSD, "487500.00")
	if ai.PaybackMonths != 8 {
		t.Errorf("payback month %d, want 8", ai.PaybackMonths)
	}
	wantTax := []string{"0", "0", "0", "12500", "18750", "18750", "18750", "18750", "18750", "18750", "18750", "18750"}
	wantCumulative := []string{"-600000", "-600000", "-475000", "-362500", "-256250", "-150000", "-43750", "62500",
		"168750", "275000", "381250", "487500"}
	wantEquity := []string{"-25000", "-25000", "100000", "87500", "81250", "81250", "81250", "81250", "81250", "81250",
		"81250", "81250"}
	for i, r := range ai.Months {
		near(t, "tax of month "+itoa(r.Month), r.TaxUSD, wantTax[i], "0.000001")
		near(t, "cumulative cash of month "+itoa(r.Month), r.CumulativeCashUSD, wantCumulative[i], "0.000001")
		near(t, "equity cash of month "+itoa(r.Month), r.EquityCashUSD, wantEquity[i], "0.000001")
		near(t, "depreciation of month "+itoa(r.Month), r.DepreciationUSD, "50000", "0.000001")
		near(t, "principal of month "+itoa(r.Month), r.PrincipalUSD, "25000", "0.000001")
		if !r.InterestUSD.IsZero() {
			t.Errorf("month %d: interest %s at 0 %%", r.Month, r.InterestUSD)
		}
	}
	if ai.Equity == nil {
		t.Fatal("no equity with [finance]")
	}
	cents(t, "equity NPV", ai.Equity.NPVUSD, "487500.00")
	cents(t, "debt", ai.Equity.DebtUSD, "300000.00")
	nullOrNear(t, "min DSCR", ai.Equity.MinDSCR, "0", "0")
}

// The mining side of the same scenario: its NPV is its rows' after-tax flow
// discounted at its own rate, and its tax is the rows' tax added up.
func TestAfterTaxFlowIsTheRowsFlow(t *testing.T) {
	for name, change := range map[string]func(*Scenario){
		"small lease": smallLease,
		"deal": func(s *Scenario) {
			dealScenario(s)
			s.Bitcoin.PriceUSD = d("140000") // so that mining earns a taxable profit
			s.HasFinance, s.Finance.TaxRatePct, s.Finance.DebtPctOfCapex = true, d("21"), d("60")
		},
	} {
		t.Run(name, func(t *testing.T) {
			s := defaultWith(change)
			res := Evaluate(s)
			discMining, discPivot := strategyDiscounts(s)
			for _, side := range []struct {
				name string
				st   Strategy
				disc []decimal.Decimal
			}{{"mining", res.Mining, discMining}, {"pivot", res.AI, discPivot}} {
				st := side.st
				npv := st.PrepaymentUSD.Sub(st.InitialCapexUSD)
				tax := zero
				for i, r := range st.Months {
					flow := r.EBITDAUSD.Sub(r.CapexUSD).Sub(r.TaxUSD)
					if i == len(st.Months)-1 {
						flow = flow.Add(st.ResidualUSD)
					}
					npv = npv.Add(flow.Mul(side.disc[i+1]))
					tax = tax.Add(r.TaxUSD)
				}
				near(t, side.name+" NPV", st.NPVUSD, npv.String(), "0.000001")
				near(t, side.name+" tax", st.TaxUSD, tax.String(), "0")
				near(t, side.name+" net cash", st.NetCashUSD, st.Months[len(st.Months)-1].CumulativeCashUSD.String(), "0")
				if !st.TaxUSD.IsPositive() && (name == "deal" || side.name == "pivot") {
					t.Errorf("%s pays no tax at %s %%", side.name, s.Finance.TaxRatePct)
				}
			}
		})
	}
}

// A [finance] table at 0 % tax with no debt leaves every figure of part one
// and part two as it was, break-evens included; without [finance] there is
// no tax and no equity.
func TestZeroTaxNoDebtChangesNothing(t *testing.T) {
	for name, change := range map[string]func(*Scenario){"default": nil, "deal": dealScenario} {
		t.Run(name, func(t *testing.T) {
			without := Evaluate(defaultWith(change))
			s := defaultWith(change)
			s.HasFinance = true // the default table: 0 % tax, no debt
			with := Evaluate(s)
			for _, pair := range [][2]Strategy{{without.Mining, with.Mining}, {without.AI, with.AI}} {
				a, b := pair[0], pair[1]
				if a.Equity != nil || !a.TaxUSD.IsZero() {
					t.Errorf("without [finance]: equity %v, tax %s", a.Equity, a.TaxUSD)
				}
				if b.Equity == nil {
					t.Errorf("with [finance]: no equity")
				}
				if !a.NPVUSD.Equal(b.NPVUSD) || !a.NetCashUSD.Equal(b.NetCashUSD) || a.PaybackMonths != b.PaybackMonths ||
					!sameNull(a.IRRPct, b.IRRPct) {
					t.Errorf("NPV %s → %s, net cash %s → %s, payback %d → %d, IRR %v → %v", a.NPVUSD, b.NPVUSD,
						a.NetCashUSD, b.NetCashUSD, a.PaybackMonths, b.PaybackMonths, a.IRRPct, b.IRRPct)
				}
				for i := range a.Months {
					if !a.Months[i].CumulativeCashUSD.Equal(b.Months[i].CumulativeCashUSD) {
						t.Fatalf("month %d: cumulative cash %s → %s", i+1, a.Months[i].CumulativeCashUSD, b.Months[i].CumulativeCashUSD)
					}
				}
			}
			if without.Verdict.Winner != with.Verdict.Winner || !without.Verdict.NPVAdvantageUSD.Equal(with.Verdict.NPVAdvantageUSD) {
				t.Errorf("verdict %v → %v", without.Verdict, with.Verdict)
			}
			a, b := without.Breakeven, with.Breakeven
			if !sameNull(a.GPURateUSDPerGPUHour, b.GPURateUSDPerGPUHour) || !sameNull(a.ColoRateUSDPerKWMonth, b.ColoRateUSDPerKWMonth) ||
				!sameNull(a.HashpriceUSDPerPHDay, b.HashpriceUSDPerPHDay) || !sameNull(a.MiningPowerPriceUSDPerMWh, b.MiningPowerPriceUSDPerMWh) {
				t.Errorf("break-evens %+v → %+v", a, b)
			}
		})
	}
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

func sameNull(a, b decimal.NullDecimal) bool {
	return a.Valid == b.Valid && (!a.Valid || a.Decimal.Equal(b.Decimal))
}

// withTax adds a [finance] table: a tax rate, and project debt so that the
// levered side runs too (it must not move the break-evens, which are
// unlevered).
func withTax(ratePct string, change func(*Scenario)) func(*Scenario) {
	return func(s *Scenario) {
		if change != nil {
			change(s)
		}
		s.HasFinance = true
		s.Finance.TaxRatePct, s.Finance.DebtPctOfCapex = d(ratePct), d("60")
	}
}

// The after-tax break-evens draw the after-tax NPVs level within $1 when the
// scenario is evaluated again at them (spec §6, §14), on the scenarios the
// pre-tax solvers are checked on, taxed.
func TestTaxedBreakevensReevaluate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Scenario)
	}{
		{"defaults at 21 %", withTax("21", nil)},
		{"AI wins, mining during conversion, at 30 %", withTax("30", func(s *Scenario) {
			s.AI.GPU.RentalUSDPerGPUHour = d("4.5")
			s.AI.MineDuringConversion = true
		})},
		{"a fleet that pays, at 25 %", withTax("25", func(s *Scenario) {
			s.Bitcoin.PriceUSD, s.Bitcoin.HashrateGrowthPctPerYear, s.HorizonMonths = d("140000"), zero, 120
		})},
		{"colocation, no shutoff, mining during conversion, at 21 %", withTax("21", func(s *Scenario) {
			s.AI.Mode = ModeColocation
			s.AI.Colocation.RateUSDPerKWMonth = d("250")
			s.AI.MineDuringConversion = true
			s.Mining.ShutoffWhenUnprofitable = false
		})},
		{"override, growing power price, 20 years, at 40 %", withTax("40", func(s *Scenario) {
			s.HorizonMonths = 240
			s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("55"))
			s.Site.PowerPriceGrowthPctPerYear = d("4")
			s.AI.GPU.RentalUSDPerGPUHour = d("5")
		})},
		{"derived month-1 hashprice of 0, at 21 %", withTax("21", zeroFirstHashprice)},
		{"a phased, contracted, curtailed deal at 21 %", withTax("21", dealScenario)},
		{"a deal as a GPU cloud near parity at 35 %", withTax("35", func(s *Scenario) {
			dealScenario(s)
			s.AI.Mode = ModeGPUCloud
			s.AI.GPU.RentalUSDPerGPUHour = d("2.3")
		})},
		{"a deal whose mining leads, at 100 %", withTax("100", func(s *Scenario) {
			dealScenario(s)
			s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(d("90"))
			s.Mining.CapexUSDPerTH = zero
		})},
		{"the small lease", smallLease},
	} {
		s := defaultWith(tc.change)
		res := Evaluate(s)
		for _, problem := range breakevenProblems(s, res) {
			t.Errorf("%s: %s", tc.name, problem)
		}
		if tc.name == "a phased, contracted, curtailed deal at 21 %" && !res.Breakeven.HashpriceUSDPerPHDay.Valid {
			t.Errorf("%s: no hashprice break-even", tc.name)
		}
	}
}

// The small lease's rate break-even by hand, with the fit-out depreciated
// over two years, so that only $300,000 of it is deducted within the
// horizon. Mining's NPV M is fixed and, its fleet paid for and in profit
// every month, its tax is a quarter of its EBITDA: M after tax = 0.75 M.
// The pivot's rent r gives E = 1,000 r − 25,000 a month in months 3..12; at
// the break-even its losses are used up within the horizon, so its tax is
// 0.25 × (10 E − 300,000) and its NPV at 0 % is
// 10 E − 600,000 − 0.25 × (10 E − 300,000) = 0.75 × 10 E − 525,000.
// Level after tax: 10 E = M + 700,000; before tax: 10 E = M + 600,000. The
// after-tax break-even lies $100,000 / (10 months × 1,000 kW) = $10 above
// the pre-tax one. With a one-year life the whole fit-out is deducted, both
// sides pay a quarter, and the two break-evens are the same.
func TestTaxedRateBreakevenByHand(t *testing.T) {
	for _, tc := range []struct {
		lifeYears int
		above     string
	}{{2, "10"}, {1, "0"}} {
		s := defaultWith(func(s *Scenario) { smallLease(s); s.Finance.FitoutDepreciationYears = tc.lifeYears })
		taxed := Evaluate(s).Breakeven.ColoRateUSDPerKWMonth
		s.HasFinance = false
		pre := Evaluate(s).Breakeven.ColoRateUSDPerKWMonth
		if !taxed.Valid || !pre.Valid {
			t.Fatalf("%d-year life: break-evens %v after tax, %v before", tc.lifeYears, taxed, pre)
		}
		near(t, "after-tax less pre-tax break-even", taxed.Decimal.Sub(pre.Decimal), tc.above, "0.000001")
	}
}

// The search's float64 NPVs are the decimal model's at other rates and
// hashprices, to a millionth of their size: the depreciation, the credits
// and the losses carried forward are read alike.
func TestTaxedSearchAgreesWithEvaluate(t *testing.T) {
	for name, change := range map[string]func(*Scenario){
		"deal":                              withTax("21", dealScenario),
		"default, mining during conversion": withTax("30", func(s *Scenario) { s.AI.MineDuringConversion = true }),
	} {
		s := defaultWith(change)
		e, res := evaluateLedgers(s)
		ts := e.newTaxedStrategies(res)
		tr, th := e.newTaxedRate(ts), e.newTaxedHashprice(ts)
		for _, k := range []string{"0.3", "0.8", "1.1", "2"} {
			factor := d(k)
			s2 := s
			rate := toFloat(e.pivot.ai.rate.Mul(factor))
			if s.AI.Mode == ModeColocation {
				s2.AI.Colocation.RateUSDPerKWMonth, s2.AI.Colocation.ContractValueUSD = e.pivot.ai.rate.Mul(factor), decimal.NullDecimal{}
			} else {
				s2.AI.GPU.RentalUSDPerGPUHour = e.pivot.ai.rate.Mul(factor)
			}
			if got, want := tr.at(rate), toFloat(Evaluate(s2).AI.NPVUSD); !closeTo(got, want) {
				t.Errorf("%s: pivot NPV at %s × the rate: search %.2f, model %.2f", name, k, got, want)
			}
			hp := res.HashpriceUSDPerPHDay.Mul(factor)
			moved := Evaluate(withHashprice(s, hp))
			if got, want := th.at(toFloat(hp)), toFloat(moved.Mining.NPVUSD.Sub(moved.AI.NPVUSD)); !closeTo(got, want) {
				t.Errorf("%s: mining − pivot at %s × the hashprice: search %.2f, model %.2f", name, k, got, want)
			}
		}
	}
}

func closeTo(got, want float64) bool { return math.Abs(got-want) <= 1e-6*math.Max(1, math.Abs(want)) }

// With no debt the shareholders' cash is the strategy's after-tax flow, month
// by month, and at the strategy's own rate its equity NPV is its NPV (spec
// §14's property, through Evaluate).
func TestNoDebtEquityIsTheStrategysFlow(t *testing.T) {
	s := defaultWith(withTax("25", dealScenario))
	s.Finance.DebtPctOfCapex = zero
	s.Finance.EquityDiscountRatePct = d("9") // the pivot's own rate
	res := Evaluate(s)
	ai := res.AI
	for i, r := range ai.Months {
		flow := r.EBITDAUSD.Sub(r.CapexUSD).Sub(r.TaxUSD)
		if i == len(ai.Months)-1 {
			flow = flow.Add(ai.ResidualUSD)
		}
		if !r.EquityCashUSD.Equal(flow) {
			t.Fatalf("month %d: equity cash %s, after-tax flow %s", r.Month, r.EquityCashUSD, flow)
		}
	}
	near(t, "equity NPV at the pivot's rate", ai.Equity.NPVUSD, ai.NPVUSD.String(), "0.000001")
	if !sameNull(ai.Equity.IRRPct, ai.IRRPct) {
		t.Errorf("equity IRR %v, the pivot's %v", ai.Equity.IRRPct, ai.IRRPct)
	}
}
