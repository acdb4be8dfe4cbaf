package tui

import (
	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/format"
	"github.com/shopspring/decimal"
)

// The verdict banner: who wins, by how much, and where it flips.

func gpuRate(v decimal.Decimal) string  { return format.Price(v, 2, "/GPU-hour") }
func coloRate(v decimal.Decimal) string { return format.Price(v, 2, "/kW-month") }
func hashprice(v decimal.Decimal) string {
	return format.Price(v, 2, "/PH/day")
}

// maxHashpriceText is the top of the model's hashprice search (spec §6).
const maxHashpriceText = "$10,000/PH/day"

// headline names the winner and its NPV advantage.
func headline(res *model.Result) string {
	switch res.Verdict.Winner {
	case model.WinnerMining:
		return "★ ASIC MINING WINS by " + format.USDShort(res.Verdict.NPVAdvantageUSD) + " NPV"
	case model.WinnerAI:
		return "★ AI COMPUTE WINS by " + format.USDShort(res.Verdict.NPVAdvantageUSD) + " NPV"
	}
	return "DEAD HEAT: the two NPVs are within $1"
}

// headlineContext says what the NPVs assume.
func headlineContext(res *model.Result) string {
	return "at " + format.Percent(res.Scenario.DiscountRatePct, 1) + " over " + format.Months(res.Scenario.HorizonMonths)
}

// flipPoints states the break-evens in words, phrased from where the verdict
// stands now: the AI side gains with its rate, mining with the hashprice.
func flipPoints(res *model.Result) []flip {
	sc := res.Scenario
	winner := res.Verdict.Winner
	be := res.Breakeven

	// The AI rate: GPU rental or colocation lease.
	rateName, rateNow, rateBE, write := "GPU rate", sc.AI.GPU.RentalUSDPerGPUHour, be.GPURateUSDPerGPUHour, gpuRate
	if sc.AI.Mode == model.ModeColocation {
		rateName, rateNow, rateBE, write = "colocation rate", sc.AI.Colocation.RateUSDPerKWMonth, be.ColoRateUSDPerKWMonth, coloRate
	}
	now := "(now " + format.Price(rateNow, 2, "") + ")"
	var rate flip
	switch {
	case !rateBE.Valid && sc.AI.ConversionMonths >= sc.HorizonMonths:
		rate.text = "no " + rateName + " matters: AI never goes live within the horizon"
	case !rateBE.Valid && winner == model.WinnerAI:
		rate.text = "AI wins even at " + write(decimal.Zero)
	case !rateBE.Valid:
		rate.text = "no " + rateName + " makes AI win"
	case winner == model.WinnerMining:
		rate = flip{"AI wins above " + write(rateBE.Decimal), now}
	case winner == model.WinnerAI:
		rate = flip{"mining wins only below " + write(rateBE.Decimal), now}
	default:
		rate = flip{"AI wins above " + write(rateBE.Decimal) + ", mining below", now}
	}

	// The hashprice: mining NPV rises with it (spec §6 solves the month-1 override).
	hpNow := "(now " + format.Price(res.HashpriceUSDPerPHDay, 2, "") + ")"
	var hp flip
	switch {
	case !be.HashpriceUSDPerPHDay.Valid && winner == model.WinnerMining:
		hp.text = "no hashprice from $0 to " + maxHashpriceText + " flips it"
	case !be.HashpriceUSDPerPHDay.Valid:
		hp.text = "no hashprice up to " + maxHashpriceText + " flips it"
	case winner == model.WinnerMining:
		hp = flip{"AI wins if the hashprice falls below " + hashprice(be.HashpriceUSDPerPHDay.Decimal), hpNow}
	case winner == model.WinnerAI:
		hp = flip{"mining wins above " + hashprice(be.HashpriceUSDPerPHDay.Decimal), hpNow}
	default:
		hp = flip{"mining wins above " + hashprice(be.HashpriceUSDPerPHDay.Decimal) + ", AI below", hpNow}
	}
	return []flip{rate, hp}
}

// flip is one flip point in words, and where the input stands now ("" when
// that says nothing).
type flip struct{ text, now string }

// String is the whole sentence.
func (f flip) String() string {
	if f.now == "" {
		return f.text
	}
	return f.text + " " + f.now
}

// verdictNotes are the secondary remarks, shown when there is room.
func verdictNotes(res *model.Result) []string {
	var notes []string
	sc := res.Scenario
	if res.Mining.NPVUSD.IsNegative() && res.AI.NPVUSD.IsNegative() {
		loser := "mining"
		if res.Verdict.Winner == model.WinnerAI {
			loser = "AI"
		}
		notes = append(notes, "Neither side earns back its capital at "+format.Percent(sc.DiscountRatePct, 1)+
			" a year; "+loser+" loses less.")
	}
	if be := res.Breakeven.MiningPowerPriceUSDPerMWh; be.Valid {
		notes = append(notes, "Mining breaks even in month 1 at "+format.Price(be.Decimal, 2, "/MWh")+
			" power (now "+format.Price(sc.Site.PowerPriceUSDPerMWh, 2, "/MWh")+").")
	}
	return notes
}

// verdictBanner draws the verdict for a width; required lines come first,
// optional ones after (the overview drops those when space is short).
type verdictBanner struct {
	st  *styles
	res *model.Result
}

// lines returns the banner's lines and how many of them are required.
func (v verdictBanner) lines(w int) (lines []string, required int) {
	st := v.st
	bannerStyle := st.bannerTie
	switch v.res.Verdict.Winner {
	case model.WinnerMining:
		bannerStyle = st.bannerMining
	case model.WinnerAI:
		bannerStyle = st.bannerAI
	}
	head := " " + headline(v.res) + " "
	ctx := " " + headlineContext(v.res)
	if width(head)+width(ctx) <= w {
		lines = append(lines, bannerStyle.Render(fit(head+ctx, w)))
	} else {
		lines = append(lines, bannerStyle.Render(fit(head, w)))
	}
	for _, f := range flipPoints(v.res) {
		text := f.String()
		if width(text) > w-2 && width(f.text) <= w-2 {
			text = f.text // the current value is in the inputs panel anyway
		}
		for i, l := range wrapWords(text, w-2) {
			prefix := "  "
			if i == 0 {
				prefix = st.marker.Render("↳ ")
			}
			lines = append(lines, prefix+st.flip.Render(l))
		}
	}
	required = len(lines)
	for _, note := range verdictNotes(v.res) {
		for _, l := range wrapWords(note, w-2) {
			lines = append(lines, "  "+st.note.Render(l))
		}
	}
	return lines, required
}
