package pipeline

import (
	"math"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// bytesReader hands out the fuzzer's bytes; past the end it gives zeros, so
// every input, however short, makes a scenario.
type bytesReader struct {
	data []byte
	at   int
}

func (r *bytesReader) byte() byte {
	if r.at >= len(r.data) {
		return 0
	}
	b := r.data[r.at]
	r.at++
	return b
}

func (r *bytesReader) uint64() uint64 {
	var v uint64
	for range 8 {
		v = v<<8 | uint64(r.byte())
	}
	return v
}

// unit is a float in [0, 1).
func (r *bytesReader) unit() float64 { return float64(r.uint64()>>11) / (1 << 53) }

// names are free text a file may hold: empty, long, wide, combining.
var names = []string{
	"Example site", "", "x", strings.Repeat("Very long site name ", 12),
	"東京サイト 🚀 データセンター", "Zürich Nord", "e\u0301te\u0301 · ½ · −5 %", `Site "7" \ #1 | *a* _b_ <c>`,
}

// scenarioFrom builds a scenario from the fuzzer's bytes through
// model.Fields: each key takes its default, a bound (or just inside an open
// one), a value a hair inside a bound, a tiny or huge magnitude, or a value
// anywhere in its range, evenly or on a log scale. repair, set by the first
// byte, fits the fleet into the network and orders the treasury's keys, as
// a person fixing a refused file would, so that more inputs pass Validate.
func scenarioFrom(data []byte) (s model.Scenario, repair bool) {
	r := &bytesReader{data: data}
	repair = r.byte()%4 != 0
	s = model.Default()
	for _, f := range model.Fields() {
		switch f.Kind {
		case model.KindNumber, model.KindInteger, model.KindOptional:
			if f.Kind == model.KindOptional && r.byte()%2 == 0 {
				f.Clear(&s)
				continue
			}
			value, ok := numberIn(r, f, &s)
			if !ok {
				continue
			}
			if f.Kind == model.KindInteger {
				value = value.Round(0)
			}
			f.SetDecimal(&s, value)
		case model.KindFlag:
			f.SetFlag(&s, r.byte()%2 == 0)
		case model.KindMode:
			f.SetMode(&s, model.Modes[int(r.byte())%len(model.Modes)])
		case model.KindChoice:
			f.SetChoice(&s, f.Choices[int(r.byte())%len(f.Choices)])
		case model.KindMonth:
			if b := r.byte(); b%4 != 0 {
				f.SetMonth(&s, model.YearMonth{Year: 2009 + int(r.byte())%192, Month: 1 + int(b)%12})
			}
		case model.KindText:
			f.SetText(&s, names[int(r.byte())%len(names)])
		}
	}
	s.HasTreasury = r.byte()%2 == 0
	s.HasFinance = r.byte()%2 == 0
	if n := int(r.byte()) % 8; n > 0 {
		s.AI.Phases = phasesFrom(r, s, 1+(n-1)*(model.MaxPhases-1)/6) // 1 to 24 phases
	}
	// Few paths: the Monte Carlo's arithmetic is the same for a hundred
	// as for a million.
	s.Risk.Paths = 100 + int(r.byte())
	if repair {
		repairScenario(&s)
	}
	return s, repair
}

// phasesFrom delivers up to the site's power in n phases, each of a share
// of what is left (a tiny one, or the rest), live anywhere in the horizon.
func phasesFrom(r *bytesReader, s model.Scenario, n int) []model.Phase {
	left := s.Site.PowerMW
	var phases []model.Phase
	for range n {
		var mw decimal.Decimal
		switch r.byte() % 4 {
		case 0:
			mw = left
		case 1:
			mw = left.Shift(-int32(1 + r.byte()%30))
		default:
			mw = left.Mul(decimal.NewFromFloat(r.unit())).Round(int32(r.byte() % 10))
		}
		if !mw.IsPositive() || mw.GreaterThan(left) {
			break
		}
		left = left.Sub(mw)
		phases = append(phases, model.Phase{MW: mw, Live: s.Start.AddMonths(int(r.byte()) % s.HorizonMonths)})
	}
	return phases
}

// numberIn picks a value for a numeric field; ok is false to keep the default.
func numberIn(r *bytesReader, f model.Field, s *model.Scenario) (decimal.Decimal, bool) {
	lo, hi := f.Min, f.Max
	hair := decimal.New(1, -int32(1+r.byte()%40)) // 1e-1 … 1e-40
	if f.Kind == model.KindInteger {
		hair = decimal.NewFromInt(1)
	}
	if f.MinExclusive {
		lo = lo.Add(hair)
	}
	if f.MaxExclusive {
		hi = hi.Sub(hair)
	}
	clamp := func(v decimal.Decimal) decimal.Decimal { return decimal.Min(hi, decimal.Max(lo, v)) }
	switch r.byte() % 10 {
	case 0, 1:
		return decimal.Decimal{}, false
	case 2:
		return lo, true
	case 3:
		return hi, true
	case 4: // a hair inside a bound
		if r.byte()%2 == 0 {
			return clamp(f.Min.Add(hair)), true
		}
		return clamp(f.Max.Sub(hair)), true
	case 5: // a tiny or a huge magnitude, as far as the range allows
		exp := int32(r.byte()%64) - 40
		if r.byte()%8 == 0 {
			exp = -int32(r.byte())*40 - 40 // down to 1e-10240, past what a file holds; Check refuses those
		}
		return clamp(decimal.New(1+int64(r.byte()%9), exp)), true
	case 6, 7: // evenly
		loF, hiF := lo.InexactFloat64(), hi.InexactFloat64()
		return clamp(decimal.NewFromFloat(loF + r.unit()*(hiF-loF)).Round(int32(r.byte() % 12))), true
	default: // on a log scale over the positive part
		loF := math.Max(lo.InexactFloat64(), 1e-6)
		hiF := hi.InexactFloat64()
		if hiF <= loF {
			return lo, true
		}
		v := math.Exp(math.Log(loF) + r.unit()*(math.Log(hiF)-math.Log(loF)))
		return clamp(decimal.NewFromFloat(v).Round(int32(r.byte() % 12))), true
	}
}

// repairScenario makes the rules between keys hold, as a person fixing a
// refused file would: the treasury's keys in order; with phases, no
// converted MW or conversion months of its own; with a contract value, a
// term, no rate and someone in the hall; a prepayment credited within the
// horizon; and the fleet within the network (a shrinking network turned
// flat, then a larger network, then a less efficient fleet).
func repairScenario(s *model.Scenario) {
	def := model.Default()
	s.Treasury.BTCToSell = decimal.Min(s.Treasury.BTCToSell, s.Treasury.BTCHeld)
	s.Treasury.LiquidationLTVPct = decimal.Max(s.Treasury.LiquidationLTVPct, s.Treasury.MarginCallLTVPct)
	if len(s.AI.Phases) > 0 {
		s.AI.ConvertedMW, s.AI.ConversionMonths = decimal.NullDecimal{}, def.AI.ConversionMonths
	} else if cm := s.AI.ConvertedMW; cm.Valid && cm.Decimal.GreaterThan(s.Site.PowerMW) {
		s.AI.ConvertedMW = decimal.NewNullDecimal(s.Site.PowerMW)
	}
	if c := &s.AI.Colocation; c.ContractValueUSD.Valid {
		c.TermMonths, c.RateUSDPerKWMonth = max(c.TermMonths, 1), def.AI.Colocation.RateUSDPerKWMonth
		if !c.OccupancyPct.IsPositive() {
			c.OccupancyPct = def.AI.Colocation.OccupancyPct
		}
	}
	if s.AI.PrepaymentUSD.IsPositive() {
		first := firstLive(*s)
		if first > s.HorizonMonths {
			s.AI.PrepaymentUSD = decimal.Zero
		} else {
			s.AI.PrepaymentCreditMonths = min(s.AI.PrepaymentCreditMonths, s.HorizonMonths-first+1)
		}
	}
	network, _ := model.FieldByKey("bitcoin.network_hashrate_eh")
	efficiency, _ := model.FieldByKey("mining.efficiency_j_per_th")
	if fleetRefused(*s) && s.Bitcoin.HashrateGrowthPctPerYear.IsNegative() {
		s.Bitcoin.HashrateGrowthPctPerYear = decimal.Zero
	}
	for fleetRefused(*s) && s.Bitcoin.NetworkHashrateEH.LessThan(network.Max) {
		s.Bitcoin.NetworkHashrateEH = decimal.Min(network.Max, s.Bitcoin.NetworkHashrateEH.Shift(3))
	}
	for fleetRefused(*s) && s.Mining.EfficiencyJPerTH.LessThan(efficiency.Max) {
		s.Mining.EfficiencyJPerTH = decimal.Min(efficiency.Max, s.Mining.EfficiencyJPerTH.Shift(3))
	}
}

// firstLive is the first live month of the pivot (spec §10): its earliest
// phase's, or the month after the conversion.
func firstLive(s model.Scenario) int {
	if len(s.AI.Phases) == 0 {
		return s.AI.ConversionMonths + 1
	}
	first := s.AI.Phases[0].Live.MonthsSince(s.Start) + 1
	for _, p := range s.AI.Phases[1:] {
		first = min(first, p.Live.MonthsSince(s.Start)+1)
	}
	return first
}

// fleetRefused reports whether Validate refuses the network for the fleet.
func fleetRefused(s model.Scenario) bool {
	var problems model.ValidationError
	if err := model.Validate(s); err != nil {
		problems, _ = err.(model.ValidationError)
	}
	network, _ := model.FieldByKey("bitcoin.network_hashrate_eh")
	for _, p := range problems {
		// The network's key refused while its own range holds it: the fleet rule.
		if p.Key == network.Key && network.Check(s.Bitcoin.NetworkHashrateEH) == nil {
			return true
		}
	}
	return false
}
