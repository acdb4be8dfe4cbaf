package panel

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

func TestChange(t *testing.T) {
	n := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	f := func(label string, kind changeKind, v decimal.NullDecimal) figure {
		return figure{label: label, change: kind, num: v}
	}
	for _, c := range []struct {
		name      string
		now, base figure
		text      string
		tone      theme.Tone
	}{
		// −54,360,421 − (−57,560,421) = +3,200,000: a higher NPV is better.
		{"NPV up", f("NPV", changeMoney, n("-54360421")), f("NPV", changeMoney, n("-57560421")), "+$3.20M", theme.ToneBetter},
		{"NPV down", f("NPV", changeMoney, n("100")), f("NPV", changeMoney, n("1100")), "−$1.00k", theme.ToneWorse},
		{"capex up is worse", f("Capex", changeCost, n("60000000")), f("Capex", changeCost, n("53571429")), "+$6.43M", theme.ToneWorse},
		{"capex down is better", f("Capex", changeCost, n("1")), f("Capex", changeCost, n("2")), "−$1", theme.ToneBetter},
		// 15.4 − 16.8 = −1.4 points.
		{"IRR in points", f("IRR", changePoints, n("15.4")), f("IRR", changePoints, n("16.8")), "−1.4 pt", theme.ToneWorse},
		{"payback sooner", f("Payback", changeMonths, n("40")), f("Payback", changeMonths, n("44")), "−4 mo", theme.ToneBetter},
		{"hashrate", f("Hashrate", changeCount, n("3100.5")), f("Hashrate", changeCount, n("2976.2")), "+124", theme.ToneDim},
		{"a fraction", f("Hashrate", changeCount, n("3.25")), f("Hashrate", changeCount, n("1")), "+2.3", theme.ToneDim},
		{"no change", f("NPV", changeMoney, n("5.2")), f("NPV", changeMoney, n("5.4")), "±0", theme.ToneDim},
		{"never on one side", f("Payback", changeMonths, decimal.NullDecimal{}), f("Payback", changeMonths, n("44")), "—", theme.ToneDim},
		{"another measure", figure{label: "Capacity", unit: "GPUs", change: changeCount, num: n("5")},
			figure{label: "Capacity", unit: "MW", change: changeCount, num: n("1")}, "", theme.ToneNormal},
		{"text", f("Model", changeNone, decimal.NullDecimal{}), f("Model", changeNone, decimal.NullDecimal{}), "", theme.ToneNormal},
	} {
		text, tone := change(c.now, c.base)
		if text != c.text || tone != c.tone {
			t.Errorf("%s: got %q tone %d, want %q tone %d", c.name, text, tone, c.text, c.tone)
		}
	}
}

// Every figure of a card has a change against a baseline of the same mode,
// and the cards against themselves change by ±0 or, for no figure, "—";
// the same for a phased, contracted deal.
func TestCardsAgainstThemselves(t *testing.T) {
	for _, res := range []model.Result{model.Evaluate(model.Default()), dealResult()} {
		rows := figureRows(&res)
		for _, mining := range []bool{true, false} {
			figs := sideFigures(rows, mining)
			base := baseFigures(rows, rows, mining)
			for i, fig := range figs {
				text, _ := change(fig, base[i])
				switch {
				case fig.change == changeNone && (fig.label == "AI · mining" || fig.label == "Derived lease rate"):
					// text, or a rate that follows the contract: nothing to compare
				case fig.change == changeNone:
					t.Errorf("%s (mining %v) has no change", fig.label, mining)
				case fig.num.Valid && text != "±0", !fig.num.Valid && text != "—":
					t.Errorf("%s against itself: %q", fig.label, text)
				}
			}
		}
	}
}
