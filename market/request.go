package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"unicode"
)

// AnswerError is an answer that cannot be a figure: an HTTP error, a body
// that is not what the documentation shows, or a value no market has.
type AnswerError struct {
	URL     string // the endpoint asked
	Problem string // what was wrong with its answer
}

func (e *AnswerError) Error() string { return e.URL + ": " + e.Problem }

// maxAnswerBytes bounds an answer: the largest, a day of blocks' fees, is
// some 10 kB.
const maxAnswerBytes = 1 << 20

// requester sends one snapshot's requests to one instance.
type requester struct {
	base      string
	http      *http.Client
	userAgent string
}

func (r requester) bad(path, format string, args ...any) error {
	return &AnswerError{URL: r.base + path, Problem: fmt.Sprintf(format, args...)}
}

// get returns the body of a 200 answer. A transport failure is returned as
// is, for explain to word; an HTTP error is an AnswerError.
func (r requester) get(ctx context.Context, path string, query url.Values) ([]byte, error) {
	address := r.base + path
	if len(query) > 0 {
		address += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return nil, err
	}
	if r.userAgent != "" {
		req.Header.Set("User-Agent", r.userAgent)
	}
	resp, err := r.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes+1))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		problem := "HTTP " + resp.Status
		if text := firstLine(body); text != "" {
			problem += " (" + text + ")"
		}
		return nil, r.bad(path, "%s", problem)
	}
	if len(body) > maxAnswerBytes {
		return nil, r.bad(path, "an answer over %d bytes is not what the API sends", maxAnswerBytes)
	}
	return body, nil
}

// getJSON decodes a 200 answer into v, whose numbers are rawNumbers so
// they are read exactly as written.
func (r requester) getJSON(ctx context.Context, path string, query url.Values, v any) error {
	body, err := r.get(ctx, path, query)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		return r.bad(path, "malformed JSON: %s", describeJSONError(err, "what the API sends"))
	}
	return nil
}

// describeJSONError words a decoding error without Go's type names:
// "an array, not a snapshot".
func describeJSONError(err error, want string) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		if typeErr.Field == "" {
			return withArticle(typeErr.Value) + ", not " + want
		}
		return fmt.Sprintf("%q is %s, not %s", typeErr.Field, withArticle(typeErr.Value), want)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// withArticle puts "a" or "an" before a JSON kind: "an object", "a string".
func withArticle(kind string) string {
	if strings.ContainsAny(kind[:min(1, len(kind))], "aeiou") {
		return "an " + kind
	}
	return "a " + kind
}

// firstLine is the start of an error page, enough to say what went wrong
// (mempool's backend sends a short sentence), on one line.
func firstLine(body []byte) string {
	text := strings.TrimSpace(string(body))
	if strings.HasPrefix(text, "<") {
		return "" // an HTML page says nothing in one line
	}
	text, _, _ = strings.Cut(text, "\n")
	text = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, strings.TrimSpace(text))
	return shorten(text, 80)
}

// quoteShort quotes a bad value, shortened to fit on a line.
func quoteShort(text string) string {
	return fmt.Sprintf("%q", shorten(text, 40))
}

// oneLine is a bad value as written, on one line and shortened.
func oneLine(text string, n int) string {
	return shorten(strings.Join(strings.Fields(text), " "), n)
}

// shorten cuts text to at most n runes, marking the cut.
func shorten(text string, n int) string {
	runes := []rune(text)
	if len(runes) <= n {
		return text
	}
	return string(runes[:n-1]) + "…"
}
