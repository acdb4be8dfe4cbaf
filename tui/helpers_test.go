package tui

import (
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/pivot-tui/pivot-tui/internal/fixture"
)

// update sends messages straight to the model's Update, as the program
// would, and returns the model.
func update(t testing.TB, m *Model, msgs ...tea.Msg) *Model {
	t.Helper()
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		var ok bool
		if m, ok = next.(*Model); !ok {
			t.Fatalf("Update returned %T, want *tui.Model", next)
		}
	}
	return m
}

// press builds key presses: special keys by code, text keys by their text.
func press(keys ...string) []tea.Msg {
	var msgs []tea.Msg
	for _, k := range keys {
		msgs = append(msgs, keyMsg(k))
	}
	return msgs
}

func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"up":          {Code: tea.KeyUp},
		"down":        {Code: tea.KeyDown},
		"left":        {Code: tea.KeyLeft},
		"right":       {Code: tea.KeyRight},
		"shift+left":  {Code: tea.KeyLeft, Mod: tea.ModShift},
		"shift+right": {Code: tea.KeyRight, Mod: tea.ModShift},
		"enter":       {Code: tea.KeyEnter},
		"esc":         {Code: tea.KeyEscape},
		"tab":         {Code: tea.KeyTab},
		"space":       {Code: tea.KeySpace, Text: " "},
		"shift+tab":   {Code: tea.KeyTab, Mod: tea.ModShift},
		"backspace":   {Code: tea.KeyBackspace},
		"delete":      {Code: tea.KeyDelete},
		"pgdown":      {Code: tea.KeyPgDown},
		"pgup":        {Code: tea.KeyPgUp},
		"home":        {Code: tea.KeyHome},
		"end":         {Code: tea.KeyEnd},
		"ctrl+z":      {Code: 'z', Mod: tea.ModCtrl},
		"ctrl+y":      {Code: 'y', Mod: tea.ModCtrl},
		"ctrl+s":      {Code: 's', Mod: tea.ModCtrl},
		"ctrl+c":      {Code: 'c', Mod: tea.ModCtrl},
		"ctrl+u":      {Code: 'u', Mod: tea.ModCtrl},
	}
	if key, ok := special[k]; ok {
		return tea.KeyPressMsg(key)
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg(tea.Key{Code: r, Text: k})
}

// typeText is one key press per character.
func typeText(text string) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range text {
		msgs = append(msgs, tea.KeyPressMsg(tea.Key{Code: r, Text: string(r)}))
	}
	return msgs
}

func size(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

var (
	lightBackground = tea.BackgroundColorMsg{Color: color.RGBA{0xfa, 0xfa, 0xfa, 0xff}}
	darkBackground  = tea.BackgroundColorMsg{Color: color.RGBA{0x1e, 0x1e, 0x1e, 0xff}}
)

// screen is the view's text without styling.
func screen(m *Model) string { return ansi.Strip(m.View().Content) }

// lineWith returns the first screen line containing text, or "".
func lineWith(m *Model, text string) string {
	for _, l := range strings.Split(screen(m), "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}

// The shared sites.
var (
	treasuryScenario   = fixture.Treasury
	colocationScenario = fixture.Colocation
	longScenario       = fixture.LongHorizon
)

// sgr matches a Select Graphic Rendition sequence.
var sgr = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// hasColour reports whether styled text sets a foreground or background colour.
func hasColour(s string) bool {
	for _, match := range sgr.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(match[1], func(r rune) bool { return r == ';' || r == ':' }) {
			n, err := strconv.Atoi(p)
			if err != nil {
				continue
			}
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return true
			}
		}
	}
	return false
}
