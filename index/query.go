package index

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// labelBoost weighs a match in a fact's label words against one in its
// sentence or a paragraph's text.
const labelBoost = 0.5

// Terms found in more than commonShare of the documents (and in more than
// commonMin) are common: a query matches documents by its other terms and
// lets common ones only add to the score, as Lucene's CommonTermsQuery
// does. Their weight is low anyway, and each one would otherwise make
// Bleve score most of the index.
const (
	commonShare = 0.02
	commonMin   = 1000
)

// words is what a query's text needs: the analyser, and the document
// frequency of each term in the paragraph and fact text fields, looked up in
// the index when a query needs it (reading the whole dictionaries at start-up
// took tens of milliseconds on the 10k corpus).
type words struct {
	an    analysis.Analyzer
	bi    bleve.Index
	limit uint64 // a term in more documents than this is common
}

// newWords returns the words of the index bi of docs documents.
func newWords(bi bleve.Index, docs uint64) (words, error) {
	w := words{
		an:    bi.Mapping().AnalyzerNamed(en.AnalyzerName),
		bi:    bi,
		limit: max(uint64(commonMin), uint64(commonShare*float64(docs))),
	}
	if w.an == nil {
		return words{}, fmt.Errorf("no %s analyzer", en.AnalyzerName)
	}
	return w, nil
}

// A termInfo is a term of a query's text with its document frequencies
// in the text fields.
type termInfo struct {
	term       string
	body, text uint64
}

// terms returns the distinct analysed terms of text by their document
// frequency in the text fields: rare ones, common ones, and those the text
// fields do not hold (they may be in labels). A term whose frequency cannot
// be read counts as rare: it is searched for.
func (w words) terms(text string) (rare, common, absent []string) {
	r, c, a := w.termInfo(text)
	return termsOf(r), termsOf(c), termsOf(a)
}

// termsOf returns the terms of ts.
func termsOf(ts []termInfo) []string {
	if len(ts) == 0 {
		return nil
	}
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.term
	}
	return out
}

// termInfo is terms with each term's document frequencies.
func (w words) termInfo(text string) (rare, common, absent []termInfo) {
	var seen []string
	var r bleveindex.IndexReader
	if adv, err := w.bi.Advanced(); err == nil {
		if r, err = adv.Reader(); err == nil {
			defer r.Close()
		}
	}
	for _, tok := range w.an.Analyze([]byte(text)) {
		t := string(tok.Term)
		if t == "" || slices.Contains(seen, t) {
			continue
		}
		seen = append(seen, t)
		body, text, ok := docFreq(r, tok.Term)
		ti := termInfo{term: t, body: body, text: text}
		switch df := body + text; {
		case !ok:
			rare = append(rare, ti)
		case df == 0:
			absent = append(absent, ti)
		case df > w.limit:
			common = append(common, ti)
		default:
			rare = append(rare, ti)
		}
	}
	return rare, common, absent
}

// docFreq returns how many documents hold term in the body and text
// fields, the fields whose document frequencies make a term common (a
// term's is the sum of the two).
func docFreq(r bleveindex.IndexReader, term []byte) (body, text uint64, ok bool) {
	if r == nil {
		return 0, 0, false
	}
	var n [2]uint64
	for i, field := range [...]string{fieldBody, fieldText} {
		tfr, err := r.TermFieldReader(context.Background(), term, field, false, false, false)
		if err != nil {
			return 0, 0, false
		}
		n[i] = tfr.Count()
		tfr.Close()
	}
	return n[0], n[1], true
}

// A plan is a search in one or two steps: q, and if it finds fewer hits
// than asked, broader.
type plan struct {
	q       query.Query
	broader query.Query // or nil
	scored  bool
}

// buildQuery plans q's search.
//
// The text never goes through Bleve's query-string parser: it is analysed as
// English words and matched as an OR of terms, so query syntax in it
// (+ - : ^ ~ " * ?) is just punctuation. Documents are matched by the
// text's rare terms and scored by all of them (see commonShare). A text of
// common terms only first matches documents that hold them all, as
// Elasticsearch's cutoff_frequency did, and any of them if that finds too
// few.
//
// Filters are exact terms in a conjunction with the text, boosted to zero so
// they narrow the hits without changing their scores; the conjunction skips
// through the posting lists, where a Boolean filter clause or match-all
// with filters would visit every candidate. Without text the conjunction of
// filters is the whole query and nothing scores.
func (w words) buildQuery(q Query) plan {
	var filters []query.Query
	term := func(field, value string) {
		t := bleve.NewTermQuery(value)
		t.SetField(field)
		t.SetBoost(0)
		filters = append(filters, t)
	}
	// With text, the fields searched say the type (paragraphs have a body,
	// facts a text and a label); without, the type is a filter.
	if q.Type != "" && strings.TrimSpace(q.Text) == "" {
		term(fieldType, string(q.Type))
	}
	if q.Release != "" {
		term(fieldRelease, q.Release)
	}
	if len(q.Releases) > 0 {
		anyRelease := make([]query.Query, len(q.Releases))
		for i, id := range q.Releases {
			t := bleve.NewTermQuery(id)
			t.SetField(fieldRelease)
			t.SetBoost(0)
			anyRelease[i] = t
		}
		d := bleve.NewDisjunctionQuery(anyRelease...)
		d.SetBoost(0)
		filters = append(filters, d)
	}
	if q.Country != "" {
		term(fieldCountry, fold(q.Country))
	}
	if q.Region != "" {
		term(fieldRegion, fold(q.Region))
	}
	if q.Kind != "" {
		term(fieldKind, string(q.Kind))
	}
	if q.Donor != "" {
		term(fieldDonor, fold(q.Donor))
	}
	if q.Year != 0 {
		y, yes := float64(q.Year), true
		r := bleve.NewNumericRangeInclusiveQuery(&y, &y, &yes, &yes)
		r.SetField(fieldYear)
		r.SetBoost(0)
		filters = append(filters, r)
	}
	filtered := func(text query.Query) query.Query {
		if text == nil || len(filters) == 0 {
			return text
		}
		return bleve.NewConjunctionQuery(append([]query.Query{text}, filters...)...)
	}

	if strings.TrimSpace(q.Text) == "" {
		switch len(filters) {
		case 0:
			return plan{q: bleve.NewMatchAllQuery()}
		case 1:
			return plan{q: filters[0]}
		}
		return plan{q: bleve.NewConjunctionQuery(filters...)}
	}
	rare, common, absent := w.terms(q.Text)
	anyOf := func(terms []string) query.Query { return anyOf(terms, q.Type) }
	allOf := func(terms []string) query.Query { return allOf(terms, q.Type) }
	switch {
	case len(rare) > 0:
		return plan{q: filtered(scoredBy(anyOf(rare), anyOf(append(common, absent...)))), scored: true}
	case len(common) > 1:
		return plan{
			q:       filtered(scoredBy(allOf(common), anyOf(absent))),
			broader: filtered(scoredBy(anyOf(common), anyOf(absent))),
			scored:  true,
		}
	case len(common) == 1:
		return plan{q: filtered(scoredBy(anyOf(common), anyOf(absent))), scored: true}
	case len(absent) > 0:
		return plan{q: filtered(anyOf(absent)), scored: true}
	}
	return plan{q: bleve.NewMatchNoneQuery(), scored: true}
}

// scoredBy matches must and adds should's score where it also matches.
func scoredBy(must, should query.Query) query.Query {
	if should == nil {
		return must
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(must)
	bq.AddShould(should)
	return bq
}

// termQuery matches t in the words of documents of type typ ("" for both):
// a paragraph's body, a fact's sentence or, weighed less, its label.
func termQuery(t string, typ DocType) query.Query {
	field := func(name string, boost float64) query.Query {
		q := bleve.NewTermQuery(t)
		q.SetField(name)
		if boost != 1 {
			q.SetBoost(boost)
		}
		return q
	}
	switch typ {
	case Paragraphs:
		return field(fieldBody, 1)
	case Facts:
		return bleve.NewDisjunctionQuery(field(fieldText, 1), field(fieldLabel, labelBoost))
	}
	return bleve.NewDisjunctionQuery(field(fieldBody, 1), field(fieldText, 1), field(fieldLabel, labelBoost))
}

// anyOf matches any of terms, or is nil for none.
func anyOf(terms []string, typ DocType) query.Query {
	if len(terms) == 0 {
		return nil
	}
	var qs []query.Query
	for _, t := range terms {
		qs = append(qs, termQuery(t, typ))
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// allOf matches all of terms.
func allOf(terms []string, typ DocType) query.Query {
	var qs []query.Query
	for _, t := range terms {
		qs = append(qs, termQuery(t, typ))
	}
	return bleve.NewConjunctionQuery(qs...)
}
