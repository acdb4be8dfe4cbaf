package panel

import "github.com/pivot-tui/pivot-tui/model"

// The optional tables a scenario may lack altogether (spec §7 and §14): the
// inputs panel gives each a row that switches it on, with the values it
// holds (the spec's defaults for a file without it), and off again.
const (
	FinanceTable  = "finance"
	TreasuryTable = "treasury"
)

// SwitchKey selects a table's switch in the inputs panel: "[finance]", as
// the file names the table, so that it never clashes with an input's key.
func SwitchKey(table string) string { return "[" + table + "]" }

// SwitchOf is the table whose switch key is key, if it is one.
func SwitchOf(key string) (string, bool) {
	for _, t := range []string{FinanceTable, TreasuryTable} {
		if key == SwitchKey(t) {
			return t, true
		}
	}
	return "", false
}

// TableOf is the optional table an input belongs to, if any.
func TableOf(key string) (string, bool) {
	f, ok := model.FieldByKey(key)
	if !ok {
		return "", false
	}
	switch f.Section() {
	case FinanceTable, TreasuryTable:
		return f.Section(), true
	}
	return "", false
}

// TableOn reports whether a scenario has the table.
func TableOn(table string, s *model.Scenario) bool {
	switch table {
	case FinanceTable:
		return s.HasFinance
	case TreasuryTable:
		return s.HasTreasury
	}
	return false
}

// SetTable switches the table on or off in s, keeping the values it holds.
func SetTable(table string, s *model.Scenario, on bool) {
	switch table {
	case FinanceTable:
		s.HasFinance = on
	case TreasuryTable:
		s.HasTreasury = on
	}
}

// CopyTable sets the table in dst as src has it: switched and valued.
func CopyTable(table string, dst, src *model.Scenario) {
	switch table {
	case FinanceTable:
		dst.HasFinance, dst.Finance = src.HasFinance, src.Finance
	case TreasuryTable:
		dst.HasTreasury, dst.Treasury = src.HasTreasury, src.Treasury
	}
}

// SwitchName says what a table holds, for the switch's label and messages.
func SwitchName(table string) string {
	if table == FinanceTable {
		return "Tax and debt"
	}
	return "BTC treasury"
}

// SwitchValue is the switch's value as the panel shows it.
func SwitchValue(table string, s *model.Scenario) string {
	if TableOn(table, s) {
		return "on"
	}
	return "off"
}
