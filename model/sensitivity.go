package model

import (
	"context"
	"slices"

	"github.com/shopspring/decimal"
)

// Heatmap dimensions of spec §9.
const (
	HeatmapColumns = 21 // month-1 hashprice, 50 % to 150 %
	HeatmapRows    = 15 // AI rate, 50 % to 150 %
)

// Heatmap holds AI NPV − mining NPV over month-1 hashprice (columns) and the
// AI rate (rows): USD per GPU-hour in gpu_cloud mode, per kW-month in
// colocation (the derived rate, the contract value set aside, when there is
// one). Each axis runs from 50 % to 150 % of the scenario's value, its
// centre the scenario itself, unless the axis's break-even lies outside that
// range: then it widens to take the frontier in (spec §9).
type Heatmap struct {
	HashpriceAxis [HeatmapColumns]decimal.Decimal
	RateAxis      [HeatmapRows]decimal.Decimal
	Advantage     [HeatmapRows][HeatmapColumns]decimal.Decimal
	// Column and Row index the cell nearest the scenario's own hashprice and
	// rate: the centre, unless an axis widened.
	Column, Row int
	// ScenarioAdvantageUSD is the scenario's own AI NPV − mining NPV: the
	// cell at Column and Row when no axis widened, and what that cell
	// approximates when one did.
	ScenarioAdvantageUSD decimal.Decimal
	// HashpriceWidened and RateWidened report an axis widened to its break-even.
	HashpriceWidened, RateWidened bool
}

// TornadoBar is one input moved over its range with the rest held (spec §9).
type TornadoBar struct {
	Input, Key, Unit            string
	LowValue, HighValue         decimal.Decimal
	LowAdvantage, HighAdvantage decimal.Decimal // AI NPV − mining NPV
}

// Swing is how far the advantage moves across the input's range.
func (b TornadoBar) Swing() decimal.Decimal { return b.HighAdvantage.Sub(b.LowAdvantage).Abs() }

// Sensitivity is spec §9's heatmap and tornado, computed together.
type Sensitivity struct {
	Heatmap Heatmap
	Tornado []TornadoBar // sorted by swing, largest first
}

// Analyse computes the heatmap and the tornado with the decimal model on all
// cores, reporting progress over both.
func Analyse(ctx context.Context, s Scenario, opts RiskOptions) (Sensitivity, error) {
	movers := tornadoMovers(s)
	total := HeatmapColumns + 2*len(movers)
	heatmapOpts, tornadoOpts := opts, opts
	if opts.Progress != nil {
		heatmapOpts.Progress = func(done, _ int) { opts.Progress(done, total) }
		tornadoOpts.Progress = func(done, _ int) { opts.Progress(HeatmapColumns+done, total) }
	}
	var out Sensitivity
	var err error
	if out.Heatmap, err = HeatmapOf(ctx, s, heatmapOpts); err != nil {
		return Sensitivity{}, err
	}
	if out.Tornado, err = tornado(ctx, s, movers, tornadoOpts); err != nil {
		return Sensitivity{}, err
	}
	return out, nil
}

// HeatmapOf fills the heatmap. The pivot's NPV is piecewise linear in its
// rate (see rateLine), so each hashprice column takes one evaluation and its
// rows follow exactly.
func HeatmapOf(ctx context.Context, s Scenario, opts RiskOptions) (Heatmap, error) {
	base, baseRes := evaluateLedgers(s)
	breakeven := base.breakevens(baseRes)
	h0 := baseRes.HashpriceUSDPerPHDay
	r0 := base.pivot.ai.rate
	rateBreakeven := breakeven.GPURateUSDPerGPUHour
	if s.AI.Mode == ModeColocation {
		rateBreakeven = breakeven.ColoRateUSDPerKWMonth
	}

	hm := Heatmap{ScenarioAdvantageUSD: baseRes.AI.NPVUSD.Sub(baseRes.Mining.NPVUSD)}
	hashprices, rates := hm.HashpriceAxis[:], hm.RateAxis[:]
	hm.Column, hm.HashpriceWidened = fillAxis(hashprices, h0, breakeven.HashpriceUSDPerPHDay)
	hm.Row, hm.RateWidened = fillAxis(rates, r0, rateBreakeven)
	err := forEach(ctx, HeatmapColumns, opts.Workers, opts.Progress, func(_, i int) {
		e, res := base, baseRes
		if !hm.HashpriceAxis[i].Equal(h0) {
			e, res = evaluateLedgers(withHashprice(s, hm.HashpriceAxis[i]))
		}
		if e.taxed() {
			hm.fillTaxedColumn(e, res, i)
			return
		}
		line := e.rateLine(res.AI)
		for j, rate := range hm.RateAxis {
			hm.Advantage[j][i] = line.at(rate).Sub(res.Mining.NPVUSD)
		}
	})
	return hm, err
}

// fillTaxedColumn fills hashprice column i after tax (spec §14): the tax
// bends the pivot's NPV in its rate, so each cell comes from the after-tax
// search's own evaluation (float64, as spec §9 allows a view), but for the
// scenario's own rate, which is the ledger's.
func (hm *Heatmap) fillTaxedColumn(e evaluation, res Result, i int) {
	tr := e.newTaxedRate(e.newTaxedStrategies(res))
	mining := toFloat(res.Mining.NPVUSD)
	for j, rate := range hm.RateAxis {
		if rate.Equal(e.pivot.ai.rate) {
			hm.Advantage[j][i] = res.AI.NPVUSD.Sub(res.Mining.NPVUSD)
			continue
		}
		hm.Advantage[j][i] = decimal.NewFromFloat(tr.at(toFloat(rate)) - mining)
	}
}

// fillAxis lays out one axis of spec §9 around the scenario's value v0 and
// returns the index nearest v0 and whether the axis widened. Normally the
// axis runs from 50 % to 150 % of v0 with v0 itself at its centre. When the
// break-even lies outside that range (spec §17: the endpoints are inside),
// it runs from the lower of 50 % of v0 and 90 % of the break-even to the
// higher of 150 % of v0 and 110 % of the break-even, never below 0.
func fillAxis(axis []decimal.Decimal, v0 decimal.Decimal, breakeven decimal.NullDecimal) (nearest int, widened bool) {
	n := len(axis)
	steps := decimal.NewFromInt(int64(n - 1))
	lo, hi := v0.Mul(half), v0.Mul(d("1.5"))
	if b := breakeven.Decimal; breakeven.Valid && (b.LessThan(lo) || b.GreaterThan(hi)) {
		lo = decimal.Max(zero, decimal.Min(lo, b.Mul(d("0.9"))))
		hi = decimal.Max(hi, b.Mul(d("1.1")))
		for k := range axis {
			axis[k] = lo.Add(div(hi.Sub(lo).Mul(decimal.NewFromInt(int64(k))), steps))
		}
		axis[n-1] = hi
		for k := range axis {
			if axis[k].Sub(v0).Abs().LessThan(axis[nearest].Sub(v0).Abs()) {
				nearest = k
			}
		}
		return nearest, true
	}
	// 50 % to 150 % in equal steps of 100 % / (n − 1), the centre exact.
	for k := range axis {
		axis[k] = div(v0.Mul(decimal.NewFromInt(int64(n-1+2*k))), steps.Mul(two))
	}
	axis[n/2] = v0
	return n / 2, false
}

// tornado evaluates both ends of every mover and sorts the bars by swing.
func tornado(ctx context.Context, s Scenario, movers []mover, opts RiskOptions) ([]TornadoBar, error) {
	bars := make([]TornadoBar, len(movers))
	for i, mv := range movers {
		// Set before the jobs start: the low and high job of a bar both run
		// concurrently and must write only their own end.
		bars[i].Input, bars[i].Key, bars[i].Unit = mv.label, mv.key, mv.unit
	}
	err := forEach(ctx, 2*len(movers), opts.Workers, opts.Progress, func(_, k int) {
		mv, high := movers[k/2], k%2 == 1
		moved, value := mv.move(s, high)
		_, res := evaluateLedgers(moved)
		advantage := res.AI.NPVUSD.Sub(res.Mining.NPVUSD)
		bar := &bars[k/2]
		if high {
			bar.HighValue, bar.HighAdvantage = value, advantage
		} else {
			bar.LowValue, bar.LowAdvantage = value, advantage
		}
	})
	if err != nil {
		return nil, err
	}
	bars = dropStill(bars)
	slices.SortStableFunc(bars, func(a, b TornadoBar) int { return b.Swing().Cmp(a.Swing()) })
	return bars, nil
}

// aiRate is the pivot's month-1 rate in the scenario's mode, as the model
// uses it: with a contract value, the rate it derives.
func aiRate(s Scenario) decimal.Decimal {
	if s.AI.Mode == ModeColocation {
		if s.AI.Colocation.ContractValueUSD.Valid {
			e, _ := evaluateLedgers(s)
			return e.pivot.ai.rate
		}
		return s.AI.Colocation.RateUSDPerKWMonth
	}
	return s.AI.GPU.RentalUSDPerGPUHour
}

func withHashprice(s Scenario, h decimal.Decimal) Scenario {
	s.Bitcoin.HashpriceOverrideUSDPerPHDay = nullOf(h)
	return s
}
