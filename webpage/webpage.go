// Package webpage reads a page a user brings, fetched from the web or read
// from a file, into its main text and the metadata the page states about
// itself: title, publication date, canonical URL and site name. It is the
// only package that imports the readability library and golang.org/x/net/html,
// and it is used only by fundbot ingest.
package webpage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest page or file read when no other cap is
// given: 5 MiB, far more than any press release.
const DefaultMaxBytes = 5 << 20

// Page is a page's main text and what the page says about itself.
type Page struct {
	// Title is the page's own title: og:title, else the article's first
	// h1, else <title> without a trailing site name. "" for plain text.
	Title string
	// Published is the publication date, YYYY-MM-DD, from the page's
	// metadata (article:published_time, JSON-LD datePublished, <time>),
	// else from a line holding only a date just above the text; or "".
	Published string
	// URL is the page's canonical address (absolute), else the address it
	// was fetched from, or "".
	URL string
	// Site is the publishing site's name (og:site_name), or "".
	Site string
	// Text is the main text. For HTML: the article's paragraphs, list
	// items, headings and quotes, one block each with whitespace collapsed
	// (a <br> kept as a line break), separated by blank lines, without the site's navigation, header,
	// footer, banners, share widgets or related-story lists. For plain
	// text: the text as it came.
	Text string
}

// Errors a page can be refused with; the returned errors wrap them and say
// more.
var (
	// ErrTooLarge: the page or file is larger than the cap.
	ErrTooLarge = errors.New("too large")
	// ErrNotText: the body is not text (binary data, invalid UTF-8).
	ErrNotText = errors.New("not text")
)

// ReadAll reads r to its end, but never more than max+1 bytes: when r holds
// more than max bytes it returns an error wrapping ErrTooLarge. A max of 0
// or less means DefaultMaxBytes.
func ReadAll(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("larger than %s: %w", size(max), ErrTooLarge)
	}
	return data, nil
}

// size writes n bytes the way a person reads them ("5 MiB", "512 bytes").
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Read reads a local page already in memory, named name (a file name, or
// "-" for standard input). It is HTML when name ends in .html or .htm or
// when data sniffs as HTML, decoded from the charset it declares unless it
// is valid UTF-8; otherwise it must be UTF-8 text and is returned as Text,
// untouched.
func Read(name string, data []byte) (*Page, error) {
	if isHTMLName(name) || sniffsHTML(data) {
		if !sniffsText(data) {
			return nil, fmt.Errorf("sniffs as %s: %w", http.DetectContentType(data), ErrNotText)
		}
		return Parse(decodeHTML(data, ""), nil)
	}
	return Text(data)
}

// isHTMLName reports whether a file name says the file is HTML.
func isHTMLName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// sniffsHTML reports whether data begins like an HTML document, by the
// WHATWG sniffing rules net/http implements.
func sniffsHTML(data []byte) bool {
	return strings.HasPrefix(http.DetectContentType(data), "text/html")
}

// Text returns data as a plain-text page, after checking that it is text:
// valid UTF-8 with no NUL bytes. The text is not changed.
func Text(data []byte) (*Page, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	return &Page{Text: string(data)}, nil
}

// checkText refuses data that is not UTF-8 text.
func checkText(data []byte) error {
	if bytes.IndexByte(data, 0) >= 0 {
		return fmt.Errorf("binary data (NUL bytes): %w", ErrNotText)
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("not valid UTF-8: %w", ErrNotText)
	}
	return nil
}
