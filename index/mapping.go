package index

import (
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/fundbot/fundbot/corpus"
)

// The indexed fields. Nothing is stored: a hit's id says which paragraph or
// fact it is.
const (
	fieldType    = "type"    // keyword: "paragraph" or "fact" (the mapping's TypeField)
	fieldRelease = "release" // keyword: release id
	fieldCountry = "country" // keyword, folded: alpha-3 codes (a paragraph: those of its facts)
	fieldRegion  = "region"  // keyword, folded: regions (a paragraph: those of its facts)
	fieldKind    = "kind"    // keyword: fact kind
	fieldDonor   = "donor"   // keyword, folded: donors
	fieldYear    = "year"    // numeric: funding year
	fieldAmount  = "amount"  // numeric: a fact's amount value
	fieldBody    = "body"    // English: a paragraph's text
	fieldText    = "text"    // English: a fact's sentence
	fieldLabel   = "label"   // English: a fact's own words (share, who, text, quote, names, country)
	fieldOrder   = "order"   // keyword with doc values: tie-break sort key
)

// schemaVersion changes whenever the mapping or the documents change, so
// that a persisted index of an older shape is rebuilt.
const schemaVersion = "fundbot-index-3"

// newMapping returns the index mapping: two static document types chosen by
// the type field, English analysis for text and exact keywords for filters.
func newMapping() (*mapping.IndexMappingImpl, error) {
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store, f.IncludeTermVectors, f.IncludeInAll, f.DocValues = false, false, false, false
		return f
	}
	kw := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store, f.IncludeTermVectors, f.IncludeInAll, f.DocValues = false, false, false, false
		return f
	}
	num := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store, f.IncludeInAll, f.DocValues = false, false, false
		return f
	}
	order := kw()
	order.DocValues = true

	common := func() *mapping.DocumentMapping {
		dm := bleve.NewDocumentStaticMapping()
		dm.AddFieldMappingsAt(fieldType, kw())
		dm.AddFieldMappingsAt(fieldRelease, kw())
		dm.AddFieldMappingsAt(fieldCountry, kw())
		dm.AddFieldMappingsAt(fieldRegion, kw())
		dm.AddFieldMappingsAt(fieldDonor, kw())
		dm.AddFieldMappingsAt(fieldYear, num())
		dm.AddFieldMappingsAt(fieldOrder, order)
		// No field goes into Bleve's composite _all field: turn it off
		// rather than index an empty copy of every document.
		all := bleve.NewDocumentDisabledMapping()
		dm.AddSubDocumentMapping("_all", all)
		return dm
	}
	// Paragraphs and facts keep their words in fields of their own, so a
	// search of one type needs no type filter: on 200,000 documents that
	// filter doubled the cost of a search of common words.
	para := common()
	para.AddFieldMappingsAt(fieldBody, text())
	fact := common()
	fact.AddFieldMappingsAt(fieldText, text())
	fact.AddFieldMappingsAt(fieldKind, kw())
	fact.AddFieldMappingsAt(fieldAmount, num())
	fact.AddFieldMappingsAt(fieldLabel, text())

	im := bleve.NewIndexMapping()
	im.TypeField = fieldType
	im.DefaultType = "unknown"
	im.DefaultMapping = bleve.NewDocumentStaticMapping()
	im.DefaultMapping.Enabled = false
	im.AddDocumentMapping(string(Paragraphs), para)
	im.AddDocumentMapping(string(Facts), fact)
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultField = fieldBody
	im.IndexDynamic, im.StoreDynamic, im.DocValuesDynamic = false, false, false
	im.ScoringModel = bindex.BM25Scoring
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	return im, nil
}

// A doc is what is indexed for one paragraph or fact: field name to value.
// Empty values are left out so that they match no filter.
type doc map[string]any

func (d doc) set(field string, v any) {
	switch v := v.(type) {
	case string:
		if v == "" {
			return
		}
	case []string:
		if len(v) == 0 {
			return
		}
	case int:
		if v == 0 {
			return
		}
	case float64:
		if v == 0 {
			return
		}
	}
	d[field] = v
}

// releaseDocs calls add for every document of r: its paragraphs, then its
// facts.
func releaseDocs(r *corpus.Release, add func(id string, d doc) error) error {
	// A paragraph carries the countries and regions of the facts taken from
	// it, so that a country filter finds passages as well as facts.
	countries := make([][]string, len(r.Paragraphs)+1)
	regions := make([][]string, len(r.Paragraphs)+1)
	for _, f := range r.Facts {
		if f.Paragraph >= 1 && f.Paragraph <= len(r.Paragraphs) {
			countries[f.Paragraph] = append(countries[f.Paragraph], f.Country)
			regions[f.Paragraph] = append(regions[f.Paragraph], f.RegionNames()...)
		}
	}
	donors := folded(r.Donors...)
	for i, text := range r.Paragraphs {
		n := i + 1
		d := doc{fieldType: string(Paragraphs), fieldRelease: r.ID, fieldOrder: orderKey(Paragraphs, r.ID, n)}
		d.set(fieldBody, text)
		d.set(fieldDonor, donors)
		d.set(fieldYear, r.Year)
		d.set(fieldCountry, folded(countries[n]...))
		d.set(fieldRegion, folded(regions[n]...))
		if err := add(docID(Paragraphs, r.ID, n), d); err != nil {
			return err
		}
	}
	for i, f := range r.Facts {
		d := doc{fieldType: string(Facts), fieldRelease: r.ID, fieldOrder: orderKey(Facts, r.ID, i)}
		d.set(fieldKind, string(f.Kind))
		d.set(fieldText, f.Sentence)
		d.set(fieldLabel, label(f))
		if f.Donor != "" {
			d.set(fieldDonor, folded(f.Donor))
		} else {
			d.set(fieldDonor, donors)
		}
		year := f.Year
		if year == 0 {
			year = r.Year
		}
		d.set(fieldYear, year)
		d.set(fieldCountry, folded(f.Country))
		d.set(fieldRegion, folded(f.RegionNames()...))
		if f.Amount != nil {
			d.set(fieldAmount, f.Amount.Value)
		}
		if err := add(docID(Facts, r.ID, i), d); err != nil {
			return err
		}
	}
	return nil
}

// label returns a fact's own words, beyond its sentence: what a person may
// ask about it.
func label(f corpus.Fact) string {
	var parts []string
	for _, s := range []string{f.CountryName, strings.Join(f.RegionNames(), ", "), f.Share, f.Who, f.Text, f.Quote,
		f.Person, f.Role, f.Office, f.Attribute, f.Value, f.Recipient} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ". ")
}
