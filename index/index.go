// Package index is fundbot's search index: the only package that imports
// Bleve. It indexes a corpus's paragraphs and facts as two document types
// and answers queries over them.
//
// The index stores no text: a hit names its document by release and
// position, and the caller, which holds the corpus in memory, looks the
// text up there.
package index

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/fundbot/fundbot/corpus"
)

// DocType is the type of an indexed document.
type DocType string

// The document types.
const (
	Paragraphs DocType = "paragraph"
	Facts      DocType = "fact"
)

// Query is a search. Text is matched against the documents' words with
// English analysis: a paragraph's text, a fact's sentence and its label
// words; with Text, Type chooses which of these are searched. The other
// fields, when set, filter exactly.
type Query struct {
	Text    string
	Type    DocType     // "" for both types
	Release string      // release id
	Country string      // ISO 3166 alpha-3
	Region  string      // region, as in Fact.Region (matched case-insensitively)
	Kind    corpus.Kind // fact kind
	Donor   string      // donor, as in Release.Donors (matched case-insensitively)
	Year    int         // funding year
	Size    int         // how many hits at most; 0 means 10
	// Releases, when not empty, narrows to the documents of any of these
	// releases: a filter, as Release is, that changes no score.
	Releases []string
}

// Hit is one matching document.
type Hit struct {
	Type      DocType
	Release   string
	Paragraph int // 1-based paragraph of the release (for a fact, the paragraph of its sentence)
	Fact      int // 0-based index into the release's Facts, or -1 for a paragraph
	Score     float64
}

// DefaultSize is how many hits Search returns when Query.Size is 0.
const DefaultSize = 10

// Index is an open search index over one corpus. Its methods are safe for
// concurrent use.
type Index struct {
	lg    *slog.Logger
	c     *corpus.Corpus
	bi    bleve.Index
	words words
	// paragraphs scores searches of paragraphs within named releases.
	paragraphs paragraphSearch
	temp       string // directory to remove on Close, for a temporary index
	rebuilt    bool

	closeOnce sync.Once
	closeErr  error
}

// Open returns an index of c. With dir == "" the index lives in a temporary
// directory that Close removes (or, for a small corpus, in memory). Otherwise it is persisted in dir and reused
// while c's fingerprint is unchanged; it is rebuilt when the corpus changed
// or the index in dir cannot be read. Open logs to lg whether it reused or
// built the index, with counts and duration.
func Open(lg *slog.Logger, dir string, c *corpus.Corpus) (*Index, error) {
	return open(lg, dir, c, defaultBuild)
}

func open(lg *slog.Logger, dir string, c *corpus.Corpus, opts buildOptions) (*Index, error) {
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	if c == nil {
		return nil, errors.New("open index: no corpus")
	}
	if dir == "" {
		return openTemp(lg, c, opts)
	}
	return openPersisted(lg, dir, c, opts)
}

// Reuse returns the index of c persisted in dir by an earlier Open, and an
// error if dir holds none or one of another corpus: unlike Open it never
// builds or writes anything. A process that starts from a corpus it
// expects to be current (corpus.Compiled.Corpus) opens its index with it.
func Reuse(lg *slog.Logger, dir string, c *corpus.Corpus) (*Index, error) {
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	if c == nil {
		return nil, errors.New("reuse index: no corpus")
	}
	bi, err := reuse(filepath.Clean(dir), c)
	if err != nil {
		return nil, fmt.Errorf("reuse index %s: %w", dir, err)
	}
	return newIndex(lg, c, bi, "", false)
}

// Rebuilt reports whether Open built the index rather than reusing one
// persisted by an earlier Open. A temporary index is always built.
func (x *Index) Rebuilt() bool { return x.rebuilt }

// Search runs q and returns hits best first: by score, then by release id,
// paragraphs before facts, then by position. It returns ctx's error if ctx
// ends first.
//
// Sorting on a tie-break field in Bleve costs a doc-value lookup for every
// matching document (milliseconds per query on a large index), so Search
// has Bleve rank by score alone and orders the hits it gets itself. With
// text, that means that when equally scored documents straddle the last
// place, which of them make the page is decided by Bleve's document order:
// deterministic for a given index, but not by release id. Without text
// (filters alone, nothing scores) the order is exact: Search fetches all
// matches when they are few, and has Bleve sort on the tie-break field when
// they are many.
func (x *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	size := q.Size
	if size <= 0 {
		size = DefaultSize
	}
	if scoresParagraphs(q) {
		if pw := x.paragraphWords(false); pw != nil {
			hits, err := x.searchParagraphs(ctx, pw, q, size)
			if err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
			return hits, nil
		}
	}
	return x.searchBleve(ctx, q, size)
}

// searchBleve is Search by Bleve.
func (x *Index) searchBleve(ctx context.Context, q Query, size int) ([]Hit, error) {
	p := x.words.buildQuery(q)
	fetch := size
	if !p.scored {
		fetch = max(size+1, allMatchesUpTo)
	}
	hits, total, err := x.search(ctx, p.q, p.scored, fetch, false)
	switch {
	case err != nil:
	case !p.scored && len(hits) > size && uint64(len(hits)) < total:
		hits, _, err = x.search(ctx, p.q, false, size, true)
	case p.broader != nil && len(hits) < size:
		hits, _, err = x.search(ctx, p.broader, true, size, false)
	}
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return compareOrder(a, b)
	})
	if len(hits) > size {
		hits = hits[:size]
	}
	return hits, nil
}

// compareOrder orders hits that score alike as the order field does: by
// release id, paragraphs before facts, then by position.
func compareOrder(a, b Hit) int {
	if c := strings.Compare(a.Release, b.Release); c != 0 {
		return c
	}
	if a.Type != b.Type {
		if a.Type == Paragraphs {
			return -1
		}
		return 1
	}
	if a.Type == Paragraphs {
		return cmp.Compare(a.Paragraph, b.Paragraph)
	}
	return cmp.Compare(a.Fact, b.Fact)
}

// allMatchesUpTo is how many matches of a query without text Search fetches
// to order them itself, rather than have Bleve sort them.
const allMatchesUpTo = 1000

// search runs one Bleve search for up to size hits and returns them with the
// number of matches.
func (x *Index) search(ctx context.Context, bq query.Query, scored bool, size int, sortByOrder bool) ([]Hit, uint64, error) {
	req := bleve.NewSearchRequestOptions(bq, size, 0, false)
	if !scored {
		req.Score = "none"
	}
	if sortByOrder {
		req.SortBy([]string{"-_score", fieldOrder})
	}
	res, err := x.bi.SearchInContext(ctx, req)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
			err = fmt.Errorf("%w: %w", ctxErr, err)
		}
		return nil, 0, err
	}
	hits := make([]Hit, 0, len(res.Hits))
	for _, dm := range res.Hits {
		h, err := x.hit(dm)
		if err != nil {
			return nil, 0, err
		}
		hits = append(hits, h)
	}
	return hits, res.Total, nil
}

// hit turns a Bleve document id back into a Hit, checking it against the
// corpus.
func (x *Index) hit(dm *search.DocumentMatch) (Hit, error) {
	typ, release, n, err := parseID(dm.ID)
	if err != nil {
		return Hit{}, err
	}
	r, ok := x.c.Release(release)
	if !ok {
		return Hit{}, fmt.Errorf("document %q: release not in corpus", dm.ID)
	}
	h := Hit{Type: typ, Release: release, Score: dm.Score}
	switch typ {
	case Paragraphs:
		if n < 1 || n > len(r.Paragraphs) {
			return Hit{}, fmt.Errorf("document %q: paragraph not in release", dm.ID)
		}
		h.Paragraph, h.Fact = n, -1
	default:
		if n < 0 || n >= len(r.Facts) {
			return Hit{}, fmt.Errorf("document %q: fact not in release", dm.ID)
		}
		h.Paragraph, h.Fact = r.Facts[n].Paragraph, n
	}
	return h, nil
}

// Close releases the index, removing it if it was temporary. Calling it
// again does nothing and returns the first call's error.
func (x *Index) Close() error {
	x.closeOnce.Do(func() {
		x.paragraphs.stop()
		err := x.bi.Close()
		if x.temp != "" {
			err = errors.Join(err, removeAll(x.temp))
		}
		if err != nil {
			x.closeErr = fmt.Errorf("close index: %w", err)
		}
	})
	return x.closeErr
}

// docID returns the id of the n-th paragraph (1-based) or fact (0-based) of
// a release.
func docID(typ DocType, release string, n int) string {
	if typ == Paragraphs {
		return "p/" + release + "/" + strconv.Itoa(n)
	}
	return "f/" + release + "/" + strconv.Itoa(n)
}

// parseID is the inverse of docID.
func parseID(id string) (DocType, string, int, error) {
	var typ DocType
	switch {
	case strings.HasPrefix(id, "p/"):
		typ = Paragraphs
	case strings.HasPrefix(id, "f/"):
		typ = Facts
	default:
		return "", "", 0, fmt.Errorf("document %q: unknown id", id)
	}
	rest := id[2:]
	i := strings.LastIndexByte(rest, '/')
	if i <= 0 {
		return "", "", 0, fmt.Errorf("document %q: unknown id", id)
	}
	n, err := strconv.Atoi(rest[i+1:])
	if err != nil {
		return "", "", 0, fmt.Errorf("document %q: unknown id", id)
	}
	return typ, rest[:i], n, nil
}

// orderKey sorts documents that score alike: by release id, paragraphs
// before facts, then by position. Its separator sorts before any printable
// character, so "a" comes before "a-b".
func orderKey(typ DocType, release string, n int) string {
	t := "1"
	if typ == Paragraphs {
		t = "0"
	}
	return fmt.Sprintf("%s\x01%s%08d", release, t, n)
}

// docCount returns how many documents an index of c holds.
func docCount(c *corpus.Corpus) uint64 {
	var n int
	for _, r := range c.Releases {
		n += len(r.Paragraphs) + len(r.Facts)
	}
	return uint64(n)
}

// folded returns the distinct non-empty values of xs, case-folded and
// sorted.
func folded(xs ...string) []string {
	var out []string
	for _, x := range xs {
		x = fold(x)
		if x != "" && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
}

// fold is the case folding of keyword fields, the same at index and query
// time.
func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// since rounds a duration for logs.
func since(t time.Time) time.Duration { return time.Since(t).Round(time.Millisecond) }
