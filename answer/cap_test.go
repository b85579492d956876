package answer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
)

// An answer over more releases than it shows keeps MaxItems lines, says
// how many it leaves out, and still sums every release it matched.
func TestCappedAnswerSumsEverything(t *testing.T) {
	c := corpustest.Synthetic(800, 1)
	e := newEngine(t, c)
	var want float64
	matched := 0
	for _, r := range c.Releases {
		if total, ok := r.Total(); ok && r.Year == 2011 && total.Amount.Currency == "USD" {
			want += total.Amount.Value
			matched++
		}
	}
	if matched <= MaxItems {
		t.Fatalf("the corpus has %d releases for 2011, want more than %d for this test", matched, MaxItems)
	}
	a, err := e.Answer(context.Background(), "/funding 2011")
	if err != nil {
		t.Fatal(err)
	}
	var shown int
	var sum *Item
	for i, it := range a.Items {
		if it.Derived {
			sum = &a.Items[i]
		} else {
			shown++
		}
	}
	if shown != MaxItems {
		t.Errorf("Answer(%q) shows %d lines, want %d", a.Query, shown, MaxItems)
	}
	if wantSum := formatMoney(want, "USD"); sum == nil || sum.Value != wantSum {
		t.Errorf("Answer(%q) sum = %+v, want %s: the total of all %d releases", a.Query, sum, wantSum, matched)
	}
	note := fmt.Sprintf("Not shown: %d more lines (from %d other releases); every total or sum above counts them.", matched-MaxItems, matched-MaxItems)
	if !strings.Contains(a.Text, note) {
		t.Errorf("Answer(%q) text lacks the note %q:\n%s", a.Query, note, a.Text)
	}
	if len(a.Facts) != matched {
		t.Errorf("Answer(%q) cites %d facts, want all %d it summed", a.Query, len(a.Facts), matched)
	}
}

func TestCapItemsKeepsTheMostRelevant(t *testing.T) {
	var a Answer
	for i := range 40 {
		a.Items = append(a.Items, Item{Label: fmt.Sprint("Person ", i), Value: "minister", Release: fmt.Sprint("r", i),
			Sentence: "A minister spoke."})
	}
	a.Items[35].Sentence = "The anonymous Donor asked not to be named."
	a.Items[39] = Item{Label: "Sum", Value: "USD 1 million", Derived: true}
	a.capItems(corpus.Fold("Who is the donor?"))
	if len(a.Items) != MaxItems+1 {
		t.Fatalf("capItems kept %d items, want %d and the sum", len(a.Items), MaxItems)
	}
	// The item naming the donor is kept, in its place; the sum too; the
	// other items in the answer's order.
	want := []string{"Person 0", "Person 1"}
	for i := 2; i < MaxItems-1; i++ {
		want = append(want, fmt.Sprint("Person ", i))
	}
	want = append(want, "Person 35", "Sum")
	var got []string
	for _, it := range a.Items {
		got = append(got, it.Label)
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("capItems kept %v, want %v", got, want)
	}
	if len(a.Notes) != 1 || !strings.HasPrefix(a.Notes[0], "Not shown: 9 more lines (from 9 other releases);") {
		t.Errorf("capItems notes %q, want one that 9 lines of 9 other releases are not shown", a.Notes)
	}
}

func TestCapItemsLeavesShortAnswersAndTables(t *testing.T) {
	for _, tt := range []struct {
		name  string
		kind  Kind
		items int
	}{
		{"short", KindTotal, MaxItems},
		{"table", KindTable, 3 * MaxItems},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Answer{Kind: tt.kind, Items: make([]Item, tt.items)}
			a.capItems("kenya")
			if len(a.Items) != tt.items || len(a.Notes) != 0 {
				t.Errorf("capItems on %d items of a %s answer left %d items and notes %q, want all and none", tt.items, tt.kind, len(a.Items), a.Notes)
			}
		})
	}
}

// A sum over many releases names the first maxSumParts of them and counts
// the rest; a line of /funding all quotes maxRowFigures figures and counts
// the rest.
func TestLongListsCounted(t *testing.T) {
	e := newEngine(t, corpustest.Synthetic(800, 1))
	a, err := e.Answer(context.Background(), "/funding 2011")
	if err != nil {
		t.Fatal(err)
	}
	var derived string
	for _, n := range a.Notes {
		if strings.HasPrefix(n, "Derived: ") {
			derived = n
		}
	}
	var sum string
	for _, it := range a.Items {
		if it.Derived {
			sum = it.Label
		}
	}
	var releases int
	if _, err := fmt.Sscanf(sum, "Sum of %d releases", &releases); err != nil || releases <= maxSumParts {
		t.Fatalf("Answer(%q) sum %q, want one over more than %d releases", a.Query, sum, maxSumParts)
	}
	want := fmt.Sprintf("; and %d more. No release states this sum.", releases-maxSumParts)
	if !strings.HasPrefix(derived, fmt.Sprintf("Derived: fundbot added the totals stated in %d releases: ", releases)) ||
		!strings.HasSuffix(derived, want) || strings.Count(derived, "”") != maxSumParts {
		t.Errorf("Answer(%q) derived note = %q, want %d releases named and %q", a.Query, derived, maxSumParts, want)
	}

	all, err := e.Answer(context.Background(), "/funding all")
	if err != nil {
		t.Fatal(err)
	}
	counted := 0
	for _, it := range all.Items {
		if strings.Contains(it.Value, " more (/funding ") {
			counted++
			if n := strings.Count(it.Value, "; "); n != maxRowFigures {
				t.Errorf("/funding all line %q quotes %d figures, want %d and a count", it.Label, n, maxRowFigures)
			}
		}
	}
	if counted == 0 {
		t.Errorf("/funding all on 800 releases counts no line's figures; want the longest lines cut")
	}
}
