package extract

import (
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestContactRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return f.Person + "|" + f.Office + "|" + f.Phone + "|" + f.Email }
	for _, tc := range []ruleCase{
		{"person at office", "For more information, please contact Yuko Goto at IOM Tokyo, Tel: + 81 3 3595 0108, Email: iomtokyo@iom.int",
			[]string{"Yuko Goto|IOM Tokyo|+ 81 3 3595 0108|iomtokyo@iom.int"}},
		{"label after a colon", "For more information, please contact Fahmia Al-Fotih: Tel: +967 712224016; al-fotih@unfpa.org",
			[]string{"Fahmia Al-Fotih||+967 712224016|al-fotih@unfpa.org"}},
		{"two people", "Contact: Jean Dupont, jdupont@iom.int or Jemini Pandya, jpandya@iom.int",
			[]string{"Jean Dupont|||jdupont@iom.int", "Jemini Pandya|||jpandya@iom.int"}},
		{"an office with its address", "Further information: FDFA Communication, Federal Palace West, CH-3003 Bern, Tel. Press service: +41 58 460 55 55, E-mail: kommunikation@eda.admin.ch",
			[]string{"|FDFA Communication|+41 58 460 55 55|kommunikation@eda.admin.ch"}},
		{"offices with their numbers under a heading without a colon", "Media enquiries, Minister's office: (02) 6277 7500, DFAT Media Liaison: (02) 6261 1555",
			[]string{"|Minister's office|(02) 6277 7500|", "|DFAT Media Liaison|(02) 6261 1555|"}},
		{"an address that holds the word contact", "Kg Sohn, WFP/Seoul, Tel. +82 2 722 7397, contact.seoul@wfp.org",
			[]string{"Kg Sohn|WFP/Seoul|+82 2 722 7397|contact.seoul@wfp.org"}},
		{"a word the page cut off names no one", "For more information, please contact Lankani Sikurajapathy: Tel. +94773411614; si",
			[]string{"Lankani Sikurajapathy||+94773411614|"}},
		{"a number with no one named is no contact", "Tel : 02.727.0114", nil},
		{"an office with no way to reach it is no contact", "Media enquiries: Minister's office, DFAT Media Liaison", nil},
		{"additional information, a mobile number after its label's full stop", "Additional information: Liisa Virtanen, Director of the Unit for Development Policy, mobile tel. +358 50 123 4567",
			[]string{"Liisa Virtanen|Director of the Unit for Development Policy|+358 50 123 4567|"}},
		{"enquiries in a sentence", "Press inquiries should be directed to press@examplefoundation.org.",
			[]string{"|||press@examplefoundation.org"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			contactOnly := func(x *releaseText, p *paragraph) []corpus.Fact {
				p.role = roleContact
				return contactFacts(x, p)
			}
			runRule(t, tc, nil, contactOnly, sum)
		})
	}
}

// TestUnheadedContact reads contact blocks that no "Contact" or "For more
// information" heading opens: lines at the page's end that give a name or
// a press office with a telephone number or an e-mail address, and a
// contact opened inside the last line of text. Lines of the release that
// merely end short are not contacts.
func TestUnheadedContact(t *testing.T) {
	const text = "Korea gives WFP USD 1.5 million for Ukraine\n\n" +
		"The Republic of Korea has given USD 1.5 million to the World Food Programme for families in Ukraine.\n\n" +
		"The food will reach 112,000 people in the next four months across the country.\n\n"
	for _, tc := range []struct {
		name, tail string
		want       []string
	}{
		{"a name and office over a number, under the page's tags", "Ukraine Republic of Korea Emergencies Funding\n\nKg Sohn, WFP/Seoul,\n\nTel. +82 2 722 7397",
			[]string{"Kg Sohn|WFP/Seoul|+82 2 722 7397|"}},
		{"a line each for name, title, office, number and address", "Jane Doe\nCommunications Officer\nIOM Tokyo\nTel: +81 3 3595 0108\nEmail: jdoe@iom.int",
			[]string{"Jane Doe|Communications Officer, IOM Tokyo|+81 3 3595 0108|jdoe@iom.int"}},
		{"a line with two numbers", "Kg Sohn, WFP/Seoul, Tel. +82 2 722 7397, Mob. +82 10 1234 5678",
			[]string{"Kg Sohn|WFP/Seoul|+82 2 722 7397, +82 10 1234 5678|"}},
		{"a heading with no colon over offices", "Media enquiries\nMinister's office: (02) 6277 7500\nDFAT Media Liaison: (02) 6261 1555",
			[]string{"|Minister's office|(02) 6277 7500|", "|DFAT Media Liaison|(02) 6261 1555|"}},
		{"a contact inside the last line of text", "The food will reach the families soon. Media contact: Jane Doe, jdoe@wfp.org",
			[]string{"Jane Doe|||jdoe@wfp.org"}},
		{"a short last line of text is no contact", "WFP thanks Korea for its support.", nil},
		{"a number in the text is no contact", "Families can call the hotline on +380 44 123 4567 for help.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("contact.txt", []byte(text+tc.tail))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			var got []string
			for _, f := range r.Facts {
				if f.Kind == corpus.KindContact {
					got = append(got, f.Person+"|"+f.Office+"|"+f.Phone+"|"+f.Email)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("contacts = %q, want %q", got, tc.want)
			}
		})
	}
}
