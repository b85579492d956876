package extract

import (
	"fmt"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestShareRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return fmt.Sprintf("%s|%v|%s", f.Share, f.Largest, where(f)) }
	for _, tc := range []ruleCase{
		{"percent for a region", "Roughly 25 per cent of the funding will go to the Horn of Africa.", []string{"Roughly 25 per cent|false|Horn of Africa"}},
		{"largest share", "The largest share of the Japanese funding will assist Pakistan.", []string{"The largest share|true|PAK"}},
		{"largest with a percent is one share", "The largest share – about 40 per cent – of the funding goes to Kenya.", []string{"about 40 per cent|true|KEN"}},
		{"half of something else", "Half of the country is under water, the funding will help.", nil},
		{"no funding word", "Nearly half of the children are girls.", nil},
		{"an appeal named beside the share", "The largest share of the package, €10 million, goes to Somalia, for which the UN launched an urgent appeal.", []string{"The largest share|true|SOM"}},
		{"a share of an appeal", "Only 40 per cent of the funding for the appeal for Sudan has come in.", nil},
		{"half a million is a count", "The funding will help over half a million people in Ethiopia.", nil},
		{"an appeal's coverage", "To date, only 38 per cent of funding has been received for Yemen.", nil},
		{"a plan's coverage", "The response plan for Sudan is only 20 per cent funded.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, shareFacts, nil, sum) })
	}
}
