package model

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// specKeys are the keys of spec §2, §9 and §14, written out from the spec.
var specKeys = []string{
	"name", "start", "horizon_months", "discount_rate_pct",
	"site.power_mw", "site.power_price_usd_per_mwh", "site.power_price_growth_pct_per_year",
	"bitcoin.price_usd", "bitcoin.price_growth_pct_per_year", "bitcoin.network_hashrate_eh",
	"bitcoin.hashrate_growth_pct_per_year", "bitcoin.block_subsidy_btc", "bitcoin.fees_btc_per_block",
	"bitcoin.next_halving", "bitcoin.subsidy_after_halving_btc", "bitcoin.hashprice_usd_per_ph_day",
	"mining.efficiency_j_per_th", "mining.pue", "mining.uptime_pct", "mining.pool_fee_pct",
	"mining.opex_usd_per_mw_month", "mining.capex_usd_per_th", "mining.infrastructure_capex_usd",
	"mining.residual_pct", "mining.shutoff_when_unprofitable",
	"ai.mode", "ai.pue", "ai.conversion_months", "ai.mine_during_conversion", "ai.fitout_capex_usd_per_mw",
	"ai.fitout_residual_pct", "ai.opex_usd_per_mw_month",
	"ai.gpu.model", "ai.gpu.kw_per_gpu", "ai.gpu.capex_usd_per_gpu", "ai.gpu.rental_usd_per_gpu_hour",
	"ai.gpu.rental_growth_pct_per_year", "ai.gpu.utilization_pct", "ai.gpu.idle_power_pct", "ai.gpu.residual_pct",
	"ai.colocation.rate_usd_per_kw_month", "ai.colocation.escalator_pct_per_year", "ai.colocation.occupancy_pct",
	"treasury.btc_held", "treasury.loan_usd", "treasury.margin_call_ltv_pct", "treasury.liquidation_ltv_pct",
	"treasury.btc_to_sell",
	"finance.tax_rate_pct", "finance.asic_depreciation_years", "finance.gpu_depreciation_years",
	"finance.fitout_depreciation_years", "finance.debt_pct_of_capex", "finance.debt_rate_pct",
	"finance.debt_term_months", "finance.equity_discount_rate_pct",
	"risk.paths", "risk.seed", "risk.btc_volatility_pct", "risk.power_price_volatility_pct",
	"risk.hashrate_growth_sd_pct", "risk.rental_growth_sd_pct",
	// spec §10–§13
	"ai.converted_mw", "ai.capex_timing", "ai.build_months",
	"ai.prepayment_usd", "ai.prepayment_credit_months",
	"ai.colocation.escalator_step", "ai.colocation.term_months", "ai.colocation.renewal_pct",
	"ai.colocation.tenant_capex_pct", "ai.colocation.contract_value_usd",
	"mining.discount_rate_pct", "mining.exit_ev_ebitda", "ai.discount_rate_pct", "ai.exit_ev_ebitda",
	"mining.curtailment_pct", "mining.curtailment_credit_usd_per_mwh", "mining.demand_response_usd_per_mw_month",
	"ai.power_premium_usd_per_mwh", "ai.gpu.opex_usd_per_gpu_hour",
}

func TestFieldsCoverTheSpecKeys(t *testing.T) {
	var have []string
	for _, f := range Fields() {
		have = append(have, f.Key)
		if !slices.Contains(specKeys, f.Key) {
			t.Errorf("field %q is not a key of the spec", f.Key)
		}
	}
	for _, key := range specKeys {
		if !slices.Contains(have, key) {
			t.Errorf("spec key %q has no field", key)
		}
		if f, ok := FieldByKey(key); !ok || f.Key != key {
			t.Errorf("FieldByKey(%q) = %q, %v", key, f.Key, ok)
		}
	}
	if _, ok := FieldByKey("site.power"); ok {
		t.Error("FieldByKey found a key that does not exist")
	}
	f, _ := FieldByKey("ai.gpu.kw_per_gpu")
	if f.Section() != "ai.gpu" || f.Name() != "kw_per_gpu" {
		t.Errorf("ai.gpu.kw_per_gpu: section %q, name %q", f.Section(), f.Name())
	}
	f, _ = FieldByKey("horizon_months")
	if f.Section() != "" || f.Name() != "horizon_months" {
		t.Errorf("horizon_months: section %q, name %q", f.Section(), f.Name())
	}
}

func TestDefaultIsValid(t *testing.T) {
	if err := Validate(Default()); err != nil {
		t.Fatalf("Validate(Default()) = %v", err)
	}
	if w := Warnings(Default()); len(w) != 0 {
		t.Errorf("Warnings(Default()) = %q, want none", w)
	}
}

// validateOne sets one numeric field of the default scenario and validates it.
func validateOne(t *testing.T, key, value string) error {
	t.Helper()
	f, ok := FieldByKey(key)
	if !ok {
		t.Fatalf("no field %q", key)
	}
	// A small site over one month: the rule that the fleet fit in the
	// network (fleet.go) never refuses a value that one key's range allows.
	s := Default()
	s.Site.PowerMW, s.HorizonMonths = d("0.001"), 1
	f.SetDecimal(&s, d(value))
	return Validate(s)
}

// TestFieldBounds spells out the spec's ranges (§2): a value just inside each
// bound is accepted, one just outside is rejected with an error that names
// the key, the value and the allowed range.
func TestFieldBounds(t *testing.T) {
	type edge struct {
		key      string
		accepted []string
		rejected []string
	}
	percents := []string{"mining.uptime_pct", "mining.pool_fee_pct", "mining.residual_pct", "ai.fitout_residual_pct",
		"ai.gpu.utilization_pct", "ai.gpu.idle_power_pct", "ai.gpu.residual_pct", "ai.colocation.occupancy_pct",
		"discount_rate_pct"}
	growths := []string{"site.power_price_growth_pct_per_year", "bitcoin.price_growth_pct_per_year",
		"bitcoin.hashrate_growth_pct_per_year", "ai.gpu.rental_growth_pct_per_year", "ai.colocation.escalator_pct_per_year"}
	cases := []edge{
		{"site.power_mw", []string{"0.1", "50", "10000"}, []string{"0", "-1", "10000.1"}},
		{"mining.pue", []string{"1", "1.05", "3"}, []string{"0.99", "0", "3.01"}},
		{"ai.pue", []string{"1", "1.35", "3"}, []string{"0.99", "3.01"}},
		{"horizon_months", []string{"1", "60", "240"}, []string{"0", "-1", "241"}},
		{"ai.conversion_months", []string{"0", "12", "240"}, []string{"-1", "241"}},
		// spec §2: a negative power price happens (warned, not rejected)
		{"site.power_price_usd_per_mwh", []string{"-1000", "-5", "0", "5000"}, []string{"-1000.01", "5000.01"}},
		{"bitcoin.network_hashrate_eh", []string{"0.001", "1050"}, []string{"0", "-1"}},
		{"bitcoin.price_usd", []string{"0.01", "70000"}, []string{"0", "-70000"}},
		{"mining.efficiency_j_per_th", []string{"0.1", "16", "1000"}, []string{"0", "1000.1"}},
		// At least 10 W a GPU: below it a site's GPU count outgrows any hall
		// and the float64 the risk views sample in (1e-300 kW: 3.7e304 GPUs).
		{"ai.gpu.kw_per_gpu", []string{"0.01", "1.4", "1000"}, []string{"0", "-1.4", "0.0099", "1e-300", "1000.1"}},
		{"bitcoin.hashprice_usd_per_ph_day", []string{"0", "40", "10000"}, []string{"-0.01", "10000.01"}},
		{"mining.capex_usd_per_th", []string{"0", "18"}, []string{"-0.01"}},
		{"bitcoin.block_subsidy_btc", []string{"0", "3.125", "50"}, []string{"-0.1", "50.1"}},
		{"treasury.margin_call_ltv_pct", []string{"0.1", "80", "1000"}, []string{"0", "1000.1"}},
		{"treasury.liquidation_ltv_pct", []string{"90", "1000"}, []string{"0", "1000.1"}},
		{"risk.paths", []string{"100", "1000000"}, []string{"99", "1000001"}},
	}
	for _, key := range percents {
		cases = append(cases, edge{key, []string{"0", "0.1", "99.9", "100"}, []string{"-0.1", "100.1"}})
	}
	for _, key := range growths {
		// spec §2: growth rates lie in (−100, 1000]
		cases = append(cases, edge{key, []string{"-99.9", "0", "1000"}, []string{"-100", "-150", "1000.1"}})
	}
	for _, tc := range cases {
		for _, v := range tc.accepted {
			if err := validateOne(t, tc.key, v); err != nil {
				t.Errorf("%s = %s rejected: %v", tc.key, v, err)
			}
		}
		for _, v := range tc.rejected {
			err := validateOne(t, tc.key, v)
			var problems ValidationError
			if !errors.As(err, &problems) || len(problems) != 1 {
				t.Errorf("%s = %s: got %v, want one field error", tc.key, v, err)
				continue
			}
			f, _ := FieldByKey(tc.key)
			fe := problems[0]
			if fe.Key != tc.key || !d(fe.Value).Equal(d(v)) || fe.Allowed != f.Allowed() {
				t.Errorf("%s = %s: error %+v", tc.key, v, *fe)
			}
			for _, part := range []string{tc.key, fe.Value, f.Allowed()} {
				if !strings.Contains(err.Error(), part) {
					t.Errorf("%s = %s: message %q does not name %q", tc.key, v, err, part)
				}
			}
		}
	}
}

// roomyFor is the default scenario with room for a key's whole range under
// the rules between keys: a site as large as any converted MW, and a lease
// term for a contract value.
func roomyFor(key string) func(*Scenario) {
	return func(s *Scenario) {
		switch key {
		case "ai.converted_mw":
			s.Site.PowerMW = d("10000")
		case "ai.colocation.contract_value_usd":
			s.AI.Colocation.TermMonths = 120
		case "ai.prepayment_usd":
			s.AI.PrepaymentCreditMonths = 12 // months 13..24 of 60
		}
	}
}

// TestEveryNumericFieldHonoursItsRange walks the whole table: each bound is
// accepted unless it is exclusive, and a step past it is rejected.
func TestEveryNumericFieldHonoursItsRange(t *testing.T) {
	validateOne := func(t *testing.T, key, value string) error {
		f, _ := FieldByKey(key)
		s := defaultWith(roomyFor(key))
		f.SetDecimal(&s, d(value))
		return Validate(s)
	}
	for _, f := range Fields() {
		if !f.Numeric() {
			continue
		}
		step := d("0.01")
		if f.Kind == KindInteger {
			step = one
		}
		if err := validateOne(t, f.Key, f.Min.String()); (err == nil) == f.MinExclusive {
			t.Errorf("%s = min %s: err %v, exclusive %v", f.Key, f.Min, err, f.MinExclusive)
		}
		if err := validateOne(t, f.Key, f.Min.Sub(step).String()); err == nil {
			t.Errorf("%s = %s below the minimum accepted", f.Key, f.Min.Sub(step))
		}
		if err := validateOne(t, f.Key, f.Max.String()); (err == nil) == f.MaxExclusive {
			t.Errorf("%s = max %s: err %v, exclusive %v", f.Key, f.Max, err, f.MaxExclusive)
		}
		if f.Key != "risk.seed" { // the seed's maximum is the largest int64: nothing lies beyond it
			if err := validateOne(t, f.Key, f.Max.Add(step).String()); err == nil {
				t.Errorf("%s = %s above the maximum accepted", f.Key, f.Max.Add(step))
			}
		}
		if err := f.Check(f.Min.Sub(step)); err == nil || !strings.Contains(err.Error(), f.Allowed()) {
			t.Errorf("%s: Check below the minimum = %v", f.Key, err)
		}
	}
	horizon, _ := FieldByKey("horizon_months")
	if err := horizon.Check(d("12.5")); err == nil {
		t.Error("horizon_months = 12.5 accepted: months are whole")
	}
}

func TestFieldErrorMessage(t *testing.T) {
	err := validateOne(t, "site.power_mw", "0")
	want := "site.power_mw = 0 is out of range: want in (0, 10000] MW"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
	f, _ := FieldByKey("horizon_months")
	if got, want := f.Allowed(), "a whole number in [1, 240] months"; got != want {
		t.Errorf("horizon_months allowed %q, want %q", got, want)
	}
	f, _ = FieldByKey("bitcoin.hashrate_growth_pct_per_year")
	if got, want := f.Allowed(), "in (-100, 1000] %/yr"; got != want {
		t.Errorf("growth allowed %q, want %q", got, want)
	}
}

func TestValidateListsEveryProblem(t *testing.T) {
	s := Default()
	s.Site.PowerMW = d("0")
	s.Mining.PUE = d("0.99")
	s.HorizonMonths = 241
	err := Validate(s)
	var problems ValidationError
	if !errors.As(err, &problems) {
		t.Fatalf("Validate = %v, want a ValidationError", err)
	}
	var keys []string
	for _, p := range problems {
		keys = append(keys, p.Key)
	}
	if want := []string{"horizon_months", "site.power_mw", "mining.pue"}; !slices.Equal(keys, want) {
		t.Errorf("problems %q, want %q in file order", keys, want)
	}
}

func TestValidateTiesFieldsTogether(t *testing.T) {
	for _, tc := range []struct {
		name    string
		change  func(*Scenario)
		wantKey string
	}{
		{"sell more than held", func(s *Scenario) {
			s.HasTreasury = true
			s.Treasury.BTCHeld, s.Treasury.BTCToSell = d("100"), d("100.5")
		}, "treasury.btc_to_sell"},
		{"liquidation below margin call", func(s *Scenario) {
			s.HasTreasury = true
			s.Treasury.MarginCallLTVPct, s.Treasury.LiquidationLTVPct = d("80"), d("75")
		}, "treasury.liquidation_ltv_pct"},
		{"unknown mode", func(s *Scenario) { s.AI.Mode = "hybrid" }, "ai.mode"},
		{"month outside the calendar window", func(s *Scenario) { s.Start = YearMonth{1999, 1} }, "start"},
	} {
		var problems ValidationError
		if err := Validate(defaultWith(tc.change)); !errors.As(err, &problems) || len(problems) != 1 || problems[0].Key != tc.wantKey {
			t.Errorf("%s: Validate = %v, want one error on %s", tc.name, err, tc.wantKey)
		}
	}
	// Selling everything held, or margin call = liquidation, is legal.
	s := defaultWith(func(s *Scenario) {
		s.HasTreasury = true
		s.Treasury.BTCHeld, s.Treasury.BTCToSell = d("100"), d("100")
		s.Treasury.MarginCallLTVPct, s.Treasury.LiquidationLTVPct = d("80"), d("80")
	})
	if err := Validate(s); err != nil {
		t.Errorf("edge treasury rejected: %v", err)
	}
}

func TestWarnings(t *testing.T) {
	s := defaultWith(func(s *Scenario) {
		s.Site.PowerPriceUSDPerMWh = d("-5")
		s.AI.ConversionMonths = 60
	})
	w := Warnings(s)
	if len(w) != 2 || !strings.Contains(w[0], "site.power_price_usd_per_mwh") || !strings.Contains(w[1], "ai.conversion_months") {
		t.Errorf("Warnings = %q", w)
	}
}

func TestFieldParse(t *testing.T) {
	for _, tc := range []struct {
		key, text string
		wantErr   bool
		check     func(s Scenario) bool
	}{
		{"site.power_mw", "1_000", false, func(s Scenario) bool { return s.Site.PowerMW.Equal(d("1000")) }},
		{"site.power_mw", " 12.5 ", false, func(s Scenario) bool { return s.Site.PowerMW.Equal(d("12.5")) }},
		{"site.power_mw", "0", true, nil},
		{"site.power_mw", "fifty", true, nil},
		{"bitcoin.price_usd", "68_524", false, func(s Scenario) bool { return s.Bitcoin.PriceUSD.Equal(d("68524")) }},
		{"horizon_months", "120", false, func(s Scenario) bool { return s.HorizonMonths == 120 }},
		{"horizon_months", "12.5", true, nil},
		{"horizon_months", "241", true, nil},
		{"bitcoin.next_halving", "2032-04", false, func(s Scenario) bool { return s.Bitcoin.NextHalving == YearMonth{2032, 4} }},
		{"bitcoin.next_halving", "2032-4", true, nil},
		{"start", "2300-01", true, nil},
		{"ai.mode", "colocation", false, func(s Scenario) bool { return s.AI.Mode == ModeColocation }},
		{"ai.mode", "hybrid", true, nil},
		{"mining.shutoff_when_unprofitable", "false", false, func(s Scenario) bool { return !s.Mining.ShutoffWhenUnprofitable }},
		{"ai.mine_during_conversion", "true", false, func(s Scenario) bool { return s.AI.MineDuringConversion }},
		{"ai.mine_during_conversion", "maybe", true, nil},
		{"bitcoin.hashprice_usd_per_ph_day", "40", false, func(s Scenario) bool {
			return s.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid && s.Bitcoin.HashpriceOverrideUSDPerPHDay.Decimal.Equal(d("40"))
		}},
		{"bitcoin.hashprice_usd_per_ph_day", "-1", true, nil},
		{"ai.gpu.model", "B200", false, func(s Scenario) bool { return s.AI.GPU.Model == "B200" }},
		{"name", "Cango site 7", false, func(s Scenario) bool { return s.Name == "Cango site 7" }},
	} {
		f, ok := FieldByKey(tc.key)
		if !ok {
			t.Fatalf("no field %q", tc.key)
		}
		s := Default()
		err := f.Parse(&s, tc.text)
		var fe *FieldError
		switch {
		case tc.wantErr && !errors.As(err, &fe):
			t.Errorf("%s.Parse(%q) = %v, want a FieldError", tc.key, tc.text, err)
		case tc.wantErr && (fe.Key != tc.key || !strings.Contains(err.Error(), tc.key)):
			t.Errorf("%s.Parse(%q): error %q does not name the key", tc.key, tc.text, err)
		case !tc.wantErr && err != nil:
			t.Errorf("%s.Parse(%q) = %v", tc.key, tc.text, err)
		case !tc.wantErr && !tc.check(s):
			t.Errorf("%s.Parse(%q) did not set the value (now %q)", tc.key, tc.text, f.Format(&s))
		}
		if def := Default(); tc.wantErr && f.Format(&s) != f.Format(&def) {
			t.Errorf("%s.Parse(%q) failed but changed the value to %q", tc.key, tc.text, f.Format(&s))
		}
	}
}

func TestOptionalFieldIsClearedByEmptyText(t *testing.T) {
	f, _ := FieldByKey("bitcoin.hashprice_usd_per_ph_day")
	s := Default()
	if f.IsSet(&s) || f.Format(&s) != "" {
		t.Fatal("the default scenario has a hashprice override")
	}
	if err := f.Parse(&s, "45.5"); err != nil || !f.IsSet(&s) || f.Format(&s) != "45.5" {
		t.Fatalf("Parse(45.5): %v, set %v, %q", err, f.IsSet(&s), f.Format(&s))
	}
	if v, ok := f.Decimal(&s); !ok || !v.Equal(d("45.5")) {
		t.Errorf("Decimal = %s, %v", v, ok)
	}
	if err := f.Parse(&s, "  "); err != nil || f.IsSet(&s) || s.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid {
		t.Errorf("Parse(blank) = %v, still set %v", err, f.IsSet(&s))
	}
	if _, ok := f.Decimal(&s); ok {
		t.Error("a cleared optional field still reads as a number")
	}
}

// TestFormatParseRoundTrip: every field written as a file holds it reads back unchanged.
func TestFormatParseRoundTrip(t *testing.T) {
	s := Default()
	s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("41.23"))
	for _, f := range Fields() {
		text := f.Format(&s)
		back := Default()
		if err := f.Parse(&back, text); err != nil {
			t.Errorf("%s: Parse(Format) = %v", f.Key, err)
			continue
		}
		if got := f.Format(&back); got != text {
			t.Errorf("%s: %q read back as %q", f.Key, text, got)
		}
	}
}
