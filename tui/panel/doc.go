// Package panel draws the dashboard's panels: the inputs, the result cards
// and the comparison table, the verdict, the cumulative-cash chart, the
// monthly ledger, the treasury, and the Sensitivity and Risk tabs with their
// heatmap, tornado and histogram. Each is a plain struct the root model fills
// in and draws with Render(width, height), returning exactly that many lines
// of exactly that width; none holds state or handles messages. The memo card
// (report/card) draws with the same components.
//
// Every figure comes from the model's result and every sentence from
// report/words; the panels only place and style them.
package panel
