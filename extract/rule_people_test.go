package extract

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestPeopleRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return f.Person + "|" + f.Role }
	for _, tc := range []ruleCase{
		{"role before name", "IOM Director General William Lacy Swing thanked Japan.", []string{"William Lacy Swing|IOM Director General"}},
		{"a head of a department after the name", "It was signed for UNICEF by Ines Varga, Head of the Division of Donor Relations and Resource Mobilisation, in Geneva.",
			[]string{"Ines Varga|Head of the Division of Donor Relations and Resource Mobilisation"}},
		{"name, role", "Yuko Goto, Chief of Mission in Tokyo, said so.", []string{"Yuko Goto|Chief of Mission in Tokyo"}},
		{"a place with a possessive before a role", "During his visit to the camp in Port Mary's Bay, USAID Administrator Mark Green announced the funding.", []string{"Mark Green|USAID Administrator"}},
		{"letters beyond ASCII", "Minister of Foreign Affairs Børge Brende said it.", []string{"Børge Brende|Minister of Foreign Affairs"}},
		{"a name with a capital inside", "Foreign Minister Murray McCully announced the aid.", []string{"Murray McCully|Foreign Minister"}},
		{"a name with a particle", "QFFD Director General Khalifa bin Jassim Al-Kuwari signed it.", []string{"Khalifa bin Jassim Al-Kuwari|QFFD Director General"}},
		{"an institution is no person", "The Director of the White House Office spoke.", nil},
		{"a premier", "ROME -- Visiting Premier Li Keqiang said that China will donate $50 million to FAO.", []string{"Li Keqiang|Visiting Premier"}},
		{"a city before the official is no person", "Speaking at a UN conference in New York, the Minister of State at the Department of Foreign Affairs, Conor Lenihan, said Ireland kept its promises.", nil}, // (the role between commas before the name is not read yet)
		{"a field of work is no name", "Markus Löning, the Federal Government Commissioner for Human Rights Policy and Humanitarian Aid, made a statement.", []string{"Markus Löning|Federal Government Commissioner for Human Rights Policy and Humanitarian Aid"}},
		{"a secretary", "International Development Secretary Penny Mordaunt gave the warning.", []string{"Penny Mordaunt|International Development Secretary"}},
		{"a spokesman's title in small letters before the name", "The gift, announced by Foreign Ministry spokesman Lin Feng on Thursday, helps WFP.", []string{"Lin Feng|Foreign Ministry spokesman"}},
		{"a name, then a spokesperson of four words", "In a statement, Dana Ross, U.S. Department of State spokesperson, says the aid is new.", []string{"Dana Ross|U.S. Department of State spokesperson"}},
		{"an office of several words before the name", "State Secretary of the German Federal Foreign Office Miguel Berger attended the conference.",
			[]string{"Miguel Berger|State Secretary of the German Federal Foreign Office"}},
		{"a portfolio of two words before the name", "European Commissioner for Crisis Management Janez Lenarčič said so.", []string{"Janez Lenarčič|European Commissioner for Crisis Management"}},
		{"a name of three words after the office", "Minister of Foreign Affairs Jonas Gahr Støre said so.", []string{"Jonas Gahr Støre|Minister of Foreign Affairs"}},
		{"a portfolio joined by and", "Minister for International Development Cooperation and Foreign Trade Benjamin Dousa said so.",
			[]string{"Benjamin Dousa|Minister for International Development Cooperation and Foreign Trade"}},
		{"a title marks the name", "German Ambassador to Cairo Dr. Cyrill Jean Nunn signed it.", []string{"Cyrill Jean Nunn|German Ambassador to Cairo"}},
		{"honorifics are not the role", "Minister of State H.E. Sheikh Mohammed bin Abdulrahman Al Thani met him.", []string{"Mohammed bin Abdulrahman Al Thani|Minister of State"}},
		{"honorifics without stops", "Minister of Foreign Affairs H E Sheikh Ahmed bin Saeed Al Thani met him.", []string{"Ahmed bin Saeed Al Thani|Minister of Foreign Affairs"}},
		{"an administrator", "Dr. Rajiv Shah, the Administrator of the U.S. Agency for International Development, announced it.", []string{"Rajiv Shah|Administrator of the U.S. Agency"}},
		{"a country's name is no person's", "The Permanent Representative of the United Arab Emirates spoke.", nil},
		{"the words joining the role to the sentence", "a visit of U.S. President Donald Trump's envoy", []string{"Donald Trump|U.S. President"}},
		{"an ambassador of a country to another", "Ambassador of Japan to Yemen Kenji Yamada attended the signing.", []string{"Kenji Yamada|Ambassador of Japan to Yemen"}},
		{"a minister for a portfolio", "Minister for Foreign Affairs Penny Wong said the funding would help.", []string{"Penny Wong|Minister for Foreign Affairs"}},
		{"a portfolio joined by and after the name", "Andrew Mitchell, British Minister for Development and Africa, signed the agreement.", []string{"Andrew Mitchell|British Minister for Development and Africa"}},
		{"a supervisor general", "Dr. Abdullah Al-Rabeeah, KSrelief General Supervisor, signed the agreement.", []string{"Abdullah Al-Rabeeah|KSrelief General Supervisor"}},
		{"a title in small letters after the name", "“Our hearts go out to the people of Japan,” said Robert A. Iger, the company’s president and CEO.", []string{"Robert A. Iger|company’s president and CEO"}},
		{"a title in small letters and the department it heads", "Göran Holmqvist, head of Sida's humanitarian aid department, said the needs are great.", []string{"Göran Holmqvist|head of Sida's humanitarian aid department"}},
		{"a role ends where another person joins it", "Marwan Al Ghanem, Director General of KFAED and Nisreen Rubaian, UNHCR Representative in Kuwait, signed it.",
			[]string{"Marwan Al Ghanem|Director General of KFAED", "Nisreen Rubaian|UNHCR Representative in Kuwait"}},
		{"a title after 'and' is the next person's", "It was signed by the KSRelief Supervisor General Abdullah Al-Rabeeah, and director WFP in the Arab Gulf States, Abdullah Al-Wardat.",
			[]string{"Abdullah Al-Rabeeah|KSRelief Supervisor General"}},
		{"a portfolio with commas and an acronym, a comma, then the name", "Deputy Assistant Secretary of State for Population, Refugees, and Migration (PRM), Nancy Izzo Jackson and USAID Deputy Assistant Administrator Robert Jenkins announced the aid.",
			[]string{"Robert Jenkins|USAID Deputy Assistant Administrator", "Nancy Izzo Jackson|Deputy Assistant Secretary of State for Population, Refugees, and Migration (PRM)"}},
		{"honorifics before the name after the comma", "According to the statement, Canada's Minister of Immigration, Refugees and Citizenship, Mr Ahmed Hussen, made the announcement.",
			[]string{"Ahmed Hussen|Canada's Minister of Immigration, Refugees and Citizenship"}},
		{"an excellency is no name", "The Minister of International Cooperation and Development, Her Excellency, signed the agreement.", nil},
		{"a hyphenated title before the portfolio", "Japan's Senior Vice-Minister for Foreign Affairs, Yasuhisa Shiozaki, attended the signing.",
			[]string{"Yasuhisa Shiozaki|Japan's Senior Vice-Minister for Foreign Affairs"}},
		{"a head of something is no name", "The head of the agency, said the report, was in Geneva.", nil},
		{"letters in a name that spell a country", "Agriculture Minister Kim Young-rok said so.", []string{"Kim Young-rok|Agriculture Minister"}},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, peopleFacts, nil, sum) })
	}
}
