package workbook

import (
	"slices"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/shopspring/decimal"
)

// The Summary's lower half: what the model derived that the ledgers do not
// recompute, as values.

// sides says which strategies a model figure belongs to.
type sides int

const (
	bothSides sides = iota
	miningSide
	aiSide
)

// dollars marks a model figure written as money rather than with decimals.
const dollars = -1

// modelFigure is one figure the model derived that the ledgers do not recompute.
type modelFigure struct {
	label      string
	sides      sides
	mining, ai decimal.NullDecimal // null: "none"
	places     int32               // or dollars
	how        string
}

// modelFigures adds capacities, bitcoin, the break-evens and the treasury,
// as the model gives them.
func modelFigures(sh *sheet, res model.Result, s *styles) error {
	m, a, b := res.Mining, res.AI, res.Breakeven
	is := decimal.NewNullDecimal
	none := decimal.NullDecimal{}
	aiRate := modelFigure{"Break-even GPU rate, $/GPU-hour", aiSide, none, b.GPURateUSDPerGPUHour, 2,
		"month-1 rate at which AI NPV = mining NPV"}
	if a.Mode == model.ModeColocation {
		aiRate.label, aiRate.ai = "Break-even colocation rate, $/kW-month", b.ColoRateUSDPerKWMonth
	}
	figures := []modelFigure{
		{"IT load, MW", bothSides, is(m.ITMW), is(a.ITMW), 1, ""},
		{"Hashrate, PH/s", miningSide, is(m.HashratePH), none, 1, ""},
		{"Revenue, " + words.FirstLiveYear, bothSides, is(m.FirstYearRevenueUSD), is(a.FirstYearRevenueUSD), dollars, "from month 1 for mining, from the first live month for AI"},
		{"EBITDA, " + words.FirstLiveYear, bothSides, is(m.FirstYearEBITDAUSD), is(a.FirstYearEBITDAUSD), dollars, "from month 1 for mining, from the first live month for AI"},
		{"EBITDA " + words.PerGridMW + "-year", bothSides, is(m.EBITDAUSDPerMWYear), is(a.EBITDAUSDPerMWYear), dollars, "the first 12 live months over the site's grid MW"},
		{"Revenue " + words.PerITMW + "-year", bothSides, is(m.RevenueUSDPerITMWYear), is(a.RevenueUSDPerITMWYear), dollars, "over the critical IT load; AI from its last phase live"},
		{"EBITDA " + words.PerITMW + "-year", bothSides, is(m.EBITDAUSDPerITMWYear), is(a.EBITDAUSDPerITMWYear), dollars, "over the critical IT load; AI from its last phase live"},
		{"BTC mined", miningSide, is(m.BTCMined), none, 2, ""},
		{"Cash cost per BTC", miningSide, is(m.CashCostPerBTCUSD), none, dollars, "month 1"},
		{"Hashcost, $/PH/day", miningSide, is(m.HashcostUSDPerPHDay), none, 2, "month 1"},
		{"Hashprice, $/PH/day", miningSide, is(res.HashpriceUSDPerPHDay), none, 2, "month 1"},
		aiRate,
		{"Break-even hashprice, $/PH/day", miningSide, b.HashpriceUSDPerPHDay, none, 2, "month-1 hashprice at which mining NPV = AI NPV"},
		{"Break-even power price, $/MWh", miningSide, b.MiningPowerPriceUSDPerMWh, none, 2, "month-1 power price at which mining's EBITDA is 0"},
	}
	if a.GPUs.Valid {
		figures = slices.Insert(figures, 2, modelFigure{"GPUs", aiSide, none, a.GPUs, 0, ""})
	}
	if m.Equity != nil && a.Equity != nil {
		figures = append(figures, modelFigure{"Lowest DSCR", bothSides, m.Equity.MinDSCR, a.Equity.MinDSCR, 2,
			"the lowest EBITDA / (interest + principal) over the months with debt service; none without debt"})
	}
	sh.add()
	sh.add(spill("From the model (values, not formulas)", s.section))
	for _, f := range figures {
		mining, err := f.cell(f.sides != aiSide, f.mining, s)
		if err != nil {
			return err
		}
		ai, err := f.cell(f.sides != miningSide, f.ai, s)
		if err != nil {
			return err
		}
		sh.add(label(f.label, s), mining, ai, textCell(f.how, s.how))
	}

	sh.add()
	sh.add(spill("Where the verdict flips", s.section))
	for _, flip := range words.FlipPoints(res) {
		sh.add(spill(flip.Sentence(), s.label))
	}
	for _, note := range words.Notes(res) {
		sh.add(spill(note, s.label))
	}

	if lines := report.TreasuryLines(res); lines != nil {
		sh.add()
		sh.add(spill("Treasury: before and after selling BTC", s.section))
		sh.add(cell{style: s.header}, headerRight("Before", s), headerRight("After", s))
		for _, l := range append(lines, report.TreasuryOverTime(res, nil)...) {
			sh.add(label(l.Label, s), textCell(l.Before, s.textRight), textCell(l.After, s.textRight))
		}
	}
	return nil
}

func (f modelFigure) cell(applies bool, v decimal.NullDecimal, s *styles) (cell, error) {
	switch {
	case !applies:
		return cell{}, nil
	case !v.Valid:
		return textCell(noIRR, s.textRight), nil
	case f.places == dollars:
		return money("", v.Decimal, s.money), nil
	}
	style, err := s.number(f.places)
	return cell{value: v.Decimal.InexactFloat64(), style: style, shown: format.Grouped(v.Decimal, f.places)}, err
}
