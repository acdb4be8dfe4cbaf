package report_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report"
)

// Cango's fleet is paid for: its ASIC price moves nothing, so no report
// shows a dead "ASIC price $0.00/TH → $0.00/TH" row, and every row the text
// shows says its swing.
func TestTornadoRowsCarryInformation(t *testing.T) {
	res := presetResult(t, "cango-2026")
	s := res.Scenario
	s.Risk.Paths = 200
	mc, err := model.MonteCarlo(context.Background(), s, model.RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sens, err := model.Analyse(context.Background(), s, model.RiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	doc := report.Document{Result: res, Provenance: fixedProvenance, Risk: &report.Risk{MonteCarlo: mc, Sensitivity: sens}}
	var text bytes.Buffer
	if err := report.Text(&text, doc); err != nil {
		t.Fatal(err)
	}
	_, md, _ := strings.Cut(markdown(t, doc), "### What moves the answer")
	md, _, _ = strings.Cut(md, "###")
	_, tornado, _ := strings.Cut(text.String(), "What moves the answer")
	for name, out := range map[string]string{"text": tornado, "md": md} {
		if strings.Contains(out, "ASIC price") || strings.Contains(out, "$0.00/TH") {
			t.Errorf("the %s report shows the paid-for fleet's ASIC price:\n%s", name, out)
		}
	}
	rows := strings.Split(strings.TrimSpace(tornado), "\n")[1:]
	if len(rows) != len(sens.Tornado) {
		t.Fatalf("%d tornado rows for %d bars", len(rows), len(sens.Tornado))
	}
	for _, r := range rows {
		if !strings.Contains(r, "  swing $") {
			t.Errorf("a row without its swing: %q", r)
		}
	}
}
