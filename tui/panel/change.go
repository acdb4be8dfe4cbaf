package panel

import (
	"strconv"

	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
	"github.com/shopspring/decimal"
)

// changeKind is how a figure's change against a pinned baseline is written
// and which way is better.
type changeKind int

const (
	changeNone   changeKind = iota // text with no number to compare
	changeMoney                    // dollars, more is better (revenue, EBITDA, NPV)
	changeCost                     // dollars, less is better (capex, cost per BTC)
	changeCount                    // a quantity, neither better nor worse (hashrate, GPUs)
	changePoints                   // a percent, more is better (IRR), in points
	changeMonths                   // months, fewer are better (payback, months to go live)
)

// change writes a figure's change against the same figure of the baseline,
// with its sign: "+$3.2M", "−1.4 pt", "+6 mo", "±0". A figure that has no
// number on either side, or that measures another thing there (GPUs
// against leased MW), reads "—".
func change(now, base figure) (string, theme.Tone) {
	if now.change == changeNone || now.change != base.change || now.label != base.label || now.unit != base.unit {
		return "", theme.ToneNormal
	}
	if !now.num.Valid || !base.num.Valid {
		return "—", theme.ToneDim
	}
	d := now.num.Decimal.Sub(base.num.Decimal)
	var magnitude string
	switch now.change {
	case changeMoney, changeCost:
		magnitude = format.USDShort(d.Abs())
	case changePoints:
		magnitude = format.Grouped(d.Abs(), 1) + " pt"
	case changeMonths:
		magnitude = strconv.FormatInt(d.Abs().IntPart(), 10) + " mo"
	default:
		places := int32(0)
		if d.Abs().LessThan(decimal.NewFromInt(10)) {
			places = 1
		}
		magnitude = format.Grouped(d.Abs(), places)
	}
	if magnitude == "$0" || magnitude == "0" || magnitude == "0.0" || magnitude == "0.0 pt" || magnitude == "0 mo" {
		return "±0", theme.ToneDim
	}
	sign, up := "+", d.IsPositive()
	if !up {
		sign = "−"
	}
	switch now.change {
	case changeCount:
		return sign + magnitude, theme.ToneDim
	case changeCost, changeMonths:
		up = !up // less is better
	}
	if up {
		return sign + magnitude, theme.ToneBetter
	}
	return sign + magnitude, theme.ToneWorse
}

// changeArrow is a change in one cell, for a column too narrow to write
// it: ▲ or ▼ in its tone, "" when there is none.
func changeArrow(now, base figure) (string, theme.Tone) {
	text, tone := change(now, base)
	switch {
	case text == "" || text == "—" || text == "±0":
		return "", tone
	case text[0] == '+':
		return "▲", tone
	}
	return "▼", tone
}

// withChanges writes each figure's change against the baseline's after its
// value, the changes right-aligned in a column of their own.
func withChanges(st *theme.Styles, values []string, figs, base []figure) {
	texts := make([]string, len(figs))
	tones := make([]theme.Tone, len(figs))
	w := 0
	for i := range figs {
		texts[i], tones[i] = change(figs[i], base[i])
		w = max(w, cells.Width(texts[i]))
	}
	for i := range values {
		values[i] += " " + st.Tone(tones[i], cells.Right(texts[i], w))
	}
}

func widestLine(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, cells.Width(l))
	}
	return w
}
