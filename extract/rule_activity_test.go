package extract

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestActivityRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return where(f) + "|" + f.Text }
	for _, tc := range []ruleCase{
		{"in a place", "In Kenya, IOM will initiate conflict mitigation activities.", []string{"KEN|In Kenya, IOM will initiate conflict mitigation activities."}},
		{"no place", "IOM will initiate conflict mitigation activities.", nil},
		{"a quotation is no activity", `"We will help Kenya," said the minister.`, nil},
		{"a list item's place is not another item's", "The Norwegian allocation is set out as follows: • NOK 60 million for rapid response funds; • NOK 20 million to support UNICEF's cholera response in Malawi.", []string{"MWI|NOK 20 million to support UNICEF's cholera response in Malawi."}},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, nil, activityFacts, sum) })
	}
}
