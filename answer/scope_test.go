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

// TestIntersect checks intersect on lists in corpus order, the shorter
// first, by merging and by lookup.
func TestIntersect(t *testing.T) {
	rs := make([]*corpus.Release, 40)
	for i := range rs {
		rs[i] = &corpus.Release{ID: "r" + strconv.Itoa(100+i)}
	}
	pick := func(idx ...int) []*corpus.Release {
		var out []*corpus.Release
		for _, i := range idx {
			out = append(out, rs[i])
		}
		return out
	}
	var evens []*corpus.Release
	for i := 0; i < len(rs); i += 2 {
		evens = append(evens, rs[i])
	}
	tests := []struct {
		name    string
		a, b    []*corpus.Release
		want    []*corpus.Release
		sameAsA bool
	}{
		{name: "merge", a: pick(1, 2, 3, 4, 6), b: pick(0, 2, 4, 5, 6, 7), want: pick(2, 4, 6)},
		{name: "merge_none", a: pick(1, 3), b: pick(0, 2, 4), want: pick()},
		{name: "lookup", a: pick(2, 3), b: rs[:30], want: pick(2, 3), sameAsA: true},
		{name: "lookup_some", a: pick(3, 4), b: evens, want: pick(4)},
		{name: "lookup_none", a: pick(3), b: evens, want: pick()},
		{name: "empty", a: nil, b: evens, want: nil, sameAsA: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := intersect(tt.a, tt.b)
			if len(got) != len(tt.want) || len(got) > 0 && !slices.Equal(got, tt.want) {
				t.Errorf("intersect = %v, want %v", ids(got), ids(tt.want))
			}
			if tt.sameAsA && len(got) > 0 && &got[0] != &tt.a[0] {
				t.Errorf("intersect copied a list b holds whole")
			}
		})
	}
}

// ids lists the ids of releases.
func ids(rs []*corpus.Release) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

// TestOfCountryAsFilter checks that the facts about a country a request
// keeps, read through the releases it narrows to, are those filter keeps
// from every fact about the country, in the same order.
func TestOfCountryAsFilter(t *testing.T) {
	c := corpustest.Synthetic(400, 1)
	e := New(slog.New(slog.DiscardHandler), c, nil)
	for _, country := range e.countries[:min(4, len(e.countries))] {
		for _, req := range []request{
			{},
			{years: e.years[:1]},
			{years: e.years[:1], donors: e.donorNames[:1]},
			{recipients: recipientNames(e)[:1]},
		} {
			t.Run(country.Code+"/"+describeScope(req), func(t *testing.T) {
				want := filter(e.byCountry[country.Code], req)
				got := e.ofCountry(country.Code, req)
				if !slices.Equal(got, want) {
					t.Errorf("ofCountry(%s, %+v) = %d facts, want %d", country.Code, req, len(got), len(want))
				}
				kinds := []corpus.Kind{corpus.KindAmount}
				if got, want := e.ofCountry(country.Code, req, kinds...), filter(e.byCountry[country.Code], req, kinds...); !slices.Equal(got, want) {
					t.Errorf("ofCountry(%s, %+v, amount) = %d facts, want %d", country.Code, req, len(got), len(want))
				}
			})
		}
	}
}
