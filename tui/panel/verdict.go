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
	head := " " + bannerHeadline(v.Res) + " "
	ctx := " " + words.Basis(*v.Res)
	if cells.Width(head)+cells.Width(ctx) <= w {
		lines = append(lines, bannerStyle.Render(cells.Fit(head+ctx, w)))
	} else {
		lines = append(lines, bannerStyle.Render(cells.Fit(head, w)))
	}
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

// bannerHeadline is the headline set for the banner: the winner in capitals
// behind a star, "★ ASIC MINING WINS by $555.1M in NPV".
func bannerHeadline(res *model.Result) string {
	lead := strings.ToUpper(words.Winner(*res))
	if res.Verdict.Winner != model.WinnerTie {
		lead = "★ " + lead
	}
	return lead + words.Margin(*res)
}
