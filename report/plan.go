package report

import (
	"strconv"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
)

// PlanRow is one phase of the pivot's plan as the reports list it (spec
// §10, §16): its grid MW, its critical IT, its GPUs and when it goes live.
type PlanRow struct {
	Phase, GridMW, ITMW, GPUs, Live string
}

// PlanRows lists the pivot's phases, then the kept MW mining throughout;
// nil for a plan without [[ai.phases]], which the assumptions state in full.
func PlanRows(res model.Result) []PlanRow {
	s, a := res.Scenario, res.AI
	if len(s.AI.Phases) == 0 {
		return nil
	}
	rows := make([]PlanRow, 0, len(a.Phases)+1)
	for i, p := range a.Phases {
		gpus := notApplicable
		if p.GPUs.Valid {
			gpus = format.Grouped(p.GPUs.Decimal, 0)
		}
		rows = append(rows, PlanRow{Phase: strconv.Itoa(i + 1), GridMW: format.Grouped(p.MW, 1), ITMW: format.Grouped(p.ITMW, 1),
			GPUs: gpus, Live: p.Live.String() + " (month " + strconv.Itoa(p.LiveMonth) + ")"})
	}
	return append(rows, PlanRow{Phase: "Kept mining", GridMW: format.Grouped(a.MiningMW, 1), ITMW: notApplicable,
		GPUs: notApplicable, Live: "mines every month"})
}
