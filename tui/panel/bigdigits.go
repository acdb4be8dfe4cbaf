package panel

import "strings"

// bigDigits are the glyphs of the Risk tab's big probability, bigDigitRows
// rows tall, drawn with half blocks.
var bigDigits = map[rune][bigDigitRows]string{
	'0': {"█▀█", "█ █", "▀▀▀"},
	'1': {"▀█ ", " █ ", "▀▀▀"},
	'2': {"▀▀█", "█▀▀", "▀▀▀"},
	'3': {"▀▀█", " ▀█", "▀▀▀"},
	'4': {"█ █", "▀▀█", "  ▀"},
	'5': {"█▀▀", "▀▀█", "▀▀▀"},
	'6': {"█▀▀", "█▀█", "▀▀▀"},
	'7': {"▀▀█", "  █", "  ▀"},
	'8': {"█▀█", "█▀█", "▀▀▀"},
	'9': {"█▀█", "▀▀█", "▀▀▀"},
	'.': {" ", " ", "▀"},
	',': {" ", " ", "▀"},
}

// bigText draws text in big digits, one column between glyphs; characters
// without a glyph are left out.
func bigText(text string) [bigDigitRows]string {
	var rows [bigDigitRows]strings.Builder
	first := true
	for _, r := range text {
		g, ok := bigDigits[r]
		if !ok {
			continue
		}
		for i := range rows {
			if !first {
				rows[i].WriteByte(' ')
			}
			rows[i].WriteString(g[i])
		}
		first = false
	}
	var out [bigDigitRows]string
	for i := range rows {
		out[i] = rows[i].String()
	}
	return out
}
