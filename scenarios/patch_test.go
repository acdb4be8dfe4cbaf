package scenarios

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// boardCase is a scenario file as people annotate it: a title, notes
// between keys, trailing comments of every width, blank lines, keys in
// their own order, a commented-out override, a number with underscores.
const boardCase = `# Board case A — prepared for the March meeting.
# lease tenor is 7 years; see the term sheet.

name = "Board case A"   # what the deck calls it
horizon_months = 84     # = the lease tenor
start = "2027-01"

[site]
# Grid connection as contracted (not the substation's rating).
power_mw = 50                   # contracted
power_price_usd_per_mwh = 45    # PPA, flat

	# escalation is in the PPA's schedule B
power_price_growth_pct_per_year = 2.5


[bitcoin]
price_usd = 70_000 # spot, 1 March
#hashprice_usd_per_ph_day = 40   # only if we want to pin it
network_hashrate_eh = 1050

[ai.gpu]
model = 'H200'   # vendor quote Q-1042
rental_usd_per_gpu_hour = 3.10 # tenant's LOI
`

// withValue is text with one value's text replaced; want is checked to be
// there exactly once, so the expected files below are written by hand.
func withValue(t testing.TB, text, old, new string) string {
	t.Helper()
	if n := strings.Count(text, old); n != 1 {
		t.Fatalf("%q occurs %d times in the file", old, n)
	}
	return strings.Replace(text, old, new, 1)
}

// A save of an edited scenario changes the edited value and nothing else:
// every comment, blank line and key stays byte for byte. A trailing comment
// keeps its column when the spaces before it allow.
func TestSaveChangesOnlyTheEditedValue(t *testing.T) {
	edits := []struct {
		name     string
		edit     func(s *model.Scenario)
		old, new string // the line's text before and after
	}{
		{"a number", func(s *model.Scenario) { s.Site.PowerMW = d("120.5") },
			"power_mw = 50                   # contracted", "power_mw = 120.5                # contracted"},
		{"a number written with underscores", func(s *model.Scenario) { s.Bitcoin.PriceUSD = d("68524") },
			"price_usd = 70_000 # spot", "price_usd = 68524  # spot"},
		{"a longer number than the spaces allow", func(s *model.Scenario) { s.Site.PowerPriceUSDPerMWh = d("45.123456789") },
			"power_price_usd_per_mwh = 45    # PPA", "power_price_usd_per_mwh = 45.123456789 # PPA"},
		{"a value without a comment", func(s *model.Scenario) { s.Site.PowerPriceGrowthPctPerYear = d("-1") },
			"power_price_growth_pct_per_year = 2.5\n", "power_price_growth_pct_per_year = -1\n"},
		{"a literal string", func(s *model.Scenario) { s.AI.GPU.Model = `B200 "NVL"` },
			"model = 'H200'   # vendor", `model = "B200 \"NVL\"" # vendor`},
		{"a top-level text", func(s *model.Scenario) { s.Name = "Board case B" },
			`name = "Board case A"   # what`, `name = "Board case B"   # what`},
		{"a month", func(s *model.Scenario) { s.Start = model.MustYearMonth("2027-07") },
			`start = "2027-01"`, `start = "2027-07"`},
		{"an integer", func(s *model.Scenario) { s.HorizonMonths = 120 },
			"horizon_months = 84     # =", "horizon_months = 120    # ="},
	}
	for _, tc := range edits {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTempFile(t, "board.toml", boardCase)
			s, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			tc.edit(&s)
			if err := Save(path, s); err != nil {
				t.Fatal(err)
			}
			want := withValue(t, boardCase, tc.old, tc.new)
			if got := string(mustRead(t, path)); got != want {
				t.Errorf("file holds\n%s\nwant\n%s", got, want)
			}
			loaded, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			assertSameScenario(t, s, loaded)
		})
	}
}

// Saving what was loaded leaves the file byte for byte as it was, whatever
// form its values take (1_000, 50.0, 'literal', a CRLF line end, a BOM).
func TestSaveUnchangedLeavesTheFileAlone(t *testing.T) {
	files := []string{
		boardCase,
		strings.ReplaceAll(boardCase, "\n", "\r\n"),
		"\uFEFF" + boardCase,
		"[site]\npower_mw = 50.000\n[ai]\ngpu = { model = \"B200\", kw_per_gpu = 1.40 }\n",
		"site.power_mw = 5e1 # dotted\nai.gpu.model = \"x\"\n",
	}
	for _, p := range Presets() {
		files = append(files, p.Source)
	}
	for _, file := range files {
		s, err := ParseTOML("x.toml", []byte(file))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(Patch([]byte(file), s)); got != file {
			t.Errorf("an unchanged save rewrote\n%s\ninto\n%s", file, got)
		}
	}
}

// Keys the file lacks go after the last key of their table, in Marshal's
// comment style, aligned with the comments around them; a table the file
// lacks is added whole, in Marshal's order.
func TestSaveAddsMissingKeysAndTables(t *testing.T) {
	s, err := ParseTOML("board.toml", []byte(boardCase))
	if err != nil {
		t.Fatal(err)
	}
	s.Bitcoin.FeesBTCPerBlock = d("0.05") // absent from [bitcoin]
	s.DiscountRatePct = d("10")           // absent from the top
	s.AI.GPU.UtilizationPct = d("90")     // absent from [ai.gpu]
	s.AI.ConversionMonths = 6             // [ai] is absent: it goes before [ai.gpu]
	s.Risk.Paths = 2000                   // [risk] is absent: it goes at the end
	got := string(Patch([]byte(boardCase), s))

	want := boardCase
	want = withValue(t, want, "start = \"2027-01\"\n",
		"start = \"2027-01\"\n"+
			"discount_rate_pct = 10  # annual discount rate for NPV (%/yr)\n")
	want = withValue(t, want, "network_hashrate_eh = 1050\n",
		"network_hashrate_eh = 1050\n"+
			"fees_btc_per_block = 0.05  # transaction fees per block, BTC (BTC/block)\n")
	want = withValue(t, want, "\n[ai.gpu]\n", `
[ai]
mode = "gpu_cloud"                 # gpu_cloud | colocation
pue = 1.35                         # grid draw / critical IT draw (>= 1)
# converted_mw = 50                # grid MW converted to AI; the rest keeps mining; unset: all of site.power_mw; range (0, 10000]; uncomment to override
conversion_months = 6              # months of build-out with no AI revenue
mine_during_conversion = false     # keep the fleet hashing until AI is live (a fleet to buy is paid for)
capex_timing = "upfront"           # upfront: all capex at t = 0 | build: fit-out over the build, GPUs the month before live
build_months = 12                  # with build timing: months over which a phase's fit-out is paid; range 1..60
fitout_capex_usd_per_mw = 9000000  # fit-out capex per MW of critical IT load, USD ($/MW)
fitout_residual_pct = 40           # share of fit-out capex recovered at the end, %
opex_usd_per_mw_month = 25000      # non-power opex per MW of critical IT load, USD per month ($/MW-mo)
prepayment_usd = 0                 # paid by the customer at signing (t = 0), then credited against revenue, USD; range >= 0 ($)
prepayment_credit_months = 12      # equal credits over this many months from the first live month; range 1..600
# discount_rate_pct = 10           # the pivot's own annual discount rate, %; unset: discount_rate_pct; range 0..100 (%/yr); uncomment to override
exit_ev_ebitda = 0                 # EV/EBITDA multiple valuing the pivot at the horizon; 0: the end value is the residual; range 0..40 (x)
power_premium_usd_per_mwh = 0      # extra price of firm power for the AI hall, $/MWh (the GPU cloud pays it); range 0..10000

[ai.gpu]
`)
	want += "utilization_pct = 90           # share of GPU-hours billed, %\n" + `
[risk]                           # Monte Carlo and sensitivity settings
paths = 2000                     # Monte Carlo paths
seed = 1                         # same seed, same result, on any number of cores
btc_volatility_pct = 55          # annualised volatility of the BTC price, % (%/yr)
power_price_volatility_pct = 20  # annualised volatility of the power price, % (%/yr)
hashrate_growth_sd_pct = 10      # spread of the yearly network-hashrate growth rate, drawn once per path (points)
rental_growth_sd_pct = 10        # spread of the yearly AI-rate drift, drawn once per path (points)
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	loaded, err := ParseTOML("saved.toml", []byte(got))
	if err != nil {
		t.Fatal(err)
	}
	assertSameScenario(t, s, loaded)
}

// A commented-out key that becomes set turns into the real line, not a
// second one; cleared again, it is commented out (keeping the figure and
// its comment, as Marshal shows an unset override), and set once more it
// comes back: the file returns to what it was.
func TestSaveOverrideCommentsInAndOut(t *testing.T) {
	s, err := ParseTOML("board.toml", []byte(boardCase))
	if err != nil {
		t.Fatal(err)
	}
	s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("41.25"))
	set := string(Patch([]byte(boardCase), s))
	// The "#" and its space go; the comment keeps its column.
	want := withValue(t, boardCase, "#hashprice_usd_per_ph_day = 40   # only", "hashprice_usd_per_ph_day = 41.25 # only")
	if set != want {
		t.Fatalf("set: got\n%s\nwant\n%s", set, want)
	}

	s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NullDecimal{}
	cleared := string(Patch([]byte(set), s))
	want = withValue(t, boardCase, "#hashprice_usd_per_ph_day = 40   # only", "# hashprice_usd_per_ph_day = 41.25 # only")
	if cleared != want {
		t.Fatalf("cleared: got\n%s\nwant\n%s", cleared, want)
	}
	loaded, err := ParseTOML("x.toml", []byte(cleared))
	if err != nil || loaded.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid {
		t.Fatalf("the cleared override still loads: %v", err)
	}

	s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("41.25"))
	if again := string(Patch([]byte(cleared), s)); again != set {
		t.Errorf("set again: got\n%s\nwant\n%s", again, set)
	}

	// Marshal's own commented-out line loses its hint to uncomment.
	src, _ := PresetSource("default")
	preset, _ := Preset("default")
	preset.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("38"))
	want = withValue(t, string(src),
		"# hashprice_usd_per_ph_day = 40       # optional override of the month-1 hashprice, USD per PH/s per day ($/PH/day); uncomment to override",
		"hashprice_usd_per_ph_day = 38         # optional override of the month-1 hashprice, USD per PH/s per day ($/PH/day)")
	if got := string(Patch(src, preset)); got != want {
		t.Errorf("preset: got\n%s\nwant\n%s", got, want)
	}
}

// A treasury switched off is commented out line by line and comes back,
// byte for byte, when switched on; Marshal's commented-out treasury comes
// back the same way rather than as a second table.
func TestSaveTreasuryOffAndOn(t *testing.T) {
	src, _ := PresetSource("cango-2026")
	s, _ := Preset("cango-2026")
	s.HasTreasury = false
	off := string(Patch(src, s))
	for _, line := range []string{
		"# [treasury]                         # optional: the BTC balance sheet that funds the pivot\n",
		"# End-January 2026 holdings and the February sale. The $400M loan balance is an\n",
		"# btc_held = 7475                    # BTC on the balance sheet\n",
		"# btc_to_sell = 4451                 # BTC sold to repay the loan and fund the pivot\n",
	} {
		if !strings.Contains(off, line) {
			t.Errorf("switched off, the file lacks %q", line)
		}
	}
	if loaded, err := ParseTOML("x.toml", []byte(off)); err != nil || loaded.HasTreasury {
		t.Fatalf("switched off, the treasury still loads: %v", err)
	}
	s.HasTreasury = true
	if on := string(Patch([]byte(off), s)); on != string(src) {
		t.Errorf("switched on again: got\n%s\nwant the preset", on)
	}

	src, _ = PresetSource("default")
	s, _ = Preset("default")
	s.HasTreasury = true
	s.Treasury.BTCHeld = d("500")
	on := string(Patch(src, s))
	want := withValue(t, string(src), `# [treasury]                          # optional: the BTC balance sheet that funds the pivot
# btc_held = 0                        # BTC on the balance sheet
# loan_usd = 0                        # BTC-backed loan balance, USD ($)
# margin_call_ltv_pct = 70            # loan-to-value that triggers a margin call, %
# liquidation_ltv_pct = 85            # loan-to-value at which the lender liquidates, %
# btc_to_sell = 0                     # BTC sold to repay the loan and fund the pivot
`, `[treasury]                            # optional: the BTC balance sheet that funds the pivot
btc_held = 500                        # BTC on the balance sheet
loan_usd = 0                          # BTC-backed loan balance, USD ($)
margin_call_ltv_pct = 70              # loan-to-value that triggers a margin call, %
liquidation_ltv_pct = 85              # loan-to-value at which the lender liquidates, %
btc_to_sell = 0                       # BTC sold to repay the loan and fund the pivot
`)
	if on != want {
		t.Errorf("switched on: got\n%s\nwant\n%s", on, want)
	}
}

// Inline tables and dotted keys are patched where they stand.
func TestSavePatchesInlineTablesAndDottedKeys(t *testing.T) {
	cases := []struct {
		name, file string
		edit       func(s *model.Scenario)
		want       string
	}{
		{"a value in an inline table", "ai = { pue = 1.3, gpu = { model = \"B200\" } }\n",
			func(s *model.Scenario) { s.AI.GPU.Model = "GB200 NVL72" },
			"ai = { pue = 1.3, gpu = { model = \"GB200 NVL72\" } }\n"},
		{"a key added to an inline table", "site = { power_mw = 80 } # the site\n",
			func(s *model.Scenario) { s.Site.PowerPriceUSDPerMWh = d("30") },
			"site = { power_mw = 80, power_price_usd_per_mwh = 30 } # the site\n"},
		{"a table added inside an inline table", "ai = { mode = \"colocation\" }\n",
			func(s *model.Scenario) { s.AI.Colocation.RateUSDPerKWMonth = d("175") },
			"ai = { mode = \"colocation\", colocation.rate_usd_per_kw_month = 175 }\n"},
		{"an override cleared from an inline table", "bitcoin = { price_usd = 1, hashprice_usd_per_ph_day = 40 }\n",
			func(s *model.Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NullDecimal{} },
			"bitcoin = { price_usd = 1 }\n"},
		{"the only key of an inline table cleared", "bitcoin = { hashprice_usd_per_ph_day = 40 }\n",
			func(s *model.Scenario) { s.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NullDecimal{} },
			"bitcoin = { }\n"},
		{"a dotted key", "[ai]\ngpu.model = \"B200\"  # dotted\npue = 1.3\n",
			func(s *model.Scenario) { s.AI.GPU.Model = "H100" },
			"[ai]\ngpu.model = \"H100\"  # dotted\npue = 1.3\n"},
		{"a key added beside dotted keys", "[ai]\ngpu.model = \"B200\"\npue = 1.3\n",
			func(s *model.Scenario) { s.AI.GPU.KWPerGPU = d("2") },
			"[ai]\ngpu.model = \"B200\"\ngpu.kw_per_gpu = 2  # all-in IT load per GPU (server, network share), kW\npue = 1.3\n"},
		{"a CRLF file", "[site]\r\npower_mw = 50\r\n",
			func(s *model.Scenario) { s.Site.PowerPriceUSDPerMWh = d("30") },
			"[site]\r\npower_mw = 50\r\npower_price_usd_per_mwh = 30  # all-in energy price, $/MWh; may be negative\r\n"},
		{"a file without a final line end", "[site]\npower_mw = 50",
			func(s *model.Scenario) { s.Site.PowerPriceUSDPerMWh = d("30") },
			"[site]\npower_mw = 50\npower_price_usd_per_mwh = 30  # all-in energy price, $/MWh; may be negative\n"},
		{"a byte-order mark", "\uFEFF[site]\npower_mw = 50\n",
			func(s *model.Scenario) { s.Site.PowerMW = d("60") },
			"\uFEFF[site]\npower_mw = 60\n"},
		{"a top-level key under the file's title", "# Site B\n[site]\npower_mw = 50\n",
			func(s *model.Scenario) { s.Name = "Site B" },
			"# Site B\n\nname = \"Site B\"  # free text\n\n[site]\npower_mw = 50\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ParseTOML("x.toml", []byte(tc.file))
			if err != nil {
				t.Fatal(err)
			}
			tc.edit(&s)
			got := string(Patch([]byte(tc.file), s))
			if got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
			loaded, err := ParseTOML("x.toml", []byte(got))
			if err != nil {
				t.Fatal(err)
			}
			assertSameScenario(t, s, loaded)
		})
	}
}

// What cannot be patched is written canonically: no previous content, a
// file that is not TOML, and a JSON scenario (Save writes TOML).
func TestSaveFallsBackToMarshal(t *testing.T) {
	s := odd()
	for _, old := range []string{"", " \n\n", "[site\npower_mw = 1\n", "not toml at all"} {
		if got := string(Patch([]byte(old), s)); got != string(Marshal(s)) {
			t.Errorf("Patch(%q) is not Marshal's output:\n%s", old, got)
		}
	}
	path := writeTempFile(t, "x.json", `{"site": {"power_mw": 10}}`)
	if err := Save(path, s); err != nil {
		t.Fatal(err)
	}
	if got := mustRead(t, path); string(got) != string(Marshal(s)) {
		t.Errorf("a JSON file was patched:\n%s", got)
	}
	newFile := filepath.Join(t.TempDir(), "new.toml")
	if err := Save(newFile, s); err != nil {
		t.Fatal(err)
	}
	if got := mustRead(t, newFile); string(got) != string(Marshal(s)) {
		t.Errorf("a new file is not Marshal's output:\n%s", got)
	}
}

// randomEdit changes a few inputs of s to other valid values. An edit that
// breaks a rule between keys (a prepayment's credits past a shortened
// horizon, say) is drawn again: a user cannot make one either.
func randomEdit(rng *rand.Rand, s model.Scenario) model.Scenario {
	for range 100 {
		if edited := randomFieldEdits(rng, s); model.Validate(edited) == nil {
			return edited
		}
	}
	return s
}

func randomFieldEdits(rng *rand.Rand, s model.Scenario) model.Scenario {
	fields := model.Fields()
	for range 1 + rng.IntN(6) {
		f := fields[rng.IntN(len(fields))]
		switch f.Kind {
		case model.KindText:
			f.SetText(&s, []string{"", "B200", `Site "7" \ #1`, "Zürich 🚀", "x'y"}[rng.IntN(5)])
		case model.KindMonth:
			f.SetMonth(&s, model.YearMonth{Year: 2026 + rng.IntN(10), Month: 1 + rng.IntN(12)})
		case model.KindMode:
			f.SetMode(&s, model.Modes[rng.IntN(len(model.Modes))])
		case model.KindChoice:
			f.SetChoice(&s, f.Choices[rng.IntN(len(f.Choices))])
		case model.KindFlag:
			f.SetFlag(&s, rng.IntN(2) == 0)
		default:
			if f.Kind == model.KindOptional && rng.IntN(3) == 0 {
				f.Clear(&s)
				continue
			}
			lo, hi := f.Min, f.Max
			if f.MinExclusive {
				lo = lo.Add(d("0.01"))
			}
			if f.MaxExclusive {
				hi = hi.Sub(d("0.01"))
			}
			value := lo.Add(hi.Sub(lo).Mul(decimal.NewFromFloat(rng.Float64()))).Round(int32(rng.IntN(5)))
			if f.Kind == model.KindInteger {
				value = value.Round(0)
			}
			// Kept only if the scenario stays valid, as the dashboard keeps
			// an edit: a bigger site may no longer fit in its network.
			next := s
			f.SetDecimal(&next, value)
			if model.Validate(next) == nil {
				s = next
			}
		}
	}
	if rng.IntN(8) == 0 {
		s.HasTreasury = !s.HasTreasury
	}
	if rng.IntN(5) == 0 {
		s = randomPhaseEdit(rng, s)
	}
	if rng.IntN(8) == 0 {
		s = switchContract(rng, s)
	}
	s.Treasury.BTCToSell = decimal.Min(s.Treasury.BTCToSell, s.Treasury.BTCHeld)
	s.Treasury.LiquidationLTVPct = decimal.Max(s.Treasury.LiquidationLTVPct, s.Treasury.MarginCallLTVPct)
	return s
}

// randomPhaseEdit changes the pivot's phases as a user would: one phase's
// MW or live month, a phase added or removed, all of them removed, or
// phases given to a plan without, which then leaves out the conversion
// they replace.
func randomPhaseEdit(rng *rand.Rand, s model.Scenario) model.Scenario {
	phase := func() model.Phase {
		return model.Phase{MW: d(strconv.Itoa(1 + rng.IntN(max(1, int(s.Site.PowerMW.IntPart())/4)))),
			Live: s.Start.AddMonths(rng.IntN(s.HorizonMonths))}
	}
	list := slices.Clone(s.AI.Phases)
	n := len(list)
	switch rng.IntN(6) {
	case 0:
		if n > 0 {
			list[rng.IntN(n)].MW = phase().MW
		}
	case 1:
		if n > 0 {
			list[rng.IntN(n)].Live = phase().Live
		}
	case 2:
		if n > 0 {
			i := rng.IntN(n)
			list = slices.Delete(list, i, i+1)
		}
	case 3:
		list = nil
	default:
		list = slices.Insert(list, rng.IntN(n+1), phase())
	}
	s.AI.Phases = list
	if len(list) > 0 {
		s.AI.ConvertedMW = decimal.NullDecimal{}
		s.AI.ConversionMonths = model.Default().AI.ConversionMonths
	}
	return s
}

// switchContract switches a contract value on (then the rate it sets takes
// its default, the value a file that leaves it out reads as) or off.
func switchContract(rng *rand.Rand, s model.Scenario) model.Scenario {
	c := &s.AI.Colocation
	if c.ContractValueUSD.Valid {
		c.ContractValueUSD = decimal.NullDecimal{}
		return s
	}
	c.ContractValueUSD = decimal.NewNullDecimal(d(strconv.Itoa(1 + rng.IntN(5000))).Mul(d("1000000")))
	c.TermMonths = max(c.TermMonths, 12*(1+rng.IntN(10)))
	c.RateUSDPerKWMonth = model.Default().AI.Colocation.RateUSDPerKWMonth
	return s
}

// proseComments are the comment lines of a file that are not commented-out
// code: what a person wrote, which every save must keep, in order.
func proseComments(text string) []string {
	var lines []string
	text = strings.TrimPrefix(text, "\uFEFF") // a byte-order mark is not part of the first line
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if !strings.HasPrefix(trimmed, "#") {
			continue
		}
		if kind, _, _ := parseCommented(uncommented(trimmed)); kind == 0 {
			lines = append(lines, line)
		}
	}
	return lines
}

// For random edits of every preset and of the commented board case, saved
// again and again, the file loads back as the edited scenario, and every
// comment a person wrote survives, in order.
func TestSaveRandomEditsKeepCommentsAndValues(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 1))
	files := []string{boardCase}
	for _, p := range Presets() {
		files = append(files, p.Source)
	}
	for _, file := range files {
		s, err := ParseTOML("x.toml", []byte(file))
		if err != nil {
			t.Fatal(err)
		}
		comments := proseComments(file)
		text := []byte(file)
		for step := range 60 {
			s = randomEdit(rng, s)
			if err := model.Validate(s); err != nil {
				t.Fatalf("the edit made an invalid scenario: %v", err)
			}
			out, ok := patch(text, s)
			if !ok {
				t.Fatalf("step %d: could not patch\n%s", step, text)
			}
			loaded, err := ParseTOML("x.toml", out)
			if err != nil {
				t.Fatalf("step %d: %v\n%s", step, err, out)
			}
			if diffs := diffScenarios(s, loaded); len(diffs) > 0 {
				t.Fatalf("step %d: %v", step, diffs)
			}
			if got := proseComments(string(out)); strings.Join(got, "\n") != strings.Join(comments, "\n") {
				t.Fatalf("step %d: comments changed\n%s\nfrom\n%s", step, strings.Join(got, "\n"), strings.Join(comments, "\n"))
			}
			text = out
		}
	}
}
