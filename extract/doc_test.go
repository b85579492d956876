package extract

import (
	"errors"
	"path/filepath"

	"github.com/fundbot/fundbot/corpus"
)

// documentFor makes the Document fundbot ingest would make of a fixture
// page.
func documentFor(path string, raw []byte) (Document, error) {
	if filepath.Ext(path) == ".html" {
		return Document{}, errors.New("HTML pages are not read yet")
	}
	return Document{Source: filepath.Base(path), Text: string(raw)}, nil
}

// Ingest reads pasted text as fundbot ingest does with a text file.
func Ingest(source string, raw []byte) (*corpus.Release, error) {
	return Release(Document{Source: source, Text: string(raw)})
}
