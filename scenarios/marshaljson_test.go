package scenarios

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
)

// The JSON form reads back as the scenario it was written from, whatever the
// scenario: the presets, odd text and decimals, with and without a treasury.
func TestMarshalJSONRoundTrip(t *testing.T) {
	cases := map[string]model.Scenario{"default": model.Default(), "odd": odd()}
	noTreasury := odd()
	noTreasury.HasTreasury = false
	cases["treasury values but no treasury"] = noTreasury
	extreme := model.Default()
	extreme.Site.PowerMW = d("1e-9999") // written with an exponent
	extreme.Treasury.LoanUSD = d("999999999999.999999999999999999999999999999999999999999999999999999999")
	extreme.HasTreasury = true
	cases["extreme decimals"] = extreme
	for _, p := range Presets() {
		s, err := Preset(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		cases["preset "+p.Name] = s
	}
	for name, s := range cases {
		t.Run(name, func(t *testing.T) {
			data := MarshalJSON(s)
			got, err := ParseJSON("x.json", data)
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			assertSameScenario(t, s, got)
		})
	}
}

// It has the TOML file's structure: top-level keys, then its tables as
// nested objects in file order, numbers as numbers, and a null treasury
// for a scenario without one.
func TestMarshalJSONStructure(t *testing.T) {
	data := MarshalJSON(model.Default())
	var doc map[string]any
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc["name"] != "Example site" || doc["horizon_months"] != json.Number("60") || doc["treasury"] != nil {
		t.Errorf("top level: %v", doc)
	}
	if _, ok := doc["treasury"]; !ok {
		t.Error("no treasury key: a reader cannot tell it is absent from a key forgotten")
	}
	gpu := doc["ai"].(map[string]any)["gpu"].(map[string]any)
	if gpu["rental_usd_per_gpu_hour"] != json.Number("2.35") || gpu["model"] != "H100 SXM" {
		t.Errorf("ai.gpu: %v", gpu)
	}
	if _, set := doc["bitcoin"].(map[string]any)["hashprice_usd_per_ph_day"]; set {
		t.Error("an unset hashprice override is written")
	}
	text := string(data)
	order := []string{`"name"`, `"discount_rate_pct"`, `"site"`, `"bitcoin"`, `"mining"`, `"ai"`, `"gpu"`, `"colocation"`, `"treasury"`, `"risk"`}
	for i := 1; i < len(order); i++ {
		if strings.Index(text, order[i-1]) > strings.Index(text, order[i]) {
			t.Errorf("%s comes after %s: not the file's order", order[i-1], order[i])
		}
	}
}
