package extract

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBodyYear checks the funding year read from a release's body when
// its title and announcing sentence state none, and the years it leaves.
func TestBodyYear(t *testing.T) {
	const pubCheck = "year taken from the publication date; the release states no funding year"
	for _, tc := range []struct {
		name, title, published string
		paras                  []string
		want                   int
	}{
		{"so far for the year", "Germany gives EUR 45 million to UNRWA", "",
			[]string{"Germany is providing EUR 45 million to UNRWA.", "With this, Germany's total support for UNRWA will reach EUR 48 million so far for 2024."}, 2024},
		{"in the year so far", "Ireland pledges extra €9 million to the CERF", "",
			[]string{"Ireland has pledged an extra €9 million to the CERF.", "The government has contributed €22m to the CERF in 2017 so far."}, 2017},
		{"the year's running sum", "EU provides EUR 2 million to IOM in Iraq", "",
			[]string{"The European Union has provided EUR 2 million to IOM in Iraq.", "This brings the total EU humanitarian contribution IOM Iraq has received in 2019 to EUR 5 million."}, 2019},
		{"the budget it comes from", "EU releases €28.7 million in emergency aid", "",
			[]string{"The European Commission has released €28.7 million in emergency aid.", "\"We are drawing on the last reserves of the Commission's 2016 budget to cover the most urgent needs. In 2017 we will keep supporting the most vulnerable,\" said the Commissioner."}, 2016},
		{"the gift's budget, not next year's", "Norway provides additional NOK 180 million in humanitarian aid", "",
			[]string{"Norway is providing an additional NOK 180 million in humanitarian aid.", "The NOK 180 million in all comes from the humanitarian reserve in the 2015 budget. In the 2016 budget, total humanitarian aid rises by more than NOK 1 billion."}, 2015},
		{"the donor's contribution of the year", "Switzerland supports the ICRC with CHF 5 million", "",
			[]string{"Switzerland is giving CHF 5 million to the ICRC.", "The sum is part of Switzerland's 2022 contribution to the organisation."}, 2022},
		{"the recipient's operations of the year", "Japan gives USD 5 million to UNHCR", "",
			[]string{"Japan has given USD 5 million to UNHCR.", "The funds will support its 2018 operations in Kenya and Somalia."}, 2018},
		{"the donor's support grown in the year", "UNHCR welcomes Denmark's contribution to its appeal", "",
			[]string{"Denmark has given DKK 100 million to UNHCR's appeal.", "It comes on top of Denmark's long and substantial backing of UNHCR, which has grown again in 2020."}, 2020},
		{"a recipient's funding grown in the year gives none", "UNHCR welcomes Denmark's contribution to its appeal", "",
			[]string{"Denmark has given DKK 100 million to UNHCR's appeal.", "UNHCR's funding needs have increased in 2021."}, 0},
		{"part of the donor's contribution to a year's appeal", "Canada funds IOM humanitarian projects in Zimbabwe", "",
			[]string{"The Canadian International Development Agency has made a C$1 million contribution towards IOM's projects in Zimbabwe.", "The funds, which are part of Canada's overall C$3.7 million contribution to IOM's Humanitarian Compendium for 2013, will support emergency shelters."}, 2013},
		// The year of an earlier sum a sentence states beside the gift is
		// not the gift's.
		{"part of an earlier sum's year gives none", "Ireland to give €6 million boost to UN pooled fund", "",
			[]string{"Ireland will give a €6 million boost to a pooled emergency fund.", "The ministry said Ireland gave €30 million as part of its core funding in 2021, with the new €6 million available from March."}, 0},
		{"an earlier year's funding said to be a sum gives none", "Ireland to give €6 million boost to UN pooled fund", "",
			[]string{"Ireland will give a €6 million boost to a pooled emergency fund.", "Its 2021 core funding was €30 million."}, 0},
		{"money to a year's appeal", "Japan gives USD 5 million to UNHCR", "",
			[]string{"Japan has given USD 5 million to UNHCR.", "The contribution goes to UNHCR's Global Appeal for 2015 in Asia."}, 2015},
		{"part of a response that began in a year gives none", "Japan gives USD 5 million to UNHCR", "",
			[]string{"Japan has given USD 5 million to UNHCR.", "The money is part of a response that began in 2012 and goes on."}, 0},
		{"an appeal for a year that is another's gives none", "Japan gives USD 5 million to UNHCR", "",
			[]string{"Japan has given USD 5 million to UNHCR.", "UNHCR's Global Appeal for 2015 asks for $7 billion."}, 0},
		{"the donor's contribution of the year, financial", "Switzerland gives CHF 5 million for Sudan", "",
			[]string{"Switzerland is giving CHF 5 million for people in Sudan.", "In total, Switzerland's 2023 financial contribution to the crisis in Sudan amounts to more than CHF 45 million."}, 2023},
		{"the recipient's work for the year", "UNRWA receives $ 20 million from Kuwait", "",
			[]string{"UNRWA said it has received a $ 20 million grant from Kuwait.", "\"The support will help the Agency keep its programs for 2019 running,\" UNRWA said."}, 2019},
		{"the same figure given in an earlier year gives none", "UNRWA receives $ 20 million from Kuwait", "",
			[]string{"UNRWA said it has received a $ 20 million grant from Kuwait.", "Kuwait has already provided $ 20 million in 2018, which kept schools open."}, 0},
		{"the donor's budget for the year", "Norway increases its support for the response to the pandemic", "",
			[]string{"Norway is increasing its support for the response to the pandemic from NOK 10 million to NOK 100 million.", "Norway has a total humanitarian budget of just over NOK 5.5 billion for 2020."}, 2020},
		{"another donor's budget for a year gives none", "Norway increases its support for the response to the pandemic", "",
			[]string{"Norway is increasing its support for the response to the pandemic from NOK 10 million to NOK 100 million.", "Sweden has a humanitarian budget of SEK 6 billion for 2020."}, 0},
		{"a fiscal year's running sum", "U.S. gives $575 million for four crises", "",
			[]string{"The United States is providing nearly $575 million in humanitarian assistance for four crises.", "This brings the U.S. total for these four crises to more than $1.8 billion since the beginning of Fiscal Year 2017."}, 2017},
		{"the running sum of a fiscal year", "U.S. gives $48 million for Iraq", "",
			[]string{"The United States is providing $48 million in humanitarian assistance for displaced Iraqis.", "This brings the total of the United States’ humanitarian assistance to displaced Iraqis to more than $186 million in fiscal year 2014."}, 2014},
		{"a season, as stated", "WFP receives USD 3 million from Japan", "",
			[]string{"Japan has given WFP USD 3 million.", "The money is for the 2023-2024 lean season in the Sahel."}, 2023},
		{"the gift stated again with its year", "Korea to supply rice to WFP", "",
			[]string{"Korea pledged rice worth 46 billion won ($42.5 million) to WFP.", "On joining the convention, Korea agreed to supply food assistance worth 46 billion won in 2018."}, 2018},
		{"another amount's clause gives none", "UK to add £21m to the emergency fund", "",
			[]string{"The UK will add £21m to the emergency fund.", "The UK gave £55m to the fund in 2017, and the additional £21m will be available from 1 January."}, 0},
		{"years in a list give none", "Japan gives USD 5 million to UNHCR", "",
			[]string{"Japan has given USD 5 million to UNHCR.", "This brings its total support in 2024 and 2025 to USD 10 million."}, 0},
		{"a history since a year gives none", "Korea gives USD 5 million to WFP", "",
			[]string{"Korea has given USD 5 million to WFP.", "This brings Korea's total contribution since 2016 to USD 60 million, with USD 8 million in 2023."}, 0},
		{"a past year's gift gives none", "Canada gives $10 million for Syria", "",
			[]string{"Canada is giving $10 million for Syria.", "In 2016, Canada provided over $100 million in humanitarian assistance."}, 0},
		{"another donor's contribution of the year gives none", "Switzerland supports the ICRC with CHF 5 million", "",
			[]string{"Switzerland is giving CHF 5 million to the ICRC.", "Germany's 2022 contribution was larger."}, 0},
		{"an appeal's year gives none", "Japan gives USD 22 million to UNFPA", "",
			[]string{"Japan has given USD 22 million to UNFPA.", "UNFPA's 2024 humanitarian action appeal calls for $1.2 billion."}, 0},
		{"two years that disagree give none", "Germany gives EUR 45 million to UNRWA", "",
			[]string{"Germany is providing EUR 45 million to UNRWA.", "Germany's total support for UNRWA will reach EUR 48 million so far for 2024.", "The money comes from the Federal Foreign Office's 2023 budget."}, 0},
		{"a year far from the publication date gives none", "Germany gives EUR 45 million to UNRWA", "2021-03-01",
			[]string{"Germany is providing EUR 45 million to UNRWA.", "Germany's total support for UNRWA will reach EUR 48 million so far for 2024."}, 2021},
		{"the title's year wins", "Japan gives USD 5 million to UNHCR for 2011", "",
			[]string{"Japan has given USD 5 million to UNHCR.", "Japan's total support will reach USD 9 million so far for 2012."}, 2011},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Release(Document{Source: "test", Text: tc.title + "\n\n" + joinParas(tc.paras), Published: tc.published})
			if err != nil {
				t.Fatalf("Release: %v", err)
			}
			if r.Year != tc.want {
				t.Errorf("year = %d, want %d", r.Year, tc.want)
			}
			// A year read from the body is stated: only a year taken from
			// the publication date (the one case with a date) says so.
			if got, want := slices.Contains(r.Check, pubCheck), tc.published != ""; got != want {
				t.Errorf("publication-date check = %v, want %v (checks %q)", got, want, r.Check)
			}
		})
	}
}

// TestBodyYearAgreesWithStated reads the body of every tuning release
// whose title or announcing sentence states its year: a year the body
// rule would read there must be the same, or the rule reads stray years.
func TestBodyYearAgreesWithStated(t *testing.T) {
	for _, fx := range loadFixtures(t, filepath.Join("testdata", "releases")) {
		t.Run(fx.name, func(t *testing.T) {
			raw := readFile(t, fx.page)
			doc, err := documentFor(fx.page, raw)
			if err != nil {
				t.Fatal(err)
			}
			w := &work{doc: doc}
			for _, s := range steps {
				if s.name == "year" {
					break
				}
				if err := s.run(w); err != nil {
					t.Skipf("refused before the year step: %v", err)
				}
			}
			year, stated := findYear(w.r.Title, w.lead, w.r.Published)
			if b := bodyYear(w.r, w.page, w.lead); stated && b != 0 && b != year {
				t.Errorf("bodyYear = %d, but the title or announcing sentence states %d", b, year)
			}
		})
	}
}

// TestNoYearFromComparison: a year the title names only in a comparison
// is no funding year; with no other, the release has none and says why.
func TestNoYearFromComparison(t *testing.T) {
	r, err := Release(Document{Source: "test", Text: "Norway to give NOK 50 million boost to relief fund as next year may be harder than 2019\n\n" +
		"Norway will give a NOK 50 million boost to the Central Emergency Response Fund.\n\nThe minister said the needs keep growing.\n"})
	if err != nil {
		t.Fatalf("Release: %v", err)
	}
	if r.Year != 0 || !slices.ContainsFunc(r.Check, func(c string) bool { return strings.HasPrefix(c, "no year: ") }) {
		t.Errorf("year = %d, checks %q; want no year and a no-year check", r.Year, r.Check)
	}
}
