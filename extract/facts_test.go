package extract

import (
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"

	"github.com/google/go-cmp/cmp"
)

func TestFindAmounts(t *testing.T) {
	tests := []struct {
		text string
		want []corpus.Amount
	}{
		{"Japan Donates US$ 37.9 million to IOM", []corpus.Amount{{Stated: "US$ 37.9 million", Value: 37.9e6, Currency: "USD"}}},
		{"$NZ850,000, $US5 million, $A2 million and $C 10 million, not $Asia", []corpus.Amount{{Stated: "$NZ850,000", Value: 850000, Currency: "NZD"}, {Stated: "$US5 million", Value: 5e6, Currency: "USD"}, {Stated: "$A2 million", Value: 2e6, Currency: "AUD"}, {Stated: "$C 10 million", Value: 10e6, Currency: "CAD"}}},
		{"a total of USD 43.5 million in funding", []corpus.Amount{{Stated: "USD 43.5 million", Value: 43.5e6, Currency: "USD"}}},
		{"has given USD14 million to IOM", []corpus.Amount{{Stated: "USD14 million", Value: 14e6, Currency: "USD"}}},
		{"$2.5 million will go to", []corpus.Amount{{Stated: "$2.5 million", Value: 2.5e6, Currency: "USD"}}},
		{"a grant of US$1.2 billion", []corpus.Amount{{Stated: "US$1.2 billion", Value: 1.2e9, Currency: "USD"}}},
		{"EUR 3 million and €3 million", []corpus.Amount{{Stated: "EUR 3 million", Value: 3e6, Currency: "EUR"}, {Stated: "€3 million", Value: 3e6, Currency: "EUR"}}},
		// The singular after a number, as some news copy writes it.
		{"Switzerland: 10 million Swiss franc ($10.9 million).", []corpus.Amount{{Stated: "10 million Swiss franc", Value: 10e6, Currency: "CHF"}, {Stated: "$10.9 million", Value: 10.9e6, Currency: "USD"}}},
		{"CHF 2 million, £1.5 million and JPY 300 million", []corpus.Amount{{Stated: "CHF 2 million", Value: 2e6, Currency: "CHF"}, {Stated: "£1.5 million", Value: 1.5e6, Currency: "GBP"}, {Stated: "JPY 300 million", Value: 300e6, Currency: "JPY"}}},
		{"another five million NZ dollars (three million U.S. dollars)", []corpus.Amount{{Stated: "five million NZ dollars", Value: 5e6, Currency: "NZD"}, {Stated: "three million U.S. dollars", Value: 3e6, Currency: "USD"}}},
		{"10 million Australian dollars, 2 million Canadian dollars", []corpus.Amount{{Stated: "10 million Australian dollars", Value: 10e6, Currency: "AUD"}, {Stated: "2 million Canadian dollars", Value: 2e6, Currency: "CAD"}}},
		{"QR65.7 million for the years 2023 and 2024, after SR 10 million and KD 2 million", []corpus.Amount{{Stated: "QR65.7 million", Value: 65.7e6, Currency: "QAR"}, {Stated: "SR 10 million", Value: 10e6, Currency: "SAR"}, {Stated: "KD 2 million", Value: 2e6, Currency: "KWD"}}},
		{"more than $3.1 million vulnerable people and $2 million refugees are in need", nil},
		// Thousands grouped by spaces, as French and Nordic pages write
		// them: never "€500" or "EUR 2".
		{"a grant of 500 000 euros, then €700 000 and EUR 2 000 000", []corpus.Amount{{Stated: "500 000 euros", Value: 500000, Currency: "EUR"}, {Stated: "€700 000", Value: 700000, Currency: "EUR"}, {Stated: "EUR 2 000 000", Value: 2e6, Currency: "EUR"}}},
		// "$0" is no money; "$3" beside "$4 million" lost its scale.
		{"Norway contributed $0 this year", nil},
		{"$4 million will go through WFP and $3 to FAO", []corpus.Amount{{Stated: "$4 million", Value: 4e6, Currency: "USD"}}},
		{"Dkr40 million, DKr. 12 million, NKr 30 million and SKr5.5 million", []corpus.Amount{{Stated: "Dkr40 million", Value: 40e6, Currency: "DKK"}, {Stated: "DKr. 12 million", Value: 12e6, Currency: "DKK"}, {Stated: "NKr 30 million", Value: 30e6, Currency: "NOK"}, {Stated: "SKr5.5 million", Value: 5.5e6, Currency: "SEK"}}},
		{"Dhs73.6 million and AED 5 million", []corpus.Amount{{Stated: "Dhs73.6 million", Value: 73.6e6, Currency: "AED"}, {Stated: "AED 5 million", Value: 5e6, Currency: "AED"}}},
		{"10 million yuan, SAR 100 million and 3 million Kuwaiti dinars", []corpus.Amount{{Stated: "10 million yuan", Value: 10e6, Currency: "CNY"}, {Stated: "SAR 100 million", Value: 100e6, Currency: "SAR"}, {Stated: "3 million Kuwaiti dinars", Value: 3e6, Currency: "KWD"}}},
		{"US$ 37.9 million, 3 million euros", []corpus.Amount{{Stated: "US$ 37.9 million", Value: 37.9e6, Currency: "USD"}, {Stated: "3 million euros", Value: 3e6, Currency: "EUR"}}},
		{"France will give Euros 89 million, as in 2014 (Euro 516 million from the EU)", []corpus.Amount{{Stated: "Euros 89 million", Value: 89e6, Currency: "EUR"}, {Stated: "Euro 516 million", Value: 516e6, Currency: "EUR"}}},
		{"as seen during Euro 2020 in Rome", nil},
		{"HK$5 million and 2 million riyals", []corpus.Amount{{Stated: "HK$5 million", Value: 5e6, Currency: "HKD"}}},
		{"a total of CHF 37,900,000 to", []corpus.Amount{{Stated: "CHF 37,900,000", Value: 37.9e6, Currency: "CHF"}}},
		{"it signed a $60-million-worth joint cooperation agreement", []corpus.Amount{{Stated: "$60-million", Value: 60e6, Currency: "USD"}}},
		{"with a 500,000-euro donation", []corpus.Amount{{Stated: "500,000-euro", Value: 500000, Currency: "EUR"}}},
		{"NOK 150 million (USD 18, 3 million) to UNHCR", []corpus.Amount{{Stated: "NOK 150 million", Value: 150e6, Currency: "NOK"}}},
		{"Luxembourg gives 500.000 euro to WFP", []corpus.Amount{{Stated: "500.000 euro", Value: 5e5, Currency: "EUR"}}},
		{"a further 1.200.000 euros and EUR 2.5 million", []corpus.Amount{{Stated: "1.200.000 euros", Value: 1.2e6, Currency: "EUR"}, {Stated: "EUR 2.5 million", Value: 2.5e6, Currency: "EUR"}}},
		{"and Ukraine (US$250, 000).", []corpus.Amount{{Stated: "US$250, 000", Value: 25e4, Currency: "USD"}}},
		{"two agreements for a total of SAR 14 mio for Yemen, CHF 3 Mio. and EUR 1,5 Mrd", []corpus.Amount{{Stated: "SAR 14 mio", Value: 14e6, Currency: "SAR"}, {Stated: "CHF 3 Mio", Value: 3e6, Currency: "CHF"}, {Stated: "EUR 1,5 Mrd", Value: 1.5e9, Currency: "EUR"}}},
		{"383 projects at a total cost of USD 2.9 bil and 4 mln euros", []corpus.Amount{{Stated: "USD 2.9 bil", Value: 2.9e9, Currency: "USD"}, {Stated: "4 mln euros", Value: 4e6, Currency: "EUR"}}},
		{"contributions for a total of eight mlns Euros", []corpus.Amount{{Stated: "eight mlns Euros", Value: 8e6, Currency: "EUR"}}},
		{"Three millions euros to WFP", []corpus.Amount{{Stated: "Three millions euros", Value: 3e6, Currency: "EUR"}}},
		{"USD 500,000 for Kenya", []corpus.Amount{{Stated: "USD 500,000", Value: 5e5, Currency: "USD"}}},
		{"Relief goods: 30,000,000YEN, and tents for 4,500,000USD", []corpus.Amount{{Stated: "30,000,000YEN", Value: 3e7, Currency: "JPY"}, {Stated: "4,500,000USD", Value: 4.5e6, Currency: "USD"}}},
		{"has given six million euros to UNICEF", []corpus.Amount{{Stated: "six million euros", Value: 6e6, Currency: "EUR"}}},
		{"Grant Aid of four million and eight hundred thousand US dollars for", []corpus.Amount{{Stated: "four million and eight hundred thousand US dollars", Value: 4.8e6, Currency: "USD"}}},
		{"Grant Aid of four million seven hundred thousand US dollars through", []corpus.Amount{{Stated: "four million seven hundred thousand US dollars", Value: 4.7e6, Currency: "USD"}}},
		{"A further half-a-million euro will be shared", []corpus.Amount{{Stated: "half-a-million euro", Value: 5e5, Currency: "EUR"}}},
		{"the tail of a number too long to read is left out: two hundred and fifty million euros", nil},
		{"nearly twenty-five million dollars", []corpus.Amount{{Stated: "nearly twenty-five million dollars", Value: 25e6, Currency: "USD", Approximate: true}}},
		{"a million people and one million more", nil},
		{"a figure read short is left out: €5mi and USD 3.2bln2", nil},
		{"a misspelt scale word leaves the figure out: nearly $4 millon for UNICEF", nil},
		{"a scale word cut off by the page leaves it out: Chad (US$2 million), Mali (US$1.6 milli", []corpus.Amount{{Stated: "US$2 million", Value: 2e6, Currency: "USD"}}},
		{"a figure before another word is kept: $3,000 military rations aside, $2 million for WFP", []corpus.Amount{{Stated: "$3,000", Value: 3000, Currency: "USD"}, {Stated: "$2 million", Value: 2e6, Currency: "USD"}}},
		{"a German scale word is read whole: €5mio", []corpus.Amount{{Stated: "€5mio", Value: 5e6, Currency: "EUR"}}},
		{"will provide 300,000 USD in aid", []corpus.Amount{{Stated: "300,000 USD", Value: 3e5, Currency: "USD"}}},
		{"Assistance through WFP : 1.41 million USD", []corpus.Amount{{Stated: "1.41 million USD", Value: 1.41e6, Currency: "USD"}}},
		{"in 2019 USD 5 million", []corpus.Amount{{Stated: "USD 5 million", Value: 5e6, Currency: "USD"}}},
		{"US$1.8 million (JP¥ 200,000,000)", []corpus.Amount{{Stated: "US$1.8 million", Value: 1.8e6, Currency: "USD"}, {Stated: "JP¥ 200,000,000", Value: 2e8, Currency: "JPY"}}},
		{"an additional 7,5 Million Euros for WFP", []corpus.Amount{{Stated: "7,5 Million Euros", Value: 7.5e6, Currency: "EUR"}}},
		{"gave half a million dollars to UNICEF", []corpus.Amount{{Stated: "half a million dollars", Value: 5e5, Currency: "USD"}}},
		{"50 million Danish krones", []corpus.Amount{{Stated: "50 million Danish krones", Value: 5e7, Currency: "DKK"}}},
		{"an additional USD 4,5 million (NOK 45 million)", []corpus.Amount{{Stated: "USD 4,5 million", Value: 4.5e6, Currency: "USD"}, {Stated: "NOK 45 million", Value: 45e6, Currency: "NOK"}}},
		{"Cameroon (€650K), and Burkina Faso (€300K)", []corpus.Amount{{Stated: "€650K", Value: 650e3, Currency: "EUR"}, {Stated: "€300K", Value: 300e3, Currency: "EUR"}}},
		{"$31.5 mn, $117Mln and 46 billion won", []corpus.Amount{{Stated: "$31.5 mn", Value: 31.5e6, Currency: "USD"}, {Stated: "$117Mln", Value: 117e6, Currency: "USD"}, {Stated: "46 billion won", Value: 46e9, Currency: "KRW"}}},
		{"some 3 million euros and 20 million Norwegian kroner", []corpus.Amount{{Stated: "some 3 million euros", Value: 3e6, Currency: "EUR", Approximate: true}, {Stated: "20 million Norwegian kroner", Value: 20e6, Currency: "NOK"}}},
		{"Japan's contribution of nearly USD 38 million towards", []corpus.Amount{{Stated: "nearly USD 38 million", Value: 38e6, Currency: "USD", Approximate: true}}},
		{"NOK 120 million (about USD 21 million)", []corpus.Amount{{Stated: "NOK 120 million", Value: 120e6, Currency: "NOK"}, {Stated: "about USD 21 million", Value: 21e6, Currency: "USD", Approximate: true}}},
		{"has contributed USD one million to UNRWA, US$ two million to WFP", []corpus.Amount{{Stated: "USD one million", Value: 1e6, Currency: "USD"}, {Stated: "US$ two million", Value: 2e6, Currency: "USD"}}},
		{"a contribution of AUD$3 million (US$2.2 million), CAD$ 5 million and NZD$2 million", []corpus.Amount{{Stated: "AUD$3 million", Value: 3e6, Currency: "AUD"}, {Stated: "US$2.2 million", Value: 2.2e6, Currency: "USD"}, {Stated: "CAD$ 5 million", Value: 5e6, Currency: "CAD"}, {Stated: "NZD$2 million", Value: 2e6, Currency: "NZD"}}},
		{"a further pound 2.2m, after pounds 750,000 last week", []corpus.Amount{{Stated: "pound 2.2m", Value: 2.2e6, Currency: "GBP"}, {Stated: "pounds 750,000", Value: 75e4, Currency: "GBP"}}},
		// As French pages write them: the scale a noun with "de", the
		// decimal a comma.
		{"un don de 1,2 million de dollars américains, puis 5 millions de dollars", []corpus.Amount{{Stated: "1,2 million de dollars américains", Value: 1.2e6, Currency: "USD"}, {Stated: "5 millions de dollars", Value: 5e6, Currency: "USD"}}},
		{"2,5 millions d'euros, 1 million de francs suisses et 1,5 milliard de yens", []corpus.Amount{{Stated: "2,5 millions d'euros", Value: 2.5e6, Currency: "EUR"}, {Stated: "1 million de francs suisses", Value: 1e6, Currency: "CHF"}, {Stated: "1,5 milliard de yens", Value: 1.5e9, Currency: "JPY"}}},
		{"2,1 millions de personnes et 30 millions de couronnes norvégiennes", []corpus.Amount{{Stated: "30 millions de couronnes norvégiennes", Value: 30e6, Currency: "NOK"}}},
		// As Spanish pages write them: "millones de", "mil millones" a
		// billion, the decimal a comma, thousands grouped by full stops
		// (one group parted by a stray space), Spanish hedges kept.
		{"recibe 20 millones de dólares y otros 1,5 millones de euros", []corpus.Amount{{Stated: "20 millones de dólares", Value: 20e6, Currency: "USD"}, {Stated: "1,5 millones de euros", Value: 1.5e6, Currency: "EUR"}}},
		{"octroie plus de 2 millions de francs et près de 3 millions d'euros", []corpus.Amount{{Stated: "plus de 2 millions de francs", Value: 2e6, Currency: "CHF", Approximate: true}, {Stated: "près de 3 millions d'euros", Value: 3e6, Currency: "EUR", Approximate: true}}},
		{"aporta más de 40 millones de euros, casi 125 millones de dólares estadounidenses y 1 millón de francos suizos", []corpus.Amount{{Stated: "más de 40 millones de euros", Value: 40e6, Currency: "EUR", Approximate: true}, {Stated: "casi 125 millones de dólares estadounidenses", Value: 125e6, Currency: "USD", Approximate: true}, {Stated: "1 millón de francos suizos", Value: 1e6, Currency: "CHF"}}},
		{"pide 55 mil millones de dólares y ha recibido alrededor de 16.000 millones de dólares", []corpus.Amount{{Stated: "55 mil millones de dólares", Value: 55e9, Currency: "USD"}, {Stated: "alrededor de 16.000 millones de dólares", Value: 16e9, Currency: "USD", Approximate: true}}},
		{"un total de 40.009. 311 euros, luego 1.500 dólares y 250.000 euros", []corpus.Amount{{Stated: "40.009. 311 euros", Value: 40009311, Currency: "EUR"}, {Stated: "1.500 dólares", Value: 1500, Currency: "USD"}, {Stated: "250.000 euros", Value: 250000, Currency: "EUR"}}},
		{"250 millones de personas y 2017 dólares", nil},
		{"relief worth ₹25 Crore and INR 5 lakh in cash", []corpus.Amount{{Stated: "₹25 Crore", Value: 25e7, Currency: "INR"}, {Stated: "INR 5 lakh", Value: 5e5, Currency: "INR"}}},
		{"2.000.000 de euros al CICR y 5 de euros", []corpus.Amount{{Stated: "2.000.000 de euros", Value: 2e6, Currency: "EUR"}}},
		// A sum in millions without its currency, after one with it, as
		// the object of a verb of giving; never a count.
		{"dio 65 millones de euros y prevé aportar más de 95 millones en 2022", []corpus.Amount{{Stated: "65 millones de euros", Value: 65e6, Currency: "EUR"}, {Stated: "más de 95 millones", Value: 95e6, Currency: "EUR", Approximate: true}}},
		{"aporta 5 millones de euros a Siria, un país con 18 millones, y a sus 6 millones de refugiados", []corpus.Amount{{Stated: "5 millones de euros", Value: 5e6, Currency: "EUR"}}},
		// Figures that are not money.
		{"approximately 450,000 flood affected individuals in 2011", nil},
		{"over 50 per cent of the country lies above 3000 metres", nil},
		{"a presence in 171 countries and 175 member states", nil},
	}
	for _, tc := range tests {
		var got []corpus.Amount
		for _, a := range findAmounts(tc.text, "") {
			got = append(got, a.Amount)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findAmounts(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
	// A bare figure is money only where the release says so, in its currency.
	if got := findAmounts("a total of 37,900,000 in funding", "USD"); len(got) != 1 || got[0].Value != 37.9e6 || got[0].Currency != "USD" {
		t.Errorf(`findAmounts("a total of 37,900,000 ...", "USD") = %+v, want one USD 37900000`, got)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		para string
		want []string
	}{
		{"One sentence. Two sentences! Three?", []string{"One sentence.", "Two sentences!", "Three?"}},
		{"US$ 37.9 million is given. Dr. Smith and William L. Swing agree.", []string{"US$ 37.9 million is given.", "Dr. Smith and William L. Swing agree."}},
		{`"It helps. It matters," said Ms. Lee. Then more.`, []string{`"It helps. It matters," said Ms. Lee.`, "Then more."}},
		{"“Quoted. Still quoted,” she said. Done.", []string{"“Quoted. Still quoted,” she said.", "Done."}},
		{"The U.S. Government gives. More follows.", []string{"The U.S. Government gives.", "More follows."}},
		{"Acme Cos. Inc. is giving $1 million. More follows.", []string{"Acme Cos. Inc. is giving $1 million.", "More follows."}},
		{"It gives 350 million yen, equivalent to about NRs. 324.8 million, to Nepal. More follows.", []string{"It gives 350 million yen, equivalent to about NRs. 324.8 million, to Nepal.", "More follows."}},
		{"ends with lower. then lower", []string{"ends with lower. then lower"}},
		// A page pasted with its list items run together.
		{"Australia will provide $15 million across the region.$6 million for the Red Cross to provide care$2 million to UNICEF for health servicesThe remainder goes to partners.",
			[]string{"Australia will provide $15 million across the region.", "$6 million for the Red Cross to provide care", "$2 million to UNICEF for health services", "The remainder goes to partners."}},
		// A number in thousands parted by a stray space is no sentence's end.
		{"It came to 63% of a total of 40.009. 311 euros. More follows.", []string{"It came to 63% of a total of 40.009. 311 euros.", "More follows."}},
		{"Switzerland Pledges CHF2 Million for Aid in Gaza.In a decisive move, it acts.", []string{"Switzerland Pledges CHF2 Million for Aid in Gaza.", "In a decisive move, it acts."}},
		{"The U.S.A. gives US$5 million and NZ$3 million via www.example.org today.", []string{"The U.S.A. gives US$5 million and NZ$3 million via www.example.org today."}},
		// A straight quote closed after a sentence's end leaves the
		// sentences after it outside the quotation.
		{`He said: "We are grateful." Later, Chile pledged $2 million. Peru gave $1 million.`, []string{`He said: "We are grateful."`, "Later, Chile pledged $2 million.", "Peru gave $1 million."}},
	}
	for _, tc := range tests {
		var got []string
		for _, sp := range sentences(tc.para) {
			got = append(got, tc.para[sp.start:sp.end])
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("sentences(%q) (-want +got):\n%s", tc.para, diff)
		}
	}
}

func TestDonors(t *testing.T) {
	tests := []struct {
		title, first string
		want         []string
	}{
		{"Japan Donates US$ 37.9 million to IOM", "", []string{"Japan"}},
		{"Funding for IOM in 2011", "The Japanese government has committed a total of USD 37.9 million.", []string{"Japan"}},
		{"New support for WFP", "The Government of Norway has contributed NOK 120 million to WFP.", []string{"Norway"}},
		{"Sweden and Norway Give USD 5 million to UNHCR", "", []string{"Sweden", "Norway"}},
		{"Yemen: €193 million in humanitarian aid from the EU. Health, food, water support to the population", "The European Commission has today announced over €193 million in funding for the most vulnerable people in Yemen.", []string{"European Union"}},
		{"", "RIYADH: On Monday, the Saudi aid agency KSrelief and the United Kingdom signed a $5 million cooperation agreement with UNICEF to combat malnutrition in Somalia.", []string{"Saudi Arabia", "United Kingdom"}},
		{"", "Philippines - IOM has received C$700,000 for its Typhoon Bopha emergency response in the Philippines from the Canadian International Development Agency (CIDA).", []string{"Canada"}},
		{"Canada Backs IOM Typhoon Response", "", []string{"Canada"}},
		// A gathering of many givers names none, nor the place it is for.
		{"Lima conference on Peru raises over €1 billion", "Pledges of more than €1 billion were gathered for Peru.", nil},
		{"Chile at conference pledges $5 million for Peru", "", []string{"Chile"}},
		// French pages: the subject before a French verb of giving.
		{"Le Japon verse 1,2 million de dollars au PAM", "", []string{"Japan"}},
		{"Aide au Sahel", "MANILLE, le 10 juillet 2006 – Le Gouvernement du Japon a fait un don de 1,2 million de dollars américains au Programme alimentaire mondial.", []string{"Japan"}},
		{"Nouvelle aide pour le HCR", "La Suisse octroie 5 millions de francs suisses au HCR.", []string{"Switzerland"}},
		{"Aide humanitaire", "L'Union européenne a débloqué 2,5 millions d'euros pour le Tchad.", []string{"European Union"}},
		// Spanish pages: the subject before a Spanish verb of giving.
		{"España aporta 5 millones de euros al PMA", "", []string{"Spain"}},
		{"Ayuda humanitaria", "Madrid, 12 de marzo de 2021 - El Gobierno de España ha concedido 1,5 millones de euros a Siria.", []string{"Spain"}},
		{"-La Agencia Española de Cooperación Internacional para el Desarrollo (AECID) aportó, en 2017, más de 40 millones de euros de ayuda", "", []string{"Spain"}},
		{"Balance anual", "MADRID, 19 (SERVIMEDIA) La Aecid destinó más de 65 millones de euros a la acción humanitaria en 2021.", []string{"Spain"}},
		{"Crisis olvidadas", "El Fondo Central de Respuesta a Emergencias (CERF) liberó 20 millones de dólares para Yemen.", []string{"CERF"}},
		{"", "Las Naciones Unidas liberaron 100 millones de dólares de su fondo de ayuda de emergencia para doce países.", []string{"CERF"}},
		{"", "La ONU asignó 30 millones de dólares de su presupuesto ordinario a la misión.", nil},
		{"Three Foundations Award $3 Million in Tsunami Relief", "The Annenberg, William and Flora Hewlett, and Samuel I. Newhouse foundations have announced grants totaling $3.2 million to groups helping victims of the Indian Ocean tsunami.",
			[]string{"Annenberg Foundation", "William and Flora Hewlett Foundation", "Samuel I. Newhouse Foundation"}},
		{"", "The Gates and Rockefeller foundations have given $5 million to WFP.", []string{"Gates Foundation", "Rockefeller Foundation"}},
		{"Norway Offers Extra $2m for Sudanese Refugees", "", []string{"Norway"}},
		{"", "On 2 May, in response to the floods in northern Kenya, the Government of Japan decided to extend Emergency Grant Aid of 3 million US dollars.", []string{"Japan"}},
		{"Kenyan families receive food aid from Korea", "", []string{"South Korea"}},
		{"Qatar-Based Fund, Norway Sign Agreements On Sudan Aid", "", []string{"Qatar", "Norway"}},
		{"Somalia Humanitarian Fund allocates $20 million for drought response", "", []string{"Somalia Humanitarian Fund"}},
		{"Canada to Fund Refugee Schooling", "", []string{"Canada"}},
		{"", "Two UN agencies have each received $1 million from The Church of Jesus Christ of Latter-day Saints for refugees in Chad.", []string{"Church of Jesus Christ of Latter-day Saints"}},
		{"", "To help Nepal respond to the floods in the south, Australia will provide a further package of $3 million.", []string{"Australia"}},
		{"", "People hit by the storm are to get $2 million in aid from The Acme Company.", []string{"Acme Company"}},
		{"UN emergency fund releases $40 million for forgotten crises", "", []string{"CERF"}},
		// An agency's national committee announcing a grant it received:
		// the giver is who the grant is from, not the committee's country.
		{"", "The U.S. Fund for UNICEF announced today a $2 million grant from the Bill & Melinda Gates Foundation for children in Niger.", []string{"Bill & Melinda Gates Foundation"}},
		{"German Committee for UNICEF Receives Grant", "", nil},
		// The Red Cross's pooled fund, giving to a National Society.
		{"", "The storm has triggered the release of 150,000 Swiss francs from the IFRC's Disaster Relief Emergency Fund to the Tonga Red Cross.", []string{"IFRC-DREF"}},
		{"DREF allocates CHF 400,000 for floods in Malawi", "", []string{"IFRC-DREF"}},
		{"", "On 3 June the Federal Council decided to give CHF 5 million to the ICRC for its work in Sudan.", []string{"Switzerland"}},
		{"", "Kuwait Charity (KC) has signed agreements with UNICEF to carry out projects worth $2 million.", []string{"Kuwait Charity"}},
		{"", "The State of Kuwait has signed agreements with UNICEF to carry out projects worth $2 million.", []string{"Kuwait"}},
		{"Help for Sudanese refugees", "A news agency reports that Norway has offered an additional $2 million in aid to Sudanese refugees.", []string{"Norway"}},
		{"", "A decision that reaffirms Italy's commitment to populations in need and to humanitarian assistance in Africa.", []string{"Italy"}},
		{"Foundation pledges aid for refugees", "Abu Dhabi, July 26 (IANS/WAM) The UAE's Big Heart Foundation (TBHF) has promised seven million dirhams (about $1 million) for refugees.", []string{"Big Heart Foundation"}},
		{"", "The Spanish Agency for International Development Cooperation (AECID) and eleven Autonomous Communities have reached an agreement to allocate 2.1 million euros in 2022 to humanitarian crises.", []string{"Spain"}},
		{"", "TOKYO: Responding to the worsening crisis in Lebanon, the government of Japan has taken a decisive step by extending an emergency grant of USD 10 million.", []string{"Japan"}},
		{"ECHO Funds WFP in the Sahel", "", []string{"European Union"}},
		{"UN Migration Agency Receives USD 30.5 Million from Japan for Humanitarian Support", "", []string{"Japan"}},
		{"Emergency Grant Aid for Syria", "On December 24, the Government of Japan decided to extend Emergency Grant Aid of 28.95 million US dollars.", []string{"Japan"}},
		{"KOICA contributes USD 2 million to WFP", "", []string{"South Korea"}},
		{"Ottawa to provide $132 million to help people fleeing civil war in Sudan", "", []string{"Canada"}},
		{"", "Ireland is to make a £8.49 million humanitarian and rehabilitation assistance package available to benefit 21 countries.", []string{"Ireland"}},
		{"", "As the scope of the tragedy in Asia becomes clear, The Pew Charitable Trusts today announced an immediate $1 million contribution to the American Red Cross.", []string{"Pew Charitable Trusts"}},
		{"Tokyo will give $5 million for flood victims", "", []string{"Japan"}},
		{"Brussels releases €10 million for Gaza", "", nil},
		{"Korea gives WFP USD 2 million", "", []string{"South Korea"}},
		{"Government announces funding for UN humanitarian work", "It is broken down into two contributions: €16 million to the UN Central Emergency Response Fund (CERF) for 2026.", nil},
		{"Foundations provide disaster relief", "The Chicago-based John D. and Catherine T. MacArthur Foundation has awarded $1.5 million to CARE International.", []string{"John D. and Catherine T. MacArthur Foundation"}},
		{"Korean Government to Provide 1.2 Million USD to Five African Countries", "", []string{"South Korea"}},
		{"Bill & Melinda Gates Foundation commits $50 million to fight Ebola", "", []string{"Bill & Melinda Gates Foundation"}},
		// Who says a conference pledged is not its giver.
		{"", "Peru's Prime Minister Ana Ruiz says an international donors' conference has pledged roughly $US2 billion for flood relief.", nil},
		// A foundation named after two people, and a clause that tells
		// who set it up.
		{"", "The Anna and Piet Smit Foundation, created by the shipping magnate, announced Friday it was providing two million dollars.", []string{"The Anna and Piet Smit Foundation"}},
		{"Sweden & Norway give $5 million to WFP", "", []string{"Sweden", "Norway"}},
		{"", "The United Nations has taken a step by releasing $125 million from its Central Emergency Relief Fund.", []string{"CERF"}},
		// The UN itself releasing money from its emergency fund gives the
		// fund's money.
		{"", "The United Nations released $80 million from its emergency relief fund on Monday to help crises that get too little.", []string{"CERF"}},
		{"UN allocates $40 million for neglected crises", "The UN has allocated $40 million from its emergency response fund for eight countries.", []string{"CERF"}},
		{"", "The United Nations appealed for $80 million for its emergency relief fund on Monday.", nil},
		{"", "I want to announce this morning the next step in Australia's unwavering support for Ukraine with $31 million.", []string{"Australia"}},
		{"", "The North Korean government received 2 million USD from the fund.", nil},
		{"Funding announced", "The German Federal Foreign Office has provided EUR 5 million to UNICEF.", []string{"Germany"}},
		{"Central Emergency Response Fund allocates US$86 million to neglected crises", "", []string{"CERF"}},
		{"New funds", "The European Union's humanitarian aid department has allocated €2 million.", []string{"European Union"}},
		// The UN's relief chief releasing money from the emergency fund
		// gives the fund's money; with no fund named, no giver is read.
		{"", "UN humanitarian chief Jane Doe has released $15 million from the emergency fund to help families hit by floods in the Sahel.", []string{"CERF"}},
		{"", "The United Nations relief chief allocated US$9 million from the world body's emergency response fund for cholera in Haiti.", []string{"CERF"}},
		{"", "UN humanitarian chief Jane Doe has released $15 million to help families hit by floods in the Sahel.", nil},
		{"", "UN humanitarian chief Jane Doe has appealed for $15 million for the emergency fund.", nil},
		{"UN relief chief releases $20 million from emergency fund for Yemen", "", []string{"CERF"}},
		// A typographic apostrophe in a body's name, as most sites print it.
		{"", "The UN relief chief has set aside $12 million from the UN’s emergency fund for flood victims.", []string{"CERF"}},
		{"Aid for the Sahel", "With funding from the European Union, WFP will feed 10,000 children.", []string{"European Union"}},
		{"Aid for the Sahel", "WFP will feed 10,000 children this year.", nil},
		{"Ikea Foundation gives $31.5 mn to Unicef", "", []string{"Ikea Foundation"}},
		{"Ministry glad to help Sudanese children and Chadian families with fresh aid pledge", "The Irish Government has pledged €4 million for families in Sudan and Chad.", []string{"Ireland"}},
		{"WFP Welcomes US$21 Million Contribution From China For Emergency Food Assistance", "", []string{"China"}},
		{"UNICEF scales up services in Yemen with support from the Kingdom of Saudi Arabia and the United Arab Emirates", "", []string{"Saudi Arabia", "United Arab Emirates"}},
		{"", "Germany's contribution of 10 million euros arrives in time, preventing cuts in food assistance for 410,000 refugees from Syria.", []string{"Germany"}},
		{"", "WFP welcomed a contribution of $20 million from the Federal Republic of Germany.", []string{"Germany"}},
		{"Finnish philanthropist donates €6m to UNICEF", "", []string{"Finnish philanthropist"}},
		{"US Provides Additional $117Mln in Humanitarian Aid to South Sudan", "", []string{"United States"}},
		{"KSRelief signs two projects with UNICEF", "", []string{"Saudi Arabia"}},
		{"", "The government of the Republic of Korea will provide 300,000 USD in humanitarian assistance through WFP.", []string{"South Korea"}},
		{"", "Ireland will send more than €9 million in humanitarian aid to Iraq.", []string{"Ireland"}},
		{"", "Norway has sent NOK 10 million to the ICRC.", []string{"Norway"}},
		{"", "WFP will provide food to 10,000 refugees from Syria.", nil},
		{"H&M Foundation gives $1 million to UNHCR", "", []string{"H&M Foundation"}},
		{"", "The Qatar Fund for Development (QFFD) and the United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) signed an agreement today under which the State of Qatar will contribute US$ 20.7 million to support the access of Palestine refugees to basic services in Syria.", []string{"Qatar"}},
		{"", "The funding of US$ 2 million supports the access of Palestine refugees to schools.", nil},
		{"", "The Government of Japan is pleased to impart its contributions to UNICEF for 2012.", []string{"Japan"}},
		{"Extra aid for the Sahel", "The Netherlands is putting an extra EUR 4 million towards emergency aid for the Sahel region, the minister announced on Wednesday.", []string{"Netherlands"}},
		{"", "Finland unveiled a EUR 3 million package of humanitarian aid for Sudan.", []string{"Finland"}},
		{"", "The Sam's Club Foundation has pledged $2 million to the American Red Cross.", []string{"Sam's Club Foundation"}},
		{"", "Republic of Congo ($3.6 million) (Rapid Response) - On 17 January, the Emergency Relief Coordinator (ERC) allocated $3.6 million from CERF's rapid response window.", []string{"CERF"}},
		// A wire dateline's place, with its country in brackets, is where the
		// story was filed.
		{"", "Kabul [Afghanistan], March 3 (ANI): Kazakhstan has contributed USD 1.2 million to the World Food Programme.", []string{"Kazakhstan"}},
		{"", "ADDIS ABABA, Oct. 9 (Xinhua) -- Norway has pledged NOK 40 million to WFP's drought response.", []string{"Norway"}},
		{"Ministers honour humanitarian workers", "In total, Portugal is releasing 40 million euros in humanitarian funds this year.", []string{"Portugal"}},
		// A subject with two verbs: who walks in is who gives, not where.
		{"Anonymous woman walks into Japanese embassy in Canada, donates $5 million to flood victims", "", []string{"Anonymous woman"}},
		// "He added that Japan will donate": "added" tells speech there.
		{"Japanese envoy praises Kuwait's humanitarian role", "He added that Japan will donate USD 10 million to UNRWA and the Red Cross.", []string{"Japan"}},
		// A ministry whose portfolio names Europe is no EU body.
		{"", "The Ministry of Foreign Affairs, European Union and Cooperation will allocate a total of 12 million euros in humanitarian aid.", nil},
		{"", "Austria's Federal Ministry for European and International Affairs gives EUR 2 million to the ICRC.", []string{"Austria"}},
		{"", "The Ministry for Europe and Foreign Affairs of France has released EUR 4 million for Haiti.", []string{"France"}},
		// The country a title gives money for is no giver the lead names.
		{"Help for Mozambique after the cyclone", "The Government of Mozambique has welcomed pledges of $90 million from abroad.", nil},
		// "Thanks to X" in a title names the giver, no place of need.
		{"Thanks to Norway, WFP reaches refugees in Chad", "Norway has provided NOK 50 million to WFP for refugees in Chad.", []string{"Norway"}},
		{"Grateful to Japan: WFP welcomes US$5 million for Chad", "WFP welcomes a Japanese contribution of US$5 million for families in Chad.", []string{"Japan"}},
		// A clause describing the giver names where it sits, not a giver.
		{"", "The Acme Foundation, which is based in Norway, said it would donate €5 million to UNICEF.", []string{"Acme Foundation"}},
		{"", "Acme Group, a large bank in Ruritania and Chad, said it would give $2 million to the Red Cross.", []string{"Acme Group"}},
		{"", "Acme Group, which works in Chad, and Norway will give $2 million to the Red Cross.", []string{"Acme Group", "Norway"}},
		{"", "Delta Telecom, a large mobile operator in Chad, said it would give $5 million toward relief.", nil},
		// The countries a title's grants go to are no givers, before any
		// later noun that may read as a verb.
		{"Bank approves grants of USD 900,000 to Chad, Niger and Mali for Flood Relief Assistance", "The Board of the African Development Bank has approved USD 900,000 for flood relief in Chad, Niger and Mali.", []string{"African Development Bank"}},
		// Development banks by name and by their one-bank acronyms.
		{"Islamic Development Bank approves grant for flood victims in Chad", "", []string{"Islamic Development Bank"}},
		// Arab and OPEC development funds: a country's, or their own.
		{"ADFD signs $15 million grant for water in Sudan", "", []string{"United Arab Emirates"}},
		{"OFID approves grant for cyclone relief in Malawi", "", []string{"OPEC Fund for International Development"}},
		{"New support for UNRWA schools", "The Arab Fund for Economic and Social Development has given $2 million to UNRWA for schools in Lebanon.", []string{"Arab Fund for Economic and Social Development"}},
		{"", "AfDB has approved a grant of $1 million for flood relief in Chad.", []string{"African Development Bank"}},
		// A bank named after its country is the bank.
		{"", "National Bank of Norway will contribute $250,000 to the Red Cross.", []string{"National Bank of Norway"}},
		{"", "Fjord Savings Bank of Norway will contribute $250,000 to the Red Cross.", []string{"Fjord Savings Bank of Norway"}},
		{"", "The Central Bank of Kuwait will give $1 million to the Red Crescent.", []string{"Kuwait"}},
		// Who appeals for money asks for it; the country named is where it goes.
		{"Charities Appeal for Chad Flood Relief Funds", "Charities and aid agencies are raising money for relief.", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, findDonors(tc.title, tc.first, "")); diff != "" {
			t.Errorf("findDonors(%q, %q) (-want +got):\n%s", tc.title, tc.first, diff)
		}
	}
}

// TestDonorsNearLead checks how far the donor of a page pasted without its
// title and first paragraph is looked for: a gift named by its giver up to
// the sixth paragraph, other mentions of countries only in the first three.
func TestDonorsNearLead(t *testing.T) {
	filler := "The lean season is depleting people's resources."
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"a gift named by its giver in the fourth paragraph", []string{"The contribution supports WFP in Nigeria (€10.5 million).", filler, filler, "The German contribution will support food assistance to 650,000 people."}, []string{"Germany"}},
		{"other donors listed further on", []string{"EUR 4 million goes to WFP in the Sahel.", filler, filler, "Funds were pledged so far, among others by Sweden (USD 40 million) and France (USD 23 million)."}, nil},
		{"the givers named in the paragraph before the amount", []string{"The French and German Governments have donated towards WFP humanitarian projects in the North-east.", "A statement by the two embassies said that €400,000 has been donated."}, []string{"France", "Germany"}},
		{"the giver the amount's quotation follows", []string{"New Zealand is providing more humanitarian aid to support people in Ukraine, the Foreign Minister announced today.", "“New Zealand will be providing an additional $4 million,” the minister said."}, []string{"New Zealand"}},
		{"a place opening a sentence is no giver", []string{"WFP operations in five countries go on.", "In Afghanistan, a US$7 million contribution will be used to provide food."}, nil},
		{"a subject that is given money is no giver", []string{"Programmes in Kenya have been allocated funding.", "WFP received US$7 million."}, nil},
		{"the Republic of Congo given money is no source", []string{"As of end January, OCHA Pooled Funds allocated $31.7 million to partners.", filler, "In January, CBPFs launched an allocation in Syria and CERF provided funding to Mozambique, the Republic of Congo, Timor-Leste and Zambia."}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lead := tc.paras[0]
			if len(tc.paras) == 2 {
				lead = tc.paras[1] // the amount's sentence, after the one that names the giver
			}
			if got := donorsNearLead(tc.paras, "", lead); !slices.Equal(got, tc.want) {
				t.Errorf("donorsNearLead = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDonorsNearLeadPlaceAndRoundup: in a story about a disaster, the
// stricken country's government speaking is no giver, nor is the first of
// several givers a sentence lists with their amounts.
func TestDonorsNearLeadPlaceAndRoundup(t *testing.T) {
	title := "Charities Appeal for Chad Flood Relief Funds"
	lead := "After the floods that hit Chad last week, charities and aid agencies are raising money for relief."
	for _, tc := range []struct {
		name  string
		paras []string
	}{
		{"the stricken country's government", []string{lead, "The Chadian government's spokesman said the country badly needs tents, food aid and clean water."}},
		{"several givers' amounts in one sentence", []string{lead, "A tracking service counts $9 million in funding so far, including $4 million from Sweden and $2 million from Norway."}},
		// Countries ranked as recipients are no givers, nor is the next in
		// a ranking "followed by".
		{"a ranking of recipients", []string{lead, "Sudan and Chad head the list of recipients with $10 million each, followed by Niger and Mali at $4 million each."}},
		{"each getting an amount", []string{lead, "Somalia and Kenya will be supported, with each getting $3 million, followed by Uganda."}},
		// What one asks of another is no gift, and a country named by
		// what it needs is no giver.
		{"a call for another's contribution", []string{lead, "The funds came amid a call from Chad's President for Libya's contribution to the aid effort to be the reopening of the border."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := donorsNearLead(tc.paras, title, lead); got != nil {
				t.Errorf("donorsNearLead = %q, want none", got)
			}
		})
	}
}

// TestPlacesOfNeed: a title or an announcing sentence names a country of
// need where money goes, where a disaster struck, or by what it needs.
func TestPlacesOfNeed(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Aid Groups Appeal for Nepal Quake Relief", []string{"NPL"}},
		{"Quake donations exceed Peru's need", []string{"PER"}},
		{"Pledges top Peru's reconstruction needs", []string{"PER"}},
		{"Peru's president thanks donors", nil},
	} {
		if got := placesOfNeed(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("placesOfNeed(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWithoutRanges: the two ends of a range ("ranging from $3 million to
// $20 million per country") are no figure given for anything and are left
// out; a gift raised "from $3 million to $5 million" stays for the context
// rules to read.
func TestWithoutRanges(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The funds go to 11 countries, with allocations ranging from $3 million to $20 million per country.", nil},
		{"Each partner gets between €1 million and €5 million.", nil},
		// A range whose scale is stated once, after its upper end.
		{"Chad and Niger will receive from $15-18 million for their operations.", nil},
		{"Each agency gets US$ 4 to 7 million, and $2 million goes to WFP.", []string{"$2 million"}},
		{"Kenya and Uganda will get between $3 million and $9 million.", nil},
		{"It gives $100 million, from $3 million to $20 million each, to 11 countries.", []string{"$100 million"}},
		{"Japan raised its pledge from $3 million to $5 million.", []string{"$3 million", "$5 million"}},
		{"It gives $3 million to WFP and $5 million to UNICEF.", []string{"$3 million", "$5 million"}},
	} {
		var got []string
		for _, a := range releaseAmounts(tc.text, "", nil) {
			got = append(got, a.Stated)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: amounts %q, want %q", tc.text, got, tc.want)
		}
	}
}
