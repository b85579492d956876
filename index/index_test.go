package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
	"github.com/fundbot/fundbot/internal/testlog"
)

// testLog is an io.Writer that passes each log line to t.Log and keeps a
// copy, so a test can check what was logged.
// handMade is a small corpus written for these tests, in the seed's style.
func handMade(t testing.TB) *corpus.Corpus {
	t.Helper()
	japan := &corpus.Release{
		ID: "iom-japan-2011", Title: "Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011",
		Donors: []string{"Japan"}, Recipient: "IOM", Year: 2011,
		Paragraphs: []string{
			"The Japanese government has committed a total of USD 37.9 million in funding to IOM humanitarian operations in 2011.",
			"The funded projects, in Afghanistan, Kenya and Pakistan, will help flood affected individuals rebuild their lives.",
			"Pakistan will receive roughly 25 per cent of the total, the largest share.",
			"For more information please contact Yuko Goto at IOM Tokyo, Tel: +81 3 3595 0108.",
		},
		Facts: []corpus.Fact{
			{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Donor: "Japan", Recipient: "IOM", Year: 2011,
				Sentence: "The Japanese government has committed a total of USD 37.9 million in funding to IOM humanitarian operations in 2011.",
				Amount:   &corpus.Amount{Stated: "USD 37.9 million", Value: 37.9e6, Currency: "USD"}},
			{Kind: corpus.KindDestination, Paragraph: 2, Country: "KEN", CountryName: "Kenya",
				Sentence: "The funded projects, in Afghanistan, Kenya and Pakistan, will help flood affected individuals rebuild their lives."},
			{Kind: corpus.KindShare, Paragraph: 3, Country: "PAK", CountryName: "Pakistan", Share: "roughly 25 per cent", Percent: 25, Largest: true,
				Sentence: "Pakistan will receive roughly 25 per cent of the total, the largest share."},
			{Kind: corpus.KindContact, Paragraph: 4, Person: "Yuko Goto", Office: "IOM Tokyo", Phone: "+81 3 3595 0108",
				Sentence: "For more information please contact Yuko Goto at IOM Tokyo, Tel: +81 3 3595 0108."},
		},
	}
	norway := &corpus.Release{
		ID: "unhcr-norway-2015", Title: "Norway makes a donation of NOK 50 million to UNHCR",
		Donors: []string{"Norway"}, Recipient: "UNHCR", Year: 2015,
		Paragraphs: []string{
			"Norway has made a donation of USD 6 million to UNHCR for Syrian refugees in Jordan and Lebanon.",
			"Some 40,000 refugees in Jordan will receive cash assistance for the winter.",
		},
		Facts: []corpus.Fact{
			{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Donor: "Norway", Recipient: "UNHCR",
				Sentence: "Norway has made a donation of USD 6 million to UNHCR for Syrian refugees in Jordan and Lebanon.",
				Amount:   &corpus.Amount{Stated: "USD 6 million", Value: 6e6, Currency: "USD"}},
			{Kind: corpus.KindBeneficiaries, Paragraph: 2, Country: "JOR", CountryName: "Jordan", Count: 40000, CountStated: "Some 40,000", Who: "refugees",
				Sentence: "Some 40,000 refugees in Jordan will receive cash assistance for the winter."},
		},
	}
	for _, r := range []*corpus.Release{japan, norway} {
		for i := range r.Facts {
			r.Facts[i].Release = r.ID
		}
	}
	c, err := corpus.New([]*corpus.Release{japan, norway}, "")
	if err != nil {
		t.Fatalf("corpus.New: %v", err)
	}
	return c
}

func openTest(t testing.TB, dir string, c *corpus.Corpus) *Index {
	t.Helper()
	lg, _ := testlog.New(t)
	x, err := Open(lg, dir, c)
	if err != nil {
		t.Fatalf("Open(%q): %v", dir, err)
	}
	t.Cleanup(func() {
		if err := x.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return x
}

// where names a hit without its score.
type where struct {
	Type      DocType
	Release   string
	Paragraph int
	Fact      int
}

func places(hits []Hit) []where {
	out := make([]where, len(hits))
	for i, h := range hits {
		out[i] = where{h.Type, h.Release, h.Paragraph, h.Fact}
	}
	return out
}

func para(release string, n int) where { return where{Paragraphs, release, n, -1} }
func fact(release string, paragraph, i int) where {
	return where{Facts, release, paragraph, i}
}

const (
	jp = "iom-japan-2011"
	no = "unhcr-norway-2015"
)

func TestSearch(t *testing.T) {
	x := openTest(t, "", handMade(t))
	tests := []struct {
		name    string
		q       Query
		want    []where
		ordered bool // false: compare as sets (several hits may score alike)
	}{
		{name: "country code", q: Query{Type: Facts, Country: "KEN"}, want: []where{fact(jp, 2, 1)}},
		{name: "country code any case", q: Query{Type: Facts, Country: "ken"}, want: []where{fact(jp, 2, 1)}},
		{name: "country on paragraphs", q: Query{Type: Paragraphs, Country: "PAK"}, want: []where{para(jp, 3)}},
		{name: "kind", q: Query{Kind: corpus.KindShare}, want: []where{fact(jp, 3, 2)}},
		{name: "kind contact", q: Query{Kind: corpus.KindContact}, want: []where{fact(jp, 4, 3)}},
		{name: "donor lower case", q: Query{Type: Facts, Donor: "japan"}, ordered: true,
			want: []where{fact(jp, 1, 0), fact(jp, 2, 1), fact(jp, 3, 2), fact(jp, 4, 3)}},
		{name: "donor upper case", q: Query{Type: Facts, Donor: "NORWAY"}, ordered: true,
			want: []where{fact(no, 1, 0), fact(no, 2, 1)}},
		{name: "year of release applies to facts", q: Query{Type: Facts, Year: 2015}, ordered: true,
			want: []where{fact(no, 1, 0), fact(no, 2, 1)}},
		{name: "year no match", q: Query{Year: 1999}},
		{name: "release", q: Query{Release: no, Type: Paragraphs}, ordered: true, want: []where{para(no, 1), para(no, 2)}},
		{name: "filters only, both types, release then paragraphs before facts", q: Query{Release: no}, ordered: true,
			want: []where{para(no, 1), para(no, 2), fact(no, 1, 0), fact(no, 2, 1)}},
		{name: "size", q: Query{Release: no, Size: 1}, want: []where{para(no, 1)}},
		{name: "releases", q: Query{Releases: []string{no, "no-such-release"}, Type: Paragraphs}, ordered: true,
			want: []where{para(no, 1), para(no, 2)}},
		{name: "releases both", q: Query{Releases: []string{no, jp}, Type: Facts, Kind: corpus.KindShare},
			want: []where{fact(jp, 3, 2)}},
		{name: "releases and text", q: Query{Text: "refugees Pakistan", Releases: []string{no}, Type: Paragraphs},
			want: []where{para(no, 1), para(no, 2)}},
		{name: "releases none of them", q: Query{Text: "refugees Pakistan", Releases: []string{"no-such-release"}}},
		{name: "stemmed funded finds funding", q: Query{Text: "funded", Type: Paragraphs},
			want: []where{para(jp, 1), para(jp, 2)}},
		{name: "stemmed donates finds donation", q: Query{Text: "donates", Type: Paragraphs},
			want: []where{para(no, 1)}},
		{name: "stemmed refugee finds refugees", q: Query{Text: "refugee", Type: Facts},
			want: []where{fact(no, 1, 0), fact(no, 2, 1)}},
		{name: "label words", q: Query{Text: "largest share", Type: Facts}, want: []where{fact(jp, 3, 2)}},
		{name: "text and filter", q: Query{Text: "refugees Pakistan", Donor: "Norway", Type: Paragraphs},
			want: []where{para(no, 1), para(no, 2)}},
		{name: "country not in corpus", q: Query{Country: "ZZZ"}},
		{name: "stop words only", q: Query{Text: "the of and"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := x.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatalf("Search(%+v): %v", tt.q, err)
			}
			var opts []cmp.Option
			if !tt.ordered {
				opts = append(opts, cmpopts.SortSlices(func(a, b where) bool {
					return orderKey(a.Type, a.Release, a.Paragraph*100+a.Fact) < orderKey(b.Type, b.Release, b.Paragraph*100+b.Fact)
				}))
			}
			if diff := cmp.Diff(tt.want, places(hits), append(opts, cmpopts.EquateEmpty())...); diff != "" {
				t.Errorf("Search(%+v) mismatch (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func TestSearchBestFirst(t *testing.T) {
	x := openTest(t, "", handMade(t))
	hits, err := x.Search(context.Background(), Query{Text: "Pakistan largest share", Type: Paragraphs})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) < 2 {
		t.Fatalf("Search: %d hits, want at least 2", len(hits))
	}
	if got, want := places(hits)[0], para(jp, 3); got != want {
		t.Errorf("best hit = %+v, want %+v", got, want)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Errorf("hit %d scores %v, more than hit %d (%v)", i, hits[i].Score, i-1, hits[i-1].Score)
		}
	}
}

// TestFiltersDoNotScore checks that a filter narrows the hits without
// changing their scores. (With text, Type is no filter: it chooses the
// fields searched, so both searches name it.)
func TestFiltersDoNotScore(t *testing.T) {
	x := openTest(t, "", handMade(t))
	ctx := context.Background()
	all, err := x.Search(ctx, Query{Text: "refugees winter", Type: Facts, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	score := map[where]float64{}
	for _, h := range all {
		score[places([]Hit{h})[0]] = h.Score
	}
	for _, q := range []Query{
		{Text: "refugees winter", Donor: "norway", Year: 2015, Type: Facts, Size: 100},
		{Text: "refugees winter", Releases: []string{no}, Type: Facts, Size: 100},
		{Text: "refugees winter", Releases: []string{no, jp}, Year: 2015, Type: Facts, Size: 100},
	} {
		filtered, err := x.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(filtered) == 0 {
			t.Fatalf("filtered search %+v found nothing", q)
		}
		for _, h := range filtered {
			w := places([]Hit{h})[0]
			if got, want := h.Score, score[w]; got != want {
				t.Errorf("score of %+v with filters %+v = %v, want %v as without", w, q, got, want)
			}
		}
	}
}

// TestTieOrder checks that documents that score alike come in release,
// type and position order, on a corpus big enough for several segments.
func TestTieOrder(t *testing.T) {
	c := corpustest.Synthetic(200, 1)
	x := openTest(t, "", c)
	hits, err := x.Search(context.Background(), Query{Year: c.Releases[0].Year, Size: 500})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		t.Fatal("no hits")
	}
	key := func(h Hit) string {
		n := h.Paragraph
		if h.Type == Facts {
			n = h.Fact
		}
		return orderKey(h.Type, h.Release, n)
	}
	for i := 1; i < len(hits); i++ {
		if key(hits[i-1]) >= key(hits[i]) {
			t.Fatalf("hit %d %+v comes after hit %d %+v", i, hits[i], i-1, hits[i-1])
		}
	}
}

func TestSearchHostileText(t *testing.T) {
	x := openTest(t, "", handMade(t))
	texts := []string{
		`+-:^~"*?`, `"unterminated`, `type:fact`, `Kenya^5`, `+Kenya -Pakistan`, `release:iom-japan-2011`,
		`*`, `?`, `~2`, `(`, `)`, `/regex/`, `\`, `a AND OR NOT b`, `[1 TO 5]`, `{}`, "\x00", "🙂 Kenya",
		strings.Repeat("Kenya ", 2000), strings.Repeat(`"`, 100),
	}
	for _, text := range texts {
		name := text
		if len(name) > 30 {
			name = name[:30]
		}
		t.Run(name, func(t *testing.T) {
			hits, err := x.Search(context.Background(), Query{Text: text})
			if err != nil {
				t.Fatalf("Search(%q): %v", text, err)
			}
			if strings.Contains(strings.ToLower(text), "kenya") && len(hits) == 0 {
				t.Errorf("Search(%q) found nothing, want the Kenya paragraph", text)
			}
		})
	}
}

func TestSearchCancelled(t *testing.T) {
	x := openTest(t, "", corpustest.Synthetic(50, 1))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	hits, err := x.Search(ctx, Query{Text: "refugees"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Search with a cancelled context = %d hits, %v; want context.Canceled", len(hits), err)
	}
}

func TestCloseRemovesTemp(t *testing.T) {
	lg, _ := testlog.New(t)
	onDisk := defaultBuild
	onDisk.memoryBelow = 0
	x, err := open(lg, "", handMade(t), onDisk)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(x.temp); err != nil {
		t.Fatalf("temporary index: %v", err)
	}
	if err := x.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := os.Stat(x.temp); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("after Close, Stat(%s) = %v, want not exist", x.temp, err)
	}
	if err := x.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestPersisted(t *testing.T) {
	c1 := corpustest.Synthetic(30, 1)
	c2 := corpustest.Synthetic(31, 1)
	// damage changes a built index in dir before the next Open.
	tests := []struct {
		name        string
		first       *corpus.Corpus
		damage      func(t *testing.T, dir string)
		second      *corpus.Corpus
		wantRebuilt bool
		wantLog     string
	}{
		{name: "same corpus is reused", first: c1, second: c1, wantLog: "index reused"},
		{name: "changed corpus is rebuilt", first: c1, second: c2, wantRebuilt: true, wantLog: "not of this corpus"},
		{name: "garbage stamp", first: c1, second: c1, wantRebuilt: true, damage: func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, stampFile), "garbage")
		}},
		{name: "no stamp (half-built)", first: c1, second: c1, wantRebuilt: true, damage: func(t *testing.T, dir string) {
			remove(t, filepath.Join(dir, stampFile))
		}},
		{name: "garbage index metadata", first: c1, second: c1, wantRebuilt: true, wantLog: "unreadable index", damage: func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, bleveDir, "index_meta.json"), "{garbage")
		}},
		{name: "garbage instead of the index", first: c1, second: c1, wantRebuilt: true, wantLog: "unreadable index", damage: func(t *testing.T, dir string) {
			remove(t, filepath.Join(dir, bleveDir, "store"))
			write(t, filepath.Join(dir, bleveDir, "store", "root.bolt"), strings.Repeat("garbage ", 1000))
		}},
		{name: "truncated segments", first: c1, second: c1, wantRebuilt: true, damage: func(t *testing.T, dir string) {
			segs, err := filepath.Glob(filepath.Join(dir, bleveDir, "store", "*.zap"))
			if err != nil || len(segs) == 0 {
				t.Fatalf("no segment files to damage: %v", err)
			}
			for _, s := range segs {
				write(t, s, "zap")
			}
		}},
		{name: "empty store", first: c1, second: c1, wantRebuilt: true, damage: func(t *testing.T, dir string) {
			remove(t, filepath.Join(dir, bleveDir, "store"))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "idx")
			first := openLogged(t, dir, tt.first)
			if !first.Rebuilt() {
				t.Errorf("first Open: Rebuilt() = false, want true")
			}
			if err := first.Close(); err != nil {
				t.Fatal(err)
			}
			if tt.damage != nil {
				tt.damage(t, dir)
			}
			lg, log := testlog.New(t)
			second, err := Open(lg, dir, tt.second)
			if err != nil {
				t.Fatalf("second Open: %v", err)
			}
			defer second.Close()
			if got := second.Rebuilt(); got != tt.wantRebuilt {
				t.Errorf("second Open: Rebuilt() = %v, want %v", got, tt.wantRebuilt)
			}
			if !strings.Contains(log.String(), tt.wantLog) {
				t.Errorf("second Open logged %q, want it to contain %q", log.String(), tt.wantLog)
			}
			hits, err := second.Search(context.Background(), Query{Size: 10000})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := uint64(len(hits)), docCount(tt.second); got != want {
				t.Errorf("second index: %d documents, want %d", got, want)
			}
			entries, _ := os.ReadDir(root)
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("%s holds %v, want only the index (no build leftovers)", root, names)
			}
		})
	}
}

func TestPersistedRefusesForeignDir(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "notes.txt"), "mine")
	lg, _ := testlog.New(t)
	x, err := Open(lg, dir, handMade(t))
	if err == nil {
		x.Close()
		t.Fatalf("Open(%s) over a directory of other files succeeded, want an error", dir)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "notes.txt")); err != nil || string(b) != "mine" {
		t.Errorf("notes.txt = %q, %v after Open; want it untouched", b, err)
	}
}

func TestSeedCorpus(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatalf("corpus.Default: %v", err)
	}
	if len(c.Releases) == 0 {
		t.Fatal("seed corpus has no releases")
	}
	x := openTest(t, "", c)
	hits, err := x.Search(context.Background(), Query{Size: 10000})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := uint64(len(hits)), docCount(c); got != want {
		t.Errorf("seed index: %d documents, want %d", got, want)
	}
	ids := map[string]bool{}
	for _, r := range c.Releases {
		ids[r.ID] = true
	}
	for _, h := range hits {
		if !ids[h.Release] {
			t.Errorf("hit %+v names a release not in the corpus", h)
		}
	}
}

func openLogged(t *testing.T, dir string, c *corpus.Corpus) *Index {
	t.Helper()
	lg, _ := testlog.New(t)
	x, err := Open(lg, dir, c)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	return x
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, name string) {
	t.Helper()
	if err := os.RemoveAll(name); err != nil {
		t.Fatal(err)
	}
}

// TestCommonTerms checks the matching of texts with common terms: rare
// terms choose the documents, and a text of common terms only matches
// documents with all of them, or with any when none has all.
func TestCommonTerms(t *testing.T) {
	x := openTest(t, "", handMade(t))
	x.words.limit = 2 // terms in more than two documents are common here
	tests := []struct {
		name string
		text string
		size int
		want []where
	}{
		// "pakistan" is common, "largest" rare: only the rare term's documents.
		{name: "rare term chooses", text: "Pakistan largest", want: []where{para(jp, 3), fact(jp, 3, 2)}},
		// "pakistan" and "total" are both common and meet in two documents,
		// enough for a page of two.
		{name: "common terms together", text: "Pakistan total", size: 2, want: []where{para(jp, 3), fact(jp, 3, 2)}},
		// "pakistan" and "jordan" never meet: any of them.
		{name: "common terms apart", text: "Pakistan Jordan", want: []where{
			para(jp, 2), para(jp, 3), para(no, 1), para(no, 2), fact(jp, 2, 1), fact(jp, 3, 2), fact(no, 1, 0), fact(no, 2, 1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			size := tt.size
			if size == 0 {
				size = 100
			}
			hits, err := x.Search(context.Background(), Query{Text: tt.text, Size: size})
			if err != nil {
				t.Fatal(err)
			}
			sorted := cmpopts.SortSlices(func(a, b where) bool {
				return compareOrder(Hit{Type: a.Type, Release: a.Release, Paragraph: a.Paragraph, Fact: a.Fact},
					Hit{Type: b.Type, Release: b.Release, Paragraph: b.Paragraph, Fact: b.Fact}) < 0
			})
			if diff := cmp.Diff(tt.want, places(hits), sorted); diff != "" {
				t.Errorf("Search(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestBuildOptions checks that every way of building finds the same
// documents.
func TestBuildOptions(t *testing.T) {
	c := corpustest.Synthetic(120, 2)
	r := c.Releases[7]
	queries := []Query{
		{Release: r.ID, Size: 100},
		{Donor: r.Donors[0], Type: Facts, Size: 100},
		{Year: r.Year, Kind: corpus.KindAmount, Size: 100},
		{Text: "emergency shelter", Release: r.ID, Size: 100},
	}
	options := map[string]buildOptions{
		"offline":           {batchDocs: 1000, offline: true},
		"offline small":     {batchDocs: 50, offline: true},
		"batches 1 worker":  {batchDocs: 300, workers: 1},
		"batches 2 workers": {batchDocs: 300, workers: 2},
		"batches merged":    {batchDocs: 300, workers: 2, merge: true},
		"in memory":         {batchDocs: 300, workers: 2, memoryBelow: 1e9},
	}
	var want [][]where
	for _, name := range []string{"offline", "offline small", "batches 1 worker", "batches 2 workers", "batches merged", "in memory"} {
		t.Run(name, func(t *testing.T) {
			lg, _ := testlog.New(t)
			x, err := open(lg, "", c, options[name])
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close()
			var got [][]where
			for _, q := range queries {
				hits, err := x.Search(context.Background(), q)
				if err != nil {
					t.Fatal(err)
				}
				if len(hits) == 0 {
					t.Errorf("Search(%+v) found nothing", q)
				}
				p := places(hits)
				if q.Text != "" {
					slices.SortFunc(p, func(a, b where) int {
						return compareOrder(Hit{Type: a.Type, Release: a.Release, Paragraph: a.Paragraph, Fact: a.Fact},
							Hit{Type: b.Type, Release: b.Release, Paragraph: b.Paragraph, Fact: b.Fact})
					})
				}
				got = append(got, p)
			}
			if want == nil {
				want = got
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("hits differ from the offline build's (-offline +%s):\n%s", name, diff)
			}
		})
	}
}

func TestRebuildRemovesStaleBuilds(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "idx")
	stale := dir + ".build-123"
	fresh := dir + ".build-456"
	write(t, filepath.Join(stale, "bleve", "index_meta.json"), "{}")
	write(t, filepath.Join(fresh, "bleve", "index_meta.json"), "{}")
	old := time.Now().Add(-2 * staleAfter)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	x := openLogged(t, dir, handMade(t))
	x.Close()
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale build %s: Stat = %v, want it removed", stale, err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("recent build %s: Stat = %v, want it kept (it may be in progress)", fresh, err)
	}
}

func TestSearchRegionOnSeed(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := openTest(t, "", c)
	var want []where
	for _, f := range c.Releases[0].Facts {
		if f.Region == "Horn of Africa" && !slices.Contains(want, para(c.Releases[0].ID, f.Paragraph)) {
			want = append(want, para(c.Releases[0].ID, f.Paragraph))
		}
	}
	if len(want) == 0 {
		t.Fatal("the seed release has no Horn of Africa fact")
	}
	hits, err := x.Search(context.Background(), Query{Type: Paragraphs, Region: "HORN of Africa"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, places(hits)); diff != "" {
		t.Errorf("Search(region Horn of Africa) mismatch (-want +got):\n%s", diff)
	}
}
