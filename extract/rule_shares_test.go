package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestShareRule(t *testing.T) {
	sum := func(f corpus.Fact) string {
		return fmt.Sprintf("%s|%v|%s", f.Share, f.Largest, strings.TrimSpace(f.Country+" "+strings.Join(f.RegionNames(), "; ")))
	}
	for _, tc := range []ruleCase{
		{"percent for a region", "Roughly 25 per cent of the funding will go to the Horn of Africa.", []string{"Roughly 25 per cent|false|Horn of Africa"}},
		{"largest share", "The largest share of the Japanese funding will assist Pakistan.", []string{"The largest share|true|PAK"}},
		{"largest with a percent is one share", "The largest share – about 40 per cent – of the funding goes to Kenya.", []string{"about 40 per cent|true|KEN"}},
		{"a share of national income", "The funding comes after the decision to cut the aid budget from 0.7% to 0.5% of gross national income.", nil},
		{"half of something else", "Half of the country is under water, the funding will help.", nil},
		{"no funding word", "Nearly half of the children are girls.", nil},
		{"an appeal named beside the share", "The largest share of the package, €10 million, goes to Somalia, for which the UN launched an urgent appeal.", []string{"The largest share|true|SOM"}},
		{"a share of an appeal", "Only 40 per cent of the funding for the appeal for Sudan has come in.", nil},
		{"two and a half times is a ratio", "China became the third-largest donor of the agency, with a food donation two and a half times that of 2004.", nil},
		{"what each giver pays of a joint grant", "In Chad, WFP is to receive a grant of USD 4 million from the two funds, each of which pays half.", nil},
		{"half a million is a count", "The funding will help over half a million people in Ethiopia.", nil},
		{"an appeal's coverage", "To date, only 38 per cent of funding has been received for Yemen.", nil},
		{"a plan's coverage", "The response plan for Sudan is only 20 per cent funded.", nil},
		{"a share for two regions together", "Over 40 per cent of the money will go to Sub-Saharan Africa, 35 per cent to the Middle East and North Africa and Europe, and 20 per cent to Asia.",
			[]string{"Over 40 per cent|false|Sub-Saharan Africa", "35 per cent|false|Middle East and North Africa; Europe", "20 per cent|false|Asia"}},
		{"a region's name holding 'and', then another", "60% of the funding goes to Asia and the Pacific and Europe.", []string{"60%|false|Asia-Pacific; Europe"}},
		{"three regions with commas", "Half of the funding goes to the Sahel, the Horn of Africa and the Great Lakes.", []string{"Half|false|Sahel; Horn of Africa; Great Lakes"}},
		{"a list ends at a country", "Half of the funding goes to the Sahel and Yemen.", []string{"Half|false|Sahel"}},
		{"a share for two countries together keeps no place", "Half of the funding goes to Jordan and Lebanon, and a quarter to Iraq.", []string{"Half|false|", "a quarter|false|IRQ"}},
		{"a share for one country", "Half of the funding goes to Jordan, and a quarter to Iraq and Syria.", []string{"Half|false|JOR", "a quarter|false|"}},
		{"a share for two countries each with its amount in brackets", "More than a third of the new money will fund work in Chad ($12 million) and Niger ($9 million).", []string{"More than a third|false|"}},
		{"a giver's share of a fund's income", "The funding goes to Mali; Sweden provides 12 per cent of OCHAs funds.", nil},
		{"a giver's share of an agency's budget", "The new money is for Chad, and Denmark covers a quarter of the agency's budget.", nil},
		{"the next share's region is not joined", "40 per cent of the funding goes to Asia, 20 per cent to Europe.", []string{"40 per cent|false|Asia", "20 per cent|false|Europe"}},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, shareFacts, nil, sum) })
	}
}

// TestShareOfOrganisationOrBudget: a share whose sentence names the
// organisation it goes to, or the budget it is of, takes no place from its
// paragraph; one that names neither still does.
func TestShareOfOrganisationOrBudget(t *testing.T) {
	r, err := Ingest("test", []byte("Norway releases NOK 90 million for crises\n\n"+
		"Norway will release NOK 90 million, with NOK 40 million for Asia. Just over half of the total will go to ICRC operations. "+
		"The ministry will use the bulk of its remaining budget for these crises.\n\n"+
		"Of the sum for Kenya, NOK 10 million is set aside. Half of the funding will support food aid.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range r.Facts {
		if f.Kind == corpus.KindShare {
			got = append(got, f.Share+"|"+f.Region+f.Country)
		}
	}
	for _, want := range []string{"Just over half|", "the bulk|"} {
		if !slices.Contains(got, want) {
			t.Errorf("shares %q, want %q among them", got, want)
		}
	}
}
