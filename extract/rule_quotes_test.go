package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
)

// TestQuotes runs the speakers step over small releases: who said each
// quotation, or "" when the release does not say.
func TestQuotes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"said after the name and role", []string{`"We are grateful to Japan for its support," said IOM Director General William Lacy Swing.`}, []string{"William Lacy Swing"}},
		{"introduced by the paragraph before", []string{"Thanking Japan, IOM Director General António Vitorino said:", `"We are grateful that Japan keeps supporting us in these times."`}, []string{"António Vitorino"}},
		{"surname resolved", []string{"Minister of Foreign Affairs Børge Brende announced the funds.", "'Norway's extra funds will secure food that people urgently need,' Mr Brende said."}, []string{"Børge Brende"}},
		{"a three-word name after says", []string{`"Denmark is a strong partner in emergencies that save lives," says Karolina Lindholm Billing, UNHCR Deputy Regional Representative.`}, []string{"Karolina Lindholm Billing"}},
		{"three names after a title", []string{`"Norway is giving more to refugees in the region," Minister of Foreign Affairs Jonas Gahr Store said.`}, []string{"Jonas Gahr Store"}},
		{"two names after a title", []string{`"Norway is giving more to refugees in the region," Minister of Foreign Affairs Børge Brende said.`}, []string{"Børge Brende"}},
		{"a name inside the quotation is not the speaker", []string{`"On her trip, Vice President Kamala Harris announced new assistance for Ukraine," the White House said.`}, []string{""}},
		{"dash-led quote", []string{"– The government has decided to allocate another 20 million to the Red Cross, said Development Aid Minister Matilda Ernkrans."}, []string{"Matilda Ernkrans"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &corpus.Release{Donors: []string{"Japan"}, Recipient: "IOM", Paragraphs: tc.paras}
			x := &releaseText{r: r, p: &parsed{}, donorCodes: map[string]bool{}, seen: map[string]bool{}}
			for i, para := range tc.paras {
				p := x.read(i+1, para, "")
				for j := range p.sentences {
					peopleFacts(x, p, &p.sentences[j])
				}
			}
			var got []string
			for _, f := range x.quotes() {
				got = append(got, f.Person)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("quotes(%q) speakers (-want +got):\n%s", tc.paras, diff)
			}
		})
	}
}
