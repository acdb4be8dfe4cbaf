package workbook

import (
	"strconv"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
)

// Columns of the Inputs sheet.
const (
	inputLabelCol = iota + 1
	inputKeyCol
	inputValueCol
	inputUnitCol
	inputNoteCol
)

const inputsNote = "The scenario as pivot-tui read it. The ledgers hold the model's monthly figures for these inputs; " +
	"the Summary's formulas work from the ledgers and its discount rates. To change another input, change the file and run the report again."

// inputs is the Inputs sheet and where each key's value sits on it.
type inputs struct {
	sheet *sheet
	rows  map[string]int // key → the row of its value
}

// inputsSheet lists every scenario key (spec §2, §9, §10–§14) with its
// label, value and unit, then the pivot's phases; a key a rule leaves out
// says what takes its place.
func inputsSheet(name string, res model.Result, st *styles) (inputs, error) {
	s := res.Scenario
	sh := &sheet{name: name}
	sh.add(spill(s.Name, st.title))
	sh.add(label("Start", st), monthCell(s.Start, st.month))
	horizon := integerCell(s.HorizonMonths, st)
	horizon.style = st.integerLeft
	sh.add(label("Horizon", st), horizon, textCell("months", st.text))
	sh.add(spill(inputsNote, st.note))
	sh.add(header("Input", st), header("Key", st), headerRight("Value", st), header("Unit", st), header("Note", st))
	sh.frozenRows = sh.next() - 1

	in := inputs{sheet: sh, rows: map[string]int{}}
	for _, f := range model.Fields() {
		value, note, err := inputValue(f, &s, st)
		if err != nil {
			return inputs{}, err
		}
		if strings.HasPrefix(f.Key, "treasury.") && !s.HasTreasury {
			note = "no [treasury] section: not used"
		}
		if unused := notUsed(f.Key, res); unused != "" {
			note = unused
		}
		row := sh.add(label(f.Label, st), textCell(f.Key, st.text), value, textCell(f.Unit, st.text), textCell(note, st.note))
		in.rows[f.Key] = row
	}
	for i := range s.AI.Phases {
		for _, name := range []string{"mw", "live"} {
			f, _ := model.PhaseField(i, name)
			value, _, err := inputValue(f, &s, st)
			if err != nil {
				return inputs{}, err
			}
			in.rows[f.Key] = sh.add(label(f.Label, st), textCell(f.Key, st.text), value, textCell(f.Unit, st.text),
				textCell(phaseNote(name, res.AI.Phases[i]), st.note))
		}
	}
	return in, nil
}

// notUsed says what stands in for a key that a rule between keys leaves out
// (spec §10, §11), or "".
func notUsed(key string, res model.Result) string {
	s := res.Scenario
	switch {
	case len(s.AI.Phases) > 0 && (key == "ai.converted_mw" || key == "ai.conversion_months"):
		return "not used with [[ai.phases]]: the phases below say what converts and when"
	case key == "ai.colocation.rate_usd_per_kw_month" && s.AI.Colocation.ContractValueUSD.Valid && res.AI.ColoRateUSDPerKWMonth.Valid:
		return "not used: the contract value sets the month-1 rate, " + format.ColoRate(res.AI.ColoRateUSDPerKWMonth.Decimal)
	}
	return ""
}

// phaseNote is what a phase's key comes to in the model: its critical IT
// and GPUs, its projection month.
func phaseNote(name string, built model.PhaseResult) string {
	if name == "live" {
		return "month " + strconv.Itoa(built.LiveMonth) + " of the projection"
	}
	note := format.Number(built.ITMW, 1, "MW") + " of critical IT"
	if built.GPUs.Valid {
		note += ", " + format.Number(built.GPUs.Decimal, 0, "GPUs")
	}
	return note
}

// inputValue is a field's value cell, as the scenario file holds it: numbers
// as numbers, flags as TRUE or FALSE, months as dates.
func inputValue(f model.Field, s *model.Scenario, st *styles) (cell, string, error) {
	switch f.Kind {
	case model.KindFlag:
		return cell{value: f.Flag(s), style: st.textRight, shown: strings.ToUpper(f.Format(s))}, "", nil
	case model.KindText, model.KindMode:
		return textCell(f.Format(s), st.textRight), "", nil
	case model.KindMonth:
		return monthCell(f.Month(s), st.inputMonth), "", nil
	}
	value, ok := f.Decimal(s)
	if !ok {
		return textCell("auto", st.textRight), "not set: derived by the model", nil
	}
	if f.Kind == model.KindInteger {
		return cell{value: value.IntPart(), style: st.integer, shown: value.String()}, "", nil
	}
	// Show every decimal the file gave, and at least the field's usual places.
	places := max(f.Places, -value.Exponent())
	style, err := st.number(places)
	if err != nil {
		return cell{}, "", err
	}
	return cell{value: value.InexactFloat64(), style: style, shown: format.Grouped(value, places)}, "", nil
}
