package scenarios

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// PatchFile changes the given keys and nothing else, byte for byte.
func TestPatchFileChangesOnlyTheGivenKeys(t *testing.T) {
	path := writeTempFile(t, "board.toml", boardCase)
	market := model.Default()
	market.Bitcoin.PriceUSD = d("68524")
	market.Bitcoin.NetworkHashrateEH = d("1012.5")
	market.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NewNullDecimal(d("41.25"))
	market.Bitcoin.FeesBTCPerBlock = d("0.021")
	market.Site.PowerMW = d("9999") // not among the keys: must not be written
	keys := []string{"bitcoin.price_usd", "bitcoin.network_hashrate_eh", "bitcoin.hashprice_usd_per_ph_day", "bitcoin.fees_btc_per_block"}
	got, err := PatchFile(path, market, keys)
	if err != nil {
		t.Fatal(err)
	}
	want := withValue(t, boardCase, "price_usd = 70_000 # spot", "price_usd = 68524  # spot")
	want = withValue(t, want, "#hashprice_usd_per_ph_day = 40   # only", "hashprice_usd_per_ph_day = 41.25 # only")
	want = withValue(t, want, "network_hashrate_eh = 1050\n",
		"network_hashrate_eh = 1012.5\nfees_btc_per_block = 0.021      # transaction fees per block, BTC (BTC/block)\n")
	if text := string(mustRead(t, path)); text != want {
		t.Errorf("file holds\n%s\nwant\n%s", text, want)
	}
	loaded, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	assertSameScenario(t, loaded, got)
	if !loaded.Site.PowerMW.Equal(d("50")) || !loaded.Bitcoin.PriceUSD.Equal(d("68524")) {
		t.Errorf("power %s, price %s", loaded.Site.PowerMW, loaded.Bitcoin.PriceUSD)
	}

	// An unset override clears the key, which is commented out.
	market.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NullDecimal{}
	if _, err := PatchFile(path, market, []string{"bitcoin.hashprice_usd_per_ph_day"}); err != nil {
		t.Fatal(err)
	}
	want = withValue(t, want, "hashprice_usd_per_ph_day = 41.25 # only", "# hashprice_usd_per_ph_day = 41.25 # only")
	if text := string(mustRead(t, path)); text != want {
		t.Errorf("after clearing, file holds\n%s\nwant\n%s", text, want)
	}
}

// A treasury key switches the treasury on.
func TestPatchFileTreasuryKey(t *testing.T) {
	path := writeTempFile(t, "site.toml", "[site]\npower_mw = 10\n")
	values := model.Default()
	values.Treasury.BTCHeld = d("100")
	s, err := PatchFile(path, values, []string{"treasury.btc_held"})
	if err != nil {
		t.Fatal(err)
	}
	if !s.HasTreasury || !s.Treasury.BTCHeld.Equal(d("100")) {
		t.Errorf("treasury %v, btc_held %s", s.HasTreasury, s.Treasury.BTCHeld)
	}
	loaded, err := Load(path)
	if err != nil || !loaded.HasTreasury || !loaded.Treasury.BTCHeld.Equal(d("100")) {
		t.Errorf("loaded %v, %v", loaded.Treasury, err)
	}
}

// Nothing is written when the file, a key or the result is wrong.
func TestPatchFileRefuses(t *testing.T) {
	bad := model.Default()
	bad.Bitcoin.PriceUSD = d("0")
	cases := []struct {
		name, file, content string
		values              model.Scenario
		keys                []string
		want                string // with FILE for the path
	}{
		{"an unknown key", "s.toml", "[site]\npower_mw = 10\n", model.Default(), []string{"bitcoin.price_ud"},
			"FILE: bitcoin.price_ud: unknown key, did you mean bitcoin.price_usd?"},
		{"a value out of range", "s.toml", "[site]\npower_mw = 10\n", bad, []string{"bitcoin.price_usd"},
			"FILE: bitcoin.price_usd: 0 is out of range: want in (0, 100000000] $"},
		{"a file that does not load", "s.toml", "[site]\npower_mw = 0\n", model.Default(), []string{"bitcoin.price_usd"},
			"FILE:2:12: site.power_mw: 0 is out of range: want in (0, 10000] MW"},
		{"a JSON file", "s.json", `{"site": {"power_mw": 10}}`, model.Default(), []string{"bitcoin.price_usd"},
			"FILE: a JSON scenario cannot be updated in place: save it as TOML first"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTempFile(t, tc.file, tc.content)
			_, err := PatchFile(path, tc.values, tc.keys)
			if want := replacePath(tc.want, path); err == nil || err.Error() != want {
				t.Errorf("err = %v\nwant %s", err, want)
			}
			if got := string(mustRead(t, path)); got != tc.content {
				t.Errorf("the file changed to\n%s", got)
			}
		})
	}
	_, err := PatchFile(filepath.Join(t.TempDir(), "none.toml"), model.Default(), nil)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}

func replacePath(text, path string) string {
	if len(text) >= 4 && text[:4] == "FILE" {
		return path + text[4:]
	}
	return text
}

// A file edited while it is being patched keeps the edit: the patch is
// abandoned, with no temporary file left.
func TestPatchFileChangedOnDisk(t *testing.T) {
	path := writeTempFile(t, "site.toml", "[site]\npower_mw = 10\n")
	saved := writeTemp
	t.Cleanup(func() { writeTemp = saved })
	writeTemp = func(f *os.File, data []byte) error {
		os.WriteFile(path, []byte("[site]\npower_mw = 11 # edited meanwhile\n"), 0o644)
		return saved(f, data)
	}
	values := model.Default()
	values.Site.PowerMW = d("20")
	_, err := PatchFile(path, values, []string{"site.power_mw"})
	if !errors.Is(err, ErrChangedOnDisk) || err.Error() != "save "+path+": changed on disk while it was being updated; nothing was written" {
		t.Errorf("err = %v", err)
	}
	if got := string(mustRead(t, path)); got != "[site]\npower_mw = 11 # edited meanwhile\n" {
		t.Errorf("the edit was lost: %s", got)
	}
	if names := listDir(t, filepath.Dir(path)); len(names) != 1 {
		t.Errorf("folder holds %v", names)
	}
}

// A file loaded for a patch and edited before the patch keeps the edit: the
// values the caller read are no longer the file's.
func TestPatchStampedRefusesAFileChangedSinceItWasLoaded(t *testing.T) {
	path := writeTempFile(t, "site.toml", "[site]\npower_mw = 10 # contracted\n")
	s, stamp, err := LoadPatchable(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Site.PowerMW = d("20")
	edited := "[site]\npower_mw = 12 # contracted, amended\n"
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = PatchStamped(path, stamp, s, []string{"site.power_mw"})
	if !errors.Is(err, ErrChangedOnDisk) || err.Error() != "save "+path+": changed on disk while it was being updated; nothing was written" {
		t.Errorf("err = %v", err)
	}
	if got := string(mustRead(t, path)); got != edited {
		t.Errorf("the edit was lost: %s", got)
	}

	// Unchanged since it was loaded, it is patched.
	s, stamp, err = LoadPatchable(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Site.PowerMW = d("20")
	if _, err := PatchStamped(path, stamp, s, []string{"site.power_mw"}); err != nil {
		t.Fatal(err)
	}
	if got := string(mustRead(t, path)); got != "[site]\npower_mw = 20 # contracted, amended\n" {
		t.Errorf("file holds %q", got)
	}
}

// A JSON scenario is refused before it is even read.
func TestLoadPatchableRefusesJSON(t *testing.T) {
	path := writeTempFile(t, "s.json", `{"site": {"power_mw": 10}}`)
	_, _, err := LoadPatchable(path)
	if want := path + ": a JSON scenario cannot be updated in place: save it as TOML first"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}
