package corpus

import "testing"

// TestReleaseCovers checks which years a release's funding is for: its
// year, or each year of its period, and none outside.
func TestReleaseCovers(t *testing.T) {
	for _, tc := range []struct {
		year   int
		period string
		ask    int
		want   bool
	}{
		{2021, "", 2021, true},
		{2021, "", 2022, false},
		{2021, "2021-2023", 2022, true},
		{2021, "2021-2023", 2023, true},
		{2021, "2021-2023", 2024, false},
		{2021, "2021-2023", 2020, false},
		{2021, "2023-2021", 2022, false}, // not FIRST-LAST: the year alone
		{0, "", 0, false},
	} {
		r := &Release{Year: tc.year, Period: tc.period}
		if got := r.Covers(tc.ask); got != tc.want {
			t.Errorf("year %d period %q: Covers(%d) = %v, want %v", tc.year, tc.period, tc.ask, got, tc.want)
		}
	}
}
