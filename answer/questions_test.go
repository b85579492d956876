package answer

import (
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestClassify holds the order of the question kinds: each question goes
// to the kind a person means, though its words fit several.
func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		q    string
		want intent
	}{
		{"amount", "How much did Japan give IOM in 2011?", intentAmount},
		{"amount_names_a_programme", "How much did Canada give the World Food Programme?", intentAmount},
		{"amount_names_an_organisation", "How much did the organisation receive?", intentAmount},
		{"share", "What share goes to the Horn of Africa?", intentShare},
		{"largest", "Which country gets the largest share?", intentShare},
		{"list_donors", "Which donors are in the corpus?", intentList},
		{"list_recipients", "Which organisations deliver Japan's grant?", intentList},
		{"list_years", "Which years does the corpus cover?", intentList},
		{"count", "In how many countries does this CERF allocation work?", intentCount},
		{"count_projects", "How many projects does Japan's contribution fund?", intentCount},
		{"quote", "What did Valerie Amos say?", intentQuote},
		{"spoke", "Who spoke for WFP?", intentQuote},
		{"beneficiaries", "How many women and girls will UNFPA reach?", intentBeneficiaries},
		{"contact", "Who is the press contact?", intentContact},
		{"organisation", "How many member states does IOM have?", intentOrganisation},
		{"where", "Where does the money go?", intentCountries},
		{"help", "help", intentHelp},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := classify(corpus.Fold(tt.q))
			if k == nil || k.intent != tt.want {
				got := intentNone
				if k != nil {
					got = k.intent
				}
				t.Errorf("classify(%q) = %d, want %d", tt.q, got, tt.want)
			}
		})
	}
}

func TestTopicsOf(t *testing.T) {
	e := newEngine(t, narrowCorpus(t))
	tests := []struct {
		q    string
		want []string
	}{
		{"How much did Japan give for the Rohingya in Cox's Bazar?", []string{"Rohingya", "Cox's Bazar"}},
		{"How much did Canada give the World Food Programme in Yemen?", nil},
		{"How much did the EU give for Somalia in March 2017?", nil},
		{"What did António Vitorino say?", nil},
		{"How much did Japan give for COVID-19?", []string{"COVID-19"}},
		{"How much did Japan give for WASH in Marawi?", []string{"Marawi"}},
	}
	for _, tt := range tests {
		if got := e.parse(tt.q).topics; !slices.Equal(got, tt.want) {
			t.Errorf("parse(%q).topics = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestSpeakerNamed(t *testing.T) {
	for q, want := range map[string]string{
		"What did Penny Mordaunt say about 2018?": "Penny Mordaunt",
		"What has the minister said?":             "minister",
		"How much did Japan give?":                "",
	} {
		if got := speakerNamed(q); got != want {
			t.Errorf("speakerNamed(%q) = %q, want %q", q, got, want)
		}
	}
}
