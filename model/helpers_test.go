package model

import (
	"testing"

	"github.com/shopspring/decimal"
)

// near fails the test unless got lies within tol of want. Expected values in
// these tests are worked out by hand (or with python3's decimal module) from
// model-spec.md, never copied from the engine's output.
func near(t *testing.T, what string, got decimal.Decimal, want, tol string) {
	t.Helper()
	if diff := got.Sub(d(want)).Abs(); diff.GreaterThan(d(tol)) {
		t.Errorf("%s = %s, want %s (± %s)", what, got, want, tol)
	}
}

// cents fails the test unless got, rounded to the cent as a screen shows it,
// reads want.
func cents(t *testing.T, what string, got decimal.Decimal, want string) {
	t.Helper()
	if g := got.StringFixed(2); g != want {
		t.Errorf("%s = %s (%s), want $%s", what, g, got, want)
	}
}

// nullOrNear checks an optional figure: null when want is "", else near.
func nullOrNear(t *testing.T, what string, got decimal.NullDecimal, want, tol string) {
	t.Helper()
	switch {
	case want == "" && got.Valid:
		t.Errorf("%s = %s, want null", what, got.Decimal)
	case want != "" && !got.Valid:
		t.Errorf("%s = null, want %s", what, want)
	case want != "":
		near(t, what, got.Decimal, want, tol)
	}
}

// defaultWith is the default scenario with some inputs changed.
func defaultWith(change func(*Scenario)) Scenario {
	s := Default()
	if change != nil {
		change(&s)
	}
	return s
}

func decimalInt(n int64) decimal.Decimal { return decimal.NewFromInt(n) }
