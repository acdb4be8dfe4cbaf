package card

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/compare"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/screenshot"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
)

// comparisonOf compares n scenarios: the defaults at a BTC price that
// rises by $15,000 and a GPU rate that rises by $1.20 a scenario, so the
// first ones favour mining and the last ones AI.
func comparisonOf(t *testing.T, n int, name func(i int) string) compare.Comparison {
	t.Helper()
	docs := make([]report.Document, n)
	for i := range docs {
		s := model.Default()
		s.Name = name(i)
		s.Bitcoin.PriceUSD = decimal.NewFromInt(int64(55_000 + 15_000*i))
		s.AI.GPU.RentalUSDPerGPUHour = decimal.RequireFromString("1.9").Add(decimal.RequireFromString("1.2").Mul(decimal.NewFromInt(int64(i))))
		docs[i] = memoDoc(t, s, false)
		docs[i].Provenance.Source = fmt.Sprintf("scenarios/s%d.toml", i+1)
	}
	c, err := compare.New(docs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func short(i int) string { return fmt.Sprintf("Case %d", i+1) }
func long(i int) string  { return fmt.Sprintf("Scenario number %d with a long name", i+1) }

func TestComparisonLinesFillTheWidth(t *testing.T) {
	for _, n := range []int{2, 3, 8} {
		for _, name := range []func(int) string{short, long} {
			c := comparisonOf(t, n, name)
			need := ComparisonMinWidth(c)
			for _, w := range []int{0, need, MaxWidth} {
				for _, dark := range []bool{false, true} {
					text, opts := RenderComparison(c, Options{Width: w, Dark: dark})
					want := w
					if w == 0 {
						want = max(Width, need)
					}
					if opts.Columns != want {
						t.Errorf("%d scenarios at width %d: the image is %d columns, want %d", n, w, opts.Columns, want)
					}
					for i, l := range cells.Lines(text) {
						if got := cells.Width(l); got != want {
							t.Fatalf("%d scenarios at width %d: line %d is %d wide, want %d:\n%s", n, w, i, got, want, ansi.Strip(text))
						}
					}
				}
			}
		}
	}
}

// A long text input that differs is cut to a column, not allowed to
// widen every column.
func TestComparisonCutsALongText(t *testing.T) {
	other := model.Default()
	other.AI.GPU.Model = strings.Repeat("NVIDIA B200 ", 8)
	c, err := compare.New([]report.Document{memoDoc(t, model.Default(), false), memoDoc(t, other, false)})
	if err != nil {
		t.Fatal(err)
	}
	if w := ComparisonMinWidth(c); w != MinWidth {
		t.Errorf("two scenarios need %d columns, want the least card's %d", w, MinWidth)
	}
	text, _ := RenderComparison(c, Options{})
	if !strings.Contains(ansi.Strip(text), "NVIDIA B200 NVIDIA B2…") {
		t.Errorf("the long model name is not cut:\n%s", ansi.Strip(text))
	}
}

// Files too long to list in the footer are named in the File row only.
func TestComparisonFooterFits(t *testing.T) {
	c := comparisonOf(t, 4, short)
	for i := range c.Docs {
		c.Docs[i].Provenance.Source = "a/folder/with/a/long/name/scenario-" + short(i) + ".toml"
	}
	text, _ := RenderComparison(c, Options{})
	lines := strings.Split(ansi.Strip(text), "\n")
	if last := strings.TrimSpace(lines[len(lines)-1]); last != "4 scenario files · 2026-11-25 · pivot-tui test" {
		t.Errorf("footer %q", last)
	}
}

func TestComparisonContent(t *testing.T) {
	c := comparisonOf(t, 3, short)
	text, _ := RenderComparison(c, Options{})
	plain := ansi.Strip(text)
	for _, want := range []string{
		"3 scenarios compared: ASIC mining or AI compute", c.Headline,
		"RESULTS", "Case 1", "Case 3", "s1.toml", "Winner", "ASIC mining", "AI compute", "NPV advantage",
		"Payback", "GPU rate, AI = mining", "$4.04/GPU-hour",
		"AI − MINING NPV", "← mining leads", "AI leads →",
		"INPUTS THAT DIFFER", "BTC price", "$55,000", "$85,000", "$1.90/GPU-h", "$4.30/GPU-h",
		"scenarios scenarios/s1.toml, scenarios/s2.toml, scenarios/s3.toml · 2026-11-25 · pivot-tui test",
	} {
		if !strings.Contains(plain, want) {
			t.Errorf("the card lacks %q:\n%s", want, plain)
		}
	}
	// Each scenario's lead is written at its bar's end, on its side of zero.
	lines := strings.Split(plain, "\n")
	chart, _ := lineAt(t, lines, "AI − MINING NPV")
	for i, adv := range c.Advantages() {
		row, _ := lineAt(t, lines[chart:], " "+short(i)+" ")
		line := lines[chart+row]
		zero := strings.Index(line, "│")
		lead := strings.Index(line, format.USDShort(adv))
		if zero < 0 || lead < 0 || (lead < zero) != adv.IsNegative() {
			t.Errorf("%s's lead %s is on the wrong side of zero: %q", short(i), format.USDShort(adv), line)
		}
	}
}

// A long list of differing inputs is cut, and says how many more there are.
func TestComparisonCutsTheInputs(t *testing.T) {
	base := model.Default()
	other := model.Default()
	n := 0
	for _, f := range model.Fields() {
		if f.Kind == model.KindNumber && f.Key != "horizon_months" {
			v, _ := f.Decimal(&other)
			if next := v.Add(f.Step); f.Check(next) == nil {
				f.SetDecimal(&other, next)
				n++
			}
		}
	}
	if model.Validate(other) != nil || n <= comparisonInputs {
		t.Fatalf("%d inputs changed, valid: %v", n, model.Validate(other))
	}
	c, err := compare.New([]report.Document{memoDoc(t, base, false), memoDoc(t, other, false)})
	if err != nil {
		t.Fatal(err)
	}
	text, _ := RenderComparison(c, Options{})
	plain := ansi.Strip(text)
	more := len(c.Differences) - comparisonInputs
	if !strings.Contains(plain, words.MoreDifferences(more)) {
		t.Errorf("no %q under the inputs:\n%s", words.MoreDifferences(more), plain)
	}
	if strings.Contains(plain, c.Differences[comparisonInputs].Label+" ") {
		t.Errorf("the %d-th input (%s) is listed", comparisonInputs+1, c.Differences[comparisonInputs].Label)
	}
}

// The card as a PNG: its size in cells, the page, and the bars in the
// strategies' colours.
func TestComparisonPNG(t *testing.T) {
	c := comparisonOf(t, 3, short)
	text, opts := RenderComparison(c, Options{})
	var buf bytes.Buffer
	if err := screenshot.PNG(&buf, text, opts); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(ansi.Strip(text), "\n")
	wantW, wantH := (opts.Columns+2*imagePadding)*memoCellW, (len(lines)+2*imagePadding)*memoCellH
	if got := img.Bounds().Size(); got.X != wantW || got.Y != wantH {
		t.Fatalf("image is %v, want %dx%d", got, wantW, wantH)
	}
	page := color.RGBA{0xff, 0xff, 0xff, 0xff}
	chart, _ := lineAt(t, lines, "AI − MINING NPV")
	first, _ := lineAt(t, lines[chart:], " Case 1 ")
	last, _ := lineAt(t, lines[chart:], " Case 3 ")
	_, zero := lineAt(t, lines[chart+first:], "│")
	// Case 1 favours mining: ink left of zero; Case 3 favours AI: right of it.
	left := ink(img, cellRect(zero-4, zero, chart+first), page)
	right := ink(img, cellRect(zero+1, zero+5, chart+last), page)
	if left < 1000 || right < 1000 {
		t.Errorf("bar ink: %d px left of zero for Case 1, %d right of it for Case 3", left, right)
	}
	miningBar := rgbaAt(img, cellRect(zero-2, zero-1, chart+first).Min.X+memoCellW/2, cellRect(0, 1, chart+first).Min.Y+memoCellH/2)
	aiBar := rgbaAt(img, cellRect(zero+2, zero+3, chart+last).Min.X+memoCellW/2, cellRect(0, 1, chart+last).Min.Y+memoCellH/2)
	if miningBar == aiBar || miningBar == page || aiBar == page {
		t.Errorf("the bars are %v (mining) and %v (AI) on %v", miningBar, aiBar, page)
	}
}

// With [finance] in every scenario the card's NPVs, IRRs and the chart of
// the leads are labelled after tax, as the comparison's rows are.
func TestComparisonAfterTax(t *testing.T) {
	docs := make([]report.Document, 2)
	for i := range docs {
		s := model.Default()
		s.Name = short(i)
		s.HasFinance = true
		s.Finance.TaxRatePct = decimal.NewFromInt(21)
		docs[i] = memoDoc(t, s, false)
	}
	c, err := compare.New(docs)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := RenderComparison(c, Options{})
	plain := ansi.Strip(text)
	for _, want := range []string{"after-tax NPV.", "Figures", "NPV advantage after tax", "  NPV after tax ", "  IRR after tax ", "AI − MINING NPV AFTER TAX"} {
		if !strings.Contains(plain, want) {
			t.Errorf("the card lacks %q:\n%s", want, plain)
		}
	}
}
