package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/scenarios"
	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/internal/printable"
)

// usd is a dollar amount, written as a JSON number to the cent (spec §8).
type usd decimal.Decimal

func (v usd) MarshalJSON() ([]byte, error) {
	return []byte(decimal.Decimal(v).StringFixed(2)), nil
}

// figure is any other quantity, written as a JSON number to eight
// significant digits (spec §8 asks for at least four).
type figure decimal.Decimal

func (v figure) MarshalJSON() ([]byte, error) {
	return []byte(significant(decimal.Decimal(v), 8).String()), nil
}

// significant rounds to n significant digits, keeping every integer digit.
func significant(value decimal.Decimal, n int) decimal.Decimal {
	if value.IsZero() {
		return value
	}
	// The digits before the decimal point (0 or fewer below 1), read
	// exactly from the coefficient and the exponent: 123.45 is 12345e−2,
	// 5 digits − 2 = 3; 0.05 is 5e−2, 1 − 2 = −1.
	magnitude := value.NumDigits() + int(value.Exponent())
	return value.Round(int32(min(max(n-magnitude, 0), 12)))
}

func optionalUSD(v decimal.NullDecimal) *usd {
	if !v.Valid {
		return nil
	}
	x := usd(v.Decimal)
	return &x
}

func optionalFigure(v decimal.NullDecimal) *figure {
	if !v.Valid {
		return nil
	}
	x := figure(v.Decimal)
	return &x
}

func optionalMonths(months int) *int {
	if months == 0 {
		return nil
	}
	return &months
}

// The JSON document of spec §8; field order follows the spec.
type jsonReport struct {
	Name                 string        `json:"name"`
	Start                string        `json:"start"`
	HorizonMonths        int           `json:"horizon_months"`
	HashpriceUSDPerPHDay figure        `json:"hashprice_usd_per_ph_day"`
	Mining               jsonMining    `json:"mining"`
	AI                   jsonAI        `json:"ai"`
	Verdict              jsonVerdict   `json:"verdict"`
	Breakeven            jsonBreakeven `json:"breakeven"`
	Treasury             *jsonTreasury `json:"treasury"`
	Risk                 any           `json:"risk"`
	Sensitivity          any           `json:"sensitivity"`
	// Inputs echoes the scenario that produced the report, in its file's
	// own structure (scenarios.MarshalJSON), so that a pipeline keeping the
	// report knows what it describes and can run it again.
	Inputs json.RawMessage `json:"inputs"`
}

type jsonStrategy struct {
	CapexUSD           usd     `json:"capex_usd"`
	ResidualUSD        usd     `json:"residual_usd"` // the end value: the residual or the exit multiple's (spec §12)
	RevenueUSD         usd     `json:"revenue_usd"`
	PowerCostUSD       usd     `json:"power_cost_usd"`
	OpexUSD            usd     `json:"opex_usd"`
	EBITDAUSD          usd     `json:"ebitda_usd"`
	NetCashUSD         usd     `json:"net_cash_usd"`
	NPVUSD             usd     `json:"npv_usd"`
	IRRPct             *figure `json:"irr_pct"`
	PaybackMonths      *int    `json:"payback_months"`
	EBITDAUSDPerMWYear usd     `json:"ebitda_usd_per_mw_year"`
	// spec §16
	DiscountRatePct       figure `json:"discount_rate_pct"`
	TerminalMethod        string `json:"terminal_method"`
	RevenueUSDPerITMWYear usd    `json:"revenue_usd_per_it_mw_year"`
	EBITDAUSDPerITMWYear  usd    `json:"ebitda_usd_per_it_mw_year"`
	// Spec §14's tax and equity come with a [finance] table: without one the
	// tax is 0 and the equity null.
	TaxUSD usd         `json:"tax_usd"`
	Equity *jsonEquity `json:"equity"`
}

// jsonEquity is spec §14's equity of a strategy.
type jsonEquity struct {
	IRRPct      *figure `json:"irr_pct"`
	NPVUSD      usd     `json:"npv_usd"`
	DebtUSD     usd     `json:"debt_usd"`
	InterestUSD usd     `json:"interest_usd"`
	MinDSCR     *figure `json:"min_dscr"` // null without debt
}

type jsonMining struct {
	ITMW       figure `json:"it_mw"`
	HashratePH figure `json:"hashrate_ph"`
	jsonStrategy
	BTCMined            figure      `json:"btc_mined"`
	CashCostPerBTCUSD   *usd        `json:"cash_cost_per_btc_usd"` // null at 100 % curtailment (spec §17)
	HashcostUSDPerPHDay figure      `json:"hashcost_usd_per_ph_day"`
	Months              []jsonMonth `json:"months"`
}

type jsonAI struct {
	Mode string `json:"mode"`
	ITMW figure `json:"it_mw"`
	GPUs *int64 `json:"gpus"`
	// spec §16: the pivot's plan and contract
	MiningMW              figure      `json:"mining_mw"`
	CapexTiming           string      `json:"capex_timing"`
	Phases                []jsonPhase `json:"phases"`
	ColoRateUSDPerKWMonth *figure     `json:"colo_rate_usd_per_kw_month"`
	PrepaymentUSD         usd         `json:"prepayment_usd"`
	jsonStrategy
	Months []jsonMonth `json:"months"`
}

type jsonPhase struct {
	MW   figure `json:"mw"`
	Live string `json:"live"`
	ITMW figure `json:"it_mw"`
	GPUs *int64 `json:"gpus"`
}

type jsonMonth struct {
	Month             int    `json:"month"`
	Date              string `json:"date"`
	RevenueUSD        usd    `json:"revenue_usd"`
	PowerCostUSD      usd    `json:"power_cost_usd"`
	OpexUSD           usd    `json:"opex_usd"`
	EBITDAUSD         usd    `json:"ebitda_usd"`
	CapexUSD          usd    `json:"capex_usd"` // paid at the end of the month (spec §10)
	CumulativeCashUSD usd    `json:"cumulative_cash_usd"`
	// Spec §14, only with a [finance] table: the unlevered tax, the project
	// debt's interest and scheduled principal, the equity cash flow.
	TaxUSD        *usd `json:"tax_usd,omitempty"`
	InterestUSD   *usd `json:"interest_usd,omitempty"`
	PrincipalUSD  *usd `json:"principal_usd,omitempty"`
	EquityCashUSD *usd `json:"equity_cash_usd,omitempty"`
}

type jsonVerdict struct {
	Winner          string `json:"winner"`
	NPVAdvantageUSD usd    `json:"npv_advantage_usd"`
}

type jsonBreakeven struct {
	GPURate    *figure `json:"gpu_rate_usd_per_gpu_hour"`
	ColoRate   *figure `json:"colo_rate_usd_per_kw_month"`
	Hashprice  *figure `json:"hashprice_usd_per_ph_day"`
	PowerPrice *figure `json:"mining_power_price_usd_per_mwh"`
}

type jsonTreasury struct {
	LTVPct                   *figure `json:"ltv_pct"`
	MarginCallPriceUSD       *usd    `json:"margin_call_price_usd"`
	LiquidationPriceUSD      *usd    `json:"liquidation_price_usd"`
	ProceedsUSD              usd     `json:"proceeds_usd"`
	RepaidUSD                usd     `json:"repaid_usd"`
	CashUSD                  usd     `json:"cash_usd"`
	LTVAfterPct              *figure `json:"ltv_after_pct"`
	MarginCallPriceAfterUSD  *usd    `json:"margin_call_price_after_usd"`
	LiquidationPriceAfterUSD *usd    `json:"liquidation_price_after_usd"`
	MiningCapexCoveredPct    figure  `json:"mining_capex_covered_pct"`
	AICapexCoveredPct        figure  `json:"ai_capex_covered_pct"`
	FirstMarginCallMonth     *int    `json:"first_margin_call_month"`
	FirstLiquidationMonth    *int    `json:"first_liquidation_month"`
}

func strategyJSON(st model.Strategy) jsonStrategy {
	return jsonStrategy{
		CapexUSD:           usd(st.CapexUSD),
		ResidualUSD:        usd(st.ResidualUSD),
		RevenueUSD:         usd(st.RevenueUSD),
		PowerCostUSD:       usd(st.PowerCostUSD),
		OpexUSD:            usd(st.OpexUSD),
		EBITDAUSD:          usd(st.EBITDAUSD),
		NetCashUSD:         usd(st.NetCashUSD),
		NPVUSD:             usd(st.NPVUSD),
		IRRPct:             optionalFigure(st.IRRPct),
		PaybackMonths:      optionalMonths(st.PaybackMonths),
		EBITDAUSDPerMWYear: usd(st.EBITDAUSDPerMWYear),

		DiscountRatePct:       figure(st.DiscountRatePct),
		TerminalMethod:        string(st.TerminalMethod),
		RevenueUSDPerITMWYear: usd(st.RevenueUSDPerITMWYear),
		EBITDAUSDPerITMWYear:  usd(st.EBITDAUSDPerITMWYear),
		TaxUSD:                usd(st.TaxUSD),
		Equity:                equityJSON(st.Equity),
	}
}

func equityJSON(e *model.Equity) *jsonEquity {
	if e == nil {
		return nil
	}
	return &jsonEquity{
		IRRPct:      optionalFigure(e.IRRPct),
		NPVUSD:      usd(e.NPVUSD),
		DebtUSD:     usd(e.DebtUSD),
		InterestUSD: usd(e.InterestUSD),
		MinDSCR:     optionalFigure(e.MinDSCR),
	}
}

func optionalCount(v decimal.NullDecimal) *int64 {
	if !v.Valid {
		return nil
	}
	n := v.Decimal.IntPart()
	return &n
}

func phasesJSON(phases []model.PhaseResult) []jsonPhase {
	out := make([]jsonPhase, len(phases))
	for i, p := range phases {
		out[i] = jsonPhase{MW: figure(p.MW), Live: p.Live.String(), ITMW: figure(p.ITMW), GPUs: optionalCount(p.GPUs)}
	}
	return out
}

// monthsJSON writes a strategy's rows; financed, they carry spec §14's fields.
func monthsJSON(rows []model.MonthRow, financed bool) []jsonMonth {
	out := make([]jsonMonth, len(rows))
	amount := func(v decimal.Decimal) *usd { x := usd(v); return &x }
	for i, r := range rows {
		out[i] = jsonMonth{
			Month:             r.Month,
			Date:              r.Date.String(),
			RevenueUSD:        usd(r.RevenueUSD),
			PowerCostUSD:      usd(r.PowerCostUSD),
			OpexUSD:           usd(r.OpexUSD),
			EBITDAUSD:         usd(r.EBITDAUSD),
			CapexUSD:          usd(r.CapexUSD),
			CumulativeCashUSD: usd(r.CumulativeCashUSD),
		}
		if financed {
			out[i].TaxUSD, out[i].InterestUSD = amount(r.TaxUSD), amount(r.InterestUSD)
			out[i].PrincipalUSD, out[i].EquityCashUSD = amount(r.PrincipalUSD), amount(r.EquityCashUSD)
		}
	}
	return out
}

func treasuryJSON(t *model.TreasuryResult) *jsonTreasury {
	if t == nil {
		return nil
	}
	return &jsonTreasury{
		LTVPct:                   optionalFigure(t.LTVPct),
		MarginCallPriceUSD:       optionalUSD(t.MarginCallPriceUSD),
		LiquidationPriceUSD:      optionalUSD(t.LiquidationPriceUSD),
		ProceedsUSD:              usd(t.ProceedsUSD),
		RepaidUSD:                usd(t.RepaidUSD),
		CashUSD:                  usd(t.CashUSD),
		LTVAfterPct:              optionalFigure(t.LTVAfterPct),
		MarginCallPriceAfterUSD:  optionalUSD(t.MarginCallPriceAfterUSD),
		LiquidationPriceAfterUSD: optionalUSD(t.LiquidationPriceAfterUSD),
		MiningCapexCoveredPct:    figure(t.MiningCapexCoveredPct),
		AICapexCoveredPct:        figure(t.AICapexCoveredPct),
		FirstMarginCallMonth:     optionalMonths(t.FirstMarginCallMonth),
		FirstLiquidationMonth:    optionalMonths(t.FirstLiquidationMonth),
	}
}

func buildJSON(res model.Result) jsonReport {
	s := res.Scenario
	doc := jsonReport{
		Name:                 s.Name,
		Start:                s.Start.String(),
		HorizonMonths:        s.HorizonMonths,
		HashpriceUSDPerPHDay: figure(res.HashpriceUSDPerPHDay),
		Mining: jsonMining{
			ITMW:                figure(res.Mining.ITMW),
			HashratePH:          figure(res.Mining.HashratePH),
			jsonStrategy:        strategyJSON(res.Mining),
			BTCMined:            figure(res.Mining.BTCMined),
			CashCostPerBTCUSD:   optionalUSD(decimal.NullDecimal{Decimal: res.Mining.CashCostPerBTCUSD, Valid: !res.Mining.CashCostPerBTCUndefined}),
			HashcostUSDPerPHDay: figure(res.Mining.HashcostUSDPerPHDay),
			Months:              monthsJSON(res.Mining.Months, s.HasFinance),
		},
		AI: jsonAI{
			Mode:                  string(res.AI.Mode),
			ITMW:                  figure(res.AI.ITMW),
			GPUs:                  optionalCount(res.AI.GPUs),
			MiningMW:              figure(res.AI.MiningMW),
			CapexTiming:           string(res.AI.CapexTiming),
			Phases:                phasesJSON(res.AI.Phases),
			ColoRateUSDPerKWMonth: optionalFigure(res.AI.ColoRateUSDPerKWMonth),
			PrepaymentUSD:         usd(res.AI.PrepaymentUSD),
			jsonStrategy:          strategyJSON(res.AI),
			Months:                monthsJSON(res.AI.Months, s.HasFinance),
		},
		Verdict: jsonVerdict{Winner: string(res.Verdict.Winner), NPVAdvantageUSD: usd(res.Verdict.NPVAdvantageUSD)},
		Breakeven: jsonBreakeven{
			GPURate:    optionalFigure(res.Breakeven.GPURateUSDPerGPUHour),
			ColoRate:   optionalFigure(res.Breakeven.ColoRateUSDPerKWMonth),
			Hashprice:  optionalFigure(res.Breakeven.HashpriceUSDPerPHDay),
			PowerPrice: optionalFigure(res.Breakeven.MiningPowerPriceUSDPerMWh),
		},
		Treasury: treasuryJSON(res.Treasury),
		Inputs:   scenarios.MarshalJSON(s),
	}
	return doc
}

// Risk is the optional output of `report --risk`: spec §9's Monte Carlo and
// sensitivity, computed by the caller.
type Risk struct {
	MonteCarlo  model.RiskResult
	Sensitivity model.Sensitivity
}

// JSON writes spec §8's document, indented for people and pipelines alike;
// with risk, the §9 objects too (null without).
func JSON(w io.Writer, d Document) error { return EncodeJSON(w, Object(d)) }

// Object is the JSON object JSON writes for d, for a document that holds
// several reports (pivot-tui compare).
func Object(d Document) any {
	doc := buildJSON(d.Result)
	if d.Risk != nil {
		doc.Risk = riskJSON(d.Risk.MonteCarlo)
		doc.Sensitivity = sensitivityJSON(d.Risk.Sensitivity)
	}
	return doc
}

// EncodeJSON writes v as every JSON report is written: indented by two
// spaces, with "<", ">" and "&" left as they are.
func EncodeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(printable.JSON(buf.Bytes()))
	return err
}
