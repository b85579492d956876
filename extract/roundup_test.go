package extract

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestRoundup reads a page that lists what several donors pledged, one
// entry a donor: each entry's amounts are its donor's own, the sum over
// them all is no one's gift, and the release has no total.
func TestRoundup(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		donors     []string
		// amounts are "donor|stated|context" for every amount read.
		amounts []string
	}{
		{"world leaders pledge, a speaker, then each donor's line",
			"Global leaders pledged a total of $4 billion on Monday for people displaced by the war in Ruritania.\n\n" +
				"Delegates at the meeting in Rome promised $2 billion for this year, Italian Foreign Minister Anna Verdi said.\n\n" +
				"Here is what some of the countries have pledged:\n- Canada: Canada announced that it will give $300 million over three years.\n- Norway: Norway pledges $150 million, of which $40 million is for schools.\n",
			[]string{"Canada", "Norway"},
			[]string{"|$4 billion|overall", "|$2 billion|overall", "Canada|$300 million|", "Norway|$150 million|", "Norway|$40 million|"}},
		{"a breakdown of what donors pledged, one paragraph each",
			"Pledges topped the $900 million appeal for Ruritania at the meeting in Oslo on Tuesday.\n\n" +
				"Below is a breakdown of the money that donors have pledged so far:\n\nSweden: $80 million.\n\nDenmark: $60 million for the World Food Programme.\n\nQatar - $25 million.\n\nFinland: $20 million.\n",
			[]string{"Sweden", "Denmark", "Qatar", "Finland"},
			[]string{"|$900 million|appeal", "Sweden|$80 million|", "Denmark|$60 million|", "Qatar|$25 million|", "Finland|$20 million|"}},
		{"an entry's second sentence is still its donor's",
			"Donors pledged $1.5 billion for Ruritania at a conference in Brussels on Thursday.\n\n" +
				"Here is what some countries have promised:\n" +
				"- Britain: The UK will give 200 million pounds this year. That brings its aid to Ruritania since 2015 to 900 million pounds.\n" +
				"- The Netherlands: The Dutch government pledged 50 million euros.\n" +
				"- Sweden: Sweden backs the $900 million response plan for the region and will say what it gives later this month.\n",
			[]string{"United Kingdom", "Netherlands", "Sweden"},
			[]string{"|$1.5 billion|overall", "United Kingdom|200 million pounds|", "United Kingdom|900 million pounds|cumulative", "Netherlands|50 million euros|", "Sweden|$900 million|plan"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("test", []byte(tc.page))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			if !slices.Equal(r.Donors, tc.donors) {
				t.Errorf("donors %q, want %q", r.Donors, tc.donors)
			}
			if f, ok := r.Total(); ok {
				t.Errorf("total %q, want none", f.Amount.Stated)
			}
			if r.Recipient != "" {
				t.Errorf("recipient %q, want none: a roundup's recipients are its entries'", r.Recipient)
			}
			if !slices.Contains(r.Check, roundupCheck) {
				t.Errorf("checks %q, want the roundup's", r.Check)
			}
			var got []string
			for _, f := range r.Facts {
				if f.Kind == corpus.KindAmount {
					got = append(got, f.Donor+"|"+f.Amount.Stated+"|"+f.Context)
				}
			}
			if !slices.Equal(got, tc.amounts) {
				t.Errorf("amounts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.amounts, "\n"))
			}
		})
	}
}

// TestRoundupRefused keeps refusing a roundup whose list does not name a
// donor for each entry: its sums are many donors' with none to tie them to.
func TestRoundupRefused(t *testing.T) {
	for _, tc := range []struct{ name, page string }{
		{"entries name agencies, not donors",
			"Donors pledged $700 million for Ruritania at the meeting on Tuesday.\n\n" +
				"Here is what donors have pledged to each agency:\n- UNICEF: $90 million for schools.\n- WFP: $120 million for food.\n"},
		{"one donor's line only",
			"Donors pledged $700 million for Ruritania at the meeting on Tuesday.\n\n" +
				"Here is what some countries have pledged:\n- Sweden: $80 million for shelter.\n- Others: $30 million in all.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Ingest("test", []byte(tc.page))
			if !errors.Is(err, ErrNotRelease) || !strings.Contains(err.Error(), "a roundup of many donors' pledges") {
				t.Errorf("Ingest: %v, want a roundup refused", err)
			}
		})
	}
}

// TestRoundupHeadings reads a ranked list whose entries are headings (a
// donor's name alone, in capitals, numbered) with the figures under them,
// each line labelled with its year or years.
func TestRoundupHeadings(t *testing.T) {
	page := "Largest pledges for Ruritania's relief needs\n\nby Newswire\n\n" +
		"OSLO, March 8 (Newswire) - Donor states pledged more than $2 billion for Ruritania at a meeting in Oslo on Monday, the host said.\n\n" +
		"Below is a list of the largest pledges, ranked by the size of this year's:\n\n" +
		"1. SWEDEN\n\n2021: $300 million\n\n2. EUROPEAN COMMISSION\n\n2021: $250 million\n\n2022-2024: $400 million\n\n" +
		"3. UNITED STATES\n\n2021: $90 million\n\n" +
		"The figures were still being checked, the organisers said, and more pledges came in after the meeting ended late on Monday evening in the Norwegian capital.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if want := []string{"Sweden", "European Union", "United States"}; !slices.Equal(r.Donors, want) {
		t.Errorf("donors %q, want %q", r.Donors, want)
	}
	var got []string
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount {
			got = append(got, fmt.Sprintf("%s|%s|%s|%d|%s", f.Donor, f.Amount.Stated, f.Context, f.Year, f.Check))
		}
	}
	want := []string{
		"|more than $2 billion|overall|0|",
		"Sweden|$300 million||2021|",
		"European Union|$250 million||2021|",
		"European Union|$400 million||2022|stated for 2022-2024 together, as its line says; kept under its first year",
		"United States|$90 million||2021|",
	}
	if !slices.Equal(got, want) {
		t.Errorf("amounts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestProseRoundup reads a recipient's thanks that tells many donors' gifts
// in its sentences: each amount is the donor's named right before it, a
// list "all contributing" an amount gives it to each, and the sum of them
// all, or what the work costs, is no one's gift.
func TestProseRoundup(t *testing.T) {
	page := "UNICEF thanks donors for help to children in Chad\n\n" +
		"N'DJAMENA, 3 March 2015 - UNICEF today thanked its partners, with donors from governments to private companies giving nearly US$60 million for children in Chad.\n\n" +
		"The programme is expected to cost more than US$150 million this year.\n\n" +
		"The United Kingdom is the largest donor so far, having given US$21 million. The Dutch government has contributed US$12 million, Norway has offered US$8 million, Italy US$5 million and Ireland about US$2 million, with Austria, Finland and Belgium all contributing around US$1 million.\n\n" +
		"The World Bank and the African Development Bank have pledged US$4 million each.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if f, ok := r.Total(); ok {
		t.Errorf("total %q, want none", f.Amount.Stated)
	}
	if !slices.Contains(r.Check, proseRoundupCheck) {
		t.Errorf("checks %q, want the roundup's", r.Check)
	}
	got := map[string]string{}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount {
			got[f.Donor+"|"+f.Amount.Stated] = f.Context
		}
	}
	for _, want := range []string{"United Kingdom|US$21 million", "Netherlands|US$12 million", "Norway|US$8 million", "Italy|US$5 million",
		"Ireland|about US$2 million", "Austria|around US$1 million", "Finland|around US$1 million", "Belgium|around US$1 million",
		"World Bank|US$4 million", "African Development Bank|US$4 million"} {
		if c, ok := got[want]; !ok || c != "" {
			t.Errorf("no gift %q among %v", want, got)
		}
	}
	if c := got["|nearly US$60 million"]; c != "overall" {
		t.Errorf("the sum of all donors has context %q, want overall (amounts %v)", c, got)
	}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindDestination && f.Country != "TCD" {
			t.Errorf("destination %s: a donor is no place the money goes", f.CountryName)
		}
	}
}

// TestNoProseRoundup: a page about one donor's money that compares it with
// other donors' is no roundup: their amounts stay other donors' money.
func TestNoProseRoundup(t *testing.T) {
	page := " date 2020-01-14 NEWS\n\n(Newswire)\n\n" +
		"So far this year Norway has given Chad $5.7 million of humanitarian aid to help the country rebuild villages, UN data showed Tuesday.As of Friday, the figures show $4 million from Norway going to WHO and a further $1.7 million to the Chad Red Cross.Together the two sums make up the largest share of the $8 million given to Chad so far this year, ahead of Sweden's $1.3 million donation and Denmark's $600,000.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if slices.Contains(r.Check, proseRoundupCheck) || slices.Contains(r.Donors, "Sweden") {
		t.Errorf("donors %q, checks %q: read as a roundup", r.Donors, r.Check)
	}
}

// TestPledgesAfterARelativeClause: in "The United Kingdom, which co-hosted
// the summit along with the governments of Chile and Canada, pledged £90
// million ($115 million), Canada $80 million ($79m million), and the United
// States $60 million", each amount after the first is the giver named right before it
// (the bracket written twice over too), and the first is the United Kingdom's, not the
// last country of the relative clause.
func TestPledgesAfterARelativeClause(t *testing.T) {
	sent := "The United Kingdom, which co-hosted the summit along with the governments of Chile and Canada, pledged £90 million ($115 million), Canada $80 million ($79m million), and the United States $60 million."
	for _, tc := range []struct{ stated, want string }{{"$80 million", "Canada"}, {"$60 million", "United States"}} {
		if got := elidedGiver(sent, strings.Index(sent, tc.stated)); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("elidedGiver before %s = %q, want %q", tc.stated, got, tc.want)
		}
	}
	f := corpus.Fact{Kind: corpus.KindAmount, Sentence: sent, Amount: &corpus.Amount{Stated: "£90 million"}}
	if got := namedGiverOf(&f, indexStated(sent, "£90 million"), []string{"United Kingdom", "Canada", "United States"}); got != "United Kingdom" {
		t.Errorf("namedGiverOf(£90 million) = %q, want the United Kingdom", got)
	}
}

// TestGatheringRoundup: a story whose announcing sentence tells of many
// givers together and names no donor ("says an international donors'
// conference has pledged") is read as a roundup told in sentences: each
// giver named with its own amount is a donor, the sum of all is no one's;
// "N from X" gives N to X, not to the giver named before it. With fewer
// than two givers it is refused.
func TestGatheringRoundup(t *testing.T) {
	const lead = "Flood pledges top Peru's needs\n\n" +
		"Peru's President Ana Ruiz told reporters that donors meeting in Lima have pledged about $US3 billion for flood relief.\n\n" +
		"Peru had said it needed $US2.5 billion for rebuilding.\n\n" +
		"Chile has promised $US400 million, the most of any country.\n"
	page := lead + "\nFigures kept by the UN show $US90 million committed, including $US5 million from Ecuador, $US5 million from Bolivia and $US2 million from Uruguay, with a further $US20 million promised by other governments.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if slices.Contains(r.Donors, "Peru") {
		t.Errorf("donors %q: the country funded is no giver", r.Donors)
	}
	got := map[string]string{}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount {
			got[f.Amount.Stated+"|"+f.Donor] = f.Context
		}
	}
	for _, want := range []string{"$US400 million|Chile", "$US5 million|Ecuador", "$US5 million|Bolivia", "$US2 million|Uruguay"} {
		if c, ok := got[want]; !ok || c != "" {
			t.Errorf("no gift %q among %v", want, got)
		}
	}
	for _, whole := range []string{"about $US3 billion|", "$US90 million|", "$US20 million|"} {
		if c, ok := got[whole]; !ok || c == "" {
			t.Errorf("%q is no one giver's gift: got %v", whole, got)
		}
	}
	// With one giver named, the donors' sum is never its total.
	if one, err := Ingest("test", []byte(lead)); err == nil {
		if f, ok := one.Total(); ok && f.Amount.Value == 3e9 || slices.Contains(one.Donors, "Peru") {
			t.Errorf("one giver named: donors %q, the $US3 billion of many read as one's", one.Donors)
		}
	} else if !errors.Is(err, ErrNotRelease) {
		t.Errorf("one giver named: err = %v", err)
	}
}

// TestRoundupOfInferredDonors: a one-paragraph wire story whose two
// inferred donors give "N each" and one other giver its own amount is a
// roundup of three givers: each keeps its own amount, the sum of all is no
// one's.
func TestRoundupOfInferredDonors(t *testing.T) {
	page := "LIMA (AFP) Mar 2, 2016 Foreign donors pledged on Saturday to give Peru 3 billion dollars for rebuilding after the floods. Both the World Bank and the Asian Development Bank pledged 500 million dollars each in loans and grants. The United States pledged 200 million dollars, including 60 million dollars already given.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	got := map[string]string{}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount {
			got[f.Donor+"|"+f.Amount.Stated] = f.Context
		}
	}
	for _, want := range []string{"World Bank|500 million dollars", "Asian Development Bank|500 million dollars", "United States|200 million dollars"} {
		if c, ok := got[want]; !ok || c != "" {
			t.Errorf("no gift %q among %v", want, got)
		}
	}
	// Money already given inside a giver's pledge is its earlier money,
	// not a second gift.
	if c := got["United States|60 million dollars"]; c != "earlier" {
		t.Errorf("60 million dollars already given has context %q, want earlier (amounts %v)", c, got)
	}
	if c := got["|3 billion dollars"]; c != "overall" {
		t.Errorf("the sum of all donors has context %q, want overall (amounts %v)", c, got)
	}
}
