package market

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
)

// DefaultURL is the public instance.
const DefaultURL = "https://mempool.space"

// DefaultTimeout bounds a whole snapshot, every request in it: long enough
// for a slow link, short enough that nobody waits on a dead one.
const DefaultTimeout = 5 * time.Second

// Client fetches snapshots from one mempool instance. The zero value asks
// mempool.space.
type Client struct {
	// BaseURL is the instance, e.g. "https://mempool.space" or
	// "http://umbrel.local:3006"; empty means DefaultURL. See ParseBaseURL.
	BaseURL string
	// HTTP sends the requests; nil means http.DefaultClient.
	HTTP *http.Client
	// Timeout is the deadline of one snapshot; zero means DefaultTimeout.
	Timeout time.Duration
	// UserAgent names the program to the instance.
	UserAgent string
	// Now is the clock that dates a snapshot; nil means time.Now.
	Now func() time.Time
}

// ParseBaseURL checks an instance's URL and returns it without a trailing
// slash. The documentation's "https://mempool.space/api" is taken to mean
// the instance itself, since the endpoints' paths start with /api.
func ParseBaseURL(text string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(text))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%q is not the address of a mempool instance: want http:// or https:// and a host, like %s", text, DefaultURL)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("%q is not the address of a mempool instance: drop the ?query or #fragment", text)
	}
	u.Path = strings.TrimSuffix(strings.TrimRight(u.Path, "/"), "/api")
	u.RawPath = ""
	return u.String(), nil
}

// Snapshot asks the instance for every figure at once and returns them
// checked, or the first bad answer as an error of one line. It returns when
// the timeout expires or ctx ends, however the server behaves.
func (c *Client) Snapshot(ctx context.Context) (Snapshot, error) {
	base, err := ParseBaseURL(cmp.Or(c.BaseURL, DefaultURL))
	if err != nil {
		return Snapshot{}, err
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	at := now().UTC()
	req := requester{base: base, http: c.HTTP, userAgent: c.UserAgent}
	if req.http == nil {
		req.http = http.DefaultClient
	}

	deadline, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	s := Snapshot{Source: base, FetchedAt: at}
	g, gctx := errgroup.WithContext(deadline)
	g.Go(func() (err error) { s.TipHeight, err = req.tipHeight(gctx); return })
	g.Go(func() (err error) { s.Difficulty, err = req.difficulty(gctx); return })
	g.Go(func() (err error) { s.FeesBTCPerBlock, s.FeeBlocks, err = req.fees(gctx); return })
	g.Go(func() (err error) { s.PriceUSD, err = req.price(gctx); return })
	g.Go(func() (err error) { s.YesterdayPriceUSD, err = req.priceAt(gctx, at.Add(-24*time.Hour)); return })
	if err := g.Wait(); err != nil {
		return Snapshot{}, explain(err, base, timeout, ctx)
	}
	if err := checkPriceJump(s.PriceUSD, s.YesterdayPriceUSD); err != nil {
		return Snapshot{}, &AnswerError{URL: base + pathPrices, Problem: err.Error()}
	}
	s.derive()
	return s, nil
}

// explain turns a failed request into one line a person can act on.
func explain(err error, base string, timeout time.Duration, parent context.Context) error {
	var answer *AnswerError
	switch {
	case errors.As(err, &answer):
		return err
	case parent.Err() != nil:
		return fmt.Errorf("%s: interrupted before it answered", base)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%s gave no answer within %s", base, timeout)
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return fmt.Errorf("%s: %v", base, urlErr.Err)
	}
	return fmt.Errorf("%s: %v", base, err)
}

// tipHeight reads the plain-text tip height.
func (r requester) tipHeight(ctx context.Context) (int64, error) {
	body, err := r.get(ctx, pathTipHeight, nil)
	if err != nil {
		return 0, err
	}
	text := strings.TrimSpace(string(body))
	tip, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return 0, r.bad(pathTipHeight, "%s is not a block height", quoteShort(text))
	}
	if err := checkTipHeight(tip); err != nil {
		return 0, r.bad(pathTipHeight, "%v", err)
	}
	return tip, nil
}
