package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// headline asks e q and returns the answer's first line.
func headline(t *testing.T, e *Engine, q string) string {
	t.Helper()
	a, err := e.Answer(context.Background(), q)
	if err != nil {
		t.Fatalf("Answer(%q): %v", q, err)
	}
	head, _, _ := strings.Cut(a.Text, "\n")
	return head
}

// TestSoleRecipientNotAnotherClausesPart: a release of one recipient whose
// first paragraph names it beside a part its own clause gives to another
// organisation ("$4 million ... to the WHO and a further $1.7 million to
// the Red Cross") shows the recipient asked about only its own part.
func TestSoleRecipientNotAnotherClausesPart(t *testing.T) {
	lead := "This year Korea has sent the North $5.73 million in aid. Figures from the UN Office for the Coordination of Humanitarian Affairs show $4 million of it going to the World Health Organization (WHO) and a further $1.7 million to the North's Red Cross Society."
	r := &corpus.Release{ID: "korea-who", Title: "Korea's aid to the North so far this year", Donors: []string{"South Korea"}, Recipient: "WHO", Year: 2020,
		Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Context: "cumulative", Amount: &corpus.Amount{Stated: "$5.73 million", Value: 5.73e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Amount: &corpus.Amount{Stated: "$4 million", Value: 4e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Amount: &corpus.Amount{Stated: "$1.7 million", Value: 1.7e6, Currency: "USD"}},
	}
	e := newEngine(t, corpusOf(t, r))
	for _, q := range []string{"How much did South Korea give to WHO?", "How much did WHO get?"} {
		if head := headline(t, e, q); !strings.Contains(head, "$4 million") || strings.Contains(head, "$1.7 million") {
			t.Errorf("Answer(%q) headline = %q, want $4 million and no $1.7 million", q, head)
		}
	}
}

// TestDonorCountryAfterAGiverByShortName: a donor country named after "to"
// is the place asked about when the giver before it is named by a short
// name ("the Gates Foundation" for the Bill & Melinda Gates Foundation), as
// it is after a full name: never a second giver whose gifts are added in.
func TestDonorCountryAfterAGiverByShortName(t *testing.T) {
	gates := &corpus.Release{ID: "unicef-gates-2018", Title: "Gates Foundation grant to UNICEF for flood relief in Kerala", Donors: []string{"Bill & Melinda Gates Foundation"},
		Recipient: "UNICEF", Year: 2018, Paragraphs: []string{"The Bill & Melinda Gates Foundation is giving UNICEF USD 600,000 for flood relief in Kerala, India."}}
	gates.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "UNICEF", Amount: &corpus.Amount{Stated: "USD 600,000", Value: 6e5, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "IND", CountryName: "India"},
	}
	india := &corpus.Release{ID: "unrwa-india-2022", Title: "India gives USD 2.5 million to UNRWA", Donors: []string{"India"},
		Recipient: "UNRWA", Year: 2022, Paragraphs: []string{"India has given USD 2.5 million to UNRWA."}}
	india.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "UNRWA", Amount: &corpus.Amount{Stated: "USD 2.5 million", Value: 2.5e6, Currency: "USD"}}}
	e := newEngine(t, corpusOf(t, gates, india))
	for _, q := range []string{"How much did the Gates Foundation give to India?", "how much did the Bill & Melinda Gates Foundation give to India?"} {
		if head := headline(t, e, q); !strings.Contains(head, "USD 600,000") || strings.Contains(head, "2.5 million") || strings.Contains(head, "Sum") || strings.Contains(head, "derived") {
			t.Errorf("Answer(%q) headline = %q, want USD 600,000 alone", q, head)
		}
	}
	if head := headline(t, e, "How much did India give to UNRWA?"); !strings.Contains(head, "USD 2.5 million") {
		t.Errorf("headline = %q, want India's USD 2.5 million", head)
	}
}

// TestSameGiftInTwoReleasesNotAdded: two releases that state the same
// amount from the same donor to the same recipient in the same year (two
// news pages on one handover) may tell of one gift: fundbot does not add
// them into a sum, as it does not add releases of no stated year.
func TestSameGiftInTwoReleasesNotAdded(t *testing.T) {
	gift := func(id, title, stated, published string, year int) *corpus.Release {
		r := &corpus.Release{ID: id, Title: title, Donors: []string{"India"}, Recipient: "UNRWA", Year: year, Published: published,
			Paragraphs: []string{"India handed " + stated + " to UNRWA for Palestine refugees."}}
		r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "UNRWA", Amount: &corpus.Amount{Stated: stated, Value: 1e6, Currency: "USD"}}}
		return r
	}
	a := gift("unrwa-india-2020", "India gives $1 million to UNRWA", "$1 million", "2020-10-15", 2020)
	b := gift("unrwa-india-2020-b", "India hands over USD 1 million to the UN agency", "USD one million", "2020-10-15", 2020)
	later := gift("unrwa-india-2021", "India gives $1 million more to UNRWA", "$1 million", "2021-06-01", 2021)
	e := newEngine(t, corpusOf(t, a, b, later))
	for _, q := range []string{"How much did India give to UNRWA in 2020?", "How much did India give to UNRWA?"} {
		ans, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"USD 2 million", "USD 3 million", "Sum of"} {
			if strings.Contains(ans.Text, bad) {
				t.Errorf("Answer(%q) = %q, want no %q: the two 2020 releases may tell of one gift", q, ans.Text, bad)
			}
		}
		if !strings.Contains(ans.Text, "may tell of the same gift") {
			t.Errorf("Answer(%q) = %q, want a note that two releases may tell of the same gift", q, ans.Text)
		}
	}
	// Gifts of different years are added as before.
	e = newEngine(t, corpusOf(t, a, later))
	if head := headline(t, e, "How much did India give to UNRWA?"); !strings.Contains(head, "USD 2 million") {
		t.Errorf("headline = %q, want the sum USD 2 million of two years' gifts", head)
	}
}

// TestContextForAnotherPlaceNotShown: a running sum whose own sentence
// names another place than the one asked ("its aid for the crisis in
// Syria this year comes to 14.15 million euros"), with no place of its
// own from ingest, is no context for the place asked.
func TestContextForAnotherPlaceNotShown(t *testing.T) {
	r := &corpus.Release{ID: "finland-2014", Title: "Finland grants 13.5 million euros for crises short of money", Donors: []string{"Finland"}, Year: 2014,
		Paragraphs: []string{
			"Finland grants 13.5 million euros of humanitarian aid for Somalia, Sudan, Yemen and Syria.",
			"The decision takes the aid Finland has given for the crisis in Syria this year to 14.15 million euros.",
		}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "13.5 million euros", Value: 13.5e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "cumulative", Amount: &corpus.Amount{Stated: "14.15 million euros", Value: 14.15e6, Currency: "EUR"}},
	}
	for _, c := range []struct{ code, name string }{{"SOM", "Somalia"}, {"SDN", "Sudan"}, {"YEM", "Yemen"}, {"SYR", "Syria"}} {
		r.Facts = append(r.Facts, corpus.Fact{Kind: corpus.KindDestination, Paragraph: 1, Country: c.code, CountryName: c.name})
	}
	e := newEngine(t, corpusOf(t, r))
	for _, q := range []string{"How much did Yemen get in total?", "How much has Finland given Sudan?"} {
		if head := headline(t, e, q); strings.Contains(head, "14.15 million") {
			t.Errorf("Answer(%q) headline = %q, want no 14.15 million (Syria's running sum)", q, head)
		}
	}
	if head := headline(t, e, "How much did Syria get in total?"); !strings.Contains(head, "14.15 million") {
		t.Errorf("headline = %q, want Syria's running sum 14.15 million", head)
	}
}

// TestCountryNamedAsGiverIsNoPlace: a country a sentence names only as
// the one giving an amount ("the United Arab Emirates pledged $100
// million"), tied to it by ingest as a place, is not where the money
// goes: "/funding UAE" shows neither that pledge nor the release's total.
func TestCountryNamedAsGiverIsNoPlace(t *testing.T) {
	lead := "At the donors' conference for Syria the United States pledged $507 million in humanitarian aid."
	gulf := "According to envoys from the Gulf, the United Arab Emirates pledged $100 million."
	r := &corpus.Release{ID: "us-syria", Title: "US pledges $507 million for Syria", Donors: []string{"United States"}, Year: 2015,
		Paragraphs: []string{lead, gulf}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Country: "SYR", CountryName: "Syria", Amount: &corpus.Amount{Stated: "$507 million", Value: 507e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "SYR", CountryName: "Syria"},
		{Kind: corpus.KindAmount, Paragraph: 2, Donor: "United States", Country: "ARE", CountryName: "United Arab Emirates", Amount: &corpus.Amount{Stated: "$100 million", Value: 100e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "ARE", CountryName: "United Arab Emirates"},
	}
	e := newEngine(t, corpusOf(t, r))
	for _, q := range []string{"/funding UAE", "/funding United Arab Emirates", "How much did the US give to the UAE?"} {
		if head := headline(t, e, q); strings.Contains(head, "$100 million") || strings.Contains(head, "$507 million") {
			t.Errorf("Answer(%q) headline = %q, want neither $100 million nor $507 million", q, head)
		}
	}
	if head := headline(t, e, "/funding Syria"); !strings.Contains(head, "$507 million") {
		t.Errorf("/funding Syria headline = %q, want $507 million", head)
	}
	// With a release of its own, the UAE is asked about as the donor.
	uae := &corpus.Release{ID: "uae-sudan", Title: "The UAE gives $28 million for Sudan", Donors: []string{"United Arab Emirates"}, Year: 2024,
		Paragraphs: []string{"The UAE gives $28 million for the crisis in Sudan."}}
	uae.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "$28 million", Value: 28e6, Currency: "USD"}}}
	e = newEngine(t, corpusOf(t, r, uae))
	if head := headline(t, e, "/funding UAE"); !strings.Contains(head, "$28 million") || strings.Contains(head, "$100 million") {
		t.Errorf("/funding UAE headline = %q, want the UAE's own $28 million and no $100 million", head)
	}
}

// TestLargestShareOfARecipient: a largest share the release gives to an
// organisation rather than a place ("The bulk of the money is for the Red
// Cross") is said to be that organisation's, never a headline with no
// name before "gets the largest share".
func TestLargestShareOfARecipient(t *testing.T) {
	text := "The bulk of the money is for the Red Cross, which leads the relief work in the north."
	r := &corpus.Release{ID: "dutch-iraq", Title: "The Dutch give €6.5m for relief in northern Iraq", Donors: []string{"Netherlands"}, Recipient: "Red Cross",
		Paragraphs: []string{"The Netherlands gives another €6.5m of emergency aid for Iraq.", text}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "€6.5m", Value: 6.5e6, Currency: "EUR"}},
		{Kind: corpus.KindShare, Paragraph: 2, Recipient: "Red Cross", Share: "The bulk", Largest: true},
	}
	e := newEngine(t, corpusOf(t, r))
	for _, q := range []string{"What's the biggest donation?", "Who gets the largest share?"} {
		head := headline(t, e, q)
		if !strings.Contains(head, "Red Cross gets the largest share") || strings.HasPrefix(head, " ") || strings.Contains(head, ";  gets") {
			t.Errorf("Answer(%q) headline = %q, want the Red Cross named as getting the largest share", q, head)
		}
	}
}

// TestCompareDonorsNotSummedTogether: "compare Kuwait and Qatar" asks for
// each donor's money beside the other's: never one sum of both donors'
// gifts, though each donor's own releases may still be added up.
func TestCompareDonorsNotSummedTogether(t *testing.T) {
	gift := func(id, donor, stated string, value float64, year int) *corpus.Release {
		r := &corpus.Release{ID: id, Title: donor + " gives " + stated + " to UNRWA", Donors: []string{donor}, Recipient: "UNRWA", Year: year,
			Paragraphs: []string{donor + " has given " + stated + " to UNRWA."}}
		r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "UNRWA", Amount: &corpus.Amount{Stated: stated, Value: value, Currency: "USD"}}}
		return r
	}
	e := newEngine(t, corpusOf(t,
		gift("unrwa-kuwait-2017", "Kuwait", "$2.2 million", 2.2e6, 2017),
		gift("unrwa-qatar-2019", "Qatar", "US$ 20.7 million", 20.7e6, 2019),
		gift("unrwa-qatar-2021", "Qatar", "$25 million", 25e6, 2021)))
	for _, q := range []string{"Compare Kuwait and Qatar funding to UNRWA", "Kuwait vs Qatar: how much to UNRWA?"} {
		head := headline(t, e, q)
		if strings.Contains(head, "47.9 million") || strings.Contains(head, "Kuwait and Qatar") {
			t.Errorf("Answer(%q) headline = %q, want no sum of both donors' gifts", q, head)
		}
		if !strings.Contains(head, "$2.2 million") || !strings.Contains(head, "USD 45.7 million") {
			t.Errorf("Answer(%q) headline = %q, want Kuwait's $2.2 million and Qatar's own sum USD 45.7 million", q, head)
		}
	}
	// Not asked to compare, the two donors' money is added as before.
	if head := headline(t, e, "How much did Kuwait and Qatar give to UNRWA?"); !strings.Contains(head, "47.9 million") {
		t.Errorf("headline = %q, want the sum USD 47.9 million", head)
	}
}

// TestPronounIsNoSpeaker: "What did they say?" with nothing before it
// names no one: fundbot says it cannot tell who is meant, never "What the
// releases quote they as saying."
func TestPronounIsNoSpeaker(t *testing.T) {
	quote := "“The money will reach families in need,” said Minister Ana Costa."
	r := &corpus.Release{ID: "quote", Title: "A gift of $5 million", Donors: []string{"Norway"}, Year: 2020,
		Paragraphs: []string{"Norway gives $5 million.", quote}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "$5 million", Value: 5e6, Currency: "USD"}},
		{Kind: corpus.KindQuote, Paragraph: 2, Person: "Ana Costa", Text: "The money will reach families in need"},
	}
	e := newEngine(t, corpusOf(t, r))
	for _, q := range []string{"What did they say?", "what did he say about it?", "What did she say"} {
		head := headline(t, e, q)
		if strings.Contains(head, "quote they") || strings.Contains(head, "quote he ") || strings.Contains(head, "quote she ") || !strings.Contains(head, "cannot tell who") {
			t.Errorf("Answer(%q) headline = %q, want that fundbot cannot tell who is meant", q, head)
		}
	}
	if head := headline(t, e, "What did Ana Costa say?"); strings.Contains(head, "cannot tell") {
		t.Errorf("headline = %q, want Ana Costa's words", head)
	}
}

// TestTotalHeadlineNamesOtherCurrencies: a headline that leads with a sum
// of one currency ("Total: USD 35.7 million in 3 releases") also names
// the totals in other currencies that no sum holds, so that it is not read
// as all that was given.
func TestTotalHeadlineNamesOtherCurrencies(t *testing.T) {
	gift := func(id, donor, stated string, value float64, cur string) *corpus.Release {
		r := &corpus.Release{ID: id, Title: donor + " gives " + stated, Donors: []string{donor}, Year: 2019,
			Paragraphs: []string{donor + " gives " + stated + " in humanitarian aid."}}
		r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: stated, Value: value, Currency: cur}}}
		return r
	}
	e := newEngine(t, corpusOf(t,
		gift("kuwait-2019", "Kuwait", "USD12 million", 12e6, "USD"),
		gift("qatar-2019", "Qatar", "US$ 20.7 million", 20.7e6, "USD"),
		gift("nz-2019", "New Zealand", "two million dollars", 2e6, "NZD")))
	head := headline(t, e, "How much money was given in 2019?")
	if !strings.Contains(head, "USD 32.7 million") || !strings.Contains(head, "two million dollars") {
		t.Errorf("headline = %q, want the USD sum and New Zealand's two million dollars (NZD) beside it", head)
	}
}

// TestPronounIsNoGiver: "How much did they give?" with nothing before it
// names no giver: fundbot says it cannot tell who is meant, never every
// release's total.
func TestPronounIsNoGiver(t *testing.T) {
	e := newEngine(t, narrowCorpus(t))
	for _, q := range []string{"How much did they give?", "how much did he pledge", "How much have they given?"} {
		head := headline(t, e, q)
		if !strings.Contains(head, "cannot tell who") || strings.Contains(head, "Total") {
			t.Errorf("Answer(%q) headline = %q, want that fundbot cannot tell who is meant", q, head)
		}
	}
	for _, q := range []string{"How much did they give to WFP?", "How much did they give in 2021?", "How much did Japan give?"} {
		if head := headline(t, e, q); strings.Contains(head, "cannot tell who") {
			t.Errorf("Answer(%q) headline = %q, want an answer for what it names", q, head)
		}
	}
}

// TestSoleRecipientNotAnotherGiversFund: a part with no recipient whose
// own clause sends it to a body fundbot knows as another giver ("goes to
// the World Bank's Ukraine Fund") is not the release's one recipient's.
func TestSoleRecipientNotAnotherGiversFund(t *testing.T) {
	r := &corpus.Release{ID: "norway-wfp", Title: "Norway gives more for food security in Ukraine", Donors: []string{"Norway"}, Recipient: "WFP",
		Paragraphs: []string{"Norway has announced NOK 200 million for the World Food Programme.", "A further NOK 50 million goes to the World Bank's Ukraine Fund."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Recipient: "WFP", Amount: &corpus.Amount{Stated: "NOK 200 million", Value: 200e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Country: "UKR", CountryName: "Ukraine", Amount: &corpus.Amount{Stated: "NOK 50 million", Value: 50e6, Currency: "NOK"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "UKR", CountryName: "Ukraine"},
	}
	bank := &corpus.Release{ID: "wb-tonga", Title: "World Bank gives US$10 million to Tonga", Donors: []string{"World Bank"}, Year: 2014,
		Paragraphs: []string{"The World Bank gives US$10 million for Tonga."}}
	bank.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "US$10 million", Value: 10e6, Currency: "USD"}}}
	e := newEngine(t, corpusOf(t, r, bank))
	if head := headline(t, e, "How much did Norway give to WFP?"); !strings.Contains(head, "NOK 200 million") || strings.Contains(head, "NOK 50 million") {
		t.Errorf("headline = %q, want NOK 200 million and no NOK 50 million", head)
	}
}

// TestOnlyPlaceNamedAmongMore: a release whose one place is named as one
// of more ("for Ukrainian refugees in neighbouring countries, mainly
// Poland") gives an amount with no place of its own to no one of them: it
// is not shown as Poland's part.
func TestOnlyPlaceNamedAmongMore(t *testing.T) {
	lead := "KSrelief signed two agreements, with the WHO and with UNHCR, to help Ukrainian refugees in neighbouring countries, mainly Poland."
	worth := "The agreements are worth USD10 million."
	r := &corpus.Release{ID: "ksrelief-ukraine", Title: "KSrelief signs agreements to help Ukrainian refugees in neighbouring countries", Donors: []string{"Saudi Arabia"},
		Recipient: "WHO", Recipients: []string{"WHO", "UNHCR"}, Paragraphs: []string{lead, worth}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "POL", CountryName: "Poland"},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: &corpus.Amount{Stated: "USD10 million", Value: 10e6, Currency: "USD"}},
	}
	e := newEngine(t, corpusOf(t, r))
	head := headline(t, e, "How much did Saudi Arabia give to Poland?")
	if strings.Contains(head, "Part: USD10 million") || strings.Contains(head, "Poland: USD10 million") {
		t.Errorf("headline = %q, want USD10 million not shown as Poland's", head)
	}
}
