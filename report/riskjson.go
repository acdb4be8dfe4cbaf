package report

import (
	"math"
	"strconv"

	"github.com/pivot-tui/pivot-tui/model"
)

// usdFloat is a sampled dollar amount (the risk views work in float64),
// written as a JSON number to the cent. One that is not a finite number,
// which the model never gives, is missing (null), not invalid JSON.
type usdFloat float64

func (v usdFloat) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
		return []byte("null"), nil
	}
	return []byte(strconv.FormatFloat(float64(v), 'f', 2, 64)), nil
}

type jsonSpread struct {
	P10 usdFloat `json:"npv_p10"`
	P50 usdFloat `json:"npv_p50"`
	P90 usdFloat `json:"npv_p90"`
}

type jsonRisk struct {
	Paths   int     `json:"paths"`
	Seed    int64   `json:"seed"`
	PAIWins float64 `json:"p_ai_wins"`
	// Spec §15: null without a loan left after the sale.
	PMarginCall  *float64      `json:"p_margin_call"`
	PLiquidation *float64      `json:"p_liquidation"`
	Mining       jsonSpread    `json:"mining"`
	AI           jsonSpread    `json:"ai"`
	Advantage    jsonSpread    `json:"advantage"`
	Histogram    jsonHistogram `json:"histogram"`
}

type jsonHistogram struct {
	Edges  []usdFloat `json:"edges"`
	Counts []int      `json:"counts"`
}

type jsonSensitivity struct {
	HashpriceAxis []figure      `json:"hashprice_axis"`
	RateAxis      []figure      `json:"rate_axis"`
	Advantage     [][]usd       `json:"advantage"`
	Tornado       []jsonTornado `json:"tornado"`
}

type jsonTornado struct {
	Input         string `json:"input"`
	Key           string `json:"key"`
	LowValue      figure `json:"low_value"`
	HighValue     figure `json:"high_value"`
	LowAdvantage  usd    `json:"low_advantage"`
	HighAdvantage usd    `json:"high_advantage"`
}

func spreadJSON(s model.Spread) jsonSpread {
	return jsonSpread{P10: usdFloat(s.P10), P50: usdFloat(s.P50), P90: usdFloat(s.P90)}
}

func riskJSON(r model.RiskResult) jsonRisk {
	out := jsonRisk{
		Paths:     r.Paths,
		Seed:      r.Seed,
		PAIWins:   r.PAIWins,
		Mining:    spreadJSON(r.Mining),
		AI:        spreadJSON(r.AI),
		Advantage: spreadJSON(r.Advantage),
		Histogram: jsonHistogram{Counts: r.Counts[:]},
	}
	if r.LoanAtRisk {
		out.PMarginCall, out.PLiquidation = &r.PMarginCall, &r.PLiquidation
	}
	for _, e := range r.Edges {
		out.Histogram.Edges = append(out.Histogram.Edges, usdFloat(e))
	}
	return out
}

func sensitivityJSON(s model.Sensitivity) jsonSensitivity {
	var out jsonSensitivity
	hm := s.Heatmap
	for _, h := range hm.HashpriceAxis {
		out.HashpriceAxis = append(out.HashpriceAxis, figure(h))
	}
	for _, r := range hm.RateAxis {
		out.RateAxis = append(out.RateAxis, figure(r))
	}
	for _, row := range hm.Advantage {
		cells := make([]usd, len(row))
		for i, v := range row {
			cells[i] = usd(v)
		}
		out.Advantage = append(out.Advantage, cells)
	}
	for _, b := range s.Tornado {
		out.Tornado = append(out.Tornado, jsonTornado{
			Input: b.Input, Key: b.Key,
			LowValue: figure(b.LowValue), HighValue: figure(b.HighValue),
			LowAdvantage: usd(b.LowAdvantage), HighAdvantage: usd(b.HighAdvantage),
		})
	}
	return out
}
