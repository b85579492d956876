package extract

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestSectorRule(t *testing.T) {
	// The sectors rule annotates the sentence; amountFacts puts the
	// sector on each amount's fact.
	find := func(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
		sectorFacts(x, p, s)
		return amountFacts(x, p, s)
	}
	sum := func(f corpus.Fact) string { return f.Amount.Stated + "|" + f.Sector }
	for _, tc := range []ruleCase{
		{"for", "IKEA Foundation gives $2.5 million for child protection.", []string{"$2.5 million|child protection"}},
		{"in core funds", "Japan gives USD 5 million, of which EUR 1.6 million in core funds.", []string{"USD 5 million|", "EUR 1.6 million|core funds"}},
		{"will support", "USD 3 million will support food assistance in Sudan.", []string{"USD 3 million|food assistance"}},
		{"spent on, as stated", "$2.5 million will be spent on protecting children from violence.", []string{"$2.5 million|child protection"}},
		{"goes to a specific sector", "Some €1,686,600 goes to a maternal health project in Mongolia.", []string{"Some €1,686,600|maternal health"}},
		{"HIV/AIDS", "UNICEF will also receive $24 million for HIV/AIDS prevention and treatment.", []string{"$24 million|HIV/AIDS"}},
		{"a modifier before the sector", "SEK15 million in additional core support to the Red Cross.", []string{"SEK15 million|core funds"}},
		{"a possessive before the sector", "A further CHF 1 million ($1.2 million) will go to improving UNRWA's governance.", []string{"CHF 1 million|governance", "$1.2 million|governance"}},
		{"restatement in brackets", "SEK75 million (US$8 million) for rapid response assistance;", []string{"SEK75 million|rapid response", "US$8 million|rapid response"}},
		{"recipient between", "Another 500,000 euros from the Federal Foreign Office budget goes to the WFP for its humanitarian air service in the Sahel.", []string{"500,000 euros|humanitarian air service"}},
		{"to its", "Norway is also adding around NOK 20 million to its education cooperation with UNHCR.", []string{"around NOK 20 million|education"}},
		{"sector before: grant of", "Japan announced an education grant of USD 2 million.", []string{"USD 2 million|education"}},
		{"sector before: will receive", "Nutrition programmes will receive USD 4 million.", []string{"USD 4 million|nutrition"}},
		{"one compound sector", "US$ 10 million will be allocated for life-saving food and nutrition assistance in Afghanistan.", []string{"US$ 10 million|food and nutrition assistance"}},
		{"past qualifiers to a compound sector", "US$3 million will be allocated to deliver emergency food and nutrition assistance to people in Somalia.", []string{"US$3 million|food and nutrition assistance"}},
		{"the noun the amount qualifies", "In Afghanistan, a US$7 million contribution will be used to provide lifesaving food and nutrition assistance.", []string{"US$7 million|food and nutrition assistance"}},
		{"past the giver", "WFP welcomed a US$21 million contribution from the Government of the People’s Republic of China to provide urgent food and nutrition assistance.", []string{"US$21 million|food and nutrition assistance"}},
		{"past a qualified noun and the giver", "WFP has received a €5.8 million (US$ 6 million) humanitarian grant from the European Union (EU) to cover the basic food needs of refugees.", []string{"€5.8 million|food assistance", "US$ 6 million|food assistance"}},
		{"a recipient's work", "Saudi Arabia announced a new contribution of $7 million to UNICEF education programmes in Yemen.", []string{"$7 million|education"}},
		{"a recipient's possessive work", "USD 5 million to UNICEF's child protection work.", []string{"USD 5 million|child protection"}},
		{"a recipient's capitalised project", "US$3 million to WFP's Ukraine relief project.", []string{"US$3 million|"}},
		{"a recipient whose name holds a sector's word", "SEK76 million (US$8 million) to the World Food Programme;", []string{"SEK76 million|", "US$8 million|"}},
		{"a recipient's name, British spelling", "SEK40 million (US$4 million) to the World Health Organisation (WHO) response to the Ebola epidemic.", []string{"SEK40 million|", "US$4 million|"}},
		{"the amount qualifies a sector's money term", "SEK15 million (US$2 million) additional core support to the International Red Cross federation", []string{"SEK15 million|core funds", "US$2 million|core funds"}},
		{"the amount qualifies food assistance", "Japan provides USD 2 million emergency food assistance to Chad.", []string{"USD 2 million|food assistance"}},
		{"a sector that names no money does not qualify", "Japan sends USD 2 million food to Chad.", []string{"USD 2 million|"}},
		{"a qualified list gives none", "Japan provides USD 2 million health and education assistance.", []string{"USD 2 million|"}},
		{"a sector past a noun of money gives none", "Japan provides USD 2 million humanitarian assistance for people who lack health care.", []string{"USD 2 million|"}},
		{"a head noun before the sector", "USD 4 million will fund the provision of health care in camps.", []string{"USD 4 million|health"}},
		{"a recipient's interventions to improve a sector", "Japan has donated USD $818,181 in support of UNFPA's interventions to improve lifesaving protection services for women and girls in Yemen.", []string{"$818,181|protection"}},
		{"efforts to provide a sector", "USD 2 million will support WFP's efforts to provide school meals in Haiti.", []string{"USD 2 million|school feeding"}},
		{"interventions to improve a list give none", "USD 2 million for interventions to improve health and education.", []string{"USD 2 million|"}},
		{"a recipient in a place, then to purchase", "China has donated 1 million U.S. dollars in aid to the World Food Programme in Syria to purchase food for the war-stricken Syrians.", []string{"1 million U.S. dollars|food assistance"}},
		{"in food aid stays the sector", "USD 5 million in food aid to WFP in Chad.", []string{"USD 5 million|food assistance"}},
		{"projects in a sector", "EUR 2 million goes to projects in education and EUR 1 million to projects in Kenya.", []string{"EUR 2 million|education", "EUR 1 million|"}},
		{"a list headed by sectors", "Food assistance: USD 3 million; Health: USD 1 million; Kenya: USD 2 million.", []string{"USD 3 million|food assistance", "USD 1 million|health", "USD 2 million|"}},
		{"a heading not at the start", "Japan said support for health: USD 1 million.", []string{"USD 1 million|"}},
		{"restatement after a space", "USD 5 million ( USD 3 million ) for health", []string{"USD 5 million|health", "USD 3 million|health"}},
		{"each amount its own purpose", "USD 2 million for shelter and USD 1 million for health care.", []string{"USD 2 million|shelter", "USD 1 million|health"}},
		{"a list of sectors gives none", "UNRWA will receive CHF 10 million for the health, education and protection of Palestinian refugees.", []string{"CHF 10 million|"}},
		{"two sectors give none", "USD 3 million for food and non-food items.", []string{"USD 3 million|"}},
		{"not another amount's purpose", "USD 5 million, of which USD 2 million for education.", []string{"USD 5 million|", "USD 2 million|education"}},
		{"not another clause", "Japan gives USD 5 million to Kenya, where schools are closed and health care is scarce.", []string{"USD 5 million|"}},
		{"not past a place", "USD 5 million for Kenya and education in Somalia.", []string{"USD 5 million|"}},
		{"not past other words", "USD 5 million for people in camps who lack shelter.", []string{"USD 5 million|"}},
		{"not inside an organisation's name", "SEK40 million for the World Health Organization.", []string{"SEK40 million|"}},
		{"not a sector before a list", "Health and education will receive USD 4 million.", []string{"USD 4 million|"}},
		{"purpose not named", "$ 16.1 million will help adolescents in Afghanistan.", []string{"$ 16.1 million|"}},
		{"lowercase acronym is no sector", "USD 1 million to wash the streets.", []string{"USD 1 million|"}},
		{"core funding of", "Norway gives UNHCR core funding of NOK 237 million this year.", []string{"NOK 237 million|core funds"}},
		{"an unearmarked contribution of", "Sweden's unearmarked contribution of SEK 500 million reaches UNICEF.", []string{"SEK 500 million|core funds"}},
		{"in unearmarked funds", "Sweden gives SEK 500 million in unearmarked funds to UNICEF.", []string{"SEK 500 million|core funds"}},
		{"in the form of core funding", "Norway gives NOK 237 million in the form of core funding.", []string{"NOK 237 million|core funds"}},
		{"as core funding", "Denmark gives DKK 100 million as non-earmarked funding.", []string{"DKK 100 million|core funds"}},
		{"a qualified noun of money, its recipient and 'with the amount of'", "The first agreement provides unearmarked multi-year primary funding to OCHA with the amount of $16 Million US Dollars over two years.", []string{"$16 Million|core funds"}},
		{"core funding to a recipient of", "Norway gives core funding to UNHCR of NOK 237 million.", []string{"NOK 237 million|core funds"}},
		{"a qualified noun of money, too far", "Unearmarked funds are what agencies ask for most, and Norway gives UNHCR NOK 237 million.", []string{"NOK 237 million|"}},
		{"a second purpose further on gives none", "In addition, they will include EUR 23 million for emergency cash assistance to refugees in Jordan, Lebanon, and Syria, and for general food assistance in the West Bank.", []string{"EUR 23 million|"}},
		{"a purpose and a place further on", "EUR 23 million for emergency cash assistance to refugees in Jordan, and for people in Syria.", []string{"EUR 23 million|cash assistance"}},
		{"a list headed by sectors with commas", "Health, USD 2 million; Education, USD 500,000.", []string{"USD 2 million|health", "USD 500,000|education"}},
		{"a comma after a sector not heading an item", "Japan gives for health, USD 2 million.", []string{"USD 2 million|"}},
		{"the sector alone in brackets", "Japan gives USD 2 million (health) and USD 1 million (for education).", []string{"USD 2 million|health", "USD 1 million|education"}},
		{"brackets with more than the sector", "Japan gives USD 2 million (health and education) and USD 1 million (mostly health in Kenya).", []string{"USD 2 million|", "USD 1 million|"}},
		{"two purposes give none", "FAO's work in Ukraine will receive more than $10 million to safeguard rural livelihoods and provide emergency seed support to farmers.", []string{"more than $10 million|"}},
		{"a purpose and what it does", "USD 3 million for food assistance and to help families buy seeds.", []string{"USD 3 million|"}},
		{"food assistance and nutrition support", "USD 3 million for food assistance and nutrition support to families.", []string{"USD 3 million|food and nutrition assistance"}},
		{"of, not after a sector that is no money", "Japan supports the protection of USD 2 million worth of goods.", []string{"USD 2 million|"}},
		{"food assistance and nutrition", "USD 3 million for food assistance and nutrition in Chad.", []string{"USD 3 million|food and nutrition assistance"}},
		{"to support WASH", "The EU gives EUR 2 million to UNICEF to support WASH activities in Yemen.", []string{"EUR 2 million|water, sanitation and hygiene"}},
		{"each sector its amount in brackets", "The money will support nutrition (USD 2 million) and health (USD 1 million).", []string{"USD 2 million|nutrition", "USD 1 million|health"}},
		{"a list before brackets gives none", "The money will support health and education (USD 3 million).", []string{"USD 3 million|"}},
		{"respectively", "USD 2 million and USD 1 million go to health and education respectively.", []string{"USD 2 million|health", "USD 1 million|education"}},
		{"respectively, sectors first", "Health, education and shelter receive USD 2 million, USD 1 million and USD 500,000, respectively.", []string{"USD 2 million|health", "USD 1 million|education", "USD 500,000|shelter"}},
		{"respectively with a restatement", "SEK 20 million (USD 2 million) and SEK 10 million go to health and education respectively.", []string{"SEK 20 million|health", "USD 2 million|health", "SEK 10 million|education"}},
		{"respectively, counts differ", "USD 2 million and USD 1 million go to health, education and shelter respectively.", []string{"USD 2 million|", "USD 1 million|"}},
		{"respectively, a sector outside the list", "USD 2 million and USD 1 million go to health and education respectively, and food is next.", []string{"USD 2 million|", "USD 1 million|"}},
		{"a recipient, then the amount's verb", "The eight hundred thousand dollars allocated to UNICEF will support water, sanitation and hygiene, the statement said.", []string{"eight hundred thousand dollars|water, sanitation and hygiene"}},
		{"a recipient, then a verb and a list", "The $1,200,000 allocated to WFP will pay for meals and school meals.", []string{"$1,200,000|"}},
		{"a recipient, then another clause", "USD 1 million allocated to UNICEF will reach children who need health care.", []string{"USD 1 million|"}},
		{"a recipient with its acronym, then to fund", "Germany makes available four million euros to the UN World Food Programme (WFP) to fund food aid for refugees in Ethiopia.", []string{"four million euros|food assistance"}},
		{"a recipient, then to provide", "$2 million to UNFPA to provide urgent women's health services", []string{"$2 million|health"}},
		{"an agreement with a recipient, then to meet", "KSrelief signed an agreement worth $20 million with the World Food Programme (WFP) to meet the urgent food needs of households in Yemen.", []string{"$20 million|food assistance"}},
		{"a recipient, then to provide a list", "$6 million for the Red Cross and Red Crescent Movement to provide food, water and medical care", []string{"$6 million|"}},
		{"a recipient, then to provide past other words", "USD 2 million to UNICEF to provide children in remote camps with health care.", []string{"USD 2 million|"}},
		{"through a programme, then to support", "We will provide an additional $4.5 million through our bilateral program to support the COVID-19 response in Myanmar.", []string{"$4.5 million|epidemic response"}},
		{"through a named programme is a recipient", "USD 3 million through the Ethiopia Humanitarian Fund to support health care.", []string{"USD 3 million|health"}},
		{"with an amount opening the sentence", "With US$4 million to Myanmar, WFP continues to deliver emergency food assistance to the most vulnerable populations.", []string{"US$4 million|food assistance"}},
		{"with an amount, will provide", "With USD 2 million, UNICEF will provide clean water to 10,000 families.", []string{"USD 2 million|water, sanitation and hygiene"}},
		{"with an amount, a list gives none", "With USD 2 million, UNICEF will provide health care and education in Chad.", []string{"USD 2 million|"}},
		{"with an amount, the sector past other words gives none", "With another US$3 million, WFP will support vulnerable populations including refugees by sustaining food assistance.", []string{"US$3 million|"}},
		{"with an amount, two amounts give none", "With USD 2 million and USD 1 million, UNICEF will provide health care.", []string{"USD 2 million|", "USD 1 million|"}},
		{"with an amount that is not the opening", "UNICEF said that with USD 2 million it will provide health care.", []string{"USD 2 million|"}},
		{"a sector opens the sentence", "For food assistance in Chad, Japan gives USD 2 million.", []string{"USD 2 million|food assistance"}},
		{"an opening sector, restated", "For the health sector, Sweden gives SEK 20 million (USD 2 million).", []string{"SEK 20 million|health", "USD 2 million|health"}},
		{"an opening list gives none", "For health and education, Japan gives USD 2 million.", []string{"USD 2 million|"}},
		{"an opening sector, two amounts give none", "For health, Japan gives USD 2 million to Kenya and USD 1 million to Chad.", []string{"USD 2 million|", "USD 1 million|"}},
		{"an opening that is no purpose", "For the people of Chad, who lack food, Japan gives USD 2 million.", []string{"USD 2 million|"}},
		{"the amount is of the sector's kind", "The larger part of the new money, $60 million, is non-earmarked, so UNICEF can use it wherever the needs are greatest.", []string{"$60 million|core funds"}},
		{"the amount is something else", "The $60 million is the largest gift Sweden has made to UNICEF.", []string{"$60 million|"}},
		{"kept aside for", "Around €5 million is kept aside for food assistance in the Sahel.", []string{"Around €5 million|food assistance"}},
		{"non-formal education", "Half a million dollars for non-formal education for 7,500 refugee children in Bangladesh.", []string{"Half a million dollars|education"}},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, find, nil, sum) })
	}
}

func TestTotalSectorFromTitle(t *testing.T) {
	for _, tc := range []struct {
		name, title, sentence, want string
	}{
		{"title case", "WFP Welcomes US$21 Million Contribution From China For Emergency Food Assistance Across Eight Countries", "", "food assistance"},
		{"sentence case", "China contributes US$34 million to WFP for emergency food operations", "", "food assistance"},
		{"the sentence's own sector stays", "Japan gives USD 5 million for health", "education", "education"},
		{"a list gives none", "UK to add £21m to emergency aid fund for food, health services and clean water", "", ""},
		{"an unknown word in the list gives none", "Japan gives USD 5 million for food and winter clothes", "", ""},
		{"not before the amount", "Record funding for health: Japan gives USD 5 million to Kenya", "", ""},
		{"not without for", "Saudi Arabia gives $7 million to UNICEF education programs", "", ""},
		{"two amounts give none", "Japan gives USD 5 million, and USD 2 million more, for health", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &corpus.Release{Title: tc.title}
			amounts := []corpus.Fact{{Kind: corpus.KindAmount, Total: true, Sector: tc.sentence}}
			totalSectorFromTitle(r, amounts)
			if got := amounts[0].Sector; got != tc.want {
				t.Errorf("totalSectorFromTitle(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
}
