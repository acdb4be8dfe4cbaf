package model

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

func TestFirstMarginCallAndLiquidationMonths(t *testing.T) {
	for _, tc := range []struct {
		name              string
		change            func(*Scenario)
		call, liquidation int // 0: null
	}{
		// Cango after the sale: 94,999,676 owed on 3,024 BTC. With BTC falling
		// 30 % a year, price_m = 68,524 × 0.7^((m−1)/12):
		//   month 19: 68,524 × 0.7^1.5 = 40,131.5, LTV 78.28 %; month 20: 38,956.6, LTV 80.64 % ≥ 80 %
		//   month 23: 35,634.9, LTV 88.16 %; month 24: 34,589.7, LTV 90.82 % ≥ 90 %
		{"Cango, BTC falling 30 % a year", func(s *Scenario) {
			cango(s)
			s.Bitcoin.PriceGrowthPctPerYear = d("-30")
		}, 20, 24},
		// A flat price keeps the LTV at 45.85 % all along.
		{"Cango, flat price", cango, 0, 0},
		// A loan already past both thresholds at spot: month 1. Selling nothing
		// leaves 400M on 7,475 BTC, LTV 78.09 %, above a 75 % margin call.
		{"called at once", func(s *Scenario) {
			cango(s)
			s.Treasury.BTCToSell = d("0")
			s.Treasury.MarginCallLTVPct = d("75")
		}, 1, 0},
		// Exactly at the threshold counts as reaching it: 409,773,520 owed on
		// 7,475 BTC at 68,524 (512,216,900) is an LTV of exactly 80 %.
		{"exactly at the threshold", func(s *Scenario) {
			cango(s)
			s.Treasury.BTCToSell = d("0")
			s.Treasury.LoanUSD = d("409773520")
		}, 1, 0},
		// Selling it all repays the loan: no loan, no month.
		{"no loan left", func(s *Scenario) {
			cango(s)
			s.Bitcoin.PriceGrowthPctPerYear = d("-90")
			s.Treasury.BTCToSell = d("7475")
		}, 0, 0},
		// A loan left with no BTC has no LTV (spec §17).
		{"loan without BTC", func(s *Scenario) {
			cango(s)
			s.Bitcoin.PriceGrowthPctPerYear = d("-90")
			s.Treasury.BTCHeld, s.Treasury.BTCToSell = d("100"), d("100")
		}, 0, 0},
	} {
		tr := Evaluate(defaultWith(tc.change)).Treasury
		if tr.FirstMarginCallMonth != tc.call || tr.FirstLiquidationMonth != tc.liquidation {
			t.Errorf("%s: first margin call %d, liquidation %d; want %d, %d",
				tc.name, tr.FirstMarginCallMonth, tr.FirstLiquidationMonth, tc.call, tc.liquidation)
		}
	}
}

// cangoAtRisk is the Cango balance sheet in a Monte Carlo of paths paths.
func cangoAtRisk(paths int, change func(*Scenario)) Scenario {
	s := defaultWith(cango)
	s.Risk.Paths = paths
	if change != nil {
		change(&s)
	}
	return s
}

func marginCallShares(t *testing.T, s Scenario) RiskResult {
	t.Helper()
	mc, err := MonteCarlo(context.Background(), s, RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return mc
}

func TestMarginCallProbabilityNullWithoutALoanAtRisk(t *testing.T) {
	for name, change := range map[string]func(*Scenario){
		"no treasury":      func(s *Scenario) { s.HasTreasury = false },
		"no loan left":     func(s *Scenario) { s.Treasury.BTCToSell = d("7475") },
		"loan without BTC": func(s *Scenario) { s.Treasury.BTCHeld, s.Treasury.BTCToSell = d("100"), d("100") },
	} {
		if mc := marginCallShares(t, cangoAtRisk(200, change)); mc.LoanAtRisk {
			t.Errorf("%s: p_margin_call %v, want null", name, mc.PMarginCall)
		}
	}
	if mc := marginCallShares(t, cangoAtRisk(200, nil)); !mc.LoanAtRisk {
		t.Error("Cango: the loan left after the sale is at risk, yet no probability")
	}
}

// With no volatility every path is the base path: the probability is 1 when
// the base path reaches the threshold within the horizon, else 0.
func TestMarginCallProbabilityWithoutVolatilityIsTheBasePath(t *testing.T) {
	for _, growth := range []string{"0", "-10", "-30", "-60"} {
		s := withoutUncertainty(cangoAtRisk(200, func(s *Scenario) { s.Bitcoin.PriceGrowthPctPerYear = d(growth) }))
		tr := Evaluate(s).Treasury
		mc := marginCallShares(t, s)
		want := func(month int) float64 {
			if month > 0 {
				return 1
			}
			return 0
		}
		if mc.PMarginCall != want(tr.FirstMarginCallMonth) || mc.PLiquidation != want(tr.FirstLiquidationMonth) {
			t.Errorf("growth %s %%: p %v / %v, base path months %d / %d",
				growth, mc.PMarginCall, mc.PLiquidation, tr.FirstMarginCallMonth, tr.FirstLiquidationMonth)
		}
	}
}

// barrierProbability is an independent estimate of spec §15's probability:
// the chance that a geometric Brownian motion with yearly growth g and
// volatility sigma, watched at the end of each of `steps` further months,
// falls from spot to barrier. It is the closed form for a continuously
// watched barrier (the reflection principle for Brownian motion with drift
// ν = ln(1+g) − σ²/2), with Broadie, Glasserman and Kou's continuity
// correction for monthly watching: the barrier moves away by
// exp(−0.5826 σ √Δt), 0.5826 being −ζ(1/2)/√(2π).
func barrierProbability(spot, barrier, g, sigma float64, steps int) float64 {
	if barrier >= spot {
		return 1
	}
	const beta = 0.5826
	dt := 1.0 / 12
	nu := math.Log1p(g) - sigma*sigma/2
	T := float64(steps) * dt
	b := math.Log(barrier/spot) - beta*sigma*math.Sqrt(dt)
	phi := func(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }
	sd := sigma * math.Sqrt(T)
	return phi((b-nu*T)/sd) + math.Exp(2*nu*b/(sigma*sigma))*phi((b+nu*T)/sd)
}

// simulatedBarrierProbability is a second, separately coded estimate: log
// prices stepped with Box–Muller normals from a ChaCha8 generator (the model
// uses PCG and the ziggurat), checked against the log barrier each month.
func simulatedBarrierProbability(spot, barrier, g, sigma float64, steps, paths int) float64 {
	rng := rand.New(rand.NewChaCha8([32]byte{'b', 'a', 'r', 'r', 'i', 'e', 'r'}))
	logBarrier := math.Log(barrier / spot)
	drift := (math.Log1p(g) - sigma*sigma/2) / 12
	vol := sigma / math.Sqrt(12)
	hits := 0
	for range paths {
		x := 0.0
		for k := 0; k < steps; k++ {
			u1, u2 := 1-rng.Float64(), rng.Float64()
			z := math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
			x += drift + vol*z
			if x <= logBarrier {
				hits++
				break
			}
		}
	}
	return float64(hits) / float64(paths)
}

// The Monte Carlo's probabilities agree with both independent estimates
// within two points (the Monte Carlo's own sampling error at 10,000 paths is
// about half a point).
func TestMarginCallProbabilityAgreesWithIndependentEstimates(t *testing.T) {
	for _, tc := range []struct {
		name          string
		horizon       int
		growth, sigma float64
	}{
		{"Cango, 5 years at 55 %", 60, 0, 0.55},
		{"Cango, 1 year at 55 %", 12, 0, 0.55},
		{"Cango, 2 years at 80 % with 20 % growth", 24, 0.20, 0.80},
		{"Cango, 5 years at 30 % falling 10 % a year", 60, -0.10, 0.30},
	} {
		s := cangoAtRisk(10000, func(s *Scenario) {
			s.HorizonMonths = tc.horizon
			s.Bitcoin.PriceGrowthPctPerYear = d(fmt.Sprint(tc.growth * 100))
			s.Risk.BTCVolatilityPct = d(fmt.Sprint(tc.sigma * 100))
		})
		mc := marginCallShares(t, s)
		tr := Evaluate(s).Treasury
		spot := s.Bitcoin.PriceUSD.InexactFloat64()
		// Months 1..H are watched; month 1 is spot, so H − 1 steps can reach the barrier.
		for _, b := range []struct {
			what    string
			barrier float64
			got     float64
		}{
			{"margin call", tr.MarginCallPriceAfterUSD.Decimal.InexactFloat64(), mc.PMarginCall},
			{"liquidation", tr.LiquidationPriceAfterUSD.Decimal.InexactFloat64(), mc.PLiquidation},
		} {
			closed := barrierProbability(spot, b.barrier, tc.growth, tc.sigma, tc.horizon-1)
			simulated := simulatedBarrierProbability(spot, b.barrier, tc.growth, tc.sigma, tc.horizon-1, 20000)
			t.Logf("%s: p_%s = %.4f; closed form %.4f, separate simulation %.4f", tc.name, b.what, b.got, closed, simulated)
			if math.Abs(b.got-closed) > 0.02 || math.Abs(b.got-simulated) > 0.02 {
				t.Errorf("%s: p_%s = %.4f; closed form %.4f, separate simulation %.4f", tc.name, b.what, b.got, closed, simulated)
			}
		}
		if mc.PLiquidation > mc.PMarginCall {
			t.Errorf("%s: liquidation %.4f more likely than the margin call %.4f", tc.name, mc.PLiquidation, mc.PMarginCall)
		}
	}
}

// A higher BTC volatility never lowers the probability of a margin call on
// the same seed, as long as the base path stays clear of the barrier.
//
// Month by month a path's price is not monotone in σ: with the same normal
// draws Z, its log price in month m is
//
//	X_m(σ) = (m−1)(μ − σ²/2)/12 + σ × ΣZ/√12,
//
// and the −σ²/2 drift pulls it down while a run of positive Z pushes it up.
// But X_m is a concave quadratic in σ whose value at σ = 0 is the base
// path's, and a concave function on [0, σ2] is nowhere below the lower of its
// two ends. So if X_m(σ1) is at or below the barrier for some σ1 < σ2, then
// so is X_m(σ2), or the base path is. When the base path never reaches the
// barrier, every path called at σ1 is called at σ2: the count of called
// paths, hence the probability, cannot fall, seed by seed and not just on
// average. The tests check this path by path, and across seeds and
// volatilities through the Monte Carlo itself.
func TestHigherVolatilityNeverLowersTheMarginCallProbability(t *testing.T) {
	sigmas := []string{"0", "5", "20", "40", "55", "80", "120", "200"}
	for _, growth := range []string{"0", "15", "-10"} { // the base path stays clear in each
		for seed := int64(1); seed <= 4; seed++ {
			lastCall, lastLiquidation := -1.0, -1.0
			for _, sigma := range sigmas {
				s := cangoAtRisk(1000, func(s *Scenario) {
					s.Bitcoin.PriceGrowthPctPerYear = d(growth)
					s.Risk.BTCVolatilityPct = d(sigma)
					s.Risk.Seed = seed
				})
				if tr := Evaluate(s).Treasury; tr.FirstMarginCallMonth != 0 {
					t.Fatalf("growth %s %%: the base path is called in month %d", growth, tr.FirstMarginCallMonth)
				}
				mc := marginCallShares(t, s)
				if mc.PMarginCall < lastCall || mc.PLiquidation < lastLiquidation {
					t.Errorf("growth %s %%, seed %d, σ %s %%: p %.4f / %.4f fell from %.4f / %.4f",
						growth, seed, sigma, mc.PMarginCall, mc.PLiquidation, lastCall, lastLiquidation)
				}
				lastCall, lastLiquidation = mc.PMarginCall, mc.PLiquidation
			}
			if lastCall == 0 {
				t.Errorf("growth %s %%: no path called even at 200 %% volatility", growth)
			}
		}
	}
}

// Path by path: on the same draws, a path that reaches a barrier at one
// volatility reaches it at every higher one.
func TestMarginCallIsMonotoneInVolatilityPathByPath(t *testing.T) {
	const months = 60
	spot, barrier := 68524.0, 39269.05 // Cango's margin-call price after the sale
	b := loanBarriers{active: true, marginCall: barrier, liquidation: barrier * 0.8}
	prices := make([]float64, months)
	sigmas := []float64{5, 20, 40, 55, 80, 120, 200}
	for i := range 5000 {
		var before uint8
		for _, sigma := range sigmas {
			rng := rand.New(rand.NewPCG(7, uint64(i)))
			newPriceWalk(0, sigma).fill(prices, spot, rng)
			now := b.reached(prices)
			if before&^now != 0 {
				t.Fatalf("path %d: reached %b at a lower volatility, %b at σ %v %%", i, before, now, sigma)
			}
			before = now
		}
	}
}

// Where the base path itself reaches the barrier the property cannot hold:
// with no volatility every path is called, and volatility lifts some clear.
func TestVolatilityCanLiftPathsClearOfABarrierTheBasePathReaches(t *testing.T) {
	falling := func(sigma string) Scenario {
		return cangoAtRisk(2000, func(s *Scenario) {
			s.Bitcoin.PriceGrowthPctPerYear = d("-50")
			s.Risk.BTCVolatilityPct = d(sigma)
		})
	}
	// 0.5^((m−1)/12) ≤ 39,269.05 / 68,524 = 0.57307 from (m−1)/12 ≥ 0.8032, month 11.
	if month := Evaluate(falling("0")).Treasury.FirstMarginCallMonth; month != 11 {
		t.Fatalf("the base path is called in month %d, want 11", month)
	}
	calm, wild := marginCallShares(t, falling("0")), marginCallShares(t, falling("120"))
	if calm.PMarginCall != 1 || wild.PMarginCall >= 1 {
		t.Errorf("p_margin_call %.4f at 0 %%, %.4f at 120 %%: want 1, then less", calm.PMarginCall, wild.PMarginCall)
	}
}

// productCompare is x.Cmp(a.Mul(b)) on any values, ties included (at
// another exponent: a × b × 1.0).
func TestProductCompareIsCmpOfMul(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for range 300 {
		x, a := randomDecimal(rng), randomDecimal(rng)
		c := newProductCompare(x, a)
		for range 10 {
			b := randomDecimal(rng)
			if got, want := c.cmp(b), x.Cmp(a.Mul(b)); got != want {
				t.Fatalf("cmp of %s with %s × %s is %d, want %d", x, a, b, got, want)
			}
			if tie := newProductCompare(a.Mul(b).Mul(decimal.New(10, -1)), a); tie.cmp(b) != 0 {
				t.Fatalf("%s × %s is not equal to itself", a, b)
			}
		}
	}
}
