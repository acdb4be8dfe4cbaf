package workbook

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// Number formats. Money is in whole dollars with a minus sign, negative in
// red and zero as a dash, as a finance sheet reads; percents are stored as
// fractions (0.12 is 12.0 %).
const (
	moneyFormat       = `"$"#,##0;[Red]-"$"#,##0;"–"`
	percentFormat     = `0.0%`
	monthlyRateFormat = `0.0000%`
	monthFormat       = `mmm yyyy`   // a ledger month
	instantFormat     = `d mmm yyyy` // t = 0, the start of month 1
	inputMonthFormat  = `yyyy-mm`    // a month as a scenario file writes it
	integerFormat     = `0`
	factorFormat      = `0.000000`
)

// inputColour marks the figures a formula reads but no formula makes: the
// model's monthly figures and the discount rates. Formulas stay black, the
// convention of financial models.
const inputColour = "1F4E9A"

// styles holds every style a workbook uses, created once per file.
type styles struct {
	title, note, how, section                       int
	header, headerRight, headerCenter, headerIndent int
	textCenter                                      int
	label, text, textRight, bold                    int
	money, moneyInput, moneyTotal                   int
	percent, percentInput, monthlyRate, factor      int
	month, instant, inputMonth, integer             int
	integerLeft                                     int
	inputNumber                                     map[int32]int // by decimal places
	f                                               *excelize.File
}

func newStyles(f *excelize.File) (*styles, error) {
	st := &styles{f: f, inputNumber: map[int32]int{}}
	headerFill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8ECF2"}}
	headerBorder := []excelize.Border{{Type: "bottom", Color: "7F8C9D", Style: 1}}
	input := &excelize.Font{Color: inputColour}
	for _, s := range []struct {
		id    *int
		style excelize.Style
	}{
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&st.note, excelize.Style{Font: &excelize.Font{Italic: true, Color: "5F6B7A"}}},
		{&st.header, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: headerFill, Border: headerBorder,
			Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.headerCenter, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: headerFill, Border: headerBorder,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.headerIndent, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: headerFill, Border: headerBorder,
			Alignment: &excelize.Alignment{Vertical: "center", Indent: 1}}},
		{&st.headerRight, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: headerFill, Border: headerBorder,
			Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}}},
		{&st.section, excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&st.label, excelize.Style{}},
		{&st.text, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.textRight, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "right"}}},
		{&st.bold, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "right"}}},
		{&st.money, excelize.Style{CustomNumFmt: ptr(moneyFormat)}},
		{&st.moneyInput, excelize.Style{CustomNumFmt: ptr(moneyFormat), Font: input}},
		{&st.moneyTotal, excelize.Style{CustomNumFmt: ptr(moneyFormat), Font: &excelize.Font{Bold: true}}},
		{&st.percent, excelize.Style{CustomNumFmt: ptr(percentFormat)}},
		{&st.percentInput, excelize.Style{CustomNumFmt: ptr(percentFormat), Font: input}},
		{&st.monthlyRate, excelize.Style{CustomNumFmt: ptr(monthlyRateFormat)}},
		{&st.month, excelize.Style{CustomNumFmt: ptr(monthFormat), Alignment: &excelize.Alignment{Horizontal: "left", Indent: 1}}},
		{&st.instant, excelize.Style{CustomNumFmt: ptr(instantFormat), Alignment: &excelize.Alignment{Horizontal: "left", Indent: 1}}},
		{&st.textCenter, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.how, excelize.Style{Font: &excelize.Font{Italic: true, Color: "5F6B7A"}, Alignment: &excelize.Alignment{Indent: 1}}},
		{&st.inputMonth, excelize.Style{CustomNumFmt: ptr(inputMonthFormat), Alignment: &excelize.Alignment{Horizontal: "right"}}},
		{&st.integer, excelize.Style{CustomNumFmt: ptr(integerFormat)}},
		{&st.integerLeft, excelize.Style{CustomNumFmt: ptr(integerFormat), Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.factor, excelize.Style{CustomNumFmt: ptr(factorFormat)}},
	} {
		id, err := f.NewStyle(&s.style)
		if err != nil {
			return nil, err
		}
		*s.id = id
	}
	return st, nil
}

// number is the style of an input shown with a given number of decimals.
func (st *styles) number(places int32) (int, error) {
	if id, ok := st.inputNumber[places]; ok {
		return id, nil
	}
	format := "#,##0"
	if places > 0 {
		format += "." + strings.Repeat("0", int(places))
	}
	id, err := st.f.NewStyle(&excelize.Style{CustomNumFmt: &format})
	if err != nil {
		return 0, err
	}
	st.inputNumber[places] = id
	return id, nil
}

func ptr[T any](v T) *T { return &v }
