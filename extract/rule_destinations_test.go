package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestDestinationRules(t *testing.T) {
	both := func(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
		return append(destinationLists(x, p, s), fundedPlaces(x, p, s)...)
	}
	for _, tc := range []ruleCase{
		{"formal names in a list", "The funded projects, in the Republic of Mali and the Republic of Niger, will help families.", []string{"MLI", "NER"}},
		{"funded list", "The funded projects, in Afghanistan, Kenya and Pakistan, will help migrants.", []string{"AFG", "KEN", "PAK"}},
		{"a Spanish list", "La ayuda española llega a las crisis de Ucrania, Afganistán, el Sahel, los Territorios Palestinos, Siria y Centroamérica.", []string{"UKR", "AFG", "Sahel", "PSE", "SYR", "Central America"}},
		{"a Spanish list of places with no word of funding", "Los ministros de Siria y Afganistán se reunieron en Ginebra.", nil},
		{"contributors are no word of funding", "Besides Norway, its main contributors include the UN, the EU, Sweden and the UK.", nil},
		{"origins are not destinations", "The funding helps migrants from Syria, Iraq and Yemen who reached Egypt.", nil},
		{"a list in a quotation", `"Our aid helped Nigeria and Somalia last year," the minister said, announcing the funding.`, nil},
		{"money goes towards", "Over half of the aid will go towards Afghanistan, while US$30.8 million is allocated to eight countries in the Arab States.", []string{"AFG"}},
		{"money goes to", "In Asia, the Japanese money goes to the response to the Rohingya crisis in Bangladesh.", []string{"BGD"}},
		{"a cause is not a destination", "The funding will support people hit by Russia's invasion and the war in Ukraine, in Poland and Moldova.", []string{"POL", "MDA"}},
		{"the donor is not a destination", "Japan's funding supports projects in Kenya and Japan.", nil},
		{"where people fled from", "The funding will help Rohingya people displaced from Rakhine in Myanmar and living in camps in Bangladesh.", []string{"BGD"}},
		{"where people flee", "The money will go to families in Bangladesh who fled war and hunger in Myanmar.", []string{"BGD"}},
		{"where people fled to", "The money will go to refugees who fled to Bangladesh.", []string{"BGD"}},
		{"the news a gift is set against", "The funding will go to Bangladesh and comes as the UN warns of hunger in Myanmar.", []string{"BGD"}},
		{"where the gift goes, beside others' need", "The funding will go to refugees in Lebanon, where agencies have run out of food.", []string{"LBN"}},
		{"where other programmes are", "According to the FCDO, other cooperation programs through KSrelief were scheduled to be implemented in Sudan, Yemen, Bangladesh, and Ukraine.", nil},
		{"where last month's pledge went", "Last month, the U.S. pledged nearly $640 million in urgent food assistance to Nigeria, Somalia, South Sudan and Yemen.", nil},
		{"where earlier money went", "Earlier contributions this year supported Bangladesh and Timor-Leste.", nil},
		{"where money went so far", "This year so far CERF has allocated over €276m to 28 crises worldwide, among them the Horn of Africa, Yemen and Nigeria.", nil},
		{"pledges by other givers", "The new aid follows pledges by Qatar and the United Arab Emirates to give $500 million to relief work in the country.", nil},
		{"a currency names no place", "Korea will provide assistance worth 4 million U.S. dollars to Yemen and Somalia.", []string{"YEM", "SOM"}},
		{"among the recipient countries", "Myanmar is among the recipient countries.", []string{"MMR"}},
		{"the countries include", "The countries include Sudan, Liberia and Nepal.", []string{"SDN", "LBR", "NPL"}},
		{"sent to countries including", "The grant was sent to conflict-affected countries including Myanmar.", []string{"MMR"}},
		{"countries named as others'", "Countries such as Norway have also pledged support.", nil},
		{"where support came from", "The funding goes to Sudan, where the Fund has support from Denmark, Ireland and the Netherlands.", []string{"SDN"}},
		{"places that gave", "The funding goes to Sudan; the UK, Norway and Switzerland have provided second allocations to it.", []string{"SDN"}},
		{"a gift's list of countries", "A gift of two million euros from Belgium will let WFP bring food to people in Niger, Mali and Chad.", []string{"NER", "MLI", "TCD"}},
		{"a giver that suspended its funding", "The funds will go to Jordan; in 2018 the United States and Canada have suspended their funding.", []string{"JOR"}},
		{"where an influx of migrants arrives", "The funding responds to the mass influx of refugees and migrants to Serbia and Hungary.", []string{"SRB", "HUN"}},
		{"where migrants go", "The funding goes to Burkina Faso and curbs migration flows to Europe.", []string{"BFA"}},
		{"a list after a verb of giving, with a part of a country", "Norway gives NOK 220 million for hunger victims in Yemen, Somalia and northeastern Nigeria.", []string{"YEM", "SOM", "NGA"}},
		{"where a running sum went", "Kuwait's contributions to UNHCR have now reached approximately $20 million across several crises, including Syria, Lebanon and Jordan.", nil},
		{"a country that accounted for funding", "The funds go to Sudan; globally, the USA has accounted for around 40 per cent of financing.", []string{"SDN"}},
		{"the gift's own other projects", "The rest of the funding will go to projects in Sudan and South Sudan, and other projects in the Central African Republic, Chad and Ethiopia.", []string{"SDN", "SSD", "CAF", "TCD", "ETH"}},
		{"money used to provide food to a list", "USAID will use $282 million to provide food supply to Ethiopia, Kenya and Yemen.", []string{"ETH", "KEN", "YEM"}},
		{"where the crisis is worst", "Chad, Niger and Mali are worst affected; the Gambia and Senegal need humanitarian aid as well.", nil},
		{"where aid is needed, and funded", "The funding will help Chad, Niger and Mali, which are worst affected.", []string{"TCD", "NER", "MLI"}},
		{"a place in an agency's name", "The aid goes through the United Nations Relief and Works Agency for Palestine Refugees in the Near East and WFP.", nil},
		{"places an appeal is for", "Asked whether France would answer a UN call for USD 16.4 billion in new aid for Syria, Sudan, South Sudan and Iraq, officials said aid would not rise.", nil},
		{"places where the gift goes, beside an appeal", "The funded projects, in Afghanistan, Kenya and Pakistan, get USD 5 million; the UN appeal for the region seeks USD 3 billion.", []string{"AFG", "KEN", "PAK"}},
		{"a place in an agency's name misspelt", "The aid goes to WFP, UNICEF and the United Natoins Relief and Works Agency for Palestine Refugees in the Near East (UNRWA).", nil},
		{"a place in an agency's name with its acronym inside", "The aid goes to the United Nations Relief and Works Agency (UNRWA) for Palestine Refugees in the Near East.", nil},
		{"a region of a country named after a people", "The funding goes to drought-hit families in the Somali region of Ethiopia.", nil},
		{"places of a minister's visit", "The Commission will give €5 million to families in Chad and Sudan, the minister said during a visit to Niger and Mali.", []string{"TCD", "SDN"}},
		{"visits that are the work funded", "The Commission will give €5 million for home visits in Chad and Niger.", []string{"TCD", "NER"}},
		{"tours that are the work funded", "The Commission will give €5 million to fund nurses touring Chad and Niger.", []string{"TCD", "NER"}},
		{"places of a trip", "The funds for Chad, Niger and Mali were announced on a trip to Senegal and Gambia.", []string{"TCD", "NER", "MLI"}},
		{"an envoy's country", "The funds go to Afghanistan, Kuwait's Consul General in Jeddah said.", []string{"AFG"}},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, both, nil, where) })
	}
}

// TestSeaIsNoCountry: a sea or an ocean named after a country or its
// people ("the Indian Ocean tsunami") places nothing there.
func TestSeaIsNoCountry(t *testing.T) {
	r, err := Ingest("test", []byte("Ireland promises €10m aid for UN fund\n\nIreland has promised to donate €10m to the UN emergency response fund.\n\nThe Minister announced the funding yesterday, coinciding with the tenth anniversary of the Indian Ocean tsunami."))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Country == "IND" {
			t.Errorf("%s fact placed in India: %q", f.Kind, f.Sentence)
		}
	}
}

// TestMeetingPlaceIsNoDestination: a place that names the meeting where a
// gift was announced ("said at the Kenya Commonwealth summit") is not
// where the money goes.
func TestMeetingPlaceIsNoDestination(t *testing.T) {
	r, err := Ingest("test", []byte("UK gives £20m for cyclone victims in Fiji\n\n"+
		"The prime minister said at the Kenya Commonwealth summit: \"Today we are providing another £20m to help the people of Fiji recover from the cyclone.\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Country == "KEN" {
			t.Errorf("%s fact placed in Kenya: %q", f.Kind, f.Sentence)
		}
	}
}

// TestNoDestinationFromAppealActivity: what an appeal's sentence names
// ("refugees evacuated to border areas such as Poland") is not where the
// gift goes.
func TestNoDestinationFromAppealActivity(t *testing.T) {
	r, err := Ingest("test", []byte("Korea gives WFP US$ 1.5 million for Ukraine\n\nWFP welcomes a US$ 1.5 million contribution from the Republic of Korea for its emergency operation in Ukraine.\n\nWFP is running emergency food aid activities for Ukrainian families and refugees near the borders of neighbouring countries. WFP said this month that it would require US$590 million to help 3 million residents and 300,000 refugees evacuated to border areas such as Poland for four months."))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Country == "POL" {
			t.Errorf("%s placed in Poland from %q", f.Kind, f.Sentence)
		}
	}
}

// TestNoDestinationFromOtherGift: where the donor's other gift goes
// ("has also offered $6 million ... to Ecuador", beside $2 million for
// Peru) is not where this release's money goes.
func TestNoDestinationFromOtherGift(t *testing.T) {
	r, err := Ingest("test", []byte("Chile to give $2 million to Peru after the storm\n\nChile will give $2 million in relief to Peru, after the storm that also hit Bolivia.\n\nChile has also offered $6 million in humanitarian assistance to Ecuador and sent a rescue team there.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := destinationsOf(r); !slices.Equal(got, []string{"PER"}) {
		t.Errorf("destinations = %q, want PER only", got)
	}
}

// TestPooledFundThatDeliversElsewhere: a pooled fund named after one
// country that delivers aid into another places the money there, and the
// fund is the part's recipient.
func TestPooledFundThatDeliversElsewhere(t *testing.T) {
	r, err := Ingest("test", []byte("Irish government to spend €5m on aid for Syria and Yemen\n\nThe Irish government is to spend €5 million on aid for the victims of war in Syria and Yemen.\n\nOne million euro is going to the ICRC, another €1 million to the United Nation's Turkey humanitarian pooled fund which delivers aid into northern Syria, and another €2 million to the UN's Yemen humanitarian pooled fund."))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Country == "TUR" {
			t.Errorf("%s placed in Türkiye: %q", f.Kind, f.Sentence)
		}
		if f.Kind == corpus.KindAmount && f.Amount.Stated == "€2 million" && (f.Country != "YEM" || f.Recipient != "Yemen humanitarian pooled fund") {
			t.Errorf("€2 million: place %q, recipient %q", f.Country, f.Recipient)
		}
	}
}

// TestRespondingToPlace: the place of the crisis an announcing sentence
// opens by responding to is the destination when the release names no
// other.
func TestRespondingToPlace(t *testing.T) {
	r, err := Ingest("test", []byte("TOKYO: Responding to the urgent humanitarian situation in Lebanon, the government of Japan has taken a decisive step by extending an emergency grant of USD 10 million.\n\nThe grant goes to UN agencies for shelter, food and health care."))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindDestination && f.Country == "LBN" }) {
		t.Errorf("no Lebanon destination in %v", r.Facts)
	}
}

// TestNoPlaceFromNewsOrNeed: the places of the news a gift is set against
// ("The funding comes as the UN warns of a hunger crisis in Myanmar") or
// of others' need ("agencies delivering to Syrian refugees said they had
// run out of funds"), and the place people flee, are not where the gift
// goes: no fact is placed there.
func TestNoPlaceFromNewsOrNeed(t *testing.T) {
	for _, tc := range []struct{ name, text, not string }{
		{"others' need", "France keeps UN aid at Euros 89 million\n\nFrance said it would keep its contributions to UN humanitarian agencies at Euros 89 million in 2015.\n\nEarlier this month, food agencies delivering to Syrian refugees said that they had run out of funds and would soon have to stop distribution.", "SYR"},
		{"the news it comes amid", "UK gives £27 million for Rohingya refugees\n\nThe UK will provide £27 million to help Rohingya refugees living in camps in Bangladesh.\n\nThe funding comes as the UN warns of a fresh hunger crisis in Myanmar's Rakhine state, where fighting is raging.", "MMR"},
		{"where people flee", "Australia gives food aid\n\nAustralia has announced $7 million of food assistance, which will go to refugees of the Rohingya minority group, who are fleeing Myanmar.", "MMR"},
		{"a speaker's fears over several sentences", "Norway increases support\n\nNorway is increasing its support for the pandemic response from NOK 10 million to NOK 100 million.\n\n‘I fear that the situation for the people of Afghanistan, Syria and many other countries in crisis will become even worse. That is why we are increasing our support now,’ said the Minister.", "AFG"},
		{"speech going on into the next paragraph", "UK gives £10 million for Syrian refugees\n\nThe UK will provide £10 million for refugees in Jordan and Lebanon.\n\nMr Mitchell said: \"Britain has not forgotten the people of Syria. Today's extra support shows we stand alongside those who have lost everything.\n\n\"We will keep helping,\" he added.", "SYR"},
		{"where arriving refugees come from", "Kuwait gives UNHCR $5 million for Yemen\n\nKuwait has given UNHCR $5 million for its work in Yemen.\n\nThe programmes will provide shelter for Yemenis and for the refugees arriving in the country from Somalia and the Horn of Africa.", "SOM"},
		{"a side of a conflict named for it", "India gives UNRWA $2.5 million\n\nIndia has given UNRWA $2.5 million for Palestine refugees in Gaza.\n\nSince the Israel-Hamas conflict began, the agency has struggled to provide shelter to hundreds of thousands.", "ISR"},
		{"where a ceremony took place", "Korea gives UNICEF $39 million\n\nKorea will give UNICEF $39 million for children in Timor-Leste.\n\nThe agreement to support children was signed at a ceremony in Bali, Indonesia.", "IDN"},
		{"the hosts of a pledging event", "Korea pledges $12 million for Yemen\n\nKorea pledged $12 million for Yemen at the pledging event co-hosted by the Governments of Sweden and Switzerland and the United Nations.", "CHE"},
		{"who organised the event, and when", "Korea pledges $18.5 million for Yemen\n\nKorea will provide US$18.5 million in humanitarian aid to Yemen.\n\nKorea announced its plans in a virtual pledging event organized on Tuesday by Saudi Arabia and the United Nations.", "SAU"},
		{"who organised the event", "Korea pledges $12 million for Yemen\n\nKorea pledged $12 million for Yemen.\n\nThe event was organized by Saudi Arabia and the UN.", "SAU"},
		{"an envoy's post", "Kuwait gives UNRWA $2 million\n\nKuwait's Ambassador to Jordan on Thursday delivered the annual donation to UNRWA, amounting to USD two million for Palestinians in need.", "JOR"},
		{"where the giver's embassy handed it over", "Doha: Qatar has contributed $3 million to the United Nations Children's Fund (UNICEF) through its embassy in the Lebanese capital Beirut, local papers said.\nUNICEF said the gift is part of a wider pledge made by Qatar.", "LBN"},
		{"the embassy named with its country", "Oman gives UNICEF $1 million\n\nOman gave UNICEF $1 million for children in Yemen, handed over by the Omani Embassy in Egypt.", "EGY"},
		{"a former giver's cut", "Doha: Qatar has contributed $3 million to the United Nations Children's Fund (UNICEF) for its work with children.\nUNICEF said the gift is part of a wider pledge made by Qatar.\nThe United States was UNICEF's largest donor and paid for about 20 per cent of its work in the region. But it cut its funding in 2019.", "USA"},
		{"a giver a clause after it tells of", "LIMA (AFP) Mar 2, 2016 Donors at a conference pledged 50 million dollars on Friday to help Peru recover from floods. The World Bank pledged 10 million dollars in loans. Officials said the biggest donor country was Ecuador, which chipped in 4 million dollars in loans and grants. The United States pledged 3 million dollars.", "ECU"},
		{"a giver a clause after it tells of, by any verb", "LIMA (AFP) Mar 2, 2016 Donors at a conference pledged 50 million dollars on Friday to help Peru recover from floods. The World Bank pledged 10 million dollars in loans. Officials said the biggest donor country was Ecuador, which put up 4 million dollars in loans and grants. The United States pledged 3 million dollars.", "ECU"},
		{"other givers a list includes", "Chile offers $2 million to Peru\n\nChile has offered $2 million to help victims of the floods in Peru.\n\nOthers offering Peru help include the United Nations, the US, Norway and Japan.", "JPN"},
		{"other givers among those that offered", "Chile offers $2 million to Peru\n\nChile has offered $2 million to help victims of the floods in Peru.\n\nBesides Chile, the US, Norway and Japan are among those that have offered help to Peru.", "JPN"},
		{"a partner in the giving", "Oman gives $30 million for Sudan\n\nOman has granted $30 million in partnership with Qatar to meet food needs in Sudan.", "QAT"},
		{"a partner in another gift", "Oman gives UNICEF $20 million\n\nOman has given UNICEF $20 million for children.\n\nHe noted that the Sultanate has granted in a month $200 million in partnership with Qatar to meet food needs in Sudan and $20 million to support the refugees.", "QAT"},
		{"a giver's companion", "Oman gives $30 million for Sudan\n\nOman, together with Kuwait, has given $30 million to meet food needs in Sudan.", "KWT"},
		{"a scale unseen in a place", "Germany gives €370 million for Ukraine\n\nGermany is making 370 million euro available for people in Ukraine.\n\nThe war has triggered a humanitarian crisis on a scale unseen in Europe since the Second World War.", "Europe"},
		{"the place a comparison is made in", "IKEA gives UNHCR $31 million\n\nThe IKEA Foundation is giving UNHCR $31 million for refugee camps in Ethiopia.\n\nEthiopia now hosts more refugees than any other country in Africa.", "Africa"},
		{"the office where money was handed over", "Japan gives UNRWA $1 million\n\nJapan has given UNRWA $1 million for Gaza.\n\nThe funds were handed over at the agency's field office in Amman, Jordan, to support refugees.", "JOR"},
		{"where a speaker works", "Canada gives $2 million to UNHCR\n\nUNHCR has received $2 million from Canada for people displaced in Ukraine.\n\nJane Roe, UNHCR's director of private sector partnerships in the United States, said the money is being spent at once on tents, blankets and shelters.", "USA"},
		{"a representative's country", "Japan gives $1 million\n\nJapan has given $1 million to UNICEF for children in Ukraine.\n\nThe gift is welcome, the UNICEF Representative in Moldova, John Doe, said.\n\nJohn Doe, the UNICEF Representative in Moldova, said the supplies would help to shelter families this week.", "MDA"},
		{"a country's neighbours", "UK gives £10 million for Syrian refugees\n\nThe UK will provide £10 million for refugees.\n\nApproximately £5.5 million of the additional funding will be used for activities in Jordan and the remainder in Syria's other neighbouring countries, Lebanon, Turkey and Iraq.", "SYR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("test", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range r.Facts {
				if f.Country == tc.not || f.Region == tc.not {
					t.Errorf("%s placed in %s from %q", f.Kind, tc.not, f.Sentence)
				}
			}
		})
	}
}

// TestTitleOnlyPlace: a place only the title names, as where its amount
// goes ("... one million euro for humanitarian aid in Moldova", "... for
// Moldovan refugees"), is a destination with the title as its provenance;
// a place the title names otherwise is not, nor is the home of refugees the
// title says are hosted elsewhere.
func TestTitleOnlyPlace(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		want        bool
	}{
		{"the title's amount goes there", "Federal Foreign Office makes available one million euro for humanitarian aid in Moldova", true},
		{"people named by their country", "Germany offers extra one million euro for Moldovan refugees", true},
		{"people hosted elsewhere", "Germany offers extra one million euro for Moldovan refugees in Romania", false},
		{"the title names the place otherwise", "Federal Foreign Office makes available one million euro, Moldova's minister says", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.title + "\n\nThe German government has decided to provide one million euro for relief to ease the hardship of the refugees.\n\nThe funds go to UNHCR for shelter and medical care."
			r, err := Ingest("test", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(r.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindDestination && f.Country == "MDA" })
			if got := i >= 0; got != tc.want {
				t.Fatalf("Moldova a destination = %v, want %v (facts %v)", got, tc.want, r.Facts)
			}
			if tc.want && (r.Facts[i].Paragraph != 0 || r.Facts[i].Sentence != r.Title) {
				t.Errorf("provenance = ¶%d %q, want the title", r.Facts[i].Paragraph, r.Facts[i].Sentence)
			}
		})
	}
}

// TestHostedPeopleNamedAgain: refugees the release says live in other
// countries ("Syrian refugees ... in Jordan and Lebanon") named again
// without their hosts are still there; their home country is no
// destination. Money the release sends into that country keeps it one.
func TestHostedPeopleNamedAgain(t *testing.T) {
	for _, tc := range []struct {
		name, extra string
		want        bool
	}{
		{"the people named again", "", false},
		{"money also sent into their country", "\n\nA further EUR 5 million goes to health care inside Syria.", true},
		{"the crisis named for their country", "\n\nThe money is paid through the Regional Trust Fund in Response to the Syrian Crisis.", false},
		{"money for their country's conflict-hit areas", "\n\nA further EUR 5 million goes to Syria's conflict-hit north.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Finland gives EUR 40 million for refugees in the Middle East\n\n" +
				"Finland will give EUR 40 million so that Syrian refugees and the host communities in Jordan and Lebanon get schools and clinics.\n\n" +
				"The package is meant to improve schooling and health care for the Syrian refugees and host communities, and to create jobs." + tc.extra
			r, err := Ingest("test", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindDestination && f.Country == "SYR" })
			if got != tc.want {
				t.Errorf("Syria a destination = %v, want %v (facts %v)", got, tc.want, r.Facts)
			}
			if !slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindDestination && f.Country == "JOR" }) {
				t.Errorf("Jordan is no destination (facts %v)", r.Facts)
			}
		})
	}
}

// TestRefugeesFromHostedElsewhere: people named as refugees "from" a
// country and then where they live ("Palestine refugees from Syria – in
// Jordan") are hosted there too: a crisis named for their country ("in
// response to the Syria crisis") is then no destination.
func TestRefugeesFromHostedElsewhere(t *testing.T) {
	text := "EU adds aid for refugees in Jordan and Lebanon\n\n" +
		"The European Commission will give €60 million to refugees and host communities in response to the Syria crisis, it said on Friday.\n\n" +
		"The projects will help refugees – Iraqi refugees and Palestine refugees from Syria – in Jordan and Lebanon with schooling and health care.\n"
	r, err := Ingest("test", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := destinationsOf(r); !slices.Equal(got, []string{"JOR", "LBN"}) {
		t.Errorf("destinations = %v, want [JOR LBN]", got)
	}
}

// TestShortUSIsNoPlace: "the US" of a release names the United States as
// an actor (an aid freeze, a government's decision), never where its
// money goes.
func TestShortUSIsNoPlace(t *testing.T) {
	r, err := Ingest("test", []byte("Finland gives EUR 5 million to the ICRC\n\n"+
		"Finland will give EUR 5 million to the ICRC for its work in Sudan.\n\n"+
		"With the US aid freeze, aid groups face hard choices.\n\nLast week the US decided to hold back half of its support."))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Country == "USA" {
			t.Errorf("%s placed in the United States: %q", f.Kind, f.Sentence)
		}
	}
}

// TestCharityIsNoPlace: the country in a charity's name ("Kuwait
// Charity") is no place the release tells of.
// (Nor is the country of a society money comes "from": "$500,000 from the
// Red Cross Society of China".)
func TestCharityIsNoPlace(t *testing.T) {
	for _, tc := range []struct{ page, code string }{
		{"Kuwait Charity (KC) has signed agreements with UNICEF to carry out projects worth $2 million in Yemen.\n\nThe projects come in line with Kuwait Charity's efforts to support United Nations agencies with funding.", "KWT"},
		{"Chile gives $6 million for flood victims in Peru\n\nChile will give $6 million to help flood victims in Peru, its foreign ministry said.\n\nThe tracking service also lists $500,000 from the Red Cross Society of China.", "CHN"},
	} {
		r, err := Ingest("test", []byte(tc.page))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range r.Facts {
			if f.Country == tc.code {
				t.Errorf("fact placed in %s: %s %q", tc.code, f.Kind, f.Sentence)
			}
		}
	}
}

// TestFundNamedForCountryIsNoPlace: "the U.S. Fund for UNICEF", "the
// Japan Committee for UNICEF" and "the Pacific Life Foundation" are
// organisations, not places money goes.
func TestFundNamedForCountryIsNoPlace(t *testing.T) {
	for _, page := range []string{
		"Foundation commits $8 million to fight cholera\n\nThe Hilton Foundation has committed $8 million, including $3 million to the U.S. Fund for UNICEF for its work in Haiti and $1 million to the Japan Committee for UNICEF.\n",
		"Foundation gives for tsunami\n\nThe Pacific Life Foundation has announced a $1 million gift to the US Fund for UNICEF for tsunami victims.\n",
	} {
		r, err := Ingest("test", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range r.Facts {
			if f.Country == "USA" || f.Country == "JPN" || f.Region == "Pacific" {
				t.Errorf("fact placed in %s%s: %s %q", f.Country, f.Region, f.Kind, f.Sentence)
			}
		}
	}
}

// TestPlaceOfAnotherClause: the one place a sentence names, in a later
// clause with a subject of its own, is not the place of the amount before
// it; in the same clause, or a clause about the money, it is.
func TestPlaceOfAnotherClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Among them, Wal-Mart and the Sam's Club Foundation have pledged $2 million to the American Red Cross, and Wal-Mart has announced that it will set up collection points in all its stores, Supercenters, and distribution locations throughout the United States.", ""},
		{"With another US$3 million from Japan, WFP will support refugees, asylum seekers, and migrants in Djibouti.", "DJI"},
		{"Japan has pledged $2 million to the Red Cross, and the money will go to families in Sri Lanka.", "LKA"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r, err := Ingest("test", []byte("Companies give for relief\n\n"+tc.text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, f := range r.Facts {
				if f.Kind == corpus.KindDestination || f.Kind == corpus.KindAmount && f.Country != "" {
					got += f.Country
				}
			}
			if got != tc.want && got != tc.want+tc.want {
				t.Errorf("places %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDonorsListedAreNoPlace: countries named among a gift's givers are
// not where it goes, even in a sentence about the gift.
func TestDonorsListedAreNoPlace(t *testing.T) {
	r, err := Ingest("test", []byte("Norway gives $4 million to WFP for Guinea\n\nNorway has given $4 million to the World Food Programme for its operation in Guinea.\n\nWith that gift Norway joined the World Bank, the United States, the Global Fund and Canada among the four largest donors to the operation."))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range r.Facts {
		if f.Country != "" {
			got = append(got, f.Country)
		}
	}
	if slices.Contains(got, "USA") || slices.Contains(got, "CAN") || !slices.Contains(got, "GIN") {
		t.Errorf("places = %q, want Guinea and neither the United States nor Canada", got)
	}
}

// TestPartPlaceAfterRestatement: a part restated in brackets in another
// currency keeps the place its clause names after the brackets ("£22
// million ($27.6 million) will target programmes in the Middle East"); a
// place inside a clause opened by "including" is no place of the whole.
func TestPartPlaceAfterRestatement(t *testing.T) {
	for _, tc := range []struct{ text, stated, want string }{
		{"Out of the funds, £22 million ($27.6 million) will target humanitarian programmes in the Middle East.", "£22 million", "Middle East"},
		{"Of this, £5 million (US$6.3 million) goes to families in Mozambique.", "£5 million", "MOZ"},
		{"Nearly £31 million will go toward Sudan, while slightly more will be sent elsewhere.", "Nearly £31 million", "SDN"},
		{"Of this, £8 million (EUR 9 million) is for the World Food Programme, including the food programme Grain from Ukraine.", "£8 million", ""},
	} {
		r, err := Ingest("test", []byte("UK gives £61 million\n\nThe UK has pledged £61 million in humanitarian aid.\n\n"+tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, f := range r.Facts {
			if f.Amount != nil && f.Amount.Stated == tc.stated {
				got, found = f.Country+strings.Join(f.RegionNames(), ","), true
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q: %s placed %q (found %v), want %q", tc.text, tc.stated, got, found, tc.want)
		}
	}
}

// TestWhoGivesAndWhereItGoes holds readings of real pages the scouts found
// wrong (each in our own words): where refugees come from, the countries
// money came from before, a list of givers, a giver's frozen aid, an
// opening phrase before the giver, speech opened with a single quote, and
// a site's banner above the headline.
func TestWhoGivesAndWhereItGoes(t *testing.T) {
	for _, tc := range []struct {
		name, text       string
		donors, dests    []string
		title, recipient string
	}{
		{"refugees from a country", "KSrelief signs deals for refugees\n\nKSrelief signed two agreements worth USD10 million with WHO and UNHCR for refugees from Ukraine in neighbouring countries, mainly Poland.\n",
			[]string{"Saudi Arabia"}, []string{"POL"}, "", ""},
		{"a people's refugees returning from where they stayed", "EU gives UNHCR €4 million\n\nA third of the EU money, €4 million, will back the voluntary return of Burundian refugees from Tanzania.\n",
			[]string{"European Union"}, []string{"TZA"}, "", ""},
		{"a list of givers and the countries that gave before", "WFP welcomes pledges\n\nWFP has received pledges of over US$250 million from Australia, Brazil, the European Commission, Japan and the United States. This adds to money many countries had given before, including Denmark, Kenya and Norway.\n",
			[]string{"Australia", "Brazil", "European Union", "Japan", "United States"}, nil, "", ""},
		{"a giver's frozen aid, then the agency deciding", "Humanitarian aid\n\nWith the US aid freeze, aid groups face hard choices.\n\nThe Swiss Agency for Development and Cooperation (SDC) will use the bulk of its budget. The SDC is freeing up CHF 28 million for crises in Africa.\n",
			[]string{"Switzerland"}, []string{"Africa"}, "", ""},
		{"a giver after an opening phrase", "Details of a €4.5 million package were set out by the Government today.\n\nIn April, Ireland pledged €15 million for recovery over 2005-2007.\n",
			[]string{"Ireland"}, nil, "", ""},
		{"speech opened with a single quote", "Ireland gives €21.5 million to CERF\n\nThe government says €21.5 million is to go to CERF for humanitarian work. Minister Richmond said: 'This Irish funding will help the UN respond fast when communities are thrown into crisis. 'More people than ever before face crisis, from conflicts in Sudan and Gaza through to people displaced by floods.\n",
			[]string{"Ireland"}, nil, "", ""},
		{"a site's banner is no headline", "We're rebuilding UNICEF.org.\nWhile old pages give way to new ones, some will be mid-change. Thank you for bearing with us and do come back.\n\nJapan gives UNICEF US$189.5 million\n\nJapan will give UNICEF US$189.5 million for children in 35 countries, UNICEF said today.\n",
			[]string{"Japan"}, nil, "Japan gives UNICEF US$189.5 million", ""},
		{"an agency named as one use of the money", "Qatar pledges $100 million for Gaza\n\nQatar announced that it would provide $100 million to meet the humanitarian needs in Gaza, including support for UNRWA.\n",
			[]string{"Qatar"}, []string{"PSE"}, "", "-"},
		{"countries named as beneficiaries in a headline", "Syria, Great Lakes biggest beneficiaries of Belgian humanitarian aid\n\nBelgium is giving €25.4 million in humanitarian aid to Syria.\n",
			[]string{"Belgium"}, []string{"SYR"}, "", ""},
		{"another government that moves money of its own", "World Bank gives Fiji $5 million\n\nThe World Bank will give $5 million to the Government of Fiji for storm recovery.\n\nThe Government of New Zealand will reallocate US$1 million from a roads project to repair ports.\n",
			[]string{"World Bank"}, []string{"FJI"}, "", ""},
		{"money that goes to an agency in part", "WFP welcomes US$500 million for Yemen from the UAE and Saudi Arabia\n\nWFP welcomes a pledge of US$500 million from the United Arab Emirates and Saudi Arabia for food aid in Yemen. The funds, which will partially go to WFP, will cover shortfalls.\n",
			[]string{"United Arab Emirates", "Saudi Arabia"}, []string{"YEM"}, "", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("test", []byte(tc.text))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			if !slices.Equal(r.Donors, tc.donors) {
				t.Errorf("donors = %q, want %q", r.Donors, tc.donors)
			}
			var dests []string
			for _, f := range r.Facts {
				if f.Kind == corpus.KindDestination {
					dests = append(dests, f.Country+f.Region)
				}
			}
			if !slices.Equal(dests, tc.dests) {
				t.Errorf("destinations = %q, want %q", dests, tc.dests)
			}
			if tc.title != "" && r.Title != tc.title {
				t.Errorf("title = %q, want %q", r.Title, tc.title)
			}
			if tc.recipient == "-" {
				if f, ok := r.Total(); ok && f.Recipient != "" {
					t.Errorf("total's recipient = %q, want none", f.Recipient)
				}
			}
		})
	}
}

// TestSpeakerAndOriginAreNoPlace: a country's body that opens a sentence to
// tell something ("Nepal's disaster agency also tweeted") and a people named
// by their origin where they now live (Nepali "brothers and sisters" in
// India) leave the host as the place funded.
func TestSpeakerAndOriginAreNoPlace(t *testing.T) {
	r, err := Ingest("test", []byte("Anonymous woman gives $4 million for quake victims\n\nAn anonymous woman has donated $4 million to earthquake victims, the embassy said.\n\n"+
		"Nepal's National Disaster Risk Reduction Authority (NDRRA) also tweeted on Sunday that two more aid convoys were heading to Nepali \"brothers and sisters\" in India to provide more aid.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range r.Facts {
		if f.Kind == corpus.KindDestination {
			got = append(got, f.Country)
		}
	}
	if !slices.Equal(got, []string{"IND"}) {
		t.Errorf("destinations = %q, want India only", got)
	}
}

// TestOfficeRegionIsNoPlace: the region an organisation's office covers
// ("the IFRC in the Middle East and North Africa") is not where the money
// goes when the sentence names the country helped.
func TestOfficeRegionIsNoPlace(t *testing.T) {
	r, err := Ingest("test", []byte("Kuwait Red Crescent gives $2 million\n\nThe Kuwait Red Crescent Society (KRCS) signed a $2 million agreement with the International Federation of Red Cross and Red Crescent Societies (IFRC) in the Middle East and North Africa, to help refugees in Chad.\n\n"+
		"In a similar statement, the Regional Director of (IFRC) for the Middle East and North Africa said that KRCS is one of its most supportive partners.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Region != "" {
			t.Errorf("region %q read as a place funded: %q", f.Region, f.Sentence)
		}
	}
}

// TestPastWorkIsNoPlace: where an organisation's standing has let it help
// before, told as an example ("its policy of neutrality has enabled it to
// feed 100,000 people ... in Yemen"), is no place of this gift.
func TestPastWorkIsNoPlace(t *testing.T) {
	r, err := Ingest("test", []byte("Norway gives NOK 90 million to the ICRC\n\nNorway will give NOK 90 million to the headquarters of the ICRC this year.\n\n"+
		"The funds are also expected to help the wider Movement. The statement notes that the ICRC's policy of neutrality has enabled the organisation to feed over 100,000 people caught in fighting in Yemen.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Country == "YEM" {
			t.Errorf("Yemen read as a place funded: %s %q", f.Kind, f.Sentence)
		}
	}
}

// TestConferenceTopicIsNoPlace: what a conference is about, named in its
// title in a sentence that states no money, is not where this gift goes.
func TestConferenceTopicIsNoPlace(t *testing.T) {
	r, err := Ingest("test", []byte("KSrelief signs $10 million deal with WFP for food in Sudan\n\n"+
		"KSrelief has signed an agreement with the World Food Programme (WFP) to provide $10 million in food aid to families in Sudan.\n\n"+
		"The agreement was signed at the OIC Donor Conference to Support Refugees in the Horn of Africa and Yemen.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Facts {
		if f.Region != "" || f.Country == "YEM" {
			t.Errorf("%s %s%s read as a place funded: %q", f.Kind, f.Country, f.Region, f.Sentence)
		}
	}
}

// TestHostGivingInItsOwnClause: a country that opens its sentence giving
// something in a clause of its own is still where the money of the next
// clause goes.
func TestHostGivingInItsOwnClause(t *testing.T) {
	r, err := Ingest("test", []byte("Japan gives $5 million to refugees in Uganda\n\nJapan will give $5 million to refugees in Uganda.\n\nUganda provides land to refugees, and the $5 million from Japan will help them farm.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool {
		return f.Kind == corpus.KindActivity && f.Paragraph == 2 && f.Country == "UGA"
	}) {
		t.Errorf("no place UGA for the second paragraph's money: %v", r.Facts)
	}
}

// TestEarlierGiftPlaceIsNoDestination: the place an earlier gift of the
// same donor paid for is not where this release's money goes.
// TestDonorNamesPlaceIsNoDestination: a company named after its country
// ("Royal Bank of Canada"), whether the release's donor or one giver of
// many, sends no money to that country; a country's pooled fund gives
// there.
func TestDonorNamesPlaceIsNoDestination(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Royal Bank of Canada gives C$100,000 for Haiti quake relief\n\n" +
			"Royal Bank of Canada, which will give up to C$100,000 to the Canadian Red Cross for quake relief in Haiti, said its card holders can also give points.", []string{"HTI"}},
		{"Companies pledge aid after Haiti quake\n\n" +
			"Companies pledged money on Wednesday to help victims of the earthquake in Haiti.\n\n" +
			"Acme Group will give $1 million to the Red Cross.\n\n" +
			"National Bank of Canada, which will give up to C$100,000 to the Canadian Red Cross, said its card holders can also give points to the Canadian Red Cross.", []string{"HTI"}},
		{"Somalia Humanitarian Fund allocates $8 million\n\n" +
			"The Somalia Humanitarian Fund has allocated $8 million to partners for drought relief.", []string{"SOM"}},
	} {
		r, err := Ingest("test", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := destinationsOf(r); !slices.Equal(got, tc.want) {
			t.Errorf("%.40s: destinations = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestEarlierGiftPlaceIsNoDestination(t *testing.T) {
	text := "Norway makes its second gift to WFP (2009)\n\n" +
		"WFP today announced a contribution of $4 million worth of maize from Norway for its relief operation in Niger.\n\n" +
		"According to WFP, the first Norwegian contribution of $9 million was made in 2001 to help fund operations in Chad."
	r, err := Ingest("test", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := destinationsOf(r); !slices.Equal(got, []string{"NER"}) {
		t.Errorf("destinations = %v, want [NER]", got)
	}
}

// TestCapitalsDatelineIsNoPlace: a dateline of a city and its country in
// capitals, with no date ("BANGKOK, THAILAND -"), says where the release
// was issued; the money goes where the sentence after it says.
func TestCapitalsDatelineIsNoPlace(t *testing.T) {
	text := "Bank Approves Grant to Help Cambodia Recover from Floods\n" +
		"BANGKOK, THAILAND - A $12 million grant from the Asian Development Bank (ADB) will help flood-hit families in Cambodia rebuild their homes.\n" +
		"The floods last year destroyed roads and bridges in three provinces.\n"
	r, err := Ingest("test", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := destinationsOf(r); !slices.Equal(got, []string{"KHM"}) {
		t.Errorf("destinations = %v, want [KHM]", got)
	}
}

// TestBulletLabels: a list set out with dash bullets is read item by item:
// a label ("- Chad: ...") is the place of its own item's amount, never of
// the item before; a label whose item names it again as the giver ("-
// Italy: Italy is pledging ...", "- Finland: Prime Minister ... pledges")
// is no place at all.
func TestBulletLabels(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		want        []string // "stated=place" of each amount that is not the total
	}{
		{"labels that are places", "Japan gives $10 million to WFP",
			[]string{"Japan is giving $10 million to WFP for three countries:\n- Chad: $3 million for food in camps.\n- Niger: WFP will receive $2 million for school meals.\n- Mali: The Government of Japan will provide $5 million to WFP."},
			[]string{"$3 million=TCD", "$2 million=NER", "$5 million=MLI"}},
		{"labels that are the givers", "Ministers pledge aid for Sudan in Paris",
			[]string{"Ministers meeting in Paris pledged $4 billion for Sudan on Monday.", "What some countries gave:\n- Italy: Italy is pledging $300 million this year.\n- Austria: The Austrian ministry is committing $120 million this year.\n- Qatar: Qatar is pledging $70 million.\n- Finland: Prime Minister Anna Berg pledges $90 million."},
			[]string{"$300 million=", "$120 million=", "$70 million=", "$90 million="}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, tc.title, tc.paras, func(f corpus.Fact) string {
				if f.Total {
					return ""
				}
				return f.Amount.Stated + "=" + f.Country + f.Region
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}
