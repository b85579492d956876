package answer

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// periodCorpus holds a gift for two years together and a one-year gift of
// the same donor; every figure in it is made up for these tests.
func periodCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	amount := func(stated string, v float64, cur string) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: cur}
	}
	two := &corpus.Release{
		ID: "unfpa-oman-2021", Title: "Oman backs UNFPA for two years", Donors: []string{"Oman"}, Recipient: "UNFPA",
		Year: 2021, Period: "2021-2022",
		Paragraphs: []string{"Oman has given USD 8 million to UNFPA for the years 2021 and 2022."},
	}
	two.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("USD 8 million", 8e6, "USD"), Year: 2021}}
	one := &corpus.Release{
		ID: "unfpa-oman-2023", Title: "Oman renews UNFPA support", Donors: []string{"Oman"}, Recipient: "UNFPA", Year: 2023,
		Paragraphs: []string{"Oman has given USD 3 million to UNFPA for 2023."},
	}
	one.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("USD 3 million", 3e6, "USD"), Year: 2023}}
	three := &corpus.Release{
		ID: "unfpa-qatar-2024", Title: "Qatar funds UNFPA for three years", Donors: []string{"Qatar"}, Recipient: "UNFPA",
		Year: 2024, Period: "2024-2026",
		Paragraphs: []string{"Qatar has given USD 9 million to UNFPA for the period 2024 to 2026."},
	}
	three.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("USD 9 million", 9e6, "USD"), Year: 2024}}
	releases := []*corpus.Release{two, one, three}
	for _, r := range releases {
		for i := range r.Facts {
			r.Facts[i].Release = r.ID
			r.Facts[i].Donor, r.Facts[i].Recipient = r.Donors[0], r.Recipient
			r.Facts[i].Sentence = r.Paragraph(r.Facts[i].Paragraph)
		}
	}
	c, err := corpus.New(releases, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestAnswerPeriod checks a gift for several years together: asked for
// one of its years it is shown with its period and said to be the
// period's, never that year's own nor divided; asked for a year outside
// it, it is not shown; asked for the whole period it is the answer.
func TestAnswerPeriod(t *testing.T) {
	e := newEngine(t, periodCorpus(t))
	askAll(t, e, []wantCase{
		{"first_year_in_period", "How much did Oman give UNFPA in 2021?",
			[]string{"USD 8 million", "2021-2022", "is for 2021-2022 together; the release does not state 2021's share"}, []string{"USD 4 million", "USD 3 million"}},
		{"later_year_in_period", "How much did Oman give UNFPA in 2022?",
			[]string{"USD 8 million", "2021-2022", "does not state 2022's share"}, []string{"USD 4 million", "USD 3 million"}},
		{"year_after_period", "How much did Oman give UNFPA in 2023?", []string{"USD 3 million"}, []string{"USD 8 million"}},
		{"year_before_period", "How much did Oman give UNFPA in 2020?", nil, []string{"USD 8 million", "USD 3 million"}},
		{"whole_period", "How much did Oman give UNFPA in 2021 and 2022?",
			[]string{"USD 8 million", "is for 2021-2022 together."}, []string{"share"}},
		{"period_ends", "How much did Qatar give UNFPA for 2024 to 2026?",
			[]string{"USD 9 million", "is for 2024-2026 together."}, []string{"share"}},
		{"middle_of_three", "How much did Qatar give UNFPA in 2025?",
			[]string{"USD 9 million", "does not state 2025's share"}, []string{"USD 3 million"}},
		{"period_and_next_year_not_summed_as_one_year", "How much did Oman give UNFPA in 2022 and 2023?",
			[]string{"USD 8 million", "USD 3 million", "does not state 2022's share"}, []string{"USD 11 million"}},
		{"funding_shows_period", "/funding Oman", []string{"2021-2022"}, nil},
	})
}
