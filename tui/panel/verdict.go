package panel

import (
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
	"github.com/pivot-tui/pivot-tui/report/words"
	"github.com/pivot-tui/pivot-tui/tui/cells"
	"github.com/pivot-tui/pivot-tui/tui/theme"
)

// Verdict draws the verdict in words.Headline's words, for a width: the
// banner and the flip points are required, the notes optional (the overview
// drops those when space is short).
type Verdict struct {
	St  *theme.Styles
	Res *model.Result
}

// Lines returns the banner's lines and how many of them are required.
func (v Verdict) Lines(w int) (lines []string, required int) {
	st := v.St
	bannerStyle := st.BannerTie
	switch v.Res.Verdict.Winner {
	case model.WinnerMining:
		bannerStyle = st.BannerMining
	case model.WinnerAI:
		bannerStyle = st.BannerAI
	}
	lines = append(lines, bannerStyle.Render(cells.Fit(bannerText(v.Res, w), w)))
	for _, f := range words.FlipPoints(*v.Res) {
		text := f.String()
		if cells.Width(text) > w-2 && cells.Width(f.Text) <= w-2 {
			text = f.Text // the current value is in the inputs panel anyway
		}
		for i, l := range cells.Wrap(text, w-2) {
			prefix := "  "
			if i == 0 {
				prefix = st.Marker.Render("↳ ")
			}
			lines = append(lines, prefix+st.Flip.Render(l))
		}
	}
	required = len(lines)
	for _, note := range words.Notes(*v.Res) {
		for _, l := range cells.Wrap(note, w-2) {
			lines = append(lines, "  "+st.Note.Render(l))
		}
	}
	return lines, required
}

// bannerText is the banner's widest wording that fits w: the headline and
// its basis, the headline alone, then words.ShortMargin's, so that a
// narrow banner still says after tax, first with the winner's star, then
// without (the banner's colour and words name the winner anyway). Past
// those the shortest is cut.
func bannerText(res *model.Result, w int) string {
	full, short := words.Margin(*res), words.ShortMargin(*res)
	candidates := []string{
		" " + bannerLead(res, true) + full + "  " + words.Basis(*res),
		" " + bannerLead(res, true) + full + " ",
		" " + bannerLead(res, true) + short + " ",
		" " + bannerLead(res, false) + short + " ",
	}
	for _, c := range candidates {
		if cells.Width(c) <= w {
			return c
		}
	}
	return candidates[len(candidates)-1]
}

// bannerLead opens the banner: the winner in capitals, behind a star when
// starred, "★ ASIC MINING WINS".
func bannerLead(res *model.Result, starred bool) string {
	lead := strings.ToUpper(words.Winner(*res))
	if starred && res.Verdict.Winner != model.WinnerTie {
		lead = "★ " + lead
	}
	return lead
}
