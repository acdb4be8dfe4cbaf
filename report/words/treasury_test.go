package words_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/words"
)

// cango is the balance sheet of the case (domain brief): 7,475 BTC at
// $68,524 against a $400M loan, margin call at 80 % LTV, liquidation at
// 90 %, 4,451 BTC sold. After the sale $94,999,676 is owed on 3,024 BTC:
// margin call at $39,269.05, liquidation at $34,905.82.
func cango() model.Scenario {
	s := model.Default()
	s.HasTreasury = true
	s.Bitcoin.PriceUSD = decimal.NewFromInt(68524)
	s.Treasury = model.Treasury{BTCHeld: decimal.NewFromInt(7475), LoanUSD: decimal.NewFromInt(400_000_000),
		MarginCallLTVPct: decimal.NewFromInt(80), LiquidationLTVPct: decimal.NewFromInt(90), BTCToSell: decimal.NewFromInt(4451)}
	return s
}

func TestTreasuryPath(t *testing.T) {
	s := cango()
	if got, want := words.TreasuryPath(model.Evaluate(s)),
		"On the base price path (BTC from $68,524, flat) the loan left reaches neither its margin call (80 % LTV) nor its liquidation (90 % LTV) within 60 months."; got != want {
		t.Errorf("flat:\n got %q\nwant %q", got, want)
	}

	// Falling 30 % a year, the price is 68,524 × 0.7^((m−1)/12): it reaches
	// $39,269.05 once 0.7^((m−1)/12) ≤ 0.57307, (m−1)/12 ≥ 1.5612, m = 20
	// (2028-08); and $34,905.82 once ≤ 0.50939, (m−1)/12 ≥ 1.8915, m = 24
	// (2028-12).
	s.Bitcoin.PriceGrowthPctPerYear = decimal.NewFromInt(-30)
	res := model.Evaluate(s)
	if res.Treasury.FirstMarginCallMonth != 20 || res.Treasury.FirstLiquidationMonth != 24 {
		t.Fatalf("the model finds months %d and %d", res.Treasury.FirstMarginCallMonth, res.Treasury.FirstLiquidationMonth)
	}
	if got, want := words.TreasuryPath(res),
		"On the base price path (BTC from $68,524, −30.0 % a year) the loan left reaches its margin call (80 % LTV) in month 20 (2028-08) and its liquidation (90 % LTV) in month 24 (2028-12)."; got != want {
		t.Errorf("falling:\n got %q\nwant %q", got, want)
	}

	// A 22-month horizon sees the margin call but not the liquidation.
	s.HorizonMonths = 22
	if got, want := words.TreasuryPath(model.Evaluate(s)),
		"On the base price path (BTC from $68,524, −30.0 % a year) the loan left reaches its margin call (80 % LTV) in month 20 (2028-08), and not its liquidation (90 % LTV) within 22 months."; got != want {
		t.Errorf("short horizon:\n got %q\nwant %q", got, want)
	}

	s = cango()
	s.Treasury.BTCToSell = s.Treasury.BTCHeld // 512.2M repays the 400M
	if got := words.TreasuryPath(model.Evaluate(s)); got != "No loan is left after the sale: nothing to margin-call." {
		t.Errorf("repaid: %q", got)
	}
	s.Treasury.LoanUSD = decimal.NewFromInt(600_000_000) // 87.8M owed on no BTC
	if got := words.TreasuryPath(model.Evaluate(s)); got != "No BTC is left behind the loan the sale leaves: there is no LTV to call." {
		t.Errorf("unbacked: %q", got)
	}
	if got := words.TreasuryPath(model.Evaluate(model.Default())); got != "" {
		t.Errorf("no treasury: %q", got)
	}
	if got := words.FirstMonth(model.Evaluate(model.Default()), 0); got != words.NotWithinHorizon {
		t.Errorf("month 0: %q", got)
	}
}

func TestLoanOdds(t *testing.T) {
	r := model.RiskResult{Paths: 10000, LoanAtRisk: true, PMarginCall: 0.3318, PLiquidation: 0.2104}
	if got, want := words.LoanOdds(r),
		"The BTC price, checked every month, falls to the loan's margin-call price on 33.2 % of 10,000 simulated paths, and to its liquidation price on 21.0 %."; got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
	r.LoanAtRisk = false
	if got := words.LoanOdds(r); got != "" {
		t.Errorf("no loan at risk: %q", got)
	}
}
