package scenarios

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

func TestParseEmptyFileIsDefault(t *testing.T) {
	for _, name := range []string{"empty.toml", "empty.json"} {
		data := ""
		if strings.HasSuffix(name, ".json") {
			data = "{}"
		}
		s, err := Parse(name, []byte(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		assertSameScenario(t, model.Default(), s)
		if s.HasTreasury {
			t.Errorf("%s: HasTreasury without a [treasury] table", name)
		}
	}
}

func TestParseExactNumbers(t *testing.T) {
	tests := []struct {
		name, file string
		key        string
		want       string // the exact decimal, as decimal.String writes it
	}{
		{"many digits", "[site]\npower_price_usd_per_mwh = 45.123456789012345678\n",
			"site.power_price_usd_per_mwh", "45.123456789012345678"},
		{"underscores", "[site]\npower_mw = 1_000\n", "site.power_mw", "1000"},
		{"exponent", "[mining]\nopex_usd_per_mw_month = 5e3\n", "mining.opex_usd_per_mw_month", "5000"},
		{"negative exponent", "[bitcoin]\nfees_btc_per_block = 25e-3\n", "bitcoin.fees_btc_per_block", "0.025"},
		{"float with underscores", "[treasury]\nbtc_held = 7_475.000_1\n", "treasury.btc_held", "7475.0001"},
		{"one tenth", "discount_rate_pct = 0.1\n", "discount_rate_pct", "0.1"},
		{"negative power price", "[site]\npower_price_usd_per_mwh = -12.5\n", "site.power_price_usd_per_mwh", "-12.5"},
		{"plus sign", "[bitcoin]\nprice_growth_pct_per_year = +7.25\n", "bitcoin.price_growth_pct_per_year", "7.25"},
		{"hex integer", "horizon_months = 0x3C\n", "horizon_months", "60"},
		{"whole float for an integer", "horizon_months = 36.0\n", "horizon_months", "36"},
		{"integer override", "[bitcoin]\nhashprice_usd_per_ph_day = 41\n", "bitcoin.hashprice_usd_per_ph_day", "41"},
		{"big seed", "[risk]\nseed = 9223372036854775807\n", "risk.seed", "9223372036854775807"},
		{"json one tenth", `{"site": {"power_price_usd_per_mwh": 0.1}}`, "site.power_price_usd_per_mwh", "0.1"},
		{"json many digits", `{"ai": {"gpu": {"rental_usd_per_gpu_hour": 2.349999999999999999999}}}`,
			"ai.gpu.rental_usd_per_gpu_hour", "2.349999999999999999999"},
		{"json exponent", `{"horizon_months": 1.2e1}`, "horizon_months", "12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "x.toml"
			if strings.HasPrefix(tt.name, "json") {
				name = "x.json"
			}
			s, err := Parse(name, []byte(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			f, _ := model.FieldByKey(tt.key)
			got, ok := f.Decimal(&s)
			if !ok || got.String() != tt.want || !got.Equal(decimal.RequireFromString(tt.want)) {
				t.Errorf("%s = %s (set %v), want exactly %s", tt.key, got, ok, tt.want)
			}
		})
	}
}

func TestParseValues(t *testing.T) {
	s, err := ParseTOML("x.toml", []byte(`
name = 'Site "A"'
start = "2026-03"
[bitcoin]
next_halving = "2028-05"
[mining]
shutoff_when_unprofitable = false
[ai]
mode = "colocation"
[ai.gpu]
model = """B200 \
           NVL"""
[treasury]
`))
	if err != nil {
		t.Fatal(err)
	}
	want := model.Default()
	want.Name = `Site "A"`
	want.Start = model.MustYearMonth("2026-03")
	want.Bitcoin.NextHalving = model.MustYearMonth("2028-05")
	want.Mining.ShutoffWhenUnprofitable = false
	want.AI.Mode = model.ModeColocation
	want.AI.GPU.Model = "B200 NVL"
	want.HasTreasury = true // an empty [treasury] table is a treasury at its defaults
	assertSameScenario(t, want, s)
}

// Every way TOML allows to write the same keys reads the same.
func TestParseTOMLForms(t *testing.T) {
	want := model.Default()
	want.Site.PowerMW = decimal.RequireFromString("80")
	want.AI.GPU.Model = "B200"
	want.AI.Colocation.OccupancyPct = decimal.RequireFromString("90")
	want.HasTreasury = true
	want.Treasury.BTCHeld = decimal.RequireFromString("12")

	forms := map[string]string{
		"tables": `
[site]
power_mw = 80
[ai.gpu]
model = "B200"
[ai.colocation]
occupancy_pct = 90
[treasury]
btc_held = 12
`,
		"dotted keys": `
site.power_mw = 80
ai.gpu.model = "B200"
ai.colocation.occupancy_pct = 90
treasury.btc_held = 12
`,
		"inline tables": `
site = { power_mw = 80 }
ai = { gpu = { model = "B200" }, colocation.occupancy_pct = 90 }
treasury = { btc_held = 12 }
`,
		"quoted keys": `
"site"."power_mw" = 80
[ai]
'gpu'.model = "B200"
[ai."colocation"]
"occupancy_pct" = 90
[treasury]
btc_held = 12
`,
		"dotted in a parent table": `
[ai]
gpu.model = "B200"
colocation.occupancy_pct = 90
[site]
power_mw = 80
[treasury]
btc_held = 12
`,
		"json": `{"site": {"power_mw": 80}, "ai": {"gpu": {"model": "B200"}, "colocation": {"occupancy_pct": 90}},
			"treasury": {"btc_held": 12}}`,
	}
	for name, text := range forms {
		t.Run(name, func(t *testing.T) {
			file := "x.toml"
			if name == "json" {
				file = "x.json"
			}
			s, err := Parse(file, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			assertSameScenario(t, want, s)
		})
	}
}

// Editors on Windows may open a file with a byte-order mark and end its
// lines with CRLF; TOML and JSON files alike are read as if they did not.
func TestParseWindowsFile(t *testing.T) {
	files := map[string]string{
		"x.toml": "\uFEFF[site]\r\npower_mw = 60\r\n",
		"x.json": "\uFEFF{\"site\": {\"power_mw\": 60}}\r\n",
	}
	for name, content := range files {
		s, err := Parse(name, []byte(content))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !s.Site.PowerMW.Equal(decimal.NewFromInt(60)) {
			t.Errorf("%s: power_mw = %s, want 60", name, s.Site.PowerMW)
		}
	}
	// Positions still count from the first character an editor shows.
	_, err := Parse("x.json", []byte("\uFEFF{\"site\": {\"power_mw\": 0}}"))
	if want := "x.json:1:23: site.power_mw: 0 is out of range: want in (0, 10000] MW"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

func TestJSONNullTreasuryIsAbsent(t *testing.T) {
	s, err := ParseJSON("x.json", []byte(`{"treasury": null, "bitcoin": {"hashprice_usd_per_ph_day": null}}`))
	if err != nil {
		t.Fatal(err)
	}
	if s.HasTreasury || s.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid {
		t.Errorf("HasTreasury %v, override set %v: want both absent", s.HasTreasury, s.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid)
	}
}

// badFile is a file that must not load. want is the exact error message,
// with FILE standing for the file's path.
type badFile struct {
	name, content string
	line, column  int
	key           string
	want          string
	is            error // a sentinel the error matches, or nil for a *model.FieldError
}

var badTOML = []badFile{
	{"typo key", "[site]\npowr_mw = 50\n", 2, 1, "site.powr_mw",
		"FILE:2:1: site.powr_mw: unknown key, did you mean site.power_mw?", ErrUnknownKey},
	{"key in the wrong table", "power_mw = 50\n", 1, 1, "power_mw",
		"FILE:1:1: power_mw: unknown key, did you mean site.power_mw?", ErrUnknownKey},
	{"unit left off", "[mining]\nuptime = 97\n", 2, 1, "mining.uptime",
		"FILE:2:1: mining.uptime: unknown key, did you mean mining.uptime_pct?", ErrUnknownKey},
	{"unknown key, no guess", "[site]\ncolour = 5\n", 2, 1, "site.colour",
		"FILE:2:1: site.colour: unknown key", ErrUnknownKey},
	{"quoted key with a dot", "\"site.power_mw\" = 50\n", 1, 1, `"site.power_mw"`,
		`FILE:1:1: "site.power_mw": unknown key, did you mean site.power_mw?`, ErrUnknownKey},
	{"unknown table", "[sitee]\npower_mw = 50\n", 1, 2, "sitee",
		"FILE:1:2: sitee: unknown table, did you mean [site]?", ErrUnknownTable},
	{"uptime out of range", "[mining]\nuptime_pct = 150\n", 2, 14, "mining.uptime_pct",
		"FILE:2:14: mining.uptime_pct: 150 is out of range: want in [0, 100] %", nil},
	{"out of range, quoted as written", "[site]\npower_mw = 1_000_000\n", 2, 12, "site.power_mw",
		"FILE:2:12: site.power_mw: 1_000_000 is out of range: want in (0, 10000] MW", nil},
	{"wrong type", "[site]\npower_mw = \"fifty\"\n", 2, 12, "site.power_mw",
		`FILE:2:12: site.power_mw: want a number, got the string "fifty"`, ErrType},
	{"bool for a number", "[site]\npower_mw = true\n", 2, 12, "site.power_mw",
		"FILE:2:12: site.power_mw: want a number, got true", ErrType},
	{"number for a string", "name = 5\n", 1, 8, "name",
		"FILE:1:8: name: want a string, got the number 5", ErrType},
	{"array for a number", "[site]\npower_mw = [50]\n", 2, 1, "site.power_mw",
		"FILE:2:1: site.power_mw: want a number, got an array", ErrType},
	{"date for a month", "start = 2026-03-01\n", 1, 9, "start",
		`FILE:1:9: start: want a month as a string, e.g. "2027-01", got the date 2026-03-01`, ErrType},
	{"bad month", "start = \"2026-13\"\n", 1, 9, "start",
		`FILE:1:9: start: "2026-13" is not a month: want YYYY-MM`, nil},
	{"month out of window", "start = \"1999-01\"\n", 1, 9, "start",
		"FILE:1:9: start: 1999-01 is out of range: want a month from 2009-01 to 2200-12", nil},
	{"infinity", "[site]\npower_mw = inf\n", 2, 12, "site.power_mw",
		"FILE:2:12: site.power_mw: want a number, got inf, which is not a finite number", ErrType},
	{"too many digits", "[site]\npower_mw = 1" + strings.Repeat("0", 1000) + "\n", 2, 12, "site.power_mw",
		"FILE:2:12: site.power_mw: want a number, got 100000000000000000000000…000000000000000 (1001 characters), which has too many digits", ErrType},
	{"exponent beyond reach", "[site]\npower_mw = 1e99999\n", 2, 12, "site.power_mw",
		"FILE:2:12: site.power_mw: want a number, got 1e99999, which is too large or too precise", ErrType},
	{"more significant digits than a file keeps", "[ai.gpu]\nkw_per_gpu = 1." + strings.Repeat("3", 100) + "\n", 2, 14, "ai.gpu.kw_per_gpu",
		"FILE:2:14: ai.gpu.kw_per_gpu: want a number, got 1.3333333333333333333333…333333333333333 (102 characters), which has more than 100 significant digits", ErrType},
	{"out of range by its last digit", "[mining]\nuptime_pct = 100." + strings.Repeat("0", 40) + "1\n", 2, 14, "mining.uptime_pct",
		"FILE:2:14: mining.uptime_pct: 100.00000000000000000000…000000000000001 (45 characters) is out of range: want in [0, 100] %", nil},
	// Free text that would drive the terminal it is printed on.
	{"escape in the name", "# board case\nname = \"Board\\u001b[2J\\u001b]0;pwned\\u0007\"\n", 2, 8, "name",
		`FILE:2:8: name: "Board\x1b[2J\x1b]0;pwned\a" is not allowed: want text without control characters (found ESC (U+001B) at character 6)`, nil},
	{"C1 in the GPU model", "[ai.gpu]\nmodel = \"H200\\u009b2J\"\n", 2, 9, "ai.gpu.model",
		`FILE:2:9: ai.gpu.model: "H200\u009b2J" is not allowed: want text without control characters (found CSI (U+009B) at character 5)`, nil},
	{"newline in the name", "name = \"\"\"two\nlines\"\"\"\n", 1, 8, "name",
		`FILE:1:8: name: "two\nlines" is not allowed: want text without control characters (found a newline (U+000A) at character 4)`, nil},
	{"tab in the name", "name = \"a\\tb\"\n", 1, 8, "name",
		`FILE:1:8: name: "a\tb" is not allowed: want text without control characters (found a tab (U+0009) at character 2)`, nil},
	{"DEL in the name", "name = \"a\\u007fb\"\n", 1, 8, "name",
		`FILE:1:8: name: "a\x7fb" is not allowed: want text without control characters (found DEL (U+007F) at character 2)`, nil},
	{"broken syntax", "[site\npower_mw = 50\n", 1, 6, "",
		"FILE:1:6: expected ']' to close table name", ErrSyntax},
	{"missing value", "[site]\npower_mw =\n", 2, 11, "",
		"FILE:2:11: unexpected character U+000A at start of value", ErrSyntax},
	{"zero power", "[site]\npower_mw = 0\n", 2, 12, "site.power_mw",
		"FILE:2:12: site.power_mw: 0 is out of range: want in (0, 10000] MW", nil},
	{"zero network hashrate", "[bitcoin]\nnetwork_hashrate_eh = 0\n", 2, 23, "bitcoin.network_hashrate_eh",
		"FILE:2:23: bitcoin.network_hashrate_eh: 0 is out of range: want in (0, 1000000] EH/s", nil},
	{"unknown mode", "[ai]\nmode = \"quantum\"\n", 2, 8, "ai.mode",
		`FILE:2:8: ai.mode: unknown AI mode "quantum": want "gpu_cloud" or "colocation"`, nil},
	{"absurd horizon", "horizon_months = 10000\n", 1, 18, "horizon_months",
		"FILE:1:18: horizon_months: 10000 is out of range: want a whole number in [1, 240] months", nil},
	{"zero horizon", "horizon_months = 0\n", 1, 18, "horizon_months",
		"FILE:1:18: horizon_months: 0 is out of range: want a whole number in [1, 240] months", nil},
	{"fractional horizon", "horizon_months = 60.5\n", 1, 18, "horizon_months",
		"FILE:1:18: horizon_months: 60.5 is out of range: want a whole number in [1, 240] months", nil},
	{"negative percent", "[ai.gpu]\nutilization_pct = -1\n", 2, 19, "ai.gpu.utilization_pct",
		"FILE:2:19: ai.gpu.utilization_pct: -1 is out of range: want in [0, 100] %", nil},
	{"growth at -100", "[bitcoin]\nprice_growth_pct_per_year = -100\n", 2, 29, "bitcoin.price_growth_pct_per_year",
		"FILE:2:29: bitcoin.price_growth_pct_per_year: -100 is out of range: want in (-100, 1000] %/yr", nil},
	{"selling more than held", "[treasury]\nbtc_held = 10\nbtc_to_sell = 11\n", 3, 15, "treasury.btc_to_sell",
		"FILE:3:15: treasury.btc_to_sell: 11 is out of range: want at most BTC held (treasury.btc_held), 10 BTC", nil},
	{"duplicate key", "[site]\npower_mw = 50\npower_mw = 60\n", 3, 1, "site.power_mw",
		"FILE:3:1: site.power_mw: defined twice (first at line 2)", ErrDuplicate},
	{"table twice", "[site]\npower_mw = 50\n[site]\n", 3, 2, "site",
		"FILE:3:2: site: table defined twice", ErrDuplicate},
	{"header after dotted keys", "site.power_mw = 50\n[site]\n", 2, 2, "site",
		"FILE:2:2: site: table defined twice", ErrDuplicate},
	{"dotted key into a header table", "[ai.gpu]\nmodel = \"x\"\n[ai]\ngpu.kw_per_gpu = 2\n", 4, 1, "ai.gpu.kw_per_gpu",
		"FILE:4:1: ai.gpu.kw_per_gpu: table ai.gpu is already defined; a dotted key cannot add to it", ErrDuplicate},
	{"header into an inline table", "ai = { mode = \"colocation\" }\n[ai.gpu]\n", 2, 2, "ai.gpu",
		"FILE:2:2: ai.gpu: table ai was written inline and cannot be extended", ErrDuplicate},
	{"array of tables", "[[site]]\npower_mw = 5\n", 1, 3, "site",
		"FILE:1:3: site: want a table [site], got an array of tables [[site]]", ErrType},
	{"value for a table", "site = 5\n", 1, 8, "site",
		"FILE:1:8: site: want a table, got the number 5", ErrType},
	// spec §10–§11's rules between keys: a key that must not be given is an error
	// even at its default value
	{"phases with conversion months", "[ai]\nconversion_months = 12\n[[ai.phases]]\nmw = 20\nlive = \"2028-01\"\n", 2, 21,
		"ai.conversion_months", "FILE:2:21: ai.conversion_months: not allowed with [[ai.phases]]: each phase's live month ends its conversion", nil},
	{"phases with converted MW", "[[ai.phases]]\nmw = 20\nlive = \"2028-01\"\n[ai]\nconverted_mw = 20\n", 5, 16,
		"ai.converted_mw", "FILE:5:16: ai.converted_mw: not allowed with [[ai.phases]]: the phases' MW are what converts", nil},
	{"contract value with a rate", "[ai.colocation]\nrate_usd_per_kw_month = 150\ncontract_value_usd = 3.7e9\nterm_months = 120\n", 2, 25,
		"ai.colocation.rate_usd_per_kw_month",
		"FILE:2:25: ai.colocation.rate_usd_per_kw_month: not allowed with Contract value (ai.colocation.contract_value_usd): it sets the month-1 rate", nil},
	{"contract value without a term", "[ai.colocation]\ncontract_value_usd = 3.7e9\n", 2, 22, "ai.colocation.term_months",
		"FILE:2:22: ai.colocation.term_months: 0 is out of range: want more than 0 with Contract value (ai.colocation.contract_value_usd): the term the value is paid over", nil},
	{"contract value with a term of 0", "[ai.colocation]\ncontract_value_usd = 3.7e9\nterm_months = 0\n", 3, 15, "ai.colocation.term_months",
		"FILE:3:15: ai.colocation.term_months: 0 is out of range: want more than 0 with Contract value (ai.colocation.contract_value_usd): the term the value is paid over", nil},
	{"phase live after the horizon", "[[ai.phases]]\nmw = 20\nlive = \"2032-01\"\n", 3, 8, "ai.phases[1].live",
		"FILE:3:8: ai.phases[1].live: 2032-01 is out of range: want a month within the horizon, 2027-01 to 2031-12", nil},
	{"phases above the site's power", "[[ai.phases]]\nmw = 30\nlive = \"2028-01\"\n[[ai.phases]]\nmw = 30\nlive = \"2028-06\"\n", 1, 3,
		"ai.phases", "FILE:1:3: ai.phases: 60 MW in all is out of range: want at most Power (site.power_mw), 50 MW", nil},
	{"prepayment credits past the horizon", "[ai]\nprepayment_usd = 1e8\nprepayment_credit_months = 49\n", 3, 28,
		"ai.prepayment_credit_months",
		"FILE:3:28: ai.prepayment_credit_months: 49 is out of range: want at most 48, so that the credits from the first live month (13) end by the horizon (60)", nil},
	{"converted MW above the site's power", "[ai]\nconverted_mw = 60\n", 2, 16, "ai.converted_mw",
		"FILE:2:16: ai.converted_mw: 60 is out of range: want at most Power (site.power_mw), 50 MW", nil},
	{"unknown capex timing", "[ai]\ncapex_timing = \"later\"\n", 2, 16, "ai.capex_timing",
		`FILE:2:16: ai.capex_timing: unknown value "later": want "upfront" or "build"`, nil},
	{"unknown escalator step", "[ai.colocation]\nescalator_step = \"weekly\"\n", 2, 18, "ai.colocation.escalator_step",
		`FILE:2:18: ai.colocation.escalator_step: unknown value "weekly": want "monthly" or "annual"`, nil},
	{"typo in a phase", "[[ai.phases]]\nmv = 20\nlive = \"2028-01\"\n", 2, 1, "ai.phases[1].mv",
		"FILE:2:1: ai.phases[1].mv: unknown key, did you mean mw?", ErrUnknownKey},
	{"phase without a live month", "[[ai.phases]]\nmw = 20\n", 1, 3, "ai.phases[1].live",
		"FILE:1:3: ai.phases[1].live: missing: every phase needs mw and live", ErrType},
	{"phases as one table", "[ai.phases]\nmw = 20\n", 1, 2, "ai.phases",
		"FILE:1:2: ai.phases: want an array of tables [[ai.phases]], got a table [ai.phases]", ErrType},
	{"a value for the phases", "[ai]\nphases = 5\n", 2, 10, "ai.phases",
		"FILE:2:10: ai.phases: want an array of tables [[ai.phases]], got the number 5", ErrType},
	{"phase of no power", "[[ai.phases]]\nmw = 0\nlive = \"2028-01\"\n", 2, 6, "ai.phases[1].mw",
		"FILE:2:6: ai.phases[1].mw: 0 is out of range: want in (0, 10000] MW", nil},
	{"phase live in a month that is not one", "[[ai.phases]]\nmw = 20\nlive = \"2028-13\"\n", 3, 8, "ai.phases[1].live",
		`FILE:3:8: ai.phases[1].live: "2028-13" is not a month: want YYYY-MM`, nil},
}

// Rules between keys can fail on a key the file left at its default; the
// error then points at the table.
func TestCrossKeyRuleBlamesTable(t *testing.T) {
	_, err := ParseTOML("x.toml", []byte("[treasury]\nliquidation_ltv_pct = 60\n"))
	want := "x.toml:2:23: treasury.liquidation_ltv_pct: 60 is out of range: want at least Margin-call LTV (treasury.margin_call_ltv_pct), 70 %"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
	_, err = ParseTOML("x.toml", []byte("[treasury]\nmargin_call_ltv_pct = 90\n"))
	want = "x.toml:1:2: treasury.liquidation_ltv_pct: 85 is out of range: want at least Margin-call LTV (treasury.margin_call_ltv_pct), 90 %"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}

var badJSON = []badFile{
	{"escape in the GPU model", "{\"ai\": {\"gpu\": {\"model\": \"\\u001b[31mB200\"}}}", 1, 26, "ai.gpu.model",
		`FILE:1:26: ai.gpu.model: "\x1b[31mB200" is not allowed: want text without control characters (found ESC (U+001B) at character 1)`, nil},
	{"typo key", "{\n  \"site\": {\"powr_mw\": 50}\n}\n", 2, 12, "site.powr_mw",
		"FILE:2:12: site.powr_mw: unknown key, did you mean site.power_mw?", ErrUnknownKey},
	{"unknown table", "{\"sitee\": {\"power_mw\": 50}}", 1, 2, "sitee",
		"FILE:1:2: sitee: unknown table, did you mean [site]?", ErrUnknownTable},
	{"uptime out of range", "{\"mining\": {\n  \"uptime_pct\": 150\n}}", 2, 17, "mining.uptime_pct",
		"FILE:2:17: mining.uptime_pct: 150 is out of range: want in [0, 100] %", nil},
	{"wrong type", "{\"site\": {\"power_mw\": \"fifty\"}}", 1, 23, "site.power_mw",
		`FILE:1:23: site.power_mw: want a number, got the string "fifty"`, ErrType},
	{"object for a number", "{\"site\": {\"power_mw\": {\"a\": [1]}}}", 1, 23, "site.power_mw",
		"FILE:1:23: site.power_mw: want a number, got an object", ErrType},
	{"broken syntax", "{\"site\": {\"power_mw\": 50,}}", 1, 26, "",
		"FILE:1:26: invalid character '}' looking for beginning of object key string", ErrSyntax},
	{"truncated", "{\"site\": {\"power_mw\": 50", 1, 25, "",
		"FILE:1:25: unexpected end of file", ErrSyntax},
	{"trailing data", "{} {}", 1, 4, "",
		"FILE:1:4: invalid character '{' after top-level value", ErrSyntax},
	{"not an object", "[1, 2]", 1, 1, "",
		"FILE:1:1: want an object {...}, got an array", ErrType},
	{"zero power", "{\"site\": {\"power_mw\": 0}}", 1, 23, "site.power_mw",
		"FILE:1:23: site.power_mw: 0 is out of range: want in (0, 10000] MW", nil},
	{"zero network hashrate", "{\"bitcoin\": {\"network_hashrate_eh\": 0.0}}", 1, 37, "bitcoin.network_hashrate_eh",
		"FILE:1:37: bitcoin.network_hashrate_eh: 0.0 is out of range: want in (0, 1000000] EH/s", nil},
	{"unknown mode", "{\"ai\": {\"mode\": \"quantum\"}}", 1, 17, "ai.mode",
		`FILE:1:17: ai.mode: unknown AI mode "quantum": want "gpu_cloud" or "colocation"`, nil},
	{"absurd horizon", "{\"horizon_months\": 10000}", 1, 20, "horizon_months",
		"FILE:1:20: horizon_months: 10000 is out of range: want a whole number in [1, 240] months", nil},
	{"duplicate key", "{\"name\": \"a\",\n \"name\": \"b\"}", 2, 2, "name",
		"FILE:2:2: name: defined twice (first at line 1)", ErrDuplicate},
	{"null for a number", "{\"site\": {\"power_mw\": null}}", 1, 23, "site.power_mw",
		"FILE:1:23: site.power_mw: want a number, got null", ErrType},
	{"phases with conversion months", `{"ai": {"conversion_months": 12, "phases": [{"mw": 20, "live": "2028-01"}]}}`, 1, 30,
		"ai.conversion_months", "FILE:1:30: ai.conversion_months: not allowed with [[ai.phases]]: each phase's live month ends its conversion", nil},
	{"phase live after the horizon", `{"ai": {"phases": [{"mw": 20, "live": "2032-01"}]}}`, 1, 39, "ai.phases[1].live",
		"FILE:1:39: ai.phases[1].live: 2032-01 is out of range: want a month within the horizon, 2027-01 to 2031-12", nil},
	{"contract value with a rate", `{"ai": {"colocation": {"contract_value_usd": 3.7e9, "rate_usd_per_kw_month": 150, "term_months": 12}}}`, 1, 78,
		"ai.colocation.rate_usd_per_kw_month",
		"FILE:1:78: ai.colocation.rate_usd_per_kw_month: not allowed with Contract value (ai.colocation.contract_value_usd): it sets the month-1 rate", nil},
	{"phases as an object", `{"ai": {"phases": {"mw": 20}}}`, 1, 19, "ai.phases",
		"FILE:1:19: ai.phases: want an array of tables [[ai.phases]], got an object", ErrType},
	{"unknown capex timing", `{"ai": {"capex_timing": "later"}}`, 1, 25, "ai.capex_timing",
		`FILE:1:25: ai.capex_timing: unknown value "later": want "upfront" or "build"`, nil},
}

func TestLoadBadFiles(t *testing.T) {
	run := func(t *testing.T, ext string, cases []badFile) {
		for _, tt := range cases {
			t.Run(tt.name, func(t *testing.T) {
				path := writeTempFile(t, "bad"+ext, tt.content)
				before := mustRead(t, path)
				_, err := Load(path)
				var fe *FileError
				if !errors.As(err, &fe) {
					t.Fatalf("err = %v (%T), want a *FileError", err, err)
				}
				if fe.Path != path || fe.Line != tt.line || fe.Column != tt.column || fe.Key != tt.key {
					t.Errorf("got %s:%d:%d key %q, want %s:%d:%d key %q",
						fe.Path, fe.Line, fe.Column, fe.Key, path, tt.line, tt.column, tt.key)
				}
				if want := strings.ReplaceAll(tt.want, "FILE", path); tt.want != "" && err.Error() != want {
					t.Errorf("message\n got %s\nwant %s", err, want)
				}
				if tt.is != nil && !errors.Is(err, tt.is) {
					t.Errorf("errors.Is(err, %v) is false", tt.is)
				}
				var field *model.FieldError
				if tt.is == nil && tt.name != "bad month" && tt.name != "unknown mode" &&
					tt.name != "phase live in a month that is not one" && !errors.As(err, &field) {
					t.Errorf("a range error should carry a *model.FieldError")
				}
				if after := mustRead(t, path); !bytes.Equal(before, after) {
					t.Errorf("a failed load changed the file")
				}
			})
		}
	}
	t.Run("toml", func(t *testing.T) { run(t, ".toml", badTOML) })
	t.Run("json", func(t *testing.T) { run(t, ".json", badJSON) })
}

func TestLoadMissingFile(t *testing.T) {
	for _, name := range []string{"my.toml", "my.json"} {
		path := filepath.Join(t.TempDir(), name)
		_, err := Load(path)
		if err == nil || err.Error() != path+": no such file" {
			t.Errorf("err = %v, want %q", err, path+": no such file")
		}
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("errors.Is(err, fs.ErrNotExist) is false")
		}
	}
}

func TestLoadDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(dir)
	if want := dir + ": is a directory, not a scenario file"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// Several problems: the first in file order leads, the rest are kept.
func TestParseReportsEveryProblem(t *testing.T) {
	_, err := ParseTOML("my.toml", []byte(`
horizon_months = 10000
[site]
power_mw = 0
powr_price_usd_per_mwh = 40
[mining]
uptime_pct = 150
`))
	var fe *FileError
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v", err)
	}
	want := "my.toml:2:18: horizon_months: 10000 is out of range: want a whole number in [1, 240] months (and 3 more problems)"
	if err.Error() != want {
		t.Errorf("message\n got %s\nwant %s", err, want)
	}
	var keys []string
	for _, p := range fe.All() {
		keys = append(keys, p.Key)
	}
	if got := strings.Join(keys, " "); got != "horizon_months site.power_mw site.powr_price_usd_per_mwh mining.uptime_pct" {
		t.Errorf("problems in order: %s", got)
	}
}

func TestFileErrorStaysOnOneLine(t *testing.T) {
	_, err := ParseTOML("x.toml", []byte("[ai]\nmode = \"a\\nb\"\n"))
	if err == nil || strings.ContainsAny(err.Error(), "\r\n") {
		t.Errorf("err = %q, want one line", err)
	}
}
