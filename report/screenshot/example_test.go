package screenshot_test

import (
	"bytes"
	"fmt"
	"image/png"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/pivot-tui/pivot-tui/report/screenshot"
)

func ExamplePNG() {
	view := lipgloss.NewStyle().
		Border(lipgloss.RoundedBorder()).
		Foreground(lipgloss.Color("#50fa7b")).
		Render("Hello")

	var buf bytes.Buffer
	if err := screenshot.PNG(&buf, view, screenshot.Options{Scale: 1}); err != nil {
		fmt.Println(err)
		return
	}
	img, err := png.Decode(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	// 7x3 cells plus a cell of padding all round, 8x17 pixels each.
	fmt.Println(img.Bounds().Size())
	// Output: (72,85)
}

func ExampleSVG() {
	var buf bytes.Buffer
	err := screenshot.SVG(&buf, "\x1b[1mNPV\x1b[0m <$1M>", screenshot.Options{Scale: 1, Padding: -1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for line := range strings.Lines(buf.String()) {
		if strings.HasPrefix(line, "<text") {
			fmt.Print(line)
		}
	}
	// Output:
	// <text x="-0.2 7.8 15.8" y="14" fill="#d4d4d4" font-weight="bold">NPV</text>
	// <text x="31.8 39.8 47.8 55.8 63.8" y="14" fill="#d4d4d4">&lt;$1M&gt;</text>
}
