package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/pivot-tui/pivot-tui/tui/panel"
)

// The value prompt opens with the value selected: typing replaces it
// (enter, 5 gives 5, not 700005), the cursor keys keep it to edit in place.
func TestTypingReplacesThePrefilledValue(t *testing.T) {
	m := opened(t) // the BTC price, 70000, is selected
	m = update(t, m, press("enter")...)
	if m.prompt == nil || !m.prompt.selected || m.prompt.input.Value() != "70000" {
		t.Fatalf("the prompt does not open with 70000 selected: %+v", m.prompt)
	}
	m = update(t, m, typeText("85k")...)
	if got := m.prompt.input.Value(); got != "85k" {
		t.Fatalf("typing 85k over the selection gives %q", got)
	}
	m = update(t, m, press("enter")...)
	if m.prompt != nil || !m.sc.Bitcoin.PriceUSD.Equal(dec("85000")) {
		t.Fatalf("85k gave %s (prompt open: %v)", m.sc.Bitcoin.PriceUSD, m.prompt != nil)
	}
	if !strings.Contains(screen(m), "BTC price: 70,000 USD → 85,000 USD") {
		t.Errorf("the status line does not report the edit:\n%s", lineWith(m, "BTC price:"))
	}

	for _, tc := range []struct {
		name string
		keys []tea.Msg
		want string
	}{
		{"← edits from the start", append(press("enter", "left"), typeText("1")...), "185000"},
		{"home edits from the start", append(press("enter", "home"), typeText("1")...), "185000"},
		{"→ edits from the end", append(press("enter", "right"), typeText("0")...), "850000"},
		{"end edits from the end", append(press("enter", "end", "backspace"), typeText("1")...), "85001"},
		{"backspace clears it", append(press("enter", "backspace"), typeText("9")...), "9"},
		{"delete clears it", append(press("enter", "delete"), typeText("9")...), "9"},
		{"a paste replaces it", []tea.Msg{keyMsg("enter"), tea.PasteMsg{Content: "$1.5M"}}, "$1.5M"},
		{"only the first character replaces", typeText("12"), "12"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := opened(t)
			m.sc.Bitcoin.PriceUSD = dec("85000")
			keys := tc.keys
			if keys[0] != keyMsg("enter") {
				keys = append(press("enter"), keys...)
			}
			m = update(t, m, keys...)
			if m.prompt == nil {
				t.Fatal("the prompt closed")
			}
			if got := m.prompt.input.Value(); got != tc.want {
				t.Errorf("value %q, want %q", got, tc.want)
			}
		})
	}

	// esc still cancels, and enter on the untouched selection keeps the value.
	m = opened(t)
	m = update(t, m, press("enter", "esc")...)
	if m.prompt != nil || m.dirty() {
		t.Error("esc on the selection left a prompt or a change")
	}
	m = update(t, m, press("enter", "enter")...)
	if m.prompt != nil || m.dirty() || !strings.Contains(screen(m), "BTC price unchanged") {
		t.Errorf("enter on the selection should keep the value:\n%s", lineWith(m, "BTC price"))
	}
}

// The selection is drawn: the value in the selection's colours, with
// nothing of the cursor's in it.
func TestSelectionIsDrawn(t *testing.T) {
	m := update(t, opened(t), press("enter")...)
	out := m.View().Content
	if !strings.Contains(out, m.st.Selection.Render("70000")) {
		t.Errorf("the pre-filled value is not drawn selected:\n%q", lineWith(m, "BTC price ("))
	}
	m = update(t, m, press("right")...)
	if strings.Contains(m.View().Content, m.st.Selection.Render("70000")) {
		t.Error("the value is still drawn selected after →")
	}
}

// The editor reads an analyst's shorthand, and refuses anything else with
// the range, changing nothing.
func TestTypedShorthandInTheEditor(t *testing.T) {
	m := opened(t)
	m.selKey = "site.power_price_usd_per_mwh"
	m = update(t, m, press("enter")...)
	m = update(t, m, typeText("52.5 $/MWh")...)
	m = update(t, m, press("enter")...)
	if m.prompt != nil || !m.sc.Site.PowerPriceUSDPerMWh.Equal(dec("52.5")) {
		t.Fatalf("52.5 $/MWh gave %s (prompt open %v)", m.sc.Site.PowerPriceUSDPerMWh, m.prompt != nil)
	}
	before := m.sc
	m = update(t, m, press("enter")...)
	m = update(t, m, typeText("45 €/MWh")...)
	m = update(t, m, press("enter")...)
	want := "Power price: 45 €/MWh is not a number: want one in [−1,000, 5,000] $/MWh"
	if m.prompt == nil || m.prompt.err != want {
		t.Errorf("45 €/MWh: %+v, want the error %q", m.prompt, want)
	}
	if m = update(t, m, press("esc")...); !panel.SameScenario(&m.sc, &before) {
		t.Error("a refused value changed the scenario")
	}
	m.selKey = "bitcoin.price_usd"
	m = update(t, m, press("enter")...)
	m = update(t, m, typeText("$1.5M")...)
	m = update(t, m, press("enter")...)
	if !m.sc.Bitcoin.PriceUSD.Equal(dec("1500000")) || !strings.Contains(screen(m), "BTC price: 70,000 USD → 1,500,000 USD") {
		t.Errorf("$1.5M gave %s:\n%s", m.sc.Bitcoin.PriceUSD, lineWith(m, "BTC price:"))
	}
}
