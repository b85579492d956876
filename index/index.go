// Package index is fundbot's search index: the only package that imports
// Bleve. It indexes a corpus's paragraphs and facts as two document types
// and answers queries over them.
package index

import (
	"context"
	"log/slog"

	"github.com/fundbot/fundbot/corpus"
)

// DocType is the type of an indexed document.
type DocType string

// The document types.
const (
	Paragraphs DocType = "paragraph"
	Facts      DocType = "fact"
)

// Query is a search. Text is matched against the documents' text with
// English analysis; the other fields, when set, filter exactly.
type Query struct {
	Text    string
	Type    DocType     // "" for both types
	Release string      // release id
	Country string      // ISO 3166 alpha-3
	Kind    corpus.Kind // fact kind
	Donor   string      // donor, as in Release.Donors (matched case-insensitively)
	Year    int         // funding year
	Size    int         // how many hits at most; 0 means 10
}

// Hit is one matching document.
type Hit struct {
	Type      DocType
	Release   string
	Paragraph int // 1-based paragraph of the release (for a fact, the paragraph of its sentence)
	Fact      int // 0-based index into the release's Facts, or -1 for a paragraph
	Score     float64
}

// Index is an open search index over one corpus.
type Index struct {
	lg *slog.Logger
}

// Open returns an index of c. With dir == "" the index lives in a temporary
// directory that Close removes. Otherwise it is persisted in dir and reused
// while c's fingerprint is unchanged; it is rebuilt when the corpus changed
// or the index in dir cannot be read.
func Open(lg *slog.Logger, dir string, c *corpus.Corpus) (*Index, error) {
	panic("TODO")
}

// Search runs q and returns hits best first.
func (x *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	panic("TODO")
}

// Close releases the index, removing it if it was temporary.
func (x *Index) Close() error { panic("TODO") }
