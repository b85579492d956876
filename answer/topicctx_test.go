package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestTopicNamedBesideTheGift: a programme the release names beside its
// gift, with money of its own, is answered with that money as context,
// never as the gift; and a programme written in capitals ("REACH") is a
// name, not a word of the question's kind (people reached), unless the
// whole question is in capitals.
func TestTopicNamedBesideTheGift(t *testing.T) {
	lead := "Norway gives UNICEF USD 9 million in flexible funding for 2025."
	other := "The ministry this year also started the SHIELD programme, which provides USD 30 million of water and health aid to three countries hit by drought."
	r := &corpus.Release{ID: "norway-unicef", Title: "Norway backs UNICEF in 2025", Donors: []string{"Norway"}, Recipient: "UNICEF", Year: 2025,
		Paragraphs: []string{lead, other}}
	total := corpus.Fact{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Total: true, Amount: &corpus.Amount{Stated: "USD 9 million", Value: 9e6, Currency: "USD"}}
	ctx := corpus.Fact{Kind: corpus.KindAmount, Paragraph: 2, Sentence: other, Context: "overall", Amount: &corpus.Amount{Stated: "USD 30 million", Value: 30e6, Currency: "USD"}}
	r.Facts = []corpus.Fact{total, ctx}
	e := newEngine(t, corpusOf(t, r))
	a, err := e.Answer(context.Background(), "How much does Norway's SHIELD programme provide?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Headline, "USD 30 million as context") || strings.Contains(a.Headline, "USD 9 million") {
		t.Errorf("headline = %q, want the programme's USD 30 million as context, not the gift", a.Headline)
	}
	for q, beneficiaries := range map[string]bool{"Which countries does the REACH initiative cover?": false, "HOW MANY PEOPLE WILL IT REACH?": true} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if (a.Kind == KindBeneficiaries) != beneficiaries {
			t.Errorf("Answer(%q) kind = %v", q, a.Kind)
		}
	}
}

// TestPortionEarmarked: a release whose text gives its one named
// organisation "a portion of the gift" never heads its total "to" that
// organisation, nor answers its question with the total, even when the
// title names it (as a publisher's name, "the U.S. Fund for UNICEF").
func TestPortionEarmarked(t *testing.T) {
	lead := "The Friends of WFP applaud Peru's pledge of $2 million to the UN's drought trust fund."
	portion := "Peru has asked that a portion of the gift be earmarked for WFP, which feeds families in the Andes."
	r := &corpus.Release{ID: "peru-fund", Title: lead, Donors: []string{"Peru"}, Recipient: "WFP", Year: 2024, Paragraphs: []string{lead, portion}}
	r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Total: true, Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}}}
	e := newEngine(t, corpusOf(t, r))
	for q, want := range map[string]string{"How much did Peru give?": "Total, Peru, 2024: $2 million", "How much did Peru give WFP?": "does not state a separate amount for WFP"} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Headline, want) && !strings.Contains(a.Headline, want) || strings.Contains(a.Headline, "to WFP") {
			t.Errorf("Answer(%q) = %q, want %q and no total to WFP", q, a.Headline, want)
		}
	}
}

// TestNewsPlaceInTotalsSentence: a place the total's sentence names only
// as one a disaster also struck does not share the total with the place
// the money goes to; a text that names a place only there keeps it.
func TestNewsPlaceInTotalsSentence(t *testing.T) {
	lead := "Chile will give $2 million in relief to Peru for victims of last week's storm that also affected Bolivia."
	r := &corpus.Release{ID: "chile-peru", Title: "Chile to give $2 million to storm-hit Peru", Donors: []string{"Chile"}, Year: 2024, Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Total: true, Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "PER", CountryName: "Peru"},
	}
	e := newEngine(t, corpusOf(t, r))
	a, err := e.Answer(context.Background(), "How much did Chile give Peru?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Headline, "Total, Chile") || !strings.Contains(a.Headline, "$2 million") {
		t.Errorf("headline = %q, want the total $2 million", a.Headline)
	}
	if only := "Chile gives $1 million for victims of the storm that struck Bolivia."; withoutNewsPlaces(r, only) != only {
		t.Errorf("withoutNewsPlaces(%q) = %q, want it unchanged", only, withoutNewsPlaces(r, only))
	}
}
