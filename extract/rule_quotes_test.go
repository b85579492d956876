package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
)

// TestQuotes runs the speakers step over small releases: who said each
// quotation, or "" when the release does not say.
func TestQuotes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"a phrase cited mid-sentence is no one's words, a phrase someone is said to call something is", []string{
			"The policy has led the court to charge Prime Minister Benjamin Netanyahu with a range of offences, including the “war crime of starvation as a method of warfare”.",
			`Minister of state Ciaran Cannon described the fund as a "valuable mechanism for saving lives".`}, []string{"Ciaran Cannon"}},
		{"he said, after a paragraph whose subject acted", []string{
			"At a signing in Jerusalem, UNRWA Commissioner-General, Pierre Krähenbühl, thanked the Consul General of Spain for the country's generosity.",
			"He said: “I welcome the new contribution, which shows Spain's strong commitment to the Agency.”"}, []string{"Pierre Krähenbühl"}},
		{"an institution speaks, not the person named before in the glued sentence", []string{
			`The meeting was chaired by UN Secretary-General Antonio Guterres.Some 40 countries pledged, the ministry said."As a donor, the government will join the effort," the ministry noted.`}, []string{""}},
		{"a quotation standing alone after the sentence whose subject acts", []string{
			"Kuwait's envoy Abdullah Al-Matouq announced the gift in Geneva.",
			`“Kuwaiti aid will not cease or become any less in the years ahead,” Dr. Al-Matouq said. On his part, UN High Commissioner for Refugees Antonio Guterres expressed appreciation for the conferences. “The two conferences raised the funds the Syrian people need.”`},
			[]string{"Abdullah Al-Matouq", "Antonio Guterres"}},
		{"a French page's present tense after the quotation", []string{"« Grâce à cette contribution du Japon, nous pourrons aider les familles les plus pauvres », déclare Valérie Guarnieri, directrice du PAM aux Philippines."}, []string{"Valérie Guarnieri"}},
		{"a title in small words after said, then another speaker agreeing", []string{
			`"Pledges are a first step; now they must reach people," said U.N. relief chief Maria Lund in a statement. Save the Children's Tom Berg agreed, saying "no delay at all is acceptable."`},
			[]string{"Maria Lund", "Tom Berg"}},
		{"a quotation whose speaker is not found leaves the next one's unknown too", []string{
			`"We need far more than this," Ana Ruiz said.`,
			`"Aid must flow now, not later," the statement said. "Every single week counts for the families."`},
			[]string{"Ana Ruiz", "", ""}},
		{"said after the name and role", []string{`"We are grateful to Japan for its support," said IOM Director General William Lacy Swing.`}, []string{"William Lacy Swing"}},
		{"introduced by the paragraph before", []string{"Thanking Japan, IOM Director General António Vitorino said:", `"We are grateful that Japan keeps supporting us in these times."`}, []string{"António Vitorino"}},
		{"surname resolved", []string{"Minister of Foreign Affairs Børge Brende announced the funds.", "'Norway's extra funds will secure food that people urgently need,' Mr Brende said."}, []string{"Børge Brende"}},
		{"a three-word name after says", []string{`"Denmark is a strong partner in emergencies that save lives," says Karolina Lindholm Billing, UNHCR Deputy Regional Representative.`}, []string{"Karolina Lindholm Billing"}},
		{"three names after a title", []string{`"Norway is giving more to refugees in the region," Minister of Foreign Affairs Jonas Gahr Store said.`}, []string{"Jonas Gahr Store"}},
		{"two names after a title", []string{`"Norway is giving more to refugees in the region," Minister of Foreign Affairs Børge Brende said.`}, []string{"Børge Brende"}},
		{"a name inside the quotation is not the speaker", []string{`"On her trip, Vice President Kamala Harris announced new assistance for Ukraine," the White House said.`}, []string{""}},
		{"a title word before the name, a party in brackets, a speaker who continued", []string{
			`“We maintain our clear position,” said Chancellor Karl Nehammer.`,
			`“Wars are forcing people to flee or be expelled,” Vice Chancellor Werner Kogler (Greens) emphasizes.`,
			`“Austria assumes its global responsibility and contributes to alleviating these crises,” Kogler continued.`}, []string{"Karl Nehammer", "Werner Kogler", "Werner Kogler"}},
		{"a quotation after another's in its paragraph goes on with that speaker", []string{
			`"Our contribution will strengthen the plan against anaemia," said Foreign Minister Angelino Alfano. WFP Representative in Cuba Laura Melo said the donation comes at a crucial time. "Italy is an important partner for WFP in Cuba," Melo said. "Today's contribution comes in addition to an earlier donation made by Italy."`},
			[]string{"Angelino Alfano", "Laura Melo", "Laura Melo"}},
		{"single marks around words with apostrophes", []string{"‘This agreement reflects Norway’s strong support for WFP’s vital work and the rise in hunger is deeply worrying,’ said Minister of Foreign Affairs Anniken Huitfeldt."}, []string{"Anniken Huitfeldt"}},
		{"a title with small words, a comma, then the name", []string{`"Norway is now increasing its support to UNICEF by NOK 25 million," said Minister of International Development, Anne Beathe Tvinnereim.`}, []string{"Anne Beathe Tvinnereim"}},
		{"she said, before anyone has spoken: the person named last, close before", []string{
			"Ambassador Lana Zaki Nusseibeh, Permanent Representative of the UAE, announced the UAE's contribution.",
			"The funds will be disbursed over the next two years.",
			`She said, "UNRWA is facing serious challenges, as its financial situation is unstable."`}, []string{"Lana Zaki Nusseibeh"}},
		{"dash-led quote", []string{"– The government has decided to allocate another 20 million to the Red Cross, said Development Aid Minister Matilda Ernkrans."}, []string{"Matilda Ernkrans"}},
		{"dash-led speech of two sentences", []string{"– After the terrible developments of the past days, the government has decided to allocate another 20 million to the Red Cross. With this, Sweden supports the response with SEK 55 million, said Development Aid Minister Matilda Ernkrans."}, []string{"Matilda Ernkrans"}},
		{"unmarked speech a speaker closes, after a dash mid-paragraph", []string{"Denmark has also given USD 3.6 million to the Syria emergency. – The big acute refugee crises are badly underfunded, and we are grateful to Denmark, says Karolina Lindholm Billing, UNHCR Deputy Regional Representative."}, []string{"Karolina Lindholm Billing"}},
		{"a quotation over paragraphs, opened each time and closed once", []string{
			"International Development Secretary Penny Mordaunt confirmed the support.",
			`Ms Mordaunt said: "This year brought harrowing humanitarian crises, and 2018 may be even bleaker.`,
			`"When we see suffering, our instinct is to help, and Britons are generous.`,
			`"This year UK aid helped head off famine in Nigeria and Somalia."`}, []string{"Penny Mordaunt", "Penny Mordaunt", "Penny Mordaunt"}},
		{"he said after the speaker's reported words", []string{
			"Foreign affairs minister Simon Coveney said the scale of the crises was overwhelming.",
			`"In the Horn of Africa millions of people are on the edge of famine," he said.`,
			`"Ireland has a proud record of helping people in need, and it will go on."`}, []string{"Simon Coveney", "Simon Coveney"}},
		{"the Minister said: the one named with that title", []string{
			"Diaspora Minister Neale Richmond set out support for several projects today.",
			`“Across the Middle East the situation is still dangerous and volatile,” the Minister said.`}, []string{"Neale Richmond"}},
		{"a title no one named has", []string{`“Across the Middle East the situation is still dangerous and volatile,” the Minister said.`}, []string{""}},
		{"single marks around several sentences", []string{"'2015 has been a dramatic year. As it draws to a close, we want the rest of our money to go to the gravest crises,' Minister of Foreign Affairs Børge Brende said."}, []string{"Børge Brende"}},
		{"a statement the paragraph before introduces", []string{
			"Markus Löning, the Federal Government Commissioner for Human Rights Policy and Humanitarian Aid, made the following statement:",
			"Humanitarian assistance matters more than ever. It eases the suffering of men, women and children."}, []string{"Markus Löning"}},
		{"a few words a person called something", []string{`Minister of state Ciaran Cannon described the CERF as a "valuable mechanism".`}, []string{"Ciaran Cannon"}},
		{"a few words in marks are no quotation", []string{`Britain is to add £21m, amid warnings that 2018 could be "even bleaker" than this year and its "harrowing" crises.`}, nil},
		{"a name opening the sentence, its title between", []string{`Sami Mshasha, Officer-in-Charge of the Department of External Relations and UNRWA's Director of Communication, said: "This timely support for Palestine refugees is crucial and very welcome."`}, []string{"Sami Mshasha"}},
		{"the longest form of a surname's name", []string{
			"Dr. Abdullah bin Abdulaziz Al-Rabeeah, adviser at the Royal Court, signed for the center.",
			`"Under the second agreement, children under 5 will be vaccinated," Al-Rabeeah said.`}, []string{"Abdullah bin Abdulaziz Al-Rabeeah"}},
		{"a name whose letters spell a country's code", []string{`"Seventy years ago the Korean War tore Korea apart," Agriculture Minister Kim Young-rok said.`}, []string{"Kim Young-rok"}},
		{"a second quotation of the paragraph", []string{`"Seventy years ago the Korean War tore Korea apart," Agriculture Minister Kim Young-rok said.`, `"I want to recognise what the international community did for our growth," he said, recalling that Korea joined the OECD in 2010. "Our change from a recipient into a donor shows just what international assistance can do."`}, []string{"Kim Young-rok", "Kim Young-rok", "Kim Young-rok"}},
		{"a paragraph quoting no one after a quotation", []string{
			`"We are very grateful for the generous support of the Government of Japan," said IOM Director General António Vitorino.`,
			`Disclaimer: "The views expressed in this article are the sole responsibility of the author."`}, []string{"António Vitorino", ""}},
		{"according to a person", []string{`"The funds reach families in the hardest-hit districts first," according to WFP Country Director Jakob Kern.`}, []string{"Jakob Kern"}},
		{"according to an organisation names no one", []string{`According to USAID, the money "will provide an additional $670 million in food assistance around the world."`}, []string{""}},
		{"an excellency and an ambassador", []string{`"Japan stands with the people of Afghanistan in these hard times," H.E. Ambassador Takashi Okada said.`}, []string{"Takashi Okada"}},
		{"a doctor and a title after the name", []string{`"This support will save lives in the outbreak areas of the country," Dr. Tedros Adhanom Ghebreyesus, WHO Director-General, said.`}, []string{"Tedros Adhanom Ghebreyesus"}},
		{"other verbs of saying", []string{`"Korea's support comes at a critical moment for families in Ethiopia," stressed Seon-hee Yoon, Director of WFP's Korea office.`}, []string{"Seon-hee Yoon"}},
		{"a verb of saying and no title", []string{`"We will keep helping the families who fled the floods," Anna Lindqvist stressed.`}, []string{"Anna Lindqvist"}},
		{"told reporters", []string{`"We will keep helping the families who fled the floods," Anna Lindqvist told reporters in Geneva.`}, []string{"Anna Lindqvist"}},
		{"the speaker in the line after", []string{
			`"This contribution lets us keep schools open for refugee children across the region."`,
			"– Philippe Lazzarini, UNRWA Commissioner-General"}, []string{"Philippe Lazzarini"}},
		{"a line after that is no speaker's", []string{
			`"This contribution lets us keep schools open for refugee children across the region."`,
			"The agreement was signed in Amman on Monday by both sides."}, []string{""}},
		{"a hyphenated first name", []string{`"Canada will continue to lead the way in supporting innovative solutions," said Marie-Claude Bibeau, Minister of International Development.`}, []string{"Marie-Claude Bibeau"}},
		{"a minister by surname, named with an initial before", []string{
			"Beverley J. Oda, minister of International Cooperation, announced that in Ottawa.",
			`“The devastating floods in Central America continue to threaten the health of those affected,” said Minister Oda.`}, []string{"Beverley J. Oda"}},
		{"a hyphenated title is no name", []string{`"With these new contributions, Germany is now our top donor," said UNRWA Commissioner-General Philippe Lazzarini.`}, []string{"Philippe Lazzarini"}},
		{"named before the quotation in its paragraph, expressing", []string{`The UNHCR Representative in Japan, Ms. Karen Madeleine Farkas expressed her appreciation for the contribution. “The monies will go to providing life-saving assistance for people forced to flee.”`}, []string{"Karen Madeleine Farkas"}},
		{"a surname whose full name follows a title's words", []string{
			"Canada will provide $274 million, Minister of International Development and La Francophonie Marie-Claude Bibeau announced.",
			`"Canada will continue to lead the way in supporting innovative programs," Bibeau said in a statement.`}, []string{"Marie-Claude Bibeau"}},
		{"the name opening the sentence, not an organisation in its title", []string{
			"Bond has called for DFID to increase the amount, wrote F. Bond.",
			`Stephanie Draper, the chief executive at Bond, said: “Covid-19 looks set to trigger a global humanitarian emergency.”`}, []string{"Stephanie Draper"}},
		{"words set apart after 'said:'", []string{
			"Development Minister Svenja Schulze said:",
			"Hunger is growing again in the Sahel, and we must act before the lean season begins."}, []string{"Svenja Schulze"}},
		{"a paragraph after 'said:' that no one is named to say", []string{
			"The ministry said:",
			"Hunger is growing again in the Sahel, and we must act before the lean season begins."}, nil},
		{"the Ambassador said, after an ambassador of a country to another was named", []string{
			"Ambassador of Japan to Yemen Kenji Yamada attended the signing in Aden.",
			`“Japan stands with the people of Yemen in these hard times,” the Ambassador said.`}, []string{"Kenji Yamada"}},
		{"a curly mark closed by a straight one", []string{`“Australia's support will help address the dire humanitarian situation in Gaza," said Foreign Minister Penny Wong.`}, []string{"Penny Wong"}},
		{"a straight mark closed by a curly one", []string{`"Australia's support will help address the dire humanitarian situation in Gaza,” said Foreign Minister Penny Wong.`}, []string{"Penny Wong"}},
		{"a quotation closed in the next paragraph, its speaker named there", []string{
			`“Australia's support will help address the dire humanitarian situation in Gaza and beyond,`,
			`and we will keep pressing for a ceasefire and the protection of civilians,” said Foreign Minister Penny Wong.`}, []string{"Penny Wong", "Penny Wong"}},
		{"unmarked speech closed by a surname and the verb", []string{
			"Acting Emergency Relief Coordinator Margareta Wahlström announced the allocations in New York.",
			"While each of these allocations is important, together they show the world's resolve to help, Wahlström said."}, []string{"Margareta Wahlström"}},
		{"a statement after 'said:' in its own sentence", []string{"Minister for Foreign Affairs Penny Wong said: We will keep pressing for a ceasefire and the protection of civilians in Gaza."}, []string{"Penny Wong"}},
		{"a statement introduced with when it was made", []string{
			"Development Minister Olaf Berg issued the following statement today:",
			"We are adding four million euros for families who fled the fighting. Our help will go on."}, []string{"Olaf Berg"}},
		{"a statement introduced with what it is on", []string{
			"Lisa Moreau, the Government Commissioner for Humanitarian Aid, issued the following statement on the decision:",
			"Help for refugees matters now more than ever before. We must not forget the displaced."}, []string{"Lisa Moreau"}},
		{"a statement introduced by 'stated that'", []string{"Ambassador Kenji Yamada stated that Japan will continue to stand by the people of Yemen in these hard times."}, []string{"Kenji Yamada"}},
		{"a family name of two words, named in full before", []string{
			"The agreement was signed in the presence of Ambassador Obaid Salem Al Zaabi in New York.",
			"Al Zaabi stressed that this project stems from the keenness of the leadership to provide relief support to the people."}, []string{"Obaid Salem Al Zaabi"}},
		{"the title of several words, after the person was named", []string{
			"Foreign Minister Frank-Walter Steinmeier met the High Commissioner in Berlin.",
			`“More than 60 million people have been forced to flee their homes,” the German Foreign Minister said after the meeting.`}, []string{"Frank-Walter Steinmeier"}},
		{"the title in small letters", []string{
			"Minister of Foreign Affairs Ine Eriksen Søreide announced the aid.",
			`‘We are now telling our closest humanitarian partners that they will be given more flexibility,’ the minister said.`}, []string{"Ine Eriksen Søreide"}},
		{"the title of the one of two whose role holds the other words", []string{
			"Foreign Minister Penny Wong and Development Minister Pat Conroy announced the aid.",
			`“We continue to press for a ceasefire and the protection of civilians,” the Foreign Minister said.`}, []string{"Penny Wong"}},
		{"an institution referred to is no person", []string{
			"Rajiv Shah, the Administrator of the U.S. Agency for International Development, announced it.",
			`“The funds will reach the families in the hardest-hit districts first,” the agency said.`}, []string{""}},
		{"a title in small letters between the organisation and the name", []string{`"The earthquake and tsunami remind us of the power of nature," said MacArthur Foundation president Jonathan F. Fanton.`}, []string{"Jonathan F. Fanton"}},
		{"a place after said is no speaker", []string{
			"Immigration Minister Ahmed Hussen announced the funding in Toronto.",
			`“These 20 million people need humanitarian assistance now,” he said at the Keele Street Community Hub.`}, []string{"Ahmed Hussen"}},
		{"a title ending in an office's name, a comma, then the name", []string{`“There is a lot that we can do, protecting women and children,” said the Director of UNICEF’s Tokyo office, Yoshiteru Uramoto.`}, []string{"Yoshiteru Uramoto"}},
		{"a paragraph whose opening mark was lost", []string{
			"Dr. Abdullah Al-Rabeeah, KSrelief General Supervisor, signed the agreement in Riyadh.",
			"We look forward to building on the strong foundation established during our previous dialogue and our partnership.” Al-Rabeeah explained."}, []string{"Abdullah Al-Rabeeah"}},
		{"he said, after a sentence whose subject is named, not the person named before it", []string{
			"Ahmed bin Ali Al-Bayez, KSRelief Assistant General Supervisor, and Dr. Ibrahim Al-Ziq, WHO's representative in the Kingdom, signed the agreement.",
			`Al-Ziq thanked Saudi Arabia for its generous support. "It shows the Kingdom's concern for human health and safety," he said.`}, []string{"Ibrahim Al-Ziq"}},
		{"a statement left open over paragraphs, closed by the last", []string{
			"Markus Löning, the Federal Government Commissioner for Human Rights Policy and Humanitarian Aid, issued the following statement:",
			"“I am deeply shocked and appalled by the horrific images from Ethiopia, Kenya and Somalia.",
			"People in this region are in urgent need of assistance, and the Federal Foreign Office is making further funds available.",
			"I am pleased that these funds will enable us to help more people in the Horn of Africa.”"}, []string{"Markus Löning", "Markus Löning"}},
		{"a senator by surname", []string{
			"Foreign Minister Bob Carr today announced a new $25 million contribution to the World Food Programme.",
			`"Food insecurity remains a serious challenge in the Sahel," Senator Carr said.`}, []string{"Bob Carr"}},
		{"speech without marks holding a word in marks", []string{`The "generous" USD 12 million contribution will go to internally displaced persons in Yemen, said Salvatore Lombardo, Chief of Staff of the High Commissioner's Office.`}, []string{"Salvatore Lombardo"}},
		{"he said, after a subject with a title between name and verb", []string{
			`Tom Fletcher, United Nations Under-Secretary-General for Humanitarian Affairs, welcomed the announcement. "Our global appeal is about saving lives where the shocks have been hardest," he said.`}, []string{"Tom Fletcher"}},
		{"German quotation marks", []string{"German Ambassador to Cairo Dr. Cyrill Jean Nunn said: „In hard times like these above all, we must not forget the most vulnerable among us.“"}, []string{"Cyrill Jean Nunn"}},
		{"French quotation marks", []string{"Ambassador Marie Dupont said: « France will keep standing by the people of Chad in these hard times. »"}, []string{"Marie Dupont"}},
		{"speech set apart with a comma, its speaker in the paragraph after", []string{
			"Mozambique, a priority country of Austrian development cooperation for close to 30 years, can go on relying on our help on the ground in these hard times as well,",
			"said Foreign Minister Alexander Schallenberg.",
			"In South Sudan 7.6 million people are going hungry and badly need help. Our support is an urgently needed contribution,",
			"Foreign Minister Alexander Schallenberg went on."}, []string{"Alexander Schallenberg", "Alexander Schallenberg"}},
		{"quoted as saying", []string{
			"Alexander De Croo, Belgium's Deputy Prime Minister, has decided to allocate 19 million euro to UNRWA.",
			`“I have a lot of respect for UNRWA’s work, which has to operate in the most difficult circumstances,” De Croo was quoted in the statement as saying.`}, []string{"Alexander De Croo"}},
		{"a family name written first", []string{
			"Chinese Ambassador to Syria Qi Qianjin attended the handover.",
			`"China will continue to provide humanitarian aid to Syria through bilateral cooperation," Qi said.`}, []string{"Qi Qianjin"}},
		{"a body that stated that is no one", []string{"On behalf of their governments, the embassies stated that the contributions are made in light of the current crisis."}, nil},
		{"a ministry that said: is no one", []string{"The ministry said: We will keep pressing for a ceasefire and the protection of civilians in Gaza."}, nil},
		{"reported speech is no quotation", []string{"Göran Holmqvist, head of Sida's humanitarian aid department, said the greatest needs would be among those with no chance to flee."}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &corpus.Release{Donors: []string{"Japan"}, Recipient: "IOM", Paragraphs: tc.paras}
			x := &releaseText{r: r, p: &parsed{}, donorCodes: map[string]bool{}, seen: map[string]bool{}}
			for i, para := range tc.paras {
				p := x.read(i+1, para, "")
				for j := range p.sentences {
					peopleFacts(x, p, &p.sentences[j])
				}
			}
			var got []string
			for _, f := range x.quotes() {
				got = append(got, f.Person)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("quotes(%q) speakers (-want +got):\n%s", tc.paras, diff)
			}
		})
	}
}

// TestSingleQuotedSpeechAroundSays: two single-quoted sentences around
// "he says." are read without a fault (a panic, recovered as ErrInternal,
// refused this page).
func TestSingleQuotedSpeechAroundSays(t *testing.T) {
	page := "The Dutch government is giving an initial two million euros in emergency aid for the people hit by the earthquake in Haiti.\n\n" +
		"'The first reports and images show great loss of life and damage,' he says. 'It looks as grave as the tsunami in 2004.'\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if f, ok := r.Total(); !ok || f.Amount.Stated != "two million euros" {
		t.Errorf("total = %v, want two million euros", f.Amount)
	}
}
