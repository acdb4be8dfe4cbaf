package panel

// Every width and height decision of the panels lives in this file: their
// own sizes, and how the Overview, Sensitivity and Risk tabs share their
// body among them. The screen's regions are the root model's (tui/layout.go).
// Sizes are outer sizes, border and padding included, as Lip Gloss v2 counts
// Width and Height, unless they say otherwise.

const (
	// The inputs panel (InputsWidth): a two-column gutter (selection and
	// modified marks), the label, the value right-aligned, a space and the
	// unit.
	inputGutterWidth = 2
	inputLabelWidth  = 16
	inputValueWidth  = 10
	inputUnitWidth   = 9
	InputsWidth      = inputGutterWidth + inputLabelWidth + 1 + inputValueWidth + 1 + inputUnitWidth + 1

	// Result cards (full layout): a rounded border, one column of padding
	// each side, a title line and one line per figure; from
	// cardTwoColumnInner columns inside, the figures flow into two columns
	// when each fits its column.
	cardBorder         = 2
	CardPaddingX       = 1
	CardGap            = 1
	cardTwoColumnInner = 50
	CardColumnGap      = 4 // "  │ " between the two columns of a wide card

	// The comparison table (compact layout): a label column (its short
	// labels fit compareLabelWidth, the long ones take the room there is) and
	// one column per strategy; on short screens only the essential figures.
	compareLabelWidth = 12
	compareMinValue   = 13 // "★ ASIC mining", the widest column head
	compareMaxValue   = 16 // value columns wider than this only spread the table out
	compareShortHead  = 7  // "★ ASIC", the widest short column head
	// CompareMinWidth is the narrowest the comparison table is drawn in.
	CompareMinWidth = compareLabelWidth + 2*compareMinValue

	// The chart needs a title, a few plot rows and two axis rows to say
	// anything; below chartMinHeight it is left out.
	chartMinHeight   = 6
	chartComfortable = 14 // the verdict's optional notes show only while the chart keeps this much
	chartAxisRows    = 2
	chartTitleRows   = 1
	chartMinPlotCols = 16
	chartTickRows    = 6 // below this many plot rows the y-axis labels only the ends and zero
	chartEndLabel    = 5 // "ASIC" or "AI" after the last point, plus a gap
	chartTickSpacing = 9 // at least this many columns between x-axis labels

	// The cash-flow ledger: month number, date, then money columns.
	ledgerMonthWidth = 3
	ledgerDateWidth  = 7
	ledgerGap        = 2 // between the two strategies' column groups
	ledgerNoteMin    = 9
	ledgerHeadRows   = 2 // group titles, column titles
	ledgerFootRows   = 2 // rule, totals

	// The treasury tab: label column and the before/after value columns;
	// the loan left over time, its label, first month and odds columns;
	// its LTV chart's most rows.
	treasuryLabelWidth    = 30
	treasuryValueWidth    = 16
	treasuryBarWidth      = 24
	treasuryOverTimeLabel = 40
	treasuryFirstWidth    = 24 // "not within the horizon"
	treasuryOddsWidth     = 16 // "computing 100 %"
	treasuryChartMax      = 16

	// The Sensitivity tab. The heatmap's cells are heatCellMin to
	// heatCellMax columns wide; its legend takes a column of at least
	// heatLegendWidth beside the grid, heatLegendGap after it (the column
	// labels may overhang the grid by heatAxisOverhang), or two lines under
	// it. The column axis labels every heatLabelEvery-th hashprice (50 %,
	// 75 %, … 150 %). On screens too short for all fifteen rate rows and a
	// tornado of tornadoMinBars bars, the heatmap shows every other row.
	heatCellMin      = 3
	heatCellMax      = 6
	heatLegendWidth  = 26
	heatLegendGap    = 3
	heatAxisOverhang = 3
	heatLabelEvery   = 5
	heatTitleRows    = 1
	heatAxisRows     = 1
	heatLegendRows   = 2 // the legend under the grid
	heatGapMax       = 2 // blank rows between the heatmap and the tornado
	// The tornado: a title and an axis around the bars, labels cut at
	// tornadoLabelWidth; the leads at the bars' ends show while the bars
	// keep tornadoWideBar columns, and the bars never get fewer than
	// tornadoMinBarWidth.
	TornadoChromeRows  = 2
	tornadoMinBars     = 4
	tornadoLabelWidth  = 16
	tornadoWideBar     = 40
	tornadoMinBarWidth = 9
	// The advantage bars of a comparison cut their labels at
	// advantageLabelWidth, and share the tornado's least bar width.
	advantageLabelWidth = 24

	// The market panel: a gutter for the selection, a tick box, the input's
	// label, its value now and the market's, the unit and a short tag
	// ("same"); MarketMinWidth is the narrowest it is drawn in beside the
	// inputs panel.
	marketGutterWidth = 2
	marketBoxWidth    = 4 // "[x] "
	marketLabelWidth  = 20
	marketValueWidth  = 12
	marketGap         = 2
	marketUnitWidth   = 9
	marketTagWidth    = 4
	MarketMinWidth    = marketGutterWidth + marketBoxWidth + marketLabelWidth + 2*marketValueWidth + marketGap + 1 + marketUnitWidth + 1 + marketTagWidth

	// The Risk tab: the answer in a line, the big probability (bigDigitRows
	// tall, a caption under it) beside the percentile table, then the
	// histogram beside the assumptions panel.
	bigDigitRows         = 3
	riskBandRows         = bigDigitRows + 1
	riskTopRows          = 1 + 1 + riskBandRows + 1 // headline, blank, band, blank
	riskBandGap          = 4                        // between the big probability and the table
	riskTableGap         = 2                        // before each figure column
	riskPanelWidth       = InputsWidth
	riskPanelGap         = 2
	histogramChromeRows  = 3  // title, axis, labels
	histogramTickSpacing = 10 // columns per x-axis label, about
	progressBarWidth     = 40
	progressNoteBar      = 16

	// The GPU picker: a name column, then the three figures a GPU fills,
	// and the sources under their labels.
	gpuNameWidth        = 14
	gpuFigureWidth      = 14
	gpuSourceLabelWidth = 13
)

// overviewParts splits the Overview's main area into the results (cards or
// the comparison table), the verdict banner and the chart, each followed by
// a blank line.
type overviewParts struct {
	cards    bool // boxed cards side by side; else the comparison table
	resultsH int
	verdictH int
	chartH   int // 0 when the chart does not fit
}

// cardSplit shares w columns between the two result cards, CardGap apart,
// and gives both the same number of figure columns, of as many figures
// each, and the taller one's height: the figures stand row for row.
func cardSplit(rows, baseRows []figureRow, w int) (left, right, cols, perColumn, h int) {
	left = (w - CardGap) / 2
	right = w - CardGap - left
	mining, ai := sideFigures(rows, true), sideFigures(rows, false)
	var baseMining, baseAI []figure
	if baseRows != nil {
		baseMining, baseAI = baseFigures(rows, baseRows, true), baseFigures(rows, baseRows, false)
	}
	cols = min(cardColumns(mining, baseMining, left), cardColumns(ai, baseAI, right))
	perColumn = (max(len(mining), len(ai)) + cols - 1) / cols
	return left, right, cols, perColumn, cardBorder + 1 + perColumn
}

// splitOverview gives the results their room first, then the verdict's
// required lines, then the chart; the verdict's optional notes show when the
// chart keeps its minimum, and the compact table shrinks to its essential
// figures to make room for the chart.
func splitOverview(rows, baseRows []figureRow, w, h int, compact bool, verdictAll, verdictRequired int) overviewParts {
	var p overviewParts
	chartRoom := func(resultsH, verdictH int) int { return h - resultsH - 1 - verdictH - 1 }
	if !compact {
		_, _, _, _, p.resultsH = cardSplit(rows, baseRows, w)
		p.cards = chartRoom(p.resultsH, verdictRequired) >= chartMinHeight
	}
	if !p.cards {
		p.resultsH = compareRows(rows, false)
		if chartRoom(p.resultsH, verdictRequired) < chartMinHeight {
			p.resultsH = compareRows(rows, true)
		}
	}
	p.verdictH = verdictRequired
	if chartRoom(p.resultsH, verdictAll) >= chartComfortable {
		p.verdictH = verdictAll
	}
	if room := chartRoom(p.resultsH, p.verdictH); room >= chartMinHeight {
		p.chartH = room
	}
	return p
}

// LedgerBodyRows is how many ledger rows fit under its head and above its
// foot in a Ledger h rows tall.
func LedgerBodyRows(h int) int {
	return max(1, h-ledgerHeadRows-ledgerFootRows)
}

// sensitivityParts arranges the Sensitivity tab: the heatmap, its legend
// beside or under it, then the tornado.
type sensitivityParts struct {
	dense        bool // every other rate row
	cellW        int
	legendBeside bool
	legendW      int
	gap          int // blank rows before the tornado
	tornadoH     int
	spaced       bool // a blank row between tornado bars
}

// splitSensitivity gives the heatmap all fifteen rows when the tornado still
// gets tornadoMinBars (or all its bars, if fewer), and the tornado the rest;
// spare rows go between the two and then between the bars. rateLabelW is
// the widest label of the rate axis; currentRow the scenario's row, which a
// dense grid keeps.
func splitSensitivity(w, h, bars, rateLabelW, currentRow int) sensitivityParts {
	var p sensitivityParts
	labelW := rateLabelW + 1
	minTornado := TornadoChromeRows + min(bars, tornadoMinBars)
	heatH := func(dense, beside bool) int {
		rows := len(heatRows(dense, currentRow))
		if !beside {
			rows += heatLegendRows
		}
		return heatTitleRows + rows + heatAxisRows
	}
	cellBeside := min(heatCellMax, (w-labelW-heatLegendGap-heatLegendWidth)/heatmapColumns)
	p.legendBeside = cellBeside >= heatCellMin
	if h-heatH(false, p.legendBeside)-1 < minTornado {
		p.dense, p.legendBeside = true, false // the legend column is taller than a dense grid
	}
	if p.legendBeside {
		p.cellW = cellBeside
		p.legendW = w - labelW - heatmapColumns*p.cellW - heatLegendGap
	} else {
		p.cellW = max(heatCellMin, min(heatCellMax, (w-labelW-heatAxisOverhang)/heatmapColumns))
	}
	rest := h - heatH(p.dense, p.legendBeside)
	p.gap = min(heatGapMax, max(0, rest-TornadoChromeRows-bars))
	if rest-p.gap < minTornado {
		p.gap = min(1, max(0, rest-minTornado))
	}
	p.tornadoH = max(0, rest-p.gap)
	p.spaced = bars > 1 && p.tornadoH >= TornadoChromeRows+2*bars-1
	return p
}

// riskParts arranges the Risk tab: the headline and the band of the big
// probability and the table on top, the histogram and the assumptions
// panel under them.
type riskParts struct {
	topH, bandH         int
	bottomH             int
	histW, gapW, panelW int
}

func splitRisk(w, h int) riskParts {
	p := riskParts{topH: riskTopRows, bandH: riskBandRows, panelW: riskPanelWidth, gapW: riskPanelGap}
	p.bottomH = max(0, h-p.topH)
	p.histW = max(0, w-p.panelW-p.gapW)
	return p
}
