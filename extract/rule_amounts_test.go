package extract

import (
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestAmountRule(t *testing.T) {
	for _, tc := range []ruleCase{
		{"place right after", "Japan gives USD 5 million for Kenya and USD 2 million to Somalia.", []string{"USD 5 million|5000000 USD|KEN", "USD 2 million|2000000 USD|SOM"}},
		{"the sentence's only place", "In Sudan, USD 3 million will rebuild wells.", []string{"USD 3 million|3000000 USD|SDN"}},
		{"two places, one amount", "USD 3 million will help Kenya and Somalia.", []string{"USD 3 million|3000000 USD|"}},
		{"a bracketed word about the place before its amount", "The largest operations will be in Sudan (North and South) (€80 million), Chad (€40 million) and the Sahel (€45 million).",
			[]string{"€80 million|80000000 EUR|SDN", "€40 million|40000000 EUR|TCD", "€45 million|45000000 EUR|Sahel"}},
		{"hedged", "nearly USD 38 million towards IOM operations.", []string{"nearly USD 38 million|38000000 USD|"}},
		{"handed over is no hedge", "The envoy handed over USD two million to the relief agency, and the mission turned over $3 million more.", []string{"USD two million|2000000 USD|", "$3 million|3000000 USD|"}},
		{"where goods come from is no place of the money", "We gave $300,000 for blankets and hygiene kits, and stand ready to send more commodities from Panama if required.", []string{"$300,000|300000 USD|"}},
		{"a giver's envoy's post is no place of the money", "Japan's representative to Chad gave $2 million to the refugee agency on Monday.", []string{"$2 million|2000000 USD|"}},
		{"an agency's representative to a country works where the money goes", "UNHCR's representative to Chad said the $2 million will shelter refugees.", []string{"$2 million|2000000 USD|TCD"}},
		{"paid over is still a hedge", "So far the fund has paid over $4 million to partners.", []string{"over $4 million|4000000 USD|"}},
		{"in words", "Japan decided to extend Emergency Grant Aid of four million and eight hundred thousand US dollars.", []string{"four million and eight hundred thousand US dollars|4800000 USD|"}},
		{"a place that received the largest allocation, another's after 'with'", "Agencies in Chad received the largest allocation of some $9 million from the fund, with Mali coming in second with about $7 million.", []string{"some $9 million|9000000 USD|TCD", "about $7 million|7000000 USD|"}},
		{"no money", "IOM will help 5,000 migrants in 2011.", nil},
		{"a crisis in a place the money aids, another place after it", "The minister announced more than $1 million in funding to aid the refugee crisis in Armenia, as thousands have fled amid tensions with Azerbaijan.", []string{"more than $1 million|1000000 USD|ARM"}},
		{"a place after what the money is for", "It includes 10.0 million US dollars for humanitarian and reconstruction assistance to Afghanistan and 6.6 million US dollars for emergency humanitarian assistance to Yemen.", []string{"10.0 million US dollars|10000000 USD|AFG", "6.6 million US dollars|6600000 USD|YEM"}},
		{"a place in the amount's own clause", "WFP said $2 million will fund food, and $1 million will be channelled to WFP's aid to Ukrainian refugees in Moldova.", []string{"$2 million|2000000 USD|", "$1 million|1000000 USD|MDA"}},
		{"refugees and their hosts in a country", "Of this, €100 million will go to operations in Ukraine and €10 million to support Ukrainian refugees and host communities in Moldova.", []string{"€100 million|100000000 EUR|UKR", "€10 million|10000000 EUR|MDA"}},
		{"a place the sentence opens with", "For the Middle East, the Commission has announced an envelope of €345 million for victims of the crisis in Syria and refugees in Jordan.", []string{"€345 million|345000000 EUR|Middle East"}},
		{"programmes in a region", "This year's package includes €400 million for programmes in Africa, aimed at people hit by food crises.", []string{"€400 million|400000000 EUR|Africa"}},
		{"the next amount has its own place", "Over half goes to Afghanistan, while US$30.8 million is allocated to eight countries in the Arab States, with US$27.5 million to eleven countries in Africa.", []string{"US$30.8 million|30800000 USD|Arab States", "US$27.5 million|27500000 USD|Africa"}},
		{"a preposition ties the place before the next amount", "Of the total, NOK 18 million will go to support response activities in Jordan, NOK 20 million is allocated to assist activities in Iraq.", []string{"NOK 18 million|18000000 NOK|JOR", "NOK 20 million|20000000 NOK|IRQ"}},
		{"no place from an opening aside", "While Europe at large is hit by COVID-19, UNHCR welcomes Denmark's contribution of DKK 100 M.", []string{"DKK 100 M|100000000 DKK|"}},
		{"a list of places before their amounts, the verb left out", "Myanmar gets 12 million dollars, Mali 11 million dollars and Chad 9 million dollars.", []string{"12 million dollars|12000000 USD|MMR", "11 million dollars|11000000 USD|MLI", "9 million dollars|9000000 USD|TCD"}},
		{"no verb of getting, no place before", "The plan costs 12 million dollars, Mali 11 million dollars and Chad 9 million dollars.", []string{"12 million dollars|12000000 USD|", "11 million dollars|11000000 USD|", "9 million dollars|9000000 USD|"}},
		{"an amount followed by its own places is no row of the place before", "The fund will give $3.5 million to both Chad and Niger, $2 million to both Togo and Benin.", []string{"$3.5 million|3500000 USD|", "$2 million|2000000 USD|"}},
		{"the rows of a list after a colon", "The other beneficiaries are: Angola, $4.5 million; Bangladesh, $1 million; Myanmar, $354,976, and Zimbabwe, $2 million.", []string{"$4.5 million|4500000 USD|AGO", "$1 million|1000000 USD|BGD", "$354,976|354976 USD|MMR", "$2 million|2000000 USD|ZWE"}},
		{"a part of the funding used in a place", "Approximately £5.5 million of the additional funding will be used for activities in Jordan and the remainder in Lebanon.", []string{"Approximately £5.5 million|5500000 GBP|JOR"}},
		{"a crisis named is no place", "UNHCR receives 3 million euros of extra money from Finland for the Syria crisis, which lifts Finland's aid to 14 million euros.", []string{"3 million euros|3000000 EUR|", "14 million euros|14000000 EUR|"}},
		{"beyond one place", "The UAE gave $20 million to UNHCR and $8 million to the World Health Organization to support work in Sudan and for Sudanese refugees in neighbouring countries.", []string{"$20 million|20000000 USD|", "$8 million|8000000 USD|"}},
		{"a place before the next amount is that amount's", "It gave EUR 81 million for food aid in Gaza as well as EUR 30 million for the appeal for Syria.", []string{"EUR 81 million|81000000 EUR|PSE", "EUR 30 million|30000000 EUR|SYR"}},
		{"Palestine refugees live in the host country", "The funds include EUR 15 million for schools and EUR 7 million for work for Palestine Refugees in Lebanon.", []string{"EUR 15 million|15000000 EUR|", "EUR 7 million|7000000 EUR|LBN"}},
		{"amounts paired with places by 'respectively'", "The fund gives CHF 6 million (USD 6.5 million) and CHF 2 million (USD 2.2 million) to aid groups in Kenya and Uganda respectively.",
			[]string{"CHF 6 million|6000000 CHF|KEN", "USD 6.5 million|6500000 USD|KEN", "CHF 2 million|2000000 CHF|UGA", "USD 2.2 million|2200000 USD|UGA"}},
		{"'respectively' with fewer places than amounts pairs none", "It gives €3 million, €2 million and €1 million to Chad and Niger respectively.",
			[]string{"€3 million|3000000 EUR|", "€2 million|2000000 EUR|", "€1 million|1000000 EUR|"}},
		{"a boost to a country programme", "It includes a £5 million ($6 million) boost to the Somalia programme, which helps families.", []string{"£5 million|5000000 GBP|SOM", "$6 million|6000000 USD|"}}, // the restatement is dropped later, in roles
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, amountFacts, nil, sumAmount) })
	}
}

// TestAmountWithoutCurrency: money the text gives without its currency,
// to an organisation or purpose, takes the release's currency and says
// so; a count of people does not.
func TestAmountWithoutCurrency(t *testing.T) {
	got := amountLabels(t, "Spain gives 82,545,000 euros", []string{
		"The Council of Ministers authorised contributions of 82,545,000 euros.",
		"Spain will also contribute 8.7 million to UNHCR and 8.032 million to the United Nations Children's Fund (UNICEF).",
		"UNFPA will receive 6.5 million for reproductive health.",
		"The aid will reach 1.5 million people.",
	}, func(f corpus.Fact) string {
		if f.Total {
			return ""
		}
		return f.Amount.Stated + "=" + f.Amount.Currency + "/" + f.Recipient + "/" + f.Check
	})
	const check = "currency EUR taken from the release; the text gives the amount without one"
	want := []string{"8.7 million=EUR/UNHCR/" + check, "8.032 million=EUR/UNICEF/" + check, "6.5 million=EUR/UNFPA/" + check}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestListItemsWithoutCurrency: the items of a list that leave out the
// currency its first item states take that currency and say so; a count
// of people after a list item is no money.
func TestListItemsWithoutCurrency(t *testing.T) {
	got := amountLabels(t, "The United States gives 30 million dollars after the storm", []string{
		"The United States is giving 30 million dollars after the storm.",
		"The money is shared as follows: 15 million dollars for Honduras, 9.5 million for Guatemala, 5 million set aside for Nicaragua and 500,000 dollars for Belize.",
		"Aid reaches 20,000 dollars for each shelter, and 2 million for people in need is not money here.",
	}, func(f corpus.Fact) string {
		if f.Total {
			return ""
		}
		return f.Amount.Stated + "=" + f.Amount.Currency + "/" + f.Check
	})
	const check = "currency USD taken from 15 million dollars before it; the text gives the amount without one"
	want := []string{"15 million dollars=USD/", "9.5 million=USD/" + check, "5 million=USD/" + check, "500,000 dollars=USD/", "20,000 dollars=USD/"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestOncePerRecipient: a part stated again for the same recipient in
// another sentence (a breakdown after the text) is kept once, with the
// place either names; equal parts for other places stay two.
func TestOncePerRecipient(t *testing.T) {
	got := amountLabels(t, "Sweden gives SEK 100 million", []string{
		"The government has decided to allocate another 20 million to the work of the International Committee of the Red Cross in Ukraine.",
		"Altogether the minister announced support worth SEK 100 million: SEK 80 million for UNHCR and SEK 20 million for the International Committee of the Red Cross.",
		"SEK 5 million goes to WFP for Chad. Another SEK 5 million goes to WFP for Niger.",
	}, func(f corpus.Fact) string {
		if f.Total || f.Context != "" {
			return ""
		}
		return f.Amount.Stated + "=" + f.Recipient + "/" + f.Country
	})
	want := []string{"20 million=ICRC/UKR", "SEK 80 million=UNHCR/", "SEK 5 million=WFP/TCD", "SEK 5 million=WFP/NER"}
	if !slices.Equal(got, want) {
		t.Errorf("parts = %q, want %q", got, want)
	}
}

// TestFurtherMoneyPlaceBefore: further money in a sentence that names no
// place is for the place of the nearest sentence before it that names
// one and states no money of its own ("... the crisis in Tigray in
// northern Ethiopia. ... a further $3 million to the ICRC"); more money
// after a sentence with money of its own ("Grants of $3.75 million ...
// in China. A further $1.11 million goes to data work") gets no place.
func TestFurtherMoneyPlaceBefore(t *testing.T) {
	got := amountLabels(t, "Australia's humanitarian aid", []string{
		"Australia is giving an extra $4.5 million for the COVID-19 response in Myanmar.",
		"Australia is also helping to ease the crisis in Tigray in northern Ethiopia. Seven million people need help. Australia now gives a further $3 million to the ICRC.",
		"Grants of $2 million will help children in rural China. A further $1 million goes to better data.",
	}, func(f corpus.Fact) string {
		if f.Total || f.Context != "" {
			return ""
		}
		return f.Amount.Stated + "=" + f.Country
	})
	want := []string{"$4.5 million=MMR", "$3 million=ETH", "$2 million=CHN", "$1 million="}
	if !slices.Equal(got, want) {
		t.Errorf("parts = %q, want %q", got, want)
	}
}

// TestWordsAmountWithCodeAfter: an amount in words followed by its
// currency's code ("six million AUD", scout17's Australian page) is read.
func TestWordsAmountWithCodeAfter(t *testing.T) {
	var got []string
	for _, a := range findAmounts("Australia will give six million AUD to WFP and two million USD to UNICEF.", "") {
		got = append(got, a.Stated+"="+a.Currency)
	}
	want := []string{"six million AUD=AUD", "two million USD=USD"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestPeopleCountedInBrackets: figures in brackets after countries in a
// sentence that counts people and states no money ("... have left the
// country: in particular for Turkey (3.5 million), Lebanon (1
// million)") are people, not money in the release's currency.
func TestPeopleCountedInBrackets(t *testing.T) {
	got := amountLabels(t, "Belgium gives €26 million for Syria", []string{
		"Belgium is giving €26 million in humanitarian aid for the Syrian crisis.",
		"Today over 13 million Syrians depend on aid, and over 5 million people have left the country: in particular for Turkey (3.5 million), Lebanon (1 million), Jordan (655,000), Iraq (248,000) and Egypt (120,000).",
	}, func(f corpus.Fact) string { return f.Amount.Stated })
	if want := []string{"€26 million"}; !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestOpeningPlaceNotPastAnother: a sentence that opens with a place ("In
// Ruritania, ...") gives it to the amount of its first clause, not to one
// a later clause gives another place; the last of a list of places before
// a receiving verb is still the list's.
func TestOpeningPlaceNotPastAnother(t *testing.T) {
	got := amountLabels(t, "CERF allocates US$12 million to three crises", []string{
		"The relief chief today allocated US$12 million from the Central Emergency Response Fund (CERF) to three crises.",
		"In Chad, partners will be granted $6 million, while aid groups in Nepal have been allocated some $4 million.",
		"Agencies in Peru and Bolivia will receive $1 million each.",
	}, func(f corpus.Fact) string {
		if f.Total {
			return ""
		}
		return f.Amount.Stated + "=" + f.Country
	})
	want := []string{"$6 million=TCD", "some $4 million=NPL", "$1 million=PER", "$1 million=BOL"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestAmountPrefilters: the cheap checks before two long regular
// expressions pass every text those expressions could match, and spare
// the texts they could not.
func TestAmountPrefilters(t *testing.T) {
	for _, tc := range []struct {
		s                  string
		comma, wordScaleOK bool
	}{
		{"USD 4,5 million for shelter", true, false},
		{"EUR 7,25 million", true, false},
		{"CHF 3,1m at the end", true, false},
		{"USD 37,900,000 in all", false, false},
		{"In Kenya, IOM will spend USD 5 million", false, false},
		{"USD one million for food", false, true},
		{"a billion dollars", false, true},
		{"half a\tmillion euros", false, true},
		{"twenty-five million pounds", false, true},
		{"USD 5 million and 7 billion", false, false},
		{"Millions of people", false, false},
	} {
		if got := hasDecimalComma(tc.s); got != tc.comma {
			t.Errorf("hasDecimalComma(%q) = %v, want %v", tc.s, got, tc.comma)
		}
		if got := wordBeforeScale(tc.s); got != tc.wordScaleOK {
			t.Errorf("wordBeforeScale(%q) = %v, want %v", tc.s, got, tc.wordScaleOK)
		}
		// Where a check says no, its expression finds nothing.
		if !tc.comma && decimalCommaRe.MatchString(tc.s) {
			t.Errorf("hasDecimalComma(%q) = false, but decimalCommaRe matches", tc.s)
		}
		if !tc.wordScaleOK && wordPrefixAmountRe.MatchString(tc.s) {
			t.Errorf("wordBeforeScale(%q) = false, but wordPrefixAmountRe matches", tc.s)
		}
	}
}
