// Package report renders a model result without a terminal: text, Markdown,
// CSV and JSON for memos and pipelines. Every figure comes from the model and
// every sentence from report/words; nothing here computes one of its own.
package report
