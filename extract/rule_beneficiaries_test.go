package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestBeneficiaryRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return fmt.Sprintf("%d|%s|%s|%s", f.Count, f.CountStated, f.Who, where(f)) }
	for _, tc := range []ruleCase{
		{"reached", "The funds will assist approximately 450,000 flood affected individuals in Pakistan.", []string{"450000|approximately 450,000|flood affected individuals|PAK"}},
		{"people across a list of places", "The funds will assist about 800,000 vulnerable people, among them refugees in Chad, Niger and Mali.", []string{"800000|about 800,000|vulnerable people|"}},
		{"will benefit", "In Yemen, 1.14 million children will benefit.", []string{"1140000|1.14 million|children|YEM"}},
		{"food handed to people", "With $5 million, the agency is handing out 9,000 tonnes of emergency food to some 700,000 people in Chad.", []string{"700000|some 700,000|people|TCD"}},
		{"expected to be helped, far after the count", "More than 2.1 million people in some of the most dangerous places, including Mali and Chad, are expected to be helped.", []string{"2100000|More than 2.1 million|people|"}},
		{"people in need are not beneficiaries", "In Ethiopia more than 10 million people now suffer from drought.", nil},
		{"people across several countries", "In Niger, the funds will support more than 650,000 displaced people and refugees in the four countries.", []string{"650000|more than 650,000|displaced people|"}},
		{"people expected to be in need, and the count they rose from", "The funding will help, with 235 million people expected to be in need of urgent assistance next year – up from 175 million people at the start of the year.", nil},
		{"space-grouped count", "WFP will feed 31 000 farmers in Sudan.", []string{"31000|31 000|farmers|SDN"}},
		{"things for people", "UNFPA keeps supporting 10 safe spaces for women.", nil},
		{"money without its currency, to an organisation", "Spain will also contribute 8.7 million to the United Nations High Commissioner for Refugees (UNHCR) and 8.032 million to the United Nations Children's Fund (UNICEF), especially for children.", nil},
		{"what a recipient does each month", "Each month WFP reaches three million vulnerable people in Syria.", nil},
		{"help the recipient already gives", "Part of the contribution will go to WFP in Jordan, where food vouchers help more than three million refugees.", nil},
		{"a list the money will achieve", "The grant is expected to achieve the following: (1) Food for approximately 320,000 people in Syria.", []string{"320000|approximately 320,000|people|SYR"}},
		{"half a million in words", "UK funding will support over half a million people in Somalia.", []string{"500000|over half a million|people|SOM"}},
		{"people driven from their homes", "For the first time since 1945, more than 50 million people have been driven from their homes.", nil},
		{"some of the people", "In Poland, £15 million of UK funding will support up to 200,000 of the people most affected.", []string{"200000|up to 200,000|of the people|POL"}},
		{"a people by name", "The aid is expected to repair shelters for around 14,000 Rohingyas in Bangladesh.", []string{"14000|around 14,000|Rohingyas|BGD"}},
		{"people naming things", "The funding will keep 10 women safe spaces open in Yemen.", nil},
		{"a year is no count", "IOM will help migrants in 2011 people say.", nil},
		{"will assist", "The Japanese funding will assist 120,000 people in Somalia.", []string{"120000|120,000|people|SOM"}},
		{"benefiting, after the gift", "The contribution, benefiting some 50,000 refugees in Chad, pays for food and shelter.", []string{"50000|some 50,000|refugees|TCD"}},
		{"a crisis's displaced are no reach", "The conflict has displaced 1.2 million people in Sudan, and Japan's money will provide food.", nil},
		{"a host country's refugees are no reach", "Chad hosts some 400,000 refugees, and the new funds will support UNHCR there.", nil},
		{"an agency's caseload is no reach", "UNHCR cares for more than 20 million refugees worldwide.", nil},
		{"the next count of a list the cue covers", "In Myanmar, Australian funds will help WFP bring emergency food to more than 360,000 people affected or displaced by conflict, and to up to 2 million vulnerable people in urban areas.",
			[]string{"360000|more than 360,000|people|MMR", "2000000|up to 2 million|vulnerable people|MMR"}},
		{"a count after a count the sentence does not say the money reaches", "Some 680 000 people have fled, and for 4.2 million people the crisis goes on.", nil},
		{"the people an amount is for", "Half a million dollars for non-formal education for 7,500 refugee children in Bangladesh.", []string{"7500|7,500|refugee children|BGD"}},
		{"money to help people, who suffer every day", "The government is releasing £47m of new emergency aid around the world, to help more than 1.3 million vulnerable people who face hunger every day.", []string{"1300000|more than 1.3 million|vulnerable people|"}},
		{"what an appeal would reach", "WFP said it would require US$590 million to help 3.15 million Ukrainian residents.", nil},
		{"the dead are no reach", "Korea will allocate $5 million in humanitarian aid to Turkey after the earthquakes left more than 5,000 people dead.", nil},
		{"the killed are no reach", "The funds will help families in Nepal, where the quake killed at least 9,000 people.", nil},
		{"people counted in another clause", "Japan gives $2 million for Chad, where 400,000 refugees live.", nil},
		{"what an agency does each month, with money named", "The $5 million goes to WFP, which feeds 3 million people every month.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, beneficiaryFacts, nil, sum) })
	}
}

// TestOtherGiftsPeople: the people a sentence about another donor's gift,
// an appeal or a plan counts are not this gift's, wherever they are.
func TestOtherGiftsPeople(t *testing.T) {
	r, err := Ingest("test", []byte("Norway gives $250,000 for flood victims in Malawi\n\n"+joinParas([]string{
		"Norway has given $250,000 to help families hit by the floods in southern Malawi.",
		"Besides Norway's gift, Canada has pledged CAD 40,000 in emergency aid to support more than 9,000 people in Chikwawa and Nsanje.",
		"The Norwegian money will reach some 3,000 households in Malawi.",
	})))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	var got []string
	for _, f := range r.Facts {
		if f.Kind == corpus.KindBeneficiaries {
			got = append(got, fmt.Sprintf("%d|%s", f.Count, f.Country))
		}
	}
	if want := []string{"3000|MWI"}; !slices.Equal(got, want) {
		t.Errorf("beneficiaries = %q, want %q", got, want)
	}
}
