package model

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// FieldError is a value outside its key's allowed range, or a key that a
// rule between keys forbids.
type FieldError struct {
	Key     string // the key path, e.g. "site.power_mw", or "ai.phases[2].live" for a phase (counted from 1)
	Value   string // the offending value as written
	Allowed string // the allowed range in words
	// Rule, when set, words a rule the key breaks (it must not be given with
	// another); it replaces the range message.
	Rule string
	// Bound is set for a rule between keys: the other key the value is held
	// to, which Allowed words as a file's error does.
	Bound *Bound
}

// Bound is the other key a rule between keys holds a value to: at most the
// BTC held, at least the margin-call LTV.
type Bound struct {
	Relation string // "at most" or "at least"
	Key      string // the other key
	Value    decimal.Decimal
}

// Words states the bound, naming the other key as every message names a key
// for a person, by its label and value, and then the key a file spells, with
// number and unit writing the value: "at most BTC held
// (treasury.btc_held), 7475 BTC".
func (b Bound) Words(number func(decimal.Decimal) string, unit string) string {
	f, _ := FieldByKey(b.Key)
	value := number(b.Value)
	if unit != "" {
		value += " " + unit
	}
	return b.Relation + " " + f.Label + " (" + b.Key + "), " + value
}

// KeyName names another key in a rule's words as every message names a key
// for a person, by its label, then the key a file spells: "Contract value
// (ai.colocation.contract_value_usd)".
func KeyName(key string) string {
	f, _ := FieldByKey(key)
	return f.Label + " (" + key + ")"
}

// boundError refuses key's value for breaking its bound.
func boundError(key string, value decimal.Decimal, b Bound) *FieldError {
	other, _ := FieldByKey(b.Key)
	return &FieldError{Key: key, Value: value.String(), Allowed: b.Words(FormatNumber, other.Unit), Bound: &b}
}

func (e *FieldError) Error() string {
	if e.Rule != "" {
		return fmt.Sprintf("%s: %s", e.Key, e.Rule)
	}
	if f, ok := FieldByKey(e.Key); ok && f.Kind == KindText {
		return fmt.Sprintf("%s = %s is not allowed: want %s", e.Key, e.Value, e.Allowed) // text has no range
	}
	return fmt.Sprintf("%s = %s is out of range: want %s", e.Key, e.Value, e.Allowed)
}

// ValidationError lists every field error of a scenario, in file order.
type ValidationError []*FieldError

func (v ValidationError) Error() string {
	parts := make([]string, len(v))
	for i, e := range v {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// Validate checks every field against its range and the rules that tie
// fields together. It returns nil or a ValidationError.
func Validate(s Scenario) error {
	var problems ValidationError
	add := func(err error) {
		var fe *FieldError
		if errors.As(err, &fe) {
			problems = append(problems, fe)
		}
	}
	for _, f := range fields {
		switch f.Kind {
		case KindNumber, KindInteger, KindOptional:
			if value, ok := f.Decimal(&s); ok {
				add(f.Check(value))
			}
		case KindText:
			add(f.CheckText(f.Text(&s)))
		case KindMonth:
			add(f.CheckMonth(f.Month(&s)))
		case KindMode:
			if _, err := ParseMode(string(f.Mode(&s))); err != nil {
				add(&FieldError{Key: f.Key, Value: string(f.Mode(&s)), Allowed: modeChoices()})
			}
		case KindChoice:
			add(f.CheckChoice(f.Choice(&s)))
		}
	}
	validatePlan(s, add)
	validateContract(s, add)
	validateFleet(s, add)
	if s.HasTreasury {
		if s.Treasury.BTCToSell.GreaterThan(s.Treasury.BTCHeld) {
			add(boundError("treasury.btc_to_sell", s.Treasury.BTCToSell, Bound{"at most", "treasury.btc_held", s.Treasury.BTCHeld}))
		}
		if s.Treasury.LiquidationLTVPct.LessThan(s.Treasury.MarginCallLTVPct) {
			add(boundError("treasury.liquidation_ltv_pct", s.Treasury.LiquidationLTVPct,
				Bound{"at least", "treasury.margin_call_ltv_pct", s.Treasury.MarginCallLTVPct}))
		}
	}
	if len(problems) == 0 {
		return nil
	}
	return problems
}

// Warnings lists legal but unusual inputs a user should notice.
func Warnings(s Scenario) []string {
	var notes []string
	if s.Site.PowerPriceUSDPerMWh.IsNegative() {
		notes = append(notes, fmt.Sprintf("site.power_price_usd_per_mwh is negative (%s $/MWh): the site is paid to draw power",
			s.Site.PowerPriceUSDPerMWh))
	}
	if len(s.AI.Phases) == 0 && s.AI.ConversionMonths >= s.HorizonMonths {
		notes = append(notes, fmt.Sprintf("ai.conversion_months (%d) covers the whole horizon (%d months): AI never goes live",
			s.AI.ConversionMonths, s.HorizonMonths))
	}
	if s.AI.Mode != ModeColocation {
		for _, key := range []string{"ai.colocation.contract_value_usd", "ai.colocation.tenant_capex_pct", "ai.colocation.term_months"} {
			f, _ := FieldByKey(key)
			if v, ok := f.Decimal(&s); ok && !v.IsZero() {
				notes = append(notes, key+" applies to colocation only: the GPU cloud ignores it")
			}
		}
	}
	return notes
}
