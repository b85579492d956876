package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
)

// TestParagraphsScoredAsBleve holds searchParagraphs, which scores the
// paragraphs of a few named releases itself, to what Bleve finds for the
// same query: the same paragraphs, in the same order, with the same
// scores. The queries mix rare, common and unknown words (each of
// buildQuery's plans) with every filter a paragraph has, over a persisted
// index (one merged segment, as `fundbot serve` reads) and a temporary one
// in memory (several segments).
func TestParagraphsScoredAsBleve(t *testing.T) {
	c := corpustest.Synthetic(400, 3)
	for _, tc := range []struct {
		name string
		dir  string
	}{
		{"persisted", filepath.Join(t.TempDir(), "idx")},
		{"in memory", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := openTest(t, tc.dir, c)
			defer x.Close()
			// Common words hold in more than limit documents; lower
			// it so that this small corpus has common words too.
			x.words.limit = 300
			pw := x.paragraphWords(true)
			if pw == nil {
				t.Fatal("paragraphWords(true) = nil")
			}
			checked, compared, underscored := 0, 0, 0
			plans := map[string]int{}
			for _, q := range paragraphQueries(c, 300) {
				if !scoresParagraphs(q) {
					t.Fatalf("scoresParagraphs(%+v) = false", q)
				}
				rare, common, absent := x.words.terms(q.Text)
				plans[fmt.Sprintf("rare %t, common %d, absent %t", len(rare) > 0, min(len(common), 2), len(absent) > 0)]++
				// Bleve's scores of q's text over the whole index, with
				// no filter: see sameHits.
				ref := map[where]float64{}
				plan := x.words.buildQuery(Query{Text: q.Text, Type: Paragraphs})
				for _, bq := range []query.Query{plan.q, plan.broader} {
					if bq == nil {
						continue
					}
					all, _, err := x.search(context.Background(), bq, true, len(pw.norms), false)
					if err != nil {
						t.Fatalf("search(%q): %v", q.Text, err)
					}
					for _, h := range all {
						if _, ok := ref[places([]Hit{h})[0]]; !ok || bq == plan.broader {
							ref[places([]Hit{h})[0]] = h.Score
						}
					}
				}
				// The whole list first: a hit Bleve under-scores (see
				// sameHits) may fall out of its first three, so the first
				// three are compared with the whole list's, its scores
				// mended, not with Bleve's own page of three.
				var all []Hit
				for _, size := range []int{2000, 3} {
					q.Size = size
					got, err := x.searchParagraphs(context.Background(), pw, q, size)
					if err != nil {
						t.Fatalf("searchParagraphs(%+v): %v", q, err)
					}
					want, err := x.searchBleve(context.Background(), q, size)
					if err != nil {
						t.Fatalf("searchBleve(%+v): %v", q, err)
					}
					if size < 2000 && len(all) < 2000 {
						want = slices.Clone(all[:min(size, len(all))])
					}
					msg, n := sameHits(got, want, ref, size < 2000)
					if size == 2000 {
						all = want // as sameHits left it: scores mended, reordered
					}
					if msg != "" {
						t.Errorf("query %+v, size %d: %s\n got %v\nwant %v", q, size, msg, got, want)
					}
					if size == 2000 {
						underscored += n
						compared += len(want)
					}
					if len(want) > 0 {
						checked++
					}
				}
			}
			t.Logf("%d of %d hits underscored by Bleve with filters", underscored, compared)
			if underscored > compared/50 {
				t.Errorf("%d of %d hits scored differently by Bleve with and without filters: more than its known under-scoring", underscored, compared)
			}
			if checked < 300 {
				t.Errorf("only %d searches found anything: the test compares too little", checked)
			}
			// Every plan of buildQuery's is compared.
			for _, plan := range []string{"rare true, common 0, absent false", "rare true, common 2, absent false",
				"rare true, common 0, absent true", "rare false, common 2, absent false",
				"rare false, common 1, absent true", "rare false, common 0, absent true"} {
				if plans[plan] == 0 {
					t.Errorf("no query with %s: %v", plan, plans)
				}
			}
		})
	}
}

// sameHits compares hits scored here with Bleve's: the same paragraphs in
// the same order, scores equal but for rounding. With cut, where equally
// scored hits straddle the last place Bleve picks among them by its
// document order and searchParagraphs by compareOrder: only their scores
// are compared there.
//
// Bleve, with the release filter in a conjunction over a merged segment,
// sometimes leaves out the score of the text's common words (a Boolean
// query's should clause) for a paragraph that holds them: two paragraphs
// holding the same words score differently. Such a hit is compared with
// ref, Bleve's scores of the same text over the whole index without
// filters, where it scores as here; n counts them. The order is then
// compared by the scores alone.
func sameHits(got, want []Hit, ref map[where]float64, cut bool) (msg string, n int) {
	if len(got) != len(want) {
		return fmt.Sprintf("%d hits, want %d", len(got), len(want)), 0
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Abs(b) }
	reordered := false
	for i, w := range want {
		if r, ok := ref[places([]Hit{w})[0]]; ok && !near(w.Score, r) && w.Score < r {
			want[i].Score = r
			n++
			reordered = true
		}
	}
	if reordered {
		slices.SortStableFunc(want, func(a, b Hit) int {
			if near(a.Score, b.Score) {
				return compareOrder(a, b)
			}
			return cmp.Compare(b.Score, a.Score)
		})
		cut = true // Bleve's page may have been cut at other hits
	}
	for i := range got {
		g, w := got[i], want[i]
		if !near(g.Score, w.Score) {
			return fmt.Sprintf("hit %d scores %v, want %v", i, g.Score, w.Score), n
		}
		tied := cut && near(w.Score, want[len(want)-1].Score)
		if !tied && (g.Release != w.Release || g.Paragraph != w.Paragraph || g.Type != w.Type || g.Fact != w.Fact) {
			return fmt.Sprintf("hit %d is %s/%d, want %s/%d", i, g.Release, g.Paragraph, w.Release, w.Paragraph), n
		}
	}
	return "", n
}

// paragraphQueries returns n searches of paragraphs within named releases
// of c, as the answer engine makes them, with random words and filters.
func paragraphQueries(c *corpus.Corpus, n int) []Query {
	rng := rand.New(rand.NewPCG(7, 8))
	pick := func() *corpus.Release { return c.Releases[rng.IntN(len(c.Releases))] }
	word := func() string {
		r := pick()
		ws := strings.Fields(r.Paragraphs[rng.IntN(len(r.Paragraphs))])
		return ws[rng.IntN(len(ws))]
	}
	texts := []func() string{
		func() string { return word() },
		func() string { return word() + " " + word() + " " + word() },
		func() string {
			return "How much did " + pick().Donors[0] + " give to " + pick().Recipient + " in 2011?"
		},
		func() string { return "the humanitarian funding for operations" },
		func() string { return "humanitarian operations" },
		func() string { return "humanitarian zyxwvut" },
		func() string { return word() + " zyxwvut" },
	}
	var qs []Query
	for len(qs) < n {
		q := Query{Text: texts[rng.IntN(len(texts))](), Type: Paragraphs}
		anchor := pick()
		for range 1 + rng.IntN(64) {
			q.Releases = append(q.Releases, pick().ID)
		}
		q.Releases = append(q.Releases, anchor.ID)
		switch rng.IntN(8) {
		case 0:
			q.Year = anchor.Year
		case 1:
			q.Donor = strings.ToUpper(anchor.Donors[0])
		case 2:
			q.Release = anchor.ID
		case 3, 4:
			for _, f := range anchor.Facts {
				if f.Country != "" {
					q.Country = strings.ToLower(f.Country)
					break
				}
			}
		case 5:
			for _, f := range anchor.Facts {
				if g := f.RegionNames(); len(g) > 0 {
					q.Region = g[0]
					break
				}
			}
		}
		qs = append(qs, q)
	}
	return qs
}

// TestSearchBeforeAndAfterPrepare checks that a search of paragraphs within
// named releases finds the same before the paragraphs' words are read (by
// Bleve) and after (scored here), that they are read in the background
// after readAfter such searches, and that Close stops a reading under way.
func TestSearchBeforeAndAfterPrepare(t *testing.T) {
	c := handMade(t)
	q := Query{Text: "refugees in Pakistan winter", Type: Paragraphs, Releases: []string{"iom-japan-2011", "unhcr-norway-2015"}}
	x := openTest(t, "", c)
	before, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search before Prepare: %v", err)
	}
	x.Prepare()
	if x.paragraphs.words.Load() == nil {
		t.Fatal("Prepare read no paragraph words")
	}
	after, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search after Prepare: %v", err)
	}
	if !slices.Equal(places(before), places(after)) || len(after) == 0 {
		t.Errorf("Search(%+v) = %v before Prepare, %v after", q, places(before), places(after))
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}

	// A few searches are Bleve's alone; the readAfter-th starts reading
	// the words in the background. Close while they are read, and after:
	// nothing is left running (the race detector and the test's end would
	// show it).
	x = openTest(t, "", c)
	for i := range readAfter {
		if i == readAfter-1 && x.paragraphs.done != nil {
			t.Fatalf("the paragraph words were read after %d searches, want %d", i, readAfter)
		}
		if _, err := x.Search(context.Background(), q); err != nil {
			t.Fatal(err)
		}
	}
	if x.paragraphs.done == nil {
		t.Fatalf("the paragraph words were not read after %d searches", readAfter)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	x.Prepare() // returns at once: nothing is read after Close
}
