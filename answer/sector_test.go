package answer

import (
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// sectorCorpus is a small invented corpus for narrowing by sector: every
// figure in it is made up for these tests.
func sectorCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	amount := func(stated string, v float64, cur string) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: cur}
	}
	norway := &corpus.Release{
		ID: "unhcr-norway-2016", Title: "Norway gives UNHCR and WFP NOK 90 million", Donors: []string{"Norway"}, Recipient: "UNHCR",
		Recipients: []string{"UNHCR", "WFP"}, Year: 2016,
		Paragraphs: []string{
			"Norway gives NOK 90 million in humanitarian aid.",
			"NOK 30 million will go to the World Food Programme for food assistance in Chad.",
			"Norway is also adding NOK 12 million to its education cooperation with UNHCR.",
		},
	}
	norway.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("NOK 90 million", 90e6, "NOK")},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "WFP", Sector: "food assistance", Country: "TCD", CountryName: "Chad", Amount: amount("NOK 30 million", 30e6, "NOK")},
		{Kind: corpus.KindAmount, Paragraph: 3, Recipient: "UNHCR", Sector: "education", Amount: amount("NOK 12 million", 12e6, "NOK")},
	}
	lux := &corpus.Release{
		ID: "unfpa-luxembourg-2017", Title: "Luxembourg gives UNFPA EUR 4 million", Donors: []string{"Luxembourg"}, Recipient: "UNFPA", Year: 2017,
		Paragraphs: []string{
			"Luxembourg gives UNFPA EUR 4 million.",
			"EUR 2 million goes to a maternal health project in Mongolia.",
			"The other EUR 1.5 million goes to core funds.",
		},
	}
	lux.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("EUR 4 million", 4e6, "EUR")},
		{Kind: corpus.KindAmount, Paragraph: 2, Sector: "maternal health", Country: "MNG", CountryName: "Mongolia", Amount: amount("EUR 2 million", 2e6, "EUR")},
		{Kind: corpus.KindAmount, Paragraph: 3, Sector: "core funds", Amount: amount("EUR 1.5 million", 1.5e6, "EUR")},
	}
	korea := &corpus.Release{
		ID: "wfp-korea-2022", Title: "Korea supports WFP", Donors: []string{"South Korea"}, Recipient: "WFP", Year: 2022,
		Paragraphs: []string{"Korea has given USD 3 million in core funding to WFP in Kenya."},
	}
	korea.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sector: "core funds", Amount: amount("USD 3 million", 3e6, "USD")},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "KEN", CountryName: "Kenya"},
	}
	return corpusOf(t, norway, lux, korea)
}

// TestAnswerSectors holds issue 6's rule for sectors: a sector a question
// names narrows the answer to the parts for it (a broad sector covers the
// specific ones), and a release that states no amount for it says so
// rather than giving its total.
func TestAnswerSectors(t *testing.T) {
	e := newEngine(t, sectorCorpus(t))
	askAll(t, e, []wantCase{
		{"recipient_and_sector", "How much did Norway give UNHCR for education?", []string{"NOK 12 million"}, []string{"NOK 90 million (NOK)", "NOK 30 million"}},
		{"sector_as_stated", "How much did Norway give for food assistance?", []string{"NOK 30 million"}, []string{"NOK 12 million", "NOK 90 million (NOK)"}},
		{"another_term_for_the_sector", "How much did Norway give for food aid?", []string{"NOK 30 million"}, []string{"NOK 12 million"}},
		{"broad_sector_covers_specific", "How much did Luxembourg give for health?", []string{"EUR 2 million", "maternal health"}, []string{"EUR 1.5 million", "EUR 4 million (EUR)"}},
		{"no_part_for_the_sector", "How much did Norway give for health?", []string{"does not state a separate amount for health"}, []string{"NOK 90 million (NOK)", "NOK 30 million", "NOK 12 million"}},
		{"across_releases", "How much for health?", []string{"EUR 2 million", "“Norway gives UNHCR and WFP NOK 90 million” (2016) does not state a separate amount for health"}, []string{"NOK 30 million", "NOK 12 million", "EUR 1.5 million", "USD 3 million"}},
		{"total_for_the_sector", "How much core funding did Korea give WFP?", []string{"USD 3 million", "Total, South Korea to WFP, for core funds"}, nil},
		{"part_for_the_sector", "How much went to core funds in 2017?", []string{"EUR 1.5 million"}, []string{"EUR 2 million", "EUR 4 million (EUR)"}},
		{"organisation_name_is_no_sector", "How much did Norway give the World Food Programme?", []string{"NOK 30 million"}, []string{"does not state a separate amount for food"}},
		{"sector_before_place", "How much did Norway give for health in Chad?", []string{"does not state a separate amount for health in Chad"}, []string{"NOK 30 million", "NOK 90 million (NOK)"}},
		{"total_for_the_sector_and_place", "How much did Korea give WFP for core funding in Kenya?", []string{"USD 3 million"}, nil},
		{"command_sector", "/funding health", []string{"EUR 2 million", "maternal health", "“Norway gives UNHCR and WFP NOK 90 million” (2016) does not state a separate amount for health"}, []string{"NOK 90 million (NOK)", "NOK 30 million", "NOK 12 million", "EUR 1.5 million", "USD 3 million", "EUR 4 million (EUR)"}},
		{"command_sector_two_words", "/funding core funds", []string{"EUR 1.5 million", "USD 3 million"}, []string{"EUR 2 million", "NOK 12 million", "NOK 30 million"}},
		{"command_sector_and_year", "/funding education 2016", []string{"NOK 12 million"}, []string{"NOK 30 million", "NOK 90 million (NOK)"}},
		{"command_donor_and_sector", "/funding Norway health", []string{"does not state a separate amount for health"}, []string{"NOK 90 million (NOK)", "NOK 30 million", "EUR 2 million"}},
		{"command_recipient_and_sector", "/funding WFP food assistance", []string{"NOK 30 million"}, []string{"USD 3 million", "NOK 12 million"}},
		{"command_place_and_sector", "/funding Chad health", []string{"does not state a separate amount for health in Chad"}, []string{"NOK 30 million", "NOK 90 million (NOK)"}},
		{"command_sector_no_release_states", "/funding shelter", []string{"No release in the corpus states an amount for shelter", "Sectors the releases state amounts for"}, []string{"NOK 90 million", "EUR 4 million", "USD 3 million", "EUR 2 million"}},
		{"question_sector_no_release_states", "How much for shelter?", []string{"“Norway gives UNHCR and WFP NOK 90 million” (2016) does not state a separate amount for shelter"}, []string{"NOK 90 million (NOK)", "EUR 4 million (EUR)", "USD 3 million"}},
		{"command_organisation_name_is_no_sector", "/funding World Health Organization", nil, []string{"EUR 2 million", "maternal health"}},
		{"command_acronym_in_lower_case", "/funding mhpss", []string{"No release in the corpus states an amount for mental health"}, []string{"not a country"}},
		{"command_without_sector", "/funding Chad", []string{"NOK 30 million"}, nil},
		{"sector_word_is_no_typo", "How much did Norway give for child protection?", []string{"does not state a separate amount for child protection"}, []string{"Chile"}},
	})
}

// TestAnswerSectorAcronym holds that a sector asked for by an acronym the
// sector table matches only in capitals ("WASH") finds the parts stated
// under its full name, in a question and, typed in lower case, in the
// command. The corpus is invented for this test.
func TestAnswerSectorAcronym(t *testing.T) {
	r := &corpus.Release{
		ID: "unicef-eu-2020", Title: "The EU gives UNICEF EUR 5 million", Donors: []string{"European Union"}, Recipient: "UNICEF", Year: 2020,
		Paragraphs: []string{"The EU gives UNICEF EUR 5 million.", "EUR 2 million will support water, sanitation and hygiene in Yemen."},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "EUR 5 million", Value: 5e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sector: "water, sanitation and hygiene", Amount: &corpus.Amount{Stated: "EUR 2 million", Value: 2e6, Currency: "EUR"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askAll(t, e, []wantCase{
		{"question", "How much did the EU give for WASH?", []string{"EUR 2 million"}, []string{"EUR 5 million (EUR)", "does not state"}},
		{"command_in_lower_case", "/funding wash", []string{"EUR 2 million"}, []string{"EUR 5 million (EUR)", "not a country", "does not state"}},
		{"word_in_lower_case_is_no_sector", "How much did the EU give to wash hands?", nil, []string{"EUR 2 million"}},
	})
}

// TestSectorsAsked holds which sectors a question or command names: by
// the sector table, the label of an acronym, never a sector's word inside
// a name the table knows ("Education Cannot Wait"), whatever its case.
func TestSectorsAsked(t *testing.T) {
	e := newEngine(t, sectorCorpus(t))
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"How much for food aid?", []string{"food aid"}},
		{"How much did the EU give for WASH?", []string{"water sanitation and hygiene"}},
		{"/funding education 2016", []string{"education"}},
		{"/funding WFP core funds", []string{"core funds"}},
		{"/funding wash", []string{"water sanitation and hygiene"}},
		{"How much did Norway give to education cannot wait?", nil},
		{"/funding Norway Education Cannot Wait", nil},
		{"How much did Norway give the World Health Organization?", nil},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := e.parse(tc.q).sectors; !slices.Equal(got, tc.want) {
				t.Errorf("parse(%q).sectors = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}
