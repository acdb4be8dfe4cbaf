package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

func d(text string) decimal.Decimal { return decimal.RequireFromString(text) }

// odd is a valid scenario far from the defaults: long decimals, a set
// override, awkward text, a treasury, colocation.
func odd() model.Scenario {
	s := model.Default()
	s.Name = "Quotes \" and \\ back\\slash, 'single', # not a comment, ünïcødé 🚀 \u00a0 \u200b"
	s.Start = model.MustYearMonth("2030-12")
	s.HorizonMonths = 240
	s.DiscountRatePct = d("0.000000000000000000001")
	s.Site.PowerMW = d("10000")
	s.Site.PowerPriceUSDPerMWh = d("-45.123456789012345678")
	s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("41.2300"))
	s.Bitcoin.NetworkHashrateEH = d("1e3")
	s.Mining.ShutoffWhenUnprofitable = false
	s.AI.Mode = model.ModeColocation
	s.AI.MineDuringConversion = true
	s.AI.GPU.Model = ""
	s.HasTreasury = true
	s.Treasury.BTCHeld = d("21000000")
	s.Treasury.BTCToSell = d("0.00000001")
	s.Risk.Seed = 9223372036854775807
	return s
}

func TestMarshalRoundTrip(t *testing.T) {
	cases := map[string]model.Scenario{"default": model.Default(), "odd": odd()}
	noTreasury := odd()
	noTreasury.HasTreasury = false
	cases["treasury values but no treasury"] = noTreasury
	extreme := model.Default()
	extreme.Site.PowerMW = d("1e-9999") // in range, and 10001 characters as String writes it
	extreme.Treasury.LoanUSD = d("999999999999.999999999999999999999999999999999999999999999999999999999")
	extreme.HasTreasury = true
	cases["extreme decimals"] = extreme
	cases["a phased, contracted, curtailed deal"] = deal()
	gpuDeal := deal()
	gpuDeal.AI.Mode = model.ModeGPUCloud
	gpuDeal.AI.Colocation.ContractValueUSD = decimal.NullDecimal{}
	gpuDeal.AI.Phases = nil
	gpuDeal.AI.ConvertedMW, gpuDeal.AI.ConversionMonths = nullOf("60.125"), 7
	cases["a partial GPU cloud"] = gpuDeal
	for _, p := range Presets() {
		s, err := Preset(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		cases["preset "+p.Name] = s
	}
	for name, s := range cases {
		t.Run(name, func(t *testing.T) {
			if err := model.Validate(s); err != nil {
				t.Fatalf("test scenario invalid: %v", err)
			}
			text := Marshal(s)
			got, err := Parse("x.toml", text)
			if err != nil {
				t.Fatalf("%v\n%s", err, text)
			}
			assertSameScenario(t, s, got)
			// Without a treasury, the commented-out table keeps the scenario's
			// own treasury figures, which the reload then drops.
			if again := Marshal(got); s.HasTreasury && string(again) != string(text) {
				t.Errorf("Marshal is not canonical:\n%s\n---\n%s", text, again)
			}
		})
	}
}

func TestMarshalLayout(t *testing.T) {
	text := string(Marshal(model.Default()))
	lines := strings.Split(text, "\n")
	if !strings.HasPrefix(lines[0], "# pivot-tui scenario") {
		t.Errorf("first line %q, want the header comment", lines[0])
	}
	for _, want := range []string{
		"\n[site]\npower_mw = 50 ",
		"\n[bitcoin]\n",
		"\n[mining]\n",
		"\n[ai]\nmode = \"gpu_cloud\" ",
		"\n[ai.gpu]\nmodel = \"H100 SXM\" ",
		"\n[ai.colocation] ",
		"\n[risk] ",
		// Unset options and an absent treasury are shown, commented out.
		"\n# hashprice_usd_per_ph_day = 40 ",
		"\n# [treasury] ",
		"\n# btc_held = 0 ",
		// Comments carry the unit when the comment does not already name it.
		"# annual discount rate for NPV (%/yr)\n",
		"# grid capacity the site can draw, MW (> 0)\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Marshal output lacks %q", want)
		}
	}
	// Every key's comment starts in the same column.
	column := strings.Index(lines[1], "# ")
	for _, l := range lines[1:] {
		if l == "" || strings.HasPrefix(l, "[") || strings.HasPrefix(l, "# [") {
			continue
		}
		if i := strings.Index(l[2:], "# ") + 2; i != column {
			t.Errorf("comment at column %d, want %d: %q", i, column, l)
		}
	}
	if strings.Contains(text, "\n[treasury]") {
		t.Error("a scenario without a treasury must not write a [treasury] table")
	}

	s := model.Default()
	s.HasTreasury = true
	s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("33.5"))
	text = string(Marshal(s))
	for _, want := range []string{"\n[treasury] ", "\nbtc_held = 0 ", "\nhashprice_usd_per_ph_day = 33.5 "} {
		if !strings.Contains(text, want) {
			t.Errorf("Marshal output lacks %q", want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"45", "45"},
		{"-0.125", "-0.125"},
		{"1.50", "1.5"},
		{"1e-100", "1e-100"},
		{"-12300e-100", "-123e-98"},
		{"0e-100", "0"},
	}
	for _, tt := range tests {
		if got := formatNumber(d(tt.in)); got != tt.want {
			t.Errorf("formatNumber(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestTOMLString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{`a"b`, `"a\"b"`},
		{`a\b`, `"a\\b"`},
		{"a\nb\tc\rd", `"a\nb\tc\rd"`},
		{"\x00\x1f\x7f", `"\u0000\u001F\u007F"`},
		{"ünï 🚀", `"ünï 🚀"`},
		{"bad \xff byte", "\"bad \uFFFD byte\""},
	}
	for _, tt := range tests {
		if got := tomlString(tt.in); got != tt.want {
			t.Errorf("tomlString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
