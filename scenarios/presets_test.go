package scenarios

import (
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

func TestPresetsLoadAndValidate(t *testing.T) {
	presets := Presets()
	var names []string
	for _, p := range presets {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, " "); got != "default cango-2026 colocation-lease b200-cloud post-halving-squeeze" {
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
		}},
		{"colocation-lease", false, map[string]string{
			"ai.mode": "colocation", "horizon_months": "120", "ai.colocation.rate_usd_per_kw_month": "154",
			"ai.colocation.escalator_pct_per_year": "3", "site.power_mw": "200",
			"ai.fitout_capex_usd_per_mw": "9500000", "ai.pue": "1.3",
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
	want := `unknown preset "moon-base": want one of default, cango-2026, colocation-lease, b200-cloud, post-halving-squeeze`
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
