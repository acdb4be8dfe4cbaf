package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

func TestPresetsLoadAndValidate(t *testing.T) {
	presets := Presets()
	var names []string
	for _, p := range presets {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, " "); got != "default cango-2026 terawulf-fluidstack core-scientific-coreweave cipher-aws iren-microsoft hut8-river-bend b200-cloud post-halving-squeeze" {
		t.Fatalf("presets %s", got)
	}
	for _, p := range presets {
		t.Run(p.Name, func(t *testing.T) {
			lines := strings.SplitN(p.Source, "\n", 3)
			if !strings.HasPrefix(lines[0], "# "+p.Name+": ") || p.Description == "" || strings.Contains(p.Description, "\n") {
				t.Errorf("first line %q, want \"# %s: <description>\"", lines[0], p.Name)
			}
			if !strings.HasPrefix(lines[1], "# Source: ") || len(p.Citation) < 40 {
				t.Errorf("second line %q, want \"# Source: <where the figures come from>\"", lines[1])
			}
			s, err := Preset(p.Name)
			if err != nil {
				t.Fatal(err)
			}
			if err := model.Validate(s); err != nil {
				t.Errorf("Validate: %v", err)
			}
			source, err := PresetSource(p.Name)
			if err != nil || string(source) != p.Source {
				t.Errorf("PresetSource disagrees with Presets: %v", err)
			}
			// Each preset is a file a user can copy: it loads the same from disk.
			loaded, err := Load(writeTempFile(t, p.Name+".toml", p.Source))
			if err != nil {
				t.Fatal(err)
			}
			assertSameScenario(t, s, loaded)
		})
	}
}

func TestDefaultPresetIsDefault(t *testing.T) {
	s, err := Preset("default")
	if err != nil {
		t.Fatal(err)
	}
	assertSameScenario(t, model.Default(), s)
	if s.Name != "Example site" {
		t.Errorf("name %q", s.Name)
	}
}

// The figures each preset is meant to carry, from the domain brief.
func TestPresetFigures(t *testing.T) {
	tests := []struct {
		preset   string
		treasury bool
		want     map[string]string // key → value as Field.Format writes it
	}{
		{"cango-2026", true, map[string]string{
			"start": "2026-03", "bitcoin.price_usd": "68524", "bitcoin.network_hashrate_eh": "1000",
			"bitcoin.fees_btc_per_block": "0.03", "bitcoin.next_halving": "2028-04",
			"mining.efficiency_j_per_th": "21.5", "mining.capex_usd_per_th": "0",
			"site.power_mw": "100", "site.power_price_usd_per_mwh": "50", "ai.mode": "gpu_cloud",
			"treasury.btc_held": "7475", "treasury.btc_to_sell": "4451", "treasury.loan_usd": "400000000",
			"treasury.margin_call_ltv_pct": "80", "treasury.liquidation_ltv_pct": "90",
			"finance.tax_rate_pct": "21", "finance.gpu_depreciation_years": "5", "finance.debt_pct_of_capex": "50",
			"finance.debt_rate_pct": "9", "finance.debt_term_months": "48",
		}},
		// The deals as announced (scenarios/presets/*.toml cite the sources).
		{"terawulf-fluidstack", false, map[string]string{
			"ai.mode": "colocation", "ai.colocation.contract_value_usd": "3700000000", "ai.colocation.term_months": "120",
			"ai.colocation.escalator_step": "annual", "site.power_mw": "250", "ai.pue": "1.25",
		}},
		{"core-scientific-coreweave", false, map[string]string{
			"ai.colocation.contract_value_usd": "8700000000", "ai.colocation.term_months": "144",
			"ai.colocation.tenant_capex_pct": "80",
		}},
		{"cipher-aws", false, map[string]string{
			"ai.colocation.contract_value_usd": "5500000000", "ai.colocation.term_months": "180",
		}},
		{"iren-microsoft", false, map[string]string{
			"ai.mode": "gpu_cloud", "ai.gpu.model": "GB300", "ai.prepayment_usd": "1940000000", "site.power_mw": "750",
		}},
		{"hut8-river-bend", false, map[string]string{
			"ai.colocation.contract_value_usd": "7000000000", "ai.colocation.term_months": "180", "site.power_mw": "330",
		}},
		{"b200-cloud", false, map[string]string{
			"ai.mode": "gpu_cloud", "ai.gpu.model": "B200", "ai.gpu.kw_per_gpu": "1.9",
			"ai.gpu.capex_usd_per_gpu": "55000", "ai.gpu.rental_usd_per_gpu_hour": "5.3",
		}},
		{"post-halving-squeeze", false, map[string]string{
			"site.power_price_usd_per_mwh": "75", "mining.efficiency_j_per_th": "25",
			"start": "2027-01", "horizon_months": "60", "bitcoin.next_halving": "2028-04",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.preset, func(t *testing.T) {
			s, err := Preset(tt.preset)
			if err != nil {
				t.Fatal(err)
			}
			if s.HasTreasury != tt.treasury {
				t.Errorf("HasTreasury = %v, want %v", s.HasTreasury, tt.treasury)
			}
			// Only the case that started it is financed: the deals as announced are not.
			if want := tt.preset == "cango-2026"; s.HasFinance != want {
				t.Errorf("HasFinance = %v, want %v", s.HasFinance, want)
			}
			for key, want := range tt.want {
				f, _ := model.FieldByKey(key)
				if got := f.Format(&s); got != want {
					t.Errorf("%s = %s, want %s", key, got, want)
				}
			}
		})
	}
}

func TestUnknownPreset(t *testing.T) {
	_, err := Preset("moon-base")
	want := `unknown preset "moon-base": want one of default, cango-2026, terawulf-fluidstack, core-scientific-coreweave, cipher-aws, iren-microsoft, hut8-river-bend, b200-cloud, post-halving-squeeze`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	if _, err := PresetSource("moon-base"); err == nil {
		t.Error("PresetSource accepted an unknown name")
	}
}

// The default preset is the file Marshal writes for the defaults, under the
// preset's two header lines: every key with its unit, comment and (for part
// two's keys) range, as `pivot-tui preset default` prints it.
func TestDefaultPresetIsMarshalled(t *testing.T) {
	source, err := PresetSource("default")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(source), "\n", 4)
	marshalled := strings.SplitN(string(Marshal(model.Default())), "\n", 2)[1]
	if got, want := lines[3], marshalled; got != want {
		t.Errorf("presets/default.toml is not Marshal(model.Default()) under its header:\n%s", got)
	}
	for _, f := range model.Fields() {
		if !strings.Contains(string(source), f.Name()+" = ") {
			t.Errorf("the default preset lacks %s", f.Key)
		}
	}
}

// The deal presets come out as announced: each lease's rent over its term
// is its contract value, and its derived month-1 rate lies below the deal's
// average, which its escalator reaches over the term.
func TestDealPresets(t *testing.T) {
	for _, tc := range []struct {
		preset       string
		average      string // the deal's average rent, $/kW-month: value / years / 12 / critical MW
		low, high    string // where the derived month-1 rate must lie
		contractUSD  string
		fullTermRent bool // the whole term lies within the horizon
	}{
		{"terawulf-fluidstack", "154", "130", "140", "3700000000", true},
		{"core-scientific-coreweave", "121", "105", "121", "8700000000", true},
		{"cipher-aws", "102", "85", "102", "5500000000", true},
		{"hut8-river-bend", "159", "125", "159", "7000000000", true},
	} {
		t.Run(tc.preset, func(t *testing.T) {
			s, err := Preset(tc.preset)
			if err != nil {
				t.Fatal(err)
			}
			res := model.Evaluate(s)
			rate := res.AI.ColoRateUSDPerKWMonth
			if !rate.Valid || rate.Decimal.LessThan(d(tc.low)) || rate.Decimal.GreaterThan(d(tc.high)) {
				t.Errorf("derived month-1 rate %v, want %s to %s (the deal's average is $%s)", rate, tc.low, tc.high, tc.average)
			}
			// The rent over the term, rebuilt from the rows: the lease's months less
			// whatever the site still mines in them.
			mining := res.Mining.Months
			rent := d("0")
			first := res.AI.FirstLiveMonth
			for i := first - 1; i < first-1+s.AI.Colocation.TermMonths && i < len(res.AI.Months); i++ {
				rent = rent.Add(res.AI.Months[i].RevenueUSD)
				if share := pivotMiningShare(s, res, i); !share.IsZero() {
					rent = rent.Sub(mining[i].RevenueUSD.Mul(share))
				}
			}
			if diff := rent.Sub(d(tc.contractUSD)).Abs(); tc.fullTermRent && diff.GreaterThan(d("0.01")) {
				t.Errorf("rent over the term %s, want the contract value %s", rent.StringFixed(2), tc.contractUSD)
			}
		})
	}
	// IREN: 4 halls × floor(62.5 MW × 1000 / (1.25 × 1.9 kW)) = 4 × 26,315 GPUs, the 20 % prepayment,
	// and AI ahead at the contract's $2.12 with a break-even below it.
	s, err := Preset("iren-microsoft")
	if err != nil {
		t.Fatal(err)
	}
	res := model.Evaluate(s)
	if !res.AI.GPUs.Decimal.Equal(d("105260")) || !res.AI.PrepaymentUSD.Equal(d("1940000000")) || res.Verdict.Winner != model.WinnerAI ||
		!res.Breakeven.GPURateUSDPerGPUHour.Decimal.LessThan(d("2.12")) {
		t.Errorf("iren-microsoft: %s GPUs, prepayment %s, %s wins, break-even %v", res.AI.GPUs.Decimal, res.AI.PrepaymentUSD,
			res.Verdict.Winner, res.Breakeven.GPURateUSDPerGPUHour)
	}
}

// pivotMiningShare is the share of the site the pivot still mines in month
// i+1: the kept MW and, while it mines during conversion, the MW of every
// phase not yet live.
func pivotMiningShare(s model.Scenario, res model.Result, i int) decimal.Decimal {
	mw := res.AI.MiningMW
	for _, p := range res.AI.Phases {
		if s.AI.MineDuringConversion && p.LiveMonth > i+1 {
			mw = mw.Add(p.MW)
		}
	}
	return mw.Div(s.Site.PowerMW)
}
