package webpage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// Defaults of a Fetcher.
const (
	// DefaultTimeout bounds a whole fetch: connecting, redirects and
	// reading the body.
	DefaultTimeout = 20 * time.Second
	// MaxRedirects is how many redirects a fetch follows.
	MaxRedirects = 5
	// UserAgent names fundbot to the sites it reads.
	UserAgent = "fundbot/1 (+https://github.com/fundbot/fundbot)"
)

// More errors a fetch can be refused with; the returned errors wrap them.
var (
	// ErrScheme: the URL, or a redirect, is not http or https.
	ErrScheme = errors.New("only http and https URLs can be fetched")
	// ErrRedirects: the page redirected more than MaxRedirects times.
	ErrRedirects = errors.New("too many redirects")
	// ErrStatus: the server answered with a status other than 2xx.
	ErrStatus = errors.New("unexpected HTTP status")
	// ErrContentType: the page is neither HTML nor plain text.
	ErrContentType = errors.New("not an HTML or text page")
)

// A Fetcher fetches pages over HTTP within its bounds. The zero value uses
// http.DefaultTransport and the defaults above.
type Fetcher struct {
	// Client's transport, jar and cookies are used; its CheckRedirect and
	// Timeout are replaced by the fetcher's own. Nil means a client with
	// http.DefaultTransport.
	Client *http.Client
	// Timeout bounds the whole fetch; 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps the body; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// Fetch fetches rawURL with client (nil for the default transport) and the
// default bounds, and reads it into a Page. See Fetcher.Fetch.
func Fetch(ctx context.Context, client *http.Client, rawURL string) (*Page, error) {
	f := Fetcher{Client: client}
	return f.Fetch(ctx, rawURL)
}

// Fetch fetches rawURL and reads it into a Page. Only http and https are
// fetched, redirects too, and at most MaxRedirects of them; the request
// names fundbot in its User-Agent. A status other than 2xx, a content type
// other than HTML or text, a body that is not text or is larger than
// MaxBytes, and a fetch slower than Timeout are errors. An HTML page is
// read with Parse; its URL is its canonical address, else the address it
// was finally fetched from. A text/plain body is returned as Text, as it
// came.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if !httpScheme(u) {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetch %s: no host in URL", rawURL)
	}
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	max := f.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	client := http.Client{CheckRedirect: checkRedirect}
	if f.Client != nil {
		client.Transport = f.Client.Transport
		client.Jar = f.Client.Jar
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("fetch %s: no answer within %v: %w", rawURL, timeout, err)
		}
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %s: %w", final, resp.Status, ErrStatus)
	}
	ct := resp.Header.Get("Content-Type")
	kind, params, err := mediaType(ct)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", final, err)
	}
	if resp.ContentLength > max {
		return nil, fmt.Errorf("fetch %s: %d bytes, larger than %s: %w", final, resp.ContentLength, size(max), ErrTooLarge)
	}
	data, err := ReadAll(resp.Body, max)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("fetch %s: reading the page: not done within %v: %w", final, timeout, err)
		}
		return nil, fmt.Errorf("fetch %s: %w", final, err)
	}
	if kind == "" { // no Content-Type: sniff it
		kind, params, _ = mediaType(http.DetectContentType(data))
		if kind == "" {
			return nil, fmt.Errorf("fetch %s: body sniffs as %s: %w", final, http.DetectContentType(data), ErrNotText)
		}
	}
	if !sniffsText(data) {
		return nil, fmt.Errorf("fetch %s: body sniffs as %s: %w", final, http.DetectContentType(data), ErrNotText)
	}
	var p *Page
	switch kind {
	case kindHTML:
		p, err = Parse(decodeHTML(data, ct), final)
		if err != nil {
			return nil, fmt.Errorf("fetch %s: %w", final, err)
		}
		if p.URL == "" {
			p.URL = final.String()
		}
	default:
		if cs := params["charset"]; cs != "" {
			r, err := charset.NewReaderLabel(cs, bytes.NewReader(data))
			if err != nil {
				return nil, fmt.Errorf("fetch %s: charset %q: %w", final, cs, err)
			}
			if data, err = io.ReadAll(r); err != nil {
				return nil, fmt.Errorf("fetch %s: %w", final, err)
			}
		}
		p, err = Text(data)
		if err != nil {
			return nil, fmt.Errorf("fetch %s: %w", final, err)
		}
		p.URL = final.String()
	}
	return p, nil
}

// decodeHTML returns a reader of an HTML page's text in UTF-8. The
// charset is the one a byte order mark or the Content-Type header states;
// else UTF-8 when the whole page is valid UTF-8; else the one its <meta>
// declares, or windows-1252. (charset.NewReader alone would read a UTF-8
// page whose first kilobyte is ASCII and declares nothing as
// windows-1252.)
func decodeHTML(data []byte, contentType string) io.Reader {
	e, _, certain := charset.DetermineEncoding(data, contentType)
	if !certain && utf8.Valid(data) {
		return bytes.NewReader(data)
	}
	return transform.NewReader(bytes.NewReader(data), e.NewDecoder())
}

// Kinds of page a fetch accepts.
const (
	kindHTML = "html"
	kindText = "text"
)

// mediaTypes maps each accepted media type to the kind of page it is.
var mediaTypes = map[string]string{
	"text/html":             kindHTML,
	"application/xhtml+xml": kindHTML,
	"text/plain":            kindText,
	"text/markdown":         kindText,
}

// mediaType reads a Content-Type header: the kind of page it names and its
// parameters, "" for an empty header, or an error wrapping ErrContentType.
func mediaType(header string) (string, map[string]string, error) {
	if header == "" {
		return "", nil, nil
	}
	mt, params, err := mime.ParseMediaType(header)
	if err != nil {
		return "", nil, fmt.Errorf("content type %q: %v: %w", header, err, ErrContentType)
	}
	kind, ok := mediaTypes[mt]
	if !ok {
		return "", nil, fmt.Errorf("content type %s: %w", mt, ErrContentType)
	}
	return kind, params, nil
}

// sniffsText reports whether data looks like text (of any charset) by the
// WHATWG sniffing rules net/http implements.
func sniffsText(data []byte) bool {
	if len(data) == 0 {
		return true
	}
	mt, _, err := mime.ParseMediaType(http.DetectContentType(data))
	if err != nil {
		return false
	}
	_, ok := mediaTypes[mt]
	return ok || mt == "text/xml"
}

// httpScheme reports whether u is an http or https URL.
func httpScheme(u *url.URL) bool {
	return u.Scheme == "http" || u.Scheme == "https"
}

// checkRedirect allows at most MaxRedirects redirects, each to http(s).
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("more than %d redirects: %w", MaxRedirects, ErrRedirects)
	}
	if !httpScheme(req.URL) {
		return fmt.Errorf("redirect to %s: %w", req.URL, ErrScheme)
	}
	return nil
}
