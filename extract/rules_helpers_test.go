package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
)

// ruleCase is one row of a rule's table test: a paragraph of a release
// by Japan to IOM, and what the rule finds in it, summarised.
type ruleCase struct {
	name, text string
	want       []string
}

// runRule reads text as the one paragraph of a release by Japan to IOM,
// runs find over it (a sentence rule on each sentence, or a paragraph
// rule) and summarises the facts with sum.
func runRule(t *testing.T, tc ruleCase, sentenceFind func(*releaseText, *paragraph, *sentence) []corpus.Fact,
	paragraphFind func(*releaseText, *paragraph) []corpus.Fact, sum func(corpus.Fact) string) {
	t.Helper()
	r := &corpus.Release{Title: "Japan gives IOM USD 10 million", Donors: []string{"Japan"}, Recipient: "IOM", Year: 2011, Paragraphs: []string{tc.text}}
	x := &releaseText{r: r, p: &parsed{}, donorCodes: map[string]bool{"JPN": true}, seen: map[string]bool{}, currency: "USD"}
	p := x.read(1, tc.text, "")
	var facts []corpus.Fact
	if sentenceFind != nil {
		for i := range p.sentences {
			facts = append(facts, sentenceFind(x, p, &p.sentences[i])...)
		}
	}
	if paragraphFind != nil {
		facts = append(facts, paragraphFind(x, p)...)
	}
	facts = append(facts, x.destinations...)
	var got []string
	for _, f := range facts {
		got = append(got, sum(f))
	}
	if diff := cmp.Diff(tc.want, got); diff != "" {
		t.Errorf("%s(%q) (-want +got):\n%s", tc.name, tc.text, diff)
	}
}

// where summarises the place of a fact: a country code or a region.
func where(f corpus.Fact) string {
	return strings.TrimSpace(f.Country + " " + f.Region)
}

func sumAmount(f corpus.Fact) string {
	return fmt.Sprintf("%s|%.0f %s|%s", f.Amount.Stated, f.Amount.Value, f.Amount.Currency, where(f))
}
