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
	lead := "This year Korea has sent the North $5.73 million in aid. UN data show $4 million of it going to the World Health Organization (WHO) and a further $1.7 million to the North's Red Cross Society."
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
