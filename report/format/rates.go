package format

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/shopspring/decimal"
)

// Hashprice, GPURate, ColoRate and PowerPrice write the model's prices with
// their units, to the cent: "$30.29/PH/day", "$3.88/GPU-hour".
func Hashprice(v decimal.Decimal) string  { return Price(v, 2, "/PH/day") }
func GPURate(v decimal.Decimal) string    { return Price(v, 2, "/GPU-hour") }
func ColoRate(v decimal.Decimal) string   { return Price(v, 2, "/kW-month") }
func PowerPrice(v decimal.Decimal) string { return Price(v, 2, "/MWh") }

// RateUnit is the unit of the AI side's rate in a mode: "/GPU-hour" for GPU
// cloud, "/kW-month" for a colocation lease.
func RateUnit(m model.Mode) string {
	if m == model.ModeColocation {
		return "/kW-month"
	}
	return "/GPU-hour"
}

// Rate writes the AI side's rate in a mode with its unit.
func Rate(m model.Mode, v decimal.Decimal) string { return Price(v, 2, RateUnit(m)) }

// Mode names an AI mode for people: "GPU cloud" or "colocation lease".
func Mode(m model.Mode) string {
	if m == model.ModeColocation {
		return "colocation lease"
	}
	return "GPU cloud"
}
