package index_test

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/index"
)

func Example() {
	r := &corpus.Release{
		ID: "iom-japan-2011", Donors: []string{"Japan"}, Recipient: "IOM", Year: 2011,
		Paragraphs: []string{
			"The Japanese government has committed a total of USD 37.9 million in funding to IOM in 2011.",
			"The funded projects, in Afghanistan, Kenya and Pakistan, will help flood affected individuals.",
		},
		Facts: []corpus.Fact{{
			Kind: corpus.KindDestination, Release: "iom-japan-2011", Paragraph: 2, Country: "KEN", CountryName: "Kenya",
			Sentence: "The funded projects, in Afghanistan, Kenya and Pakistan, will help flood affected individuals.",
		}},
	}
	c, err := corpus.New([]*corpus.Release{r}, "")
	if err != nil {
		panic(err)
	}

	// An empty dir makes a temporary index that Close removes.
	idx, err := index.Open(slog.New(slog.DiscardHandler), "", c)
	if err != nil {
		panic(err)
	}
	defer idx.Close()

	ctx := context.Background()
	// Words are matched with English analysis: "fund" finds "funding" and "funded".
	hits, err := idx.Search(ctx, index.Query{Text: "fund", Type: index.Paragraphs})
	if err != nil {
		panic(err)
	}
	for _, h := range hits {
		fmt.Println(h.Type, h.Release, h.Paragraph)
	}

	// Filters alone list every matching document; country codes match in any case.
	hits, err = idx.Search(ctx, index.Query{Country: "ken", Kind: corpus.KindDestination})
	if err != nil {
		panic(err)
	}
	for _, h := range hits {
		fmt.Println(h.Type, h.Release, h.Paragraph, h.Fact)
	}
	// Output:
	// paragraph iom-japan-2011 1
	// paragraph iom-japan-2011 2
	// fact iom-japan-2011 2 0
}
