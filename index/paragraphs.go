package index

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2/search"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/fundbot/fundbot/corpus"
)

// A search of paragraphs by text within a few named releases
// (Query.Releases, as the answer engine's passage search makes it) is
// scored here rather than by Bleve: Bleve's conjunction of the text with a
// disjunction of up to 64 release terms advances every one of those
// posting lists at each step, which cost most of an answer's time on
// 10,000 releases (docs/benchmarks.md, "The engine alone under distinct
// questions"). What it needs is read once out of the Bleve index itself
// (paragraphWords): each release's paragraphs' terms with their
// frequencies and norms, and every term's document frequencies. The score
// is Bleve's BM25, term for term and with the same statistics (see
// scoreParagraphs); TestParagraphsScoredAsBleve holds the two to the same
// hits with the same scores.

// paragraphWords are the body field of the index turned around: by
// release, the terms of its paragraphs with their postings. Every slice is
// free of pointers, so that the garbage collector has nothing to mark in
// them.
type paragraphWords struct {
	docs   uint64  // documents in the index
	avgLen float64 // Bleve's average length of the body field for BM25

	// The terms of the body (paragraphs) and text (facts' sentences)
	// fields, sorted and end to end in words; term i ends at ends[i] and
	// is in body[i] paragraphs and text[i] sentences.
	words      string
	ends       []uint32
	body, text []uint32

	// The postings of the release at place at in the corpus are
	// relStart[at]:relStart[at+1] in terms and posts, by term id: posting
	// i is of term terms[i] in paragraph posts[i]>>16 (1-based), where it
	// occurs posts[i]&0xffff times.
	relStart []uint32
	terms    []uint32
	posts    []uint32
	// norms[paraStart[at]+n-1] is the norm Bleve stored for paragraph n
	// of the release at place at: float32(1/√tokens), 0 for no words.
	paraStart []uint32
	norms     []float32
}

// maxPostingValue bounds a paragraph number and a term's frequency in one
// posting; an index beyond it is searched by Bleve alone.
const maxPostingValue = 1<<16 - 1

// term returns the i-th term.
func (pw *paragraphWords) term(i int) string {
	start := uint32(0)
	if i > 0 {
		start = pw.ends[i-1]
	}
	return pw.words[start:pw.ends[i]]
}

// lookup returns the id of term t, or false if neither field holds it.
func (pw *paragraphWords) lookup(t string) (int, bool) {
	i := sort.Search(len(pw.ends), func(i int) bool { return pw.term(i) >= t })
	return i, i < len(pw.ends) && pw.term(i) == t
}

// postings returns the postings of term id in the release at place at.
func (pw *paragraphWords) postings(at int, id uint32) []uint32 {
	start, end := int(pw.relStart[at]), int(pw.relStart[at+1])
	terms := pw.terms[start:end]
	i, _ := slices.BinarySearch(terms, id)
	j := i
	for j < len(terms) && terms[j] == id {
		j++
	}
	return pw.posts[start+i : start+j]
}

// paragraphSearch reads the paragraphs' words in the background once
// searches need them; until they are ready, Bleve searches.
type paragraphSearch struct {
	asked  atomic.Int32 // searches that could have used them
	start  sync.Once
	words  atomic.Pointer[paragraphWords]
	cancel context.CancelFunc // stops the build, for Close
	done   chan struct{}      // closed when the build has ended
}

// readAfter is how many searches that could use the paragraphs' words
// Search answers by Bleve before it reads them: a process that asks a
// question or two (`fundbot ask`) does not spend half a second of CPU on
// them, nor wait at Close for the reading to stop.
const readAfter = 8

// paragraphWords returns the paragraphs' words, or nil while they are not
// ready (or could not be read). The readAfter-th call starts reading them
// (the first, with wait); with wait, it returns once they are read.
func (x *Index) paragraphWords(wait bool) *paragraphWords {
	ps := &x.paragraphs
	if pw := ps.words.Load(); pw != nil {
		return pw
	}
	if !wait && ps.asked.Add(1) < readAfter {
		return nil
	}
	ps.start.Do(func() {
		ctx, cancel := context.WithCancel(context.Background())
		ps.cancel, ps.done = cancel, make(chan struct{})
		go func() {
			defer close(ps.done)
			start := time.Now()
			pw, err := readParagraphWords(ctx, x.bi, x.c)
			if err != nil {
				if !errors.Is(err, context.Canceled) {
					x.lg.Warn("passage search stays with Bleve", "err", err)
				}
				return
			}
			ps.words.Store(pw)
			x.lg.Debug("paragraph words read", "terms", len(pw.ends), "postings", len(pw.posts), "duration", since(start))
		}()
	})
	if wait && ps.done != nil {
		<-ps.done
	}
	return ps.words.Load()
}

// Prepare reads now what Search needs to score a search of paragraphs
// within named releases itself (Query.Releases with text), which it
// otherwise reads in the background after readAfter such searches, asking
// Bleve meanwhile. On 10,000 releases that is 24 MB kept (3 million
// postings), read in about half a second of CPU.
func (x *Index) Prepare() { x.paragraphWords(true) }

// stop ends a build of the paragraphs' words and waits for it, so that the
// Bleve index can be closed.
func (ps *paragraphSearch) stop() {
	ps.start.Do(func() {}) // none may start after this
	if ps.cancel != nil {
		ps.cancel()
		<-ps.done
	}
}

// indexReader is what readParagraphWords needs of a Bleve index.
type indexReader interface {
	Advanced() (bleveindex.Index, error)
}

// readParagraphWords reads the paragraphs' words out of the Bleve index bi
// of c: the paragraph each document is (from the order field's doc
// values), the terms of the text fields with their document frequencies,
// and the body field's postings, gathered by release.
func readParagraphWords(ctx context.Context, bi indexReader, c *corpus.Corpus) (*paragraphWords, error) {
	adv, err := bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("read paragraph words: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("read paragraph words: %w", err)
	}
	defer r.Close()
	pw, err := readParagraphWordsFrom(ctx, r, c)
	if err != nil {
		return nil, fmt.Errorf("read paragraph words: %w", err)
	}
	return pw, nil
}

func readParagraphWordsFrom(ctx context.Context, r bleveindex.IndexReader, c *corpus.Corpus) (*paragraphWords, error) {
	cr, ok := r.(interface {
		FieldCardinality(field string) (int, error)
	})
	if !ok {
		return nil, fmt.Errorf("%T gives no field cardinality", r)
	}
	docs, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	card, err := cr.FieldCardinality(fieldBody)
	if err != nil {
		return nil, err
	}
	if docs == 0 {
		return nil, errors.New("no documents")
	}
	pw := &paragraphWords{docs: docs, avgLen: math.Ceil(float64(card) / float64(docs))}

	// Which paragraph each document is.
	pw.paraStart = make([]uint32, len(c.Releases)+1)
	for at, rel := range c.Releases {
		if len(rel.Paragraphs) > maxPostingValue {
			return nil, fmt.Errorf("release %s has %d paragraphs", rel.ID, len(rel.Paragraphs))
		}
		pw.paraStart[at+1] = pw.paraStart[at] + uint32(len(rel.Paragraphs))
	}
	pw.norms = make([]float32, pw.paraStart[len(c.Releases)])
	const notParagraph = math.MaxUint32
	docPara := make([]uint32, docs) // index into norms, or notParagraph
	found := 0
	dvr, err := r.DocValueReader([]string{fieldOrder})
	if err != nil {
		return nil, err
	}
	id := bleveindex.NewIndexInternalID(nil, 0)
	for doc := range docs {
		if doc%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		docPara[doc] = notParagraph
		id.SetValue(doc)
		err := dvr.VisitDocValues(id, func(_ string, key []byte) {
			release, typ, n, ok := parseOrderKey(string(key))
			if !ok || typ != Paragraphs {
				return
			}
			at, ok := placeOf(c, release)
			if ok && n >= 1 && n <= len(c.Releases[at].Paragraphs) {
				docPara[doc] = pw.paraStart[at] + uint32(n-1)
				found++
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if found != len(pw.norms) {
		return nil, fmt.Errorf("%d of the corpus's %d paragraphs found among the index's documents", found, len(pw.norms))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// The paragraph's release, for each paragraph.
	release := make([]uint32, len(pw.norms))
	for at := range c.Releases {
		for p := pw.paraStart[at]; p < pw.paraStart[at+1]; p++ {
			release[p] = uint32(at)
		}
	}

	// The terms of both text fields, with their document frequencies.
	// The body field's postings are read twice, to count them by release
	// and then to put them in place, rather than held in between: on 10k
	// that is 3 million postings, and holding them raised the process's
	// peak memory by a third.
	textTerms, textDF, err := fieldTerms(ctx, r, fieldText, nil)
	if err != nil {
		return nil, err
	}
	pw.relStart = make([]uint32, len(c.Releases)+1)
	bodyTerms, bodyDF, err := fieldTerms(ctx, r, fieldBody, func(_ uint32, doc uint64, freq uint64, norm float64) error {
		if doc >= docs || docPara[doc] == notParagraph {
			return fmt.Errorf("body term in document %d, not a paragraph", doc)
		}
		if freq > maxPostingValue {
			return fmt.Errorf("a term %d times in one paragraph", freq)
		}
		p := docPara[doc]
		pw.norms[p] = float32(norm)
		pw.relStart[release[p]+1]++
		return nil
	})
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	bodyID := make([]uint32, len(bodyTerms)) // body term index -> merged id
	for i, j := 0, 0; i < len(bodyTerms) || j < len(textTerms); {
		var t string
		var inBody, inText uint32
		switch {
		case j == len(textTerms) || i < len(bodyTerms) && bodyTerms[i] < textTerms[j]:
			t, inBody = bodyTerms[i], bodyDF[i]
			bodyID[i] = uint32(len(pw.ends))
			i++
		case i == len(bodyTerms) || textTerms[j] < bodyTerms[i]:
			t, inText = textTerms[j], textDF[j]
			j++
		default:
			t, inBody, inText = bodyTerms[i], bodyDF[i], textDF[j]
			bodyID[i] = uint32(len(pw.ends))
			i, j = i+1, j+1
		}
		b.WriteString(t)
		pw.ends = append(pw.ends, uint32(b.Len()))
		pw.body = append(pw.body, inBody)
		pw.text = append(pw.text, inText)
	}
	pw.words = b.String()

	// Each release's postings, in term order as the dictionary gives
	// them.
	for at := range c.Releases {
		pw.relStart[at+1] += pw.relStart[at]
	}
	total := pw.relStart[len(c.Releases)]
	pw.terms, pw.posts = make([]uint32, total), make([]uint32, total)
	next := slices.Clone(pw.relStart[:len(c.Releases)])
	_, _, err = fieldTerms(ctx, r, fieldBody, func(term uint32, doc uint64, freq uint64, _ float64) error {
		if term >= uint32(len(bodyID)) || doc >= docs || docPara[doc] == notParagraph {
			return errors.New("the body field changed while read")
		}
		p := docPara[doc]
		at := release[p]
		i := next[at]
		if i >= pw.relStart[at+1] {
			return errors.New("the body field changed while read")
		}
		pw.terms[i], pw.posts[i] = bodyID[term], (p-pw.paraStart[at]+1)<<16|uint32(freq)
		next[at]++
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pw, nil
}

// fieldTerms returns the terms of field in order, with their document
// frequencies, and calls each, if not nil, for every posting of each term
// (by its index in the terms), in document order.
func fieldTerms(ctx context.Context, r bleveindex.IndexReader, field string,
	each func(term uint32, doc uint64, freq uint64, norm float64) error) ([]string, []uint32, error) {
	d, err := r.FieldDict(field)
	if err != nil {
		return nil, nil, err
	}
	defer d.Close()
	var (
		terms []string
		dfs   []uint32
		tfd   bleveindex.TermFieldDoc
	)
	for {
		e, err := d.Next()
		if err != nil {
			return nil, nil, err
		}
		if e == nil {
			return terms, dfs, nil
		}
		if len(terms)%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		term := uint32(len(terms))
		// A dictionary entry's count is not the term's document
		// frequency in a merged segment (zapx gives 1): the term's reader
		// has it.
		tfr, err := r.TermFieldReader(ctx, []byte(e.Term), field, each != nil, each != nil, false)
		if err != nil {
			return nil, nil, err
		}
		terms = append(terms, e.Term)
		dfs = append(dfs, uint32(tfr.Count()))
		for each != nil {
			doc, err := tfr.Next(&tfd)
			if err == nil && doc != nil {
				err = each(term, doc.ID.Value(), doc.Freq, doc.Norm)
			}
			if err != nil {
				tfr.Close()
				return nil, nil, err
			}
			if doc == nil {
				break
			}
		}
		if err := tfr.Close(); err != nil {
			return nil, nil, err
		}
	}
}

// parseOrderKey is the inverse of orderKey.
func parseOrderKey(key string) (release string, typ DocType, n int, ok bool) {
	i := strings.LastIndexByte(key, '\x01')
	if i < 0 || len(key) < i+3 {
		return "", "", 0, false
	}
	switch key[i+1] {
	case '0':
		typ = Paragraphs
	case '1':
		typ = Facts
	default:
		return "", "", 0, false
	}
	for _, d := range key[i+2:] {
		if d < '0' || d > '9' {
			return "", "", 0, false
		}
		n = n*10 + int(d-'0')
	}
	return key[:i], typ, n, true
}

// placeOf returns where the release id is in c, whose releases are in id
// order.
func placeOf(c *corpus.Corpus, id string) (int, bool) {
	return slices.BinarySearchFunc(c.Releases, id, func(r *corpus.Release, id string) int {
		return strings.Compare(r.ID, id)
	})
}

// scoresParagraphs reports whether searchParagraphs answers q: a text
// search of paragraphs within named releases, filtered by fields a
// paragraph has.
func scoresParagraphs(q Query) bool {
	return q.Type == Paragraphs && len(q.Releases) > 0 && q.Kind == "" && strings.TrimSpace(q.Text) != ""
}

// A scoredTerm is a term of a query's text, with what its BM25 score
// needs.
type scoredTerm struct {
	id     uint32  // in paragraphWords; absent terms have none
	idf    float64 // Bleve's BM25 idf in the body field
	weight float64 // idf times the query's norm
	absent bool    // no paragraph holds it
}

// A termGroup is a disjunction or conjunction of terms in a query: a
// document's score for it is the sum of its terms' scores, times the share
// of the group's terms it holds for a disjunction (Bleve's coord).
type termGroup struct {
	terms []scoredTerm
	all   bool // every term must match (a conjunction)
}

// searchParagraphs runs q (scoresParagraphs(q) holds) over pw, the way
// Bleve runs buildQuery's plan of q: the same hits with the same scores,
// best first, ties by compareOrder.
func (x *Index) searchParagraphs(ctx context.Context, pw *paragraphWords, q Query, size int) ([]Hit, error) {
	// The text's terms, as words.terms sorts them.
	var rare, common, absent []scoredTerm
	var seen []string
	for _, tok := range x.words.an.Analyze([]byte(q.Text)) {
		t := string(tok.Term)
		if t == "" || slices.Contains(seen, t) {
			continue
		}
		seen = append(seen, t)
		id, ok := pw.lookup(t)
		var body, df uint64
		if ok {
			body, df = uint64(pw.body[id]), uint64(pw.body[id])+uint64(pw.text[id])
		}
		st := scoredTerm{id: uint32(id), idf: bm25IDF(pw.docs, body), absent: body == 0}
		switch {
		case df == 0:
			absent = append(absent, st)
		case df > x.words.limit:
			common = append(common, st)
		default:
			rare = append(rare, st)
		}
	}
	// Bleve multiplies every term's weight by the query's norm: one over
	// the root of the sum of the squares of its terms' weights (its
	// filters weigh nothing).
	var sum float64
	for _, ts := range [][]scoredTerm{rare, common, absent} {
		for _, t := range ts {
			sum += t.idf * t.idf
		}
	}
	norm := 1 / math.Sqrt(sum)
	for _, ts := range [][]scoredTerm{rare, common, absent} {
		for i := range ts {
			ts[i].weight = ts[i].idf * norm
		}
	}
	// buildQuery's plans, term by term: a paragraph must match must and
	// adds should's score where it matches.
	var hits []Hit
	switch {
	case len(rare) > 0:
		hits = x.scoreParagraphs(pw, q, termGroup{terms: rare}, termGroup{terms: slices.Concat(common, absent)})
	case len(common) > 1:
		hits = x.scoreParagraphs(pw, q, termGroup{terms: common, all: true}, termGroup{terms: absent})
		if len(hits) < size {
			hits = x.scoreParagraphs(pw, q, termGroup{terms: common}, termGroup{terms: absent})
		}
	case len(common) == 1:
		hits = x.scoreParagraphs(pw, q, termGroup{terms: common}, termGroup{terms: absent})
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return compareOrder(a, b)
	})
	return hits[:min(len(hits), size)], nil
}

// bm25IDF is Bleve's inverse document frequency for BM25.
func bm25IDF(docs, df uint64) float64 {
	return math.Log(1 + (float64(docs)-float64(df)+0.5)/(float64(df)+0.5))
}

// scoreParagraphs scores the paragraphs of q's releases that pass q's
// filters and match must, adding should's score where it matches. The
// score of a term in a paragraph is Bleve's BM25 (TermQueryScorer), with
// the paragraph's length as Bleve gets it back from the stored norm:
//
//	idf · √tf · k1 / (√tf + k1 · (1 − b + b · len / avgLen)) · weight
func (x *Index) scoreParagraphs(pw *paragraphWords, q Query, must, should termGroup) []Hit {
	var (
		hits []Hit
		seen []int
		// Per paragraph of one release: the score and the count of
		// terms matched, for must and for should.
		score              [2][]float64
		matched            [2][]int
		donor, country, rg = fold(q.Donor), fold(q.Country), fold(q.Region)
	)
	for _, id := range q.Releases {
		at, found := placeOf(x.c, id)
		if !found || slices.Contains(seen, at) || q.Release != "" && q.Release != id {
			continue
		}
		seen = append(seen, at)
		r := x.c.Releases[at]
		if q.Year != 0 && r.Year != q.Year ||
			q.Donor != "" && !slices.ContainsFunc(r.Donors, func(d string) bool { return donor != "" && fold(d) == donor }) {
			continue
		}
		norms := pw.norms[pw.paraStart[at]:pw.paraStart[at+1]]
		for g, group := range []termGroup{must, should} {
			score[g] = resize(score[g], len(r.Paragraphs)+1)
			matched[g] = resize(matched[g], len(r.Paragraphs)+1)
			for _, t := range group.terms {
				if t.absent {
					continue
				}
				for _, p := range pw.postings(at, t.id) {
					n, tf := p>>16, p&maxPostingValue
					score[g][n] += t.score(tf, norms[n-1], pw.avgLen)
					matched[g][n]++
				}
			}
		}
		for n := 1; n <= len(r.Paragraphs); n++ {
			m := matched[0][n]
			if m == 0 || must.all && m < len(must.terms) || !paragraphPlaced(r, n, q.Country != "", country, q.Region != "", rg) {
				continue
			}
			s := score[0][n]
			if !must.all {
				s *= float64(m) / float64(len(must.terms))
			}
			if m := matched[1][n]; m > 0 {
				s += score[1][n] * (float64(m) / float64(len(should.terms)))
			}
			hits = append(hits, Hit{Type: Paragraphs, Release: r.ID, Paragraph: n, Fact: -1, Score: s})
		}
	}
	return hits
}

// resize returns s with n zero elements, reusing its array.
func resize[T any](s []T, n int) []T {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}

// score is the term's BM25 score in a paragraph of the given norm where it
// occurs tf times.
func (t scoredTerm) score(tf uint32, norm float32, avgLen float64) float64 {
	n := float64(norm)
	length := 1 / (n * n)
	sqrtTF := math.Sqrt(float64(tf))
	return t.idf * (sqrtTF * search.BM25_k1) / (sqrtTF + search.BM25_k1*(1-search.BM25_b+search.BM25_b*length/avgLen)) * t.weight
}

// paragraphPlaced reports whether paragraph n of r passes the country and
// region filters (folded) when they are set: a paragraph holds the
// countries and regions of the facts taken from it (releaseDocs).
func paragraphPlaced(r *corpus.Release, n int, byCountry bool, country string, byRegion bool, region string) bool {
	if !byCountry && !byRegion {
		return true
	}
	inCountry, inRegion := !byCountry, !byRegion
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Paragraph != n {
			continue
		}
		inCountry = inCountry || country != "" && fold(f.Country) == country
		inRegion = inRegion || region != "" && slices.ContainsFunc(f.RegionNames(), func(g string) bool { return fold(g) == region })
	}
	return inCountry && inRegion
}
