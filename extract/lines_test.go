package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		line string
		want lineKind
	}{
		{"date 2021-03-12", lineDate},
		{"MAR 12, 2022 LISTEN", lineDate},
		{"Posted: 13 Mar 2018", lineDate},
		{"11/11/2025 | Press release | Distributed by Public on 11/11/2025 05:44", lineDate},
		{"Beirut, 5 June 2014", lineDate},
		{"08.08.2011 - Press release", lineDate},
		{"- CBC IN ETHIOPIA: Severe drought leaves millions relying on emergency aid", lineWidget},
		{"READ ALSO: EU Criticizes Nigeria's Low VAT Rate and Lack of Transparency", lineWidget},
		{"- UNICEF: 1.2 million dollars for schools", lineText},
		{"12 March 2019 | Statement", lineDate},
		{"Updated: 2015-11-24 17:08", lineDate},
		{"(Xinhua) Updated: 2016-03-02 08:15", lineDate},
		{"23 11月 2019", lineDate},
		{"* The Hon Jane Smith MP, Minister for Foreign Affairs", lineByline},
		{"Seoul - QNA", lineByline},
		{"Government of Austria", lineSource},
		{"Government Offices of Sweden", lineSource},
		{"Posted April 12, 2024 4:00 pm.", lineDate},
		{"Submit Release", lineWidget},
		{"Share - WeChat", lineWidget},
		{"There were 154 press releases posted in the last 24 hours and 198,034 in the last 365 days.", lineWidget},
		{"World Food Programme (WFP) Download logo", lineWidget},
		{"Distributed by APO Group on behalf of World Food Programme (WFP).", lineWidget},
		{"Ministry of Foreign Affairs of Japan", lineSource},
		{"Source ReliefWeb", lineMeta},
		{"Download report (Arabic) (PDF | 301.2 KB)", lineMeta},
		{"Disaster Fund (AKF). The money will help fight the humanitarian crises in", lineText},
		{"statement said.", lineText},
		{"disasters all at once: Yemen gets 20 million dollars and Ethiopia 15 million", lineText},
		{"Kuwait City — KUNA", lineByline},
		{"Japan - WFP", lineText},
		{"April 09, 2018 23:15", lineDate},
		{"December 16, 2019   |   PNN", lineDate},
		{"June 27, 2024  by  Pledge Times", lineDate},
		{"23:26 GMT 07.07.2022", lineDate},
		{"17-10-2023", lineDate},
		{"Published on 17-10-2023", lineDate},
		{"2017.03.29", lineDate},
		{"2017/03/29", lineDate},
		{"Mon 12 Mar 2022", lineDate},
		{"Tue, 03/12/2022 - 10:21", lineDate},
		{"October 17, 2023 at 10:20 am", lineDate},
		{"Last updated: 2023-10-17T10:20:00Z", lineDate},
		{"March 12th, 2022", lineDate},
		{"GENEVA, 12 March 2012 – The Government of Japan has", lineText},
		{"By IOM Press", lineByline},
		{"Darpan News Desk The Canadian Press, 19 Aug, 2020 07:04 PM", lineByline},
		{"Faizan Hashmi 12 hours ago Fri 14th June 2019 | 10:20 PM", lineByline},
		{"Source: IOM", lineMeta},
		{"Joint media release", lineMeta},
		{"The Hon Scott Morrison MP, Prime Minister", lineByline},
		{"Senator the Hon. Marise Payne, Minister for Foreign Affairs", lineByline},
		{"Hon Nanaia Mahuta", lineByline},
		{"The Hon Christopher Pyne MP, Minister for Defence", lineByline},
		{"The Hon Scott Morrison MP announced new funding.", lineText},
		{"For Immediate Release", lineMeta},
		{"FOR IMMEDIATE RELEASE", lineMeta},
		{"Format: News and Press Release", lineMeta},
		{"Country: World, Afghanistan, Bangladesh, Djibouti, Kenya", lineMeta},
		{"Share  Facebook  Twitter  LinkedIn", lineWidget},
		{"Share On", lineWidget},
		{"norway-gives-20-million-kroner-to-sudan", lineWidget},
		{"6-ways-aid-reached-people-this-year", lineWidget},
		{"well-to-do", lineText},
		{"0800-123-456-789", lineText},
		{"- Published: 19 August 2024", lineMeta},
		{"- Foilsithe: 19 Lúnasa 2024", lineMeta},
		{"- An t-eolas is déanaí: 12 Aibreán 2025", lineMeta},
		{"- Ireland: €20 million for the year 2024", lineText},
		{"You are viewing:", lineWidget},
		{"We’re building a new example.org.", lineWidget},
		{"As we swap out old for new, pages will be in transition. Thanks for bearing with us while we rebuild the site.", lineWidget},
		{"We are building a new school for 500 children with this grant.", lineText},
		{"Note: Content in this archive site is NOT UPDATED, and links may not work.", lineWidget},
		{"You are entering the 2009-2017 Archive for the", lineWidget},
		{"U.S. Department of State web site.", lineWidget},
		{"If you are looking for current information, visit www.state.gov.", lineWidget},
		{"The web site of the embassy lists every grant the United States gave Kenya in 2019.", lineText},
		{"Home  News  Politics  Business  Sports", lineNav},
		{"Home > Press Releases > Press Releases 2021", lineNav},
		{"Home > News releases", lineNav},
		{"Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011", lineText},
		{"By 2012, IOM will have helped 5,000 migrants return home in safety and dignity.", lineText},
		{"Source of funding for the projects is the Japanese government, which has supported IOM since 1993.", lineText},
		{"E-mail:", lineText},
		// A time before the date, a bar or a slash between them, a trailing
		// comma, ReliefWeb's "View Original", a byline before a bar or a
		// dash and the date.
		{"08:27, March 3, 2014", lineDate},
		{"2019.05.02 / 09:41", lineDate},
		{"Published on 3 Mar 2014 View Original", lineDate},
		{"Last modification 03.03.2014", lineDate},
		{"Posted March. 03, 2014 09:41,", lineDate},
		{"Ana Soto | March 3, 2014", lineByline},
		{"Staff Correspondent - 2014-03-03 09:41", lineByline},
		{"Read Time:2 Minute, 5 Second", lineMeta},
		{"MENAFN03032014000071011013ID1101234567", lineWidget},
		{"Chile gives $2 million to Peru | March 3, 2014", lineText},
	} {
		if got := classify(tc.line); got != tc.want {
			t.Errorf("classify(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestIsoDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2021-03-12", "2021-03-12"},
		{"12 March 2018", "2018-03-12"},
		{"December 16, 2019", "2019-12-16"},
		{"07.07.2022", "2022-07-07"},
		{"12/03/2021", "2021-03-12"},
		{"March 2018", ""},
		{"September 10th, 2019", "2019-09-10"},
		{"1st March 2020", "2020-03-01"},
		{"17-10-2023", "2023-10-17"},
		{"2017.03.29", "2017-03-29"},
		{"2017/03/29", "2017-03-29"},
		{"2023-10-17T10:20:00Z", "2023-10-17"},
		{"6 4月 2022", "2022-04-06"},
		{"2019年11月23日", "2019-11-23"},
		{"Sept. 23, 2021", "2021-09-23"},
		{"5 Sept 2018", "2018-09-05"},
		// French dates: the month's name in French, the first "1er".
		{"12 mars 2021", "2021-03-12"},
		{"1er mai 2019", "2019-05-01"},
		{"3 Août 2020", "2020-08-03"},
		// Spanish dates: "de" around the month.
		{"12 de marzo de 2021", "2021-03-12"},
		{"1 de Septiembre de 2019", "2019-09-01"},
		// The day of the week tells which figure is the month.
		{"Fri, 04/12/2019", "2019-04-12"},
		{"Wed 04/12/2019", "2019-12-04"},
		{"Friday 4-12-2019", "2019-04-12"},
		{"Fri, 12 April 2019", "2019-04-12"},
	} {
		if got := isoDate(tc.in); got != tc.want {
			t.Errorf("isoDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDateLineIsPublication: a date line in any common form above or
// below the headline is the publication date, never a paragraph, and a
// release stating no funding year takes its year from it, labelled so.
func TestDateLineIsPublication(t *testing.T) {
	for _, tc := range []struct{ name, line, want string }{
		{"day-month-year with dashes", "17-10-2023", "2023-10-17"},
		{"year first with dots", "2017.03.29", "2017-03-29"},
		{"year first with slashes", "2017/03/29", "2017-03-29"},
		{"posted on", "Posted on 17-10-2023", "2023-10-17"},
		{"a weekday and a time", "Tue, 12 Mar 2022 - 10:21", "2022-03-12"},
		{"a timestamp", "Last updated: 2022-03-12T10:20:00Z", "2022-03-12"},
		{"a correspondent's line", "Staff Correspondent - 2022-03-12 07:14", "2022-03-12"},
		{"a date, a slash and a time", "2022.03.12 / 17:48", "2022-03-12"},
		{"a writer's name, a bar and the date", "Ana Soto | March 12, 2022", "2022-03-12"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := "Denmark gives DKK 50 million to WFP in Sudan\n\n" + tc.line + "\n\n" +
				"Denmark has given DKK 50 million to the World Food Programme to feed families in Sudan.\n\n" +
				"The money pays for food and cash for the coming months.\n"
			r, err := Ingest("dated.txt", []byte(page))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			if r.Published != tc.want {
				t.Errorf("Published = %q, want %q", r.Published, tc.want)
			}
			for _, p := range r.Paragraphs {
				if strings.Contains(p, tc.line) {
					t.Errorf("date line kept as paragraph %q", p)
				}
			}
			if y := tc.want[:4]; fmt.Sprint(r.Year) != y || !slices.ContainsFunc(r.Check, func(c string) bool { return strings.Contains(c, "publication date") }) {
				t.Errorf("Year = %d, check %q; want %s from the publication date", r.Year, r.Check, y)
			}
		})
	}
}

// TestNoPublicationFromSinceLines: an author box's "Author Since: ..." or a
// profile's "Member since ..." under a repost tells when a person joined the
// site, not when the story was published.
func TestNoPublicationFromSinceLines(t *testing.T) {
	for _, foot := range []string{"Author Since: Dec 03, 2021", "Member since 12 May 2019", "Joined: 2020-01-04"} {
		text := "Finland gives EUR 13.5 million in humanitarian aid\n\n" +
			"Finland has granted EUR 13.5 million to the World Food Programme for its work in 2023.\n\n" +
			"The money goes to Syria and South Sudan.\n\nRelated Post\n\n" + foot + "\n"
		r, err := Ingest("since.txt", []byte(text))
		if err != nil {
			t.Fatalf("%q: Ingest: %v", foot, err)
		}
		if r.Published != "" || r.Year != 2023 {
			t.Errorf("%q: Published = %q, Year = %d; want no publication date and the year 2023 the text states", foot, r.Published, r.Year)
		}
	}
}

// TestPublicationAmongDateLines: of several date lines, the publication
// date is the one nearest the text above it that is not an update (a
// site's "today" above the headline is not), an update only when no other
// is given.
func TestPublicationAmongDateLines(t *testing.T) {
	const text = "Finland gives EUR 13.5 million in humanitarian aid\n\n%s\n\n" +
		"Finland has granted EUR 13.5 million in humanitarian aid to the World Food Programme and UNICEF.\n\n" +
		"The money goes to Syria, South Sudan and the Central African Republic.\n"
	for _, tc := range []struct{ name, top, want string }{
		{"a site's today above the headline, the article's date below", "Monday, 10 February, 2025\nHome NATIONAL Finland gives aid\nThu, 18 Dec, 2014 01:39:20 AM", "2014-12-18"},
		{"published, then updated", "Published: 12 Mar 2022\nUpdated: 15 Mar 2022", "2022-03-12"},
		{"an update alone, with a time zone", "Updated: Jul 25, 2022 08:39 IST", "2022-07-25"},
		{"published, then the last modification", "Published: 12 Mar 2022\nLast modification 15.03.2022", "2022-03-12"},
		{"a wire's update line", "(Xinhua) Updated: 2016-03-02 08:15", "2016-03-02"},
		{"an American site's date with its day of the week", "Fri, 04/12/2019 - 11:08", "2019-04-12"},
		{"a site's today above the headline, a wire byline's date below it", "Monday, October 7, 2024\nADVT\nFinland gives EUR 13.5 million in humanitarian aid\nDarpan News Desk The Canadian Press, 19 Aug, 2020 07:04 PM\n  • Finland gives EUR 13.5 million in humanitarian aid", "2020-08-19"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("dated.txt", []byte(fmt.Sprintf(text, tc.top)))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			if r.Published != tc.want {
				t.Errorf("Published = %q, want %q", r.Published, tc.want)
			}
			if r.Title != "Finland gives EUR 13.5 million in humanitarian aid" {
				t.Errorf("Title = %q", r.Title)
			}
		})
	}
}

// TestDateOfFiguresByDateline: a date of figures that reads both ways
// ("7/6/2025") is read the way the story's dateline names it ("KUWAIT,
// July 6 (KUNA)" makes it 6 July); without a dateline, day first.
func TestDateOfFiguresByDateline(t *testing.T) {
	for _, tc := range []struct{ dateline, want string }{
		{"DOHA, March 4 (QNA) -- ", "2024-03-04"},
		{"DOHA, 3 April (QNA) -- ", "2024-04-03"},
		{"", "2024-04-03"},
	} {
		page := "Qatar gives USD 5 million to UNHCR\n\nDate 3/4/2024 10:15:00 AM\n\n" + tc.dateline +
			"Qatar has given USD 5 million to UNHCR for refugees in Chad.\n\nThe money pays for shelter.\n"
		r, err := Ingest("dated.txt", []byte(page))
		if err != nil {
			t.Fatalf("Ingest: %v", err)
		}
		if r.Published != tc.want {
			t.Errorf("%q: Published = %q, want %q", tc.dateline, r.Published, tc.want)
		}
	}
}
