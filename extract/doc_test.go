package extract

import (
	"path/filepath"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/webpage"
)

// documentFor makes the Document fundbot ingest makes of a fixture page:
// HTML is read by the webpage package, text is taken as pasted.
func documentFor(path string, raw []byte) (Document, error) {
	p, err := webpage.Read(filepath.Base(path), raw)
	if err != nil {
		return Document{}, err
	}
	return Document{Source: filepath.Base(path), URL: p.URL, Title: p.Title, Published: p.Published, Site: p.Site, Text: p.Text}, nil
}

// Ingest reads pasted text as fundbot ingest does with a text file.
func Ingest(source string, raw []byte) (*corpus.Release, error) {
	return Release(Document{Source: source, Text: string(raw)})
}
