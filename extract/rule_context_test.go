package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestContextTestRules: every test rule of contextRules, and the last rule
// (the year an amount's clause names), holds for its example, and is the
// first rule to hold there. A new test rule needs an example here.
func TestContextTestRules(t *testing.T) {
	examples := []struct {
		sent string
		nth  int // which amount of the sentence
		year int
	}{
		{"Some 60 countries met in Lima to hear Peru ask for at least $2 billion to rebuild.", 0, 0},
		{"So far, Norway has given the agency a total of NOK 80 million.", 0, 0},
		{"The ministry is raising its support for the response from EUR 5 million to EUR 9 million.", 0, 0},
		{"Chile has provided USD 4 million to the fund since 2019.", 0, 0},
		{"Following the cabinet's decision last month to provide $20 million for the region, the embassy signed a grant with WFP.", 0, 0},
		{"It is the second instalment, and out of the total pledge Peru made to the fund of USD 3 million, USD 2 million has been paid.", 0, 0},
		{"It is the second instalment, and out of the total pledge Peru made to the fund of USD 3 million, USD 2 million has been paid.", 1, 0},
		{"This brings the total $90 million released this year to the crisis.", 0, 0},
		{"It will take $2 billion to keep the camps running, the agency said.", 0, 0},
		{"With the grant of $5 million announced in May, $12 million in total will be given.", 1, 0},
		{"Chad will receive a total contribution of EUR 3 million.", 0, 0},
		{"With this grant of USD 7 million, Korea is providing to date USD 30 million.", 0, 0},
		{"The government has identified $3 billion in reconstruction needs.", 0, 0},
		{"The relief is part of cancelling the country's $60 million external debt.", 0, 0},
		{"The new grant and the loan from last year together total EUR 40 million.", 0, 0},
		{"Taken together with the postponed loan, the package comes to CHF 70 million.", 0, 0},
		{"The loan is on top of its regular contributions: the SEK 40 million paid each year to the agency.", 0, 0},
		{"Peru gives $3 million to Chile for the floods, in addition to $1 million for the Red Cross.", 1, 0},
		{"The total includes pledges of $5.3 billion from governments and international partners.", 0, 0},
		{"The fund says its deficit stands at $40 million.", 0, 0},
		{"Over the years, its loans and grants to the region came to about $900 million.", 0, 0},
		{"The pledging conference in Geneva raised $700 million for the region.", 0, 0},
		{"Other donors: Sweden, $3 million; Finland, $2 million.", 0, 0},
		{"Not long ago Norway also handed the agency a cheque in Geneva for its yearly contribution, with NOK 2 million more for the situation in Chad.", 0, 0},
		{"Japan gave USD 3 million to the agency in 2019.", 0, 2021},
	}
	if len(examples) != len(testRules)+1 {
		t.Fatalf("%d examples for %d test rules and the last rule", len(examples), len(testRules))
	}
	for i, ex := range examples {
		want := i
		if i == len(testRules) {
			want = len(contextRules) - 1
		}
		amounts := findAmounts(ex.sent, "")
		if ex.nth >= len(amounts) {
			t.Errorf("%q: %d amounts found, want amount %d", ex.sent, len(amounts), ex.nth)
			continue
		}
		a := amounts[ex.nth]
		prevEnd, nextStart := 0, len(ex.sent)
		if ex.nth > 0 {
			prevEnd = amounts[ex.nth-1].end
		}
		if ex.nth+1 < len(amounts) {
			nextStart = amounts[ex.nth+1].start
		}
		w := newAmountWords(ex.sent, a.start, a.end, prevEnd, nextStart, ex.year)
		first := -1
		for j := range contextRules {
			if contextRules[j].holds(w) {
				first = j
				break
			}
		}
		if first != want {
			t.Errorf("%q: first rule to hold is %d, want %d (%q)", ex.sent, first, want, contextRules[want].context)
		}
	}
}

// contextOf runs amountContext on the nth amount of sent, with the amounts
// around it as its neighbours.
func contextOf(t *testing.T, sent string, nth, year int) string {
	t.Helper()
	amounts := findAmounts(sent, "")
	if nth >= len(amounts) {
		t.Fatalf("%q: %d amounts found, want amount %d", sent, len(amounts), nth)
	}
	prevEnd, nextStart := 0, len(sent)
	if nth > 0 {
		prevEnd = amounts[nth-1].end
	}
	if nth+1 < len(amounts) {
		nextStart = amounts[nth+1].start
	}
	return amountContext(sent, amounts[nth].start, amounts[nth].end, prevEnd, nextStart, year)
}

// TestContextCues: amounts whose wording makes them context, and gifts
// near the same words that stay gifts.
func TestContextCues(t *testing.T) {
	for _, tc := range []struct {
		name string
		sent string
		nth  int
		year int
		want string
	}{
		{"deficit stands at", "The agency, which lives on voluntary gifts, says its budget deficit now stands at almost $90 million.", 0, 0, "appeal"},
		{"deficit cut from", "Oslo's large pledge has cut the fund's deficit from $300 million in March to $12 million.", 0, 0, "appeal"},
		{"deficit cut to", "Oslo's large pledge has cut the fund's deficit from $300 million in March to $12 million.", 1, 0, "appeal"},
		{"a deficit of", "The organisation faces a deficit of EUR 40 million this year.", 0, 0, "appeal"},
		{"amount then deficit", "The agency warned of a $25 million deficit in its core budget.", 0, 0, "appeal"},
		{"gift to cover a deficit", "Norway gave $10 million to help cover the agency's deficit.", 0, 0, ""},
		{"gift after deficit", "To ease its deficit, Sweden granted the agency SEK 30 million.", 0, 0, ""},
		{"the whole a tranche is part of", "It is the third instalment, and out of the total pledge Chile made to the fund of EUR 6 million, EUR 4 million has now been paid.", 0, 0, "overall"},
		{"what has been paid of that whole", "It is the third instalment, and out of the total pledge Chile made to the fund of EUR 6 million, EUR 4 million has now been paid.", 1, 0, "cumulative"},
		{"a gift paid is no sum so far without a whole", "Chile gave EUR 2 million, and EUR 1 million has been paid already.", 1, 0, ""},
		{"a sum stated in either of two currencies", "The embassy said the gift brings to about Tk 90 crore or over $10 million the total of the aid.", 0, 0, "cumulative"},
		{"a sum restated in brackets after a figure unread", "The additional funding announced on Tuesday brings Chile's total humanitarian response to the refugee crisis in the camps to about Tk 90 crore (AUD 12 million).", 0, 0, "cumulative"},
		{"what a gathering is expected to raise", "Officials said the gathering in Rome was expected to generate around $900 million in new pledges.", 0, 0, "other donor"},
		{"money from givers named only as many", "The total includes pledges of $5.3 billion from governments and international partners.", 0, 0, "other donor"},
		{"money asked of many is an appeal", "In May, the agency said it needs $800 million from the international community.", 0, 0, "appeal"},
		{"over the years", "Over the years, its backing through the two funds has come to more than $700 million.", 0, 0, "cumulative"},
		{"in recent years", "In recent years, Qatar has given EUR 60 million to the agency.", 0, 0, "cumulative"},
		{"within a period of years", "The emirate has given more than $40 billion to 60 countries within a period of five years.", 0, 0, "cumulative"},
		{"over the past decade", "Norway gave NOK 2 billion to the fund over the past decade.", 0, 0, "cumulative"},
		{"years ahead", "Over the next three years, Denmark will give DKK 90 million.", 0, 0, ""},
		{"a gift over coming years", "Sweden will give SEK 60 million over a period of three years.", 0, 0, ""},
		{"raised out of a target", "Just $2.4 billion was raised out of a $4.4 billion target set by the UN.", 0, 0, "overall"},
		{"a target set by the UN", "Just $2.4 billion was raised out of a $4.4 billion target set by the UN.", 1, 0, "appeal"},
		{"a target of", "The agency has a funding target of $90 million for the year.", 0, 0, "appeal"},
		{"pledged by a donor", "At the meeting $5 million was pledged by Japan for the camps.", 0, 0, ""},
		{"taken with, the sum comes to", "Parliament must still approve the new NOK 30 million loan; taken with the deferred repayments, the sum comes to NOK 90 million.", 1, 0, "cumulative"},
		{"the loan itself", "Parliament must still approve the new NOK 30 million loan; taken with the deferred repayments, the sum comes to NOK 90 million.", 0, 0, ""},
		{"beside commitments, first item", "All this comes in addition to three existing commitments: the EUR 30 million Austria pays every year to the agency's core budget, EUR 4.5 million for training, and EUR 10 million kept for its field work in 2024.", 0, 0, "other gift"},
		{"beside commitments, later item", "All this comes in addition to three existing commitments: the EUR 30 million Austria pays every year to the agency's core budget, EUR 4.5 million for training, and EUR 10 million kept for its field work in 2024.", 2, 0, "other gift"},
		{"a top-up allocated before", "Chad gets EUR 9 million, covering the EUR 2 million top-up allocated in March as refugees arrived.", 1, 0, "earlier"},
		{"a grant allocated before", "Peru gets EUR 4 million, on top of a EUR 1 million grant released last year.", 1, 0, "earlier"},
		{"not long ago", "Not long ago Norway also handed the agency a cheque in Geneva for its yearly contribution, with NOK 2 million more for the situation in Chad.", 0, 0, "earlier"},
		{"a few weeks ago", "A few weeks ago, Peru sent the fund USD 300,000.", 0, 0, "earlier"},
		{"the public gave", "When the appeal opened, the Danish public responded at once, giving more than DKK 90 million.", 0, 0, "other donor"},
		{"the government gave for the people", "The government is giving DKK 5 million to help the people of Chad.", 0, 0, ""},
		// Spanish pages: a running sum, what is asked for, and the gift.
		{"a Spanish running sum", "Estos fondos elevan la cantidad total asignada este año a más de 270 millones de dólares.", 0, 0, "cumulative"},
		{"a Spanish running sum after the gift", "Los 125 millones de dólares del fondo elevan la cantidad total asignada a emergencias con financiación insuficiente este año a más de 270 millones de dólares.", 1, 0, "cumulative"},
		{"the gift before a Spanish running sum", "Los 125 millones de dólares del fondo elevan la cantidad total asignada a emergencias con financiación insuficiente este año a más de 270 millones de dólares.", 0, 0, ""},
		{"a Spanish appeal", "Este año, la ONU ha solicitado más de 55 mil millones de dólares para ayudar a millones de personas.", 0, 0, "appeal"},
		{"what a Spanish appeal got", "Pero hasta ahora, su llamamiento ha recibido alrededor de 16.000 millones de dólares.", 0, 0, "appeal"},
		{"what is still needed, in Spanish", "Pasarán hambre a menos que los donantes aporten los casi 39 mil millones de dólares que aún se necesitan.", 0, 0, "appeal"},
		{"a Spanish gift after an appeal", "En respuesta al llamamiento de la ONU, España aporta 5 millones de euros.", 0, 0, ""},
		{"what a Spanish giver plans", "La Aecid dedicó más de 65 millones de euros en 2021 y tiene previsto aportar más de 95 millones en 2022.", 1, 0, "plan"},
		{"the Spanish gift before a plan", "La Aecid dedicó más de 65 millones de euros en 2021 y tiene previsto aportar más de 95 millones en 2022.", 0, 0, ""},
		{"in addition, no list", "In addition to its regular contributions, Austria gives EUR 2 million to the appeal.", 0, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := contextOf(t, tc.sent, tc.nth, tc.year); got != tc.want {
				t.Errorf("amountContext(%q, amount %d) = %q, want %q", tc.sent, tc.nth, got, tc.want)
			}
		})
	}
}

// TestDeficitIsNoGift: a recipient's deficit, told before the gift in a
// page with no title line, is context, and the gift after it is the
// total.
func TestDeficitIsNoGift(t *testing.T) {
	got := amountLabels(t, "", []string{
		"The agency's director said that Norway's large contribution has cut the agency's deficit from $300 million in March to $12 million.",
		"He spoke at a signing ceremony in Oslo for a $40 million Norwegian grant to the agency."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
	})
	want := []string{"$300 million/false/appeal", "$12 million/false/appeal", "$40 million/true/"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestPastAggregates: money given before over many countries or years,
// below the smaller gift a release opens with, is context, not a part.
func TestPastAggregates(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"many countries in a fiscal year", []string{
			"Chile is giving $4 million to help refugees from the fighting in Peru.",
			"In 2019-20, Chile provided more than $90 million to help the displaced in seven countries."},
			[]string{"$4 million/true/", "more than $90 million/false/earlier"}},
		{"many countries, no year", []string{
			"Chile is giving $4 million to help refugees from the fighting in Peru.",
			"Chile has provided more than $90 million to 12 countries hit by the crisis."},
			[]string{"$4 million/true/", "more than $90 million/false/cumulative"}},
		{"the gift for many countries", []string{
			"Chile is giving $4 million to help refugees in five countries of the region.",
			"Of this, $1 million goes to UNHCR."},
			[]string{"$4 million/true/", "$1 million/false/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "Chile gives $4 million for refugees", tc.paras, func(f corpus.Fact) string {
				return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTableRowsRunTogether: the rows of a breakdown table run together
// into one sentence, "LABEL $ X" each, are parts of the gift: a label
// naming a response plan is what its row goes to, not the plan's size,
// and each row's place is the one its own label names, not the next
// row's.
func TestTableRowsRunTogether(t *testing.T) {
	got := amountLabels(t, "Canada gives $30 million more to UNICEF", []string{
		"Canada is giving UNICEF a further $30 million for its 2019 programmes.",
		"The money is split as follows:",
		"Latin America $ 12.5 million Yemen Humanitarian Response Plan $ 8 million Supplies Division $ 3.5 million Asia and Pacific $ 6 million",
	}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%s/%s", f.Amount.Stated, f.Context, f.Country+f.Region)
	})
	want := []string{"$30 million//", "$ 12.5 million//Latin America", "$ 8 million//YEM", "$ 3.5 million//", "$ 6 million//Asia-Pacific"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
	// Prose with a plan is no table: "the Yemen Humanitarian Response
	// Plan of $4 billion" is the plan's size.
	if got := contextOf(t, "Canada's money goes towards the Yemen Humanitarian Response Plan of $4 billion, of which $1 billion is funded.", 0, 0); got != "plan" {
		t.Errorf("plan in prose: context %q, want plan", got)
	}
}

// TestPlacesListedAfterManyCountries: "The remaining countries are Peru
// (€4 million); ..." lists places funded, each with its part; a subject
// of "countries" that runs over amounts to a later verb ("a top-up
// allocated in March") is no set of other givers.
func TestPlacesListedAfterManyCountries(t *testing.T) {
	got := amountLabels(t, "EU gives €20 million for the Andes", []string{
		"The European Union is giving €20 million in humanitarian funding to four countries of the Andes.",
		"Bolivia gets €6 million and Ecuador €5 million.",
		"The remaining countries are Peru (€4 million, covering the €1 million top-up allocated in March as more people fled); and Colombia (€5 million).",
	}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%s/%s", f.Amount.Stated, f.Context, f.Country)
	})
	want := []string{"€20 million//", "€6 million//BOL", "€5 million//ECU", "€4 million//PER", "€1 million/earlier/", "€5 million//COL"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}
