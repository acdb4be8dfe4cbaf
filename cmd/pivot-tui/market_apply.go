package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/market"
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/pivot-tui/pivot-tui/scenarios"
)

// hashpriceKey is the override that, when set, replaces the hashprice the
// market's figures give (spec §3).
const hashpriceKey = "bitcoin.hashprice_usd_per_ph_day"

// applyTarget is the scenario file market --apply writes into, as it was
// read before the market was asked.
type applyTarget struct {
	path  string
	sc    model.Scenario
	stamp scenarios.FileStamp
}

// loadApplyTarget reads the file --apply names; a file that does not load,
// or cannot be patched (JSON), is the user's input: exit code 2.
func loadApplyTarget(path string) (*applyTarget, error) {
	sc, stamp, err := scenarios.LoadPatchable(path)
	if err != nil {
		return nil, inputError{err}
	}
	return &applyTarget{path: path, sc: sc, stamp: stamp}, nil
}

// marketChange is one scenario value --apply sets, or finds already set:
// the values as a scenario file writes them, "" for an unset override.
type marketChange struct {
	key      string
	kind     model.Kind
	from, to string
	changed  bool
}

// applyPlan is what --apply writes: the scenario with the market's values,
// the keys that change, and every value looked at.
type applyPlan struct {
	next    model.Scenario
	keys    []string
	changes []marketChange
}

// planApply works out the values the snapshot changes in sc. A value the
// file already holds is left as written (3.12500 stays 3.12500). With
// clearHashprice a set override is cleared.
func planApply(sc model.Scenario, s market.Snapshot, clearHashprice bool) (applyPlan, error) {
	plan := applyPlan{next: sc}
	for _, setting := range s.Settings() {
		field, _ := model.FieldByKey(setting.Key)
		change := marketChange{key: setting.Key, kind: setting.Kind, from: field.Format(&sc), to: setting.Text()}
		if !setting.Holds(&sc) {
			if err := setting.Apply(&plan.next); err != nil {
				return applyPlan{}, err
			}
			change.changed = true
			plan.keys = append(plan.keys, setting.Key)
		}
		plan.changes = append(plan.changes, change)
	}
	if clearHashprice {
		field, _ := model.FieldByKey(hashpriceKey)
		change := marketChange{key: hashpriceKey, kind: field.Kind, from: field.Format(&sc), changed: field.IsSet(&sc)}
		if change.changed {
			field.Clear(&plan.next)
			plan.keys = append(plan.keys, hashpriceKey)
		}
		plan.changes = append(plan.changes, change)
	}
	return plan, model.Validate(plan.next)
}

// applyMarket writes the reading's values into the target file and reports
// what changed. Nothing is written when nothing changes.
func applyMarket(target *applyTarget, r market.Reading, clearHashprice bool, formatName string, stdout, stderr io.Writer) error {
	plan, err := planApply(target.sc, r.Snapshot, clearHashprice)
	if err != nil {
		return fmt.Errorf("market: the figures cannot go into %s: %w; it is unchanged", target.path, err)
	}
	written := len(plan.keys) > 0
	if written {
		if _, err := scenarios.PatchStamped(target.path, target.stamp, plan.next, plan.keys); err != nil {
			return fmt.Errorf("market: %w", err)
		}
	}
	hashprice, _ := model.FieldByKey(hashpriceKey)
	if override, set := hashprice.Decimal(&plan.next); set {
		fmt.Fprintf(stderr, "pivot-tui: warning: %s sets %s = %s, which replaces the hashprice the applied figures give (%s in month 1); --clear-hashprice clears it\n",
			target.path, hashpriceKey, model.FormatNumber(override), hashpriceText(derivedHashprice(plan.next)))
	}
	var buf bytes.Buffer
	if formatName == "json" {
		err = writeApplyJSON(&buf, target, r, plan, written)
	} else {
		writeApplyText(&buf, target, r, plan, written)
	}
	if err != nil {
		return err
	}
	_, err = stdout.Write(buf.Bytes())
	return err
}

// derivedHashprice is the month-1 hashprice the scenario's market figures
// give, whatever override it sets.
func derivedHashprice(sc model.Scenario) decimal.Decimal {
	sc.Bitcoin.HashpriceOverrideUSDPerPHDay = decimal.NullDecimal{}
	return model.Evaluate(sc).HashpriceUSDPerPHDay
}

func hashpriceText(v decimal.Decimal) string {
	f, _ := model.FieldByKey(hashpriceKey)
	return format.Value(v, f.Places, f.Unit)
}

// unsetText stands for an unset override in the list of changes.
const unsetText = "(unset)"

func writeApplyText(w io.Writer, target *applyTarget, r market.Reading, plan applyPlan, written bool) {
	headline, cached := r.Provenance(marketClock())
	fmt.Fprintln(w, headline)
	if cached != "" {
		fmt.Fprintln(w, cached)
	}
	fmt.Fprintln(w)
	changed := len(plan.keys)
	if written {
		fmt.Fprintf(w, "Applied to %s: %s changed, %d unchanged.\n\n", target.path, plural(changed, "value"), len(plan.changes)-changed)
	} else {
		fmt.Fprintf(w, "%s already holds these figures: nothing was written.\n\n", target.path)
	}
	var rows [][3]string
	for _, c := range plan.changes {
		from, to := c.from, c.to
		if from == "" {
			from = unsetText
		}
		if to == "" {
			to = unsetText
		}
		if c.changed {
			rows = append(rows, [3]string{c.key, from, "→ " + to})
		} else {
			rows = append(rows, [3]string{c.key, from, "unchanged"})
		}
	}
	writeColumns(w, rows)

	fmt.Fprintln(w)
	before, after := model.Evaluate(target.sc).HashpriceUSDPerPHDay, model.Evaluate(plan.next).HashpriceUSDPerPHDay
	month := "month 1 (" + plan.next.Start.String() + ")"
	if plan.next.Bitcoin.HashpriceOverrideUSDPerPHDay.Valid {
		fmt.Fprintf(w, "Hashprice in %s: %s, the file's override; these figures give %s.\n", month, hashpriceText(after), hashpriceText(derivedHashprice(plan.next)))
		return
	}
	if before.Equal(after) {
		fmt.Fprintf(w, "Hashprice in %s: %s, unchanged.\n", month, hashpriceText(after))
		return
	}
	fmt.Fprintf(w, "Hashprice in %s: %s → %s.\n", month, hashpriceText(before), hashpriceText(after))
}

// plural writes a count and a noun: "1 value", "3 values".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// applyJSON is the document of 'market --apply FILE --format json': the
// market's document, and what was applied.
type applyJSON struct {
	marketJSON
	Applied appliedJSON `json:"applied"`
}

type appliedJSON struct {
	File    string       `json:"file"`
	Written bool         `json:"written"`
	Changes []changeJSON `json:"changes"`
	// HashpriceOverride is the override the file keeps, which replaces the
	// applied figures' hashprice; null when there is none.
	HashpriceOverride *json.Number `json:"hashprice_override_usd_per_ph_day"`
}

// changeJSON writes values as the file does: numbers as exact JSON numbers,
// months as strings, an unset override as null.
type changeJSON struct {
	Key     string          `json:"key"`
	From    json.RawMessage `json:"from"`
	To      json.RawMessage `json:"to"`
	Changed bool            `json:"changed"`
}

func valueJSON(kind model.Kind, text string) json.RawMessage {
	switch {
	case text == "":
		return json.RawMessage("null")
	case kind == model.KindMonth:
		quoted, _ := json.Marshal(text)
		return quoted
	}
	return json.RawMessage(text)
}

func writeApplyJSON(w io.Writer, target *applyTarget, r market.Reading, plan applyPlan, written bool) error {
	doc := applyJSON{marketJSON: newMarketJSON(r, marketClock())}
	doc.Applied = appliedJSON{File: target.path, Written: written, Changes: []changeJSON{}}
	for _, c := range plan.changes {
		to := c.to
		if !c.changed {
			to = c.from
		}
		doc.Applied.Changes = append(doc.Applied.Changes, changeJSON{Key: c.key, From: valueJSON(c.kind, c.from), To: valueJSON(c.kind, to), Changed: c.changed})
	}
	if override := plan.next.Bitcoin.HashpriceOverrideUSDPerPHDay; override.Valid {
		n := json.Number(model.FormatNumber(override.Decimal))
		doc.Applied.HashpriceOverride = &n
	}
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
