package model

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// MaxPhases is spec §10's limit on [[ai.phases]].
const MaxPhases = 24

// phaseMW is the range of one phase's grid MW: positive, no more than a site may have.
var phaseMW = positive("10000")

// PhaseKey describes a key of one [[ai.phases]] table, for files and screens.
type PhaseKey struct{ Name, Unit, Comment string }

// PhaseKeys lists the keys of a phase in file order.
func PhaseKeys() []PhaseKey {
	return []PhaseKey{
		{Name: "mw", Unit: "MW", Comment: ranged("grid MW of this phase", phaseMW)},
		{Name: "live", Comment: "first month of AI revenue of this phase (YYYY-MM), within the horizon"},
	}
}

// PhaseKeyPath names a phase's key in errors: "ai.phases[2].live" is the
// live month of the second [[ai.phases]] table (counted from 1, as a reader
// counts the tables in a file); name "" names the phase itself.
func PhaseKeyPath(index int, name string) string {
	path := "ai.phases[" + strconv.Itoa(index+1) + "]"
	if name != "" {
		path += "." + name
	}
	return path
}

// CheckPhaseMW reports whether a phase's MW lies in its range.
func CheckPhaseMW(index int, mw decimal.Decimal) error {
	f := Field{Key: PhaseKeyPath(index, "mw"), Unit: "MW", Kind: KindNumber,
		Min: d(phaseMW.min), Max: d(phaseMW.max), MinExclusive: true}
	return f.Check(mw)
}

// notGiven is the model's reading of "must not be given" (spec §10, §11): a
// scenario holds every key, so a key that must be left out must hold its
// default, the value of a file that leaves it out. A file that writes the
// default anyway is caught by the file reader, which knows what was written.
var notGiven = Default()

// validatePlan checks the rules of spec §10 that tie the pivot plan to the
// site and the horizon, and §11's credit window.
func validatePlan(s Scenario, add func(error)) {
	ai := s.AI
	power := s.Site.PowerMW
	if len(ai.Phases) > 0 {
		if ai.ConvertedMW.Valid {
			add(&FieldError{Key: "ai.converted_mw", Value: ai.ConvertedMW.Decimal.String(),
				Rule: "not allowed with [[ai.phases]]: the phases' MW are what converts"})
		}
		if ai.ConversionMonths != notGiven.AI.ConversionMonths {
			add(&FieldError{Key: "ai.conversion_months", Value: strconv.Itoa(ai.ConversionMonths),
				Rule: "not allowed with [[ai.phases]]: each phase's live month ends its conversion"})
		}
		if len(ai.Phases) > MaxPhases {
			add(&FieldError{Key: "ai.phases", Value: fmt.Sprintf("%d phases", len(ai.Phases)),
				Allowed: fmt.Sprintf("1 to %d phases", MaxPhases)})
		}
		first, last := s.Start, s.Start.AddMonths(s.HorizonMonths-1)
		total := zero
		for i, p := range ai.Phases {
			add(CheckPhaseMW(i, p.MW))
			if p.Live.Before(first) || last.Before(p.Live) {
				add(&FieldError{Key: PhaseKeyPath(i, "live"), Value: p.Live.String(),
					Allowed: fmt.Sprintf("a month within the horizon, %s to %s", first, last)})
			}
			total = total.Add(p.MW)
		}
		if total.GreaterThan(power) {
			add(&FieldError{Key: "ai.phases", Value: total.String() + " MW in all",
				Allowed: Bound{"at most", "site.power_mw", power}.Words(FormatNumber, "MW")})
		}
	} else if ai.ConvertedMW.Valid && ai.ConvertedMW.Decimal.GreaterThan(power) {
		add(boundError("ai.converted_mw", ai.ConvertedMW.Decimal, Bound{"at most", "site.power_mw", power}))
	}
	// spec §17: the credit window is checked only when there is a prepayment.
	if ai.PrepaymentUSD.IsPositive() {
		firstLive := firstLiveMonth(s)
		if end := firstLive + ai.PrepaymentCreditMonths - 1; end > s.HorizonMonths {
			allowed := fmt.Sprintf("at most %d, so that the credits from the first live month (%d) end by the horizon (%d)",
				max(0, s.HorizonMonths-firstLive+1), firstLive, s.HorizonMonths)
			if firstLive > s.HorizonMonths {
				allowed = fmt.Sprintf("a first live month within the horizon: AI goes live in month %d of %d", firstLive, s.HorizonMonths)
			}
			add(&FieldError{Key: "ai.prepayment_credit_months", Value: strconv.Itoa(ai.PrepaymentCreditMonths), Allowed: allowed})
		}
	}
}

// ContractRateRule words the rule that a contract value and a rate are not
// both given (spec §11), for the model and the file reader alike.
func ContractRateRule() string {
	return "not allowed with " + KeyName("ai.colocation.contract_value_usd") + ": it sets the month-1 rate"
}

// validateContract checks spec §11's rules for a contract value.
func validateContract(s Scenario, add func(error)) {
	c := s.AI.Colocation
	if !c.ContractValueUSD.Valid {
		return
	}
	if c.TermMonths <= 0 {
		add(&FieldError{Key: "ai.colocation.term_months", Value: strconv.Itoa(c.TermMonths),
			Allowed: "more than 0 with " + KeyName("ai.colocation.contract_value_usd") + ": the term the value is paid over"})
	}
	if !c.RateUSDPerKWMonth.Equal(notGiven.AI.Colocation.RateUSDPerKWMonth) {
		add(&FieldError{Key: "ai.colocation.rate_usd_per_kw_month", Value: c.RateUSDPerKWMonth.String(),
			Rule: ContractRateRule()})
	}
	if !c.OccupancyPct.IsPositive() {
		add(&FieldError{Key: "ai.colocation.occupancy_pct", Value: c.OccupancyPct.String(),
			Allowed: "more than 0 with " + KeyName("ai.colocation.contract_value_usd") + ": no rate bills an empty hall its value"})
	}
}

// firstLiveMonth is L_1 (spec §10): the earliest phase's live month, or
// conversion_months + 1 without phases; it may lie past the horizon.
func firstLiveMonth(s Scenario) int {
	if len(s.AI.Phases) == 0 {
		return s.AI.ConversionMonths + 1
	}
	first := 0
	for i, p := range s.AI.Phases {
		if l := p.Live.MonthsSince(s.Start) + 1; i == 0 || l < first {
			first = l
		}
	}
	return first
}
