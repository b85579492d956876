// Package extract reads a press release, as a page's main text or as text
// pasted from a web page, into a corpus.Release: its title, donors,
// recipients, year and the facts it states, each tied to the sentence it
// comes from. It is used only by fundbot ingest.
package extract

import (
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

// Document is a release as read from a page, before extraction: its text
// and what the page says about itself.
type Document struct {
	// Source names where the document came from: a file name, a URL or
	// "-" for standard input.
	Source string
	// URL is the page's canonical address, when known.
	URL string
	// Title is the page's own title (og:title, h1 or <title>), "" for
	// pasted text.
	Title string
	// Published is the publication date, YYYY-MM-DD, when the page states
	// one in its metadata.
	Published string
	// Site is the publishing site's name, when known.
	Site string
	// Text is the release's text: paragraphs separated by blank lines, or
	// a page's text as pasted, navigation and hard-wrapped lines and all.
	Text string
}

// Release reads doc into a release. Its errors wrap ErrEmpty,
// ErrBinary or ErrNotRelease.
func Release(doc Document) (*corpus.Release, error) {
	r, err := ingest(doc.Source, doc.Title, []byte(doc.Text))
	if err != nil {
		return nil, err
	}
	r.URL = doc.URL
	r.Site = doc.Site
	if doc.Published != "" {
		r.Published = doc.Published
	}
	if r.URL != "" && strings.HasPrefix(doc.Source, "http") {
		r.Source = doc.URL
	}
	return r, nil
}
