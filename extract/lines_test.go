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
		{"Beirut, 5 June 2014", lineDate},
		{"Updated: 2015-11-24 17:08", lineDate},
		{"April 09, 2018 23:15", lineDate},
		{"By IOM Press", lineByline},
		{"Source: IOM", lineMeta},
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
