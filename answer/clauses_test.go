package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestOwnClauses: a name the question gives that one amount's clause of a
// sentence names gets that amount, not every amount of the sentence.
func TestOwnClauses(t *testing.T) {
	lead := "Japan will give $100m for flood relief, the ministry said."
	banks := "The largest gifts came from the Harbour Authority, which gave 6 billion yen ($40m), followed by the Rail Board with $25m; and the Water Board with $10m."
	towns := "Of the total, $60m will go to the refugee camps and the remaining $30m will support the host towns in the north."
	bridge := "The north gets $20m, including $8m for families fleeing the fighting and another $3m to run an air bridge to the eastern camps."
	earlier := "Having sent $5m to fight cholera last month, the ministry will release a further $7m."
	r := &corpus.Release{ID: "japan-floods", Title: "Japan gives more for flood relief", Donors: []string{"Japan"}, Year: 2024,
		Paragraphs: []string{lead, banks, towns, bridge, earlier}}
	amount := func(p int, sentence, stated string, value float64, ctx string) corpus.Fact {
		return corpus.Fact{Kind: corpus.KindAmount, Paragraph: p, Sentence: sentence, Context: ctx,
			Amount: &corpus.Amount{Stated: stated, Value: value, Currency: "USD"}}
	}
	total := amount(1, lead, "$100m", 100e6, "")
	total.Total = true
	r.Facts = []corpus.Fact{total,
		amount(2, banks, "$40m", 40e6, ""), amount(2, banks, "$25m", 25e6, ""), amount(2, banks, "$10m", 10e6, ""),
		amount(3, towns, "$60m", 60e6, ""), amount(3, towns, "$30m", 30e6, ""),
		amount(4, bridge, "$20m", 20e6, ""), amount(4, bridge, "$8m", 8e6, ""), amount(4, bridge, "$3m", 3e6, ""),
		amount(5, earlier, "$5m", 5e6, "earlier"), amount(5, earlier, "$7m", 7e6, ""),
	}
	e := newEngine(t, corpusOf(t, r))
	tests := []struct {
		q, want string
		not     []string
	}{
		{"How much did the Japanese Harbour Authority give?", "$40m", []string{"$25m", "$10m", "$100m"}},
		{"How much is for the host towns?", "$30m", []string{"$60m", "$100m"}},
		{"How much is for the refugee camps?", "$60m", []string{"$30m", "$100m"}},
		{"How much did Japan give for the air bridge?", "$3m", []string{"$20m", "$8m", "$100m"}},
		// The name beside money given before: the further gift is for it.
		{"How much did Japan give for cholera?", "$7m", []string{"$100m"}},
	}
	for _, tt := range tests {
		a, err := e.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatalf("Answer(%q): %v", tt.q, err)
		}
		if !strings.Contains(a.Headline, tt.want) {
			t.Errorf("Answer(%q) headline = %q, want %q", tt.q, a.Headline, tt.want)
		}
		for _, n := range tt.not {
			if strings.Contains(a.Headline, n) {
				t.Errorf("Answer(%q) headline = %q, want no %q", tt.q, a.Headline, n)
			}
		}
	}
}

// TestClausesOf: the words between two amounts go to the second from the
// first clause mark on, else to the nearer; an amount restated in
// brackets shares the clause of the one before it.
func TestClausesOf(t *testing.T) {
	s := "The Harbour Authority gave 6 billion yen ($40m), followed by the Rail Board with $25m to the port and $10m to the docks."
	r := &corpus.Release{}
	for _, st := range []string{"6 billion yen", "$40m", "$25m", "$10m"} {
		r.Facts = append(r.Facts, corpus.Fact{Kind: corpus.KindAmount, Paragraph: 1, Sentence: s, Amount: &corpus.Amount{Stated: st}})
	}
	cs, ok := clausesOf(r, &r.Facts[0])
	if !ok || len(cs) != 4 {
		t.Fatalf("clausesOf() = %v, %v, want 4 clauses", cs, ok)
	}
	want := map[string]struct{ in, out string }{
		"6 billion yen": {"Harbour Authority", "Rail Board"},
		"$40m":          {"Harbour Authority", "Rail Board"},
		"$25m":          {"Rail Board", "docks"},
		"$10m":          {"docks", "Rail Board"},
	}
	for _, c := range cs {
		w := want[c.f.Amount.Stated]
		if !strings.Contains(c.text, w.in) || strings.Contains(c.text, w.out) {
			t.Errorf("clause of %q = %q, want %q in it and no %q", c.f.Amount.Stated, c.text, w.in, w.out)
		}
	}
}

// TestUNAsked: money asked as given to the United Nations as a whole ("the
// UN", "UN agencies", "the United Nations") is what a release states for
// it; a release with no total that states no part for it says so, never
// listing parts stated for other recipients as the UN's.
func TestUNAsked(t *testing.T) {
	lead := "Norway will give NOK 20 million for earthquake relief in Nepal, the minister said."
	most := "Most of the money goes to United Nations agencies working in the valley."
	groups := "NOK 5 million will go to Norwegian aid groups in the Nordic Relief Network."
	r := &corpus.Release{ID: "norway-nepal", Title: "Norway gives more for Nepal quake", Donors: []string{"Norway"}, Year: 2015,
		Paragraphs: []string{lead, most, groups}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Country: "NPL", CountryName: "Nepal", Amount: &corpus.Amount{Stated: "NOK 20 million", Value: 20e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: groups, Amount: &corpus.Amount{Stated: "NOK 5 million", Value: 5e6, Currency: "NOK"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "NPL", CountryName: "Nepal"},
	}
	named := "Of the package, SEK 8 million goes to UN agencies and SEK 4 million to the Red Cross."
	s := &corpus.Release{ID: "sweden-floods", Title: "Sweden gives more for floods", Donors: []string{"Sweden"}, Year: 2016, Paragraphs: []string{named}}
	s.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: named, Amount: &corpus.Amount{Stated: "SEK 8 million", Value: 8e6, Currency: "SEK"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: named, Recipient: "Red Cross", Amount: &corpus.Amount{Stated: "SEK 4 million", Value: 4e6, Currency: "SEK"}},
	}
	e := newEngine(t, corpusOf(t, r, s))
	askWantNot(t, e, []wantNot{
		{"How much did Norway give the UN?", "does not state a separate amount for the UN", "NOK 5 million"},
		{"How much did Norway give UN agencies?", "does not state a separate amount for UN", "NOK 5 million"},
		{"How much did Norway give the United Nations?", "Most of the money goes to United Nations agencies", "NOK 20 million"},
	})
	a, err := e.Answer(context.Background(), "How much did Sweden give the UN?")
	if err != nil || !strings.Contains(a.Headline, "SEK 8 million") || strings.Contains(a.Headline, "SEK 4 million") {
		t.Errorf("Answer(%q) headline = %q, %v, want SEK 8 million and no SEK 4 million", "How much did Sweden give the UN?", a.Headline, err)
	}
	// A total its own words give no one, in a release that sends it to
	// UN agencies and other groups together, is not the UN's alone.
	lead2 := "The Acme Foundation said it will commit $30 million to fight the cholera outbreak in Chad."
	both := "It will release flexible funds to United Nations agencies and international groups working in the response."
	who := "Earlier, the foundation gave $2 million to WHO for vaccines."
	g := &corpus.Release{ID: "acme-cholera", Title: "Acme Foundation commits $30m to cholera response", Donors: []string{"Acme Foundation"},
		Recipient: "United Nations agencies", Recipients: []string{"United Nations agencies", "WHO"}, Paragraphs: []string{lead2, both, who}}
	g.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead2, Total: true, Amount: &corpus.Amount{Stated: "$30 million", Value: 30e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: who, Recipient: "WHO", Context: "earlier", Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
	}
	e2 := newEngine(t, corpusOf(t, g))
	askWantNot(t, e2, []wantNot{
		{"How much did the Acme Foundation give the UN?", "does not state a separate amount for the UN", "Total"},
	})
	if namesTopic("The fund runs until June.", []string{unTopic}) || !namesTopic("It goes to the U.N. fund.", []string{unTopic}) {
		t.Errorf("namesTopic: the UN is named by the word UN, U.N. or United Nations, not by letters inside a word")
	}
}

// TestTopicBesideNoPart: a name the question gives that a release with no
// total names beside none of its parts, nor in its title, gets no part:
// the release states no separate amount for it.
func TestTopicBesideNoPart(t *testing.T) {
	lead := "Norway will give NOK 20 million for earthquake relief in Nepal, the minister said."
	groups := "NOK 5 million will go to Norwegian aid groups."
	team := "The money comes on top of what the rescue team Alpha Unit costs, which is paid besides."
	r := &corpus.Release{ID: "norway-nepal", Title: "Norway gives more for Nepal quake", Donors: []string{"Norway"}, Year: 2015,
		Paragraphs: []string{lead, groups, team}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Country: "NPL", CountryName: "Nepal", Amount: &corpus.Amount{Stated: "NOK 20 million", Value: 20e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: &corpus.Amount{Stated: "NOK 5 million", Value: 5e6, Currency: "NOK"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did Norway give for the Alpha Unit?", "does not state a separate amount for Alpha Unit", "NOK"},
	})
}

// TestAskedContext: a question naming what the donor's other gift is for
// (context "other gift"), or what a part of the total is for, in words
// the total's sentence and the title do not use, is answered with that
// amount (the other gift as context), not with the total.
func TestAskedContext(t *testing.T) {
	lead := "Norway has made a core contribution of NOK 50 million to the ICRC for this year."
	other := "Besides this core contribution, Norway has set aside NOK 20 million for specific ICRC field missions, as well as the cost of 40 new ICRC nurses (NOK 6 million over three years)."
	r := &corpus.Release{ID: "norway-icrc", Title: "Norway's core contribution to the ICRC", Donors: []string{"Norway"}, Recipient: "ICRC", Year: 2014,
		Paragraphs: []string{lead, other}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "ICRC", Amount: &corpus.Amount{Stated: "NOK 50 million", Value: 50e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "other gift", Amount: &corpus.Amount{Stated: "NOK 20 million", Value: 20e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "other gift", Amount: &corpus.Amount{Stated: "NOK 6 million", Value: 6e6, Currency: "NOK"}},
	}
	// A part of the total that the question names in the same way.
	uk := &corpus.Release{ID: "uk-floods", Title: "UK gives £20m for flood relief", Donors: []string{"United Kingdom"}, Year: 2014,
		Paragraphs: []string{"The UK will give £20m for flood relief, ministers said.", "£12m of it will go to international aid agencies on the ground."}}
	uk.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "£20m", Value: 20e6, Currency: "GBP"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: &corpus.Amount{Stated: "£12m", Value: 12e6, Currency: "GBP"}},
	}
	e := newEngine(t, corpusOf(t, r, uk))
	tests := []struct{ q, want, not string }{
		{"How much did the UK give to international aid agencies?", "£12m", "£20m (GBP)"},
		{"How much did the UK give?", "£20m", "£12m"},
		{"How much did Norway set aside for ICRC field missions?", "NOK 20 million as context (other gift)", "NOK 50 million"},
		{"How much did Norway give for the 40 new nurses?", "NOK 6 million as context (other gift)", "NOK 50 million"},
		{"How much did Norway give the ICRC?", "NOK 50 million", "NOK 20 million"},
	}
	for _, tt := range tests {
		a, err := e.Answer(context.Background(), tt.q)
		if err != nil || !strings.Contains(a.Headline, tt.want) || strings.Contains(a.Headline, tt.not) {
			t.Errorf("Answer(%q) headline = %q, %v, want %q and no %q", tt.q, a.Headline, err, tt.want, tt.not)
		}
	}
}

// TestOwnClausesCannotTell: when a sentence's amounts cannot be found in
// it, whose clause names the name cannot be told, and no part of the
// sentence is shown as the name's.
func TestOwnClausesCannotTell(t *testing.T) {
	lead := "Japan will give more for flood relief, the ministry said."
	banks := "The Harbour Authority gave two million dollars and the Rail Board gave $1m."
	r := &corpus.Release{ID: "japan-floods", Title: "Japan gives more for flood relief", Donors: []string{"Japan"}, Year: 2024,
		Paragraphs: []string{lead, banks}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: &corpus.Amount{Stated: "$2m", Value: 2e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: &corpus.Amount{Stated: "$1m", Value: 1e6, Currency: "USD"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did the Japanese Harbour Authority give?", "does not state a separate amount for Harbour Authority", "$1m"},
	})
}

// TestRecipientInClauseAboutOtherMoney: a part with no recipient of its own
// is not an organisation's because a relative clause after it names that
// organisation for other money.
func TestRecipientInClauseAboutOtherMoney(t *testing.T) {
	heli := "It includes €4 million for trucks, which are in addition to the six trucks already being paid for by the ministry through UNICEF."
	own := "A further €1 million goes to UNICEF for clean water."
	r := &corpus.Release{ID: "ireland-floods", Title: "Ireland gives more for the floods", Donors: []string{"Ireland"}, Year: 2019,
		Paragraphs: []string{"Ireland is giving €9 million more for the floods.", heli, own}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: r.Paragraphs[0], Total: true, Amount: &corpus.Amount{Stated: "€9 million", Value: 9e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: heli, Amount: &corpus.Amount{Stated: "€4 million", Value: 4e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: own, Recipient: "UNICEF", Amount: &corpus.Amount{Stated: "€1 million", Value: 1e6, Currency: "EUR"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did Ireland give UNICEF?", "€1 million", "€4 million"},
	})
}
