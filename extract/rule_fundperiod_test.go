package extract

import "testing"

// TestFundPeriod checks the span of years read as the period a release's
// money is for, and the wordings that name two years but no such period.
func TestFundPeriod(t *testing.T) {
	for _, tc := range []struct {
		name, title, lead string
		year              int
		stated            bool
		published         string
		want              string
		wantCheck         bool
	}{
		{"two years named together", "Kuwait backs WFP in Yemen", "Kuwait has given KWD 3 million to WFP for 2025 and 2026.", 2025, false, "2025-08-01", "2025-2026", false},
		{"the years named together", "Oman funds UNICEF", "Oman grants USD 4 million to UNICEF for the years 2021 and 2022.", 2021, true, "", "2021-2022", false},
		{"a range with a dash", "Ireland commits €30 million to UNHCR for 2023-2025", "Ireland has committed €30 million to UNHCR.", 2023, true, "", "2023-2025", false},
		{"a range with an en dash over a period", "Belgium supports OCHA", "Belgium gives EUR 12 million to OCHA for the period 2020–2022.", 2020, true, "", "2020-2022", false},
		{"a count with its years in brackets", "Luxembourg renews support", "Luxembourg provides EUR 9 million to the ICRC over three years (2018-2020).", 2018, true, "", "2018-2020", false},
		{"from one year to another", "Finland funds UNFPA", "Finland will give EUR 6 million to UNFPA from 2022 to 2024.", 2022, true, "", "2022-2024", false},
		{"a fiscal year across two calendar years", "Australia provides AUD 5 million", "Australia provides AUD 5 million to IOM in FY2020-21.", 2020, true, "", "2020-2021", false},
		{"the next years counted from the publication", "Denmark pledges DKK 60 million", "Denmark pledges DKK 60 million to UNRWA for the next two years.", 2019, false, "2019-03-02", "2019-2020", true},
		{"a three-year grant", "Sweden signs a three-year grant with UNICEF", "Sweden gives SEK 90 million to UNICEF.", 2024, false, "2024-01-15", "2024-2026", true},
		// Not a funding period.
		{"years of what was done", "Norway gives NOK 20 million to NRC", "In 2023 and 2024 the agency served 40,000 people.", 2025, false, "2025-02-01", "", false},
		{"since a year is a cumulative start", "Japan gives USD 2 million to WFP", "Japan has given USD 2 million, bringing its support since 2016 to USD 30 million.", 2022, false, "2022-02-01", "", false},
		{"a range dating an event", "Canada gives CAD 3 million after the 2019-2021 drought", "Canada gives CAD 3 million to FAO after the drought that lasted 2019-2021.", 2022, false, "2022-05-01", "", false},
		{"two years apart", "Spain funds UNHCR", "Spain gives EUR 2 million for 2021 and 2023.", 2021, true, "", "", false},
		{"multi-year without years or a count", "Germany signs multi-year funding with WFP", "Germany gives EUR 50 million in multi-year funding to WFP.", 2024, false, "2024-01-01", "", false},
	} {
		got, first, check := fundPeriod(tc.title, tc.lead, tc.year, tc.stated, tc.published)
		if got != tc.want || (check != "") != tc.wantCheck {
			t.Errorf("%s: fundPeriod = %q, check %q; want %q, check %v", tc.name, got, check, tc.want, tc.wantCheck)
		}
		if got != "" && first != tc.year {
			t.Errorf("%s: first year %d, want %d", tc.name, first, tc.year)
		}
	}
}
