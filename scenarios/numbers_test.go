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

// The dashboard's editor and the file readers accept exactly the same
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
