package workbook

import (
	"strconv"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
)

// The cells the sheets are made of. A formula cell carries the model's figure
// as its cached value.

// spill is a text that runs over the empty cells to its right (a title, a
// note); it does not widen its column.
func spill(text string, style int) cell { return cell{value: text, style: style} }

func label(text string, st *styles) cell { return cell{value: text, style: st.label, shown: text} }

func header(text string, st *styles) cell { return cell{value: text, style: st.header, shown: text} }

func headerRight(text string, st *styles) cell {
	return cell{value: text, style: st.headerRight, shown: text}
}

func textCell(text string, style int) cell {
	if text == "" {
		return cell{}
	}
	return cell{value: text, style: style, shown: text}
}

func integerCell(n int, st *styles) cell {
	return cell{value: n, style: st.integer, shown: strconv.Itoa(n)}
}

// monthCell is a real date, the first day of the month.
func monthCell(ym model.YearMonth, style int) cell {
	day := firstDay(ym)
	return cell{value: day, style: style, shown: day.Format("Jan 2006")}
}

// instantCell is t = 0: the date the projection starts, the first day of month 1.
func instantCell(ym model.YearMonth, st *styles) cell {
	day := firstDay(ym)
	return cell{value: day, style: st.instant, shown: day.Format("2 Jan 2006")}
}

func firstDay(ym model.YearMonth) time.Time {
	return time.Date(ym.Year, time.Month(ym.Month), 1, 0, 0, 0, 0, time.UTC)
}

// money is a dollar amount; with a formula, v is its cached result.
func money(formula string, v decimal.Decimal, style int) cell {
	return cell{value: v.InexactFloat64(), formula: formula, style: style, shown: format.USDWhole(v)}
}

// fraction is a rate stored as a fraction and shown as a percent; pct is the
// model's figure in percent.
func fraction(formula string, pct decimal.Decimal, style int, places int32) cell {
	return cell{value: pct.Shift(-2).InexactFloat64(), formula: formula, style: style, shown: format.Percent(pct, places)}
}

// formulaText is a formula whose result is text.
func formulaText(formula, result string, style int) cell {
	return cell{value: result, formula: formula, style: style, shown: result}
}

// formulaInteger is a formula whose result is a whole number.
func formulaInteger(formula string, n int, style int) cell {
	return cell{value: n, formula: formula, style: style, shown: strconv.Itoa(n)}
}
