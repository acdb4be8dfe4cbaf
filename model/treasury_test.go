package model

import "testing"

// cango is the balance sheet of the case that started it (domain brief,
// February 2026): 7,475 BTC at $68,524 against a $400M loan, margin call at
// 80 % LTV, liquidation at 90 %, 4,451 BTC sold.
func cango(s *Scenario) {
	s.HasTreasury = true
	s.Bitcoin.PriceUSD = d("68524")
	s.Treasury = Treasury{BTCHeld: d("7475"), LoanUSD: d("400000000"), MarginCallLTVPct: d("80"),
		LiquidationLTVPct: d("90"), BTCToSell: d("4451")}
}

func TestTreasury(t *testing.T) {
	type want struct {
		ltv, marginCall, liquidation        string // "" for null
		proceeds, repaid, cash              string
		ltvAfter, marginCallAfter, liqAfter string
		miningCovered, aiCovered            string
	}
	for _, tc := range []struct {
		name   string
		change func(*Scenario)
		want   want
	}{
		{"Cango", cango, want{
			// 400,000,000 / (7,475 × 68,524 = 512,216,900) = 78.0919177 %
			ltv: "78.0919177012706921618557",
			// 400,000,000 / (7,475 × 0.80 = 5,980) = 66,889.63; / (7,475 × 0.90 = 6,727.5) = 59,457.45
			marginCall: "66889.6321070234113712375", liquidation: "59457.4507617985878855444",
			// 4,451 × 68,524 = 305,000,324, all of it repaid (< 400M): no cash left
			proceeds: "305000324", repaid: "305000324", cash: "0",
			// after: 94,999,676 owed on 3,024 BTC: / (3,024 × 68,524 = 207,216,576) = 45.8456 %;
			// / (3,024 × 0.8 = 2,419.2) = 39,269.05; / (3,024 × 0.9 = 2,721.6) = 34,905.82
			ltvAfter: "45.8455968310179973246928", marginCallAfter: "39269.0459656084656084656",
			liqAfter: "34905.8186360964138741917",
			// no cash: nothing of either capex is covered
			miningCovered: "0", aiCovered: "0",
		}},
		{"selling it all", func(s *Scenario) {
			cango(s)
			s.Treasury.BTCToSell = d("7475")
		}, want{
			ltv: "78.0919177012706921618557", marginCall: "66889.6321070234113712375", liquidation: "59457.4507617985878855444",
			// 7,475 × 68,524 = 512,216,900: repays min(512,216,900, 400M) = 400M, leaves 112,216,900
			proceeds: "512216900", repaid: "400000000", cash: "112216900",
			// no loan and no BTC afterwards: nothing to measure
			// mining capex 53,571,428.57 is covered (capped at 100 %); AI: 112,216,900 / 1,523,808,333.33 = 7.364 %
			miningCovered: "100", aiCovered: "7.36423981581235610340320578",
		}},
		{"no loan", func(s *Scenario) {
			cango(s)
			s.Treasury.LoanUSD, s.Treasury.BTCToSell = d("0"), d("1000")
		}, want{
			// spec §7: null where the loan is 0
			// 1,000 × 68,524 = 68,524,000, nothing to repay: all cash; covers mining fully,
			// AI 68,524,000 / 1,523,808,333.33 = 4.4969 %
			proceeds: "68524000", repaid: "0", cash: "68524000",
			miningCovered: "100", aiCovered: "4.49689101319610405945629645",
		}},
		{"nothing held", func(s *Scenario) {
			cango(s)
			s.Treasury.BTCHeld, s.Treasury.BTCToSell = d("0"), d("0")
		}, want{
			proceeds: "0", repaid: "0", cash: "0", miningCovered: "0", aiCovered: "0",
		}},
		{"a paid-for fleet", func(s *Scenario) {
			cango(s)
			s.Mining.CapexUSDPerTH = d("0") // no mining capex: 100 % covered by definition
		}, want{
			ltv: "78.0919177012706921618557", marginCall: "66889.6321070234113712375", liquidation: "59457.4507617985878855444",
			proceeds: "305000324", repaid: "305000324", cash: "0",
			ltvAfter: "45.8455968310179973246928", marginCallAfter: "39269.0459656084656084656",
			liqAfter:      "34905.8186360964138741917",
			miningCovered: "100", aiCovered: "0",
		}},
	} {
		s := defaultWith(tc.change)
		if err := Validate(s); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		tr := Evaluate(s).Treasury
		if tr == nil {
			t.Fatalf("%s: no treasury", tc.name)
		}
		w, tol := tc.want, "1e-12"
		nullOrNear(t, tc.name+": LTV", tr.LTVPct, w.ltv, tol)
		nullOrNear(t, tc.name+": margin-call price", tr.MarginCallPriceUSD, w.marginCall, tol)
		nullOrNear(t, tc.name+": liquidation price", tr.LiquidationPriceUSD, w.liquidation, tol)
		near(t, tc.name+": proceeds", tr.ProceedsUSD, w.proceeds, "0")
		near(t, tc.name+": repaid", tr.RepaidUSD, w.repaid, "0")
		near(t, tc.name+": cash", tr.CashUSD, w.cash, "0")
		nullOrNear(t, tc.name+": LTV after", tr.LTVAfterPct, w.ltvAfter, tol)
		nullOrNear(t, tc.name+": margin-call price after", tr.MarginCallPriceAfterUSD, w.marginCallAfter, tol)
		nullOrNear(t, tc.name+": liquidation price after", tr.LiquidationPriceAfterUSD, w.liqAfter, tol)
		near(t, tc.name+": mining capex covered", tr.MiningCapexCoveredPct, w.miningCovered, tol)
		near(t, tc.name+": AI capex covered", tr.AICapexCoveredPct, w.aiCovered, tol)
	}
	if Evaluate(Default()).Treasury != nil {
		t.Error("a scenario without a treasury section has treasury figures")
	}
}
