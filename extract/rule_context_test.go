package extract

import "testing"

// TestContextTestRules: every test rule of contextRules, and the last rule
// (the year an amount's clause names), holds for its example, and is the
// first rule to hold there. A new test rule needs an example here.
func TestContextTestRules(t *testing.T) {
	examples := []struct {
		sent string
		nth  int // which amount of the sentence
		year int
	}{
		{"So far, Norway has given the agency a total of NOK 80 million.", 0, 0},
		{"The ministry is raising its support for the response from EUR 5 million to EUR 9 million.", 0, 0},
		{"Chile has provided USD 4 million to the fund since 2019.", 0, 0},
		{"Following the cabinet's decision last month to provide $20 million for the region, the embassy signed a grant with WFP.", 0, 0},
		{"This brings the total $90 million released this year to the crisis.", 0, 0},
		{"It will take $2 billion to keep the camps running, the agency said.", 0, 0},
		{"With the grant of $5 million announced in May, $12 million in total will be given.", 1, 0},
		{"Chad will receive a total contribution of EUR 3 million.", 0, 0},
		{"With this grant of USD 7 million, Korea is providing to date USD 30 million.", 0, 0},
		{"The government has identified $3 billion in reconstruction needs.", 0, 0},
		{"The relief is part of cancelling the country's $60 million external debt.", 0, 0},
		{"The new grant and the loan from last year together total EUR 40 million.", 0, 0},
		{"The pledging conference in Geneva raised $700 million for the region.", 0, 0},
		{"Other donors: Sweden, $3 million; Finland, $2 million.", 0, 0},
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
