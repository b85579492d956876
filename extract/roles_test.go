package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestRoles checks which amount of a release is its total and which are
// context, on one release per row (a title and paragraphs).
func TestRoles(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		total       string   // the total as stated, "" for none
		context     []string // amounts that are context, as "stated=context"
	}{
		{"title figure", "Japan gives USD 10 million to IOM",
			[]string{"Japan has given USD 10 million to IOM. The response plan requires USD 499 million."},
			"USD 10 million", []string{"USD 499 million=appeal"}},
		{"a UN call beside the gift, and many countries' pledges", "",
			[]string{"Norway plans to provide $3 million in humanitarian assistance to Haiti this year, the foreign ministry said.",
				"Earlier in the year, the UN called for $1.4 billion to help Haiti. A total of 40 countries, including Norway, committed to a combined $600 million at the meeting."},
			"$3 million", []string{"$1.4 billion=appeal", "$600 million=other donor"}},
		{"a gift taken from an envelope announced before", "Canada allocates funding for partners in Sudan",
			[]string{"The minister announced that Canada is allocating $12 million in funding, from the already announced $40 million, for humanitarian assistance in Sudan."},
			"$12 million", []string{"$40 million=overall"}},
		// A budget already fixed is what the agency needs, not a part.
		{"a programme budget already set", "Norway gives $5 million to UNICEF",
			[]string{"Norway has given $5 million to UNICEF, a part of what its school meals plan for the coming year needs, already set at 2 billion dollars."},
			"$5 million", []string{"2 billion dollars=appeal"}},
		// A programme the donor funds, with its cost, is the gift.
		{"the cost of the programme the donor funds", "Norway funds girls' schooling in Malawi",
			[]string{"Norway will fund a new three-year programme for girls' schooling in Malawi, budgeted at NOK 60 million."},
			"NOK 60 million", nil},
		{"funding for a programme, set at its cost", "Norway funds girls' schooling in Malawi",
			[]string{"Norway will provide funding for a three-year programme of girls' schooling in Malawi, set at NOK 60 million."},
			"NOK 60 million", nil},
		// "the government of X's minister gave": X gives, not the donor.
		{"another government's official gives", "Norway gives $5 million to UNICEF",
			[]string{"Norway has given $5 million to UNICEF for children in Chad.",
				"The government of Chile's foreign minister on Monday gave 3 million dollars to UNICEF as well."},
			"$5 million", []string{"3 million dollars=other donor"}},
		{"a gift adding to the year's sum", "Korea offers largest donation to UN food agency",
			[]string{"Korea has donated 6 million US dollars to the World Food Programme for Haiti, adding the country's donation to WFP this year to $9 million, according to the release."},
			"6 million US dollars", []string{"$9 million=cumulative"}},
		{"gifts for organisations' plans and appeals are gifts", "The United States announces $12 million for refugees in Europe",
			[]string{"The United States announces $12 million for refugees in Europe. It includes $9 million for UNHCR's Regional Response Plan for Europe, $2 million for IFRC's revised Emergency Appeal for Greece, and $1 million for UNFPA's Initial Response Plan for Women and Girls."},
			"$12 million", nil},
		{"a gift the next sentence calls the previous one", "Japan gives USD 6 million to UNICEF for Sudan",
			[]string{"Japan has decided to extend USD 6 million to UNICEF for its work in Sudan.",
				"On 2 May, the Government of Japan decided to extend a USD 9 million grant to UNICEF for Sudan and Chad. In addition to the previous grant, this aid will help children in Darfur."},
			"USD 6 million", []string{"USD 9 million=earlier"}},
		{"what the year's giving now comes to", "",
			[]string{"A gift of four million euros from Ireland will let UNICEF reach children in Chad.",
				"With it Ireland has doubled what it gave UNICEF so far this year, which now comes to 8.2 million euros in all."},
			"four million euros", []string{"8.2 million euros=cumulative"}},
		{"money apart from the first sum is no part of it", "China sends relief to Sudan",
			[]string{"China has pledged Sudan relief worth 100 million yuan. Separately, 4 million yuan is going to UNICEF."},
			"", nil},
		{"the second of two agreements", "Two agreements on aid for Chad and Niger",
			[]string{"The Saudi fund and Norway signed two agreements today. Under the first, UNHCR is to receive USD 6 million in Chad.", "A second agreement covers a USD 3 million grant for WFP in Niger."},
			"", nil},
		{"what this brings the giving to", "Germany raises aid for Syrian refugees by two million euros",
			[]string{"Germany is raising its aid for Syrian refugees by two million euros.", "This brings what we have provided to 9 million euros in all."},
			"two million euros", []string{"9 million euros=cumulative"}},
		{"a recipient's turnover", "Norway signs partnership with NRC",
			[]string{"Norway has signed a partnership with NRC worth NOK 300 million over three years.", "NRC, Norway's largest aid group, has a yearly turnover of NOK 1.2 billion."},
			"NOK 300 million", []string{"NOK 1.2 billion=overall"}},
		{"another gift recently ordered", "UAE gives AED 20 million for Sudan",
			[]string{"The UAE has pledged AED 20 million in aid to Sudan.", "In a separate move, the President recently ordered $8 million in aid for UNICEF."},
			"AED 20 million", []string{"$8 million=earlier"}},
		{"the next item of what the gift adds to", "Spain gives UNRWA €1 million",
			[]string{"Spain has given €1 million to UNRWA.", "The agreement adds to the €2 million that Spain's regions had already given the Agency in 2017, and to a €300,000 contribution from the AECID to its appeal."},
			"€1 million", []string{"€2 million=earlier", "€300,000=earlier"}},
		{"the pledge a grant is made under", "",
			[]string{"Within the framework of the pledge of the State of Kuwait announced at the Yemen conference to provide US $20 million, the Kuwait Fund today signed a grant agreement with UNICEF.", "The Fund provides a grant of US $2 million for mothers and newborns in Yemen."},
			"US $2 million", []string{"US $20 million=overall"}},
		{"a donor's budget announced", "EU will provide €1.5 billion in initial humanitarian aid for 2026",
			[]string{"On 14 January the EU announced an initial humanitarian budget of €1.5 billion for 2026.", "The largest amounts have been allocated to Africa (€400 million)."},
			"€1.5 billion", nil},
		{"a plan backed with a donation", "Saudi Arabia donates to UNHCR plan",
			[]string{"Saudi Arabia will support the agency's regional response plan with a donation of SAR 30 million (about $8m, or €7.4m), under an agreement signed today."},
			"SAR 30 million", nil},
		{"a fundraising campaign's size is no gift", "Foundation gives for flood relief",
			[]string{"CARE announced a $2 million grant from the Hilton Foundation to its Flood Relief Fund, a $30 million campaign created in response to the floods."},
			"$2 million", []string{"$30 million=appeal"}},
		{"the same amount written again in brackets is one amount", "Japan gives food aid to Laos",
			[]string{"The Government of Japan has agreed to extend a Grant Assistance of 250 million yen (¥250,000,000), equivalent to about 19 billion kip, to the Government of Laos."},
			"250 million yen", nil},
		{"a ministry whose portfolio names the EU is the donor's own", "Spain gives 12 million euros in aid for Mali",
			[]string{"The Ministry of Foreign Affairs, European Union and Cooperation will allocate a total of 12 million euros in humanitarian aid for Mali."},
			"12 million euros", nil},
		{"a roundup's list of other nations' gifts", "The world rallies for Haiti",
			[]string{"The United States has pledged $100 million for Haiti.", "Other nations: Portugal, $3.2 million; Norway, $2.1 million; the Netherlands, $900,000.", "$500,000 each from Chile, Peru and Brazil.", "$8 million from the World Bank and $2 million from the European Union."},
			"$100 million", []string{"$3.2 million=other donor", "$2.1 million=other donor", "$900,000=other donor", "$500,000=other donor", "$8 million=other donor", "$2 million=other donor"}},
		{"a first package given earlier", "Japan to offer a second aid package worth $80 mln to Yemen",
			[]string{"Japan will offer a second package of humanitarian aid worth $80 mln to Yemen.", "It is Japan's second package for Yemen; earlier it offered $40 million as humanitarian assistance to Yemen, too."},
			"$80 mln", []string{"$40 million=earlier"}},
		{"the rest of a sum beside the gift", "UK announces £8m more aid for Malawi",
			[]string{"The UK has announced £8 million more for flood victims in Malawi.", "Out of £20 million aid from the UK, £16m has been allotted to the worst hit districts. The remaining £4 million will go to aid groups working in the south."},
			"£8 million", []string{"£20 million=overall", "£16m=overall", "£4 million=overall"}},
		{"an appeal launched last autumn, with a match inside it", "UK pledges extra support for flood areas",
			[]string{"The UK yesterday pledged over £7 million for flood affected areas of Malawi.", "The DEC launched a Malawi appeal last October, which has raised over £30 million, including £3 million of UK Aid Match funding."},
			"over £7 million", []string{"over £30 million=appeal", "£3 million=earlier"}},
		{"a part of an earlier agreement", "UN agency praises China for its support to refugees",
			[]string{"March 12, 2021", "WFP praised China on Monday for its support to refugees in Lebanon.", "China and the WFP signed an agreement in May 2019 to provide 3 million U.S. dollars for refugees in Lebanon and Jordan, out of which Jordan has got 1.2 million dollars."},
			"", []string{"3 million U.S. dollars=earlier", "1.2 million dollars=earlier"}},
		{"the pledge a core gift goes towards", "Qatar fund signs agreements with UN agencies",
			[]string{"Qatar's development fund gave $2m to the CERF this week.", "It also signed a core contribution of $8m with WFP. This is a step to fulfil the pledges of the State of Qatar to finance basic resources worth $400m for UN organisations."},
			"", []string{"$400m=plan"}},
		{"a part taken out of the gift named again", "Norway gives NOK 40 million for Gaza and the West Bank",
			[]string{"Norway gives an extra NOK 40 million in humanitarian aid to Gaza and the West Bank.", "Out of the NOK 40 million, 25 million will go to UNRWA, while the remaining 15 million NOK will go to the ICRC for its work in Gaza."},
			"NOK 40 million", nil},
		{"a debt is no gift, its relief is", "Canada gives $300M for recovery",
			[]string{"Canada will give $300 million for recovery over two years.", "It also includes $6 million in debt relief, part of a cancellation of the country's overall $30 million World Bank debt."},
			"$300 million", []string{"$30 million=overall"}},
		{"a review's pledges made on several occasions", "Kuwaiti aid over the years",
			[]string{"Kuwait hosted donor conferences, where it pledged a sum of USD 300 million in aid on two separate occasions, in 2013 and 2014.", "It promulgated an aid package worth USD 20 million back in 2009 for UNRWA."},
			"", []string{"USD 300 million=cumulative", "USD 20 million=earlier"}},
		{"a new gift and old ones together, on top of two other sums", "The ICRC is short of funds",
			[]string{"The ICRC faces a fall in donations. This week, Norway's government offered to provide a NOK 100 million grant and to delay the repayment of older loans by four years.", "The additional NOK 100 million grant, which parliament must still approve, and the deferred older loans together total NOK 400 million. These sums are on top of Norway's NOK 150 million yearly contribution to the headquarters and a NOK 90 million provision for field work in 2023."},
			"NOK 100 million", []string{"NOK 400 million=overall", "NOK 150 million=earlier", "NOK 90 million=earlier"}},
		{"a gift that answers an appeal", "Denmark gives more for Lebanon",
			[]string{"Last week the minister announced a DKK 3 million contribution for Lebanon.", "Following the appeal, she topped the Danish contribution off with an additional DKK 15 million."},
			"", []string{"DKK 3 million=earlier"}},
		{"a gift that responds to an appeal", "Bank approves aid for Chad and Niger",
			[]string{"The Board of the African Development Bank has approved USD 800,000 for flood relief in Chad and Niger.", "Both governments launched an appeal for help. The Board responded to this appeal by approving a grant of USD 400,000 to each country."},
			"USD 800,000", nil},
		{"a gift that covers a whole appeal", "Help for Chad",
			[]string{"The UN issued a flash appeal for Chad for $95 million.", "Norway has decided to cover the whole appeal and give $90 million."},
			"$90 million", []string{"$95 million=appeal"}},
		{"a pooled fund's envelope is no gift of the release's donor", "Norway gives $3 million to the Chad fund",
			[]string{"OCHA opened an allocation of the Chad Humanitarian Fund with a resource envelope of $8 million.", "Norway has decided to contribute $3 million to the fund."},
			"$3 million", []string{"$8 million=other donor"}},
		{"a second grant, told with also, is not the title's gift", "Bank approves US$ 300,000 for Chad",
			[]string{"The Board of the African Development Bank has approved a grant of US$ 300,000.0 million for victims of the fighting in Chad.", "Furthermore, families hit by the floods in Chad will also benefit from a US$ 300,000 relief grant."},
			"", []string{"US$ 300,000.0 million=overall"}},
		{"a new gift told with also after an earlier one is the title's", "Japan gives $3 million to Chad",
			[]string{"Japan gave $8 million to Chad last year through WFP.", "In addition, Japan will also provide $3 million to UNICEF for children in Chad."},
			"$3 million", []string{"$8 million=earlier"}},
		{"a new gift told with also after the year's aid so far is the title's", "UK gives £10 million to Sudan",
			[]string{"The UK has provided £50 million for Sudan since April.", "In addition, the Foreign Secretary also announced £10 million in new aid for families in Darfur."},
			"£10 million", []string{"£50 million=overall"}},
		{"a list headed by the countries funded is theirs", "Japan gives $5 million for the Sahel",
			[]string{"Japan gives $5 million for the Sahel through WFP.", "Countries receiving aid: Chad, $2 million; Niger, $3 million."},
			"$5 million", nil},
		{"part is never the total", "Japan gives USD 10 million to IOM",
			[]string{"Of this, USD 4 million will go to Kenya."},
			"", nil},
		{"out of the total already pledged", "Emergency Grant Aid for the earthquake",
			[]string{"Japan decided to extend eight million US dollars to the following organizations out of the total amount for 20 million US dollars that Japan has already pledged."},
			"eight million US dollars", []string{"20 million US dollars=overall"}},
		{"out of an appeal", "Yemen Humanitarian Fund gives UNFPA US$3 million",
			[]string{"The Yemen Humanitarian Fund allocated US$3 million to UNFPA, which needs US$68.2 million over the next three months, out of the US$110.5 million it appealed for."},
			"US$3 million", []string{"US$68.2 million=appeal", "US$110.5 million=appeal"}},
		{"the whole cut two ways", "United States Announces Additional Humanitarian Assistance for Iraq Crisis",
			[]string{"Today, the Secretary announced that the United States is providing nearly $48 million in additional humanitarian aid for displaced Iraqis. This assistance includes:",
				"Nearly $37 million through organizations working within Iraq; and,", "Nearly $11 million through organizations assisting Iraqi refugees in Jordan and Lebanon.",
				"Included in the new funding is $18 million to IOM; $1 million to UN Habitat; and more than $28 million to other partners."},
			"nearly $48 million", nil},
		{"an agency's global requirement", "UNHCR Appreciates Japan's Financial Contribution under its 2012 Supplementary Budget",
			[]string{"UNHCR is very grateful for the USD 177.35 million received from the Government of Japan. 27 operations will benefit with USD 119.5 million allocated to Africa and USD 33.6 million to the Middle East. The Japanese funding will contribute toward UNHCR's 2013 global requirement of USD 3.92 billion."},
			"USD 177.35 million", []string{"USD 3.92 billion=appeal"}},
		{"a fund's first year", "CERF allocates $85 million",
			[]string{"The CERF has allocated about $85 million for under-funded emergencies in 15 countries.", "In its first year, CERF channelled at least $252 million to urgent humanitarian projects in 35 countries."},
			"about $85 million", []string{"at least $252 million=earlier"}},
		{"what a place has had in total", "CERF allocates funds for Myanmar",
			[]string{"Agencies in Myanmar received $2.4 million from CERF to help flood victims.", "In total, agencies working in Myanmar have received over $6.4 million from CERF this year."},
			"$2.4 million", []string{"over $6.4 million=cumulative"}},
		{"cumulative sum", "Korea supports WFP",
			[]string{"Korea has given USD 5 million to WFP.", "Since 2016, Korea has contributed USD 60 million to WFP."},
			"USD 5 million", []string{"USD 60 million=cumulative"}},
		{"a running sum since a year told after the amount", "Malaysia gives USD 1.5 million to UNRWA",
			[]string{"Malaysia has contributed USD 1.5 million to UNRWA.", "Malaysia is a steady donor and has given USD 12 million for the agency's schools and clinics for refugees in the region since 2017."},
			"USD 1.5 million", []string{"USD 12 million=cumulative"}},
		{"a gift that brings the year's donations to a sum", "Brazil gives WFP $4 million",
			[]string{"Brazil has given $4 million to WFP for its drought response.", "The gift brings the country's donations to WFP this year to $9 million, the agency said."},
			"$4 million", []string{"$9 million=cumulative"}},
		{"a gift that lifts the year's assistance to a sum", "Austria gives UNHCR EUR 2 million",
			[]string{"UNHCR receives EUR 2 million from Austria for the Sudan crisis, which lifts the humanitarian assistance Austria has given for the crisis in Sudan this year to EUR 11.5 million in total."},
			"EUR 2 million", []string{"EUR 11.5 million=cumulative"}},
		{"money already provided, and money that went last week", "Canada gives $8 million to WFP",
			[]string{"Canada has given $8 million to WFP.", "This adds to nearly $90 million of Canadian support this year, including $6 million already provided for Chad.", "Another $3 million went to relief agencies in Chad last week."},
			"$8 million", []string{"nearly $90 million=earlier", "$6 million=earlier", "$3 million=earlier"}},
		{"money over the coming years, announced", "Belgium supports UNRWA",
			[]string{"Belgium's minister of development cooperation has decided to allocate 12 million EURO over the next 3 years to UNRWA, the agency said.", "At a pledging conference last year, Belgium said it would give EUR 4 million to UNRWA over the next two years."},
			"12 million EURO", []string{"EUR 4 million=plan"}},
		{"other givers in brackets after by, and a cost put at", "Netherlands gives EUR 4 million for the Sahel",
			[]string{"The Netherlands is putting an extra EUR 4 million towards emergency aid for the Sahel.", "The United Nations puts the cost of relieving the most acute need at USD 1.6 billion. Half of that has been pledged so far, among others by Sweden (USD 40 million), France (USD 23 million) and the United Kingdom (USD 16 million)."},
			"EUR 4 million", []string{"USD 1.6 billion=appeal", "USD 40 million=other donor", "USD 23 million=other donor", "USD 16 million=other donor"}},
		{"the contribution now amounts to, and money already paid", "Afghanistan earthquake: Switzerland pays more into UN fund",
			[]string{"Following the earthquake, Switzerland is paying additional money into a United Nations relief fund. The Swiss contribution now amounts to CHF3.8 million ($4.2 million).", "The Swiss agency has already paid CHF1.5 million into the Afghan Humanitarian Fund, the ministry said."},
			"CHF3.8 million", []string{"CHF1.5 million=earlier"}},
		{"a gift made in answer to an appeal, and appeals for figures", "Germany gives 300 million euro for the Covid-19 response",
			[]string{"Germany has responded to the appeal from the United Nations Secretary-General and is making 300 million euro available.", "The coordinated appeals from the UN (GHRP) for around 2.01 billion dollars and from the Red Cross for 800 million Swiss francs are now covered in part.", "This year, the organisation says it needs more than double – 9 billion dollars."},
			"300 million euro", []string{"around 2.01 billion dollars=appeal", "800 million Swiss francs=appeal", "9 billion dollars=appeal"}},
		{"a donor matching individual contributions", "Canada increases matching fund for Beirut aid",
			[]string{"The federal government of Canada is now committing to match up to $8 million in individual contributions made to aid organizations working in Lebanon."},
			"up to $8 million", nil},
		{"projects carried out so far at a total cost", "KSrelief signs two agreements for Yemen",
			[]string{"KSrelief today signed two agreements for a total of SAR 14 million for Yemen.", "KSrelief has also implemented 383 projects in different sectors for a total cost of USD 2.9 billion."},
			"SAR 14 million", []string{"USD 2.9 billion=cumulative"}},
		{"an agreement's sum over a period of years", "Norway increases humanitarian aid to the UN",
			[]string{"This year, Norway is providing NOK 380 million to the UN's Central Emergency Response Fund (CERF).", "Norway's contribution is provided under an agreement between Norway and CERF on the provision of funding totalling nearly NOK 1.7 billion over a four-year period."},
			"NOK 380 million", []string{"nearly NOK 1.7 billion=plan"}},
		{"money over a period of years, announced", "Japan supports UNRWA",
			[]string{"Japan has decided to provide USD 12 million over a three-year period to UNRWA."},
			"USD 12 million", nil},
		{"earlier gift", "Switzerland grants CHF 56 million to the ICRC",
			[]string{"The Federal Council decided on a contribution of CHF 56 million to the ICRC.", "The Federal Council had already granted an additional CHF 50 million in August 2023."},
			"CHF 56 million", []string{"CHF 50 million=earlier"}},
		{"restated in another currency", "UK pledges $76 million",
			[]string{"The United Kingdom has pledged an additional £61 million ($76 million) in humanitarian aid."},
			"£61 million", nil},
		{"several amounts in the announcing sentence", "Sweden supports Sudan",
			[]string{"Sweden gives SEK 20 million to UNHCR and SEK 30 million to WFP."},
			"", nil},
		{"a running sum is never the total", "Canada announces additional funding for Armenia and Gaza",
			[]string{"The minister announced more than $1 million for refugees in Armenia.", "Separately, another minister announced $10 million for civilians in Gaza.", "Since the Oct. 7 attack, Canada has pledged a total of $60 million in aid to the region."},
			"", []string{"$60 million=cumulative"}},
		{"a part of a part is counted once", "EU humanitarian funding for the Sahel",
			[]string{"The European Union is providing €201 million in humanitarian funding for the Sahel.", "The funding will support projects in Burkina Faso (€26.9 million); Cameroon (€21 million); and Chad (€57.9 million, including the newly allocated €8.7 million in response to the conflict in Sudan and another €3.1 million to support an air bridge); Mali (€24 million); Niger (€24.6 million); and Nigeria (€31.5 million)."},
			"€201 million", nil},
		{"another giver's allocation is context", "Norway supports Sudan",
			[]string{"Norway is contributing an additional USD 4,5 million to humanitarian assistance in Sudan.", "Additionally, the UN's Central Emergency Response Fund (CERF) has allocated USD 20 million for rapid response in Sudan."},
			"USD 4,5 million", []string{"USD 20 million=other donor"}},
		{"the title's figure stated as given so far this year", "Austria contributes over €40m to humanitarian crises",
			[]string{"Marking World Humanitarian Day, the Minister announced that Austria has already provided over €40 million for humanitarian crises across the world in 2024.", "This includes the response in Gaza and Sudan."},
			"over €40 million", nil},
		{"a donor's own plan, announced", "Where the Commission's humanitarian aid will go in 2013",
			[]string{"The European Commission today announces its plan for the allocation of €660 million in humanitarian aid funding during 2013.", "The largest operations are in Sudan (€80 million) and the Sahel (€50 million)."},
			"€660 million", nil},
		{"a quotation whose next sentence breaks the total down", "State Department: New Humanitarian Assistance for Yemen",
			[]string{"In a statement, the spokesperson says, “Today in Geneva, the Ambassador announced $90 million in additional humanitarian assistance for the people of Yemen. This includes nearly $50 million from the Bureau of Population, Refugees, and Migration and more than $40 million from USAID. It brings the total U.S. response to more than $3 billion since the start of the crisis.”"},
			"$90 million", []string{"more than $3 billion=cumulative"}},
		{"projects that will be carried out at a total cost", "Qatar Charity signs $1 million agreements with IOM",
			[]string{"Qatar Charity has signed agreements with IOM for projects worth $1 million.", "Under them, shelter projects will be carried out in Iraq at a total cost of $700,000, and health projects in Yemen at a cost of $300,000."},
			"$1 million", nil},
		{"money still to be approved", "Austria grants an additional EUR 30 million",
			[]string{"The government decided to grant an additional EUR 30 million for the crises in Sudan and Chad.", "For the remaining EUR 12.5 million, the government is seeking approval from Parliament for additional funds."},
			"EUR 30 million", []string{"EUR 12.5 million=plan"}},
		{"a gift that will increase a running total", "",
			[]string{"The New Zealand Government will provide $3 million for urgent aid to Fiji and Tonga.", "$2 million will go to UNICEF in Fiji and $1 million to the Red Cross in Tonga.", "This latest contribution will increase New Zealand's total emergency assistance to the Pacific this year to over $11 million."},
			"$3 million", []string{"over $11 million=cumulative"}},
		{"a package announced before, and the pledge it is part of", "Korea's assistance through international organizations for the flood",
			[]string{"On 3 March, the Government of Korea, which had announced emergency assistance of $40 million, completed its contribution for the following organizations.", "The contribution is part of the immediate grant assistance of $90 million formerly pledged by Korea.", "(1) UNICEF $10 million (2) WFP $8 million"},
			"", []string{"$40 million=earlier", "$90 million=cumulative"}},
		{"a sum raised from one level to another", "",
			[]string{"Denmark is now raising its earmarked support for the cholera response in the region, from DKK 20 million to DKK 120 million.", "So far, Denmark has given DKK 20 million to UNICEF for water and sanitation. Also, Denmark has provided DKK 30 million through its share of the Danish emergency fund.", "The extra DKK 100 million will go to partners in Malawi and Zambia."},
			"DKK 120 million", []string{"DKK 20 million=earlier", "DKK 20 million=cumulative", "DKK 30 million=cumulative"}},
		{"a level raised beside the gift", "Finland gives EUR 12 million for Sahel",
			[]string{"Finland is giving EUR 12 million to humanitarian work in the Sahel.", "EUR 4 million goes to UNICEF, which is raising Finland's support for its nutrition work from EUR 6 million to EUR 10 million."},
			"EUR 12 million", []string{"EUR 6 million=earlier", "EUR 10 million=cumulative"}},
		{"an earlier year's gift in its own clause", "UK to add £21m to the emergency fund in 2018",
			[]string{"The UK will add £21m to the emergency fund in 2018.", "The UK gave £55m to the fund in 2017, and the additional £21m will be available from 1 January."},
			"£21m", []string{"£55m=earlier"}},
		{"a sum with an earlier gift is not the total", "Emergency Grant Aid to the Philippines",
			[]string{"On November 15, Japan decided to extend additional Emergency Grant Aid of 20 million USD to the Philippines. With the aid of 10 million USD announced on November 12, 30 million USD (3 billion JPY) in total will be provided."},
			"20 million USD", []string{"10 million USD=earlier", "30 million USD=overall"}},
		{"an appeal named in the clause before is not this amount's", "Korea gives US$3 million to WFP",
			[]string{"Korea has provided US$3 million to WFP.", "WFP said $2 million will be allocated to food and logistics support for the Flash appeal for Ukraine, and $1 million will go to refugees in Moldova."},
			"US$3 million", nil},
		{"the donor's own budget, announced in the title, is the gift", "European Commission adopts €900 million humanitarian aid package",
			[]string{"The European Commission announced the adoption of its humanitarian aid budget for 2020, amounting to €900 million.", "The package includes €400 million for programmes in Africa."},
			"€900 million", nil},
		{"an earlier year's budget, far before its amount", "European Commission adopts €900 million humanitarian aid package for 2020",
			[]string{"The European Commission announced its humanitarian aid budget for 2020, amounting to €900 million.", "The Commission's initial humanitarian budget for 2019 had already been earmarked to a large extent for Syria and Yemen and reached a record level of €1.6 billion."},
			"€900 million", []string{"€1.6 billion=earlier"}},
		{"a budget is context", "EU sends €115 million to Southeast Europe",
			[]string{"The EU will send €115 million of its €1.8 billion annual humanitarian budget to Southeast Europe."},
			"€115 million", []string{"€1.8 billion=plan"}},
		{"a donor's rank tells its overall giving", "Germany gives EUR 45 million to UNRWA",
			[]string{"Germany is providing EUR 45 million in new contributions to UNRWA.", "The funds include EUR 15 million for Jordan and EUR 7 million for Lebanon.", "Last year Germany was the top donor for food aid in Gaza with a total of EUR 81 million as well as the largest contributor to the appeal for Syria, with EUR 30 million."},
			"EUR 45 million", []string{"EUR 81 million=overall", "EUR 30 million=overall"}},
		{"a list under one earlier cue", "Korea gives $9 million for Africa",
			[]string{"Korea will provide $9 million to Africa.", "Earlier this year, South Korea sent $10 million to Syria and $500,000 to Yemen in aid."},
			"$9 million", []string{"$10 million=earlier", "$500,000=earlier"}},
		{"a running sum told first, the gift after", "USAID announces more aid for the Horn of Africa",
			[]string{"In total, the United States is now providing more than $600 million in aid to the Horn of Africa.", "\"I am happy to announce over $23 million in additional U.S. funding, including nearly $10 million for Somalia,\" said the Administrator."},
			"over $23 million", []string{"more than $600 million=cumulative"}},
		{"a total followed by its parts in the announcing sentence", "",
			[]string{"The European Commission announced a new allocation of €110 million in humanitarian aid, of which €100 million will go to Ukraine and €10 million to refugees in Moldova."},
			"€110 million", nil},
		{"a past fiscal year's gift", "The United States announces an initial contribution to UNHCR",
			[]string{"The United States is pleased to announce an initial contribution of nearly $421 million to UNHCR.", "In Fiscal Year 2015, the United States contributed more than $1.3 billion to UNHCR."},
			"nearly $421 million", []string{"more than $1.3 billion=earlier"}},
		{"part of a running sum", "UK allocates £8.5 million to Ukraine",
			[]string{"The UK will allocate £8.5 million for Ukraine.", "The funding is part of the £357 million in aid the UK has provided since the start of the invasion."},
			"£8.5 million", []string{"£357 million=cumulative"}},
		{"all donors' money", "Korea vows US$5.73 million for North Korea",
			[]string{"Korea will donate US$5.73 million to WHO and the Red Cross.", "Some $4.9 million, or 52 percent of the total promised donation, will be implemented through WHO."},
			"US$5.73 million", []string{"Some $4.9 million=overall"}},
		{"a year's whole", "Sida supports Sudan with SEK 89 million",
			[]string{"Sida gives SEK 89 million to Sudan.", "Sweden's humanitarian assistance to Sudan in 2023 totals SEK 355 million."},
			"SEK 89 million", []string{"SEK 355 million=overall"}},
		{"another giver's money by its possessive", "Luxembourg gives 500.000 euro to WFP for Libya",
			[]string{"Luxembourg gives 500.000 euro to WFP for Libya.", "The European Commission's 30 million euro will also support people fleeing Libya."},
			"500.000 euro", []string{"30 million euro=other donor"}},
		{"another giver's money after a colon", "Luxembourg gives 500.000 euro to WFP for Libya",
			[]string{"Luxembourg gives 500.000 euro to WFP for Libya.", "This comes on top of the EU's aid: the European Commission has just set aside 30 million euro for refugees fleeing Libya."},
			"500.000 euro", []string{"30 million euro=other donor"}},
		{"the donor's own money by its possessive", "Japan gives USD 5 million to WFP",
			[]string{"Japan gives USD 5 million to WFP.", "Japan's additional USD 2 million goes to Chad."},
			"USD 5 million", nil},
		{"people's needs are no appeal", "Japan gives US$50 million to WFP",
			[]string{"WFP welcomes a grant of US$50 million from the Government of Japan.", "In Ukraine, Japan is supporting WFP's food assistance to respond to the immediate needs of families affected by the war with US$4.7 million.", "WFP needs US$ 300 million more for Sudan."},
			"US$50 million", []string{"US$ 300 million=appeal"}},
		{"places each granted an amount are no givers", "CERF releases $125 million for underfunded crises",
			[]string{"The UN is releasing $125 million from its Central Emergency Relief Fund.", "Following closely are Burkina Faso and Myanmar, each granted $9 million, while Mali and Haiti receive $8 million each."},
			"$125 million", nil},
		{"other givers ranked, in brackets", "UNHCR funding update",
			[]string{"The Netherlands announced another $5 million in unearmarked funds for UNHCR.", "The Netherlands is our third largest donor behind the United States ($256 million) and Japan ($104 million)."},
			"$5 million", []string{"$256 million=overall", "$104 million=overall"}},
		{"part of a larger provision", "Denmark gives DKK 100 M to UNHCR",
			[]string{"UNHCR welcomes Denmark's contribution of DKK 100 M to UNHCR's COVID-19 appeal.", "The Danish contribution is part of a larger provision of DKK 650 M to the wider UN response."},
			"DKK 100 M", []string{"DKK 650 M=cumulative"}},
		{"the total so far, including this aid", "EU allocates 205 million euros to Ukraine",
			[]string{"The Commissioner announced the allocation of 205 million euros in additional humanitarian assistance to Ukraine.", "Including this additional aid, the European bloc's total humanitarian contribution to Ukraine is over 700 million euros.", "The EU has provided more than 38,000 tons of aid, including first aid kits and energy supplies, totaling 373 million euros."},
			"205 million euros", []string{"over 700 million euros=cumulative", "373 million euros=cumulative"}},
		{"a part of the earlier year's figure", "The United States announces an initial contribution to UNHCR",
			[]string{"The United States is pleased to announce an initial contribution of nearly $421 million to UNHCR.", "In Fiscal Year 2015, the United States contributed more than $1.3 billion to UNHCR. This included nearly $352 million to UNHCR for the Syria crisis."},
			"nearly $421 million", []string{"more than $1.3 billion=earlier", "nearly $352 million=earlier"}},
		{"projects implemented at a total cost", "KSrelief, WFP sign cooperation deal for Yemen",
			[]string{"KSrelief said it signed a $60-million-worth joint cooperation agreement with WFP for Yemen.", "KSrelief has implemented 99 humanitarian projects in 24 countries through the WFP, at a total cost of more than $1.33 billion. Additionally, KSrelief implemented 22 projects in Yemen, at a cost of more than $961 million."},
			"$60-million", []string{"more than $1.33 billion=cumulative", "more than $961 million=cumulative"}},
		{"an agreement at a cost of", "King Salman Centre signs agreement with WFP",
			[]string{"RIYADH: The King Salman Humanitarian Aid and Relief Centre signed today an agreement with the World Food Programme for Yemen. This agreement will benefit 2,333,333 individuals at a cost of USD 40,000,000 to prevent famine."},
			"USD 40,000,000", nil},
		{"this makes a sum with the gift before", "Emergency Grant Aid to the Philippines",
			[]string{"The Government of Japan decided on November 15 to add 20 million USD of Emergency Grant Aid for the Philippines. Added to the 10 million USD made public on November 12, this makes 30 million USD of humanitarian assistance."},
			"20 million USD", []string{"10 million USD=earlier", "30 million USD=cumulative"}},
		{"made available now, of a whole", "Syria crisis: Switzerland to make a further CHF 4 million available to WFP",
			[]string{"Switzerland is making a further CHF 4 million available to the World Food Programme.", "The Confederation has now made CHF 4 million of the CHF 20 million available to WFP. Norway has now given NOK 2 billion for Syria."},
			"CHF 4 million", []string{"CHF 20 million=overall", "NOK 2 billion=cumulative"}},
		{"towards an agency's named appeal", "The United Kingdom Donates £24M to UNICEF to Help Afghan Children",
			[]string{"The UK's Foreign, Commonwealth and Development Office (FCDO) has contributed an additional GBP 24 million towards UNICEF's $2 billion Humanitarian Action for Children appeal for Afghanistan."},
			"GBP 24 million", []string{"$2 billion=appeal"}},
		{"an appeal in a clause of its own after a running sum", "S. Korea pledges $9 mln in aid to conflict zones",
			[]string{"South Korea will provide $9 million in aid to five major conflict zones around the world.", "The number of refugees around the world has quadrupled over the past four years, leading the U.N. to call for a record $18.8 billion in international humanitarian assistance this year."},
			"$9 million", []string{"$18.8 billion=appeal"}},
		{"the total so far and a funding target", "UN allocates $100 million to ten underfunded crises",
			[]string{"The United Nations on Friday released US$100 million from the Central Emergency Response Fund (CERF) for ten countries.", "This follows $100 million released in February. However, the total $200 million released this year is the lowest in three years.", "CERF has an annual funding target of $1 billion, which has never been reached."},
			"US$100 million", []string{"$100 million=earlier", "$200 million=cumulative", "$1 billion=appeal"}},
		{"a place's part broken down after the list", "Humanitarian aid for the Sahel",
			[]string{"The European Union has unveiled a humanitarian aid package totaling €100 million for the Sahel.", "The aid distribution is as follows: Chad will receive €60 million, Mali €25 million and Niger €14 million.", "Chad's allocation includes an additional €8.7 million for refugees from Sudan and €3.1 million for an air bridge."},
			"€100 million", nil},
		{"the rows of a whole stated in total, after the gift", "Emergency Grant Aid for the typhoon",
			[]string{"On November 15, the Government of Japan decided to extend additional Emergency Grant Aid of 20 million USD to the Philippines.", "Japan decided to provide the following assistance (52.1 million (5.21 billion JPY) in total);", "(1) Emergency Grant Aid: 30 million USD (app. 3 billion JPY) (2) Emergency Relief Goods: app. 0.6 million USD (app. 60 million JPY)"},
			"20 million USD", []string{"30 million USD=overall"}},
		{"a list of the donor's whole assistance, one row the running sum", "Emergency Grant Aid for the typhoon",
			[]string{"Japan decided to add 20 million USD of Emergency Grant Aid for the Philippines. Added to the 10 million USD announced on November 12, this makes 30 million USD.", "Japan has decided on the following assistance (5.21 billion JPY in total):", "(1) Emergency Grant Aid: 30 million USD (2) Relief goods: 0.6 million USD (3) Through Japanese NGOs: 1.5 million USD"},
			"20 million USD", []string{"10 million USD=earlier", "30 million USD=cumulative", "5.21 billion JPY=overall", "30 million USD=overall", "0.6 million USD=other gift", "1.5 million USD=other gift"}},
		{"a list of the gift's own parts", "Sweden ups humanitarian spending by SEK 425 million",
			[]string{"Sweden is giving SEK 425 million more in humanitarian aid.", "Sida will pay early on agreements with the following agencies, a total of SEK 280 million, as follows:", "SEK 70 million to CERF, SEK 87 million to UNHCR, SEK 76 million to WFP and SEK 47 million to UNRWA."},
			"SEK 425 million", nil},
		{"a page looking back at gifts dated months before it", "UAE marks World Humanitarian Day",
			[]string{"18 August 2025", "By mid-2024, the country's foreign aid had supported over one billion people, valued at more than AED368 billion.", "The UAE also pledged US$200 million for Sudan at a conference held in Addis Ababa on 14th February 2025."},
			"", []string{"more than AED368 billion=cumulative", "US$200 million=earlier"}},
		{"a parallel initiative, recently authorized", "UAE extends AED 50 million to Palestine",
			[]string{"The Vice President has pledged humanitarian aid amounting to AED 50 million to Palestine.", "In a parallel initiative, the President recently authorized the allocation of $20 million to UNRWA."},
			"AED 50 million", []string{"$20 million=earlier"}},
		{"other countries' money, named to compare", "The Netherlands gives €6 million for Syria",
			[]string{"The Netherlands has promised an additional €6 million to help people who fled the violence in Syria.", "The Minister has already made €7 million available for 2014 through Dutch aid organisations.", "This is comparable to that of other European countries (Sweden: €60 million, Germany: €320 million, Denmark: €55 million)."},
			"€6 million", []string{"€7 million=earlier", "€60 million=other donor", "€320 million=other donor", "€55 million=other donor"}},
		{"money received or given earlier this year, a list with its verb left out", "The Dutch government pledges €5 million for Africa",
			[]string{"The Netherlands is allocating an extra €5 million to relieve the famine in Africa.", "Earlier this year, the Ministry donated €14 million to southern Africa. Another €1 million went to NGOs in Zimbabwe.", "This year, Angola received €11.1 million, Eritrea €3.6 million and Ethiopia €2 million. And the Netherlands donated €12.3 million to Sudan, €4.5 million to Somalia and €5 million to West Africa."},
			"€5 million", []string{"€14 million=earlier", "€1 million=earlier", "€11.1 million=earlier", "€3.6 million=earlier", "€2 million=earlier", "€12.3 million=earlier", "€4.5 million=earlier", "€5 million=earlier"}},
		{"a gift given through appeals", "Ireland announces an aid package",
			[]string{"Ireland is to make a £8.49 million humanitarian assistance package available to 21 countries.", "The field operations of WFP and UNICEF are to be supported through their consolidated appeals, amounting to £5.1 million."},
			"£8.49 million", nil},
		{"a budget for a period of years", "Switzerland gives CHF 10 million for Sudan",
			[]string{"Switzerland is giving CHF 10 million for people in Sudan.", "For the 2021–24 period, over CHF 2 billion has been earmarked for humanitarian operations."},
			"CHF 10 million", []string{"over CHF 2 billion=plan"}},
		{"a sum others are hoped to raise", "The Pew Charitable Trusts gives $1 million",
			[]string{"As the scope of the tragedy becomes clear, The Pew Charitable Trusts today announced an immediate $1 million contribution to the American Red Cross.", "Its president said she hoped that the Philadelphia region would raise an additional $500,000."},
			"$1 million", []string{"$500,000=appeal"}},
		{"a gift announced before, by a date", "Emergency Grant Aid to Nepal for the Earthquake Damage",
			[]string{"1. The Government of Japan will provide Emergency Grant Aid of 14 million US dollars to support the Government of Nepal.", "2. The Government of Japan announced the extension of Emergency Grant Aid of 1 billion Japanese yen (over 8 million US dollars) on April 27."},
			"14 million US dollars", []string{"1 billion Japanese yen=earlier"}},
		{"a gift recently announced", "Japan increases grant aid to Nepal",
			[]string{"The Government of Japan has increased Emergency Grant Aid to 14 million US dollars for Nepal.", "The Government of Japan recently announced the provision of Emergency Grant Aid of 1 billion Japanese yen, the embassy said."},
			"14 million US dollars", []string{"1 billion Japanese yen=earlier"}},
		{"money besides the money the sentence opens with", "Norway's aid for hunger victims is increased by NOK 220 million",
			[]string{"Norway's aid for hunger victims in Yemen and Somalia is increased by NOK 220 million.", "In addition to the money for the four hungry countries, the revised budget has granted NOK 54 million extra for other humanitarian purposes."},
			"NOK 220 million", []string{"NOK 54 million=other gift"}},
		{"the items of a whole already committed, after its colon", "Gates Foundation commits $50 million against Ebola",
			[]string{"The Bill & Melinda Gates Foundation is committing $50 million to fight the outbreak.", "The $50 million includes more than $10 million the foundation has already committed: $5 million to the World Health Organization, and $5 million to UNICEF."},
			"$50 million", nil},
		{"money on top of the gift the sentence opens with", "Switzerland gives the ICRC CHF 80 million",
			[]string{"Switzerland is giving the ICRC CHF 80 million for its headquarters in 2015.", "On top of the headquarters contribution, Switzerland has earmarked CHF 50.3 million for ICRC operations in 2015, and is paying for new delegates (CHF 18.2 million over four years)."},
			"CHF 80 million", []string{"CHF 50.3 million=other gift", "CHF 18.2 million=other gift"}},
		{"it comes after an initial gift", "Australia gives $5 million for the Sulawesi earthquake",
			[]string{"Australia will provide a further $5 million to help Indonesia recover from the earthquake and tsunami in Sulawesi.", "It comes after the Prime Minister announced an initial $500,000 for the Indonesian Red Cross last week."},
			"$5 million", []string{"$500,000=earlier"}},
		// (The $31 million for Ukraine is no total: the announcement
		// also gives $2.5 million for Sri Lanka, giftElsewhere.)
		{"a response raised to a sum, a country's support overall, a recent announcement", "Australia pledges more aid",
			[]string{"The Government will provide a further $31 million of assistance to meet Ukraine's energy and humanitarian needs.", "Australia's support for Ukraine totals more than $1 billion, including $880 million in military support. The Deputy Prime Minister recently announced another $100 million in military assistance.", "Today's announcement includes an additional $2.5 million for Sri Lanka, increasing Australia's response to the impacts of Cyclone Ditwah to $3.5 million."},
			"", []string{"more than $1 billion=overall", "$880 million=overall", "$100 million=earlier", "$3.5 million=cumulative"}},
		{"one organisation's gift, and more money for another", "Norway backs food security in Ukraine",
			[]string{"Norway has set aside NOK 300 million for the World Food Programme's work in Ukraine. An additional NOK 40 million goes to the World Bank's Ukraine Fund."},
			"", nil},
		{"a whole, then its parts for two organisations", "Norway backs food security in Ukraine",
			[]string{"Norway is giving NOK 340 million for food security in Ukraine. NOK 300 million goes to the World Food Programme. Additional NOK 40 million goes to the World Bank's Ukraine Fund."},
			"NOK 340 million", nil},
		{"money first read as an appeal's, then said to be included in the total", "Ireland gives €9m for the floods",
			[]string{"The Government will match what the public gives, euro for euro, up to €3m for a flood appeal. Ministers have announced €9m of aid, which includes the €3m match funding. The UN has appealed for €120m."},
			"€9m", []string{"€120m=appeal"}},
		{"what the UN asked for", "Japan gives $5 million for Sudan",
			[]string{"Japan has given $5 million to WFP for Sudan. The UN has asked for $2.7 billion for the country this year."},
			"$5 million", []string{"$2.7 billion=appeal"}},
		{"a hedged figure, stated exactly next as a total", "Asian Development Bank steps up help after the cyclone",
			[]string{"The Asian Development Bank today announced that it has mobilised more than half a billion dollars in new funds to help people in three countries hit by the cyclone.", "It will release up to $530 million in total for the three countries. This comes on top of about $80 million already made available."},
			"up to $530 million", []string{"about $80 million=earlier"}},
		{"a hedged figure, and a total too far from it", "Asian Development Bank steps up help after the cyclone",
			[]string{"The Asian Development Bank today announced that it has mobilised more than half a billion dollars in new funds to help people in three countries hit by the cyclone.", "It will release up to $600 million in total for the three countries."},
			"", nil},
		{"a sum so far broken down by country", "Canada gives more after the storm",
			[]string{"Canada is giving a further $4 million to Honduras and Guatemala after the storm.", "Canada has now given some $15 million to date for the storm response across the region, including over $6 million to Honduras, $5 million for Guatemala, and $2 million for Nicaragua."},
			"$4 million", []string{"some $15 million=cumulative", "over $6 million=cumulative", "$5 million=cumulative", "$2 million=cumulative"}},
		{"money announced last week, below the gift", "Canada gives more after the storm",
			[]string{"Canada is giving a further $4 million to Honduras and Guatemala after the storm.", "Last Friday, the minister said Canada was providing a first $3 million for the region."},
			"$4 million", []string{"$3 million=earlier"}},
		{"what disasters cost, and a loan still to be negotiated", "Asian Development Bank backs Tonga after the cyclone",
			[]string{"The Asian Development Bank has given Tonga a grant of $5 million after the cyclone.", "Storms cost the economy around $8 million a year, the bank said. A bank team will travel to the capital to negotiate a loan of up to $30 million for the port."},
			"$5 million", []string{"around $8 million=loss", "up to $30 million=plan"}},
		{"an earlier gift told first", "Kuwait gives USD 12 million to UNHCR",
			[]string{"Kuwait gave USD 12 million to UNHCR for Yemen.", "Earlier, the Government of Kuwait gave two million U.S. dollars to FAO in Yemen."},
			"USD 12 million", []string{"two million U.S. dollars=earlier"}},
		{"a total only the title states, the parts adding up to it", "The UAE provides $28 million for Sudan",
			[]string{"The UAE has given $20 million to UNHCR and eight million dollars to WHO for Sudan."},
			"$28 million", nil},
		{"no title-only total when the text states more money", "Norway allocates over €21 million to Ukraine",
			[]string{"Norway gives NOK 200 million (EUR 17 million) to WFP and NOK 50 million (EUR 4.2 million) to the World Bank fund.", "Norway also gives 150 million Norwegian kroner (12.7 million euros) to WFP in Ukraine."},
			"", nil},
		{"no title-only total when the text states it as context", "Japan's aid to WFP tops $100 million",
			[]string{"Japan gives $5 million to WFP, bringing its total to $100 million."},
			"", []string{"$100 million=cumulative"}},
		{"a running sum, however long the words before it", "Australia gives $21.5 million for Gaza",
			[]string{"Australia gives $21.5 million for Gaza.", "This aid will take Australia's total humanitarian commitment since the attacks on October 7 to over $46 million."},
			"$21.5 million", []string{"over $46 million=cumulative"}},
		{"what it will take is needed", "Canada gives $119 million",
			[]string{"Canada gives $119 million for famine relief.", "It will take $4.4 billion in humanitarian aid by July to avert disaster, the UN said."},
			"$119 million", []string{"$4.4 billion=appeal"}},
		{"a conversion shares the running sum's role", "EU gives EUR 2 million to IOM in Iraq",
			[]string{"The EU gives EUR 2 million to IOM in Iraq.", "This brings the total EU contribution IOM Iraq has received in 2019 to EUR 5 million [$5.6 million]."},
			"EUR 2 million", []string{"EUR 5 million=cumulative"}},
		{"the first of several agreements is no total", "Qatar and OCHA sign three agreements",
			[]string{"The first agreement provides $16 million to OCHA over two years.", "The second provides $2 million to pooled funds.", "The third gives $2 million to CERF."},
			"", nil},
		{"a named past year's gift, in a release that states no year", "Canada will provide $119 million",
			[]string{"Canada will provide $119 million for food crises: $27 million to Nigeria, $21 million to Somalia, $37 million to South Sudan and $34 million to Yemen.", "In 2016, Canada provided over $100 million in humanitarian assistance to people in all four countries."},
			"$119 million", []string{"over $100 million=earlier"}},
		{"the donor's own figure wins over the title's conversion", "EU Provides Additional $2.25Mln To IOM In Iraq",
			[]string{"The European Union has provided IOM additional funds of $2.25 million for camps in Iraq.", "The EU has awarded an additional EUR 2 million [$2.25 million] to IOM in Iraq."},
			"EUR 2 million", nil},
		{"a title-only total over two lists announced with a colon", "Sweden ups humanitarian spending by US$46 million",
			[]string{"Sida will receive an additional SEK145 million (US$16 million) to be allocated as follows:", "SEK75 million (US$8 million) for rapid response; SEK70 million (US$8 million) to WFP.",
				"In addition, Sweden pays SEK280 million (US$30 million) early to these agencies:", "SEK200 million (US$21 million) to UNHCR; SEK80 million (US$9 million) to UNRWA."},
			"US$46 million", nil},
		{"a running sum told after its purpose", "Ireland commits €15m to the Middle East",
			[]string{"Ireland commits €15m to humanitarian aid in the Middle East.", "Ireland has given €29m to support the people of Palestine so far this year."},
			"€15m", []string{"€29m=cumulative"}},
		{"the donor's sum so far this financial year is no total", "UK steps up support for the Horn of Africa",
			[]string{"At an event on the crisis in the Horn of Africa, Ford announced £22.8 million so that the UN and NGO partners can keep up lifesaving assistance.", "In total, the UK has allocated £156 million in humanitarian support for crises in East Africa this financial year."},
			"£22.8 million", []string{"£156 million=cumulative"}},
		{"a year's contribution that currently amounts to, and the total it makes", "Switzerland pledges CHF5 million for Sudan",
			[]string{"Switzerland is giving CHF5 million for Sudan.", "In total, Switzerland's 2023 contribution to the crisis in Sudan currently amounts to more than CHF45 million.", "This makes the total Swiss contribution to the Fund $1,092,916 in 2014."},
			"CHF5 million", []string{"more than CHF45 million=cumulative", "$1,092,916=cumulative"}},
		{"what the year's giving will reach", "Denmark sends its last grant of 2021",
			[]string{"Denmark has sent DKK 150 million to countries in the Sahel.", "With this grant, Denmark will reach DKK 3.18 billion in emergency aid in 2021."},
			"DKK 150 million", []string{"DKK 3.18 billion=cumulative"}},
		{"another private giver's grant", "MacArthur Foundation gives CARE $1.5 million",
			[]string{"The MacArthur Foundation has awarded $1.5 million to CARE International.", "The grants include $500,000 from the Richard King Mellon Foundation to Direct Relief International; and $400,000 from the Heinz Endowments to the Brother's Brother Foundation."},
			"$1.5 million", []string{"$500,000=other donor", "$400,000=other donor"}},
		{"another private giver, named in full as the subject, beside a private donor", "Lumen Foundation gives CARE $2 million",
			[]string{"The Lumen Foundation has given $2 million to CARE for flood relief.", "The Kestrel Trust said it was kicking in $500,000 for the same relief work."},
			"$2 million", []string{"$500,000=other donor"}},
		{"another giver that said it was giving", "Sweden gives UNICEF SEK 10 million",
			[]string{"Sweden has given UNICEF SEK 10 million for children in Chad.", "Norway said it was kicking in NOK 5 million to the Red Cross, and Denmark said it would give DKK 4 million."},
			"SEK 10 million", []string{"NOK 5 million=other donor", "DKK 4 million=other donor"}},
		{"givers in general are other donors", "MacArthur Foundation gives CARE $1.5 million",
			[]string{"The MacArthur Foundation has awarded $1.5 million to CARE International.", "Elsewhere, a group of foundations in western Pennsylvania have gone beyond their usual grantmaking and announced grants totaling $1.8 million.", "Donors at a pledging conference provided just $107 million."},
			"$1.5 million", []string{"$1.8 million=other donor", "$107 million=other donor"}},
		{"in total, what it will provide", "Japan provides aid to Haiti",
			[]string{"In total, Japan will provide $10 million to WFP and UNICEF in Haiti."},
			"$10 million", nil},
		{"a total of", "Sweden supports Sudan",
			[]string{"Sweden gives a total of SEK 50 million: SEK 20 million to UNHCR and SEK 30 million to WFP."},
			"SEK 50 million", nil},
		// Scout15's Australian page: the first amount is for Myanmar, and
		// further money in a later paragraph goes to Tigray's crisis.
		{"one country's gift beside further money for another place", "Our aid for COVID-19 and crises",
			[]string{"Australia will give an extra $4.5 million through its bilateral programme for the COVID-19 response in Myanmar.",
				"It will buy supplies. Australia is also helping to ease the crisis in Tigray in northern Ethiopia. Seven million people there need help. Australia has already backed WFP and now gives a further $3 million to the ICRC."},
			"", nil},
		{"further money for the same country keeps the total", "Our aid for Myanmar",
			[]string{"Australia will give an extra $4.5 million for the COVID-19 response in Myanmar.",
				"Many clinics in Myanmar are closed. Of this, a further $1 million goes to the ICRC."},
			"$4.5 million", nil},
		{"every part of an earlier gift the sentence breaks down", "Our aid for Myanmar",
			[]string{"Australia will give an extra $4.5 million for the COVID-19 response in Myanmar.",
				"Australia announced on 13 September that it will give $100 million for the people of Afghanistan. This includes $65 million for immediate help and at least $35 million in ongoing help to 2024."},
			"$4.5 million", []string{"$100 million=earlier", "$65 million=earlier", "at least $35 million=earlier"}},
		{"the donor's total so far for a place, told in the present perfect", "Canada gives more for refugees in Armenia",
			[]string{"Canada is giving more than $1 million to help refugees arriving in Armenia.",
				"Canada has committed a total of $3.9 million for food, shelter and protection for refugees in Armenia."},
			"more than $1 million", []string{"$3.9 million=cumulative"}},
		{"an allocation round announced earlier this week", "CERF releases $9 million for Myanmar floods",
			[]string{"The Emergency Relief Coordinator released US$9 million from CERF for flood relief in Myanmar.",
				"Myanmar was among the crises chosen for the underfunded emergencies round. In that round, announced earlier this week, some US$5 million was set aside for Myanmar."},
			"US$9 million", []string{"some US$5 million=earlier"}},
		{"a headline figure the text states as the year's sum", "US Gives $310 Million to UNHCR",
			[]string{"US Gives $310 Million to UNHCR in 2003", "The United States will give another $13 million to UNHCR, pushing its total donation for 2003 over $310 million."},
			"", []string{"$310 Million=cumulative", "over $310 million=cumulative"}},
		{"a project's whole cost the donor pays a share of", "Kuwait Society for Relief signs two deals with UNICEF",
			[]string{"Kuwait Society for Relief (KSR) signed two deals with UNICEF on Wednesday for projects in Afghanistan.", "The water project will cost USD four million. KSR will contribute USD one million to the project."},
			"USD one million", []string{"USD four million=overall"}},
		{"a speaker's country gives beside a charity", "Kuwait Society for Relief signs a deal with UNICEF",
			[]string{"Kuwait Society for Relief (KSR) signed a deal with UNICEF and will give USD one million.", "Kuwait's Consul General said his country offered USD 500,000 in emergency aid to the trust fund."},
			"USD one million", []string{"USD 500,000=other donor"}},
		// Scout16's pages, each pattern in our own words.
		{"a sum given over the past years, with the one it was given to", "KSrelief gives UNHCR $11 million",
			[]string{"KSrelief signed two agreements worth $11 million with UNHCR for Yemen.", "Over the years the Kingdom has provided UNHCR with a total of $319 million over the past years."},
			"$11 million", []string{"$319 million=cumulative"}},
		{"a year's whole giving", "Denmark gives 118 million kroner to forgotten crises",
			[]string{"Denmark has set aside 118 million kroner for forgotten crises.", "In all, Denmark managed to give a total of 2.35 billion kroner to humanitarian crises."},
			"118 million kroner", []string{"2.35 billion kroner=cumulative"}},
		{"a tranche of an earlier pledge paid last month", "Korea's aid to North Korea",
			[]string{"South Korea is giving $4 million to WHO for health work in North Korea.", "Of the total, $1 million was delivered last month."},
			"$4 million", []string{"$1 million=earlier"}},
		{"a pledge this gift goes towards", "Ireland gives €3.7 million",
			[]string{"Ireland is giving €3.7 million in emergency funding.", "Of this, €1 million goes to Syria, bringing us close to fulfilling our pledge to provide €12 million in 2015."},
			"€3.7 million", []string{"€12 million=plan"}},
		{"one of several disbursements of a pledge announced in a month before", "The UAE gives UNRWA US$12.5 million",
			[]string{"The UAE has paid UNRWA US$12.5 million, one of four disbursements totaling US$50 million.", "In July the UAE announced its pledge of US$50 million."},
			"US$12.5 million", []string{"US$50 million=overall", "US$50 million=earlier"}},
		{"an earlier round and the two together", "CERF gives $100 million to 11 countries",
			[]string{"CERF has released $100 million for 11 underfunded crises.", "The allocation follows an earlier underfunded round for $150 million. Together, these two allocations, for $250 million, are the largest ever."},
			"$100 million", []string{"$150 million=earlier", "$250 million=cumulative"}},
		{"the gift an opening phrase names, then the sum to date", "US gives UNHCR $41 million",
			[]string{"With this contribution of more than $41 million, the United States is providing to-date approximately $720 million to UNHCR."},
			"more than $41 million", []string{"approximately $720 million=cumulative"}},
		{"what an appeal asks for and what an operation lacks", "CERF gives $100 million",
			[]string{"CERF has released $100 million for 11 crises.", "The UN is asking for $47 billion this year.", "The operation still lacks US$252 million for six months."},
			"$100 million", []string{"$47 billion=appeal", "US$252 million=appeal"}},
		{"a sum over the years since a fund began", "CERF gives $100 million",
			[]string{"CERF has released $100 million for 11 crises.", "In the 16 years since it was set up, CERF has paid out more than $8 billion."},
			"$100 million", []string{"more than $8 billion=cumulative"}},
		{"a gift announced on a date named first", "Australia gives $4.5 million",
			[]string{"Australia will give an extra $4.5 million for the COVID-19 response in Myanmar.", "On 13 September Australia announced $100 million of humanitarian help for Afghans."},
			"$4.5 million", []string{"$100 million=earlier"}},
		{"a sum released with its parts after a colon, a cut of the total and money kept back", "SDC releases CHF 28 million",
			[]string{"The Swiss Agency for Development and Cooperation (SDC) is freeing up CHF 28 million: Africa gets CHF 13.5 million and the Middle East CHF 6.9 million. CHF 14.5 million, just over 50% of the total, goes to the ICRC.", "That leaves the SDC with CHF 3 million for sudden disasters."},
			"CHF 28 million", []string{"CHF 3 million=plan"}},
		// Scout17's pages, each pattern in our own words.
		{"a sum since a date, and its split in the next paragraph", "EU gives €75 million to Ukraine",
			[]string{"The European Commission is giving €75 million in humanitarian aid to Ukraine.",
				"In total, the Commission allocated €926 million for people hit by the war after the invasion in February 2022.",
				"Of this money, €860 million went to people in Ukraine and €66 million to refugees in Moldova."},
			"€75 million", []string{"€926 million=cumulative", "€860 million=cumulative", "€66 million=cumulative"}},
		{"contributions over the past decade", "Kuwait gives UNHCR USD one million",
			[]string{"Kuwait has given UNHCR USD one million for refugees.", "With this gift, Kuwait's contributions to UNHCR over the past decade topped USD 462 million."},
			"USD one million", []string{"USD 462 million=cumulative"}},
		{"the latest of a year's sum", "US gives WFP $68 million",
			[]string{"The United States is giving WFP $68 million for food aid.", "The sum is the latest in more than $5.4 billion in humanitarian aid this fiscal year."},
			"$68 million", []string{"more than $5.4 billion=cumulative"}},
		{"gifts offered before, and one named to compare", "Korea sends aid to Japan",
			[]string{"Korea's relief for Japan is likely to exceed the $12.5 million provided to Haiti in January last year.", "It had offered $5.48 million to China after the Sichuan earthquake."},
			"", []string{"$12.5 million=earlier", "$5.48 million=earlier"}},
		{"a budget's money left and a set-aside spent before", "Korea sends aid to Japan",
			[]string{"Korea will send water and rescue teams to Japan, a government official said.", "\"As we only have about $50,000 to spend, we will ask to use the reserve fund,\" the official said.", "The Foreign Ministry had set aside about $20,000 for disasters in advanced countries."},
			"", []string{"about $50,000=plan", "about $20,000=earlier"}},
		// Scout18's pages, each pattern in our own words.
		{"another country plans to announce its own money", "Germany pledges 244 million euros for Sudan",
			[]string{"Germany pledged 244 million euros in humanitarian aid for Sudan at the Paris conference.", "The United States, hoping the conference would loosen purse strings, also planned to announce an additional $100 million in aid."},
			"244 million euros", []string{"$100 million=other donor"}},
		{"what an appeal seeks, the appeal named far before", "UAE gives $550 million to the UN appeal",
			[]string{"The UAE is giving $550 million to the UN's humanitarian appeal.", "The immediate focus of the appeal is to help protect the lives of up to 87 million people in need of urgent support with USD 23 billion in funding."},
			"$550 million", []string{"USD 23 billion=appeal"}},
		{"a recipient's yearly expenses", "Qatar gives $100 million for Gaza",
			[]string{"Qatar is giving $100 million for Gaza, including support for UNRWA.", "UNRWA's annual expenses amount to $1.4 billion."},
			"$100 million", []string{"$1.4 billion=plan"}},
		{"a title's gift for one country beside what the text also gives elsewhere", "Finland announces EUR 16 mln in humanitarian aid to Ukraine",
			[]string{"The Finnish Ministry of Foreign Affairs has decided to allocate EUR 16 million in humanitarian aid to Ukraine.",
				"Finland is also granting aid for crises in Africa and the Middle East. Finland provides EUR 2 million for WFP's work in Sudan and EUR 2.5 million for WFP in Syria."},
			"", nil},
		{"a title's gift for one country, and another giver's money elsewhere", "Korea gives WFP USD 3 million for Syria",
			[]string{"The Republic of Korea has given USD 3 million to the World Food Programme for families in Syria.", "Japan funds a bakery. Japan has also given USD 500,000 to WFP in Lebanon."},
			"USD 3 million", []string{"USD 500,000=other donor"}},
		{"a title's figure rounded to a tenth", "Ireland Announces €3.7 Million in Humanitarian Funding",
			[]string{"Ireland today announced emergency funding of €3.725 million for the UN and Irish NGOs.", "Of this, €1 million goes to Syria."},
			"€3.725 million", nil},
		// What a new gift supplements is money given before it.
		{"a gift that supplements a government's earlier package", "Danida adds aid for Yemen",
			[]string{"Through Danida, Denmark is giving a further DKK 40 million to families in Yemen.", "Danida's new grant supplements the Government's DKK 100 million in aid that was put forward on 5 May."},
			"DKK 40 million", []string{"DKK 100 million=earlier"}},
		{"a gift that complements an earlier grant", "Norway adds aid for Mali",
			[]string{"Norway is giving NOK 30 million to families in Mali.", "The money complements an earlier grant of NOK 50 million to the Red Cross in Mali."},
			"NOK 30 million", []string{"NOK 50 million=earlier"}},
		// Trade, exports and investment between countries are no gift.
		{"two countries' trade, beside the gift", "Australia sends aid to Lebanon",
			[]string{"Australia will give $4 million to help families in Lebanon.", "The minister called Jordan a close partner, with two-way trade worth more than $900 million a year."},
			"$4 million", []string{"more than $900 million=trade"}},
		{"exports and investment a country has had", "Canada funds relief in Peru",
			[]string{"Canada is providing $3 million for flood relief in Peru.", "Peru bought $600 million in exports from Canada last year, and Chile drew $2 billion of foreign direct investment."},
			"$3 million", []string{"$600 million=trade", "$2 billion=trade"}},
		{"a gift to a programme that names trade", "Canada funds livelihoods in Uganda",
			[]string{"Canada is giving $5 million to refugees in Uganda.", "Of this, the grant funds a trade and livelihoods programme of $2 million for refugee women, and a fair-trade coffee scheme worth $1 million."},
			"$5 million", nil},
		{"trade between two countries in a year", "Canada funds livelihoods in Peru",
			[]string{"Canada is giving $5 million to families in Peru.", "Two-way trade between the two countries was $900 million in 2023."},
			"$5 million", []string{"$900 million=trade"}},
		{"money pledged in a month before the page's", "Ireland gives €1.5 million for Sudan",
			[]string{"June 20, 2005", "Ireland is giving €1.5 million for Sudan: €1 million to OCHA and €0.5 million to UNICEF.", "In April, Ireland pledged €15 million for Sudan over 2005-2007."},
			"€1.5 million", []string{"€15 million=earlier"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.title + "\n\n" + joinParas(tc.paras)
			r, err := Ingest("test", []byte(text))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			total := ""
			if f, ok := r.Total(); ok {
				total = f.Amount.Stated
			}
			if total != tc.total {
				t.Errorf("total = %q, want %q (check %q)", total, tc.total, r.Check)
			}
			var ctx []string
			for _, f := range r.Facts {
				if f.Context != "" {
					ctx = append(ctx, f.Amount.Stated+"="+f.Context)
				}
			}
			if !slices.Equal(ctx, tc.context) {
				t.Errorf("context amounts = %q, want %q", ctx, tc.context)
			}
		})
	}
}

func joinParas(ps []string) string {
	out := ""
	for i, p := range ps {
		if i > 0 {
			out += "\n\n"
		}
		out += p
	}
	return out
}

func TestIndexStated(t *testing.T) {
	for _, tc := range []struct {
		s, stated string
		want      int
	}{
		{"gives 0.30 million USD to IFRC and 30 million USD to WFP", "30 million USD", 35},
		{"gives 0.30 million USD to IFRC", "0.30 million USD", 6},
		{"1,30 million USD", "30 million USD", -1},
		{"USD 5 million", "USD 5 million", 0},
		{"USD 15 million and USD 5 million", "USD 5 million", 19},
	} {
		if got := indexStated(tc.s, tc.stated); got != tc.want {
			t.Errorf("indexStated(%q, %q) = %d, want %d", tc.s, tc.stated, got, tc.want)
		}
	}
	// An amount that also stands inside a longer figure before it once
	// made extraction slice out of range.
	if _, err := Ingest("test", []byte("Japan gives aid to Haiti\n\nJapan gives 0.30 million USD to the IFRC, and 30 million USD to WFP, in Haiti.")); err != nil {
		t.Fatalf("Ingest: %v", err)
	}
}

// TestPartRecipients checks which recipient each part of a release is
// tied to, as "stated=recipient".
func TestPartRecipients(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		want        []string
	}{
		{"the one recipient named for what it was funded with before", "UK gives £10 million more to the Red Cross",
			[]string{"The UK has given a further £10 million to the Red Cross for the flood response.", "- £4 million for boats, which are in addition to the six boats already being paid for by DFID through the UN and the Red Cross;", "- £1 million extra for the Red Cross to buy blankets."},
			[]string{"£4 million=", "£1 million=Red Cross"}},
		{"the UN's possessive before the organisation", "Ford Foundation gives $20 million to fight measles",
			[]string{"The foundation will give $20 million to fight measles.", "It will give $4 million to the UN’s World Health Organization, $3 million to the U.S. Fund for UNICEF and $1 million to a local clinic."},
			[]string{"$4 million=WHO", "$3 million=U.S. Fund for UNICEF", "$1 million="}},
		{"a table's rows", "Emergency Grant Aid for the earthquake in Pakistan",
			[]string{"Japan decided to extend eight million US dollars to the following international organizations.", "(1) World Food Programme (WFP) 2.5 million dollars (2) World Health Organization (WHO) 1 million dollars"},
			[]string{"2.5 million dollars=WFP", "1 million dollars=WHO"}},
		{"amounts in brackets after the names", "Switzerland releases CHF 90 million for the Middle East",
			[]string{"Switzerland will release CHF 90 million for the Middle East.", "The funds go mainly to the UN Office for the Coordination of Humanitarian Affairs (CHF 25 million), the International Committee of the Red Cross (CHF 15 million) and the World Food Programme (about CHF 10 million)."},
			[]string{"CHF 25 million=OCHA", "CHF 15 million=ICRC", "about CHF 10 million=WFP"}},
		{"through an organisation, colon", "Emergency Grant Aid for Haiti",
			[]string{"Japan decided to extend Emergency Grant Aid of 3.25 million US dollars through WFP and IOM.", "Assistance through WFP : 1.41 million USD", "Assistance through IOM : 0.90 million USD"},
			[]string{"1.41 million USD=WFP", "0.90 million USD=IOM"}},
		{"to an organisation", "Norway gives NOK 100 million",
			[]string{"Norway gives NOK 100 million to Sudan.", "NOK 45 million will go to the World Food Programme and NOK 30 million to the Norwegian Refugee Council."},
			[]string{"NOK 45 million=WFP", "NOK 30 million=NRC"}},
		{"would be provided for an organisation's project", "Korea sends USD 8 million to North Korea",
			[]string{"Korea will send USD 8 million in aid to North Korea.", "US$4.5 million would be provided for the WFP project, while the remaining US$3.5 million was allotted to the UNICEF project."},
			[]string{"US$4.5 million=WFP", "US$3.5 million=UNICEF"}},
		{"an allocation's agencies, told each their own way", "CERF allocates $30 million for the drought",
			[]string{"The Central Emergency Response Fund (CERF) has allocated close to $30 million for the drought.",
				"With $10 million, the World Food Programme (WFP) is handing out emergency food. Another $8 million went to the United Nations Children's Fund (UNICEF) for supplementary food.",
				"The Food and Agriculture Organization (FAO) got $6 million for seeds. Using $2 million of CERF money, the World Health Organization (WHO) ran clinics. UNICEF spent another $3 million on vaccines. WFP was also given $1 million for flights."},
			[]string{"$10 million=WFP", "$8 million=UNICEF", "$6 million=FAO", "$2 million=WHO", "$3 million=UNICEF", "$1 million=WFP"}},
		{"the subject that will be allocated it", "Sida gives SEK 89 million for Sudan",
			[]string{"Sweden gives SEK 89 million for Sudan through OCHA and UNICEF.", "Mercy Corps, a humanitarian organisation, will be allocated SEK 25 million.", "The UN refugee agency UNHCR receives 3 million euros for Syrians."},
			[]string{"SEK 25 million=Mercy Corps", "3 million euros=UNHCR"}},
		{"the subjects that will receive or are expected to use it", "Denmark gives 50 million krones for Gaza",
			[]string{"Denmark announced a further 50 million Danish krones for Gaza.", "The UN agency for Palestinian refugees, or UNRWA, will receive 33 million krones. The International Committee of the Red Cross (ICRC) in Gaza is expected to use the remaining 17 million krones."},
			[]string{"33 million krones=UNRWA", "17 million krones=ICRC"}},
		{"a breakdown run into one line", "Emergency Grant Aid for refugees in Europe",
			[]string{"Japan decided to extend Emergency Grant Aid of 2 million US dollars through UNHCR, IOM and IFRC.", "Breakdown of the Grant Aid UNHCR: improvement of the reception centres (USD 1 million) IOM: transport of migrants (USD 0.5 million) IFRC: food and medical support (USD 0.5 million)"},
			[]string{"USD 1 million=UNHCR", "USD 0.5 million=IOM", "USD 0.5 million=IFRC"}},
		{"for the response of an organisation, after a restatement in brackets", "New Zealand gives more for Gaza",
			[]string{"New Zealand is giving another five million NZ dollars for needs in Gaza.", "The new money includes 2.5 million NZ dollars (1.5 million U.S. dollars) for the response of the International Committee of the Red Cross in Gaza.", "New Zealand is also stepping up its support to the World Food Programme, with a further 2.5 million NZ dollars for its response."},
			[]string{"2.5 million NZ dollars=ICRC", "2.5 million NZ dollars=WFP"}},
		{"a breakdown with full names, acronyms and square brackets", "Japan extends an emergency grant of USD 10 million",
			[]string{"Japan will extend an emergency grant of USD 10 million for Lebanon.", "United Nations High Commissioner for Refugees (UNHCR): Shelter, Non-Food Items [USD 5 million,] United Nations World Food Programme (WFP): Food [USD 2 million,] United Nations Children’s Fund (UNICEF) Water and Sanitation [USD 1 million]"},
			[]string{"USD 5 million=UNHCR", "USD 2 million=WFP", "USD 1 million="}},
		{"channelled to a place through an organisation", "Finland grants EUR 13.5 million",
			[]string{"Finland will grant a total of EUR 13.5 million in humanitarian assistance.", "EUR 2 million will be channelled to Ukraine through the World Food Programme (WFP)."},
			[]string{"EUR 2 million=WFP"}},
		{"the object of what the donor pledged for an organisation", "S. Korea vows to donate US$5.73 mln",
			[]string{"South Korea has pledged to donate around US$5.73 million this year to WHO and UNICEF.", "The money includes $4 million Seoul pledged in December for the World Health Organization's project to provide medical supplies."},
			[]string{"$4 million=WHO"}},
		{"the subject that will receive a voluntary contribution of it", "Spain gives 82,545,000 euros",
			[]string{"Spain authorised 82,545,000 euros for WFP and OCHA.", "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) will receive a voluntary contribution of 7.3 million euros, and WFP will receive 6.1 million euros."},
			[]string{"7.3 million euros=OCHA", "6.1 million euros=WFP"}},
		{"the organisation that used it", "Philippines flood response boosted with $4.9 million from the CERF",
			[]string{"The CERF has allocated $4.9 million to WFP, IOM and UNICEF in the Philippines.", "The United Nations Children's Fund (UNICEF) used $1.4 million of CERF funding to provide clean water."},
			[]string{"$1.4 million=UNICEF"}},
		{"will be made available to", "Austria gives nine million euros",
			[]string{"The Austrian government makes nine million euros available for UNHCR and UNICEF.", "A further two million euros will be made available to the United Nations Children's Fund (UNICEF)."},
			[]string{"two million euros=UNICEF"}},
		{"the organisation a giving verb names before the amount", "Sweden gives SEK 100 million",
			[]string{"Sweden gives SEK 100 million to UNHCR and the ICRC.", "The government has also decided to pay UNHCR 50 million Swedish kronor to meet the needs."},
			[]string{"50 million Swedish kronor=UNHCR"}},
		{"money for two recipients together is neither's", "Canada gives $30 million for Lebanon",
			[]string{"Canada has committed $30 million to provide emergency aid to Lebanon.", "The minister says the government is allocating $13.5 million of this to UN humanitarian agencies and to the Lebanese Red Cross.", "The UK is channeling 7.5 million pounds ($12.1 million) through UNICEF and the U.N. Office for the Coordination of Humanitarian Affairs."},
			[]string{"$13.5 million=", "7.5 million pounds="}},
		{"money for an organisation and a kind of others together is not its alone", "Qatar gives $60 million for Sudan",
			[]string{"Qatar has pledged $60 million for the people of Sudan.", "Qatar is also giving a further $20 million to the World Food Programme and to several local relief organisations.", "Another $5 million goes to UNICEF as well as to various partner charities."},
			[]string{"$20 million=", "$5 million="}},
		{"the one recipient named in a clause set against the amount's", "Belgium gives €4m to the ICRC for Yemen",
			[]string{"Belgium has given a further €4m to the ICRC for its work in Yemen.", "The bulk of the money goes to the ICRC for food and water but €0.8m will pay for demining."},
			[]string{"€0.8m="}},
		{"the one recipient named in the amount's own clause", "Belgium gives €4m to the ICRC for Yemen",
			[]string{"Belgium has given a further €4m to the ICRC for its work in Yemen.", "Of this, €0.8m will help the ICRC clear mines."},
			[]string{"€0.8m=ICRC"}},
		{"to an organisation's effort or action, named after it", "Korea gives one million dollars for the drought",
			[]string{"Korea has pledged one million dollars for drought relief in Kenya.", "The money gives 600,000 dollars to the nutrition action for children in Kenya by the United Nations Children's Fund (UNICEF).", "The remaining 400,000 dollars is extended to the effort of the International Organization for Migration (IOM) to help returnees."},
			[]string{"600,000 dollars=UNICEF", "400,000 dollars=IOM"}},
		{"a bracketed figure after a country is no recipient's", "Japan gives USD 10 million to WFP and UNICEF",
			[]string{"Japan gives USD 10 million to WFP and UNICEF.", "The aid goes to Chad (USD 4 million) and Niger (USD 6 million)."},
			[]string{"USD 4 million=", "USD 6 million="}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, tc.title, tc.paras, func(f corpus.Fact) string {
				if f.Total || f.Context != "" {
					return ""
				}
				return f.Amount.Stated + "=" + f.Recipient
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("parts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTitleOnlyTotalRoundTrip checks that a total only the title states
// (paragraph 0) is written and read back as it was.
func TestTitleOnlyTotalRoundTrip(t *testing.T) {
	r, err := Ingest("uae.txt", []byte("The UAE provides $28 million for Sudan\n\nThe UAE has given $20 million to UNHCR and eight million dollars to WHO for Sudan.\n"))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	total, ok := r.Total()
	if !ok || total.Paragraph != 0 || total.Sentence != r.Title || total.Check != titleOnlyCheck {
		t.Fatalf("total = %+v, %v; want the title's, paragraph 0, checked", total, ok)
	}
	if g, _ := marshalParse(t, r).Total(); g.Paragraph != 0 || g.Amount.Stated != "$28 million" {
		t.Errorf("parsed total = %+v", g)
	}
}

// TestRestatementInBrackets checks that a conversion in square brackets is
// the same money as the figure before it, not a part of its own.
func TestRestatementInBrackets(t *testing.T) {
	r, err := Ingest("eu.txt", []byte("EU gives EUR 2 million to IOM in Iraq\n\nThe EU gives EUR 2 million [$2.25 million] to IOM in Iraq.\n\nThis brings the total EU contribution IOM Iraq has received in 2019 to EUR 5 million [$5.6 million].\n"))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && f.Amount.Currency == "USD" {
			t.Errorf("the conversion %q is a fact of its own (context %q)", f.Amount.Stated, f.Context)
		}
	}
}

// TestDamageAmountedTo: what damage or losses come to is a loss, not a
// gift; what aid for damage comes to is not.
func TestDamageAmountedTo(t *testing.T) {
	for _, tc := range []struct {
		sent string
		loss bool
	}{
		{"Storm damage to roads and farms amounted to an estimated $40 million, and many families lost their homes.", true},
		{"Losses in the two provinces were put at about EUR 3 million.", true},
		{"The aid for storm damage amounted to $4 million.", false},
	} {
		a := findAmounts(tc.sent, "")[0]
		if got := amountContext(tc.sent, a.start, a.end, 0, len(tc.sent), 0); (got == "loss") != tc.loss {
			t.Errorf("amountContext(%q) = %q, loss %v", tc.sent, got, tc.loss)
		}
	}
}

// TestNowProvidingIsNoRunningSum: "is now providing" is a running sum only
// after "In total"; "is now providing a further $3 million" is the gift.
func TestNowProvidingIsNoRunningSum(t *testing.T) {
	for _, tc := range []struct{ sent, want string }{
		{"Australia has already provided support to the World Food Programme and is now providing a further $3 million to the International Committee of the Red Cross.", ""},
		{"In total, the United States is now providing more than $600 million in aid to the Horn of Africa.", "cumulative"},
	} {
		a := findAmounts(tc.sent, "")[0]
		if got := amountContext(tc.sent, a.start, a.end, 0, len(tc.sent), 0); got != tc.want {
			t.Errorf("amountContext(%q) = %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestFrenchRunningSum: a French page's running sum ("porte le total des
// dons à", "l'ensemble des contributions ... atteint") is cumulative; the
// gift it follows is not.
func TestFrenchRunningSum(t *testing.T) {
	for _, tc := range []struct{ sent, want string }{
		{"Avec ce deuxième don, l'ensemble des contributions japonaises à cette opération atteint près de 2,4 millions de dollars.", "cumulative"},
		{"Ce nouveau don porte le total des contributions suisses à 12 millions de francs suisses.", "cumulative"},
		{"Le Gouvernement du Japon a fait un don de 1,2 million de dollars américains au PAM.", ""},
	} {
		a := findAmounts(tc.sent, "")[0]
		if got := amountContext(tc.sent, a.start, a.end, 0, len(tc.sent), 0); got != tc.want {
			t.Errorf("amountContext(%q) = %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestEarlierGiftYear: an amount told as context (an earlier year's gift,
// a year's total) is dated by the year its own clause names or its
// sentence opens with, not by the release's year; a span of years and an
// earlier gift of the same year keep the release's.
func TestEarlierGiftYear(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		want        []string // "stated=year" for every amount
	}{
		{"a fiscal year's gift and a part of it", "US gives UNHCR $421 million for 2016",
			[]string{"The United States is pleased to announce a contribution of nearly $421 million to UNHCR for 2016.", "In Fiscal Year 2015, the United States contributed more than $1.3 billion to UNHCR. This included nearly $352 million to UNHCR for the Syria crisis."},
			[]string{"nearly $421 million=2016", "more than $1.3 billion=2015", "nearly $352 million=2015"}},
		{"a named past year's gift in an undated release", "Canada will provide $119 million",
			[]string{"Canada will provide $119 million for food crises.", "In 2016, Canada provided over $100 million in humanitarian assistance to people in all four countries."},
			[]string{"$119 million=0", "over $100 million=2016"}},
		{"a list under one past year", "Norway gives NOK 30 million to WFP in 2021",
			[]string{"Norway gives NOK 30 million to WFP in 2021.", "In 2019, Norway gave NOK 5 million to Chad and NOK 2 million to Niger."},
			[]string{"NOK 30 million=2021", "NOK 5 million=2019", "NOK 2 million=2019"}},
		{"a span of years is no one year", "Australia gives $15 million to Myanmar in 2023",
			[]string{"Australia gives $15 million to Myanmar in 2023.", "This builds on support for the response in Myanmar and Bangladesh, which was $145 million in 2021-22."},
			[]string{"$15 million=2023", "$145 million=2023"}},
		{"a donor's figures for a year, told in a release that states none", "Germany gives UNRWA EUR 45 million",
			[]string{"UNRWA welcomes an announcement by Germany that it is providing EUR 45 million in new contributions.", "Germany is the Agency's second largest donor, with a total of EUR 197 million provided in 2023.", "In 2023, Germany was the largest donor for food aid in Gaza with a total of EUR 81 million."},
			[]string{"EUR 45 million=0", "EUR 197 million=2023", "EUR 81 million=2023"}},
		{"a running sum named by its year", "Switzerland pledges CHF5 million for Sudan",
			[]string{"Switzerland is giving CHF5 million for Sudan.", "In total, Switzerland's 2023 financial contribution to the crisis in Sudan currently amounts to more than CHF45 million."},
			[]string{"CHF5 million=2023", "more than CHF45 million=2023"}}, // the gift joins the year's sum: its year (TestBodyYear)
		{"earlier the same year", "Korea gives $9 million in 2021",
			[]string{"Korea gives $9 million in humanitarian aid in 2021.", "Earlier this year, Korea sent $500,000 to Yemen."},
			[]string{"$9 million=2021", "$500,000=2021"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, tc.title, tc.paras, func(f corpus.Fact) string { return fmt.Sprintf("%s=%d", f.Amount.Stated, f.Year) })
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// amountLabels ingests a release made of a title and paragraphs and labels
// each of its amounts; a label of "" leaves the amount out.
func amountLabels(t *testing.T, title string, paras []string, label func(corpus.Fact) string) []string {
	t.Helper()
	r, err := Ingest("test", []byte(title+"\n\n"+joinParas(paras)))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	return labelAmounts(r, label)
}

// labelAmounts labels each amount of a release read already; a label of
// "" leaves the amount out.
func labelAmounts(r *corpus.Release, label func(corpus.Fact) string) []string {
	var out []string
	for _, f := range r.Facts {
		if f.Kind != corpus.KindAmount {
			continue
		}
		if l := label(f); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestTotalRecipient: the total is to a recipient only when a sentence
// gives that recipient the whole, not when it takes a part of the whole
// for it.
func TestTotalRecipient(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  string // "stated/recipient" of the total
	}{
		{"one of several organisations, named as an example, gets no whole", []string{
			"On 16 September, the Government of Japan decided to extend Emergency Grant Aid of two million US dollars through three organizations, including the World Food Programme (WFP), for people in Yemen."}, "two million US dollars/"},
		{"a part taken of the whole is the part's recipient's", []string{
			"The Austrian government has decided to make nine million euros available from the foreign disaster fund.",
			"Of the nine million euros, two million euros will go to UNHCR in Burkina Faso."}, "nine million euros/"},
		{"the whole stated again for a recipient", []string{
			"Germany provides 7 million euros for women's health in Yemen.",
			"The agreement provides UNFPA with 7 million euros."}, "7 million euros/UNFPA"},
		{"the recipient as the subject, another only in the running sum", []string{
			"UNICEF receives NOK 25 million from Norway for its work for children in Gaza.",
			"Since the fighting began, Norway has supported UN organisations and the Red Cross. This includes NOK 60 million for UNRWA."}, "NOK 25 million/UNICEF"},
		{"the next sentence channels the whole through the recipient", []string{
			"The Swedish Government is allocating SEK 120 million for efforts to fight hunger in Gaza, Sudan and Ukraine. This support will be channelled through the World Food Programme (WFP).",
			"WFP's work reaches millions of people."}, "SEK 120 million/WFP"},
		{"the next paragraph names the recipient of the money", []string{
			"The Irish government has donated an extra €9 million for areas hit by humanitarian crises.",
			"The money to the United Nations Central Emergency Response Fund (CERF) will provide aid in the Central African Republic and Chad."}, "€9 million/CERF"},
		{"a later paragraph, in the minister's words, gives the funding to the recipient", []string{
			"Ireland today announced a contribution of €3 million for humanitarian crises in Mali and Niger.",
			"Announcing the funding, the minister said:",
			"“The Sahel faces overlapping crises.",
			"“The funding, which will be shared evenly between the two countries, will be provided to the International Committee of the Red Cross (ICRC), a key partner.”"}, "€3 million/ICRC"},
		{"another recipient with a part of its own shares the whole", []string{
			"UNICEF receives NOK 25 million from Norway for its work for children in Gaza.",
			"Norway also gives NOK 10 million to UNRWA."}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "Funding announced", tc.paras, func(f corpus.Fact) string {
				if !f.Total {
					return ""
				}
				return f.Amount.Stated + "/" + f.Recipient
			})
			if tc.want == "" {
				if len(got) != 0 && !strings.HasSuffix(got[0], "/") {
					t.Errorf("total = %q, want it to no one recipient", got)
				}
				return
			}
			if !slices.Equal(got, []string{tc.want}) {
				t.Errorf("total = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestIncludedInRunningSum: "This includes ..." after a sentence that tells
// what has been given since some time is a part of that running sum, not
// of this gift; after a sentence that tells this gift, it is a part of it.
func TestIncludedInRunningSum(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  string // context of the NOK 60 million
	}{
		{"after a running sum", []string{
			"UNICEF receives NOK 25 million from Norway for its work for children in Gaza.",
			"Since the escalation began, Norway has provided support to UN organisations. This includes the NOK 60 million support to UNRWA."}, "cumulative"},
		{"after this gift", []string{
			"Norway gives NOK 100 million to UN organisations working in Gaza.",
			"The money goes to agencies on the ground. This includes NOK 60 million to UNRWA."}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "Funding announced", tc.paras, func(f corpus.Fact) string {
				if f.Amount.Stated != "NOK 60 million" {
					return ""
				}
				return "[" + f.Context + "]"
			})
			if !slices.Equal(got, []string{"[" + tc.want + "]"}) {
				t.Errorf("NOK 60 million context = %q, want [%s]", got, tc.want)
			}
		})
	}
}

// TestAmountInsideAnother: a figure stated again right after a longer
// amount that contains it ("over $1.8 billion) $1.8", as a paste can run two
// lines together) is read without an internal error.
func TestAmountInsideAnother(t *testing.T) {
	got := amountLabels(t, "Norway gives money to UNICEF", []string{"Norway gives over $1.8 billion) $1.8 to UNICEF."}, func(f corpus.Fact) string {
		return f.Amount.Stated
	})
	if !slices.Contains(got, "over $1.8 billion") {
		t.Errorf("amounts = %q, want over $1.8 billion among them", got)
	}
}

// TestFollowingDecision: an amount in an opening "Following ...'s decision
// to provide" clause is the package decided before, not this release's
// gift; the amount the recipient will receive is.
func TestFollowingDecision(t *testing.T) {
	got := amountLabels(t, "Japan and UNICEF sign typhoon aid", []string{
		"Following the Government of Japan’s decision on January 14 to provide relief assistance of $13 million for typhoon survivors, officials signed an agreement with UNICEF on January 20.",
		"UNICEF will receive $1.6 million for its emergency response in the worst-hit provinces."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
	})
	want := []string{"$13 million/false/overall", "$1.6 million/true/"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestProgrammeAndWholeAreContext: a programme over several years larger
// than the gift the release opens with, and the overall contribution a
// gift is "part of", are context; the gift is the total.
func TestProgrammeAndWholeAreContext(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"a programme from one year to another", []string{
			"The UK has given a further £10 million to help people displaced by the fighting in Pakistan.",
			"DFID is spending £665 million on aid to Pakistan from 2009 to 2013. It is committing £250 million over five years to schooling."},
			[]string{"£10 million/true/", "£665 million/false/plan", "£250 million/false/plan"}},
		{"a multi-year gift the release opens with", []string{
			"Norway gives WFP NOK 1.6 billion over four years in core funding."},
			[]string{"NOK 1.6 billion/true/"}},
		{"part of the donor's overall contribution", []string{
			"Canada has made a C$1 million contribution to IOM's work in Zimbabwe.",
			"The funds, which are part of Canada's overall C$3.7 million contribution to IOM for 2013, help returned migrants."},
			[]string{"C$1 million/true/", "C$3.7 million/false/overall"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "Funding announced", tc.paras, func(f corpus.Fact) string {
				return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDonorsCrown: a crown named without its country is the donor's own,
// and money without its currency after it takes that one, each part
// where it goes; a pool the gift is taken "out of" is context.
func TestDonorsCrown(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		want        []string
	}{
		{"Danish kroner and the parts after it", "Denmark pledges 14.30 mln USD in humanitarian aid", []string{
			"The Danish government has promised 95 million Danish krone (14.30 million U.S. dollars) for people in need in Syria, Yemen and Ethiopia.",
			"Of the 95 million krone, 60 million will go to Syria, 25 million to Yemen and 10 million to Ethiopia."},
			[]string{"95 million Danish krone DKK total", "60 million DKK SYR", "25 million DKK YEM", "10 million DKK ETH"}},
		{"kroner of a Danish release, out of a pool", "Denmark to help displaced people in Africa", []string{
			"Denmark has promised more than 29.5 million kroner out of its 58 million kroner emergency funding to UNHCR for its work in South Sudan."},
			[]string{"more than 29.5 million kroner DKK total", "58 million kroner DKK overall"}},
		{"money without a currency after a bracketed restatement", "Norway gives NOK 100 million", []string{
			"Norway gives NOK 100 million (USD 12 million) for humanitarian aid, of which 60 million will go to Syria."},
			[]string{"NOK 100 million NOK total", "60 million NOK SYR"}},
		{"Danish kroner in the title too", "Denmark gives 50 million kroner to UNHCR", []string{
			"Denmark has given 50 million kroner to UNHCR for refugees in Chad."},
			[]string{"50 million kroner DKK total"}},
		{"Norwegian kroner", "Norway gives NOK 100 million", []string{
			"Norway will give 100 million kroner to the World Food Programme."},
			[]string{"100 million kroner NOK total"}},
		// "kr" after the figure names no country: the donor's own crown,
		// and no money at all when the donor has none.
		{"kr of a Danish release", "Denmark gives 20 million kr. to UNICEF", []string{
			"Denmark has given 20 million kr. to UNICEF for children in Yemen."},
			[]string{"20 million kr DKK total"}},
		{"kr of a Swedish release", "Sweden backs WFP in Sudan", []string{
			"The Swedish government is giving 40 million kr to the World Food Programme in Sudan."},
			[]string{"40 million kr SEK total"}},
		{"kr in a release of a donor with no crown", "The Netherlands backs WFP in Sudan", []string{
			"The Netherlands has given EUR 5 million to the World Food Programme in Sudan, and a private fund 20 million kr to UNICEF.",
			"Besides 10 million kr from a private fund, the Netherlands has set aside EUR 2 million, of which 1.5 million will go to Chad."},
			[]string{"EUR 5 million EUR total", "EUR 2 million EUR ", "1.5 million EUR TCD"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, tc.title, tc.paras, func(f corpus.Fact) string {
				l := f.Amount.Stated + " " + f.Amount.Currency
				switch {
				case f.Total:
					l += " total"
				case f.Context != "":
					l += " " + f.Context
				default:
					l += " " + f.Country
				}
				return l
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q\nwant      %q", got, tc.want)
			}
		})
	}
}

// TestCountryGivingIsAnotherDonor: a country named alone as the subject
// giving money in a release of another donor ("In addition to China's
// contribution, the UK has announced £33,000") is that money's giver, not
// where it goes.
func TestCountryGivingIsAnotherDonor(t *testing.T) {
	r, err := Ingest("test", []byte("China gives $100,000 for flood victims in Bangladesh\n\n"+
		"China has given $100,000 to help flood victims in Bangladesh.\n\n"+
		"In addition to China's contribution, the UK has announced £33,000 in immediate assistance for people in the flooded districts.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && f.Amount.Stated == "£33,000" && (f.Donor != "United Kingdom" || f.Context != "other donor" || f.Country != "") {
			t.Errorf("£33,000: donor %q, context %q, country %q; want the UK's, other donor, no place", f.Donor, f.Context, f.Country)
		}
		if f.Kind == corpus.KindDestination && f.Country == "GBR" {
			t.Errorf("the UK is a destination")
		}
	}
}

// TestPooledFundsAllocating: in a release of CERF's allocations, what a
// country's pooled fund allocates in its own clause is that fund's money,
// not CERF's.
func TestPooledFundsAllocating(t *testing.T) {
	got := amountLabels(t, "UN funds allocate $20 million for neglected crises", []string{
		"The UN's pooled funds allocated $20 million this month for neglected crises.",
		"Of this amount, the Central Emergency Response Fund (CERF) allocated $7 million to support relief in Yemen; the Chad Humanitarian Fund allocated $8 million for refugees; and the Mali Humanitarian Fund allocated $5 million for food."}, func(f corpus.Fact) string {
		return f.Amount.Stated + "|" + f.Donor + "|" + f.Context
	})
	for _, want := range []string{"$8 million|Chad Humanitarian Fund|other donor", "$5 million|Mali Humanitarian Fund|other donor"} {
		if !slices.Contains(got, want) {
			t.Errorf("amounts %q, want %q among them", got, want)
		}
	}
}

// TestListRunIntoOneLine: a list of "- AMOUNT to ORGANISATION" items run
// into one line gives each amount the organisation after it, never the
// item before's; an item whose organisation is not known gets none.
func TestListRunIntoOneLine(t *testing.T) {
	got := amountLabels(t, "Portugal contributes EUR 4.5 million to international organisations", []string{
		"The Council of Ministers authorised the Portuguese aid agency to make voluntary contributions totalling EUR 4,500,000 to international organisations.",
		"The contributions will be shared as follows:\n- EUR 2,000,000 to the International Committee of the Red Cross (ICRC)\n- EUR 1,500,000 to the United Nations Children's Fund (UNICEF)\n- EUR 600,000 to the UN agency for Palestine refugees (UNRWA)\n- EUR 400,000 to the World Food Programme (WFP)"}, func(f corpus.Fact) string {
		return f.Amount.Stated + "|" + f.Recipient
	})
	for _, bad := range []string{"EUR 600,000|UNICEF", "EUR 400,000|UNRWA", "EUR 1,500,000|ICRC"} {
		if slices.Contains(got, bad) {
			t.Errorf("amounts %q: %q has the item before's organisation", got, bad)
		}
	}
	if !slices.Contains(got, "EUR 400,000|WFP") {
		t.Errorf("amounts %q, want EUR 400,000 for WFP", got)
	}
}

// TestRestOfSum: "the remaining 370 million" after money with its
// currency in the sentence is that money's rest, in its currency, flagged;
// a count of people is not money; and a total written rounded ("1.5
// billion") stays the total when its parts add up to a little more.
func TestRestOfSum(t *testing.T) {
	got := amountLabels(t, "", []string{
		"Brussels (Capital Post) The European Commission today announced that it has adopted its yearly humanitarian budget, which amounts to 1.5 billion euros this year.",
		"It gives 470 million euro to Chad, 350 million euro to Syria and 150 million euro to Ukraine.",
		"Some 190 million euro will go to Haiti, and the remaining 370 million is kept for unexpected crises.",
		"Its partners reached 3 million children last year, and the other 2 million children were reached by others."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%s/%v/%s/%s", f.Amount.Stated, f.Amount.Currency, f.Total, f.Country, f.Check)
	})
	want := []string{"1.5 billion euros/EUR/true//", "470 million euro/EUR/false/TCD/", "350 million euro/EUR/false/SYR/", "150 million euro/EUR/false/UKR/",
		"Some 190 million euro/EUR/false/HTI/", "370 million/EUR/false//currency EUR taken from Some 190 million euro before it; the text gives the amount without one"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReceivesTotalOf: what a place "will receive" as "a total
// contribution of" is its part of the gift, not an overall sum.
func TestReceivesTotalOf(t *testing.T) {
	got := amountLabels(t, "Italy allocates over 39 million euros for humanitarian aid", []string{
		"Italy has allocated over 39 million euros for humanitarian interventions in the Horn of Africa and the Sahel.",
		"Ethiopia, a priority country, will receive a total contribution of 25 million euros for food and health care."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v/%s/%s", f.Amount.Stated, f.Total, f.Context, f.Country)
	})
	want := []string{"over 39 million euros/true//", "25 million euros/false//ETH"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestExactOverHedged: a hedged headline figure ("Over $200 Million") and
// the same money stated exactly in the text ("$201 million"): the exact
// figure is the total.
func TestExactOverHedged(t *testing.T) {
	got := amountLabels(t, "Netherlands Give Unicef Over $200 Million", []string{
		"Netherlands Give Unicef Largest Single Donation Ever – Over $200 Million",
		"UNICEF has received the largest earmarked donation in its history - $201 million pledged by the Government of the Netherlands for children in conflicts and disasters."}, func(f corpus.Fact) string {
		if !f.Total {
			return ""
		}
		return f.Amount.Stated
	})
	if !slices.Equal(got, []string{"$201 million"}) {
		t.Errorf("total = %q, want $201 million", got)
	}
}

// TestHedgedTitleRoundsLead: a title's hedged figure rounds the exact one
// the announcing sentence states, on the side its hedge says.
func TestHedgedTitleRoundsLead(t *testing.T) {
	for _, tc := range []struct {
		title, lead, want string
	}{
		{"Ireland gives almost 8 million euros to crises", "The Minister has approved 7.85 million euros for humanitarian work this autumn.", "7.85 million euros"},
		{"Ireland gives over 8 million euros to crises", "The Minister has approved 8.3 million euros for humanitarian work this autumn.", "8.3 million euros"},
		// Below an "almost" is no rounding of it, nor a tenth away.
		{"Ireland gives almost 8 million euros to crises", "The Minister has approved 9.5 million euros for humanitarian work this autumn.", ""},
		{"Ireland gives almost 8 million euros to crises", "The Minister has approved 6 million euros for humanitarian work this autumn.", ""},
		// A title's unhedged whole figure rounds the exact one within half
		// a unit; two candidates, or a figure further off, give none.
		{"Ireland Awards $3 Million in Tsunami Relief", "Ireland has announced grants that together come to $3.2 million for relief.", "$3.2 million"},
		{"Ireland Awards $3 Million in Tsunami Relief", "Ireland has announced grants that together come to $3.6 million for relief.", ""},
		{"Ireland Awards $3 Million in Tsunami Relief", "Ireland gave $3.2 million and $2.9 million for relief.", ""},
		{"Ireland Awards $3.5 Million in Tsunami Relief", "Ireland has announced grants that come to $3.45 million for relief.", ""},
	} {
		got := amountLabels(t, tc.title, []string{tc.lead}, func(f corpus.Fact) string {
			if !f.Total {
				return ""
			}
			return f.Amount.Stated
		})
		want := []string{}
		if tc.want != "" {
			want = []string{tc.want}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q / %q: total = %q, want %q", tc.title, tc.lead, got, want)
		}
	}
}

// TestWhichGave: an amount a giver named just before gave, in a relative
// clause, is that giver's, even of an earlier year.
func TestWhichGave(t *testing.T) {
	got := amountLabels(t, "France keeps UN aid at 89 million euros", []string{
		"France said it would keep its contributions for UN humanitarian agencies in 2015 at the level of Euros 89 million.",
		"France also contributed through the European Union, which contributed Euros 516 million in 2013 for this cause."}, func(f corpus.Fact) string {
		return f.Amount.Stated + "/" + f.Context
	})
	want := []string{"Euros 89 million/", "Euros 516 million/other donor"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestGiftTotalling: a gift named as a package "totalling" an amount is
// the gift; what a donor "has provided ..., totaling" is a running sum.
func TestGiftTotalling(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  string
	}{
		{"a package totalling", []string{"Luxembourg has given WFP a generous 3-year aid package totalling US$ 4.5 million to provide school meals."}, "US$ 4.5 million/true/"},
		{"what has been provided, totaling", []string{"The EU gives EUR 10 million to WFP.", "The EU has provided more than 38,000 tons of aid, including food and medicine, totaling 373 million euros."}, "373 million euros/false/cumulative"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "Aid announced", tc.paras, func(f corpus.Fact) string {
				return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
			})
			if !slices.Contains(got, tc.want) {
				t.Errorf("amounts = %q, want %q among them", got, tc.want)
			}
		})
	}
}

// TestLocalDollars: a dollar written without its country, by sign or by
// word, is the donor's own when the donor pays in dollars of its own; a
// dollar named as the US dollar stays one.
func TestLocalDollars(t *testing.T) {
	for _, tc := range []struct {
		donor, text string
		want        []string // currency of each amount, in order
	}{
		{"Canada", "Canada will provide 119.25 million dollars, with $17.8 million to the ICRC.", []string{"CAD", "CAD"}},
		{"Canada", "Canada gives 16 million US dollars and US$2 million.", []string{"USD", "USD"}},
		{"Australia", "Australia adds nearly 5 million dollars.", []string{"AUD"}},
		{"Japan", "Japan gives 5 million dollars.", []string{"USD"}},
		{"New Zealand", "New Zealand has announced a further three million dollars for Tonga.", []string{"NZD"}},
		{"New Zealand", "New Zealand gives twenty-five million US dollars.", []string{"USD"}},
		// A plain "$" in brackets after the donor's own named dollar is
		// its worth in US dollars, the same money again.
		{"New Zealand", "Wellington pledges NZ$8 million ($5 million) for Fiji's cyclone relief.", []string{"NZD", "USD"}},
		{"Canada", "Ottawa adds C$4 million (about $3 million), and $1 million more for Haiti.", []string{"CAD", "USD", "CAD"}},
		{"Australia", "Canberra gives $6 million (A$9 million) to Vanuatu.", []string{"USD", "AUD"}},
		// Among several donors, one of another currency makes the "$"
		// no one donor's own; a foundation beside a dollar country
		// leaves it that country's.
		{"Canada, United States", "Canada and the United States give $5 million each.", []string{"USD"}},
		{"Canada, Australia, Norway", "Canada gives $3 million and Australia $2 million.", []string{"USD", "USD"}},
		{"Canada, European Union", "Canada and the EU pledge $9 million together.", []string{"USD"}},
		{"Canada, Aga Khan Foundation", "Canada and the foundation give $4 million.", []string{"CAD"}},
		{"Australia, New Zealand", "Australia and New Zealand give $7 million.", []string{"USD"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := &corpus.Release{Donors: strings.Split(tc.donor, ", ")}
			var facts []corpus.Fact
			for _, a := range findAmounts(tc.text, "") {
				facts = append(facts, corpus.Fact{Kind: corpus.KindAmount, Amount: &a.Amount, Sentence: tc.text})
			}
			localDollars(r, facts)
			var got []string
			for _, f := range facts {
				got = append(got, f.Amount.Currency)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("currencies %q, want %q", got, tc.want)
			}
		})
	}
}

// TestNamedAgainOnce: a part named again ("The other $20 million pays
// for ...", after "$60 million of core funds and $20 million for
// humanitarian work") is the same money: one fact, not two.
func TestNamedAgainOnce(t *testing.T) {
	text := "Sweden gives UNICEF $80 million\n\nSweden is giving UNICEF $80 million: $60 million of core funds and $20 million for humanitarian work.\n\nThe $60 million is not earmarked.\n\nThe other $20 million pays for programmes in 13 countries.\n"
	r, err := Ingest("test", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range r.Facts {
		if f.Amount != nil && f.Amount.Value == 20e6 {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d facts of $20 million, want 1: %+v", n, r.Facts)
	}
}

// TestNamedAgainWithItsKind: an amount named again with what it is ("This
// top-up of SEK 10 million", "The additional CHF 20 million loan") is the
// same money, not a second part.
func TestNamedAgainWithItsKind(t *testing.T) {
	for _, tc := range []struct {
		text  string
		value float64
	}{
		{"Sweden gives SEK 40 million for Chad\n\nSweden gives SEK 40 million for Chad. CARE, an aid group, will be allocated SEK 10 million.\n\nThis top-up of SEK 10 million will help 5,000 farmers.\n", 10e6},
		{"Switzerland gives the ICRC more\n\nSwitzerland will give the ICRC an additional CHF 20 million for its field work.\n\nThe additional CHF 20 million grant goes to parliament in June.\n", 20e6},
	} {
		r, err := Ingest("test", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range r.Facts {
			if f.Amount != nil && f.Amount.Value == tc.value {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d facts of %.0f, want 1", tc.text, n, tc.value)
		}
	}
}

// TestIrishPound: before the euro, the "£" of an Irish release is the
// Irish pound, said so in a check line; a British release's stays GBP.
func TestIrishPound(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Ireland gives aid\n\nIreland is to make a £8.49 million assistance package available to 21 countries.\n", "IEP"},
		{"UK gives aid\n\nThe UK is to make a £8.49 million assistance package available to 21 countries.\n", "GBP"},
	} {
		r, err := Ingest("test", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		f, ok := r.Total()
		if !ok || f.Amount.Currency != tc.want || tc.want == "IEP" && !strings.Contains(f.Check, "Irish pound") {
			t.Errorf("%q: total %+v (%v), want %s", tc.text, f, ok, tc.want)
		}
	}
}

// TestPledgingConference: a conference's pledges are many givers' money:
// the country the conference is for is no donor, and the sum pledged is no
// one giver's total.
func TestPledgingConference(t *testing.T) {
	page := "Malawi Aid Conference Brings $400 Million in Pledges\n\n" +
		"LILONGWE — A conference on Monday led by the United Nations and Malawi's government brought pledges of $400 million to help Malawi recover from the floods.\n\n" +
		"The pledges included $40 million from the U.S. Agency for International Development for food security.\n\n" +
		"The European Union added more than $25 million in grants, while Canada pledged nearly $15 million.\n\n" +
		"Malawi's government has identified $1.5 billion in recovery programs after the floods.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if slices.Contains(r.Donors, "Malawi") {
		t.Errorf("donors = %q: the country a conference is for gives nothing", r.Donors)
	}
	if f, ok := r.Total(); ok && f.Amount.Value == 400e6 {
		t.Errorf("total = %q: the conference's pledges are no one giver's", f.Amount.Stated)
	}
	for _, f := range r.Facts {
		if f.Amount != nil && f.Amount.Value == 400e6 && f.Context == "" {
			t.Errorf("the conference's $400 million is no part of a gift: %+v", f)
		}
		// Others' pledges and the government's assessed needs are no
		// part of the USAID's gift.
		if f.Amount != nil && (f.Amount.Value == 25e6 || f.Amount.Value == 15e6 || f.Amount.Value == 1.5e9) && f.Context == "" {
			t.Errorf("%s read as a part of the release's gift", f.Amount.Stated)
		}
	}
}

// TestOpeningYearAndLastYears: a year a sentence opens with ("In 2019
// alone, ...") dates every amount in it, not only the first; a sum given
// "in the last three years" is a running sum.
func TestOpeningYearAndLastYears(t *testing.T) {
	got := amountLabels(t, "Denmark gives DKK 40 million for refugees in Kenya in 2021", []string{
		"Denmark will give DKK 40 million to UNHCR for refugees in Kenya in 2021.",
		"In 2019 alone, Denmark provided close to DKK 30 million to refugees in Kenya, as well as DKK 8 million for displaced people in Somalia.",
		"In the last three years, Denmark has granted a total of DKK 90 million in humanitarian aid for the crisis in Kenya.",
	}, func(f corpus.Fact) string {
		if f.Total {
			return ""
		}
		return f.Amount.Stated + "=" + f.Context
	})
	want := []string{"close to DKK 30 million=earlier", "DKK 8 million=earlier", "DKK 90 million=cumulative"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestEventDatedIsNoEarlierGift: "in February last year" dating the war a
// part's sentence tells of leaves the part this release's money.
func TestEventDatedIsNoEarlierGift(t *testing.T) {
	got := amountLabels(t, "Japan gives around $50 million to WFP in 2023", []string{
		"Japan has given around $50 million to WFP for its operations in 2023.",
		"Over $9 million will buy food in Ukraine, where fighting that broke out in March last year still rages.",
		"Japan also gave WFP $7 million in March last year.",
	}, func(f corpus.Fact) string {
		if f.Total {
			return ""
		}
		return f.Amount.Stated + "=" + f.Context + "/" + f.Country
	})
	want := []string{"Over $9 million=/UKR", "$7 million=earlier/"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestWholeCutBySource: a paragraph whose amounts add up to the announced
// sum exactly (where the money comes from) cuts the whole another way;
// with a part beside it, the announced sum is still the total.
func TestWholeCutBySource(t *testing.T) {
	got := amountLabels(t, "Norway steps up aid for Sudan", []string{
		"Norway will send NOK 80 million in emergency aid to help people hit by the war in Sudan, the ministry said.",
		"Around NOK 20 million of the total will help Sudanese who fled to Chad.",
		"NOK 21 million will come from the foreign ministry and NOK 6 million from the justice ministry. These sums will be topped up with a further NOK 53 million, which parliament must approve."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v", f.Amount.Stated, f.Total)
	})
	if len(got) == 0 || got[0] != "NOK 80 million/true" {
		t.Errorf("amounts = %q, want NOK 80 million the total", got)
	}
}

// TestPartsOfAPart: a part whose own parts follow it in its paragraph,
// adding up to it exactly ("a total of 3 million euros ... Of this sum,
// 1 million euros to UNICEF ..."), counts once beside the whole.
func TestPartsOfAPart(t *testing.T) {
	got := amountLabels(t, "Denmark gives more aid for Chad and the Sahel", []string{
		"The Ministry of Foreign Affairs has granted a total of five million euros in humanitarian aid to Chad and the Sahel region, Denmark said.",
		"Needs in the region are at a record high, the UN says.",
		"Of the funding, a total of 4 million euros will go to the crisis in Chad. Of this sum, 2 million euros goes to UNICEF, 1 million euros to WFP, 500,000 euros to OCHA and 500,000 euros to the ICRC."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v", f.Amount.Stated, f.Total)
	})
	if len(got) == 0 || got[0] != "five million euros/true" {
		t.Errorf("amounts = %q, want five million euros the total", got)
	}
}

// TestAlsoSignedOtherGift: a second programme the giver "also signed" or
// "also launched", in a paragraph after the announcing sentence, is the
// giver's other gift: the announced gift stays the total. What the
// recipient launches with the gift is no other gift.
func TestAlsoSignedOtherGift(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		want        []string // "stated=total" or "stated=context"
	}{
		{"an agreement with another agency, no figure in the title", "Japan contributes to WFP for Sudan",
			[]string{"The Government of Japan has contributed USD 5 million to the World Food Programme (WFP) to provide food assistance to displaced families in Sudan.",
				"On the same day, the Embassy also signed a USD 2 million agreement with UNICEF for a nutrition programme in Darfur."},
			[]string{"USD 5 million=total", "USD 2 million=other gift"}},
		{"an agreement with an NGO", "Norway supports UNHCR in Uganda",
			[]string{"Norway has given NOK 50 million to UNHCR for refugees in Uganda.",
				"The minister also signed an agreement of NOK 20 million with the Norwegian Refugee Council."},
			[]string{"NOK 50 million=total", "NOK 20 million=other gift"}},
		{"a programme launched, the figure in the title", "Japan contributes USD 5 million to WFP for Sudan",
			[]string{"The Government of Japan has contributed USD 5 million to the World Food Programme (WFP) to provide food assistance to displaced families in Sudan.",
				"Japan also launched a USD 3 million school meals programme in Kassala State."},
			[]string{"USD 5 million=total", "USD 3 million=other gift"}},
		{"what the recipient launches is the gift's part", "Japan contributes USD 5 million to WFP for Sudan",
			[]string{"The Government of Japan has contributed USD 5 million to the World Food Programme (WFP) to provide food assistance to displaced families in Sudan.",
				"With the contribution, WFP also launched a USD 3 million cash programme in Kassala State."},
			[]string{"USD 5 million=total", "USD 3 million="}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, tc.title, tc.paras, func(f corpus.Fact) string {
				if f.Total {
					return f.Amount.Stated + "=total"
				}
				return f.Amount.Stated + "=" + f.Context
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestThusNowProvidedATotal: "have thus now provided a total of" tells a
// sum so far, in a statement that restates the gift; the restated gift is
// not a second part.
func TestThusNowProvidedATotal(t *testing.T) {
	got := amountLabels(t, "Austria steps up aid for flood victims in Bosnia", []string{
		"Austria is increasing its humanitarian aid for the flood victims in Bosnia by two million euros.",
		"The Foreign Minister issued the following statement today:",
		"Today we are giving a further two million euros to help the flood victims. We Austrians have thus now provided a total of 7 million euros."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
	})
	want := []string{"two million euros/true/", "7 million euros/false/cumulative"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestPartOfPackageAmountingTo: the donor's own package that its first
// amount is "part of" is the total, the first amount a part; another
// giver's package is context.
func TestPartOfPackageAmountingTo(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"the donor's own package", []string{
			"Denmark is sending 40 million kroner in emergency aid to Chad, as part of a wider aid package for the Sahel amounting to some 90 million kroner, the ministry said on Tuesday.",
			"As part of this package, Denmark is giving 10 million kroner to UNICEF in Mali."},
			[]string{"40 million kroner/false/", "some 90 million kroner/true/", "10 million kroner/false/"}},
		{"another giver's package", []string{
			"Denmark is sending 40 million kroner in emergency aid to Chad, as part of the EU's wider aid package for the Sahel amounting to some 900 million kroner, the ministry said on Tuesday."},
			[]string{"40 million kroner/true/", "some 900 million kroner/false/overall"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "", tc.paras, func(f corpus.Fact) string {
				return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestEarlierGiftNamedAfter: money a later sentence says the donor gave in
// a named month and year, or said days before that it would give, is an
// earlier gift, not a part of the one announced.
func TestEarlierGiftNamedAfter(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"given in a month and year", []string{
			"Korea on Monday announced a grant of $5 million to Laos for the flood victims.",
			"It is worth noting that Korea provided $1 million as emergency aid for the floods in August 2023."},
			[]string{"$5 million/true/", "$1 million/false/earlier"}},
		{"said days earlier it would give", []string{
			"Chile will give another $3 million to help Peru recover from the floods, the ministry said.",
			"The announcement came after Chile said less than a week earlier that it would donate $1 million of relief goods to Peru."},
			[]string{"$3 million/true/", "$1 million/false/earlier"}},
		{"to be given in a month and year", []string{
			"Korea on Monday announced a grant of $5 million to Laos for the flood victims.",
			"Of this, $1 million will be provided to WFP in August 2023."},
			[]string{"$5 million/true/", "$1 million/false/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "", tc.paras, func(f corpus.Fact) string {
				return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestBulletSummaryOfAllGiven: a bullet list of what a giver has given,
// closed by "In total, ... has provided" a sum larger than the gift
// announced, is the running sum's, not a breakdown of the gift.
func TestBulletSummaryOfAllGiven(t *testing.T) {
	got := amountLabels(t, "Emergency Grant Aid for the Flood Victims in Laos", []string{
		"1. On 3 May, the Government of Korea decided to extend emergency grant aid of 2 million USD to Laos, in response to the floods.",
		"[Korea's Assistance for the Floods in Laos]\n\n・Emergency relief goods: $ 300,000\n・Emergency grant aid: $ 1,000,000",
		"In total, Korea has provided around 3.3 million USD for this disaster."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
	})
	want := []string{"2 million USD/true/", "$ 300,000/false/cumulative", "$ 1,000,000/false/cumulative", "around 3.3 million USD/false/cumulative"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestInKindBesideCash: goods worth an amount in another currency, beside
// a cash gift, are another gift, not a part of the cash.
func TestInKindBesideCash(t *testing.T) {
	got := amountLabels(t, "Korea gives emergency cash aid to Nepal", []string{
		"The Korean government has provided $200,000 in emergency cash assistance to Nepal for the flood-hit districts.",
		"Soon, an additional KRW 300 million in material assistance will be provided through the embassy, the statement said."}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
	})
	want := []string{"$200,000/true/", "KRW 300 million/false/other gift"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestJointGiftWithAnotherDonor: money the release's donor gives "in
// partnership with" or "jointly with" another donor, beside the release's
// own gift, is that joint gift (context "other gift", with both givers
// and its place), never a part of this one; a partner that is no donor
// country changes nothing. Names and figures are invented.
func TestJointGiftWithAnotherDonor(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		want        []string // stated/total/context/donor/country
	}{
		{"in partnership with another country", "Qatar gives $20 million to UNICEF",
			[]string{"Qatar has signed a $20 million grant to UNICEF for schools in Sudan.",
				"The minister added that Qatar has this week granted $300 million in partnership with Kuwait to rebuild homes in Somalia."},
			[]string{"$20 million/true//Qatar/", "$300 million/false/other gift/Qatar, Kuwait/SOM"}},
		{"jointly with another country's agency", "Norway gives NOK 40 million to WFP",
			[]string{"Norway has given NOK 40 million to WFP for food in Chad.",
				"This month Norway also set aside NOK 90 million jointly with Sweden to help farmers in Mali."},
			[]string{"NOK 40 million/true//Norway/", "NOK 90 million/false/other gift/Norway, Sweden/MLI"}},
		{"another country's money beside it is no joint gift", "Qatar gives $20 million to UNICEF",
			[]string{"Qatar has signed a $20 million grant to UNICEF for schools in Sudan.",
				"The minister added that its $5 million for schools in Sudan comes together with Kuwait's earlier support."},
			[]string{"$20 million/true//Qatar/", "$5 million/false//Qatar/"}},
		{"a partner that is an agency, not a donor", "Qatar gives $20 million to UNICEF",
			[]string{"Qatar has signed a $20 million grant to UNICEF for schools in Sudan.",
				"It covers $5 million in partnership with WFP for school meals in Darfur."},
			[]string{"$20 million/true//Qatar/", "$5 million/false//Qatar/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, tc.title, tc.paras, func(f corpus.Fact) string {
				return fmt.Sprintf("%s/%v/%s/%s/%s", f.Amount.Stated, f.Total, f.Context, f.Donor, f.Country)
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestListRestatingEarlierGift: a bulleted list whose line restates a gift
// the text gives as made before is a list of all given so far: its lines
// are context, not parts of this gift, even with no "In total" line after
// it; a list that restates nothing earlier stays the gift's parts. Names
// and figures are invented.
func TestListRestatingEarlierGift(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"a line restating the gift announced before", []string{
			"Korea decided to extend a further $2 million in emergency aid to Mozambique, besides the $1 million announced on March 20.",
			"・Relief tents and kits: 300,000,000 won ・Emergency aid: $1,000,000 ・Support through NGOs: $400,000"},
			[]string{"$2 million/true/", "$1 million/false/earlier", "300,000,000 won/false/cumulative", "$1,000,000/false/cumulative", "$400,000/false/cumulative"}},
		{"a list of this gift's parts", []string{
			"Korea decided to extend $1.4 million in emergency aid to Mozambique.",
			"・Emergency aid through IOM: $1,000,000 ・Support through NGOs: $400,000"},
			[]string{"$1.4 million/true/", "$1,000,000/false/", "$400,000/false/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "Emergency aid for Mozambique", tc.paras, func(f corpus.Fact) string {
				return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context)
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGiversInClausesWithoutComma: in a conference report of two donors'
// pledges, a clause opened by "while" with no comma before it has a giver
// of its own ("... while Denmark said it would give $120 million"): that
// amount is never the two donors' joint gift.
func TestGiversInClausesWithoutComma(t *testing.T) {
	page := "More was promised than a year ago. The top donations came from Qatar and Norway — both long-time backers of aid in the region.\n\n" +
		"A UN conference in Geneva raised $1.9 billion in pledges on Wednesday for the people of Somalia.\n\n" +
		"The conference saw Canada pledge $90 million while Japan promised $70 million.\n\n" +
		"The largest gifts came from Qatar and Norway, which said they would give $300 million each while Denmark said it would give $120 million.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	seen := 0
	for _, f := range r.Facts {
		if f.Kind != corpus.KindAmount {
			continue
		}
		switch f.Amount.Value {
		case 300e6:
			seen++
			if f.Context != "" || (f.Donor != "Qatar" && f.Donor != "Norway") {
				t.Errorf("$300 million: donor %q, context %q; want Qatar's and Norway's own", f.Donor, f.Context)
			}
		case 120e6, 90e6, 70e6:
			seen++
			want := map[float64]string{120e6: "Denmark", 90e6: "Canada", 70e6: "Japan"}[f.Amount.Value]
			if f.Context != "other donor" || f.Donor != want {
				t.Errorf("%s: donor %q, context %q; want %s's, other donor", f.Amount.Stated, f.Donor, f.Context, want)
			}
		}
	}
	if seen != 5 {
		t.Errorf("%d of the five amounts read", seen)
	}
}

// TestGiftWordAnnounces: "A cash gift of N from DONOR" announces the gift:
// it is the total, not a later sentence that names the same money again
// ("Behind the 3-million-dollar contribution lies ...").
func TestGiftWordAnnounces(t *testing.T) {
	page := "Norway helps WFP feed families in the Sahel\n\n" +
		"Oslo - A cash gift of three million euros from Norway will let WFP buy food for families in Chad and Niger, the agency said.\n\n" +
		"WFP's director thanked Norway for its support.\n\n" +
		"Behind the 3-million-euro contribution lies a concern, raised by Norway's minister, that quieter crises are forgotten.\n"
	r, err := Ingest("gift.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if f, ok := r.Total(); !ok || f.Amount.Stated != "three million euros" || f.Paragraph != 1 {
		t.Errorf("total = %+v (%v), want the lead's three million euros", f, ok)
	}
}

// TestPlaceGetsAFurther: "and Sudan gets a further $10 million" ties the
// amount to the place that gets it.
func TestPlaceGetsAFurther(t *testing.T) {
	r, err := Ingest("test", []byte("Canada pledges $90 million at refugee forum\n\n"+
		"Canada will give $90 million in humanitarian assistance, a pledge made at the refugee forum.\n\n"+
		"Of the pledge, $60 million is for refugees in Chad.\n\n"+
		"Another $20 million will help people in Afghanistan, and Sudan gets a further $10 million.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && f.Amount.Value == 10e6 && f.Country != "SDN" {
			t.Errorf("$10 million: country %q, want Sudan", f.Country)
		}
	}
}

// TestRaisedAnnounces: "had raised more than half a billion dollars in
// new money" announces the money; the exact figure stated next ("up to
// $520 million in total") is the total and the rounded one the same
// money, not a part of it. "raising the budget by" a sum announces
// nothing of itself.
func TestRaisedAnnounces(t *testing.T) {
	page := "Bank steps up support after the floods\n\n" +
		"LILONGWE - The World Bank said on Monday it had raised more than half a billion dollars in new money for flood-hit families in Malawi.\n\n" +
		"The money comes from its crisis window, which will provide up to $520 million in total.\n"
	r, err := Ingest("raised.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && f.Amount.Value == 500e6 && f.Context == "" {
			t.Errorf("the rounded half a billion is a part: %+v", f)
		}
	}
	if f, ok := r.Total(); !ok || f.Amount.Value != 520e6 {
		t.Errorf("total = %+v (%v), want up to $520 million", f, ok)
	}
}

// TestLateAnnouncementBelowDisasterNews: a wire story pasted without its
// title that opens with a national disaster agency's toll, and tells a
// donor's pledge only in its sixth paragraph, is that donor's release:
// the agency reporting deaths gives nothing.
func TestLateAnnouncementBelowDisasterNews(t *testing.T) {
	page := "Vanuatu's National Disaster Management Office on March 4 said that the confirmed death toll from cyclone Lola had risen to 212.\n\n" +
		"Some 540 people are still missing and at least 3,100 were hurt.\n\n" +
		"According to the office, the cyclone left 80,000 people without homes across 60 islands.\n\n" +
		"About 9,400 families are still sheltering in schools and churches.\n\n" +
		"While the government and aid groups are seeking 90 million USD for the victims, other countries have promised more help.\n\n" +
		"New Zealand Foreign Minister Jane Harper on March 4 announced that her country will provide an additional 12 million NZD to Vanuatu.\n\n" +
		"Earlier, it had pledged 5 million NZD for emergency supplies.\n"
	r, err := Ingest("wire.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if !slices.Equal(r.Donors, []string{"New Zealand"}) {
		t.Errorf("donors = %q, want New Zealand", r.Donors)
	}
	if f, ok := r.Total(); !ok || f.Amount.Stated != "12 million NZD" {
		t.Errorf("total = %+v (%v), want the 12 million NZD", f, ok)
	}
}

// TestNationalSocietyGives: a country's Red Cross or Red Crescent society
// giving is that society, never its country's state; its own name is no
// recipient and its country no place funded. A society announcing a grant
// it got from a foundation is not the giver.
func TestNationalSocietyGives(t *testing.T) {
	page := "The Turkish Red Crescent has donated $250,000 to help families hit by the earthquake in Nepal's western districts.\n\n" +
		"The money was handed to the Nepal Red Cross Society at a ceremony in Kathmandu.\n\n" +
		"Turkey is ready to keep providing help as Nepal rebuilds, the ambassador said.\n"
	r, err := Ingest("society.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if !slices.Equal(r.Donors, []string{"Turkish Red Crescent"}) {
		t.Errorf("donors = %q, want the Turkish Red Crescent", r.Donors)
	}
	if f, ok := r.Total(); !ok || f.Amount.Value != 250000 || f.Context != "" {
		t.Errorf("total = %+v (%v), want the society's $250,000", f, ok)
	}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindDestination && f.Country == "TUR" {
			t.Errorf("the society's own country is a destination: %+v", f)
		}
	}
	if slices.Contains(append([]string{r.Recipient}, r.Recipients...), "Red Cross") {
		t.Errorf("recipients %q %q: the giver's own name is no recipient", r.Recipient, r.Recipients)
	}
	got, err := Ingest("arc.txt", []byte("The American Red Cross announced a $1 million grant from the Alder Foundation for hurricane relief in Haiti.\n\nThe grant pays for shelter kits.\n"))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if slices.Contains(got.Donors, "American Red Cross") {
		t.Errorf("donors = %q: a society announcing a grant it got is no giver", got.Donors)
	}
}

// TestLocalGovernmentsGiveTheirOwn: in a wire story of a country's aid,
// what a city, province or municipal government says it will give is its
// own money, never the state's; "U.S.dollars" written without a space
// names no place.
func TestLocalGovernmentsGiveTheirOwn(t *testing.T) {
	page := "World sends help to flood-hit Pakistan\n\n" +
		"Italy's government on Monday announced 4 million euros (about 4.4 million U.S.dollars) in emergency aid for flood victims in Pakistan.\n\n" +
		"The city of Bergamo, in Italy's Lombardy region, said Tuesday that it would donate 300,000 euros to Hyderabad, its Pakistani sister city.\n\n" +
		"Earlier, Italy's Umbria region said it would give 500,000 dollars to the provincial government of Sindh, while the municipal government of Turin pledged 100,000 euros to the city of Sukkur.\n"
	r, err := Ingest("wire.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && (f.Amount.Stated == "300,000 euros" || f.Amount.Stated == "100,000 euros") && f.Context == "" {
			t.Errorf("%s read as the state's gift: %+v", f.Amount.Stated, f)
		}
		if f.Kind == corpus.KindDestination && f.Country == "USA" {
			t.Errorf("\"U.S.dollars\" read as a destination")
		}
	}
	// A town the clause opens with is where the money goes, not a giver.
	q, err := Ingest("town.txt", []byte("Italy gives WFP 2 million euros for Congo\n\n"+
		"Italy has given 2 million euros to the World Food Programme for families in eastern Congo.\n\n"+
		"In the town of Goma, WFP will provide 500,000 euros of it as food vouchers.\n"))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	for _, f := range q.Facts {
		if f.Kind == corpus.KindAmount && f.Amount.Value == 500000 && f.Context == "other donor" {
			t.Errorf("500,000 euros for the town of Goma read as the town's own gift")
		}
	}
}

// TestPooledFundsTogether: what several pooled funds allocated together is
// the sum of all, not the one fund's gift; that fund's own share "of this
// amount" is its gift; the office that manages the funds gets none of it.
func TestPooledFundsTogether(t *testing.T) {
	page := "In May 2025, the OCHA-managed Pooled Funds allocated $60 million for urgent humanitarian needs.\n\n" +
		"Of this amount, the Central Emergency Response Fund (CERF) allocated $12 million to support relief in Haiti; the Chad Humanitarian Fund allocated $40 million for refugees; and the Mali Humanitarian Fund allocated $8 million for flood relief.\n"
	r, err := Ingest("pooled.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	for _, f := range r.Facts {
		if f.Kind != corpus.KindAmount {
			continue
		}
		switch f.Amount.Value {
		case 60e6:
			if f.Context == "" {
				t.Errorf("$60 million, all the funds' sum, read as %q's gift", r.Donors)
			}
		case 12e6:
			if f.Context != "" {
				t.Errorf("$12 million, CERF's own, read as context %q", f.Context)
			}
		}
	}
	if r.Recipient == "OCHA" || slices.Contains(r.Recipients, "OCHA") {
		t.Errorf("recipient %q %q: the office that manages the funds gets none", r.Recipient, r.Recipients)
	}
}

// TestListPartRecipients: each item of an allocation list goes to the
// organisation it names, in Spanish as in English, and through the
// acronym in brackets when the table does not hold the name before it.
func TestListPartRecipients(t *testing.T) {
	got := amountLabels(t, "España aporta 3,6 millones de euros a agencias de la ONU", []string{
		"El Gobierno aprobó contribuir con 3.600.000 euros a organismos internacionales.",
		"El reparto es el siguiente:\n- 1.500.000 de euros al Comité Internacional de la Cruz Roja (CICR)\n- 1.200.000 euros al Alto Comisionado de la ONU para los Refugiados (ACNUR)\n- 900.000 euros a la Oficina de la ONU para Asuntos Humanitarios (OCHA)",
	}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Recipient)
	})
	want := []string{"3.600.000 euros/true/", "1.500.000 de euros/false/ICRC", "1.200.000 euros/false/UNHCR", "900.000 euros/false/OCHA"}
	if !slices.Equal(got, want) {
		t.Errorf("amounts = %q, want %q", got, want)
	}
}

// TestHandedOverAnnounces: "handed over USD one million" announces the
// gift (not a yearly sum of earlier years further down), and the country
// whose envoy hands it over gives it (not the place the envoy serves), on
// a page with no title line whose next sentence tells of the whole
// commitment the gift is a tranche of and what has been paid of it.
func TestHandedOverAnnounces(t *testing.T) {
	r, err := Ingest("envoy.txt", []byte("date 2021-03-02 Santiago: Chile's envoy to Peru Ana Soto on Monday handed over USD one million to the UN refugee agency (UNHCR). This is the third tranche in 2021, and out of the total commitment Chile makes to UNHCR of USD 6 million, USD 4 million has been paid now.\n\n"+
		"The envoy praised the agency's work.\n\nChile had raised its yearly contribution to the agency from USD 1 million in 2016 to USD 3 million in 2019.\n"))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	got := labelAmounts(r, func(f corpus.Fact) string { return fmt.Sprintf("%s/%v/%s", f.Amount.Stated, f.Total, f.Context) })
	want := []string{"USD one million/true/", "USD 6 million/false/overall", "USD 4 million/false/cumulative", "USD 1 million/false/earlier", "USD 3 million/false/earlier"}
	if !slices.Equal(r.Donors, []string{"Chile"}) || !slices.Equal(got, want) {
		t.Errorf("donors %q, amounts = %q, want Chile and %q", r.Donors, got, want)
	}
	// (The title derived from the announcing sentence.)
	if !strings.Contains(r.Title, "handed over") {
		t.Errorf("title %q, want the sentence that hands the gift over", r.Title)
	}
}

// TestConferenceHeadlineIsNoDonorsTotal: a pledging conference's story
// whose sub-heading names one donor: the all-donor sum in the headline,
// which the text gives to many donors, is never that donor's total when
// stated again; money "from governments and international partners" is
// others'; "the EU's pledge equivalent to" is the EU's.
func TestConferenceHeadlineIsNoDonorsTotal(t *testing.T) {
	got := amountLabels(t, "$4 billion pledged for Peru", []string{
		"Chile to give $300 million to effort",
		"LIMA – Some 40 donors pledged $4 billion on Monday to rebuild Peru after the quake.",
		"The UN chief said the $4 billion includes pledges of $2.5 billion from governments and international partners for the first year.",
		"Chile's foreign minister announced Chile's pledge of $300 million, and the EU's envoy announced the EU's pledge equivalent to more than $500 million.",
	}, func(f corpus.Fact) string {
		return fmt.Sprintf("%s/%v/%s/%s", f.Amount.Stated, f.Total, f.Context, f.Donor)
	})
	for _, g := range got {
		if strings.HasPrefix(g, "$4 billion/true") || strings.HasPrefix(g, "$4 billion//") || strings.HasPrefix(g, "$2.5 billion//") || strings.HasPrefix(g, "more than $500 million//") {
			t.Errorf("amounts = %q: %s is read as Chile's money", got, g)
		}
	}
}

// TestThroughNamedTwice: a gift "through" an organisation that two name
// readers find (the table's name and the one after "through") is read,
// the recipient counted once; it had stopped ingest with a slice out of
// range.
func TestThroughNamedTwice(t *testing.T) {
	r, err := Ingest("test", []byte("Chile gives USD 50,000 to Peru\n\nChile will give USD 50,000 through the International Federation of Red Cross and Red Crescent Societies to help flood victims in Peru.\n"))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if r.Recipient != "IFRC" {
		t.Errorf("recipient %q, want IFRC", r.Recipient)
	}
}
