package extract

import "testing"

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
		{"Updated: 2015-11-24 17:08", lineDate},
		{"April 09, 2018 23:15", lineDate},
		{"December 16, 2019   |   PNN", lineDate},
		{"June 27, 2024  by  Pledge Times", lineDate},
		{"23:26 GMT 07.07.2022", lineDate},
		{"GENEVA, 12 March 2012 – The Government of Japan has", lineText},
		{"By IOM Press", lineByline},
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
		{"Home  News  Politics  Business  Sports", lineNav},
		{"Home > Press Releases > Press Releases 2021", lineNav},
		{"Home > News releases", lineNav},
		{"Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011", lineText},
		{"By 2012, IOM will have helped 5,000 migrants return home in safety and dignity.", lineText},
		{"Source of funding for the projects is the Japanese government, which has supported IOM since 1993.", lineText},
		{"E-mail:", lineText},
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
	} {
		if got := isoDate(tc.in); got != tc.want {
			t.Errorf("isoDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
