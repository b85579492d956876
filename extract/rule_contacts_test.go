package extract

import (
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
