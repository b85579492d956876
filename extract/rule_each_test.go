package extract

import (
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestEach: an amount given to each of several places or organisations is
// one part for each, and never the release's total; "each year" is a
// period, not several.
func TestEach(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		want        []string // "total=stated", and "stated=place/recipient" for each part
	}{
		{"each of the places named after it", "Austria gives nine million euros",
			[]string{"Austria makes nine million euros available from its disaster fund.", "The UNHCR will also receive one million euros each to protect displaced people in Tunisia, Sudan and Ethiopia."},
			[]string{"total=nine million euros", "one million euros=TUN/", "one million euros=SDN/", "one million euros=ETH/"}},
		{"each of the organisations named before it", "Switzerland pledges CHF5 million for Sudan",
			[]string{"Switzerland is giving CHF5 million for Sudan.", "WFP and the ICRC will each benefit from CHF1 million for their projects in South Sudan."},
			[]string{"total=CHF5 million", "CHF1 million=SSD/WFP", "CHF1 million=SSD/ICRC"}},
		{"to each country is no total, and each one's", "Britain is to give more aid money to South Sudan and to Somalia, the government said on Wednesday.",
			[]string{"Britain will provide 100 million pounds ($125 million) to each country in 2017/18, over and above the aid already flowing to them."},
			[]string{"100 million pounds=SSD/", "100 million pounds=SOM/"}},
		{"to each of the countries the sentence before gives to", "Britain to give more aid to famine-hit countries",
			[]string{"Britain will provide more aid money to Yemen, where hunger is spreading, and to Nigeria, where aid is short, the government said.", "Britain will provide 50 million pounds ($62 million) to each country in 2017/18."},
			[]string{"50 million pounds=YEM/", "50 million pounds=NGA/"}},
		{"each of the givers, not of the organisations it names", "France and Germany support UNHAS",
			[]string{"France and Germany have decided to make a contribution of 200,000 EUR each to support the operations of the UN Humanitarian Air Service (UNHAS) operated by the World Food Programme (WFP) in Nigeria."},
			[]string{"200,000 EUR=NGA/WFP", "200,000 EUR=NGA/WFP"}}, // one for each donor (TestEachDonor)
		{"to each country of the list the lead gives to", "Korea gives USD 1.5 million to help flood victims in three countries",
			[]string{"The Government of the Republic of Korea will provide USD 1.5 million in humanitarian assistance to Laos, Myanmar and Viet Nam, which were struck by floods.", "The Government will give USD 500,000 to each country through the World Food Programme."},
			[]string{"total=USD 1.5 million", "USD 500,000=LAO/WFP", "USD 500,000=MMR/WFP", "USD 500,000=VNM/WFP"}},
		{"to each country of the list the total's sentence gives to, a paragraph later", "Korea gives USD 1.5 million to help flood victims in three countries",
			[]string{"The Government of the Republic of Korea will provide USD 1.5 million in humanitarian assistance to Laos, Myanmar and Viet Nam.", "The floods have destroyed homes and crops across the region.", "The Government will give USD 500,000 to each country through the World Food Programme."},
			[]string{"total=USD 1.5 million", "USD 500,000=LAO/WFP", "USD 500,000=MMR/WFP", "USD 500,000=VNM/WFP"}},
		{"to each country when the sentence before names places it does not give to is no one's", "Korea gives USD 1.5 million for floods",
			[]string{"The Government of the Republic of Korea will provide USD 1.5 million for flood victims.", "Floods hit Laos, Myanmar and Viet Nam, and Thailand and Cambodia were spared.", "The Government will give USD 500,000 to each country through the World Food Programme."},
			[]string{"total=USD 1.5 million", "USD 500,000=/WFP"}},
		{"to each country that would sum past the total is no one's", "Korea gives USD 1 million to help flood victims",
			[]string{"The Government of the Republic of Korea will provide USD 1 million in humanitarian assistance to Laos, Myanmar and Viet Nam.", "The Government will give USD 500,000 to each country through the World Food Programme."},
			[]string{"total=USD 1 million", "USD 500,000=/WFP"}},
		{"per country of the list the sentence before gives to", "Korea gives USD 1.5 million to help flood victims",
			[]string{"The Government of the Republic of Korea will provide USD 1.5 million in humanitarian assistance to Laos, Myanmar and Viet Nam.", "USD 500,000 per country will be channelled through the World Food Programme."},
			[]string{"total=USD 1.5 million", "USD 500,000=LAO/WFP", "USD 500,000=MMR/WFP", "USD 500,000=VNM/WFP"}},
		{"to each of the agencies the sentence before gives to", "Norway gives NOK 30 million for the Sahel",
			[]string{"Norway is giving NOK 30 million to UNICEF, WFP and UNHCR for their work in the Sahel.", "The ministry will give NOK 10 million to each of the three agencies."},
			[]string{"total=NOK 30 million", "NOK 10 million=/UNICEF", "NOK 10 million=/WFP", "NOK 10 million=/UNHCR"}},
		{"to each of the agencies, counted other than the list, is no one's", "Norway gives NOK 30 million for the Sahel",
			[]string{"Norway is giving NOK 30 million to UNICEF, WFP and UNHCR for their work in the Sahel.", "The ministry will give NOK 10 million to each of the two agencies."},
			[]string{"total=NOK 30 million", "NOK 10 million=/"}},
		{"each of the places named just before it", "CERF releases $100 million for underfunded crises",
			[]string{"CERF has released $100 million for crises in ten countries.", "Yemen and Chad get $7 million apiece. Cameroon and Mozambique will each receive $5 million.", "The DRC, Sudan, and Syria are among the prioritized nations, each receiving $20 million."},
			[]string{"total=$100 million", "$7 million=YEM/", "$7 million=TCD/", "$5 million=CMR/", "$5 million=MOZ/", "$20 million=COD/", "$20 million=SDN/", "$20 million=SYR/"}},
		{"each with its verb between, to the places after it", "Korea gives $4 million for the drought",
			[]string{"Korea is giving $4 million for the drought in southern Africa.", "Of the total, $1.5 million will each be sent to Angola and Botswana, and $500,000 each to Lesotho and Eswatini."},
			[]string{"total=$4 million", "$1.5 million=AGO/", "$1.5 million=BWA/", "$500,000=LSO/", "$500,000=SWZ/"}},
		{"a place with the verb left out after the first", "CERF releases $100 million for underfunded crises",
			[]string{"CERF has released $100 million for crises in ten countries.", "Myanmar will be allocated 12 million dollars, Mali 11 million dollars, and Haiti 9 million dollars, with Burundi receiving 5 million dollars and Malawi 4 million dollars."},
			[]string{"total=$100 million", "12 million dollars=MMR/", "11 million dollars=MLI/", "9 million dollars=HTI/", "5 million dollars=BDI/", "4 million dollars=MWI/"}},
		{"each list owns the amount after it, not the next list's", "CERF releases $60 million for neglected crises",
			[]string{"CERF has released $60 million for neglected crises.", "Chad and Niger lead the list, with each getting $10 million, followed by Sudan and Somalia at $6 million each and Haiti, Libya and Malawi at $4 million each."},
			[]string{"total=$60 million", "$10 million=TCD/", "$10 million=NER/", "$6 million=SDN/", "$6 million=SOM/", "$4 million=HTI/", "$4 million=LBY/", "$4 million=MWI/"}},
		{"allocations of an amount per country for the places named before it", "CERF allocates $40 million to neglected crises",
			[]string{"CERF has allocated some $40 million to neglected crises.", "Agencies working in the Central African Republic (CAR), Mali and Chad will receive allocations of $6 million per country."},
			[]string{"total=some $40 million", "$6 million=CAF/", "$6 million=MLI/", "$6 million=TCD/"}},
		{"a Spanish ranking, each with its own list", "CERF libera 60 millones de dólares",
			[]string{"La ONU liberó 60 millones de dólares de su fondo de emergencia para crisis olvidadas.", "Chad y Níger encabezan la lista, recibiendo cada uno 10 millones de dólares, seguidos por Sudán y Somalia con 6 millones de dólares cada uno y Haití, Libia y Malaui con 4 millones de dólares cada uno."},
			[]string{"total=60 millones de dólares", "10 millones de dólares=TCD/", "10 millones de dólares=NER/", "6 millones de dólares=SDN/", "6 millones de dólares=SOM/", "4 millones de dólares=HTI/", "4 millones de dólares=LBY/", "4 millones de dólares=MWI/"}},
		{"a list that is the priorities, with each receiving", "CERF allocates $45 million",
			[]string{"CERF has allocated $45 million from the fund.", "Kenya, Ethiopia, and Somalia are the priorities, with each receiving 15 million dollars."},
			[]string{"total=$45 million", "15 million dollars=KEN/", "15 million dollars=ETH/", "15 million dollars=SOM/"}},
		{"to both of two places is each one's", "CERF releases $20 million for neglected crises",
			[]string{"CERF has released $20 million for neglected crises.", "It will provide $3.5 million to both Chad and Niger, $2 million to both Libya and Sudan and $1 million to Malawi."},
			[]string{"total=$20 million", "$3.5 million=TCD/", "$3.5 million=NER/", "$2 million=LBY/", "$2 million=SDN/", "$1 million=MWI/"}},
		{"a ranking's next list is not the amount's", "CERF releases $60 million for neglected crises",
			[]string{"CERF has released $60 million for crises in nine countries.", "Sudan and Chad lead the allocations, with each getting $12 million, followed by Niger and Togo."},
			[]string{"total=$60 million", "$12 million=SDN/", "$12 million=TCD/"}},
		{"a shared amount after a list is no one's alone", "CERF releases $100 million for underfunded crises",
			[]string{"CERF has released $100 million for crises in ten countries.", "Yemen and Chad get $7 million between them."},
			[]string{"total=$100 million", "$7 million=/"}},
		{"each year is a period", "Qatar gives OCHA $2 million",
			[]string{"Qatar gives OCHA $2 million for 2022-2023, to be disbursed equally as $1 million each year."},
			[]string{"total=$2 million", "$1 million=/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, tc.title, tc.paras, func(f corpus.Fact) string {
				switch {
				case f.Total:
					return "total=" + f.Amount.Stated
				case f.Context != "":
					return ""
				}
				return f.Amount.Stated + "=" + f.Country + f.Region + "/" + f.Recipient
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestEachDonor: an amount each of the release's donors gives is one part
// per donor.
func TestEachDonor(t *testing.T) {
	got := amountLabels(t, "France and Germany support UNHAS in Nigeria", []string{
		"The French and German governments have donated €400,000 to WFP for UNHAS in Nigeria.",
		"France and Germany have decided to make a voluntary contribution of 200,000 EUR each to support the operations of UNHAS in Nigeria.",
	}, func(f corpus.Fact) string {
		if f.Total || f.Context != "" {
			return ""
		}
		return f.Amount.Stated + "=" + f.Donor
	})
	want := []string{"200,000 EUR=France", "200,000 EUR=Germany"}
	if !slices.Equal(got, want) {
		t.Errorf("parts = %q, want %q", got, want)
	}
}
