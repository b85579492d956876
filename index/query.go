package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// labelBoost weighs a match in a fact's label words against one in its
// sentence or a paragraph's text.
const labelBoost = 0.5

// buildQuery turns q into a Bleve query. The text never goes through
// Bleve's query-string parser: it is analysed as English words and matched
// as an OR of terms, so query syntax in it (+ - : ^ ~ " * ?) is just
// punctuation. Filters are exact and do not change scores.
func buildQuery(q Query) query.Query {
	var must []query.Query
	if text := strings.TrimSpace(q.Text); text != "" {
		inText := bleve.NewMatchQuery(text)
		inText.SetField(fieldText)
		inLabel := bleve.NewMatchQuery(text)
		inLabel.SetField(fieldLabel)
		inLabel.SetBoost(labelBoost)
		must = append(must, bleve.NewDisjunctionQuery(inText, inLabel))
	} else {
		must = append(must, bleve.NewMatchAllQuery())
	}
	term := func(field, value string) {
		t := bleve.NewTermQuery(value)
		t.SetField(field)
		t.SetBoost(0)
		must = append(must, t)
	}
	if q.Type != "" {
		term(fieldType, string(q.Type))
	}
	if q.Release != "" {
		term(fieldRelease, q.Release)
	}
	if q.Country != "" {
		term(fieldCountry, fold(q.Country))
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
		must = append(must, r)
	}
	if len(must) == 1 {
		return must[0]
	}
	return bleve.NewConjunctionQuery(must...)
}
