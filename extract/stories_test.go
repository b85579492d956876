package extract

import (
	"strings"
	"testing"
)

// TestReleasesOfAPage: a page of headlines, each with its teaser, is one
// release a story; a release with sub-headings stays one. Every text is
// made up in the shape of real pages.
func TestReleasesOfAPage(t *testing.T) {
	for _, tc := range []struct {
		name   string
		lines  []string
		titles []string
	}{
		{"a tag page of two stories", []string{
			"Japan",
			"Laos, Japan sign grant agreement on scholarships",
			"Laos and Japan have signed a grant agreement on a scholarship project for young officials worth up to JPY 300 million.",
			"Japan funds UN Women programmes for women and girls in the pandemic",
			"The government of Japan has contributed US$2,000,000 to UN Women programmes that protect women and girls facing the pandemic.",
		}, []string{"Laos, Japan sign grant agreement on scholarships", "Japan funds UN Women programmes for women and girls in the pandemic"}},
		{"three stories", []string{
			"Korea gives WFP USD 3 million for Syria",
			"The Republic of Korea has given USD 3 million to the World Food Programme for families in Syria this year.",
			"Norway backs UNICEF schools in Chad with NOK 40 million",
			"Norway has agreed to give NOK 40 million to UNICEF for schools that take in refugee children in eastern Chad.",
			"EU allocates €5 million to flood victims in Pakistan",
			"The European Union has allocated €5 million in humanitarian aid to help the people hit by floods across Pakistan.",
		}, []string{"Korea gives WFP USD 3 million for Syria", "Norway backs UNICEF schools in Chad with NOK 40 million", "EU allocates €5 million to flood victims in Pakistan"}},
		{"a listing of allocations under labels, each with its dated lead", []string{
			"Malawi 2012", "", "3 Feb 2013", "", "CERF provides $2 million for Malawi flood response", "",
			"10 March 2012:  More than $2 million was provided from the CERF in March to help families hit by floods in the south of Malawi.", "",
			"The $2 million provided by the CERF enabled WFP to bring food to 90,000 people.", "",
			"Chad 2012", "", "3 Feb 2013", "", "CERF provides $4 million to address food insecurity in Chad", "",
			"20 October 2012: the Central Emergency Response Fund (CERF) has allocated $4 million to two United Nations agencies in Chad.",
		}, []string{"CERF provides $2 million for Malawi flood response", "CERF provides $4 million to address food insecurity in Chad"}},
		{"a sub-heading on the release's own subject", []string{
			"Korea gives WFP USD 3 million for Syria",
			"The Republic of Korea has given USD 3 million to the World Food Programme for families in Syria this year.",
			"Korea supports WFP school meals in Syria",
			"Of the contribution, USD 1 million will pay for school meals for 20,000 children in Syria.",
		}, []string{"Korea gives WFP USD 3 million for Syria"}},
		{"a sub-heading with no verb", []string{
			"Korea gives WFP USD 3 million for Syria",
			"The Republic of Korea has given USD 3 million to the World Food Programme for families in Syria this year.",
			"School meals in Aleppo",
			"Of the contribution, USD 1 million will pay for meals for 20,000 children in the schools of Aleppo.",
		}, []string{"Korea gives WFP USD 3 million for Syria"}},
		{"a sub-heading after a long first story", []string{
			"Korea gives WFP USD 3 million for Syria",
			"The Republic of Korea has given USD 3 million to the World Food Programme for families in Syria this year.",
			"The money will buy wheat flour, lentils and oil for families who fled the fighting in the north of the country.",
			"WFP said the gift came at a time when its operations in the country were short of money for the winter.",
			"Families in camps depend on the monthly rations, which WFP had to cut twice in the past year for want of funds.",
			"Japan funds a new bakery for displaced families",
			"Japan has also given USD 500,000 to WFP to run a bakery that feeds displaced families in the camps of Idlib.",
		}, []string{"Korea gives WFP USD 3 million for Syria"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, errs := Releases(Document{Source: "page.txt", Text: strings.Join(tc.lines, "\n")})
			if len(errs) > 0 {
				t.Fatalf("Releases: %v", errs)
			}
			var titles []string
			for _, r := range rs {
				titles = append(titles, r.Title)
				// A story's date is its lead's, not the listing's.
				if r.Year != 0 && r.Year != 2012 && strings.Contains(tc.name, "dated lead") {
					t.Errorf("%q: year %d, want its lead's 2012", r.Title, r.Year)
				}
				if _, ok := r.Total(); !ok {
					t.Errorf("%q: no total", r.Title)
				}
			}
			if strings.Join(titles, "|") != strings.Join(tc.titles, "|") {
				t.Errorf("Releases read %q, want %q", titles, tc.titles)
			}
		})
	}
}
