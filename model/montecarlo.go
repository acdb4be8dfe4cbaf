package model

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
)

// RiskOptions tune how a risk computation runs, not what it computes.
type RiskOptions struct {
	Workers  int                   // goroutines; 0 uses every core
	Progress func(done, total int) // called as work completes; may be nil
}

// Spread is the 10th, 50th and 90th percentile of an NPV across paths.
type Spread struct{ P10, P50, P90 float64 }

// HistogramBins is the number of bins of the advantage histogram (spec §9).
const HistogramBins = 40

// RiskResult is spec §9's Monte Carlo summary. Amounts are USD.
type RiskResult struct {
	Paths int
	Seed  int64
	// PAIWins is the share of paths where AI NPV > mining NPV.
	PAIWins               float64
	Mining, AI, Advantage Spread // Advantage is AI NPV − mining NPV
	Edges                 [HistogramBins + 1]float64
	Counts                [HistogramBins]int

	// Spec §15: the shares of paths whose BTC price, checked every month,
	// brings the LTV of the loan left after the sale to the margin-call and
	// liquidation thresholds. LoanAtRisk is false, and both shares null,
	// without a treasury, a loan left or BTC to back it.
	LoanAtRisk                bool
	PMarginCall, PLiquidation float64
}

// pathsPerJob groups paths so that workers share out the work in chunks.
const pathsPerJob = 250

// MonteCarlo runs spec §9's simulation: each path draws its own BTC and power
// price paths (geometric Brownian motion, monthly steps) and its own
// hashrate-growth and AI-rate drift, then runs the monthly model. Path i
// draws from its own generator seeded by (seed, i), so the same seed gives the
// same result on any number of cores.
func MonteCarlo(ctx context.Context, s Scenario, opts RiskOptions) (RiskResult, error) {
	plan := newRiskPlan(s)
	r := s.Risk
	n := r.Paths
	mining := make([]float64, n)
	ai := make([]float64, n)
	barriers := newLoanBarriers(s)
	reached := make([]uint8, n)

	btc := newPriceWalk(plan.priceGrowthPct, r.BTCVolatilityPct.InexactFloat64())
	power := newPriceWalk(plan.powerGrowthPct, r.PowerPriceVolatilityPct.InexactFloat64())
	hashrateSD := r.HashrateGrowthSDPct.InexactFloat64()
	rateSD := r.RentalGrowthSDPct.InexactFloat64()

	jobs := (n + pathsPerJob - 1) / pathsPerJob
	workers := opts.Workers
	if workers <= 0 {
		workers = defaultWorkers()
	}
	scratch := make([]riskPath, workers)
	gens := make([]generator, workers)
	for w := range gens {
		gens[w].rng = rand.New(&gens[w].source)
	}
	for w := range scratch {
		scratch[w] = riskPath{price: make([]float64, plan.horizon), powerPrice: make([]float64, plan.horizon),
			miningEBITDA: make([]float64, plan.horizon), pivotEBITDA: make([]float64, plan.horizon)}
	}
	progress := opts.Progress
	if progress != nil {
		inner := progress
		progress = func(done, total int) { inner(min(done*pathsPerJob, n), n) }
	}
	err := forEach(ctx, jobs, workers, progress, func(w, job int) {
		path := &scratch[w]
		for i := job * pathsPerJob; i < min(n, (job+1)*pathsPerJob); i++ {
			gens[w].source.Seed(uint64(r.Seed), uint64(i))
			rng := gens[w].rng
			btc.fill(path.price, 1, rng) // relative to month 1: the barriers are too
			power.fill(path.powerPrice, plan.powerPriceUSD, rng)
			// Spec §9: growth rates drawn once per path, floored at −99 % a year.
			path.hashrateGrowthPct = max(-99, plan.hashrateGrowthPct+hashrateSD*rng.NormFloat64())
			path.rateGrowth = max(-99, plan.rateGrowthPct+rateSD*rng.NormFloat64())
			mining[i], ai[i] = plan.npvs(path)
			reached[i] = barriers.reached(path.price)
		}
	})
	if err != nil {
		return RiskResult{}, err
	}
	res := summarise(s.Risk, mining, ai)
	res.LoanAtRisk, res.PMarginCall, res.PLiquidation = barriers.shares(reached)
	return res, nil
}

// generator is a worker's random numbers, seeded afresh for each path:
// that is NewPCG(seed, i), a PCG being its two words of state and a Rand
// nothing but its source. The padding keeps each worker's state, written
// at every draw, off the cache lines of the others'.
type generator struct {
	source rand.PCG
	rng    *rand.Rand
	_      [64]byte
}

// priceWalk steps a price by exp((μ − σ²/2)/12 + σ √(1/12) Z) a month, with
// μ = ln(1 + growth) (spec §9).
type priceWalk struct{ drift, vol float64 }

func newPriceWalk(growthPct, volatilityPct float64) priceWalk {
	sigma := volatilityPct / 100
	mu := math.Log1p(growthPct / 100)
	return priceWalk{drift: (mu - sigma*sigma/2) / 12, vol: sigma * math.Sqrt(1.0/12)}
}

// fill writes a path starting at first; with no volatility it draws nothing
// and grows deterministically, as the ordinary model does.
func (pw priceWalk) fill(out []float64, first float64, rng *rand.Rand) {
	out[0] = first
	step := math.Exp(pw.drift)
	for m := 1; m < len(out); m++ {
		if pw.vol == 0 {
			out[m] = out[m-1] * step
			continue
		}
		out[m] = out[m-1] * math.Exp(pw.drift+pw.vol*rng.NormFloat64())
	}
}

func summarise(r Risk, mining, ai []float64) RiskResult {
	n := len(mining)
	res := RiskResult{Paths: n, Seed: r.Seed}
	advantage := make([]float64, n)
	wins := 0
	for i := range n {
		advantage[i] = ai[i] - mining[i]
		if ai[i] > mining[i] {
			wins++
		}
	}
	res.PAIWins = float64(wins) / float64(n)
	res.Mining, res.AI, res.Advantage = spread(mining), spread(ai), spread(advantage)
	res.Edges, res.Counts = histogram(advantage)
	return res
}

// spread sorts a copy and reads its percentiles, interpolating linearly
// between order statistics (the usual spreadsheet PERCENTILE rule).
func spread(values []float64) Spread {
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	at := func(q float64) float64 {
		pos := q * float64(len(sorted)-1)
		lo := int(math.Floor(pos))
		hi := min(lo+1, len(sorted)-1)
		return sorted[lo] + (sorted[hi]-sorted[lo])*(pos-float64(lo))
	}
	return Spread{P10: at(0.1), P50: at(0.5), P90: at(0.9)}
}

// histogram spreads values over 40 equal bins from the least to the greatest;
// the last bin includes its upper edge. Equal values get a $1-wide range
// around them so the bins stay well defined, wider where a dollar is below
// a float's resolution (an NPV of $1e20).
func histogram(values []float64) (edges [HistogramBins + 1]float64, counts [HistogramBins]int) {
	lo, hi := slices.Min(values), slices.Max(values)
	mid := lo/2 + hi/2
	if pad := math.Max(0.5, math.Abs(mid)*1e-12); hi-lo < 2*pad {
		lo, hi = mid-pad, mid+pad
	}
	width := (hi - lo) / HistogramBins
	for i := range edges {
		edges[i] = lo + width*float64(i)
	}
	edges[HistogramBins] = hi
	for _, v := range values {
		bin := min(int((v-lo)/width), HistogramBins-1)
		counts[max(bin, 0)]++
	}
	return edges, counts
}
