package answer

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestAnswerPerPeriod holds how an amount stated per year is answered: with
// "a year" beside it, and never added into a sum as if given once.
func TestAnswerPerPeriod(t *testing.T) {
	release := func(id string, year int, para string, a corpus.Amount) *corpus.Release {
		r := &corpus.Release{ID: id, Title: para, Donors: []string{"Norway"}, Recipient: "WFP", Year: year, Paragraphs: []string{para}}
		r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Donor: "Norway", Recipient: "WFP", Year: year, Amount: &a}}
		return r
	}
	c := corpusOf(t,
		release("wfp-norway-2016", 2016, "Norway will give WFP NOK 237 million a year for 2016-2019.",
			corpus.Amount{Stated: "NOK 237 million", Value: 237e6, Currency: "NOK", Period: corpus.PeriodYear}),
		release("wfp-norway-2015", 2015, "Norway gives WFP NOK 45 million for Syrian refugees.",
			corpus.Amount{Stated: "NOK 45 million", Value: 45e6, Currency: "NOK"}),
		release("wfp-norway-2020", 2020, "Norway gives WFP NOK 20 million for logistics.",
			corpus.Amount{Stated: "NOK 20 million", Value: 20e6, Currency: "NOK"}),
	)
	e := newEngine(t, c)
	askAll(t, e, []wantCase{
		{"per year shown", "How much did Norway give WFP in 2016?", []string{"NOK 237 million a year"}, []string{"948"}},
		{"not summed as once", "How much did Norway give WFP?",
			[]string{"NOK 65 million", "NOK 237 million a year", "not added: ", "Not added into the sum, as each is stated per year or month"},
			[]string{"NOK 302", "302 million", "948"}},
	})
}
