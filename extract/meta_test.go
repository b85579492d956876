package extract

import "testing"

func TestFindYear(t *testing.T) {
	for _, tc := range []struct {
		name, title, lead, published string
		want                         int
		stated                       bool
	}{
		{"for year", "Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011", "", "", 2011, true},
		{"fiscal year", "", "Japan has decided to contribute for fiscal year 2012 to IOM.", "", 2012, true},
		{"its year operations", "", "The gift supports its 2018 operations in Asia.", "2018-02-01", 2018, true},
		{"period first year", "", "Germany gives €8.5 million covering 2021-2023 for Ethiopia.", "", 2021, true},
		{"period with en dash", "", "The fund gives USD 5 million for 2019–20 to WFP.", "", 2019, true},
		{"title year", "UK to add £21m to emergency aid fund in 'bleak' 2018", "The UK gives more.", "2017-12-31", 2018, true},
		{"title year far from publication", "Remembering 2004: Norway gives NOK 5 million", "", "2020-05-01", 2020, false},
		{"title past event", "Five years after the 2015 earthquake, Japan gives $3 million to Nepal", "", "2020-04-25", 2020, false},
		{"title since", "Japan's aid to UNICEF since 2016 tops $100 million", "", "2021-01-10", 2021, false},
		{"title two years", "Norway gives NOK 20 million for 2024 and 2025", "", "", 0, false},
		{"publication only", "Canada gives $5 million to WFP", "Canada gave more today.", "2019-03-02", 2019, false},
		{"nothing", "Canada gives $5 million to WFP", "Canada gave more today.", "", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, stated := findYear(tc.title, tc.lead, tc.published)
			if got != tc.want || stated != tc.stated {
				t.Errorf("findYear = %d, %v; want %d, %v", got, stated, tc.want, tc.stated)
			}
		})
	}
}
