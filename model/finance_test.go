package model

import (
	"testing"

	"github.com/shopspring/decimal"
)

// onePercentAMonth is the annual rate whose monthly rate is exactly 1 %:
// 1.01^12 = 1.126825030131969720661201, so every discount factor is 1/1.01^m.
const onePercentAMonth = "12.6825030131969720661201"

func timelineOf(horizon int, ratePct string) timeline {
	return newTimeline(Scenario{Start: MustYearMonth("2027-01"), HorizonMonths: horizon, DiscountRatePct: d(ratePct)})
}

func TestDiscountFactors(t *testing.T) {
	tl := timelineOf(24, "12")
	near(t, "disc[0]", tl.disc[0], "1", "0")
	// spec §1: rm = 1.12^(1/12) − 1, so twelve months discount by exactly 1/1.12 = 0.892857142857…
	near(t, "disc[12] at 12 %", tl.disc[12], "0.892857142857142857142857", "1e-18")
	near(t, "disc[24] at 12 %", tl.disc[24], "0.797193877551020408163265", "1e-18") // 1/1.2544
	tl = timelineOf(3, onePercentAMonth)
	near(t, "disc[1] at 1 %/month", tl.disc[1], "0.990099009900990099009901", "1e-18") // 1/1.01
	near(t, "disc[3] at 1 %/month", tl.disc[3], "0.970590147927644445652", "1e-18")    // 1/1.030301
	tl = timelineOf(3, "0")
	for m, f := range tl.disc {
		if !f.Equal(one) {
			t.Errorf("at 0 %% disc[%d] = %s", m, f)
		}
	}
	if tl.dates[2] != MustYearMonth("2027-03") {
		t.Errorf("month 3 is %s", tl.dates[2])
	}
}

func TestGrowthFactors(t *testing.T) {
	g := growth(d("20"), 25)
	near(t, "month 1", g[0], "1", "0")                         // as entered
	near(t, "month 13", g[12], "1.2", "1e-18")                 // (1.2)^(12/12)
	near(t, "month 25", g[24], "1.44", "1e-18")                // (1.2)^(24/12)
	near(t, "month 7", g[6], "1.0954451150103322269", "1e-18") // sqrt(1.2)
	g = growth(d("-15"), 13)
	near(t, "month 13 at −15 %", g[12], "0.85", "1e-18")
}

func rowsOf(ebitda ...string) []MonthRow {
	rows := make([]MonthRow, len(ebitda))
	for i, e := range ebitda {
		rows[i] = MonthRow{Month: i + 1, EBITDAUSD: d(e)}
	}
	return rows
}

// TestNPV is spec §6's formula on a small series.
func TestNPV(t *testing.T) {
	for _, tc := range []struct {
		name     string
		rate     string
		capex    string
		ebitda   []string
		residual string
		want     string
	}{
		// −1000 + 100/1.01 + 200/1.01² + 300/1.01³ + 50/1.01³
		// = −1000 + 99.009901 + 196.059210 + 291.177044 + 48.529507 = −365.224337
		{"1 % a month", onePercentAMonth, "1000", []string{"100", "200", "300"}, "50", "-365.224337353841256098946"},
		// undiscounted: −1000 + 600 + 50
		{"0 %", "0", "1000", []string{"100", "200", "300"}, "50", "-350"},
		// one year at 12 %: −100 + 112 / 1.12 = 0, the residual landing with month 12
		{"a year at 12 %", "12", "100", []string{"0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}, "112", "0"},
	} {
		tl := timelineOf(len(tc.ebitda), tc.rate)
		flows := []decimal.Decimal{d(tc.capex).Neg()}
		for _, e := range tc.ebitda {
			flows = append(flows, d(e))
		}
		flows[len(flows)-1] = flows[len(flows)-1].Add(d(tc.residual))
		near(t, tc.name, npv(flows, tl.disc), tc.want, "1e-12")
	}
}

func TestIRR(t *testing.T) {
	series := func(values ...string) []decimal.Decimal {
		out := make([]decimal.Decimal, len(values))
		for i, v := range values {
			out[i] = d(v)
		}
		return out
	}
	twelveOf := func(first, each string) []decimal.Decimal {
		values := []string{first}
		for range 12 {
			values = append(values, each)
		}
		return series(values...)
	}
	for _, tc := range []struct {
		name  string
		flows []decimal.Decimal
		want  string // "" for null
	}{
		// −1000, then +100 for 12 months: the monthly IRR solves Σ 100/(1+i)^m = 1000,
		// i = 2.92285408 % (python3, bisection); (1.0292285408)^12 − 1 = 41.29989841 %.
		{"annuity", twelveOf("-1000", "100"), "41.29989841496152"},
		// −100 now, +110 in month 12: (1+i)^12 = 1.1, so the annual IRR is 10 % exactly.
		{"one year, 10 %", series("-100", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "110"), "10"},
		// −1000, +1000 back in month 1: 0 %.
		{"money back", series("-1000", "1000"), "0"},
		// −100, +230, −132 has roots at 1+i = 1.1 and 1.2; the lower is reported:
		// 1.1^12 − 1 = 213.8428376721 %.
		{"two roots, the lower", series("-100", "230", "-132"), "213.8428376721"},
		{"all positive", series("100", "100"), ""},
		{"all negative", series("-100", "-5"), ""},
		{"all zero", series("0", "0"), ""},
		// a root above 10,000 %/yr: 1000× in a month
		{"root above the bounds", series("-1", "1000"), ""},
		// a root below −99.99 %/yr: (1+i) = 1e-6 a month
		{"root below the bounds", series("-1000", "0.001"), ""},
	} {
		nullOrNear(t, tc.name, irr(tc.flows), tc.want, "1e-7")
	}
}

// valuationOf is capex at t = 0, a residual and undiscounted flows.
func valuationOf(tl timeline, capex, residual string) valuation {
	pay := newPayments(tl.horizon)
	pay.add(0, CapexMining, d(capex))
	return valuation{disc: tl.disc, payments: pay, residual: d(residual)}
}

// The end value lands with month H's flow: the NPV, the IRR's series and
// the last cumulative cash carry it (spec §1).
func TestFinishCarriesTheEndValueInMonthH(t *testing.T) {
	st := Strategy{}
	tl := timelineOf(2, onePercentAMonth)
	finish(&st, rowsOf("10", "20"), tl, valuationOf(tl, "1000", "5"), 1, one)
	// −1000 + 10/1.01 + (20 + 5)/1.01² = −1000 + 9.900990099 + 24.507401235 = −965.591608666
	near(t, "NPV", st.NPVUSD, "-965.591608665816684442", "1e-12")
	near(t, "net cash", st.NetCashUSD, "-965", "0")
	near(t, "month 2 cumulative", st.Months[1].CumulativeCashUSD, "-965", "0")
	near(t, "month 1 cumulative", st.Months[0].CumulativeCashUSD, "-990", "0")
}

// TestPaybackAndCumulativeCash: payback is the first month whose cumulative
// cash (−capex + Σ EBITDA) is ≥ 0, without the residual, which the
// cumulative cash takes in month H (spec §6); 0 means never.
func TestPaybackAndCumulativeCash(t *testing.T) {
	for _, tc := range []struct {
		name            string
		capex, residual string
		ebitda          []string
		wantCumulative  []string
		wantPayback     int
	}{
		{"third month", "1000", "0", []string{"400", "400", "400"}, []string{"-600", "-200", "200"}, 3},
		{"never", "1000", "0", []string{"100", "100"}, []string{"-900", "-800"}, 0},
		{"exactly zero counts", "800", "0", []string{"400", "400"}, []string{"-400", "0"}, 2},
		{"no capex", "0", "0", []string{"0", "5"}, []string{"0", "5"}, 1},
		// Part one let the residual pay back in month H; an end value is not a payback (spec §6).
		{"the residual does not pay back", "1000", "500", []string{"300", "300"}, []string{"-700", "100"}, 0},
		{"first time, not last", "100", "0", []string{"200", "-300"}, []string{"100", "-200"}, 1},
	} {
		st := Strategy{}
		rows := rowsOf(tc.ebitda...)
		tl := timelineOf(len(rows), "0")
		finish(&st, rows, tl, valuationOf(tl, tc.capex, tc.residual), 1, d("1"))
		for i, want := range tc.wantCumulative {
			if got := st.Months[i].CumulativeCashUSD; !got.Equal(d(want)) {
				t.Errorf("%s: cumulative cash in month %d = %s, want %s", tc.name, i+1, got, want)
			}
		}
		if st.PaybackMonths != tc.wantPayback {
			t.Errorf("%s: payback %d, want %d", tc.name, st.PaybackMonths, tc.wantPayback)
		}
		last := st.Months[len(rows)-1].CumulativeCashUSD
		if !st.NetCashUSD.Equal(last) {
			t.Errorf("%s: net cash %s, last cumulative %s", tc.name, st.NetCashUSD, last)
		}
	}
}

func TestEBITDAPerMWYear(t *testing.T) {
	months := func(n int) []string { // EBITDA 10, 20, 30, … in months 1, 2, 3, …
		out := make([]string, n)
		for i := range out {
			out[i] = decimal.NewFromInt(int64(10 * (i + 1))).String()
		}
		return out
	}
	for _, tc := range []struct {
		name      string
		horizon   int
		firstLive int
		want      string
	}{
		{"first 12 of 14", 14, 1, "390"},         // 10 × (1+…+12) = 780, / 2 MW
		{"12 live from month 3", 14, 3, "510"},   // 10 × (3+…+14) = 1,020, / 2 MW
		{"3 live months, averaged", 5, 3, "240"}, // (30+40+50)/3 = 40 × 12 = 480, / 2 MW
		{"1 live month", 5, 5, "300"},            // 50 × 12 / 2
		{"none live", 5, 6, "0"},
	} {
		st := Strategy{}
		rows := rowsOf(months(tc.horizon)...)
		tl := timelineOf(tc.horizon, "0")
		finish(&st, rows, tl, valuationOf(tl, "0", "0"), tc.firstLive, d("2"))
		near(t, tc.name, st.EBITDAUSDPerMWYear, tc.want, "1e-15")
	}

	res := Evaluate(Default())
	// mining: Σ EBITDA of months 1..12 / 50 MW (python3 on the spec's formulas)
	near(t, "default mining", res.Mining.EBITDAUSDPerMWYear, "133938.186966705830411448", "1e-6")
	// AI: months 13..24, the first live year; part one's 6,742,346.70 less spec §13's
	// 26,455 GPUs × $0.10 × 730.5 h × 12 months / 50 MW = 463,809.06
	near(t, "default AI", res.AI.EBITDAUSDPerMWYear, "6278537.63844692545349146", "1e-6")
	// an 18-month horizon leaves 6 live AI months: their average × 12 / 50
	s := defaultWith(func(s *Scenario) { s.HorizonMonths = 18 })
	near(t, "6 live AI months", Evaluate(s).AI.EBITDAUSDPerMWYear, "6575687.05790901706054328", "1e-6")
}
