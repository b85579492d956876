package answer

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// giversCorpus is a small invented corpus of releases that state several
// givers' money: every name of a company and every figure is made up for
// these tests.
func giversCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	usd := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	eur := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "EUR"}
	}
	// Four companies, each with its own amount, and no total: the shape of
	// a business paper's story after a disaster.
	firms := &corpus.Release{
		ID: "firms-peru", Title: "Four firms give to Japan quake relief",
		Donors: []string{"Acme Corporation", "Borealis Inc.", "Cobalt", "Dynamo Foundation"}, Recipient: "Red Cross",
		Paragraphs: []string{
			"Acme Corporation, Borealis Inc., Cobalt and Dynamo are giving millions to help people hit by the earthquake in Japan.",
			"Acme has pledged at least $3 million to the Red Cross.",
			"Borealis Inc. has contributed $2 million and will match staff gifts up to another $250,000.",
			"Cobalt and the Cobalt Foundation will distribute $1 million to two medical charities.",
			"The Dynamo Foundation will give $400,000 through three agencies working on the Japan recovery.",
		},
	}
	firms.Facts = []corpus.Fact{
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "JPN", CountryName: "Japan"},
		{Kind: corpus.KindAmount, Paragraph: 2, Donor: "Acme Corporation", Recipient: "Red Cross", Amount: usd("at least $3 million", 3e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Donor: "Borealis Inc.", Amount: usd("$2 million", 2e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Donor: "Borealis Inc.", Amount: usd("$250,000", 250e3)},
		{Kind: corpus.KindAmount, Paragraph: 4, Donor: "Cobalt", Amount: usd("$1 million", 1e6)},
		{Kind: corpus.KindAmount, Paragraph: 5, Donor: "Dynamo Foundation", Amount: usd("$400,000", 400e3), Country: "JPN", CountryName: "Japan"},
	}
	// A joint gift of two donors, each one's share stated.
	shares := &corpus.Release{
		ID: "unicef-kuwait-norway", Title: "Kuwait and Norway sign an agreement with UNICEF",
		Donors: []string{"Kuwait", "Norway"}, Recipient: "UNICEF",
		Paragraphs: []string{
			"Kuwait and Norway signed a $6 million agreement with UNICEF to treat malnutrition in Chad.",
			"The Kuwaiti fund and the Norwegian ministry will contribute $3 million to UNICEF.",
		},
	}
	shares.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Donor: "Kuwait, Norway", Recipient: "UNICEF", Amount: usd("$6 million", 6e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Donor: "Kuwait", Recipient: "UNICEF", Amount: usd("$3 million", 3e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Donor: "Norway", Recipient: "UNICEF", Amount: usd("$3 million", 3e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Donor: "Kuwait, Norway", Country: "TCD", CountryName: "Chad"},
	}
	// A joint gift with no share stated, and one donor's own release.
	joint := &corpus.Release{
		ID: "wfp-denmark-finland", Title: "Denmark and Finland give €4 million to WFP", Donors: []string{"Denmark", "Finland"}, Recipient: "WFP", Year: 2022,
		Paragraphs: []string{"Denmark and Finland together give €4 million to WFP for school meals."},
	}
	joint.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Donor: "Denmark, Finland", Recipient: "WFP", Amount: eur("€4 million", 4e6)},
	}
	denmark := &corpus.Release{
		ID: "wfp-denmark-2022", Title: "Denmark gives €1 million to WFP", Donors: []string{"Denmark"}, Recipient: "WFP", Year: 2022,
		Paragraphs: []string{"Denmark gives €1 million to WFP for school meals."},
	}
	denmark.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Donor: "Denmark", Recipient: "WFP", Amount: eur("€1 million", 1e6)},
	}
	// Another donor's money told in a release of Austria's.
	austria := &corpus.Release{
		ID: "austria-2019", Title: "Austria adds aid for the Sahel", Donors: []string{"Austria"}, Year: 2019,
		Paragraphs: []string{
			"Austria has increased its humanitarian aid for the Sahel by €3 million.",
			"The European Commission has raised its pledges by €40 million.",
		},
	}
	austria.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Donor: "Austria", Amount: eur("€3 million", 3e6), Region: "Sahel"},
		{Kind: corpus.KindAmount, Paragraph: 2, Donor: "European Union", Context: "other donor", Amount: eur("€40 million", 40e6)},
	}
	// Japan gives too, elsewhere: a place that is also a donor.
	japan := &corpus.Release{
		ID: "wfp-japan", Title: "Japan gives to WFP", Donors: []string{"Japan"}, Recipient: "WFP", Year: 2020,
		Paragraphs: []string{"Japan gives $5 million to WFP in Chad."},
	}
	japan.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "WFP", Amount: usd("$5 million", 5e6), Country: "TCD", CountryName: "Chad"},
	}
	return corpusOf(t, firms, shares, joint, denmark, austria, japan)
}

// TestSeveralGivers holds the rules for releases that state several
// givers' money: each giver answers with its own amount, a joint gift is
// labelled joint and never summed into one donor's, and another donor's
// money is that donor's, stated in someone else's release.
func TestSeveralGivers(t *testing.T) {
	e := newEngine(t, giversCorpus(t))
	askAll(t, e, []wantCase{
		{"a company's own amount", "How much did Acme give the Red Cross?", []string{"at least $3 million"}, []string{"$2 million", "$400,000", "$1 million"}},
		{"a company by its short name", "How much did Acme give?", []string{"at least $3 million"}, []string{"$2 million", "$400,000", "$1 million"}},
		{"a company by the short name of its foundation", "How much did Cobalt give?", []string{"$1 million"}, []string{"$3 million", "$400,000"}},
		{"a company asked by its full name", "How much did the Dynamo Foundation give?", []string{"$400,000"}, []string{"$3 million", "$2 million"}},
		{"each part says whose it is", "How much did Borealis give?", []string{"Borealis Inc.", "$2 million", "$250,000"}, []string{"$3 million"}},
		{"own share of a joint gift", "How much did Kuwait give UNICEF?", []string{"$3 million"}, []string{"$6 million"}},
		{"own share for the joint gift's one place", "How much did Norway give for Chad?", []string{"$3 million"}, []string{"$6 million", "does not state"}},
		{"joint gift labelled joint", "How much did Finland give WFP?", []string{"€4 million", "joint"}, nil},
		{"joint gift never summed into one donor's", "How much did Denmark give?", []string{"€4 million", "€1 million", "joint"}, []string{"€5 million", "derived"}},
		{"another donor's money in someone else's release", "How much did the EU give?", []string{"€40 million", "stated in Austria's release"}, []string{"€3 million", "€43"}},
		{"another donor's money only for what the question names", "How much did the EU give for health?", nil, []string{"€40 million"}},
		{"the release donor's gift without another's", "How much did Austria give?", []string{"€3 million"}, []string{"€40 million", "€43"}},
		{"a place funded by several givers lists each with its giver", "/funding Japan",
			[]string{"Dynamo Foundation", "Acme Corporation", "at least $3 million", "Borealis Inc.", "Cobalt", "states no total: each giver's amount is listed"}, []string{"Japan: $400,000, as stated"}},
		{"a company by its short name, to a recipient its sentence names", "How much did Acme give the Red Cross?", []string{"at least $3 million"}, []string{"$2 million", "$250,000"}},
		{"a donor country's command says the money is given by it, not to it", "/funding Kuwait", []string{"Given by Kuwait (no release names Kuwait as a place"}, nil},
		{"a joint total is not a donor's own total", "/funding Kuwait", []string{"joint gift; not added"}, nil},
		{"another donor's money is no total of its release's", "/funding European Union", []string{"€40 million", "stated in Austria's release"}, []string{"€3 million"}},
		{"donors for a place", "Which donors gave for Japan?", []string{"Acme Corporation", "Borealis Inc.", "Cobalt", "Dynamo Foundation"}, nil},
	})
}

// TestAlsoStated: the release donor's other figures for the year, place or
// recipient a question names, stated as context, are shown under its gift
// as also stated, never added to it; not for what the question does not
// name. Every figure is invented.
func TestAlsoStated(t *testing.T) {
	eur := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "EUR"}
	}
	r := &corpus.Release{
		ID: "austria-sahel-2012", Title: "Austria increases its aid for the Sahel", Donors: []string{"Austria"}, Year: 2012,
		Paragraphs: []string{
			"Austria has increased its humanitarian aid for the Sahel by another 2 million euro.",
			"In 2012 Austria has already provided 7.5 million euro in humanitarian aid for the Sahel.",
			"Since 2005, Austria has given 40 million euro to the region.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: eur("2 million euro", 2e6), Region: "Sahel"},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Amount: eur("7.5 million euro", 7.5e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Context: "cumulative", Amount: eur("40 million euro", 40e6)},
	}
	e := newEngine(t, corpusOf(t, r))
	askAll(t, e, []wantCase{
		{"the year and place asked", "How much did Austria give for the Sahel in 2012?",
			[]string{"2 million euro", "not added to the gift: 7.5 million euro (earlier)."}, []string{"9.5 million", "Also stated (cumulative)"}},
		{"nothing more asked", "How much did Austria give?", []string{"2 million euro"}, []string{"7.5 million euro", "40 million euro"}},
	})
}

// TestJointOtherGiftForAPlace: money a release tells its donor gave
// jointly with another donor, for a place, beside the release's own gift
// (context "other gift", kept with its place and both givers), answers a
// question about that place with both givers, never as the release's gift
// or a part of it. Names and figures are invented.
func TestJointOtherGiftForAPlace(t *testing.T) {
	usd := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	r := &corpus.Release{ID: "unicef-qatar", Title: "Qatar gives $20 million to UNICEF", Donors: []string{"Qatar"}, Recipient: "UNICEF",
		Paragraphs: []string{
			"Qatar has signed a $20 million grant to UNICEF for schools.",
			"Qatar has this week granted $300 million in partnership with Kuwait to rebuild homes in Somalia.",
		}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Donor: "Qatar", Recipient: "UNICEF", Amount: usd("$20 million", 20e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Donor: "Qatar, Kuwait", Recipient: "UNICEF", Amount: usd("$300 million", 300e6), Context: "other gift", Country: "SOM", CountryName: "Somalia"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "SOM", CountryName: "Somalia"},
	}
	e := newEngine(t, corpusOf(t, r))
	askAll(t, e, []wantCase{
		{"the place: both givers, not this release's", "/funding Somalia", []string{"$300 million", "joint: Qatar and Kuwait", "not its own"}, []string{"Total", "— the release's total"}},
		{"the donor and the place: as context", "How much did Qatar give Somalia?", []string{"$300 million", "context (other gift)"}, []string{"does not state a separate amount"}},
		{"the release's own gift stays its total", "How much did Qatar give UNICEF?", []string{"$20 million"}, []string{"$300 million"}},
	})
}
