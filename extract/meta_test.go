package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
)

func TestFindYear(t *testing.T) {
	for _, tc := range []struct {
		name, title, lead, published string
		want                         int
		stated                       bool
	}{
		{"for year", "Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011", "", "", 2011, true},
		{"fiscal year", "", "Japan has decided to contribute for fiscal year 2012 to IOM.", "", 2012, true},
		{"an appeal of a year", "", "The United States is pleased to announce an initial contribution of nearly $421 million toward the 2016 global appeal of UNHCR.", "", 2016, true},
		{"its year operations", "", "The gift supports its 2018 operations in Asia.", "2018-02-01", 2018, true},
		{"a year compared with is not the year funded", "", "France will keep its aid to UN agencies in 2015 at the level of Euros 89 million, unchanged from the amount granted in 2014, officials said.", "", 2015, true},
		{"a year a title compares with", "Norway to give £5 million to UN fund as next year could be worse than 2019", "", "2019-12-02", 2019, false},
		{"more than, then a year", "", "Norway gives more than 4,000 tonnes of food to WFP in 2005.", "", 2005, true},
		{"the first of the years named", "", "Qatar has fulfilled its pledge to support UNRWA with an amount of QR60 million for the years 2023 and 2024.", "", 2023, true},
		{"period first year", "", "Germany gives €8.5 million covering 2021-2023 for Ethiopia.", "", 2021, true},
		{"the grant of a year, published the next", "", "Denmark’s last humanitarian grant of 2021 was on 31 December sent to countries including Myanmar.", "2022-01-03", 2021, true},
		{"a donor's contribution of a year", "", "Switzerland's 2022 contribution of CHF 10 million goes to UNRWA.", "2022-05-01", 2022, true},
		{"a grant over a span is no one year", "", "The grant for 2021-2023 goes to Chad.", "2022-01-03", 2021, true},
		{"period with en dash", "", "The fund gives USD 5 million for 2019–20 to WFP.", "", 2019, true},
		{"title year", "UK to add £21m to emergency aid fund in 'bleak' 2018", "The UK gives more.", "2017-12-31", 2018, true},
		{"title year far from publication", "Remembering 2004: Norway gives NOK 5 million", "", "2020-05-01", 2020, false},
		{"title past event", "Five years after the 2015 earthquake, Japan gives $3 million to Nepal", "", "2020-04-25", 2020, false},
		{"title since", "Japan's aid to UNICEF since 2016 tops $100 million", "", "2021-01-10", 2021, false},
		// Spanish pages: "en 2017", "para 2022"; "desde 2016" is no year funded.
		{"a Spanish year", "", "La AECID aportó, en 2017, más de 40 millones de euros.", "", 2017, true},
		{"a Spanish year before and", "", "España destinó 10 millones de euros a Siria en 2021 y prevé aportar más.", "", 2021, true},
		{"a Spanish year funded", "España aporta 5 millones de euros para 2022", "", "", 2022, true},
		{"a Spanish title since", "La ayuda de España a Siria desde 2016 supera los 100 millones de euros", "", "2021-01-10", 2021, false},
		{"title two years", "Norway gives NOK 20 million for 2024 and 2025", "", "", 0, false},
		{"the year of an earlier gift in the announcing sentence is not this one's", "", "Korea provides US$ 1 million to WFP, in addition to $2 million given in 2020.", "2021-05-01", 2021, false},
		{"an earlier gift's year before this one's", "", "Following its USD 3 million pledge in 2019, Japan has contributed USD 5 million to IOM for 2020.", "", 2020, true},
		{"money on top of a year's budget is that year's", "", "The allocation comes on top of the humanitarian budget for 2020, already a record at NOK 5.5 billion.", "", 2020, true},
		{"has provided is this gift", "", "Japan has provided USD 5 million to IOM in 2012 for displaced families.", "", 2012, true},
		{"fiscal year with its abbreviation", "", "The US has provided $10 million in fiscal year (FY) 2012 to IOM.", "", 2012, true},
		{"FY with a span", "", "Australia gives $10 million to UNICEF in FY 2012-13.", "", 2012, true},
		{"a recipient's operations of a year in the title", "Japan contributes USD 5 million to IOM's 2018 operations", "", "2018-03-01", 2018, true},
		{"in a year, then what for", "", "Japan has contributed USD 5 million in 2012 for displaced families in Iraq.", "", 2012, true},
		{"two years are no one year", "", "Australia will provide $5 million in 2024 and 2025 to WFP.", "2024-01-10", 2024, false},
		{"having given in an earlier year", "", "Japan has contributed USD 5 million to IOM, having given USD 3 million in 2011.", "2012-06-01", 2012, false},
		{"in a year, in support of", "", "Japan has contributed USD 5 million in 2012 in support of displaced families.", "", 2012, true},
		{"for the year", "", "Japan has contributed USD 5 million for the year 2012 to IOM.", "", 2012, true},
		{"for a calendar year", "", "Japan has contributed USD 5 million to IOM for calendar year 2012.", "", 2012, true},
		{"in a year, as part of", "", "Japan has contributed USD 5 million to IOM in 2012 as part of its support.", "", 2012, true},
		{"a year's compendium", "", "Japan has contributed USD 5 million to IOM's 2013 Humanitarian Compendium.", "", 2013, true},
		{"an event in a year is not the year funded", "", "Japan has contributed USD 5 million to help those displaced by the floods of 2010 in Pakistan.", "2012-06-01", 2012, false},
		{"publication only", "Canada gives $5 million to WFP", "Canada gave more today.", "2019-03-02", 2019, false},
		{"nothing", "Canada gives $5 million to WFP", "Canada gave more today.", "", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, stated := findYear(tc.title, tc.lead, tc.published)
			if got != tc.want || stated != tc.stated {
				t.Errorf("findYear = %d, %v; want %d, %v", got, stated, tc.want, tc.stated)
			}
		})
	}
}

func TestFindRecipients(t *testing.T) {
	for _, tc := range []struct {
		name  string
		title string
		paras []string
		want  []string
	}{
		{"title", "Japan Donates US$ 37.9 million to IOM", nil, []string{"IOM"}},
		// Funding stopped, suspended or withheld names no recipient.
		{"support that will be discontinued", "Denmark raises its aid for Sudan",
			[]string{"Denmark will give DKK 90 million to people in Sudan through UNICEF.", "The ministry's core support to the United Nations Population Fund (UNFPA) will be discontinued from next year."},
			[]string{"UNICEF"}},
		// A stopping verb about the need, not the money, or a later clause
		// of its own, leaves the agency funded.
		{"aid to an agency that helps stop an outbreak", "Canada helps Haiti fight cholera",
			[]string{"Canada is giving $5 million to the World Health Organization in Haiti.", "Another $2 million will help stop the outbreak through support to UNICEF."},
			[]string{"WHO", "UNICEF"}},
		{"aid to an agency where deliveries were halted", "Norway raises its aid for Sudan",
			[]string{"Norway gives NOK 20 million to UNICEF in Sudan.", "A further NOK 30 million goes to the World Food Programme where food deliveries were halted by the fighting."},
			[]string{"UNICEF", "WFP"}},
		{"funding suspended to an agency", "Austria raises its aid for Yemen",
			[]string{"Austria is giving EUR 4 million to the World Food Programme for Yemen, and has suspended its funding to UNRWA until the inquiry ends."},
			[]string{"WFP"}},
		{"an agency described before its acronym", "Kuwait gives $2 million",
			[]string{"Kuwait's Ambassador delivered the annual donation to the UN refugee agency, the UNRWA, amounting to USD two million."},
			[]string{"UNRWA"}},
		{"the ends of a range of examples", "Canada sends $71 million in aid for Sudan",
			[]string{"Canada will send $10 million to the Central African Republic, as part of funds that will flow to at least 14 groups ranging from the World Food Programme to Doctors Without Borders."},
			nil},
		{"a count of charities, then their names", "Disney donating $1 million to hurricane relief",
			[]string{"People hit by the hurricane are to get $1 million in aid from The Walt Disney Company.", "The money goes to two charities busy with rebuilding, the American Red Cross and Save the Children."},
			[]string{"American Red Cross", "Save the Children"}},
		{"through an alliance the table does not know", "Dutch government allocates an extra €10 million",
			[]string{"Through the Dutch Relief Alliance (DRA), the Dutch government is to make an extra €10 million available for emergency aid."},
			[]string{"Dutch Relief Alliance"}},
		{"a channel on to the one that gets it", "Foundation gives $1.2 million",
			[]string{"The Hewlett Foundation announced $1.2 million in grants: $900,000 to CARE and $300,000, through the Global Health Foundation, to UNFPA."},
			[]string{"CARE", "UNFPA"}},
		{"through the U.N. agency", "S. Korea to offer US$1.2 million in humanitarian aid to 5 African countries",
			[]string{"South Korea plans to offer a combined US$1.2 million in humanitarian aid to Nigeria and Ethiopia, the foreign ministry said Friday.", "Seoul would provide the aid through the U.N. World Food Programme, which has been carrying out activities in the countries."},
			[]string{"WFP"}},
		{"an agreement signed the week before", "KSrelief signs three programmes with UNICEF for Yemen",
			[]string{"KSrelief signed a cooperation agreement for three joint programmes with UNICEF on Monday.", "Last week, KSrelief signed a joint cooperation agreement with the United Nations World Food Program (WFP) to support the Yemen Humanitarian Response Plan 2020."},
			[]string{"UNICEF"}},
		{"the source of the news", "UNICEF and Korea sign US$39 mln grant for children",
			[]string{"Children in the Pacific are to get schooling under a US$39 million grant that UNICEF and South Korea's aid agency agreed on Tuesday, according to the UNESCO liaison office in Seoul."},
			[]string{"UNICEF"}},
		{"the channels of a running sum", "Norway offers extra $2m for Sudanese refugees",
			[]string{"Norway has offered an additional $2 million in aid to Sudanese refugees through the Sudan Humanitarian Fund.", "This brings Norway's total so far this year to $9 million, which has been given through UNICEF, the World Food Programme (WFP), the World Health Organization (WHO) and the fund."},
			[]string{"Sudan Humanitarian Fund"}},
		{"an agency that welcomes the announcement", "UN hails Qatar's pledge for Sudan and Chad",
			[]string{"Geneva - The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) hailed the announcement of an allocation of US$50 million from Qatar to help people in Sudan.", "Qatar also pledged $20 million for Chad."},
			nil},
		{"an agency that welcomes a gift to its own work", "WFP welcomes Qatar's donation",
			[]string{"The World Food Programme (WFP) has welcomed a $5 million donation from Qatar to support its emergency response in Sudan."},
			[]string{"WFP"}},
		{"a table's rows, name then amount", "Emergency Grant Aid for the earthquake in Pakistan",
			[]string{"Japan decided to extend eight million US dollars to the following international organizations.", "(1) World Food Programme (WFP) 2.5 million dollars (2) World Health Organization (WHO) 1 million dollars"},
			[]string{"WFP", "WHO"}},
		{"organisations such as", "Emergency Grant Aid for the typhoon",
			[]string{"Through this aid, food and shelter will be extended in cooperation with the international organizations such as World Food Programme (WFP), UN Children’s Fund (UNICEF) and the International Organization for Migration (IOM)."},
			[]string{"WFP", "UNICEF", "IOM"}},
		{"agencies, in particular", "UN humanitarian aid",
			[]string{"France will keep financing, at the level of Euros 89 million, for the action of United Nations humanitarian agencies, in particular the World Food Programme and the High Commission for Refugees."},
			[]string{"WFP", "UNHCR"}},
		{"one organisation in a list beside kinds of receivers", "Chile grants 5 million euros for crises",
			[]string{"The Foreign Ministry has granted 5 million euros of humanitarian aid. The money goes to Chilean organisations, the International Red Cross and Red Crescent Movement, and UN agencies."},
			nil},
		{"a fund named with a typographic apostrophe", "Ireland gives €5 million to the UN’s emergency fund", nil, []string{"CERF"}},
		{"a UN fund named later", "S. Korea to donate US$6 mln to U.N. emergency fund in 2022",
			[]string{"SEOUL, Dec. 9 (Yonhap) -- South Korea has pledged to donate US$6 million next year to a U.N. fund to help people affected by crises.", "The deputy minister made the announcement at a meeting of the U.N. Central Emergency Response Fund (CERF)."},
			[]string{"CERF"}},
		{"bodies doing the work, then their names", "UK gives £10 million for Syrian refugees",
			[]string{"Funding will go to three humanitarian bodies providing assistance in the region, the World Food Programme, Unicef, and UNHCR."},
			[]string{"WFP", "UNICEF", "UNHCR"}},
		{"the UN before the last name of a list", "US gives $199 million for Rohingya refugees",
			[]string{"It will also support the International Rescue Committee, UNICEF, and the UN World Food Program to provide food to Rohingya refugees."},
			[]string{"IRC", "UNICEF", "WFP"}},
		{"kinds of partner, not partners", "EU adopts €900 million humanitarian budget",
			[]string{"The European Commission has adopted its €900 million humanitarian budget for 2020.", "The aid, provided each year, is channelled through partner humanitarian organisations such as UN agencies, the Red Cross and NGOs."},
			nil},
		{"the history of earlier giving", "China donates 1 million dollars to WFP for Syrian refugees",
			[]string{"Since the Syrian crisis broke out in 2011, the Chinese government has signed multiple agreements with international bodies, including the World Health Organization and the International Committee of the Red Cross, to provide aid."},
			[]string{"WFP"}},
		{"a list before the receiving verb", "Ireland pledges €9 million",
			[]string{"The International Committee of the Red Cross and UNICEF will receive €2.5 million between them for their work in Iraq."},
			[]string{"UNICEF", "ICRC"}},
		{"a national society by its country", "Korea gives 100,000 USD",
			[]string{"Korea will extend 100,000 USD in humanitarian assistance through the Philippine Red Cross to the Philippines."},
			[]string{"Philippine Red Cross"}},
		{"an organisation named beside an appeal only", "Korea gives US$ 1.5 million to the World Food Programme",
			[]string{"WFP welcomes a US$ 1.5 million contribution from the Republic of Korea.", "WFP said it would require US$590 million to help 300,000 refugees (co-sponsored by the UNHCR) evacuated to border areas."},
			[]string{"WFP"}},
		{"through a list after an acronym", "Switzerland gives CHF 9 million",
			[]string{"The Federal Council will give CHF 9 million ($11 million) to the UN Children's Fund (UNICEF), the World Food Programme (WFP), the World Health Organization (WHO) and the Swiss Red Cross/Palestine Red Crescent Society."},
			[]string{"UNICEF", "WFP", "WHO", "Swiss Red Cross", "Palestine Red Crescent Society"}},
		{"charities listed after a colon", "DFID hands out £18m to six charities",
			[]string{"DFID confirmed that a total of £18m has been granted to six charities: Christian Aid, GOAL, Humanity & Inclusion, Action Against Hunger, the Norwegian Refugee Council, and CARE."},
			[]string{"Christian Aid", "GOAL", "Humanity & Inclusion", "Action Against Hunger", "NRC", "CARE"}},
		{"the Red Cross unqualified, beside a fund", "Great Britain will allocate £8.5 million to the Red Cross and the Ukrainian Humanitarian Fund", nil,
			[]string{"Red Cross", "Ukrainian Humanitarian Fund"}},
		{"the federation by a longer name", "Austria gives EUR 1 million to the Red Cross and Red Crescent Societies (DREF)", nil, []string{"IFRC"}},
		{"subject that will receive", "Denmark gives 50 million krones for Gaza",
			[]string{"The UN agency for Palestinian refugees, or UNRWA, will receive 33 million krones.", "The International Committee of the Red Cross (ICRC) in Gaza is expected to use the remaining 17 million krones."},
			[]string{"UNRWA", "ICRC"}},
		{"provide an organisation with", "Germany signs agreement",
			[]string{"The German Federal Foreign Office signed an agreement to provide UNFPA, the UN sexual and reproductive health agency, with 7 million euros."},
			[]string{"UNFPA"}},
		{"a breakdown table", "Emergency Grant Aid for Afghanistan",
			[]string{"Breakdown (USD): United Nations World Food Programme (WFP): 21.4 million. United Nations Children’s Fund (UNICEF): 15.7 million."},
			[]string{"WFP", "UNICEF"}},
		{"a fund's manager is no recipient", "Australia gives $10 million to Afghanistan",
			[]string{"Our contribution to the Afghanistan Humanitarian Fund, managed by the UN Office for the Coordination of Humanitarian Affairs, lets agencies meet needs."},
			[]string{"Afghanistan Humanitarian Fund"}},
		{"money that lets an organisation work", "Australia gives $10 million",
			[]string{"This contribution lets the World Food Programme provide emergency food assistance."},
			[]string{"WFP"}},
		{"pooled funds with their amount", "Canada responds to food crises",
			[]string{"United Nations Office for the Coordination of Humanitarian Affairs' (UN OCHA) Country-Based Pooled Funds (CBPFs): $15 million"},
			[]string{"Country-Based Pooled Funds"}},
		{"an organisation that gives nothing", "Norway gives NOK 10 million to WFP",
			[]string{"WFP will provide food to 10,000 refugees, UNHCR said."},
			[]string{"WFP"}},
		{"divided between an agency's programme and another's", "Ireland gives €4.5 million",
			[]string{"Another half-a-million euro will be divided between a Unicef education programme and a World Food Programme feeding scheme in the south of the country."},
			[]string{"UNICEF", "WFP"}},
		{"the UN's possessive before the name", "Netherlands gives EUR 4 million",
			[]string{"The Netherlands announced more aid for the Sahel on Wednesday.", "It gives 4 million euros to the United Nations' World Food Programme (WFP)."},
			[]string{"WFP"}},
		{"the money goes to, with no funding word", "Norway increases its support",
			[]string{"Norway raises its humanitarian budget for 2020.", "Most of the increase will go to the international humanitarian logistics operations of the World Food Programme."},
			[]string{"WFP"}},
		{"an NGO by its own name", "Finland grants EUR 13.5 million",
			[]string{"The money goes to Finn Church Aid and to UN organizations."},
			[]string{"Finn Church Aid"}},
		{"the UN emergency response fund in words", "Ireland promises €10m aid for UN fund",
			[]string{"IRELAND has promised €10m to the United Nations emergency response fund for humanitarian emergencies."},
			[]string{"CERF"}},
		{"UNFPA by its old name", "Three foundations award $3 million",
			[]string{"The Hewlett Foundation announced $1.2 million: $900,000 to the International Planned Parenthood Federation, and $300,000, through the United Nations Foundation, to the United Nations Fund for Population Activities in New York City."},
			[]string{"International Planned Parenthood Federation", "UNFPA"}},
		{"an organisation named after its kind, last of a list", "Austria gives 5.4 million euros",
			[]string{"The money will also support the United Nations Central Emergency Response Fund (CERF), the Red Cross and Red Crescent Societies (DERF) and the humanitarian NGO Geneva Call."},
			[]string{"CERF", "IFRC", "Geneva Call"}},
		{"an organisation the table does not know, named after its kind", "Malaysia gives $1 million",
			[]string{"The funds go to the aid group Mercy Malaysia for its work in Cox's Bazar."},
			[]string{"Mercy Malaysia"}},
		{"a place after its kind is no organisation", "Norway gives NOK 5 million",
			[]string{"The money goes to NGOs Somalia, where needs are high."},
			[]string{"NGOs"}},
		{"the grantee announces a grant from its donor", "Three foundations award $3 million",
			[]string{"Three foundations have announced grants for tsunami relief.", "CARE, based in Atlanta, announced a $1 million grant from the Annenberg Foundation to its Earthquake and Tsunami Relief and Rehabilitation Fund."},
			[]string{"CARE"}},
		{"a national fund for UNICEF is its own organisation", "Gates Foundation commits $50 million",
			[]string{"The foundation has already committed $5 million to the U.S. Fund for UNICEF for its work in Guinea."},
			[]string{"U.S. Fund for UNICEF"}},
		{"the UN's fund for a country by what it is", "Sweden gives SEK 100 million",
			[]string{"SEK 50 million for the UN Refugee Agency, SEK 30 million for the UN country-based humanitarian fund and SEK 20 million for the International Committee of the Red Cross."},
			[]string{"UNHCR", "UN country-based humanitarian fund", "ICRC"}},
		{"the UN's fund for a named country, not its manager", "Denmark gives DKK 55 million to Somalia",
			[]string{"DKK 35 million of the new money goes to the UN humanitarian Countries Fund for Somalia, which the UN relief agency (OCHA) runs."},
			[]string{"UN humanitarian Countries Fund for Somalia"}},
		{"a national society the country table does not name", "Companies support tsunami relief",
			[]string{"Wal-Mart and the Sam's Club Foundation have pledged $2 million to the American Red Cross."},
			[]string{"American Red Cross"}},
		{"an organisation after what it is, in apposition", "Switzerland gives CHF 2 million for Gaza",
			[]string{"Switzerland announced help for the people of Gaza.", "The aid will be distributed on the ground via the UN children’s aid organisation, UNICEF."},
			[]string{"UNICEF"}},
		{"members of a kind the table does not know", "Ireland gives €9 million",
			[]string{"Ireland announced more aid for the Horn of Africa.", "€2.5 million will go to leading Non-Government Organisations, such as Concern, GOAL and Trócaire."},
			[]string{"Concern", "GOAL", "Trócaire"}},
		{"a list before being helped", "Ireland gives €9 million",
			[]string{"Ireland announced more aid for the Horn of Africa.", "International agencies including the UN World Food Programme and UNICEF will also be helped."},
			[]string{"UNICEF", "WFP"}},
		{"a list going on through a kind", "Switzerland gives CHF 90 million",
			[]string{"The funds will go mainly to the International Committee of the Red Cross (CHF15 million), the World Food Programme (CHF10 million) and various health organisations, including the World Health Organization (WHO)."},
			[]string{"ICRC", "WFP", "WHO"}},
		{"a fund by its manager's possessive", "Qatar signs three agreements",
			[]string{"Qatar announced three agreements.", "Third, to fund OCHA’s Central Emergency Response Fund (CERF) with the amount of $2 Million US Dollars."},
			[]string{"CERF"}},
		{"groups granted the money, as written", "UN releases $100 million for 14 underfunded crises",
			[]string{"It will be granted to United Nations humanitarian agencies, the International Organization for Migration and partner organizations, among them non-governmental organizations (NGOs)."},
			[]string{"United Nations humanitarian agencies", "IOM", "partner organizations"}},
		{"a group with its people's adjective", "Austria gives 5.4 million euros",
			[]string{"Austria announced more aid.", "Two million will go to Mozambique, one million of it to the ICRC and the remainder to Austrian NGOs working there."},
			[]string{"ICRC", "Austrian NGOs"}},
		{"a group named by its organisation in brackets", "Emergency Grant Aid to the Philippines",
			[]string{"Japan decided to extend aid.", "(3) Assistance through Japanese NGOs (JPF): 1.4 million dollars."},
			[]string{"JPF"}},
		{"cooperation with a group is no gift", "UAE announces USD 550 million for the 2026 Global Humanitarian Overview",
			[]string{"The UAE announced USD 550 million.", "It also highlights the UAE's close cooperation with UN agencies, the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) among them."},
			nil},
		{"a post at an organisation is no gift", "USA gives $83 million",
			[]string{"The United States gave $83 million.", "The new contribution was announced by Ambassador Cindy McCain, Permanent Representative of the United States of America to the UN agencies in Rome."},
			nil},
		{"with the funds, an organisation will", "Germany gives 2.5 million euros for the Horn of Africa",
			[]string{"Germany announced more aid.", "With the funds made available, the World Food Programme (WFP) will be able to organize up to four food flights as part of the airlift to Somalia."},
			[]string{"WFP"}},
		{"through its share of a fund", "Norway gives NOK 100 million",
			[]string{"Norway announced more aid.", "In addition, Norway has contributed NOK 15 million through its share of the UN Central Emergency Response Fund (CERF)."},
			[]string{"CERF"}},
		{"as well as, with no comma", "Germany gives 1 million euros for Georgia",
			[]string{"Germany announced more aid.", "The Federal Foreign Office has made the funds available to the Office of the United Nations High Commissioner for Refugees (UNHCR) as well as the Red Cross organization."},
			[]string{"UNHCR", "Red Cross"}},
		{"the rest of the money will enable", "UK gives £7.5 million for Yemen",
			[]string{"The UK announced more aid.", "The rest of the money will enable OCHA to distribute lifesaving equipment on short notice."},
			[]string{"OCHA"}},
		{"an agreement signed with an organisation the table does not know", "KSrelief signs two agreements for Yemen",
			[]string{"KSrelief signed two agreements.", "The agreement on Emergency Response and Hygiene was signed by Dr. Abdullah Al Rabeeah, Supervisor General of KSrelief with the Hand by Hand Foundation.", "The agreement to provide and distribute food assistance in Yemen 2020 was signed with the Benevolence Coalition for Humanitarian Relief."},
			[]string{"Hand by Hand Foundation", "Benevolence Coalition for Humanitarian Relief"}},
		{"an agreement signed with a government is no organisation's", "Japan signs grant agreement",
			[]string{"Japan signed a grant.", "The agreement was signed with the Government of Nepal in Kathmandu."},
			nil},
		{"its partners, then their names", "Japan gives $5 million",
			[]string{"Japan announced more aid.", "The funds will be channelled through its partners UNICEF and WHO."},
			[]string{"UNICEF", "WHO"}},
		{"a public health agency", "Gates Foundation commits $50 million",
			[]string{"The foundation committed $50 million.", "The foundation will also award an additional $2 million to the Centers for Disease Control and Prevention for its Ebola work in the region."},
			[]string{"Centers for Disease Control and Prevention"}},
		{"who hosts a meeting is not given the money", "KRCS gives half a million dollars",
			[]string{"The Kuwait Red Crescent Society (KRCS) announced on Monday that it donated USD 500,000 to help out the Nepal Red Cross Society (NRCS).", "The meeting was organized by the Qatar Red Crescent Society (QRCS) with the help of the International Committee of the Red Cross (ICRC)."},
			[]string{"Nepal Red Cross Society"}},
		{"a French page's gift to an organisation", "Aide du Japon",
			[]string{"Le Gouvernement du Japon a fait un don de 1,2 million de dollars américains au Programme alimentaire mondial des Nations Unies (PAM).", "Le Japon verse aussi 2 millions de dollars par l'intermédiaire du Comité international de la Croix-Rouge (CICR)."},
			[]string{"WFP", "ICRC"}},
		{"a Spanish page's gift to an organisation", "Ayuda de España",
			[]string{"El Gobierno de España ha concedido 1,5 millones de euros al Programa Mundial de Alimentos (PMA) para Siria.", "España aporta también 2 millones de euros a través del Comité Internacional de la Cruz Roja (CICR)."},
			[]string{"WFP", "ICRC"}},
		{"international bodies like", "Portugal gives 4 million euros for Mozambique",
			[]string{"Portugal will give 4 million euros for Mozambique.", "Money will also go to international bodies like UNHCR, UNICEF and the World Food Programme (WFP) for 3 million euros."},
			[]string{"UNHCR", "UNICEF", "WFP"}},
		// A list of what the donor gave so far, closed by its sum: its
		// lines restate earlier gifts and name no recipient of this one,
		// unless the text funds that organisation now.
		{"a list of all given so far, closed by its sum", "Korea extends emergency aid to Mozambique",
			[]string{"Korea decided to extend a further $2 million in emergency aid to Mozambique after the cyclone.",
				"[Korea's Aid for the Cyclone in Mozambique] ・Relief tents and kits: 300 million won ・Emergency aid through the International Organization for Migration (IOM): $500,000 ・Support through the World Food Programme (WFP): $1 million",
				"Altogether, Korea has now provided about $3.8 million for the cyclone."},
			nil},
		{"a list closed by its sum, one organisation funded now too", "Korea extends emergency aid to Mozambique",
			[]string{"Korea decided to extend a further $2 million in emergency aid to Mozambique through the World Food Programme (WFP).",
				"[Korea's Aid for the Cyclone in Mozambique] ・Emergency aid through the International Organization for Migration (IOM): $500,000 ・Support through the World Food Programme (WFP): $1 million",
				"In total, Korea has provided about $3.5 million for the cyclone."},
			[]string{"WFP"}},
		{"a list restating a gift made before, with no closing sum", "Korea extends emergency aid to Mozambique",
			[]string{"Korea decided to extend a further $2 million in emergency aid to Mozambique, besides the $1 million announced on March 20.",
				"・Emergency aid through the International Organization for Migration (IOM): $1,000,000 ・Support through the World Food Programme (WFP): $300,000"},
			nil},
		{"a list of this gift's parts, with no closing sum", "Korea extends emergency aid to Mozambique",
			[]string{"Korea decided to extend $1.5 million in emergency aid to Mozambique after the cyclone.",
				"・Emergency aid through the International Organization for Migration (IOM): $500,000 ・Support through the World Food Programme (WFP): $1 million"},
			[]string{"IOM", "WFP"}},
		// The charities whose gifts a release counts besides the
		// state's give; they get nothing.
		{"gifts of other givers, in the first paragraph", "",
			[]string{"Oman pledged $8 million on Monday to help Yemen, besides the donations of its charities represented by the International Committee of the Red Cross office in Muscat, which have passed $3 million."},
			nil},
		{"gifts of other givers, in a funding sentence", "Oman pledges $8 million for Yemen",
			[]string{"Oman pledged $8 million on Monday to help Yemen.", "The pledge adds to the contributions made by the International Committee of the Red Cross office in Muscat and other charities, which have passed $3 million."},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := findRecipients(tc.title, tc.paras, nil); !slices.Equal(got, tc.want) {
				t.Errorf("findRecipients = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFromDonors: a giver named as the source of money ("from Norway", "a
// contribution of the Government of Japan"), not a currency written "US
// $" nor a country named as a place after "of".
func TestFromDonors(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"UNICEF welcomes a grant of US $20 million from Norway for children in Yemen.", []string{"Norway"}},
		{"The grant supports mothers in the conflict-affected areas of the Republic of Yemen with funding of $2 million.", nil},
		{"WFP thanks the people of Japan for a contribution of the Government of Japan worth $5 million.", []string{"Japan"}},
		{"The minister unveiled a rise in aid to Chad during a visit by the Chadian Foreign Minister.", nil},
		{"The new aid was announced at a meeting hosted by Ghana in Accra.", nil},
		{"The project is funded by Sweden with $3 million.", []string{"Sweden"}},
		{"FAO has welcomed a $4 million contribution from the government of Chile for farmers.", []string{"Chile"}},
		{"The fund receives a $2 million boost from Chile Society for Relief.", []string{"Chile Society for Relief"}},
		{"WFP gets $2 million from Chile for Syria.", []string{"Chile"}},
		{"WFP welcomes a USD 5 million contribution from the Ministry of Foreign Affairs of the Kingdom of Norway.", []string{"Norway"}},
		{"UNICEF thanks the Department of Foreign Affairs and Trade of Australia for a grant of AUD 2 million.", nil},
		{"UNICEF received a grant of AUD 2 million from the Department of Foreign Affairs and Trade of Australia.", []string{"Australia"}},
	} {
		if got := fromDonors(tc.s); !slices.Equal(got, tc.want) {
			t.Errorf("fromDonors(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestGiftNamedByItsPlace: "<giver> raises <Country> contribution" names
// the gift by the place it goes to; the country is not the giver. Its own
// "Country's contribution" still is.
func TestGiftNamedByItsPlace(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Danish Red Cross raises Haiti contribution to €300k", nil},
		{"The charity tops up its Chad aid by €2m", nil},
		{"Oxfam welcomes Norway funding for Chad", []string{"Norway"}},
		{"Aid group raises Norway's contribution to €300k", []string{"Norway"}},
		// "increased" as an adjective before the giver's gift, not a
		// verb: the country still gives.
		{"UNICEF welcomes increased Norwegian funding for Chad", []string{"Norway"}},
		{"The agency thanks donors for the doubled Swedish contribution", []string{"Sweden"}},
		{"The charity increased its Chad aid by €2m", nil},
	} {
		if got := possessiveDonors(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("possessiveDonors(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCompanySayingItGives: a company named as the announcing sentence's
// subject, saying "it" will give, is a private donor kept as named (a
// name set in capitals as a word); an aid organisation saying it will
// provide help is no donor of its own money that way.
func TestCompanySayingItGives(t *testing.T) {
	for _, tc := range []struct{ lead, want string }{
		{"VANTEXA yesterday announced it will make a donation of $150,000 to the Canadian Red Cross to help families hit by wildfires in Alberta.", "Vantexa"},
		{"Orbis Telecom said it would donate $80,000 to Save the Children for children displaced by floods in Malawi.", "Orbis Telecom"},
	} {
		r, err := Ingest("company.txt", []byte(tc.lead+"\n\nThe money pays for shelter and food.\n"))
		if err != nil {
			t.Errorf("%q: %v", tc.lead, err)
			continue
		}
		if !slices.Equal(r.Donors, []string{tc.want}) {
			t.Errorf("%q: donors %q, want %q", tc.lead, r.Donors, tc.want)
		}
	}
	if r, err := Ingest("ngo.txt", []byte("The Red Crescent said it would provide relief worth $50,000 to families in the flooded districts.\n\nVolunteers hand out food.\n")); err == nil && slices.ContainsFunc(r.Donors, func(d string) bool { return strings.Contains(d, "Red Crescent") }) {
		t.Errorf("donors %q: the aid organisation is no donor here", r.Donors)
	}
}

// TestSpanishRelease reads short Spanish pages as French ones are read:
// the giver before its Spanish verb, the sum in "millones de", the
// announcing sentence found by its Spanish words of funding.
func TestSpanishRelease(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		donors     []string
		total      string
	}{
		{"a government's grant", "Nueva ayuda para Siria\n\nEl Gobierno de España ha concedido 1,5 millones de euros a las familias desplazadas de Siria.\n\nLas familias recibirán alimentos y mantas.\n",
			[]string{"Spain"}, "1,5 millones de euros"},
		{"the agency's year, a list item's dash before it", "-La AECID destinó, en 2019, más de 30 millones de euros a crisis humanitarias\n\nLa acción humanitaria española llegó a veinte países.\n",
			[]string{"Spain"}, "más de 30 millones de euros"},
		{"a wire story, its title's sum without a currency", "La Aecid dedicó más de 50 millones a la acción humanitaria\n\nMADRID, 3 (SERVIMEDIA)\n\nLa Agencia Española de Cooperación Internacional para el Desarrollo (Aecid) informó de que dedicó más de 50 millones de euros a la acción humanitaria en 2020.\n",
			[]string{"Spain"}, "más de 50 millones de euros"},
		{"the cabinet lets the agency give, the title's round figure hedged", "España aporta más de 4 millones de euros a agencias de la ONU\n\nEl Consejo de Ministros autorizó el martes a la AECID a contribuir con fondos de la ONU y otros organismos, por un importe de 4.216.000 euros.\n\nLas contribuciones se reparten así:\n- 2.000.000 euros al Programa Mundial de Alimentos (PMA)\n- 2.216.000 euros a UNICEF\n",
			[]string{"Spain"}, "4.216.000 euros"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Release(Document{Source: "page.txt", Text: tc.text})
			if err != nil {
				t.Fatalf("Release: %v", err)
			}
			if diff := cmp.Diff(tc.donors, r.Donors); diff != "" {
				t.Errorf("Donors (-want +got):\n%s", diff)
			}
			total := ""
			for _, f := range r.Facts {
				if f.Total {
					total = f.Amount.Stated
				}
			}
			if total != tc.total {
				t.Errorf("total = %q, want %q", total, tc.total)
			}
		})
	}
}

// TestFundingComesFrom: a page whose giver is named only in a later
// sentence that says where the money comes from ("The funding comes from
// the UN Central Emergency Response Fund") is that giver's release, not
// refused.
func TestFundingComesFrom(t *testing.T) {
	page := "UN announces $4 million more cyclone relief for Mozambique\n\n" +
		"Staff Reporter\n\n" +
		"The United Nations has announced an extra allocation of $4 million to meet the urgent needs of families hit by the cyclone in Mozambique's north.\n\n" +
		"The relief chief made the announcement after a joint appeal by the UN country team, the UN office in Maputo said on Friday.\n\n" +
		"This lifts the funding of the response plan to $9 million, about a fifth of the $45 million needed.\n\n" +
		"More than a million people have been hit by the storm.\n\n" +
		"The funding comes from the UN Central Emergency Response Fund (CERF), which kick-starts relief when a new crisis strikes.\n"
	r, err := Ingest("cerf.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if !slices.Equal(r.Donors, []string{"CERF"}) {
		t.Errorf("donors = %q, want CERF", r.Donors)
	}
}

// TestTwoFundsNamedAsSource: "the released fund ($8 million) came from
// the Chad Humanitarian Fund (CHF) and the Central Emergency Response Fund
// (CERF)" makes both funds the donors, the total theirs jointly, and each
// "N FUND allocation" that fund's own.
func TestTwoFundsNamedAsSource(t *testing.T) {
	page := "UN gives $8m to Chad for flood relief\n\n" +
		"The United Nations on Tuesday announced the release of $8 million to help flood victims in Chad.\n\n" +
		"The UN said the released fund ($8 million) came from the Chad Humanitarian Fund (CHF) and the Central Emergency Response Fund (CERF) to ease the impact of the floods.\n\n" +
		"A statement said a $3 million CHF allocation would pay for water and shelter for 120,000 people.\n\n" +
		"It added that the money will go with a $5 million CERF rapid response allocation for the hardest-hit provinces.\n"
	r, err := Ingest("funds.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if !slices.Equal(r.Donors, []string{"Chad Humanitarian Fund", "CERF"}) {
		t.Errorf("donors = %q, want both funds", r.Donors)
	}
	for _, f := range r.Facts {
		if f.Kind != corpus.KindAmount {
			continue
		}
		if f.Amount.Value == 3e6 && f.Donor != "Chad Humanitarian Fund" || f.Amount.Value == 5e6 && f.Donor != "CERF" {
			t.Errorf("%s: donor %q", f.Amount.Stated, f.Donor)
		}
	}
}

// TestInsideDonorNameEmpty: an empty donor name matches nothing (and
// returns at once).
func TestInsideDonorNameEmpty(t *testing.T) {
	if insideDonorName("The Red Cross gave $5.", orgMention{"Red Cross", 4, 13}, []string{""}) {
		t.Error("an empty donor name holds the mention")
	}
}
