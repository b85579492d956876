package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// narrowCorpus is a small invented corpus for the narrowing rules: every
// figure in it is made up for these tests.
func narrowCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	amount := func(stated string, v float64, cur string) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: cur}
	}
	japan := &corpus.Release{
		ID: "iom-japan-2018", Title: "Japan backs IOM operations", Donors: []string{"Japan"}, Recipient: "IOM", Year: 2018,
		Paragraphs: []string{
			"Japan has given USD 30.5 million to IOM for its 2018 operations.",
			"Of this, USD 14 million goes to IOM programmes in Sub-Saharan Africa.",
			"In Bangladesh, IOM will shelter families displaced by floods.",
			"Japan has given USD 155 million to IOM since 2016.",
			`"We are grateful to Japan," said António Vitorino, IOM Director General.`,
			"In 2017, Japan gave USD 25 million to IOM, and all donors gave IOM USD 900 million.",
		},
	}
	japan.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("USD 30.5 million", 30.5e6, "USD"), Check: "total read automatically"},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: amount("USD 14 million", 14e6, "USD"), Region: "Sub-Saharan Africa"},
		{Kind: corpus.KindDestination, Paragraph: 3, Country: "BGD", CountryName: "Bangladesh"},
		{Kind: corpus.KindAmount, Paragraph: 4, Amount: amount("USD 155 million", 155e6, "USD"), Context: "cumulative"},
		{Kind: corpus.KindQuote, Paragraph: 5, Person: "António Vitorino", Quote: "We are grateful to Japan,"},
		// An earlier year's gift, dated by its own sentence.
		{Kind: corpus.KindAmount, Paragraph: 6, Amount: amount("USD 25 million", 25e6, "USD"), Context: "earlier", Year: 2017},
		{Kind: corpus.KindAmount, Paragraph: 6, Amount: amount("USD 900 million", 900e6, "USD"), Context: "other donor", Year: 2017},
	}
	japan2 := &corpus.Release{
		ID: "iom-japan-2019", Title: "Japan renews IOM support", Donors: []string{"Japan"}, Recipient: "IOM", Year: 2019,
		Paragraphs: []string{"Japan has given USD 10 million to IOM for 2019, for Rohingya refugees in Cox's Bazar and for families displaced from Marawi."},
	}
	japan2.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("USD 10 million", 10e6, "USD")},
		// The only place ingest found: the total is not its amount for
		// that, as the release's words do not say so.
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "BGD", CountryName: "Bangladesh"},
	}
	canada := &corpus.Release{
		ID: "unicef-canada-2021", Title: "Canada responds to food crises", Donors: []string{"Canada"}, Recipient: "UNICEF",
		Recipients: []string{"UNICEF", "WFP"}, Year: 2021,
		Paragraphs: []string{
			"Canada has announced $155 million for food crises in ten countries.",
			"Of this, $75 million goes to the World Food Programme for food in Yemen and Chad.",
		},
	}
	canada.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("$155 million", 155e6, "CAD")},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "WFP", Amount: amount("$75 million", 75e6, "CAD")},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "YEM", CountryName: "Yemen"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "TCD", CountryName: "Chad"},
	}
	eu := &corpus.Release{
		ID: "eu-2017", Title: "EU releases emergency aid", Donors: []string{"European Union"}, Year: 2017,
		Paragraphs: []string{
			"The EU has released EUR 28.7 million for Somalia and Libya.",
			"The largest part, EUR 10 million, goes to Somalia.",
			"In Libya, partners will give health care to migrants.",
		},
	}
	eu.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("EUR 28.7 million", 28.7e6, "EUR")},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: amount("EUR 10 million", 10e6, "EUR"), Country: "SOM", CountryName: "Somalia"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "SOM", CountryName: "Somalia"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "LBY", CountryName: "Libya"},
		{Kind: corpus.KindActivity, Paragraph: 3, Country: "LBY", CountryName: "Libya", Text: "partners will give health care to migrants"},
	}
	swiss := &corpus.Release{
		ID: "ocha-switzerland", Title: "Switzerland releases aid for the Middle East", Donors: []string{"Switzerland"},
		Recipient: "OCHA", Recipients: []string{"OCHA", "ICRC"}, Year: 2023,
		Paragraphs: []string{
			"Switzerland will release CHF 90 million for humanitarian aid in the Middle East.",
			"The funds go to OCHA and the ICRC.",
		},
	}
	swiss.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("CHF 90 million", 90e6, "CHF"), Region: "Middle East"},
		{Kind: corpus.KindDestination, Paragraph: 1, Region: "Middle East"},
	}
	uk := &corpus.Release{
		ID: "wfp-united-kingdom", Title: "UK announces humanitarian package", Donors: []string{"United Kingdom"}, Recipient: "WFP", Year: 2024,
		Paragraphs: []string{
			"The UK has announced £61 million in humanitarian aid for crises in Africa.",
			"The package includes £5 million for the UN World Food Programme.",
		},
	}
	uk.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("£61 million", 61e6, "GBP")},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "WFP", Amount: amount("£5 million", 5e6, "GBP")},
	}
	return corpusOf(t, japan, japan2, canada, eu, swiss, uk)
}

// corpusOf makes a corpus of invented releases, each fact quoting its
// paragraph.
func corpusOf(t testing.TB, releases ...*corpus.Release) *corpus.Corpus {
	t.Helper()
	for _, r := range releases {
		for i := range r.Facts {
			r.Facts[i].Release = r.ID
			r.Facts[i].Sentence = r.Paragraph(r.Facts[i].Paragraph)
		}
	}
	c, err := corpus.New(releases, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// wantCase is a question and the words its answer must and must not
// hold.
type wantCase struct {
	name      string
	q         string
	want, not []string
}

// askAll asks e each question, as a named subtest.
func askAll(t *testing.T, e *Engine, tests []wantCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tt.q)
			if err != nil {
				t.Fatalf("Answer(%q): %v", tt.q, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("Answer(%q) = %q, want %q", tt.q, a.Text, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(a.Text, n) {
					t.Errorf("Answer(%q) = %q, want no %q", tt.q, a.Text, n)
				}
			}
		})
	}
}

// TestAnswerNarrowing holds the rules of issue 6 for answers: every
// donor, recipient, place and year a question names narrows it; context is
// never a gift; sums are per currency; new kinds of question.
func TestAnswerNarrowing(t *testing.T) {
	e := newEngine(t, narrowCorpus(t))
	tests := []wantCase{
		{"recipient_part", "How much did Canada give WFP?", []string{"$75 million"}, []string{"$155 million"}},
		// A donor country after "to" or "for" is where the money goes, not
		// a second giver whose totals join the answer.
		{"donor_country_as_place", "How much did Japan give to Canada?", []string{"Canada"}, []string{"30.5", "$155 million"}},
		{"two_givers", "How much did Japan and Canada give?", []string{"30.5"}, nil},
		{"recipient_full_name", "How much did Canada give the World Food Programme?", []string{"$75 million"}, []string{"$155 million"}},
		{"recipient_only", "How much did WFP get?", []string{"$75 million"}, []string{"$155 million", "30.5"}},
		{"recipient_not_of_donor", "How much did Canada give IOM?", []string{"does not state an amount for IOM; it does not name it as a recipient"}, []string{"$155 million", "$75 million"}},
		{"place_not_stated", "How much did Japan give IOM for Bangladesh in 2018?",
			[]string{"does not state a separate amount for Bangladesh", "shelter families"}, []string{"30.5", "USD 14 million", "155"}},
		{"region_part", "How much of Japan's 2018 contribution went to Sub-Saharan Africa?", []string{"USD 14 million"}, []string{"USD 30.5 million"}},
		{"total_not_context", "How much did Japan give IOM in 2018?", []string{"USD 30.5 million"}, []string{"USD 155 million", "USD 14 million"}},
		{"context_when_asked", "How much has Japan given IOM since 2016?", []string{"USD 155 million", "context: cumulative, not a gift"}, []string{"USD 30.5 million"}},
		{"sum_per_currency", "How much did Japan give?", []string{"USD 40.5 million", "derived"}, []string{"USD 155", "185.5", "195.5"}},
		{"no_sum_across_currencies", "How much money in total?", []string{"USD 40.5 million", "$155 million (CAD)", "EUR 28.7 million", "does not convert"}, []string{"CAD 195", "USD 195"}},
		{"place_part_and_missing", "How much did the EU give for Somalia and for Libya?",
			[]string{"EUR 10 million", "does not state a separate amount for Libya"}, []string{"EUR 28.7 million"}},
		{"total_for_exactly_its_places", "How much did the EU release for Somalia and Libya?", []string{"EUR 28.7 million"}, nil},
		{"unchecked", "How much did Japan give IOM in 2018?", []string{UncheckedNote}, nil},
		{"donors", "Which donors are in the corpus?", []string{"Canada", "European Union", "Japan"}, nil},
		{"recipients", "Which organisations receive the funding?", []string{"IOM", "UNICEF", "WFP", "does not state which organisations"}, nil},
		{"years", "Which years does the corpus cover?", []string{"2017", "2018", "2019", "2021"}, nil},
		{"count_stated", "In how many countries does Canada's funding work?", []string{"ten countries"}, nil},
		{"count_counted", "In how many countries does the EU funding work?", []string{"does not state a number; fundbot counts 2 countries", "Somalia and Libya"}, nil},
		{"quote_by_surname", "What did Vitorino say?", []string{"We are grateful to Japan"}, nil},
		{"quote_year_is_topic", "What did António Vitorino say about 2019?", []string{"We are grateful to Japan"}, nil},
		{"who_said_words", "Who said they are grateful to Japan?", []string{"António Vitorino said it", "We are grateful to Japan"}, nil},
		{"who_said_words_nobody_said", "Who said the Olympics will be moved?", []string{"No release quotes anyone saying that"}, []string{"Vitorino said it"}},
		{"several_parts", "How much did Canada give WFP, and where is it used?", []string{"$75 million", "Yemen"}, []string{"$155 million"}},
		{"other_currency_asked", "How much did Canada give WFP in US dollars?", []string{"fundbot does not convert"}, nil},
		{"topic_narrows", "How much did Japan give for the Rohingya in Cox's Bazar?", []string{"USD 10 million"}, []string{"USD 30.5 million", "40.5"}},
		{"topic_no_typo", "How much did Japan give for Marawi?", []string{"USD 10 million"}, []string{"Malawi", "USD 30.5 million"}},
		{"topic_absent", "How much did Japan give for the Olympics?", []string{"mentions “Olympics”"}, []string{"USD"}},
		{"amount_named_narrows", "How much of the $155 million goes to Yemen?", []string{"does not state a separate amount for Yemen"}, []string{"USD 155 million", "EUR"}},
		{"which_year", "For which year is Japan's USD 30.5 million?", []string{"states its funding is for 2018"}, []string{"2019"}},
		{"which_year_by_amount", "For which year is the EUR 28.7 million?", []string{"states its funding is for 2017"}, nil},
		{"recipient_not_named", "How much did the EU give WFP for Somalia?", []string{"does not state an amount for WFP; it does not name it as a recipient"}, []string{"EUR 10 million", "EUR 28.7 million"}},
		{"total_not_a_lone_place", "How much did Japan give IOM for Bangladesh in 2019?", []string{"does not state a separate amount for Bangladesh"}, []string{"USD 10 million"}},
		{"total_of_several_recipients_is_not_the_first_ones", "How much did Switzerland give OCHA in the Middle East?",
			[]string{"does not state a separate amount for OCHA"}, []string{"CHF 90 million"}},
		{"the one organisation named gets a part, not the total", "How much did the UK give WFP?",
			[]string{"£5 million"}, []string{"£61 million"}},
		{"a total not said to go to the one organisation named", "How much did the UK give?",
			[]string{"£61 million"}, []string{"to WFP"}},
		{"year_not_covered", "How much did Japan give IOM in 2030?", []string{"no release for 2030"}, []string{"USD"}},
		{"an earlier year's gift told in a later release", "How much did Japan give IOM in 2017?",
			[]string{"USD 25 million", "as context (earlier and other donor)", "does not state a separate amount for 2017"}, []string{"USD 30.5", "for for"}},
		{"an earlier year's gift is not the release year's", "How much did Japan give IOM in 2018?", []string{"USD 30.5 million"}, []string{"USD 25 million"}},
	}
	askAll(t, e, tests)
}

func TestSplitParts(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"How much did Norway give WFP, and where is it used?", []string{"How much did Norway give WFP", "where is it used?"}},
		{"How much did Korea give WFP for Afghanistan, and for what?", []string{"How much did Korea give WFP for Afghanistan", "for what?"}},
		{"How much did CERF give to Myanmar and to Haiti?", []string{"How much did CERF give to Myanmar and to Haiti?"}},
		{"How much goes to Jordan and Lebanon?", []string{"How much goes to Jordan and Lebanon?"}},
		{"Who gave? How much?", []string{"Who gave", "How much?"}},
	}
	for _, tt := range tests {
		got := splitParts(tt.q)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitParts(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestYearSpan(t *testing.T) {
	for _, tc := range []struct {
		years []int
		want  string
	}{
		{[]int{2011, 2011}, ""},
		{[]int{2012, 2011}, "; over 2011, 2012"},
		{[]int{0, 0}, "; no release states its year"},
		{[]int{2010, 0}, "; over 2010, and 1 release(s) stating no year"},
	} {
		if got := yearSpan(tc.years); got != tc.want {
			t.Errorf("yearSpan(%v) = %q, want %q", tc.years, got, tc.want)
		}
	}
}

// TestFundingForAGivingCountry checks that /funding names funding to a
// country even when the corpus also holds a release the country gives in.
func TestFundingForAGivingCountry(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	to := &corpus.Release{ID: "unrwa-australia", Title: "Australia gives $5 million for Gaza", Donors: []string{"Australia"}, Recipient: "UNRWA", Year: 2024,
		Paragraphs: []string{"Australia gives $5 million to UNRWA for people in Gaza, Palestine."}}
	to.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("$5 million", 5e6), Country: "PSE", CountryName: "Palestine"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "PSE", CountryName: "Palestine"},
	}
	by := &corpus.Release{ID: "unicef-palestine", Title: "Palestine gives $1 million to UNICEF", Donors: []string{"Palestine"}, Recipient: "UNICEF", Year: 2023,
		Paragraphs: []string{"Palestine gives $1 million to UNICEF for Lebanon."}}
	by.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("$1 million", 1e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "LBN", CountryName: "Lebanon"},
	}
	e := newEngine(t, corpusOf(t, to, by))
	askWantNot(t, e, []wantNot{
		{"/funding Palestine", "$5 million", "$1 million"},
		{"How much did Palestine give?", "$1 million", "$5 million"},
	})
}

// TestTotalForItsOnePlace checks that a release whose total is, by its own
// words, for one place gives that total when the place is asked about,
// and never when it names others.
func TestTotalForItsOnePlace(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	syria := &corpus.Release{ID: "wfp-china", Title: "China donates 1 mln USD to purchase food for war-stricken Syrians", Donors: []string{"China"}, Recipient: "WFP", Year: 2018,
		Paragraphs: []string{"China has donated 1 million U.S. dollars in aid to the World Food Programme in Syria."}}
	syria.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "WFP", Amount: amount("1 million U.S. dollars", 1e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "SYR", CountryName: "Syria"},
	}
	two := &corpus.Release{ID: "wfp-korea", Title: "Korea gives $3 million", Donors: []string{"South Korea"}, Recipient: "WFP", Year: 2020,
		Paragraphs: []string{"Korea gives $3 million to WFP in Syria and Jordan."}}
	two.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "WFP", Amount: amount("$3 million", 3e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "SYR", CountryName: "Syria"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "JOR", CountryName: "Jordan"},
	}
	ukraine := &corpus.Release{ID: "wfp-korea-ukraine", Title: "Korea gives US$3 million for Ukraine", Donors: []string{"South Korea"}, Recipient: "WFP", Year: 2022,
		Paragraphs: []string{"Korea gives US$3 million to WFP for people in Ukraine.", "Of it, US$1 million is for refugees in Moldova."}}
	ukraine.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "WFP", Amount: amount("US$3 million", 3e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "WFP", Amount: amount("US$1 million", 1e6), Country: "MDA", CountryName: "Moldova"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "UKR", CountryName: "Ukraine"},
	}
	afghanistan := &corpus.Release{ID: "japan-afghanistan", Title: "Emergency Grant Aid for Afghanistan and neighboring countries", Donors: []string{"Japan"}, Year: 2021,
		Paragraphs: []string{"Japan decided to extend Emergency Grant Aid of 65 million US dollars to Afghanistan and neighboring countries."}}
	afghanistan.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("65 million US dollars", 65e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "AFG", CountryName: "Afghanistan"},
	}
	jordan := &corpus.Release{ID: "unhcr-uae", Title: "The UAE gives USD 5 Million To Support Syrian Refugees", Donors: []string{"United Arab Emirates"}, Recipient: "UNHCR", Year: 2014,
		Paragraphs: []string{"The UAE gave USD 5 million to UNHCR for Syrian refugees.", "The money helps refugees in Jordan."}}
	jordan.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "UNHCR", Amount: amount("USD 5 million", 5e6)},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "JOR", CountryName: "Jordan"},
	}
	e := newEngine(t, corpusOf(t, syria, two, ukraine, afghanistan, jordan))
	askWantNot(t, e, []wantNot{
		{"How much did the UAE give for Syria?", "does not state", "Total"},
		{"/funding Ukraine", "does not state a separate amount", "alone: US$3 million"},
		{"/funding Afghanistan", "does not state a separate amount", "alone: 65 million"},
		{"/funding Syria", "1 million U.S. dollars", "alone: $3 million"},
		{"How much did China give WFP in Syria?", "1 million U.S. dollars", "does not state"},
		{"/funding Jordan", "does not state a separate amount", "alone: $3 million"},
	})
}

// wantNot is a question, a phrase its answer must hold and one it must not.
type wantNot struct{ q, want, not string }

// askWantNot asks each question and checks its answer.
func askWantNot(t *testing.T, e *Engine, cases []wantNot) {
	t.Helper()
	for _, tc := range cases {
		a, err := e.Answer(context.Background(), tc.q)
		if err != nil {
			t.Fatalf("Answer(%q): %v", tc.q, err)
		}
		if !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.not) {
			t.Errorf("Answer(%q) = %q, want %q and no %q", tc.q, a.Text, tc.want, tc.not)
		}
	}
}

// TestFundingDonorBesideRecipient checks that /funding narrows by a donor
// its argument names beside a recipient, as the same question asked
// without the command does, and by the recipient alone when it names no
// donor.
func TestFundingDonorBesideRecipient(t *testing.T) {
	e := newEngine(t, narrowCorpus(t))
	askWantNot(t, e, []wantNot{
		{"/funding How much did Canada give to WFP?", "$75 million", "£5 million"},
		{"/funding Canada WFP 2021", "$75 million", "£5 million"},
		{"/funding United Kingdom WFP", "£5 million", "$75 million"},
		{"How much did Canada give to WFP?", "$75 million", "£5 million"},
		{"/funding WFP", "£5 million", "no release"},
		{"/funding WFP", "$75 million", "no release"},
	})
}

// TestUndatedReleaseNeverAnswersAYear checks that a release stating no
// year is shown for a year's question only after the releases that state
// that year, marked as such, and never as that year's figure.
func TestUndatedReleaseNeverAnswersAYear(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "EUR"}
	}
	dated := &corpus.Release{ID: "unrwa-germany-2021", Title: "Germany gives UNRWA EUR 10 million", Donors: []string{"Germany"},
		Recipient: "UNRWA", Year: 2021, Paragraphs: []string{"Germany gives EUR 10 million to UNRWA for 2021."}}
	dated.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("EUR 10 million", 10e6)}}
	undated := &corpus.Release{ID: "unrwa-germany", Title: "Germany announces new contributions to UNRWA", Donors: []string{"Germany"},
		Recipient: "UNRWA", Paragraphs: []string{"Germany is providing EUR 45 million in new contributions to UNRWA."}}
	undated.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("EUR 45 million", 45e6)}}
	e := newEngine(t, corpusOf(t, dated, undated))
	for _, tc := range []struct{ q, head, notHead string }{
		{"How much did Germany give UNRWA in 2023?", "No release of Germany to UNRWA states an amount for 2023. Also found with no funding year stated", "Total, Germany to UNRWA"},
		{"How much did Germany give UNRWA in 2021?", "EUR 10 million", "EUR 45 million"},
	} {
		a, err := e.Answer(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		head, _, _ := strings.Cut(a.Text, "\n")
		lead, _, _ := strings.Cut(head, "Also found") // what the headline gives before the undated release
		if !strings.Contains(head, tc.head) || strings.Contains(lead, tc.notHead) {
			t.Errorf("Answer(%q) headline = %q, want %q and no %q", tc.q, head, tc.head, tc.notHead)
		}
		if !strings.Contains(a.Text, "EUR 45 million") || !strings.Contains(a.Text, "cannot tell whether that is for") {
			t.Errorf("Answer(%q) = %q, want the undated release's EUR 45 million, marked as of no stated year", tc.q, a.Text)
		}
	}
	// Nor is it added to another release's total: it may announce the
	// same gift again, or one years apart.
	askWantNot(t, e, []wantNot{{"How much did Germany give UNRWA?", "EUR 45 million", "Sum of"}})
}

// TestWhoIs checks that "who is NAME?" answers about that person only, and
// says plainly when no release names them.
func TestWhoIs(t *testing.T) {
	r := &corpus.Release{ID: "unrwa-germany", Title: "Germany gives UNRWA EUR 45 million", Donors: []string{"Germany"}, Recipient: "UNRWA", Year: 2024,
		Paragraphs: []string{
			"Germany is providing EUR 45 million to UNRWA.",
			"“Germany is now our top donor,” said UNRWA Commissioner-General Philippe Lazzarini.",
			"“We stand by the refugees,” said Development Minister Svenja Schulze.",
			"State Secretary Miguel Berger attended the conference.",
		}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "EUR 45 million", Value: 45e6, Currency: "EUR"}},
		{Kind: corpus.KindQuote, Paragraph: 2, Person: "Philippe Lazzarini", Quote: "Germany is now our top donor,"},
		{Kind: corpus.KindQuote, Paragraph: 3, Person: "Svenja Schulze", Quote: "We stand by the refugees,"},
		{Kind: corpus.KindPerson, Paragraph: 4, Person: "Miguel Berger", Role: "State Secretary"},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"Who is Philippe Lazzarini?", "Lazzarini", "Schulze"},
		{"who is Svenja Schulze", "Schulze", "Lazzarini"},
		{"Who is John Smith?", "fundbot found no person named John Smith in the releases", "Lazzarini"},
		{"Who is Miguel Berger?", "Miguel Berger: State Secretary, as the releases name them", "Lazzarini"},
	})
}

// TestContextOfTheKindAsked checks that a question naming one kind of
// context (a budget) is not answered by context of another kind (an earlier
// year's budget) in place of the release's gift.
func TestContextOfTheKindAsked(t *testing.T) {
	r := &corpus.Release{ID: "eu-2020", Title: "European Commission adopts €900 million humanitarian aid package", Donors: []string{"European Union"}, Year: 2020,
		Paragraphs: []string{
			"The Commission announced the adoption of its humanitarian aid budget for 2020, amounting to €900 million.",
			"Its initial humanitarian budget for 2019 had reached a record level of €1.6 billion.",
			"Since 2011, the EU has given €2.5 billion for Syria.",
		}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "€900 million", Value: 9e8, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Amount: &corpus.Amount{Stated: "€1.6 billion", Value: 1.6e9, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Context: "cumulative", Amount: &corpus.Amount{Stated: "€2.5 billion", Value: 2.5e9, Currency: "EUR"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much is the EU humanitarian budget for 2020?", "Total, European Union, 2020: €900 million", "states €1.6 billion as context"},
		{"How much has the EU given since 2011?", "€2.5 billion", "Total, European Union, 2020: €900 million"},
	})
}

// TestTotalSharedWithUN checks that a total the title gives to "the UN and
// Red Cross" appeals is not labelled as the Red Cross's alone.
func TestTotalSharedWithUN(t *testing.T) {
	r := &corpus.Release{ID: "haiyan-uk", Title: "Typhoon Haiyan: UK supports UN and Red Cross Disaster Appeals", Donors: []string{"United Kingdom"}, Recipient: "Red Cross",
		Paragraphs: []string{"The UK pledges a further £30 million to support the UN and Red Cross emergency appeals for the Philippines."}}
	r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "£30 million", Value: 3e7, Currency: "GBP"}}}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{{"How much did the UK give?", "Total, United Kingdom: £30 million", "United Kingdom to Red Cross"}})
}

// TestTotalRecipientFromIngest checks that a total ingest gave to the
// release's one recipient (from a sentence stating it again) answers a
// question about that recipient, though the title does not name it.
func TestTotalRecipientFromIngest(t *testing.T) {
	r := &corpus.Release{ID: "unfpa-germany-2022", Title: "Germany provides 7 million euros in life-saving support for women and girls", Donors: []string{"Germany"}, Recipient: "UNFPA", Year: 2022,
		Paragraphs: []string{"Germany provides 7 million euros in life-saving support for women and girls", "The Federal Foreign Office signed an agreement to provide UNFPA with 7 million euros over three years."}}
	r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "UNFPA", Amount: &corpus.Amount{Stated: "7 million euros", Value: 7e6, Currency: "EUR"}}}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{{"How much did Germany give UNFPA?", "Total, Germany to UNFPA, 2022: 7 million euros", "does not state a separate amount"}})
}

// TestUnplacedPartOfAOnePlaceRelease checks that a part naming no place,
// of a release whose whole gift is for one place, answers for that place;
// not when the release also funds another country.
func TestUnplacedPartOfAOnePlaceRelease(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	haiti := &corpus.Release{ID: "haiti-japan", Title: "Emergency Grant Aid for the earthquake in Haiti", Donors: []string{"Japan"}, Recipient: "WFP", Recipients: []string{"WFP", "IOM"},
		Paragraphs: []string{"Japan decided to extend Emergency Grant Aid of 3.25 million US dollars in response to the earthquake in Haiti, through WFP and IOM.", "Assistance through WFP: 1.41 million USD", "Assistance through IOM: 0.90 million USD"}}
	haiti.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("3.25 million US dollars", 3.25e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "HTI", CountryName: "Haiti"},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "WFP", Amount: amount("1.41 million USD", 1.41e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Recipient: "IOM", Amount: amount("0.90 million USD", 0.9e6)},
	}
	two := &corpus.Release{ID: "two-japan", Title: "Emergency Grant Aid for Chad and Niger", Donors: []string{"Japan"}, Recipient: "UNICEF", Recipients: []string{"UNICEF", "FAO"},
		Paragraphs: []string{"Japan decided to extend Emergency Grant Aid of 5 million US dollars to Chad and Niger, through UNICEF and FAO.", "Assistance through UNICEF: 2 million USD", "Niger: USD 1 million"}}
	two.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("5 million US dollars", 5e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "TCD", CountryName: "Chad"},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "UNICEF", Amount: amount("2 million USD", 2e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Country: "NER", CountryName: "Niger", Amount: amount("USD 1 million", 1e6)},
	}
	e := newEngine(t, corpusOf(t, haiti, two))
	askWantNot(t, e, []wantNot{
		{"How much did Japan give WFP for Haiti?", "WFP: 1.41 million USD", "0.90 million"},
		{"How much did Japan give UNICEF for Chad?", "does not state a separate amount for UNICEF in Chad", "2 million USD"},
	})
}

// TestContactWithOnlyAnEmail checks that a press contact known only by its
// e-mail address is named by it, not by an empty name.
func TestContactWithOnlyAnEmail(t *testing.T) {
	r := &corpus.Release{ID: "icrc-switzerland-2012", Title: "Contribution of Switzerland to the ICRC", Donors: []string{"Switzerland"}, Recipient: "ICRC", Year: 2012,
		Paragraphs: []string{"The Federal Council announced a contribution of CHF 70 million for the ICRC.", "email: info@eda.admin.ch"}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "CHF 70 million", Value: 7e7, Currency: "CHF"}},
		{Kind: corpus.KindContact, Paragraph: 2, Email: "info@eda.admin.ch"},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{{"/contact", "(2012): Email: info@eda.admin.ch.", "(2012): ."}})
}

// TestUndatedReleaseAskedForAYearAndPlace: a release that states no year,
// asked for a place it names and a year, says what it does not state and
// that it states no year; it never answers with nothing.
func TestUndatedReleaseAskedForAYearAndPlace(t *testing.T) {
	r := &corpus.Release{ID: "unrwa-uae", Title: "UAE gives UNRWA $20 million", Donors: []string{"United Arab Emirates"}, Recipient: "UNRWA",
		Paragraphs: []string{
			"The UAE announced a $20 million contribution to UNRWA.",
			"The UAE had provided aid to Palestine between 2018 and 2023, at a value of $521 million.",
		}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "$20 million", Value: 20e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Amount: &corpus.Amount{Stated: "$521 million", Value: 521e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "PSE", CountryName: "Palestine"},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did the UAE give for Palestine in 2020?", "states no funding year, so fundbot cannot tell whether any of it is for 2020", "$20 million (USD), as stated"},
		{"How much did the United Arab Emirates give for Palestine in 2017?", "does not state a separate amount for Palestine", "\n\n\n"},
	})
}

// TestYearOnlyAFactStates: a year that no release is dated by, but that a
// fact of an undated release states, is covered: the answer quotes that
// fact and never says the corpus has no release for the year.
func TestYearOnlyAFactStates(t *testing.T) {
	r := &corpus.Release{ID: "wfp-finland", Title: "Finland grants EUR 13.5 million", Donors: []string{"Finland"}, Recipient: "WFP",
		Paragraphs: []string{"Finland will grant a total of EUR 13.5 million. The total funding for humanitarian assistance in 2025 is over EUR 111 million."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "EUR 13.5 million", Value: 13.5e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Context: "cumulative", Year: 2025, Amount: &corpus.Amount{Stated: "over EUR 111 million", Value: 111e6, Currency: "EUR"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did Finland give in 2025?", "over EUR 111 million", "no release for 2025"},
		{"How much did Finland give in 2019?", "no release for 2019", "EUR 111"},
	})
}

// TestGiverNotADonor: a giver a question names that is no donor of any
// release gets that said, with what the releases state of it, never
// another donor's total; a donor called by part of its name is that donor.
func TestGiverNotADonor(t *testing.T) {
	r := &corpus.Release{ID: "care-macarthur", Title: "Foundations provide disaster relief", Donors: []string{"John D. and Catherine T. MacArthur Foundation"}, Recipient: "CARE",
		Paragraphs: []string{"The John D. and Catherine T. MacArthur Foundation has awarded $1.5 million to CARE International.", "The grants include $400,000 from the Heinz Endowments to the Brother's Brother Foundation."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "CARE", Amount: &corpus.Amount{Stated: "$1.5 million", Value: 1.5e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "other donor", Amount: &corpus.Amount{Stated: "$400,000", Value: 4e5, Currency: "USD"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did the Heinz Endowments give?", "“Heinz Endowments” is not a donor in any release", "$1.5 million"},
		{"How much did the Heinz Endowments give?", "$400,000", "Total,"},
		{"How much is the Heinz Endowments providing?", "“Heinz Endowments” is not a donor in any release", "$1.5 million"},
		{"How much did the MacArthur Foundation give?", "$1.5 million", "not a donor"},
	})
}

// TestNonStateGiverOfACountry: givers named by a country's adjective and
// a word that is no state ("Qatari charities", "a Qatari fund") are not
// the country's government: the answer says they are no donor and shows
// the sentences that state their money, never the government's total.
func TestNonStateGiverOfACountry(t *testing.T) {
	r := &corpus.Release{ID: "qatar-unicef", Title: "Qatar gives UNICEF new aid", Donors: []string{"Qatar"}, Recipient: "UNICEF",
		Paragraphs: []string{"Qatar has given $3 million to UNICEF for children in Chad.", "The envoy said Qatari charities had raised up to $8 million for the same children.", "He also handed over $250,000, given by a Qatari fund, to be used for clinics."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "UNICEF", Amount: &corpus.Amount{Stated: "$3 million", Value: 3e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Amount: &corpus.Amount{Stated: "up to $8 million", Value: 8e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Amount: &corpus.Amount{Stated: "$250,000", Value: 2.5e5, Currency: "USD"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did Qatari charities give?", "“Qatari charities” is not a donor in any release", "$3 million"},
		{"How much did Qatari charities give?", "up to $8 million", "Total,"},
		{"How much did the Qatari fund give?", "“Qatari fund” is not a donor in any release", "$3 million"},
		{"How much did the Qatari fund give?", "$250,000", "Total,"},
		{"How much did Qatar give?", "$3 million", "not a donor"},
	})
}

// TestTotalForPeopleOfOneCountryInAnother: a total for refugees from one
// country in another, its sentence naming a recipient whose name holds
// places, is the other country's alone.
func TestTotalForPeopleOfOneCountryInAnother(t *testing.T) {
	lead := "The Kuwait Fund and the United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) signed an agreement under which Kuwait will give US$ 5 million to help Palestine refugees reach health care in Lebanon."
	r := &corpus.Release{ID: "kuwait-unrwa", Title: "Fund and agency sign a new agreement", Donors: []string{"Kuwait"}, Recipient: "UNRWA", Year: 2020, Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Total: true, Amount: &corpus.Amount{Stated: "US$ 5 million", Value: 5e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "LBN", CountryName: "Lebanon"},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"/funding Lebanon", "Lebanon: US$ 5 million", "does not state a separate amount"},
		{"/funding Palestine", "No release in the corpus states funding for Palestine", "US$ 5 million"},
	})
}

// TestTotalRestatedForItsRecipient: a total whose sentence gives it to a
// body the recipient belongs to ("to the United Nations"), restated in
// another sentence that names the one recipient ("has given UNRWA $15
// million of its pledge"), answers for that recipient; not when a part
// goes to another.
func TestTotalRestatedForItsRecipient(t *testing.T) {
	lead := "Qatar has donated $12 million to the United Nations to help refugees in Lebanon."
	again := "\"Qatar has given UNICEF $12 million of its overall pledge,\" the agency said."
	r := &corpus.Release{ID: "qatar-unicef", Title: "Qatar donates to the UN", Donors: []string{"Qatar"}, Recipient: "UNICEF", Year: 2014, Paragraphs: []string{lead, again}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Total: true, Amount: &corpus.Amount{Stated: "$12 million", Value: 12e6, Currency: "USD"}},
	}
	lead2 := "Oman has donated $9 million to the United Nations to help refugees in Jordan."
	again2 := "\"Oman has given UNICEF $9 million,\" the agency said. Of it, $2 million goes to WFP for food."
	s := &corpus.Release{ID: "oman-unicef", Title: "Oman donates to the UN", Donors: []string{"Oman"}, Recipient: "UNICEF", Year: 2014, Paragraphs: []string{lead2, again2}}
	s.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead2, Total: true, Amount: &corpus.Amount{Stated: "$9 million", Value: 9e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: "Of it, $2 million goes to WFP for food.", Recipient: "WFP", Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
	}
	e := newEngine(t, corpusOf(t, r, s))
	askWantNot(t, e, []wantNot{
		{"How much did Qatar give UNICEF?", "$12 million", "does not state"},
		{"How much did Oman give UNICEF?", "does not state", "Total"},
	})
}

// TestTotalForRecipientNamedByWhatItIs: a total whose sentence names its
// one recipient by what it is ("a pooled emergency fund"), the next
// paragraph by its name, answers for that recipient; not when a part goes
// to another.
func TestTotalForRecipientNamedByWhatItIs(t *testing.T) {
	lead := "Ireland will give a €6 million boost to a pooled emergency fund for next year."
	next := "The money goes to the Central Emergency Response Fund of the United Nations."
	r := &corpus.Release{ID: "ireland-cerf", Title: "Ireland boosts emergency fund", Donors: []string{"Ireland"}, Recipient: "CERF", Year: 2019, Paragraphs: []string{lead, next}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Total: true, Amount: &corpus.Amount{Stated: "€6 million", Value: 6e6, Currency: "EUR"}},
	}
	lead2 := "Portugal will give a €4 million boost to a pooled emergency fund for next year."
	part := "Of it, €1 million goes to WFP for food."
	s := &corpus.Release{ID: "portugal-cerf", Title: "Portugal boosts emergency fund", Donors: []string{"Portugal"}, Recipient: "CERF", Year: 2019,
		Paragraphs: []string{lead2, "The money goes to the Central Emergency Response Fund of the United Nations. " + part}}
	s.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead2, Total: true, Amount: &corpus.Amount{Stated: "€4 million", Value: 4e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: part, Recipient: "WFP", Amount: &corpus.Amount{Stated: "€1 million", Value: 1e6, Currency: "EUR"}},
	}
	besideLoan := "This is on top of the EUR 5 million Austria pays every year towards the headquarters."
	lead3 := "Rising needs have left the International Organization for Migration short of cash. This month Austria offered the organisation a EUR 20 million loan to bridge the gap."
	u := &corpus.Release{ID: "austria-iom", Title: "Austria lends to migration body", Donors: []string{"Austria"}, Recipient: "IOM", Paragraphs: []string{lead3, besideLoan}}
	u.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: "This month Austria offered the organisation a EUR 20 million loan to bridge the gap.", Total: true, Amount: &corpus.Amount{Stated: "EUR 20 million", Value: 2e7, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: besideLoan, Context: "other gift", Amount: &corpus.Amount{Stated: "EUR 5 million", Value: 5e6, Currency: "EUR"}},
	}
	e := newEngine(t, corpusOf(t, r, s, u))
	askWantNot(t, e, []wantNot{
		{"How much did Ireland give CERF?", "€6 million", "does not state"},
		{"How much did Austria give IOM?", "EUR 20 million", "does not state"},
		{"How much did Portugal give CERF?", "does not state", "Total"},
	})
}

// TestTableTotalForItsOnlyCountry: /funding all gives a release's total
// on the line of the one country it is for, as /funding COUNTRY does, and
// still states no amount for a country that shares a total with another.
func TestTableTotalForItsOnlyCountry(t *testing.T) {
	lead := "Korea will give $3 million in emergency aid to flood victims in Laos."
	r := &corpus.Release{ID: "korea-laos", Title: "Korea gives flood aid", Donors: []string{"South Korea"}, Year: 2018, Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Total: true, Amount: &corpus.Amount{Stated: "$3 million", Value: 3e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "LAO", CountryName: "Laos"},
	}
	both := "Sweden gives SEK 20 million for drought in Kenya and Somalia."
	s := &corpus.Release{ID: "sweden-drought", Title: "Sweden gives drought aid", Donors: []string{"Sweden"}, Year: 2019, Paragraphs: []string{both}}
	s.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: both, Total: true, Amount: &corpus.Amount{Stated: "SEK 20 million", Value: 20e6, Currency: "SEK"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: both, Country: "KEN", CountryName: "Kenya"},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: both, Country: "SOM", CountryName: "Somalia"},
	}
	e := newEngine(t, corpusOf(t, r, s))
	a, err := e.Answer(context.Background(), "/funding all")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range a.Items {
		switch it.Label {
		case "Laos":
			if !strings.Contains(it.Value, "$3 million") || strings.Contains(it.Value, "no separate amount") {
				t.Errorf("Answer(%q) Laos = %q, want the release's total $3 million", "/funding all", it.Value)
			}
		case "Kenya", "Somalia":
			if strings.Contains(it.Value, "SEK 20 million") || !strings.Contains(it.Value, "no separate amount") {
				t.Errorf("Answer(%q) %s = %q, want no separate amount stated", "/funding all", it.Label, it.Value)
			}
		}
	}
}

// TestTotalForItsOnePlaceWithAPartThere: a total its own sentence gives to
// the one place asked about answers for it, before a part stated there.
func TestTotalForItsOnePlaceWithAPartThere(t *testing.T) {
	r := &corpus.Release{ID: "nz-ukraine", Title: "Further humanitarian support for Ukraine", Donors: []string{"New Zealand"}, Year: 2022,
		Paragraphs: []string{"New Zealand will be providing an additional $4 million in funding to support Ukrainian communities.",
			"New Zealand is providing $2 million to the United Nations' Ukraine Humanitarian Fund."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "$4 million", Value: 4e6, Currency: "NZD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Country: "UKR", CountryName: "Ukraine", Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "NZD"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "UKR", CountryName: "Ukraine"},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"/funding Ukraine", "Ukraine: $4 million (NZD); $2 million (NZD)", "does not state"},
		{"How much did New Zealand give for Ukraine?", "$4 million", "does not state"},
	})
}

// TestPurposeNarrows: money asked for a purpose in the asker's words is
// the part whose sentence names it, never the release's total for several
// purposes; a purpose no release mentions is said to be unknown.
func TestPurposeNarrows(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	r := &corpus.Release{ID: "unicef-japan-2006", Title: "Japan donates $76 million to UNICEF for avian flu preparedness and peace-building",
		Donors: []string{"Japan"}, Recipient: "UNICEF", Year: 2006,
		Paragraphs: []string{
			"The Government of Japan has announced a $76 million donation to support UNICEF's work.",
			"The bulk of the donation, $49 million, will support efforts to prevent the spread of avian influenza in Asia and Africa.",
			"Another $25 million will fund programmes to restore social services in three African nations.",
		}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("$76 million", 76e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: amount("$49 million", 49e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Amount: amount("$25 million", 25e6), Region: "Africa"},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"part_names_purpose", "How much did Japan give for avian influenza?", []string{"$49 million"}, []string{"Total", "$25 million"}},
		{"purpose_not_mentioned", "How much did Japan give for widgets?", []string{"No release of Japan mentions “widgets”"}, []string{"Total"}},
		{"no_purpose", "How much did Japan give?", []string{"$76 million"}, nil},
	})
}

// TestTotalForTheOnlyPlaceFunded: a release whose total's words name no
// place, and whose one place named as funded is the place asked about,
// answers with its total for it, labelled as such; with another place, a
// region, or the place named only beside an earlier gift, it says the
// amount is not stated.
func TestTotalForTheOnlyPlaceFunded(t *testing.T) {
	release := func(id string, paras []string, facts ...corpus.Fact) *corpus.Release {
		r := &corpus.Release{ID: id, Title: "UNICEF will receive $1.6 million for a typhoon project", Donors: []string{"Japan"}, Recipient: "UNICEF", Year: 2022, Paragraphs: paras}
		r.Facts = append([]corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 2, Total: true, Sentence: paras[1], Amount: &corpus.Amount{Stated: "$1.6 million", Value: 1.6e6, Currency: "USD"}}}, facts...)
		return r
	}
	overall := "Following Japan's decision to provide $13 million for humanitarian assistance in the Philippines, UNICEF set up a project."
	lead := "UNICEF will receive $1.6 million for the project Typhoon Rai Emergency Response."
	only := release("only", []string{overall, lead},
		corpus.Fact{Kind: corpus.KindAmount, Paragraph: 1, Context: "overall", Sentence: overall, Amount: &corpus.Amount{Stated: "$13 million", Value: 13e6, Currency: "USD"}},
		corpus.Fact{Kind: corpus.KindDestination, Paragraph: 1, Sentence: overall, Country: "PHL", CountryName: "Philippines"})
	earlier := "Japan gave $2 million for the Philippines in 2020."
	onlyEarlier := release("earlier", []string{earlier, lead},
		corpus.Fact{Kind: corpus.KindAmount, Paragraph: 1, Context: "earlier", Sentence: earlier, Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
		corpus.Fact{Kind: corpus.KindDestination, Paragraph: 1, Sentence: earlier, Country: "PHL", CountryName: "Philippines"})
	two := "The project reaches families in the Philippines and Viet Nam."
	twoPlaces := release("two", []string{two, lead},
		corpus.Fact{Kind: corpus.KindDestination, Paragraph: 1, Sentence: two, Country: "PHL", CountryName: "Philippines"})
	region := "The project reaches families in the Philippines."
	withRegion := release("region", []string{region, lead},
		corpus.Fact{Kind: corpus.KindDestination, Paragraph: 1, Sentence: region, Country: "PHL", CountryName: "Philippines"},
		corpus.Fact{Kind: corpus.KindDestination, Paragraph: 1, Sentence: region, Region: "South-East Asia"})
	refers := "This assistance will help families affected by the typhoon in the Philippines."
	onlyRefers := release("refers", []string{refers, lead},
		corpus.Fact{Kind: corpus.KindDestination, Paragraph: 1, Sentence: refers, Country: "PHL", CountryName: "Philippines"})
	onlyRefers.Paragraphs = []string{lead, refers}
	onlyRefers.Facts[0].Paragraph, onlyRefers.Facts[0].Sentence = 1, lead
	onlyRefers.Facts[1].Paragraph = 2
	second := "The second is to distribute food in the Philippines."
	onlySecond := release("second", []string{lead, second},
		corpus.Fact{Kind: corpus.KindDestination, Paragraph: 2, Sentence: second, Country: "PHL", CountryName: "Philippines"})
	onlySecond.Facts[0].Paragraph, onlySecond.Facts[0].Sentence = 1, lead
	news := "Earlier this month, food agencies delivering to refugees in the Philippines said they had run out of funds."
	onlyNews := release("news", []string{news, lead},
		corpus.Fact{Kind: corpus.KindDestination, Paragraph: 1, Sentence: news, Country: "PHL", CountryName: "Philippines"})
	tests := []struct {
		name      string
		r         *corpus.Release
		want, not string
	}{
		{"named in the next sentence about the gift", onlyRefers, "$1.6 million (USD) (a release's total; the Philippines is the only place it names as funded)", "does not state"},
		{"named by the second of the agreements announced", onlySecond, "$1.6 million (USD) (a release's total; the Philippines is the only place it names as funded)", "does not state"},
		{"named where no money is", onlyNews, "does not state a separate amount for the Philippines", "$1.6 million (USD) (a release's total"},
		{"the only place, from the whole the total is part of", only, "$1.6 million (USD) (a release's total; the Philippines is the only place it names as funded)", "does not state"},
		{"named only beside an earlier gift", onlyEarlier, "does not state a separate amount for the Philippines", "$1.6 million (USD) (a release's total"},
		{"its sentence names another country", twoPlaces, "does not state a separate amount for the Philippines", "$1.6 million (USD) (a release's total"},
		{"a region besides", withRegion, "does not state a separate amount for the Philippines", "$1.6 million (USD) (a release's total"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, corpusOf(t, tt.r))
			askWantNot(t, e, []wantNot{{"/funding Philippines", tt.want, tt.not}})
			if tt.r == only {
				askWantNot(t, e, []wantNot{{"How much did Japan give for the Philippines?", "(the Philippines is the only place it names as funded; the total's own sentence does not name it)", "does not state"}})
			}
		})
	}
}

// TestPlaceOnlyMentioned: a release that names a place only in what is
// done or said ("violations ... such as in Syria"), with no destination,
// part or share there, says no amount is stated for it without implying
// its total covers the place; one that names it as a destination does.
func TestPlaceOnlyMentioned(t *testing.T) {
	mention := "Violations of humanitarian law take place in many crises, such as in Syria, and the ICRC helps everywhere."
	lead := "Switzerland contributes CHF 80 million to the ICRC."
	swiss := &corpus.Release{ID: "icrc-switzerland", Title: "Swiss contribution to the ICRC", Donors: []string{"Switzerland"}, Recipient: "ICRC", Year: 2015,
		Paragraphs: []string{lead, mention}}
	swiss.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "CHF 80 million", Value: 80e6, Currency: "CHF"}},
		{Kind: corpus.KindActivity, Paragraph: 2, Sentence: mention, Text: mention, Country: "SYR", CountryName: "Syria"},
	}
	funded := &corpus.Release{ID: "icrc-switzerland-b", Title: "Swiss contribution to the ICRC in 2015", Donors: []string{"Switzerland"}, Recipient: "ICRC", Year: 2015,
		Paragraphs: []string{lead, "ICRC teams in Syria will use part of it."}}
	funded.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "CHF 80 million", Value: 80e6, Currency: "CHF"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Sentence: "ICRC teams in Syria will use part of it.", Country: "SYR", CountryName: "Syria"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, swiss)), []wantNot{{"/funding Syria", "does not state a separate amount for Syria.", "does not divide"}})
	askWantNot(t, newEngine(t, corpusOf(t, funded)), []wantNot{{"/funding Syria", "does not state a separate amount for Syria; fundbot does not divide its total.", "\n\n\n"}})
}

// TestAgencyAsked: a question naming a donor's agency ("PRM", "USAID") is
// answered with what the release gives from that agency by name, not
// every figure of the agency's country; an agency a release names for no
// amount gets "no separate amount".
func TestAgencyAsked(t *testing.T) {
	lead := "Washington, DC - The Deputy Assistant Secretary for Population, Refugees, and Migration (PRM) announced that the United States is providing more than $28 million in humanitarian assistance for Ukraine."
	usaid := "The funding announced today includes nearly $17 million from USAID."
	ofThis := "Of this, $12 million is from USAID's Office of U.S. Foreign Disaster Assistance."
	prm := "The funding announced today also includes more than $11 million from PRM that will support IOM."
	r := &corpus.Release{ID: "us-ukraine-2015", Title: "United States announces humanitarian assistance for Ukraine", Donors: []string{"United States"}, Year: 2015,
		Paragraphs: []string{lead, usaid, ofThis, prm}}
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: amount("more than $28 million", 28e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: usaid, Amount: amount("nearly $17 million", 17e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: ofThis, Amount: amount("$12 million", 12e6)},
		{Kind: corpus.KindAmount, Paragraph: 4, Sentence: prm, Amount: amount("more than $11 million", 11e6)},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did PRM give?", "more than $11 million", "$28 million"},
		{"How much did USAID give?", "nearly $17 million", "$12 million"},
		{"How much did OFDA give?", "does not state a separate amount for OFDA", "$28 million"},
		{"How much did the United States give?", "more than $28 million", "$11 million"},
	})
	// "The government will give ..., USAID will grant ..., while ...
	// will come from NGOs": the agency's own clause, not the sentence's
	// other givers' figures.
	list := "The American government will give $25 million, USAID will grant $5 million, while $20 million will come from American NGOs."
	r2 := &corpus.Release{ID: "us-syria-2014", Title: "United States gives $50 million for Syria", Donors: []string{"United States"}, Year: 2014,
		Paragraphs: []string{"The United States is giving $50 million for the victims of the Syrian crisis.", list}}
	r2.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: r2.Paragraphs[0], Amount: amount("$50 million", 50e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: list, Amount: amount("$25 million", 25e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: list, Amount: amount("$5 million", 5e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: list, Amount: amount("$20 million", 20e6)},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r2)), []wantNot{
		{"How much did USAID give?", "Part: $5 million (USD).", "Part: $25 million"},
		{"How much did USAID give?", "$5 million", "Part: $20 million"},
	})
	// "$400 million through the Department of State's Bureau of
	// Population, Refugees, and Migration and $600 million through the
	// United States Agency for International Development's Bureau for
	// Humanitarian Assistance": each through its agency, named with its
	// department's possessive.
	split := "This assistance includes $400 million through the Department of State's Bureau of Population, Refugees, and Migration and $600 million through the United States Agency for International Development's Bureau for Humanitarian Assistance."
	r3 := &corpus.Release{ID: "us-unga", Title: "United States announces $1 billion in humanitarian assistance", Donors: []string{"United States"}, Year: 2024,
		Paragraphs: []string{"The United States announced $1 billion in humanitarian assistance.", split}}
	r3.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: r3.Paragraphs[0], Amount: amount("$1 billion", 1e9)},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: split, Amount: amount("$400 million", 400e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: split, Amount: amount("$600 million", 600e6)},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r3)), []wantNot{
		{"How much did PRM give?", "Part: $400 million (USD).", "Part: $600 million"},
		{"How much did USAID give?", "Part: $600 million (USD).", "Part: $400 million"},
	})
}

// TestTotalNamesPlaceByAnotherName: a total whose sentence names its one
// place by another of its names ("Gaza" for Palestine), beside a region
// that is only part of a minister's title ("... and the Pacific Pat
// Conroy"), answers for that place.
func TestTotalNamesPlaceByAnotherName(t *testing.T) {
	lead := "Minister for Foreign Affairs Penny Wong and for International Development and the Pacific Pat Conroy said that Australia will provide an additional 10 million Australian dollars in response to the humanitarian crisis in Gaza."
	r := &corpus.Release{ID: "au-gaza-2024", Title: "Australia announces more support", Donors: []string{"Australia"}, Year: 2024, Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "10 million Australian dollars", Value: 10e6, Currency: "AUD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "PSE", CountryName: "Palestine"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{{"/funding Palestine", "Palestine: 10 million Australian dollars (AUD), as stated.", "does not state"}})
}

// TestRestatedCurrencyNamesNoPlace: a restatement in another currency that
// is no fact of its own ("210 million yen (about 1.7 million U.S.
// dollars)") names no place beside the one the total's sentence gives.
func TestRestatedCurrencyNamesNoPlace(t *testing.T) {
	lead := "The Japanese government has decided to donate 210 million yen (about 1.7 million U.S. dollars) food aid to Cambodia through the World Food Program."
	r := &corpus.Release{ID: "wfp-japan-2007", Title: "Japan donates food aid", Donors: []string{"Japan"}, Recipient: "WFP", Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "210 million yen", Value: 210e6, Currency: "JPY"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "KHM", CountryName: "Cambodia"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{{"/funding Cambodia", "Cambodia: 210 million yen (JPY), as stated.", "does not state"}})
}

// TestGiverAskedIsNoDonor: a country asked about as the giver ("How much
// did the US give UNRWA?") that is no donor of the corpus, only named in
// another donor's release, gets "not a donor", never that release's total.
func TestGiverAskedIsNoDonor(t *testing.T) {
	lead := "Norway is giving NOK 125 million to UNRWA after the appeal."
	us := "The United States decided to pay 60 million dollars of its support."
	r := &corpus.Release{ID: "norway-unrwa", Title: "Norway gives NOK 125 million to UNRWA", Donors: []string{"Norway"}, Recipient: "UNRWA", Year: 2018,
		Paragraphs: []string{lead, us}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "NOK 125 million", Value: 125e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: us, Context: "other donor", Amount: &corpus.Amount{Stated: "60 million dollars", Value: 60e6, Currency: "USD"}},
		{Kind: corpus.KindActivity, Paragraph: 2, Sentence: us, Country: "USA", CountryName: "United States", Text: us},
	}
	e := newEngine(t, corpusOf(t, r))
	for _, q := range []string{"How much did the US give UNRWA?", "How much did the USA give UNRWA?", "How much did the United States give UNRWA?"} {
		askWantNot(t, e, []wantNot{{q, "United States is not a donor in any release", "NOK 125 million"}})
	}
	askWantNot(t, e, []wantNot{{"How much did Norway give UNRWA?", "NOK 125 million", "not a donor"}})
}

// TestTotalNamesOnlyThePeople: a total "for Syrian refugees and host
// communities in Jordan and Lebanon" names Syria only as the refugees'
// home; where extraction found no destination there, "/funding Syria" does
// not show the total as Syria's and more places' together.
func TestTotalNamesOnlyThePeople(t *testing.T) {
	lead := "Finland will give EUR 40 million so that Syrian refugees and the host communities in Jordan and Lebanon get schools and clinics."
	work := "In Syria's neighbours the package pays for schooling of refugee children."
	r := &corpus.Release{ID: "finland-refugees", Title: "Finland gives EUR 40 million for Syrian refugees", Donors: []string{"Finland"}, Year: 2019,
		Paragraphs: []string{lead, work}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "EUR 40 million", Value: 40e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "JOR", CountryName: "Jordan"},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "LBN", CountryName: "Lebanon"},
		{Kind: corpus.KindActivity, Paragraph: 2, Sentence: work, Country: "SYR", CountryName: "Syria", Text: work},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Syria", "", "a release's total, for Syria and more places together"},
		{"/funding Jordan", "EUR 40 million", "\n\n\n"},
	})
}

// TestTotalForPlaceAndMore: a total whose own words give it to the place
// asked about and more places together ("in Chad and the region") is shown
// beside the part stated for the place, labelled so, and the part is never
// the only figure; a total for the place alone is unaffected.
func TestTotalForPlaceAndMore(t *testing.T) {
	lead := "Canada today announced about $64 million in new aid for Sudanese refugees and host communities in Chad and the region."
	part := "Of this, $20 million from the food reserve will feed about 300,000 refugees in Chad."
	r := &corpus.Release{ID: "canada-chad", Title: "Canada announces more aid for Sudanese refugees", Donors: []string{"Canada"}, Year: 2024,
		Paragraphs: []string{lead, part}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "about $64 million", Value: 64e6, Currency: "USD", Approximate: true}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: part, Country: "TCD", CountryName: "Chad", Amount: &corpus.Amount{Stated: "$20 million", Value: 20e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Sentence: part, Country: "TCD", CountryName: "Chad"},
	}
	alone := &corpus.Release{ID: "canada-chad-b", Title: "Canada announces aid for Chad", Donors: []string{"Canada"}, Year: 2023,
		Paragraphs: []string{"Canada today announced $9 million in new aid for refugees in Chad.", "Of this, $3 million will feed refugees in Chad."}}
	alone.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: alone.Paragraphs[0], Amount: &corpus.Amount{Stated: "$9 million", Value: 9e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: alone.Paragraphs[1], Country: "TCD", CountryName: "Chad", Amount: &corpus.Amount{Stated: "$3 million", Value: 3e6, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Canada give for Chad?", "for Chad and more places together; not stated for Chad alone: about $64 million", "\n\n\n"},
		{"How much did Canada give for Chad?", "Chad: $20 million", "\n\n\n"},
		{"/funding Chad", "about $64 million (USD) (a release's total, for Chad and more places together)", "\n\n\n"},
		{"/funding Chad", "$20 million", "\n\n\n"},
	})
	askWantNot(t, newEngine(t, corpusOf(t, alone)), []wantNot{
		{"How much did Canada give for Chad?", "$9 million", "more places together"},
		{"/funding Chad", "$9 million", "more places together"},
	})
	// A headline "for Chad" over a total whose own sentence gives some of
	// it to other countries: not Chad's alone.
	split := "The ministry will allocate a total of 12 million euros, of which 9 million will go to Chad and another 3 million to other countries in the region."
	headline := &corpus.Release{ID: "portugal-chad", Title: "Portugal allocates 12 million euros in aid for Chad", Donors: []string{"Portugal"}, Year: 2023,
		Paragraphs: []string{split}}
	headline.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: split, Amount: &corpus.Amount{Stated: "12 million euros", Value: 12e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: split, Country: "TCD", CountryName: "Chad", Amount: &corpus.Amount{Stated: "9 million", Value: 9e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: split, Country: "TCD", CountryName: "Chad"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, headline)), []wantNot{
		{"/funding Chad", "12 million euros (EUR) (a release's total, for Chad and more places together)", "for it alone"},
		{"/funding Chad", "9 million (EUR)", "\n\n\n"},
	})
}

// TestPlaceAndTheRegion: money whose own sentence gives it to the place
// "and the region" or "and its neighbouring countries" is for the place
// and more places together, even under a headline naming the place alone,
// and a part so stated is labelled so.
func TestPlaceAndTheRegion(t *testing.T) {
	lead := "Austria has pledged EUR 20 million to UNICEF for children in Yemen and the region."
	r := &corpus.Release{ID: "austria-yemen", Title: "Austria gives EUR 20 million for Yemen", Donors: []string{"Austria"}, Year: 2022,
		Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "EUR 20 million", Value: 20e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "YEM", CountryName: "Yemen"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Yemen", "for Yemen and more places together", "for it alone"},
	})
	total := "Portugal will give EUR 30 million to crises in Africa and Asia this year."
	part := "Most of it goes to Iraq and its neighbouring countries, which will get EUR 12 million through aid groups."
	p := &corpus.Release{ID: "portugal-crises", Title: "Portugal gives EUR 30 million to crises", Donors: []string{"Portugal"}, Year: 2022,
		Paragraphs: []string{total, part}}
	p.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: total, Amount: &corpus.Amount{Stated: "EUR 30 million", Value: 30e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: part, Country: "IRQ", CountryName: "Iraq", Amount: &corpus.Amount{Stated: "EUR 12 million", Value: 12e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Sentence: part, Country: "IRQ", CountryName: "Iraq"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, p)), []wantNot{
		{"/funding Iraq", "EUR 12 million (for Iraq and more places together)", "\n\n\n"},
	})
}

// TestTopicNamedByAPart: a topic the question names ("Ebola") that one
// part's sentence names, and the total's does not, is answered with that
// part, not the total for several crises; where the total's sentence names
// the topic, the total answers.
func TestTopicNamedByAPart(t *testing.T) {
	lead := "The government decided today to give an additional EUR 30 million, to be shared equally between these two crises."
	part := "Having already sent EUR 5 million to fight the cholera outbreak, the government will release a further EUR 15 million."
	r := &corpus.Release{ID: "austria-cholera-sudan", Title: "Cholera and Sudan: Austria gives EUR 30 million more", Donors: []string{"Austria"}, Year: 2024,
		Paragraphs: []string{lead, part}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "EUR 30 million", Value: 30e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Sentence: part, Amount: &corpus.Amount{Stated: "EUR 5 million", Value: 5e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: part, Amount: &corpus.Amount{Stated: "EUR 15 million", Value: 15e6, Currency: "EUR"}},
	}
	named := &corpus.Release{ID: "austria-cholera", Title: "Austria gives EUR 8 million more", Donors: []string{"Austria"}, Year: 2023,
		Paragraphs: []string{"Austria will give EUR 8 million to fight the cholera outbreak in Malawi.", "Of this, EUR 2 million goes to cholera vaccines."}}
	named.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: named.Paragraphs[0], Amount: &corpus.Amount{Stated: "EUR 8 million", Value: 8e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: named.Paragraphs[1], Amount: &corpus.Amount{Stated: "EUR 2 million", Value: 2e6, Currency: "EUR"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{{"How much did Austria give for Cholera?", "Part: EUR 15 million", "Total, Austria"}})
	askWantNot(t, newEngine(t, corpusOf(t, named)), []wantNot{{"How much did Austria give for Cholera?", "EUR 8 million", "\n\n\n"}})
}

// TestPurposeOnlyTheTitleNames: a purpose ("the earthquake") that only a
// release's title names finds the release, and its total answers when no
// part names the purpose; a release that names it nowhere is not
// answered for it.
func TestPurposeOnlyTheTitleNames(t *testing.T) {
	lead := "A further £12 million to fund more shelter and food was today announced by the Secretary."
	r := &corpus.Release{ID: "uk-quake", Title: "Nepal earthquake: UK pledges £12 million more for relief", Donors: []string{"United Kingdom"}, Year: 2015,
		Paragraphs: []string{lead, "The money will buy tents and blankets before the monsoon."}}
	r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "£12 million", Value: 12e6, Currency: "GBP"}}}
	other := &corpus.Release{ID: "uk-floods", Title: "UK gives £3 million for floods", Donors: []string{"United Kingdom"}, Year: 2016,
		Paragraphs: []string{"The UK gives £3 million for families hit by floods."}}
	other.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: other.Paragraphs[0], Amount: &corpus.Amount{Stated: "£3 million", Value: 3e6, Currency: "GBP"}}}
	askWantNot(t, newEngine(t, corpusOf(t, r, other)), []wantNot{
		{"How much did the UK give for the earthquake?", "£12 million", "£3 million"},
		{"How much did the UK give for the earthquake?", "Total, United Kingdom", "does not hold"},
	})
}

// TestGiverNotInCorpusBesidePlace: a country asked about as the giver
// ("How much did Denmark give for Yemen?") that is no release's donor is
// said to be none, never answered with other donors' figures for the
// place the question also names.
func TestGiverNotInCorpusBesidePlace(t *testing.T) {
	lead := "Kuwait announced the decision to allocate $100 million to help the people of Yemen."
	r := &corpus.Release{ID: "kuwait-yemen", Title: "Kuwait gives $100 million for Yemen", Donors: []string{"Kuwait"}, Year: 2015, Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "$100 million", Value: 100e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "YEM", CountryName: "Yemen"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Denmark give for Yemen?", "Denmark is not a donor in any release", "$100 million"},
		{"How much did Kuwait give for Yemen?", "$100 million", "not a donor"},
	})
}

// TestAgencyNamedForEarlierFunding: a part whose sentence names the
// donor's agency only for what it funded before ("... already being funded
// by DFID through the UN") is not the agency's money when the agency is
// asked about.
func TestAgencyNamedForEarlierFunding(t *testing.T) {
	lead := "A further £12 million for flood relief was today announced by the International Development Secretary."
	part := "£4 million for boats, which are in addition to the six boats already being funded by DFID through the UN and the Red Cross;"
	r := &corpus.Release{ID: "uk-floods", Title: "Floods: UK pledges £12 million more", Donors: []string{"United Kingdom"}, Recipient: "Red Cross", Year: 2010,
		Paragraphs: []string{lead, part}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "£12 million", Value: 12e6, Currency: "GBP"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: part, Amount: &corpus.Amount{Stated: "£4 million", Value: 4e6, Currency: "GBP"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{{"How much did DFID give?", "does not state a separate amount for DFID", "£4 million"}})
}

// TestAgencyNamedWithoutAmount: a release whose text names the donor's
// agency as the one giving, with no amount of its own, answers a question
// about the agency with the donor's total, labelled as such; an agency the
// text names only for what it funded before still gets "no separate
// amount".
func TestAgencyNamedWithoutAmount(t *testing.T) {
	lead := "The initiative, supported by a US$12 million grant for three years, will strengthen health security in five countries."
	partner := "The Korea International Cooperation Agency (KOICA) signed the agreement with WHO on Tuesday."
	r := &corpus.Release{ID: "who-korea-2019", Title: "Republic of Korea launches a health security initiative with WHO", Donors: []string{"South Korea"}, Recipient: "WHO", Year: 2019,
		Paragraphs: []string{lead, partner}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "US$12 million", Value: 12e6, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did KOICA give WHO?", "US$12 million (USD), as stated in “Republic of Korea launches a health security initiative with WHO” (2019) (the release names KOICA but states no amount of its own: this is the donor's total)", "does not state a separate amount"},
	})
}

// TestNoTotalPartsNotTheRecipients: a release with no total whose one
// recipient the title does not name gives that recipient no part its
// sentence does not name; when the title names it, its parts are its.
func TestNoTotalPartsNotTheRecipients(t *testing.T) {
	match := "The federal government is now committing to match up to $8 million in individual contributions to aid organizations working in Lebanon."
	release := func(title string) *corpus.Release {
		r := &corpus.Release{ID: "canada-lebanon-" + strings.ToLower(strings.Fields(title)[1]), Title: title, Donors: []string{"Canada"}, Recipient: "Lebanese Red Cross", Year: 2020, Paragraphs: []string{match}}
		r.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Sentence: match, Country: "LBN", CountryName: "Lebanon", Amount: &corpus.Amount{Stated: "up to $8 million", Value: 8e6, Currency: "CAD", Approximate: true}}}
		return r
	}
	askWantNot(t, newEngine(t, corpusOf(t, release("Canada increases matching fund for Beirut aid"))), []wantNot{
		{"How much did Canada give the Lebanese Red Cross?", "does not state a separate amount", "up to $8 million (CAD)"},
	})
	askWantNot(t, newEngine(t, corpusOf(t, release("Canada's matching fund for the Lebanese Red Cross grows"))), []wantNot{
		{"How much did Canada give the Lebanese Red Cross?", "up to $8 million (CAD)", "does not state a separate amount"},
	})
}

// TestOrganisationNotFunded checks that a question naming an organisation
// fundbot does not know as a recipient gets no figure from a release that
// names it only beside the money (a partner, a body a fund's money
// reaches), and the release's figure when a sentence stating money names
// it. Every figure here is made up.
func TestOrganisationNotFunded(t *testing.T) {
	amount := func(stated string, v float64, cur string) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: cur}
	}
	fund := &corpus.Release{ID: "alpine-fund", Title: "Earthquake: Switzerland pays more into UN fund", Donors: []string{"Switzerland"}, Year: 2023,
		Paragraphs: []string{
			"After the earthquake in Nepal, Switzerland is paying more into a UN relief fund. The Swiss contribution now amounts to CHF 2.6 million.",
			"The SDC has already paid CHF 1.1 million into the Nepal Humanitarian Fund.",
			"Some of the money will reach international financial institutions such as the Asian Development Bank.",
		}}
	fund.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("CHF 2.6 million", 2.6e6, "CHF")},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Amount: amount("CHF 1.1 million", 1.1e6, "CHF")},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "NPL", CountryName: "Nepal"},
	}
	partner := &corpus.Release{ID: "unfpa-norway", Title: "Norway backs UNFPA in Gaza", Donors: []string{"Norway"}, Recipient: "UNFPA", Year: 2016,
		Paragraphs: []string{
			"Norway is giving USD 410,000 to UNFPA for women in Gaza.",
			"UNFPA works with the Gaza Ministry of Social Development. Dr. Smith signed for the Al Noor Charity Foundation.",
		}}
	partner.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "UNFPA", Amount: amount("USD 410,000", 410e3, "USD")},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "PSE", CountryName: "State of Palestine"},
	}
	e := newEngine(t, corpusOf(t, fund, partner))
	askWantNot(t, e, []wantNot{
		{"How much did Switzerland give the Asian Development Bank?", "does not state a separate amount for the Asian Development Bank", "CHF 2.6 million"},
		{"How much did Switzerland give the Asian Development Bank?", "such as the Asian Development Bank", "CHF 1.1"},
		{"How much did Switzerland give the Nepal Humanitarian Fund?", "CHF 2.6 million", "does not state"},
		{"How much did Norway give to the Gaza Ministry of Social Development?", "does not state a separate amount for the Gaza Ministry of Social Development", "USD 410,000"},
		{"How much did Norway give the Al Noor Charity Foundation?", "Dr. Smith signed for the Al Noor Charity Foundation.", "USD 410,000"},
		{"How much did Norway give UNFPA?", "USD 410,000", "does not state"},
	})
}

// TestPartOfAPlacesTotal: a part of a total that is for one place alone,
// stated for that place too, is shown as a part of it, never as a second
// figure beside it. The figures are made up.
func TestPartOfAPlacesTotal(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	r := &corpus.Release{ID: "japan-laos", Title: "Japan signs USD 2.5 million grant for Laos", Donors: []string{"Japan"}, Year: 2022,
		Recipients: []string{"WFP", "UNICEF"},
		Paragraphs: []string{"Japan signed Emergency Grant Aid of USD 2.5 million for Laos with WFP and UNICEF.",
			"It delivers food worth USD 2 million through WFP, and nutrition worth USD 0.5 million through UNICEF for the people of Laos."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("USD 2.5 million", 2.5e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "LAO", CountryName: "Laos"},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: amount("USD 2 million", 2e6), Sector: "food assistance"},
		{Kind: corpus.KindAmount, Paragraph: 2, Amount: amount("USD 0.5 million", 0.5e6), Recipient: "UNICEF", Country: "LAO", CountryName: "Laos"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Laos", "Laos: USD 2.5 million; USD 0.5 million of it for UNICEF, as stated.", "USD 2.5 million; USD 0.5 million,"},
	})
}

// TestWholeGivingAsked: a question for the donor's total aid, response or
// support is answered by the gift, and in the same line by the running sum
// the release states beside it.
func TestWholeGivingAsked(t *testing.T) {
	r := &corpus.Release{
		ID: "iraq-eu", Title: "EU releases €60 million more for Iraq", Donors: []string{"European Union"}, Year: 2003,
		Paragraphs: []string{
			"The Commission has decided to release a further €60 million for Iraq.",
			"With the funds announced before, its humanitarian response for Iraq now totals €90 million.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "€60 million", Value: 60e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "IRQ", CountryName: "Iraq"},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "cumulative", Amount: &corpus.Amount{Stated: "€90 million", Value: 90e6, Currency: "EUR"}},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"total_response", "What is the EU's total humanitarian response for Iraq?", []string{"€60 million", "it also states €90 million as context (cumulative)"}, nil},
		{"gift_only", "How much did the EU give for Iraq?", []string{"€60 million"}, []string{"€90 million"}},
	})
}

// TestPossessiveDonorName: a donor's name in the possessive ("Qatar
// Charity's contribution") is the donor, not a topic the releases must
// mention.
func TestPossessiveDonorName(t *testing.T) {
	r := &corpus.Release{
		ID: "unhcr-qc", Title: "Qatar Charity gives UNHCR QAR 3 million", Donors: []string{"Qatar Charity"}, Recipient: "UNHCR", Year: 2020,
		Paragraphs: []string{"Qatar Charity has given QAR 3 million to UNHCR for refugees in Chad."},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "QAR 3 million", Value: 3e6, Currency: "QAR"}},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"possessive", "How much is Qatar Charity's contribution?", []string{"QAR 3 million"}, []string{"mentions"}},
	})
}

// TestUnknownAcronymAsked: money asked for an organisation by an acronym
// fundbot does not know ("goes to ZOA") gets no figure from a release that
// states none for it, only what the release says of it.
func TestUnknownAcronymAsked(t *testing.T) {
	r := &corpus.Release{
		ID: "nl-dra", Title: "Dutch government gives €10 million more for emergency aid", Donors: []string{"Netherlands"}, Year: 2019,
		Paragraphs: []string{
			"The Dutch government has allocated an extra €10 million for emergency aid through the Dutch Relief Alliance.",
			"ZOA, a member of the alliance, welcomed the decision.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "€10 million", Value: 10e6, Currency: "EUR"}},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"acronym", "How much of the extra money goes to ZOA?", []string{"does not state a separate amount for ZOA", "welcomed the decision"}, []string{"Total"}},
		{"donor", "How much did the Netherlands give?", []string{"€10 million"}, nil},
	})
}

// TestAskedForIsAppeal: "How much did X ask for?" and "How much does X
// need?" ask for the appeal a release states, not its gift.
func TestAskedForIsAppeal(t *testing.T) {
	r := &corpus.Release{
		ID: "wfp-no", Title: "Norway gives WFP NOK 50 million for Sudan", Donors: []string{"Norway"}, Recipient: "WFP", Year: 2024,
		Paragraphs: []string{
			"Norway has given NOK 50 million to WFP for Sudan.",
			"WFP has appealed for USD 300 million for its Sudan operation.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "NOK 50 million", Value: 50e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "appeal", Amount: &corpus.Amount{Stated: "USD 300 million", Value: 300e6, Currency: "USD"}},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"ask_for", "How much did WFP ask for?", []string{"USD 300 million"}, nil},
		{"need", "How much does WFP need?", []string{"USD 300 million"}, nil},
	})
}

// TestDeficitIsAppeal: "What is X's deficit?" asks for the shortfall a
// release states (filed as an appeal), not its gift.
func TestDeficitIsAppeal(t *testing.T) {
	r := &corpus.Release{
		ID: "unhcr-se", Title: "Sweden gives UNHCR SEK 40 million", Donors: []string{"Sweden"}, Recipient: "UNHCR", Year: 2023,
		Paragraphs: []string{
			"Sweden has given SEK 40 million to UNHCR.",
			"UNHCR says its budget deficit stands at USD 90 million.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "SEK 40 million", Value: 40e6, Currency: "SEK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "appeal", Amount: &corpus.Amount{Stated: "USD 90 million", Value: 90e6, Currency: "USD"}},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"deficit", "What is UNHCR's deficit?", []string{"USD 90 million"}, nil},
	})
}

// TestTotalNamesPlaceFundsMore: a total whose words name the place asked
// about, in a release that funds another place too, is shown as for that
// place and more together, never as the place's own.
func TestTotalNamesPlaceFundsMore(t *testing.T) {
	r := &corpus.Release{
		ID: "jp-syr", Title: "Emergency Grant Aid for the humanitarian situation in Syria", Donors: []string{"Japan"}, Year: 2016,
		Paragraphs: []string{
			"Japan decided to extend Emergency Grant Aid of 4 million US dollars to help the people of Syria.",
			"The aid also supports Syrian refugees and their hosts in Jordan.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "4 million US dollars", Value: 4e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "SYR", CountryName: "Syria"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "JOR", CountryName: "Jordan"},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"place_and_more", "How much did Japan give for Syria?", []string{"does not state a separate amount for Syria", "for Syria and more places together", "4 million US dollars"}, nil},
	})
}

// TestSharedTotalLeads: when the only figure covering the place asked
// about is a total for it and more places together, the answer's first
// line gives that figure with its scope, then says the place's own share
// is not stated; the figure is never the place's own, never divided.
func TestSharedTotalLeads(t *testing.T) {
	lead := "Norway is providing NOK 40 million in emergency aid to Mali and the neighbouring regions of Burkina Faso and Niger."
	r := &corpus.Release{ID: "no-sahel", Title: "Norway steps up emergency aid in the Sahel", Donors: []string{"Norway"}, Year: 2022,
		Paragraphs: []string{lead, "The funds go through UN agencies and the Red Cross."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "NOK 40 million", Value: 40e6, Currency: "NOK"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "MLI", CountryName: "Mali"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "BFA", CountryName: "Burkina Faso"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "NER", CountryName: "Niger"},
	}
	askFirstLine(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Norway give Mali?", "NOK 40 million, for Mali and more places together", "NOK 20 million"},
		{"How much did Norway give Mali?", "does not state a separate amount for Mali", "Mali: NOK"},
		{"How much did Norway give to Niger?", "for Niger and more places together", "NOK 13"},
		{"How much did Norway give to Niger?", "does not state a separate amount for Niger", "Niger: NOK"},
	})
}

// askFirstLine asks each question and checks the first line of its
// answer for want, and the whole answer for no not.
func askFirstLine(t *testing.T, e *Engine, cases []wantNot) {
	t.Helper()
	for _, tc := range cases {
		a, err := e.Answer(context.Background(), tc.q)
		if err != nil {
			t.Fatalf("Answer(%q): %v", tc.q, err)
		}
		first, _, _ := strings.Cut(a.Text, "\n")
		if !strings.Contains(first, tc.want) || strings.Contains(a.Text, tc.not) {
			t.Errorf("Answer(%q) = %q, want %q in its first line and no %q", tc.q, a.Text, tc.want, tc.not)
		}
	}
}

// TestPartAmongMore: a part whose own words name the country asked about
// in a list of more countries, and that states no place of its own, leads
// the answer as money for them together; a part whose words name no such
// list, a country named as no place funded, and a part with a country of
// its own, are not read so.
func TestPartAmongMore(t *testing.T) {
	split := "Of this, EUR 4 million goes to the IFRC for the cholera response in southern African countries including Malawi, Mozambique and Zambia, and EUR 1 million goes to WHO in Kenya."
	r := &corpus.Release{ID: "eu-cholera", Title: "EU releases cholera aid", Donors: []string{"European Union"}, Year: 2023,
		Paragraphs: []string{"The EU has released EUR 5 million to fight cholera.", split, "EUR 2 million is for training health workers, and EUR 3 million for Ghana and Togo.",
			"A further EUR 6 million helps refugees from Chad in Cameroon and Nigeria.", "Chad itself has had cases too."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "EUR 5 million", Value: 5e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "IFRC", Amount: &corpus.Amount{Stated: "EUR 4 million", Value: 4e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "WHO", Country: "KEN", CountryName: "Kenya", Amount: &corpus.Amount{Stated: "EUR 1 million", Value: 1e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Amount: &corpus.Amount{Stated: "EUR 2 million", Value: 2e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Amount: &corpus.Amount{Stated: "EUR 3 million", Value: 3e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "MWI", CountryName: "Malawi"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "MOZ", CountryName: "Mozambique"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "ZMB", CountryName: "Zambia"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "KEN", CountryName: "Kenya"},
		{Kind: corpus.KindDestination, Paragraph: 3, Country: "GHA", CountryName: "Ghana"},
		{Kind: corpus.KindDestination, Paragraph: 3, Country: "TGO", CountryName: "Togo"},
		{Kind: corpus.KindAmount, Paragraph: 4, Amount: &corpus.Amount{Stated: "EUR 6 million", Value: 6e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 4, Country: "CMR", CountryName: "Cameroon"},
		{Kind: corpus.KindDestination, Paragraph: 4, Country: "NGA", CountryName: "Nigeria"},
		{Kind: corpus.KindDestination, Paragraph: 5, Country: "TCD", CountryName: "Chad"},
	}
	askFirstLine(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did the EU give Mozambique?", "IFRC: EUR 4 million, for Mozambique and more places together", "Mozambique: EUR 4 million"},
		{"How much did the EU give Togo?", "Part: EUR 3 million, for Togo and more places together", "EUR 2 million, for Togo"},
		{"How much did the EU give Kenya?", "EUR 1 million", "more places together"},
		// Chad is the refugees' home, not a place funded.
		{"How much did the EU give Chad?", "does not state a separate amount for Chad", "more places together"},
		{"How much did the EU give Nigeria?", "EUR 6 million, for Nigeria and more places together", "Nigeria: EUR 6 million"},
		{"/funding Mozambique", "(a part, for Mozambique and more places together)", "\n\n\n"},
		{"/funding Togo", "Togo: EUR 3 million (a part, for Togo and more places together)", "Togo: EUR 2 million"},
		{"/funding Chad", "Chad", "more places together"},
	})
}

// TestPartWithOtherRecipients: a part with no recipient of its own whose
// own words give it to the recipient asked about and others ("and to
// several partner charities") leads the answer as theirs together; a
// recipient named only before the amount, or a part whose words name the
// recipient alone, is not read so.
func TestPartWithOtherRecipients(t *testing.T) {
	r := &corpus.Release{ID: "qa-yemen", Title: "Qatar gives $80 million for Yemen", Donors: []string{"Qatar"}, Recipients: []string{"WFP", "IOM"}, Year: 2019,
		Paragraphs: []string{
			"Qatar is giving $80 million to help people in Yemen.",
			"Of this, $50 million goes to WFP.",
			"UNICEF said Qatar also gives a further $30 million to the IOM and to several partner charities.",
		}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "$80 million", Value: 80e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "WFP", Amount: &corpus.Amount{Stated: "$50 million", Value: 50e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Amount: &corpus.Amount{Stated: "$30 million", Value: 30e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "YEM", CountryName: "Yemen"},
	}
	askFirstLine(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Qatar give the IOM?", "$30 million (USD), for IOM and more recipients together", "IOM: $30 million"},
		{"How much did Qatar give the IOM?", "does not state a separate amount for IOM", "Total, Qatar"},
		{"How much did Qatar give UNICEF?", "does not state", "more recipients together"},
		{"How much did Qatar give WFP?", "$50 million", "more recipients together"},
	})
}

// TestAgencyForms: an agency asked about by one of its names is looked for
// by all of them.
func TestAgencyForms(t *testing.T) {
	got := agencyForms([]string{"Kuwait Fund"})
	for _, want := range []string{"Kuwait Fund", "Kuwait Fund for Arab Economic Development", "KFAED"} {
		if !slices.Contains(got, want) {
			t.Errorf("agencyForms(Kuwait Fund) = %q, want %q among them", got, want)
		}
	}
	if got := agencyForms([]string{"USAID"}); slices.Contains(got, "PRM") {
		t.Errorf("agencyForms(USAID) = %q: PRM is another body", got)
	}
}

// TestUnplacedPartOfAOneDestinationRelease: a part naming no place, in a
// release whose only destination is the place asked about, answers for
// it even when the total's own sentence names no place.
func TestUnplacedPartOfAOneDestinationRelease(t *testing.T) {
	r := &corpus.Release{
		ID: "se-sdn", Title: "SEK 80 million in humanitarian support", Donors: []string{"Sweden"}, Recipients: []string{"OCHA", "Mercy Corps"}, Year: 2023,
		Paragraphs: []string{
			"Sweden is providing SEK 80 million in humanitarian support through OCHA and Mercy Corps.",
			"The support goes to people hit by the war in Sudan.",
			"Mercy Corps will be allocated SEK 20 million for its food security programme.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "SEK 80 million", Value: 80e6, Currency: "SEK"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "SDN", CountryName: "Sudan"},
		{Kind: corpus.KindAmount, Paragraph: 3, Recipient: "Mercy Corps", Amount: &corpus.Amount{Stated: "SEK 20 million", Value: 20e6, Currency: "SEK"}},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"recipient_in_the_place", "How much did Sweden give Mercy Corps in Sudan?", []string{"SEK 20 million"}, nil},
	})
}

// TestMonthAsked: a month asked about narrows: a release of another month
// answers only with what its sentences state for that month; a donor
// government is also named by its capital.
func TestMonthAsked(t *testing.T) {
	r := &corpus.Release{
		ID: "kr-wfp", Title: "Korea gives WFP US$3 million for Ukraine", Donors: []string{"South Korea"}, Recipient: "WFP", Year: 2022, Published: "2022-06-03",
		Paragraphs: []string{
			"South Korea will provide US$3 million to WFP for its work in Ukraine.",
			"Seoul previously gave $1.5 million to WFP's Ukraine relief in March.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "US$3 million", Value: 3e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Amount: &corpus.Amount{Stated: "$1.5 million", Value: 1.5e6, Currency: "USD"}},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"another_month", "How much did Seoul give WFP in March?", []string{"$1.5 million", "context (earlier)"}, []string{"Total"}},
		{"its_month", "How much did South Korea give WFP in June?", []string{"US$3 million"}, nil},
		{"no_month", "How much did Seoul give WFP?", []string{"US$3 million"}, nil},
		{"a_month_nothing_is_stated_for", "How much did South Korea give WFP in October?", []string{"does not state"}, []string{"US$3 million", "$1.5 million"}},
	})
}

// TestCapitalAsPlace: a capital city named as where something happened
// ("in London", "at the meeting in Seoul") is no donor asked about; named
// as the one acting, it is its government.
func TestCapitalAsPlace(t *testing.T) {
	uk := &corpus.Release{
		ID: "uk-syria", Title: "Britain pledges £50 million for Syria", Donors: []string{"United Kingdom"}, Year: 2016,
		Paragraphs: []string{"Britain will give £50 million for people in Syria."},
		Facts:      []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Country: "SYR", CountryName: "Syria", Amount: &corpus.Amount{Stated: "£50 million", Value: 50e6, Currency: "GBP"}}},
	}
	no := &corpus.Release{
		ID: "no-syria", Title: "Norway pledges NOK 300 million for Syria at the London conference", Donors: []string{"Norway"}, Year: 2016,
		Paragraphs: []string{"Norway will give NOK 300 million for people in Syria, the minister said at the conference in London."},
		Facts:      []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Country: "SYR", CountryName: "Syria", Amount: &corpus.Amount{Stated: "NOK 300 million", Value: 300e6, Currency: "NOK"}}},
	}
	askAll(t, newEngine(t, corpusOf(t, uk, no)), []wantCase{
		{"where_the_pledge_was_made", "How much did Norway pledge for Syria in London?", []string{"NOK 300 million"}, []string{"£50 million"}},
		{"at_the_meeting_in", "How much did Norway pledge at the conference in London?", []string{"NOK 300 million"}, []string{"£50 million"}},
		{"the_capital_acting", "How much did London pledge for Syria?", []string{"£50 million"}, []string{"NOK 300 million"}},
	})
}

// TestShareOfAsksThePart: "How much of X's funding goes to Y?" is answered
// by Y's part alone; "How much did X announce for Y?" by the part and the
// total for Y and more places beside it.
func TestShareOfAsksThePart(t *testing.T) {
	r := &corpus.Release{
		ID: "ca-4", Title: "Canada announces aid for Nigeria, Somalia and Yemen", Donors: []string{"Canada"}, Year: 2017,
		Paragraphs: []string{
			"Canada will provide $100 million to respond to the crises in Nigeria, Somalia and Yemen.",
			"Of the fund, $30 million will go to Nigeria.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "$100 million", Value: 100e6, Currency: "CAD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "NGA", CountryName: "Nigeria"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "SOM", CountryName: "Somalia"},
		{Kind: corpus.KindAmount, Paragraph: 2, Country: "NGA", CountryName: "Nigeria", Amount: &corpus.Amount{Stated: "$30 million", Value: 30e6, Currency: "CAD"}},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"share_of", "How much of Canada's funding goes to Nigeria?", []string{"$30 million"}, []string{"$100 million"}},
		{"announce_for", "How much did Canada announce for Nigeria?", []string{"$30 million", "$100 million"}, nil},
	})
}

// TestRecipientOnlyInContext: a question naming a recipient for which the
// release states no gift, only money given to it before, is answered with
// that figure shown as context, never as the gift; a turnover or a plan
// stated for it is not shown, and a recipient with a gift of its own is
// answered by the gift alone.
func TestRecipientOnlyInContext(t *testing.T) {
	r := &corpus.Release{
		ID: "sulawesi-au", Title: "Australia gives $5 million for the Sulawesi earthquake", Donors: []string{"Australia"}, Recipient: "Indonesian Red Cross", Year: 2018,
		Paragraphs: []string{
			"Australia will provide a further $5 million to help Indonesia respond to the earthquake in Sulawesi.",
			"It comes after the Prime Minister announced an initial $500,000 for the Indonesian Red Cross.",
			"UNICEF, whose appeal for Indonesia stands at $12 million, will get $1 million of the package.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "$5 million", Value: 5e6, Currency: "AUD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "IDN", CountryName: "Indonesia"},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "Indonesian Red Cross", Context: "earlier", Amount: &corpus.Amount{Stated: "$500,000", Value: 5e5, Currency: "AUD"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Recipient: "UNICEF", Context: "appeal", Amount: &corpus.Amount{Stated: "$12 million", Value: 12e6, Currency: "AUD"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Recipient: "UNICEF", Amount: &corpus.Amount{Stated: "$1 million", Value: 1e6, Currency: "AUD"}},
	}
	for i := range r.Facts {
		r.Facts[i].Sentence = r.Paragraphs[r.Facts[i].Paragraph-1]
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"earlier_gift", "How much did Australia give the Indonesian Red Cross?", []string{"$500,000 as context (earlier), not as a gift"}, []string{"Total"}},
		{"own_gift", "How much did Australia give UNICEF?", []string{"$1 million"}, []string{"context", "$500,000"}},
		{"year_asked", "How much did Australia give the Indonesian Red Cross in 2018?", nil, []string{"$500,000"}},
	})
}

// TestEarlierMoneyOfAnotherPlace: in a release of several places, money
// given before whose sentence names another place than the one asked is
// not shown for it; for the place it names, it is, as context.
func TestEarlierMoneyOfAnotherPlace(t *testing.T) {
	r := &corpus.Release{
		ID: "sahel-eu", Title: "EU gives €100 million for the Sahel", Donors: []string{"European Union"},
		Paragraphs: []string{
			"The EU is giving €100 million for the Sahel: Nigeria will receive €30 million and Mauritania €5 million.",
			"Mauritania's allocation includes a reinforcement of €3 million allocated in January 2024 for Malian refugees.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "€100 million", Value: 100e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Country: "NGA", CountryName: "Nigeria", Amount: &corpus.Amount{Stated: "€30 million", Value: 30e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Country: "MRT", CountryName: "Mauritania", Amount: &corpus.Amount{Stated: "€5 million", Value: 5e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "NGA", CountryName: "Nigeria"},
		{Kind: corpus.KindDestination, Paragraph: 1, Country: "MRT", CountryName: "Mauritania"},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Year: 2024, Amount: &corpus.Amount{Stated: "€3 million", Value: 3e6, Currency: "EUR"}},
	}
	for i := range r.Facts {
		r.Facts[i].Sentence = r.Paragraphs[r.Facts[i].Paragraph-1]
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"another_place", "How much did the EU give Nigeria in 2024?", nil, []string{"€3 million"}},
		{"its_place", "How much did the EU give Mauritania in 2024?", []string{"€3 million as context (earlier)"}, nil},
	})
}

// TestTopicNamedBesideTheTotal: a question naming something fundbot knows
// as no place, donor or recipient ("Hunan", "Muslim Aid") finds the
// releases that name it; their total answers only when the title or the
// total's own sentence names it alone, never when it is one of a list or
// named in another sentence. Every figure here is made up.
func TestTopicNamedBesideTheTotal(t *testing.T) {
	amount := func(stated string, v float64, cur string) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: cur}
	}
	floods := &corpus.Release{ID: "china-floods", Title: "Foundation gives flood aid", Donors: []string{"China"}, Year: 2020,
		Paragraphs: []string{
			"The foundation donated 5 million yuan to flood-hit provinces, including Hunan, Jiangxi and Anhui.",
			"Part of the relief will be handed out by Muslim Aid volunteers.",
		}}
	floods.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: floods.Paragraphs[0], Amount: amount("5 million yuan", 5e6, "CNY")}}
	quake := &corpus.Release{ID: "china-quake", Title: "Quake relief", Donors: []string{"China"}, Year: 2021,
		Paragraphs: []string{"The foundation donated 2 million yuan for earthquake survivors in Yunnan."}}
	quake.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: quake.Paragraphs[0], Amount: amount("2 million yuan", 2e6, "CNY")}}
	camp := &corpus.Release{ID: "china-camp", Title: "Camp relief", Donors: []string{"China"}, Year: 2022,
		Paragraphs: []string{"The foundation donated 1 million yuan to sustain the refugee operations in Lu’an Camp."}}
	camp.Facts = []corpus.Fact{{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: camp.Paragraphs[0], Amount: amount("1 million yuan", 1e6, "CNY")}}
	e := newEngine(t, corpusOf(t, floods, quake, camp))
	askWantNot(t, e, []wantNot{
		{"How much did China give to Hunan?", "does not state a separate amount for Hunan", "Total, China, 2020: 5 million"},
		{"How much did China give to Hunan?", "it names Hunan but states no amount for it alone", "2 million yuan"},
		{"How much went to Muslim Aid?", "does not state a separate amount for Muslim Aid", "Total, China, 2020: 5 million"},
		{"How much did China give for Yunnan?", "Total, China, 2021: 2 million yuan", "does not state"},
		// Asked with a straight apostrophe, named with a curly one.
		{"How much did China give for Lu'an Camp?", "Total, China, 2022: 1 million yuan", "does not state"},
		{"How much went to Xinjiang?", "No release mentions “Xinjiang”.", "million"},
	})
}

// TestSectorContext: a question about what the release states only as the
// donor's other money (a row of its whole assistance) gets that figure as
// context, never as the gift; a row for another purpose in the same
// sentence is not shown for it. Every figure here is made up.
func TestSectorContext(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	rows := "(1) Relief goods: 0.6 million USD (2) Assistance through Japanese NGOs: 1.5 million USD"
	r := &corpus.Release{ID: "japan-typhoon", Title: "Emergency Grant Aid for the typhoon", Donors: []string{"Japan"}, Year: 2013,
		Paragraphs: []string{"Japan decided to add 20 million USD of Emergency Grant Aid for the Philippines.", rows}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: r.Paragraphs[0], Amount: amount("20 million USD", 20e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "other gift", Sentence: rows, Amount: amount("0.6 million USD", 6e5)},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "other gift", Sentence: rows, Amount: amount("1.5 million USD", 15e5)},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much is Japan giving through Japanese NGOs?", "states 1.5 million USD as context (other gift)", "0.6 million USD as context"},
		{"How much is Japan giving through Japanese NGOs?", "does not state a separate amount for NGOs", "Total, Japan"},
	})
}

// TestAgencyPartsWithoutTotal: a release with no total whose text names
// the donor's agency as the one giving answers "How much did KSrelief
// give UNICEF?" with its parts, said not to add up to a total, and names
// an agency the corpus writes two ways once. Every figure here is made
// up.
func TestAgencyPartsWithoutTotal(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	r := &corpus.Release{ID: "ksrelief-unicef", Title: "Three programmes for Yemen's children", Donors: []string{"Saudi Arabia"}, Recipient: "UNICEF", Year: 2020,
		Paragraphs: []string{
			"Saudi Arabia's King Salman Humanitarian Aid and Relief Centre (KSrelief) signed an agreement for three joint programmes with UNICEF on Monday.",
			"Some $2 million has been pledged to the first programme.",
			"The second $4 million programme pays for psychosocial support.",
		}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: r.Paragraphs[1], Amount: amount("$2 million", 2e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: r.Paragraphs[2], Amount: amount("$4 million", 4e6)},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did KSrelief give UNICEF?", "$4 million (USD)", "does not state a separate amount"},
		{"How much did KSrelief give UNICEF?", "the release does not state a total; these are not added up", "$6 million"},
		{"How much did Saudi Arabia give UNICEF?", "$4 million (USD)", "does not state a separate amount"},
	})
}

// TestContextStatedTwiceOnce: a running sum a release states twice in the
// same words is named once in the headline. Every figure here is made up.
func TestContextStatedTwiceOnce(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	r := &corpus.Release{ID: "korea-covid", Title: "Korea scales up COVID-19 aid", Donors: []string{"South Korea"}, Year: 2020,
		Paragraphs: []string{"Korea will provide about US$21 million more, in addition to about US$20 million so far.", "So far Korea has given about US$20 million to 42 countries."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: r.Paragraphs[0], Amount: amount("about US$21 million", 21e6)},
		{Kind: corpus.KindAmount, Paragraph: 1, Context: "cumulative", Sentence: r.Paragraphs[0], Amount: amount("about US$20 million", 20e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "cumulative", Sentence: r.Paragraphs[1], Amount: amount("about US$20 million", 20e6)},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much has Korea given so far?", "about US$20 million as context", "about US$20 million and about US$20 million"},
	})
}

// TestOrganisationNamedByAPart: an organisation fundbot does not know,
// named by one part's sentence, gets that part, not every part of the
// release. Every figure here is made up.
func TestOrganisationNamedByAPart(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "NOK"}
	}
	r := &corpus.Release{ID: "norway-ukraine-food", Title: "Norway supports food security in Ukraine", Donors: []string{"Norway"}, Recipient: "WFP", Year: 2023,
		Paragraphs: []string{"Norway has announced NOK 200 million for the World Food Programme.", "A further NOK 50 million goes to the Harvest Bank's Recovery Fund."}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Recipient: "WFP", Sentence: r.Paragraphs[0], Amount: amount("NOK 200 million", 2e8)},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: r.Paragraphs[1], Amount: amount("NOK 50 million", 5e7)},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Norway give the Harvest Bank's Recovery Fund?", "NOK 50 million", "NOK 200 million"},
	})
}

// TestPartOfACountryAsked: a place asked about by one part's name ("Gaza"
// for Palestine) is not answered by money whose sentence names another
// part only ("the Agency's work in Jordan, Lebanon, Syria and the West
// Bank"); asked by that other part, the total is for it and more places.
func TestPartOfACountryAsked(t *testing.T) {
	lead := "Germany is giving UNRWA EUR 45 million for the Agency's work in Jordan, Lebanon, Syria and the West Bank."
	later := "Further German support for UNRWA's operations in the Gaza Strip depends on an ongoing investigation."
	r := &corpus.Release{ID: "unrwa-germany-2024", Title: "Germany gives UNRWA EUR 45 million", Donors: []string{"Germany"}, Recipient: "UNRWA", Year: 2024,
		Paragraphs: []string{lead, later}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "EUR 45 million", Value: 45e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "JOR", CountryName: "Jordan"},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "LBN", CountryName: "Lebanon"},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "SYR", CountryName: "Syria"},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "PSE", CountryName: "Palestine"},
		{Kind: corpus.KindActivity, Paragraph: 2, Sentence: later, Country: "PSE", CountryName: "Palestine", Text: later},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Gaza", "does not state a separate amount for Gaza", "EUR 45 million (a release's total"},
		{"/funding Gaza", "Gaza Strip depends", "Palestine"},
		{"How much did Germany give UNRWA for Gaza?", "Gaza", "Total, Germany"},
		{"/funding West Bank", "West Bank: EUR 45 million (a release's total, for the West Bank and more places together)", "Gaza Strip"},
		{"/funding Palestine", "EUR 45 million", "does not state a separate amount for Gaza"},
	})
}

// TestWholeCountryAskedByPart: money a release gives to a country as a
// whole ("AED 50 million ... to Palestine") is not stated for one part of
// it asked by name ("Gaza"); money whose sentence names that part is.
func TestWholeCountryAskedByPart(t *testing.T) {
	whole := "The Emir has pledged AED 30 million in humanitarian aid to Palestine."
	w := &corpus.Release{ID: "uae-palestine", Title: "UAE gives AED 30 million to Palestine", Donors: []string{"United Arab Emirates"}, Year: 2023,
		Paragraphs: []string{whole}}
	w.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: whole, Amount: &corpus.Amount{Stated: "AED 30 million", Value: 30e6, Currency: "AED"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: whole, Country: "PSE", CountryName: "Palestine"},
	}
	named := "Chile has given $2 million for families in Gaza."
	g := &corpus.Release{ID: "chile-gaza", Title: "Chile gives $2 million for Gaza", Donors: []string{"Chile"}, Year: 2023,
		Paragraphs: []string{named}}
	g.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: named, Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: named, Country: "PSE", CountryName: "Palestine"},
	}
	e := newEngine(t, corpusOf(t, w, g))
	askWantNot(t, e, []wantNot{
		{"How much did the UAE give for Gaza?", "does not state a separate amount for Gaza", "Total, United Arab Emirates"},
		{"/funding Gaza", "$2 million", "AED 30 million,"},
		{"/funding Palestine", "AED 30 million", "does not state a separate amount"},
	})
}

// TestPartOfACountryByClause: a part whose own clause names one part of a
// country ("the remaining 15 million NOK will go to the ICRC for its work
// in Gaza") is not the other part's, though its sentence names that other
// part in another clause.
func TestPartOfACountryByClause(t *testing.T) {
	split := "Out of the NOK 40 million, 25 million will go to UNRWA for civilians in Gaza and the West Bank, while the remaining 15 million NOK will go to the ICRC for its work in Gaza."
	r := &corpus.Release{ID: "norway-opt", Title: "Norway gives NOK 40 million for Gaza and the West Bank", Donors: []string{"Norway"}, Year: 2024,
		Paragraphs: []string{split}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: split, Amount: &corpus.Amount{Stated: "NOK 40 million", Value: 40e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: split, Country: "PSE", CountryName: "Palestine", Recipient: "UNRWA", Amount: &corpus.Amount{Stated: "25 million", Value: 25e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: split, Country: "PSE", CountryName: "Palestine", Recipient: "ICRC", Amount: &corpus.Amount{Stated: "15 million NOK", Value: 15e6, Currency: "NOK"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding West Bank", "25 million", "15 million NOK of it"},
		{"/funding Gaza", "15 million", "\n\n\n"},
	})
}

// TestRecipientNotInThePartsClause: a part with no recipient of its own is
// not the recipient's that another clause of its sentence names ("Most of
// the aid goes to the Red Cross ... but €2m will pay for mine clearance").
func TestRecipientNotInThePartsClause(t *testing.T) {
	lead := "The Netherlands is giving €8m for relief in northern Syria."
	split := "Most of the aid will go to the Red Cross, which leads the relief work in the north, but €2m will pay for mine clearance."
	r := &corpus.Release{ID: "nl-syria", Title: "Dutch give €8m for northern Syria", Donors: []string{"Netherlands"}, Recipient: "Red Cross", Year: 2024,
		Paragraphs: []string{lead, split}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "€8m", Value: 8e6, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: split, Amount: &corpus.Amount{Stated: "€2m", Value: 2e6, Currency: "EUR"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did the Netherlands give the Red Cross?", "does not state a separate amount", "Red Cross: €2m"},
	})
}

// TestPlacelessPartNamingOtherPlaces: a part ingest tied to no place is
// not listed for the one place a release funds when the part's own
// sentence names other places ("The rest, US$35.6 million, is for
// Afghanistan and the Middle East").
func TestPlacelessPartNamingOtherPlaces(t *testing.T) {
	lead := "Japan will give UNICEF US$189.5 million for children in 35 countries."
	rest := "Most of the money goes to Africa; the rest, US$35.6 million, is earmarked for Afghanistan and five places in the Middle East."
	malaria := "For example, US$20 million will help UNICEF prevent malaria in 11 African countries."
	r := &corpus.Release{ID: "unicef-japan-2013", Title: "Japan pledges US$189.5 million to UNICEF", Donors: []string{"Japan"}, Recipient: "UNICEF", Year: 2013,
		Paragraphs: []string{lead, rest, malaria}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "US$189.5 million", Value: 189.5e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: rest, Amount: &corpus.Amount{Stated: "US$35.6 million", Value: 35.6e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: malaria, Region: "Africa", Amount: &corpus.Amount{Stated: "US$20 million", Value: 20e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 3, Sentence: malaria, Region: "Africa"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much for Africa?", "US$20 million", "US$35.6 million"},
		{"How much did Japan give UNICEF for Africa?", "US$20 million", "US$35.6 million"},
	})
}

// TestTitleOfAPlaceAndOtherRegions: a title naming one region "and other
// regions" does not make the total that region's alone, nor the parts
// stated for other places its parts.
func TestTitleOfAPlaceAndOtherRegions(t *testing.T) {
	lead := "The United Kingdom has pledged £61 million in humanitarian aid for people in Asia, Africa and the Middle East."
	me := "Of this, £22 million will go to programmes in the Middle East."
	more := "A further £34 million will support aid in Bangladesh, Mali and Somalia."
	wfp := "The package also includes £5 million for the World Food Programme."
	r := &corpus.Release{ID: "uk-61m", Title: "UK announces £61 million in humanitarian aid for Middle East, other regions", Donors: []string{"United Kingdom"}, Year: 2025,
		Paragraphs: []string{lead, me, more, wfp}}
	gbp := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "GBP"}
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: gbp("£61 million", 61e6)},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Region: "Asia"},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Region: "Africa"},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Region: "Middle East"},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: me, Region: "Middle East", Amount: gbp("£22 million", 22e6)},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: more, Amount: gbp("£34 million", 34e6)},
		{Kind: corpus.KindDestination, Paragraph: 3, Sentence: more, Country: "BGD", CountryName: "Bangladesh"},
		{Kind: corpus.KindDestination, Paragraph: 3, Sentence: more, Country: "MLI", CountryName: "Mali"},
		{Kind: corpus.KindDestination, Paragraph: 3, Sentence: more, Country: "SOM", CountryName: "Somalia"},
		{Kind: corpus.KindAmount, Paragraph: 4, Sentence: wfp, Recipient: "WFP", Amount: gbp("£5 million", 5e6)},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Middle East", "£22 million", "for it alone"},
		{"/funding Middle East", "more places together", "for it alone"},
		{"How much did the UK give for the Middle East?", "£22 million", "£34 million"},
		{"How much did the UK give for the Middle East?", "£22 million", "£5 million"},
	})
}

// TestMoneyThatGoesToAnAgencyInPart: a release whose one recipient gets
// the money only in part ("The funds, which will partially go to WFP")
// does not answer with its total when that recipient is asked about.
func TestMoneyThatGoesToAnAgencyInPart(t *testing.T) {
	lead := "WFP welcomes a pledge of US$500 million from the United Arab Emirates and Saudi Arabia for food aid in Yemen."
	part := "The funds, which will partially go to WFP, will cover shortfalls in the humanitarian response."
	r := &corpus.Release{ID: "wfp-uae-ksa", Title: "WFP welcomes US$500 million pledge for Yemen from the UAE and Saudi Arabia", Donors: []string{"United Arab Emirates", "Saudi Arabia"},
		Recipient: "WFP", Year: 2018, Paragraphs: []string{lead + " " + part}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "US$500 million", Value: 500e6, Currency: "USD"}},
		{Kind: corpus.KindActivity, Paragraph: 1, Sentence: part, Recipient: "WFP", Text: part},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did the UAE give WFP?", "does not state a separate amount for WFP", "Total, "},
		{"How much did the UAE give?", "US$500 million", "does not state"},
	})
}

// TestOrganisationNamedAsOneUse: a total "to meet the humanitarian needs
// in Gaza, including support for UNRWA" is not UNRWA's: asked about
// UNRWA, the release states no separate amount, and the total's label
// does not say it goes to UNRWA.
func TestOrganisationNamedAsOneUse(t *testing.T) {
	lead := "Qatar will provide $100 million to meet the humanitarian needs in Gaza, including support for UNRWA."
	r := &corpus.Release{ID: "qatar-gaza", Title: "Qatar pledges $100 million for Gaza", Donors: []string{"Qatar"}, Recipient: "UNRWA", Year: 2024,
		Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "$100 million", Value: 100e6, Currency: "USD"}},
		{Kind: corpus.KindActivity, Paragraph: 1, Sentence: lead, Recipient: "UNRWA", Country: "PSE", CountryName: "Palestine", Text: lead},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Qatar give UNRWA?", "does not state a separate amount for UNRWA", "Total, "},
		{"How much did Qatar give?", "Total, Qatar, 2024: $100 million", "to UNRWA"},
	})
}

// TestTopicBesideAPartOfNoTotal: a release with no total whose parts are
// for Myanmar and, right after a sentence on Tigray, for the ICRC answers
// a question about Tigray with the part named beside it, not both.
func TestTopicBesideAPartOfNoTotal(t *testing.T) {
	myanmar := "Australia will give an extra $4.5 million for the COVID-19 response in Myanmar."
	tigray := "Australia is also helping to ease the crisis in Tigray in northern Ethiopia."
	icrc := "Australia now gives a further $3 million to the ICRC."
	r := &corpus.Release{ID: "au-aid", Title: "Australia's humanitarian assistance", Donors: []string{"Australia"}, Year: 2021,
		Paragraphs: []string{myanmar, tigray + " " + icrc}}
	aud := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "AUD"}
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: myanmar, Country: "MMR", CountryName: "Myanmar", Amount: aud("$4.5 million", 4.5e6)},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: icrc, Country: "ETH", CountryName: "Ethiopia", Recipient: "ICRC", Amount: aud("$3 million", 3e6)},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Australia give for Tigray?", "$3 million", "$4.5 million"},
		{"How much did Australia give?", "$4.5 million", "Total"},
	})
}

// TestOrganisationNamedOnlyBesideContext: an organisation a release names
// only beside money that is no part of its gift (the rest of a larger sum
// given before) is not answered with the release's total.
func TestOrganisationNamedOnlyBesideContext(t *testing.T) {
	lead := "The United Kingdom on Friday announced an additional £8 million of aid for flood relief in Malawi."
	rest := "Out of £20 million aid from the UK, £16m has been allotted to the worst hit districts. The remaining £4 million will go directly to the Relief Alliance Malawi Appeal."
	r := &corpus.Release{ID: "uk-malawi", Title: "UK announces £8m more aid for Malawi", Donors: []string{"United Kingdom"}, Year: 2023,
		Paragraphs: []string{lead, rest}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "£8 million", Value: 8e6, Currency: "GBP"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "overall", Sentence: "Out of £20 million aid from the UK, £16m has been allotted to the worst hit districts.", Amount: &corpus.Amount{Stated: "£20 million", Value: 20e6, Currency: "GBP"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "overall", Sentence: "The remaining £4 million will go directly to the Relief Alliance Malawi Appeal.", Amount: &corpus.Amount{Stated: "£4 million", Value: 4e6, Currency: "GBP"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did the UK give to the Relief Alliance?", "does not state a separate amount for the Relief Alliance", "Total, United Kingdom"},
	})
}

// TestOfficeRegionInTheTotalsSentence: the region an organisation's office
// covers, named in the total's sentence ("the ... (IFRC) in the Middle East
// and North Africa, to help refugees in Chad"), does not make the total
// one for Chad and more places.
func TestOfficeRegionInTheTotalsSentence(t *testing.T) {
	lead := "The Kuwait Red Crescent Society signed a $2 million agreement with the International Federation of Red Cross and Red Crescent Societies (IFRC) in the Middle East and North Africa, to help refugees in Chad."
	r := &corpus.Release{ID: "krcs-chad", Title: "Kuwait Red Crescent signs $2 million agreement", Donors: []string{"Kuwait"}, Recipient: "IFRC", Year: 2024,
		Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "TCD", CountryName: "Chad"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Chad", "Chad: $2 million (USD), as stated", "more places together"},
	})
}

// TestAlreadyAndBeforeAskEarlierMoney: "already" and "before" ask for what
// a donor gave before this release, as "previously" does: the earlier
// gift answers, not the new one, nor other kinds of context.
func TestAlreadyAndBeforeAskEarlierMoney(t *testing.T) {
	r := &corpus.Release{
		ID: "no-famine", Title: "Norway adds money to fight hunger", Donors: []string{"Norway"}, Year: 2024, Published: "2024-05-02",
		Paragraphs: []string{
			"Norway is giving a further NOK 90 million to fight hunger in East Africa.",
			"Norway had provided NOK 260 million for the region earlier in the year.",
			"The UN has asked for NOK 9 billion for the region, and other donors have given NOK 2 billion.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "NOK 90 million", Value: 90e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "earlier", Amount: &corpus.Amount{Stated: "NOK 260 million", Value: 260e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Context: "appeal", Amount: &corpus.Amount{Stated: "NOK 9 billion", Value: 9e9, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Context: "other donor", Amount: &corpus.Amount{Stated: "NOK 2 billion", Value: 2e9, Currency: "NOK"}},
	}
	// Only the kind of context asked for: not the appeal, nor other
	// donors' money.
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"already", "How much had Norway already provided?", []string{"NOK 260 million"}, []string{"NOK 90 million", "NOK 9 billion", "NOK 2 billion"}},
		{"before", "How much did Norway give before?", []string{"NOK 260 million"}, []string{"NOK 90 million", "NOK 9 billion", "NOK 2 billion"}},
		{"the_appeal", "How much did the UN ask for?", []string{"NOK 9 billion"}, []string{"NOK 260 million"}},
		{"the_gift", "How much did Norway give?", []string{"NOK 90 million"}, nil},
	})
}

// TestPlaceRowNamesRecipient: a part for a place that one recipient gets
// (a breakdown's row "Niger / UNHCR: 3.2 million") names that recipient in
// the /funding line, so it never reads as the place's whole figure.
func TestPlaceRowNamesRecipient(t *testing.T) {
	lead := "Japan decided to extend Emergency Grant Aid of 20 million US dollars to Mali and neighbouring countries."
	rows := "Niger UNHCR: 3.2 million UNICEF: 1.8 million"
	r := &corpus.Release{ID: "japan-sahel", Title: "Emergency Grant Aid for the Sahel", Donors: []string{"Japan"}, Year: 2022,
		Paragraphs: []string{lead, rows}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "20 million US dollars", Value: 20e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: rows, Country: "NER", CountryName: "Niger", Recipient: "UNHCR", Amount: &corpus.Amount{Stated: "3.2 million", Value: 3.2e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: rows, Country: "NER", CountryName: "Niger", Recipient: "UNICEF", Amount: &corpus.Amount{Stated: "1.8 million", Value: 1.8e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "MLI", CountryName: "Mali"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Niger", "3.2 million (USD) to UNHCR", "\n\n\n"},
		{"/funding Niger", "1.8 million (USD) to UNICEF", "\n\n\n"},
	})
}

// TestTotalRestatedWithMorePlaces: a total stated for one country, that a
// later paragraph names again for it and other countries, is never shown
// as that country's alone, even where no destination was found there.
func TestTotalRestatedWithMorePlaces(t *testing.T) {
	lead := "Austria has stepped up its aid to Mali with 12 million euros for the government."
	again := "The embassy said the 12 million euros are for the north and the border areas of Niger and Burkina Faso."
	r := &corpus.Release{ID: "austria-mali", Title: "Austria gives 12m euros for humanitarian aid", Donors: []string{"Austria"}, Year: 2020,
		Paragraphs: []string{lead, again}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "12 million euros", Value: 12e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "MLI", CountryName: "Mali"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Mali", "12 million euros", "for it alone"},
	})
	// Another sentence of a paragraph that restates it, about another
	// country, says nothing of where the total goes.
	news := "Next month Niger holds an election. Austria is now giving an additional 12 million euros for relief in Mali."
	q := &corpus.Release{ID: "austria-mali-2", Title: "Austria gives 12m euros for Mali", Donors: []string{"Austria"}, Year: 2021,
		Paragraphs: []string{lead, news}}
	q.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "12 million euros", Value: 12e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "MLI", CountryName: "Mali"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, q)), []wantNot{
		{"/funding Mali", "Mali: 12 million euros", "does not state a separate amount"},
	})
}

// TestPartOfAnotherYear: a part a release states for another year than
// the one asked is no part of that year's money, though the release is of
// the year asked.
func TestPartOfAnotherYear(t *testing.T) {
	r := &corpus.Release{
		ID: "no-list", Title: "Pledges for Ruritania", Donors: []string{"Norway"}, Year: 2016,
		Paragraphs: []string{"2016: $278 million", "2017-2020: $881 million"},
		Facts: []corpus.Fact{
			{Kind: corpus.KindAmount, Paragraph: 1, Sentence: "2016: $278 million", Year: 2016, Amount: &corpus.Amount{Stated: "$278 million", Value: 278e6, Currency: "USD"}},
			{Kind: corpus.KindAmount, Paragraph: 2, Sentence: "2017-2020: $881 million", Year: 2017, Amount: &corpus.Amount{Stated: "$881 million", Value: 881e6, Currency: "USD"}},
		},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"the_release_year", "How much did Norway pledge in 2016?", []string{"$278 million"}, []string{"$881 million"}},
		{"the_later_year", "How much did Norway pledge in 2017?", []string{"$881 million"}, []string{"$278 million"}},
		{"no_year", "How much did Norway pledge?", []string{"$278 million", "$881 million"}, nil},
	})
}

// TestFiscalYearAsked: "FY2017" in a question is the year 2017, and "since
// FY2017" asks for the sum since then.
func TestFiscalYearAsked(t *testing.T) {
	r := &corpus.Release{
		ID: "us-4", Title: "The United States announces $400 million more for four crises", Donors: []string{"United States"}, Year: 2017,
		Paragraphs: []string{"The United States announced $400 million more in humanitarian aid for four crises, bringing its aid for them to $2 billion since the start of Fiscal Year 2017."},
		Facts: []corpus.Fact{
			{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "$400 million", Value: 400e6, Currency: "USD"}},
			{Kind: corpus.KindAmount, Paragraph: 1, Context: "cumulative", Amount: &corpus.Amount{Stated: "$2 billion", Value: 2e9, Currency: "USD"}},
		},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"in_a_fiscal_year", "How much did the US give in FY2017?", []string{"$400 million"}, []string{"mentions"}},
		{"since_a_fiscal_year", "How much has the US given for these crises since FY2017?", []string{"$2 billion"}, []string{"mentions"}},
		{"another_fiscal_year", "How much did the US give in FY2015?", []string{"2015"}, []string{"$400 million"}},
	})
}

// TestRecipientThanksDonors: a recipient's release thanking several donors,
// each with its own amount and no total, answers "How much did X give
// RECIPIENT?" with X's amount.
func TestRecipientThanksDonors(t *testing.T) {
	r := &corpus.Release{
		ID: "wfp-thanks", Title: "WFP thanks donors for their help in Haiti", Donors: []string{"Japan", "Canada"}, Recipient: "WFP",
		Paragraphs: []string{"Donors have given WFP almost $40 million for Haiti.", "The Japanese government gave $9 million and Canada $6 million."},
		Facts: []corpus.Fact{
			{Kind: corpus.KindAmount, Paragraph: 1, Context: "overall", Country: "HTI", CountryName: "Haiti", Amount: &corpus.Amount{Stated: "almost $40 million", Value: 40e6, Currency: "USD", Approximate: true}},
			{Kind: corpus.KindDestination, Paragraph: 1, Country: "HTI", CountryName: "Haiti"},
			{Kind: corpus.KindAmount, Paragraph: 2, Donor: "Japan", Amount: &corpus.Amount{Stated: "$9 million", Value: 9e6, Currency: "USD"}},
			{Kind: corpus.KindAmount, Paragraph: 2, Donor: "Canada", Amount: &corpus.Amount{Stated: "$6 million", Value: 6e6, Currency: "USD"}},
		},
	}
	askAll(t, newEngine(t, corpusOf(t, r)), []wantCase{
		{"the_recipient_named", "How much did Japan give WFP?", []string{"Japan: $9 million"}, []string{"Canada: $6 million", "does not state"}},
		{"another_recipient", "How much did Japan give UNICEF?", nil, []string{"$9 million"}},
	})
}

// TestSeaNamesNoCountry: a country's name inside a sea's or an ocean's
// ("the Indian Ocean tsunami", "the South China Sea") does not name the
// country: a total for the tsunami's victims is not shown as for India
// and more places because of the ocean's name, whether or not India is
// among the places funded. Names and figures are invented.
func TestSeaNamesNoCountry(t *testing.T) {
	amount := func(stated string, v float64) *corpus.Amount {
		return &corpus.Amount{Stated: stated, Value: v, Currency: "USD"}
	}
	tsunami := &corpus.Release{ID: "foundations-tsunami", Title: "Two foundations give $4 million in tsunami relief", Donors: []string{"Oakley Foundation"}, Year: 2005,
		Paragraphs: []string{"The Oakley Foundation has announced grants of $4 million to groups helping survivors of the Indian Ocean tsunami.",
			"A $2 million grant goes to work in Sri Lanka, India and the Maldives."}}
	tsunami.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: amount("$4 million", 4e6)},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "LKA", CountryName: "Sri Lanka"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "IND", CountryName: "India"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "MDV", CountryName: "Maldives"},
	}
	sea := &corpus.Release{ID: "ifrc-korea-typhoon", Title: "Korea gives $3 million after the typhoon", Donors: []string{"South Korea"}, Recipient: "IFRC", Year: 2019,
		Paragraphs: []string{"Korea gives $3 million to the IFRC for islands struck by a typhoon that formed over the South China Sea.",
			"The money goes to the Philippines and Vietnam."}}
	sea.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Recipient: "IFRC", Amount: amount("$3 million", 3e6)},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "PHL", CountryName: "Philippines"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "VNM", CountryName: "Vietnam"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "CHN", CountryName: "China"},
	}
	e := newEngine(t, corpusOf(t, tsunami, sea))
	askWantNot(t, e, []wantNot{
		{"/funding India", "does not state a separate amount for India", "for India and more places together"},
		{"/funding China", "does not state a separate amount for China", "for China and more places together"},
	})
}

// TestOtherGiftsBesideAnUndatedLoan: a release of no year whose total is
// a loan, with the giver's standing commitments told as other gifts and
// a sum of the loan and older money: a question on how often ("each
// year") finds the yearly commitment, one naming the year its own clause
// names finds that commitment, and "come to together" asks for the sum.
func TestOtherGiftsBesideAnUndatedLoan(t *testing.T) {
	lead := "This week Denmark offered the agency a DKK 40 million loan to tide it over."
	sum := "Taken with the deferred repayments, the sum comes to DKK 90 million."
	beside := "This is on top of two standing commitments: the DKK 25 million Denmark pays every year towards the agency's headquarters, and DKK 12 million set aside for its river fleet in 2024."
	r := &corpus.Release{ID: "denmark-wfp-loan", Title: "Denmark lends to food agency", Donors: []string{"Denmark"}, Recipient: "WFP",
		Paragraphs: []string{"Falling donations have left the World Food Programme short of money. " + lead, sum + " " + beside}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Total: true, Amount: &corpus.Amount{Stated: "DKK 40 million", Value: 4e7, Currency: "DKK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: sum, Context: "cumulative", Amount: &corpus.Amount{Stated: "DKK 90 million", Value: 9e7, Currency: "DKK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: beside, Context: "other gift", Amount: &corpus.Amount{Stated: "DKK 25 million", Value: 2.5e7, Currency: "DKK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: beside, Context: "other gift", Amount: &corpus.Amount{Stated: "DKK 12 million", Value: 1.2e7, Currency: "DKK"}},
	}
	e := newEngine(t, corpusOf(t, r))
	askWantNot(t, e, []wantNot{
		{"How much did Denmark lend WFP?", "DKK 40 million", "does not state"},
		{"How much does Denmark give the WFP headquarters each year?", "DKK 25 million", "Total"},
		{"How much did Denmark set aside for the WFP river fleet in 2024?", "DKK 12 million", "cannot tell"},
		{"How much do the loan and the deferred repayments come to together?", "DKK 90 million", "Total"},
	})
}

// TestRefugeesOfOneCountryInAnother: "How much for Iraqi refugees in
// Jordan?" asks about Jordan, not about money for Iraq; asked alone, the
// nationality still names the country.
func TestRefugeesOfOneCountryInAnother(t *testing.T) {
	sent := "The assistance includes $30 million for people hurt by the violence within Iraq, and $9 million to help Iraqi refugees who fled to Jordan."
	r := &corpus.Release{ID: "us-iraq", Title: "United States announces aid for the Iraq crisis", Donors: []string{"United States"}, Year: 2014,
		Paragraphs: []string{"The United States announced $39 million for the Iraq crisis.", sent}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: r.Paragraphs[0], Amount: &corpus.Amount{Stated: "$39 million", Value: 39e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: sent, Country: "IRQ", CountryName: "Iraq", Amount: &corpus.Amount{Stated: "$30 million", Value: 30e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: sent, Country: "JOR", CountryName: "Jordan", Amount: &corpus.Amount{Stated: "$9 million", Value: 9e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "IRQ", CountryName: "Iraq"},
		{Kind: corpus.KindDestination, Paragraph: 2, Country: "JOR", CountryName: "Jordan"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much for Iraqi refugees in Jordan?", "Jordan: $9 million", "Iraq: $30 million"},
		{"How much went to Iraq?", "Iraq: $30 million", "Jordan: $9 million"},
	})
}

// TestDerivedTitleCutShort: a title ingest derived from the announcing
// sentence, cut short before the second place it names, is no headline
// naming one place: the total is for both.
func TestDerivedTitleCutShort(t *testing.T) {
	lead := "Concretely, NOK 40 million will be disbursed, with NOK 22 million allocated to Asia and NOK 9 million to Latin America."
	r := &corpus.Release{ID: "norway-regions", Title: "Concretely, NOK 40 million will be disbursed, with NOK 22 million allocated to Asia and NOK 9 …",
		TitleDerived: true, Donors: []string{"Norway"}, Year: 2024, Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "NOK 40 million", Value: 40e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Region: "Asia", Amount: &corpus.Amount{Stated: "NOK 22 million", Value: 22e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Sentence: lead, Region: "Latin America", Amount: &corpus.Amount{Stated: "NOK 9 million", Value: 9e6, Currency: "NOK"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Region: "Asia"},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Region: "Latin America"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"/funding Asia", "Asia: NOK 22 million", "Asia: NOK 40 million"},
	})
}

// TestYearlyAmountAsked: a question for an amount a year is not answered
// by an amount stated once for three years as if it were yearly; an
// amount the release states per year answers it.
func TestYearlyAmountAsked(t *testing.T) {
	lead := "Denmark and UNHCR have signed a four-year framework agreement worth DKK 600 million."
	r := &corpus.Release{ID: "denmark-unhcr", Title: "Denmark signs framework agreement with UNHCR", Donors: []string{"Denmark"}, Recipient: "UNHCR", Year: 2019,
		Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "DKK 600 million", Value: 600e6, Currency: "DKK"}},
	}
	perYear := "Finland will give the ICRC EUR 8 million a year from 2020 to 2023."
	q := &corpus.Release{ID: "finland-icrc", Title: "Finland supports the ICRC", Donors: []string{"Finland"}, Recipient: "ICRC", Year: 2020,
		Paragraphs: []string{perYear}}
	q.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: perYear, Amount: &corpus.Amount{Stated: "EUR 8 million", Value: 8e6, Currency: "EUR", Period: corpus.PeriodYear}},
	}
	e := newEngine(t, corpusOf(t, r, q))
	askWantNot(t, e, []wantNot{
		{"How much does Denmark give UNHCR each year?", "does not state an amount a year", "Total, Denmark to UNHCR: DKK 600 million"},
		{"How much does Denmark give UNHCR annually?", "does not state an amount a year", "EUR 8 million"},
		{"How much does Finland give the ICRC each year?", "EUR 8 million", "does not state an amount a year"},
		{"How much did Denmark give UNHCR a year ago?", "DKK 600 million", "does not state an amount a year"},
	})
}

// TestWhenGiven: "when" asks a release's date: its publication date said
// as such, or that it states none; never the amount instead.
func TestWhenGiven(t *testing.T) {
	undated := "Qatar has pledged QAR 20 million in relief for Sudan."
	r := &corpus.Release{ID: "qatar-sudan", Title: "Qatar pledges QAR 20 million for Sudan", Donors: []string{"Qatar"},
		Paragraphs: []string{undated}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: undated, Amount: &corpus.Amount{Stated: "QAR 20 million", Value: 20e6, Currency: "QAR"}},
	}
	dated := "Ireland will give EUR 3 million to WFP for its 2022 operations in Chad."
	q := &corpus.Release{ID: "ireland-wfp", Title: "Ireland gives EUR 3 million to WFP", Donors: []string{"Ireland"}, Recipient: "WFP", Year: 2022,
		Published: "2022-04-05", Paragraphs: []string{dated}}
	q.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: dated, Amount: &corpus.Amount{Stated: "EUR 3 million", Value: 3e6, Currency: "EUR"}},
	}
	e := newEngine(t, corpusOf(t, r, q))
	askWantNot(t, e, []wantNot{
		{"When was the QAR 20 million pledged?", "does not state when", "Total"},
		{"When did Ireland give WFP the EUR 3 million?", "published on 2022-04-05", "does not state when"},
	})
}

// TestCoreGiftAsked: "core funding" in a question asks for a gift that
// may itself be core funding: the release's core contribution answers,
// not only the context beside it.
func TestCoreGiftAsked(t *testing.T) {
	lead := "UNICEF welcomes a SEK 80 million core contribution from Sweden, which lets it act fast where needs are greatest."
	other := "This year Sweden also launched a programme that provides SEK 200 million for education in crises."
	r := &corpus.Release{ID: "sweden-unicef-core", Title: "Sweden gives SEK 80 million to UNICEF", Donors: []string{"Sweden"}, Recipient: "UNICEF", Year: 2024,
		Paragraphs: []string{lead, other}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sector: "core funds", Sentence: lead, Amount: &corpus.Amount{Stated: "SEK 80 million", Value: 80e6, Currency: "SEK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "overall", Sentence: other, Amount: &corpus.Amount{Stated: "SEK 200 million", Value: 200e6, Currency: "SEK"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much core funding did Sweden give UNICEF?", "SEK 80 million", "states SEK 200 million as context (overall), not as a gift in this release"},
	})
}

// TestGiftToAppealAsked: "How much did X pledge to the appeal?" asks for
// X's gift to it, not only what the appeal seeks; "How much does the
// appeal seek?" still asks the appeal.
func TestGiftToAppealAsked(t *testing.T) {
	lead := "Qatar has pledged USD 120 million to the UN's 2027 humanitarian appeal."
	other := "The appeal seeks USD 29 billion to help 110 million people in 20 crises."
	r := &corpus.Release{ID: "qatar-appeal", Title: "Qatar pledges USD 120 million to UN appeal", Donors: []string{"Qatar"}, Year: 2027,
		Paragraphs: []string{lead, other}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "USD 120 million", Value: 120e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "appeal", Sentence: other, Amount: &corpus.Amount{Stated: "USD 29 billion", Value: 29e9, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Qatar pledge to the UN humanitarian appeal for 2027?", "USD 120 million", "not as a gift in this release"},
		{"How much does the UN appeal seek?", "USD 29 billion", "Total, Qatar"},
	})
}

// TestWhoActed: "Who announced / approved / received ..." asks for the
// people a release names, not its amount; a place in the question
// narrows to the releases about it, whose people's sentences need not
// name it.
func TestWhoActed(t *testing.T) {
	lead := "Portugal has given EUR 2 million to UNICEF for children in Mozambique."
	handed := "Ana Ribeiro, Portugal's Secretary of State for Cooperation, signed the agreement with Carlos Mendes, UNICEF's Representative."
	r := &corpus.Release{ID: "portugal-unicef", Title: "Portugal gives EUR 2 million to UNICEF", Donors: []string{"Portugal"}, Recipient: "UNICEF", Year: 2022,
		Paragraphs: []string{lead, handed}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "EUR 2 million", Value: 2e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "MOZ", CountryName: "Mozambique"},
		{Kind: corpus.KindPerson, Paragraph: 2, Sentence: handed, Person: "Ana Ribeiro", Role: "Portugal's Secretary of State for Cooperation"},
		{Kind: corpus.KindPerson, Paragraph: 2, Sentence: handed, Person: "Carlos Mendes", Role: "UNICEF's Representative"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"Who signed Portugal's agreement with UNICEF?", "Ana Ribeiro: Portugal's Secretary of State for Cooperation", "Total, Portugal"},
		{"Who announced Portugal's contribution for Mozambique?", "Ana Ribeiro", "Total, Portugal"},
	})
}

// TestOtherDonorAskedWithRecipient: asked what another donor a release
// names gave its recipient, the release's own donor's running sum is no
// answer.
func TestOtherDonorAskedWithRecipient(t *testing.T) {
	lead := "Norway has given $3 million more to UNHCR, which brings its funding this year to nearly $40 million."
	others := "Other new gifts came from Austria ($900,000) and Ireland ($1.2 million)."
	r := &corpus.Release{ID: "norway-unhcr", Title: "Norway gives $3 million more to UNHCR", Donors: []string{"Norway"}, Recipient: "UNHCR", Year: 2019,
		Paragraphs: []string{lead, others}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "$3 million", Value: 3e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 1, Context: "cumulative", Recipient: "UNHCR", Sentence: lead, Amount: &corpus.Amount{Stated: "nearly $40 million", Value: 40e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "other donor", Donor: "Austria", Sentence: others, Amount: &corpus.Amount{Stated: "$900,000", Value: 9e5, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Context: "other donor", Donor: "Ireland", Sentence: others, Amount: &corpus.Amount{Stated: "$1.2 million", Value: 1.2e6, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Ireland give UNHCR?", "Ireland", "nearly $40 million"},
		{"How much did Norway give UNHCR in all?", "nearly $40 million", "$900,000"},
	})
}

// TestNamedOutbreakAsked: "for the Ebola response" asks for money for
// Ebola, which a release names as "the Ebola outbreak": its total answers,
// not a part that names Ebola too.
func TestNamedOutbreakAsked(t *testing.T) {
	lead := "The Wellspring Trust will commit $20 million to emergency efforts against the cholera outbreak in Haiti and the Ebola outbreak in Guinea."
	part := "It will also award $1 million to the Pasteur Institute for its Ebola research."
	r := &corpus.Release{ID: "wellspring", Title: "Wellspring Trust commits $20 million to fight outbreaks", Donors: []string{"Wellspring Trust"}, Year: 2015,
		Paragraphs: []string{lead, part}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "$20 million", Value: 20e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Recipient: "Pasteur Institute", Sentence: part, Amount: &corpus.Amount{Stated: "$1 million", Value: 1e6, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did the Wellspring Trust commit to the Ebola response?", "Total, Wellspring Trust, 2015: $20 million", "does not state a separate amount"},
		{"How much did the Wellspring Trust give for the COVID-19 response?", "No release of Wellspring Trust mentions “COVID-19”", "Total, Wellspring Trust, 2015: $20 million"},
	})
}

// TestNoBeneficiariesStated: asked how many people the money helps, a
// corpus that counts none says the releases do not state it, in the words
// the other answers use for what is not stated.
func TestNoBeneficiariesStated(t *testing.T) {
	lead := "Chile has given $2 million to WFP for food in Haiti."
	r := &corpus.Release{ID: "chile-wfp", Title: "Chile gives $2 million to WFP", Donors: []string{"Chile"}, Recipient: "WFP", Year: 2021,
		Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "HTI", CountryName: "Haiti"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How many people will Chile's gift help?", "The releases do not state how many people the funding will help.", "as the releases count them"},
		{"How many people will Chile's gift help in Haiti?", "do not state how many people the funding will help for Haiti.", "as the releases count them"},
	})
}

// TestSocietyDonorAsked: a donor named after its country ("Red Cross
// Society of Kenya") is asked by its name, not read as the recipient "Red
// Cross"; its name names no place funded, so the total whose sentence
// names the one country helped is that country's.
func TestSocietyDonorAsked(t *testing.T) {
	lead := "The Red Cross Society of Kenya has donated $80,000 to help families hit by floods in Somalia's southern regions."
	r := &corpus.Release{ID: "krcs-somalia", Title: "Kenyan society gives $80,000 for flood victims", TitleDerived: true, Donors: []string{"Red Cross Society of Kenya"}, Year: 2023,
		Paragraphs: []string{lead}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "$80,000", Value: 8e4, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "SOM", CountryName: "Somalia"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did the Red Cross Society of Kenya give?", "Total, Red Cross Society of Kenya, 2023: $80,000", "does not state an amount for Red Cross"},
		{"/funding Somalia", "Somalia: $80,000 (USD), as stated", "does not state a separate amount"},
	})
}

// TestTotalThroughRecipient: a total whose sentence names no recipient
// goes to the release's one recipient when the next paragraph says the
// gift goes through it ("would provide the aid through WFP"); a part
// given through the recipient answers instead of the total.
func TestTotalThroughRecipient(t *testing.T) {
	lead := "Chile plans to offer a combined US$2 million in food aid to Peru and Bolivia, the foreign ministry said."
	channel := "Santiago would provide the aid through the U.N. World Food Programme."
	whole := &corpus.Release{ID: "chile-wfp", Title: "Chile to offer US$2 million in food aid to two countries", Donors: []string{"Chile"}, Recipient: "WFP", Year: 2021,
		Paragraphs: []string{lead, channel}}
	whole.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "US$2 million", Value: 2e6, Currency: "USD"}},
	}
	part := "Of it, US$500,000 goes through the U.N. World Food Programme."
	split := &corpus.Release{ID: "chile-wfp-part", Title: "Chile to offer US$2 million in food aid to two countries", Donors: []string{"Chile"}, Recipient: "WFP", Year: 2021,
		Paragraphs: []string{lead, part}}
	split.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "US$2 million", Value: 2e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: part, Recipient: "WFP", Amount: &corpus.Amount{Stated: "US$500,000", Value: 5e5, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, whole)), []wantNot{{"How much did Chile give WFP?", "US$2 million", "does not state a separate amount"}})
	askWantNot(t, newEngine(t, corpusOf(t, split)), []wantNot{{"How much did Chile give WFP?", "US$500,000", "Total, Chile"}})
}

// TestTopicBesideRecipientParts: a release with no total whose parts all
// go to its one recipient answers a question naming that recipient and a
// topic with the part the topic is named beside, whether the donor is
// asked by name or by its agency.
func TestTopicBesideRecipientParts(t *testing.T) {
	first := "The first project helps Rohingya families who fled to camps in Bangladesh."
	camps := "The partners will hand out rice and oil worth $2 million to new arrivals in the camps."
	yemen := "To meet the threat of famine in Yemen, the partners will hand out food vouchers."
	vouchers := "Costing $9 million, the vouchers will help 300,000 people."
	r := &corpus.Release{ID: "ksrelief-wfp-deals", Title: "KSrelief and WFP sign two food deals", Donors: []string{"Saudi Arabia"}, Recipient: "WFP", Year: 2018,
		Paragraphs: []string{"KSrelief and the World Food Programme (WFP) signed two agreements.", first + " " + camps, yemen, vouchers}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: camps, Recipient: "WFP", Amount: &corpus.Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 4, Sentence: vouchers, Recipient: "WFP", Amount: &corpus.Amount{Stated: "$9 million", Value: 9e6, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Saudi Arabia give WFP for the Rohingya?", "$2 million", "$9 million"},
		{"How much did KSrelief give WFP for the Rohingya?", "$2 million", "$9 million"},
	})
}

// TestUNAgenciesGet: "How much do UN agencies get?" asks money given to
// the UN: a pooled fund's total whose sentence names the UN only as the
// one running the fund is not theirs; the part its text gives UN agencies
// is.
func TestUNAgenciesGet(t *testing.T) {
	lead := "Work across Chad is to receive US$40 million from the Chad Humanitarian Fund, the pooled fund run by the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)."
	split := "Twenty projects will be run by national NGOs ($30 million value) and three by UN agencies ($6 million value)."
	r := &corpus.Release{ID: "chf-allocation", Title: "Chad Humanitarian Fund allocates US$40 million", Donors: []string{"Chad Humanitarian Fund"}, Year: 2020,
		Paragraphs: []string{lead, split}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "US$40 million", Value: 40e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: split, Amount: &corpus.Amount{Stated: "$30 million", Value: 30e6, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: split, Amount: &corpus.Amount{Stated: "$6 million", Value: 6e6, Currency: "USD"}},
	}
	noPart := &corpus.Release{ID: "chf-allocation-b", Title: "Chad Humanitarian Fund allocates US$40 million", Donors: []string{"Chad Humanitarian Fund"}, Year: 2021,
		Paragraphs: []string{lead}}
	noPart.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "US$40 million", Value: 40e6, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{{"How much do UN agencies get from the Chad Humanitarian Fund?", "$6 million", "US$40 million (USD)"}})
	askWantNot(t, newEngine(t, corpusOf(t, noPart)), []wantNot{{"How much do UN agencies get from the Chad Humanitarian Fund?", "does not state", "Total,"}})
}

// TestPlaceOnlyInContext: a release that names a place only beside the
// donor's earlier money says it states no amount for the place and shows
// that money as the context it is; another donor's money there is not
// shown.
func TestPlaceOnlyInContext(t *testing.T) {
	lead := "Peru has signed an agreement giving UNRWA €2 million for refugees in Gaza."
	earlier := "It adds to a €300,000 contribution from Peru to UNRWA's Lebanon emergency appeal."
	other := "Chile gave €5 million to Lebanon last month."
	r := &corpus.Release{ID: "peru-unrwa", Title: "Peru gives €2 million to UNRWA", Donors: []string{"Peru"}, Recipient: "UNRWA", Year: 2017,
		Paragraphs: []string{lead, earlier, other}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "€2 million", Value: 2e6, Currency: "EUR"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "PSE", CountryName: "Palestine"},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: earlier, Context: "earlier", Amount: &corpus.Amount{Stated: "€300,000", Value: 3e5, Currency: "EUR"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: other, Context: "other donor", Donor: "Chile", Amount: &corpus.Amount{Stated: "€5 million", Value: 5e6, Currency: "EUR"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Peru give for Lebanon?", "does not state an amount for Lebanon", "€5 million"},
		{"How much did Peru give for Lebanon?", "€300,000 contribution from Peru to UNRWA's Lebanon emergency appeal. [context: earlier, not a gift]", "€2 million (EUR)"},
	})
}

// TestPartNamingPlaceWithMore: a part whose own words give a place with
// more ("goes to the victims of the Syrian crisis, inside Syria and in its
// neighbouring countries"), tied to no place by ingest, is shown for a
// question on the place as what its words name, not as the place's own.
func TestPartNamingPlaceWithMore(t *testing.T) {
	lead := "Norway grants 20 million kroner in humanitarian assistance to crises."
	part := "Nearly 4 million kroner goes to the victims of the Syrian crisis, inside Syria and in its neighbouring countries."
	cause := "Another 2 million kroner will support the people most affected by Russia's invasion."
	r := &corpus.Release{ID: "norway-crises", Title: "Norway grants 20 million kroner", Donors: []string{"Norway"}, Year: 2013,
		Paragraphs: []string{lead, part, cause}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "20 million kroner", Value: 20e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: part, Amount: &corpus.Amount{Stated: "Nearly 4 million kroner", Value: 4e6, Currency: "NOK"}},
		{Kind: corpus.KindAmount, Paragraph: 3, Sentence: cause, Amount: &corpus.Amount{Stated: "2 million kroner", Value: 2e6, Currency: "NOK"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Norway give for Syria?", "Part whose own words name Syria, not stated for it alone: Nearly 4 million kroner", "Total, Norway"},
		{"How much did Norway give for Syria?", "does not state an amount for Syria alone", "20 million kroner (NOK)"},
		// A country named as a cause is no place of the money.
		{"How much did Norway give Russia?", "does not state an amount for Russia", "2 million kroner"},
	})
}

// TestGovernmentAsRecipient: "the Government of Fiji" asked as who gets
// the money is that government, not every part the release gives Fiji.
func TestGovernmentAsRecipient(t *testing.T) {
	lead := "Chile announced another two million dollars of assistance for Peru."
	split := "Of the support, $700,000 goes to the Government of Peru for water, and $200,000 lets the Chilean embassy in Lima buy tents."
	r := &corpus.Release{ID: "chile-peru", Title: "Chile announces another $2m for Peru", Donors: []string{"Chile"}, Year: 2019,
		Paragraphs: []string{lead, split}}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: lead, Amount: &corpus.Amount{Stated: "two million dollars", Value: 2e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: lead, Country: "PER", CountryName: "Peru"},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: split, Country: "PER", CountryName: "Peru", Amount: &corpus.Amount{Stated: "$700,000", Value: 7e5, Currency: "USD"}},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: split, Amount: &corpus.Amount{Stated: "$200,000", Value: 2e5, Currency: "USD"}},
	}
	askWantNot(t, newEngine(t, corpusOf(t, r)), []wantNot{
		{"How much did Chile give the Government of Peru?", "$700,000 (USD)", "Total, Chile"},
		{"How much did Chile give the Government of Peru?", "$700,000 (USD)", "$200,000 (USD)"},
	})
}

// TestAppealAskedIsNoGift: what an agency appealed for is answered by the
// appeals releases state, never by a donor's gift.
func TestAppealAskedIsNoGift(t *testing.T) {
	gift := "Peru gives $3 million for flood relief in Chad."
	appeal := "The United Nations has appealed for $90 million for Chad."
	a := &corpus.Release{ID: "peru-chad", Title: "Peru gives $3 million for Chad", Donors: []string{"Peru"}, Year: 2022, Paragraphs: []string{gift, appeal}}
	a.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: gift, Amount: &corpus.Amount{Stated: "$3 million", Value: 3e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: gift, Country: "TCD", CountryName: "Chad"},
		{Kind: corpus.KindAmount, Paragraph: 2, Sentence: appeal, Context: "appeal", Amount: &corpus.Amount{Stated: "$90 million", Value: 90e6, Currency: "USD"}},
	}
	only := "Chile gives $5 million for Chad."
	b := &corpus.Release{ID: "chile-chad", Title: "Chile gives $5 million for Chad", Donors: []string{"Chile"}, Year: 2022, Paragraphs: []string{only}}
	b.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Sentence: only, Amount: &corpus.Amount{Stated: "$5 million", Value: 5e6, Currency: "USD"}},
		{Kind: corpus.KindDestination, Paragraph: 1, Sentence: only, Country: "TCD", CountryName: "Chad"},
	}
	askWantNot(t, newEngine(t, corpusOf(t, a, b)), []wantNot{
		{"How much has the UN appealed for to help Chad?", "$90 million", "$5 million"},
		{"How much has the UN appealed for to help Chad?", "appeal", "Total, Peru"},
	})
}
