package scenarios

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// randomNumberText writes a number in the notation TOML, JSON and the editor
// share (no leading zeros, digits on both sides of a point), from tiny to
// huge and from one digit to more than any reader takes.
func randomNumberText(rng *rand.Rand) string {
	var b strings.Builder
	if rng.IntN(6) == 0 {
		b.WriteByte('-')
	}
	b.WriteString([]string{"0", "1", "4", "12", "999", "4999", "1" + strings.Repeat("0", rng.IntN(6))}[rng.IntN(7)])
	if rng.IntN(2) == 0 {
		digits := []int{1, 3, 20, 98, 99, 100, 101, 400, 997, 998, 999, 1200}[rng.IntN(12)]
		b.WriteByte('.')
		for i := range digits {
			if i == digits-1 || rng.IntN(3) > 0 {
				b.WriteByte(byte('1' + rng.IntN(9)))
			} else {
				b.WriteByte('0')
			}
		}
	}
	if rng.IntN(2) == 0 {
		exponents := []int{-10001, -10000, -9999, -1000, -300, -6, -1, 1, 3, 10000, 10001}
		b.WriteString("e" + strconv.Itoa(exponents[rng.IntN(len(exponents))]))
	}
	return b.String()
}

// The dashboard's editor and the file readers accept exactly the same plain
// numbers, and every number the editor accepts is saved in a form the
// loader reads back to the same value.
func TestEditorAndLoaderAcceptTheSameNumbers(t *testing.T) {
	keys := []string{"site.power_price_usd_per_mwh", "ai.gpu.kw_per_gpu", "bitcoin.hashprice_usd_per_ph_day", "horizon_months"}
	rng := rand.New(rand.NewPCG(12, 1))
	texts := []string{
		"1e-10000", "1e-10001", "0.1e-10000", "1." + strings.Repeat("3", 998), "1" + strings.Repeat("0", 1000),
		"4." + strings.Repeat("7", 99), "4." + strings.Repeat("7", 100), "1e-10000", "-1e-10000",
	}
	for range 600 {
		texts = append(texts, randomNumberText(rng))
	}
	accepted := 0
	for _, key := range keys {
		f, _ := model.FieldByKey(key)
		section, name := f.Section(), f.Name()
		for _, text := range texts {
			typed := model.Default()
			editorErr := f.Parse(&typed, text)

			toml := name + " = " + text + "\n"
			json := `{"` + name + `": ` + text + "}"
			if section != "" {
				toml = "[" + section + "]\n" + toml
				json = `{"` + strings.ReplaceAll(section, ".", `": {"`) + `": ` + json + strings.Repeat("}", strings.Count(section, ".")+1)
			}
			for _, file := range []struct{ name, content string }{{"x.toml", toml}, {"x.json", json}} {
				loaded, loadErr := Parse(file.name, []byte(file.content))
				if (editorErr == nil) != (loadErr == nil) {
					t.Errorf("%s = %.50s: editor says %v, %s loader says %v", key, text, editorErr, file.name, loadErr)
					continue
				}
				if editorErr == nil {
					assertSameScenario(t, typed, loaded)
				}
			}
			if editorErr != nil {
				continue
			}
			accepted++
			// The editor's pre-filled text for the value reads back to it.
			again := model.Default()
			if err := f.Parse(&again, f.Format(&typed)); err != nil {
				t.Errorf("%s = %.50s: the editor refuses its own text %.50s: %v", key, text, f.Format(&typed), err)
			} else {
				assertSameScenario(t, typed, again)
			}
			saved, err := Parse("saved.toml", Marshal(typed))
			if err != nil {
				t.Errorf("%s = %.50s: accepted by the editor, then the saved file is refused: %v", key, text, err)
				continue
			}
			assertSameScenario(t, typed, saved)
		}
	}
	if accepted < len(texts)/2 {
		t.Errorf("only %d of %d numbers accepted: the test no longer covers the accepted side", accepted, len(texts)*len(keys))
	}
}

// The editor's shorthand ("$1.5M", "45 $/MWh") is the editor's alone: a file
// holding it is refused, as a bare value and as a string, while the value
// the editor reads from it saves, in place or afresh, to a file that loads
// back to the same scenario.
func TestShorthandIsTheEditorsAlone(t *testing.T) {
	for _, tc := range []struct{ key, text string }{
		{"bitcoin.price_usd", "$70,000"},
		{"bitcoin.price_usd", "100k"},
		{"treasury.loan_usd", "1.5M"},
		{"treasury.loan_usd", "2B"},
		{"site.power_price_usd_per_mwh", "45 $/MWh"},
		{"site.power_price_usd_per_mwh", "-$12.5/mwh"},
		{"ai.gpu.kw_per_gpu", "1.4kW"},
		{"mining.uptime_pct", "97 %"},
		{"risk.paths", "2.5k"},
		{"bitcoin.hashprice_usd_per_ph_day", "$41.5/PH/day"},
	} {
		f, _ := model.FieldByKey(tc.key)
		typed := model.Default()
		typed.HasTreasury = true
		if err := f.Parse(&typed, tc.text); err != nil {
			t.Errorf("%s: the editor refuses %q: %v", tc.key, tc.text, err)
			continue
		}
		for _, file := range []struct{ name, content string }{
			{"bare.toml", "[" + f.Section() + "]\n" + f.Name() + " = " + tc.text + "\n"},
			{"string.toml", "[" + f.Section() + "]\n" + f.Name() + " = " + strconv.Quote(tc.text) + "\n"},
			{"string.json", `{"` + strings.ReplaceAll(f.Section(), ".", `": {"`) + `": {"` + f.Name() + `": ` +
				strconv.Quote(tc.text) + strings.Repeat("}", strings.Count(f.Section(), ".")+2)},
		} {
			if _, err := Parse(file.name, []byte(file.content)); err == nil {
				t.Errorf("%s: the loader accepts %q in %s", tc.key, tc.text, file.name)
			}
		}
		saved, err := Parse("saved.toml", Marshal(typed))
		if err != nil {
			t.Errorf("%s = %q: the saved file is refused: %v", tc.key, tc.text, err)
		} else {
			assertSameScenario(t, typed, saved)
		}
		source, err := PresetSource("default") // a commented file, saved by patching
		if err != nil {
			t.Fatal(err)
		}
		path := writeTempFile(t, "site.toml", string(source))
		if err := Save(path, typed); err != nil {
			t.Errorf("%s = %q: saving in place: %v", tc.key, tc.text, err)
			continue
		}
		if loaded, err := Load(path); err != nil {
			t.Errorf("%s = %q: the file saved in place is refused: %v", tc.key, tc.text, err)
		} else {
			assertSameScenario(t, typed, loaded)
		}
	}
}

// Whatever text the editor accepts for a number, the value it stores saves
// to a file the loader reads back to the same scenario.
func FuzzEditorValuesLoadBack(f *testing.F) {
	for _, seed := range []string{"$70,000", "1.5M", "2b", "45 $/MWh", "-$3/mwh", "97%", "1_000k", "1e3K", "$ 1.5e-3m"} {
		f.Add(seed, uint8(0))
	}
	fields := model.Fields()
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		field := fields[int(which)%len(fields)]
		if !field.Numeric() {
			return
		}
		typed := model.Default()
		typed.HasTreasury = true
		if field.Parse(&typed, text) != nil || model.Validate(typed) != nil {
			return
		}
		saved, err := Parse("saved.toml", Marshal(typed))
		if err != nil {
			t.Fatalf("%s = %q: the saved file is refused: %v", field.Key, text, err)
		}
		assertSameScenario(t, typed, saved)
	})
}
