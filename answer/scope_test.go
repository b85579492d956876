package answer

import (
	"log/slog"
	"slices"
	"strconv"
	"testing"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
)

// TestReleasesOfAsEveryRelease checks that the releases a request narrows
// to through the indexed lists (candidates) are those releaseMatches keeps
// when it reads every release of the corpus, for requests naming years,
// donors, recipients and release ids alone and together.
func TestReleasesOfAsEveryRelease(t *testing.T) {
	c := corpustest.Synthetic(400, 1)
	e := New(slog.New(slog.DiscardHandler), c, nil)
	donors := e.donorNames[:min(3, len(e.donorNames))]
	recipients := recipientNames(e)[:2]
	years := e.years[:min(2, len(e.years))]
	var reqs []request
	for _, y := range [][]int{nil, years[:1], years} {
		for _, d := range [][]string{nil, donors[:1], donors} {
			for _, r := range [][]string{nil, recipients[:1], recipients} {
				reqs = append(reqs, request{years: y, donors: d, recipients: r})
			}
		}
	}
	reqs = append(reqs,
		request{releases: []string{c.Releases[7].ID, c.Releases[3].ID}},
		request{releases: []string{c.Releases[7].ID}, years: []int{c.Releases[7].Year}},
		request{releases: []string{c.Releases[7].ID}, donors: []string{"no such donor"}},
		request{years: []int{1901}},
	)
	for i, req := range reqs {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			var want []*corpus.Release
			for _, r := range c.Releases {
				if releaseMatches(r, req) {
					want = append(want, r)
				}
			}
			if got := e.releasesOf(req); !slices.Equal(got, want) {
				t.Errorf("releasesOf(%+v) = %d releases, want %d", req, len(got), len(want))
			}
		})
	}
}

// TestIntersect checks intersect on ascending ordinals, the shorter
// first, by merging and by lookup.
func TestIntersect(t *testing.T) {
	var evens, first30 ordinals
	for i := int32(0); i < 40; i += 2 {
		evens = append(evens, i)
	}
	for i := int32(0); i < 30; i++ {
		first30 = append(first30, i)
	}
	tests := []struct {
		name    string
		a, b    ordinals
		want    ordinals
		sameAsA bool
	}{
		{name: "merge", a: ordinals{1, 2, 3, 4, 6}, b: ordinals{0, 2, 4, 5, 6, 7}, want: ordinals{2, 4, 6}},
		{name: "merge_none", a: ordinals{1, 3}, b: ordinals{0, 2, 4}, want: ordinals{}},
		{name: "merge_b_ends_first", a: ordinals{5, 9, 12}, b: ordinals{5, 6, 9}, want: ordinals{5, 9}},
		{name: "lookup", a: ordinals{2, 3}, b: first30, want: ordinals{2, 3}, sameAsA: true},
		{name: "lookup_some", a: ordinals{3, 4}, b: evens, want: ordinals{4}},
		{name: "lookup_later", a: ordinals{4, 5}, b: evens, want: ordinals{4}},
		{name: "lookup_none", a: ordinals{3}, b: evens, want: ordinals{}},
		{name: "empty", a: nil, b: evens, want: nil, sameAsA: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := intersect(tt.a, tt.b)
			if !slices.Equal(got, tt.want) {
				t.Errorf("intersect(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if tt.sameAsA && len(got) > 0 && &got[0] != &tt.a[0] {
				t.Errorf("intersect copied a list b holds whole")
			}
		})
	}
}
