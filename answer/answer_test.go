package answer

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
	"github.com/fundbot/fundbot/index"
	"github.com/fundbot/fundbot/internal/golden"
	"github.com/fundbot/fundbot/internal/testlog"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// newEngine indexes c in a temporary directory and returns an engine.
func newEngine(t testing.TB, c *corpus.Corpus) *Engine {
	t.Helper()
	lg, _ := testlog.New(t)
	idx, err := index.Open(lg, filepath.Join(t.TempDir(), "index"), c)
	if err != nil {
		t.Fatalf("index.Open: %v", err)
	}
	t.Cleanup(func() { idx.Close() })
	return New(lg, c, idx)
}

// seedCorpus is the embedded default corpus: the seed release.
func seedCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatalf("corpus.Default: %v", err)
	}
	return c
}

// multiCorpus is the seed plus the invented releases in testdata/corpus:
// a second Japan release with a stated amount for Kenya, and a release of
// another donor in another currency.
func multiCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	extra, err := corpus.Load(os.DirFS("testdata/corpus"))
	if err != nil {
		t.Fatalf("load testdata/corpus: %v", err)
	}
	c, err := corpus.New(append(seedCorpus(t).Releases, extra.Releases...), "")
	if err != nil {
		t.Fatalf("corpus.New: %v", err)
	}
	return c
}

type answerCase struct {
	name     string
	q        string
	kind     Kind
	contains []string
	excludes []string
}

// seedCases are questions about the seed release, in every phrasing a
// person might use.
var seedCases = []answerCase{
	{name: "total_question", q: "How much did Japan give to IOM in 2011?", kind: KindTotal,
		contains: []string{"USD 37.9 million", "The Japanese government has committed a total of USD 37.9 million"}},
	{name: "total_donor_command", q: "/funding Japan", kind: KindTotal, contains: []string{"USD 37.9 million"}},
	{name: "total_year_command", q: "/funding 2011", kind: KindTotal, contains: []string{"USD 37.9 million"}},
	{name: "overview", q: "/funding", kind: KindOverview,
		contains: []string{"USD 37.9 million", "Afghanistan", "Tanzania", "Horn of Africa"}},
	{name: "table", q: "/funding all", kind: KindTable,
		contains: []string{"Afghanistan", "Kenya", "Kyrgyzstan", "Pakistan", "Rwanda", "Somalia", "Sudan", "Tajikistan", "Tanzania", "Horn of Africa", "roughly 25 per cent", "no separate amount stated"}},
	{name: "country_command", q: "/funding Pakistan", kind: KindCountry,
		contains: []string{"largest share", "approximately 450,000", "does not state a separate amount for Pakistan"}},
	{name: "country_how_much", q: "How much does Kenya get?", kind: KindCountry,
		contains: []string{"The release does not state a separate amount for Kenya;", "In Kenya, IOM will initiate"},
		excludes: []string{"Kenya: USD"}},
	{name: "country_tell_me", q: "Tell me about Tajikistan", kind: KindCountry,
		contains: []string{"does not state a separate amount for Tajikistan", "disaster response mechanism"}},
	{name: "country_and_year", q: "Kenya 2011", kind: KindCountry, contains: []string{"separate amount for Kenya"}},
	{name: "country_lower_case", q: "/funding kenya", kind: KindCountry, contains: []string{"separate amount for Kenya"}},
	{name: "country_typo", q: "how much does tajikstan get", kind: KindCountry, contains: []string{"Tajikistan"}},
	{name: "country_typo_command", q: "/funding Kirgizstan", kind: KindCountry, contains: []string{"Kyrgyzstan", "vocational training"}},
	{name: "country_alias", q: "/funding United Republic of Tanzania", kind: KindCountry, contains: []string{"Tanzania", "Ministry of Home Affairs"}},
	{name: "country_demonym_free", q: "What is Japan doing for Afghan returnees in Afghanistan?", kind: KindCountry, contains: []string{"Afghanistan"}},
	{name: "donor_typo", q: "/funding Japn", kind: KindTotal, contains: []string{"USD 37.9 million"}},
	{name: "donor_demonym", q: "/funding japanese", kind: KindTotal, contains: []string{"USD 37.9 million"}},
	{name: "country_demonym", q: "/funding kenyan", kind: KindCountry, contains: []string{"separate amount for Kenya"}},
	{name: "country_abbreviation", q: "/funding drc", kind: KindNotFound, contains: []string{"No release in the corpus states funding for the Democratic Republic of the Congo."}},
	{name: "region", q: "/funding Horn of Africa", kind: KindCountry, contains: []string{"roughly 25 per cent", "Horn of Africa"}},
	{name: "share_region", q: "What share goes to the Horn of Africa?", kind: KindShare,
		contains: []string{"roughly 25 per cent", "does not turn them into amounts"}},
	{name: "share_largest", q: "Which country gets the largest share?", kind: KindShare,
		contains: []string{"Pakistan gets the largest share"}, excludes: []string{"Horn of Africa: roughly"}},
	{name: "beneficiaries", q: "How many people will be helped in Pakistan?", kind: KindBeneficiaries,
		contains: []string{"approximately 450,000 flood affected individuals"}},
	{name: "beneficiaries_households", q: "How many households will be supported in Pakistan?", kind: KindBeneficiaries,
		contains: []string{"approximately 450,000 flood affected individuals"}},
	{name: "activities", q: "What will the money do in Sudan?", kind: KindActivities, contains: []string{"water resources"}},
	{name: "organisation_members", q: "How many member states does IOM have?", kind: KindOrganisation, contains: []string{"175"}},
	{name: "organisation_founded", q: "When was IOM founded?", kind: KindOrganisation, contains: []string{"1951"}},
	{name: "people", q: "Who is the Director General?", kind: KindPeople, contains: []string{"William Lacy Swing"}},
	{name: "quote", q: "What did William Lacy Swing say?", kind: KindPeople, contains: []string{"testament to a robust and growing partnership"}},
	{name: "contact_all", q: "/contact", kind: KindContact, contains: []string{"Yuko Goto", "IOM Tokyo", "iomtokyo@iom.int", "81-3-3595-0108"}},
	{name: "contact_office", q: "/contact tokyo", kind: KindContact, contains: []string{"Yuko Goto"}},
	{name: "contact_person", q: "/contact Yuko Goto", kind: KindContact, contains: []string{"iomtokyo@iom.int"}},
	{name: "contact_country", q: "/contact Pakistan", kind: KindContact, contains: []string{"Yuko Goto"}},
	{name: "contact_year", q: "/contact 2011", kind: KindContact, contains: []string{"Yuko Goto"}},
	{name: "contact_question", q: "Who is the press contact for this?", kind: KindContact, contains: []string{"Yuko Goto"}},
	{name: "contact_unknown", q: "/contact Bob", kind: KindNotFound,
		contains: []string{"No press contact in the corpus matches “Bob”", "Yuko Goto"}},
	{name: "country_not_in_corpus", q: "/funding Brazil", kind: KindNotFound,
		contains: []string{"No release in the corpus states funding for Brazil.", "Countries covered: Afghanistan"}},
	{name: "country_not_in_corpus_question", q: "How much does Côte d'Ivoire get?", kind: KindNotFound,
		contains: []string{"No release in the corpus states funding for"}},
	{name: "donor_not_in_corpus", q: "How much did Norway give IOM?", kind: KindNotFound,
		contains: []string{"Norway is not a donor", "Donors covered: Japan."}},
	{name: "region_not_in_corpus", q: "What share goes to West Africa?", kind: KindNotFound,
		contains: []string{"No release in the corpus states funding for West Africa.", "Regions covered: Horn of Africa."}},
	{name: "region_not_in_corpus_command", q: "/funding Sahel", kind: KindNotFound,
		contains: []string{"No release in the corpus states funding for Sahel."}},
	{name: "year_not_in_corpus", q: "/funding 2015", kind: KindNotFound,
		contains: []string{"The corpus has no release for 2015.", "Years covered: 2011."}},
	{name: "unknown_argument", q: "/funding Narnia", kind: KindNotFound,
		contains: []string{"“Narnia” is not a country, region, donor, year or release in the corpus."}},
	{name: "purpose_not_mentioned", q: "How much did Japan give IOM for avian influenza?", kind: KindNotFound,
		contains: []string{"No release of Japan to IOM mentions “avian influenza”."}, excludes: []string{"37.9"}},
	{name: "purpose_of_common_words", q: "How much did Japan give IOM for humanitarian operations?", kind: KindTotal,
		contains: []string{"US$ 37.9 million"}},
	// The release tells of flood victims but ties no amount to them: it
	// says so, and does not give its total as theirs.
	{name: "purpose_mentioned_no_amount", q: "How much did Japan give IOM for flood victims?", kind: KindTotal,
		contains: []string{"does not state a separate amount for flood victims"}, excludes: []string{"37.9"}},
	{name: "search", q: "shelter for flood victims", kind: KindSearch, contains: []string{"flood victims"}},
	{name: "nothing", q: "xyzzy plugh", kind: KindNotFound, contains: []string{"Nothing in the corpus matches"}},
	{name: "help_funding", q: "/funding help", kind: KindHelp, contains: []string{"/funding all"}},
	{name: "help_contact", q: "/contact help", kind: KindHelp, contains: []string{"/contact"}},
	{name: "help_word", q: "help", kind: KindHelp, contains: []string{"/funding", "/contact"}},
	{name: "empty", q: "   ", kind: KindHelp},
	{name: "unknown_command", q: "/budget", kind: KindHelp, contains: []string{"does not know the command /budget"}},
	{name: "slack_mention", q: "<@U0LAN0Z89> how much does kenya get?", kind: KindCountry, contains: []string{"separate amount for Kenya"}},
}

// multiCases need several releases: sums across releases, stated country
// amounts, other donors and currencies.
var multiCases = []answerCase{
	{name: "donor_sum", q: "/funding Japan", kind: KindTotal,
		contains: []string{"USD 81.4 million", "Derived: fundbot added the totals", "USD 37.9 million", "USD 43.5 million", "No release states this sum."}},
	{name: "donor_sum_question", q: "How much has Japan given IOM in total?", kind: KindTotal, contains: []string{"USD 81.4 million", "derived"}},
	{name: "country_stated_and_not", q: "/funding Kenya", kind: KindCountry,
		contains: []string{"USD 5 million", "does not state a separate amount for Kenya", "Japan Donates US$ 37.9 million"}},
	{name: "country_year_narrows", q: "Kenya 2012", kind: KindCountry, contains: []string{"USD 5 million"}, excludes: []string{"37.9"}},
	{name: "country_share_words", q: "/funding Philippines", kind: KindCountry, contains: []string{"Almost half", "does not state a separate amount for the Philippines"}},
	{name: "other_currency", q: "/funding 2013", kind: KindTotal, contains: []string{"EUR 12 million", "European Union"}},
	{name: "all_totals", q: "How much money in total?", kind: KindTotal,
		contains: []string{"USD 81.4 million", "EUR 12 million", "does not convert them"}},
	{name: "overview", q: "/funding", kind: KindOverview, contains: []string{"3 releases", "EUR 12 million", "Chad"}},
	{name: "contact_office", q: "/contact Nairobi", kind: KindContact, contains: []string{"Jane Doe"}, excludes: []string{"Yuko Goto"}},
	{name: "contact_all", q: "/contact", kind: KindContact, contains: []string{"Jane Doe", "Yuko Goto"}},
	{name: "beneficiaries_chad", q: "How many refugees will be helped in Chad?", kind: KindBeneficiaries, contains: []string{"Some 80,000"}},
	{name: "donor_by_name", q: "/funding european union", kind: KindTotal, contains: []string{"EUR 12 million"}},
}

func TestAnswerSeed(t *testing.T) {
	runCases(t, newEngine(t, seedCorpus(t)), "seed", seedCases)
}

func TestAnswerMulti(t *testing.T) {
	runCases(t, newEngine(t, multiCorpus(t)), "multi", multiCases)
}

func runCases(t *testing.T, e *Engine, set string, cases []answerCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatalf("Answer(%q): %v", tc.q, err)
			}
			if a.Kind != tc.kind {
				t.Errorf("Answer(%q).Kind = %q, want %q\n%s", tc.q, a.Kind, tc.kind, a.Text)
			}
			for _, s := range tc.contains {
				if !strings.Contains(a.Text, s) {
					t.Errorf("Answer(%q) = %q, want it to contain %q", tc.q, a.Text, s)
				}
			}
			for _, s := range tc.excludes {
				if strings.Contains(a.Text, s) {
					t.Errorf("Answer(%q) = %q, want no %q", tc.q, a.Text, s)
				}
			}
			golden.Check(t, filepath.Join("testdata", "golden", set, tc.name+".txt"), []byte(a.Text), *update)
		})
	}
}

// figureRe finds figures in an answer: amounts, per cents and counts.
var figureRe = regexp.MustCompile(`\d[\d,]*(\.\d+)?\s*(million|billion|per cent|percent|%)|\d{1,3}(,\d{3})+`)

// TestNoInventedFigures checks the honesty rule on every answer above:
// each figure an answer shows is one a release states, word for word, or
// sits in an item or note labelled derived.
func TestNoInventedFigures(t *testing.T) {
	for _, set := range []struct {
		name  string
		c     *corpus.Corpus
		cases []answerCase
	}{{"seed", seedCorpus(t), seedCases}, {"multi", multiCorpus(t), multiCases}} {
		e := newEngine(t, set.c)
		var source strings.Builder
		for _, r := range set.c.Releases {
			source.WriteString(r.Title + "\n" + strings.Join(r.Paragraphs, "\n") + "\n")
		}
		for _, tc := range set.cases {
			t.Run(set.name+"/"+tc.name, func(t *testing.T) {
				a, err := e.Answer(context.Background(), tc.q)
				if err != nil {
					t.Fatalf("Answer(%q): %v", tc.q, err)
				}
				for _, fig := range shownFigures(a) {
					if !strings.Contains(source.String(), fig) {
						t.Errorf("Answer(%q) shows %q, which no release states", tc.q, fig)
					}
				}
			})
		}
	}
}

func TestAnswerJSONPassagesRanked(t *testing.T) {
	e := newEngine(t, seedCorpus(t))
	a, err := e.Answer(context.Background(), "Tell me about Tajikistan")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 {
		t.Fatalf("Answer(%q) has no passages", a.Query)
	}
	if got := a.Passages[0].Text; !strings.Contains(got, "Tajikistan") {
		t.Errorf("Answer(%q).Passages[0].Text = %q, want the Tajikistan paragraph first", a.Query, got)
	}
	c := seedCorpus(t)
	for _, p := range a.Passages {
		r, ok := c.Release(p.Release)
		if !ok || r.Paragraph(p.Paragraph) != p.Text || r.Title != p.Title {
			t.Errorf("passage %+v is not paragraph %d of release %q", p, p.Paragraph, p.Release)
		}
	}
}

// TestAnswerConcurrency asks one engine the same questions from several
// goroutines: each gets the same answer.
func TestAnswerConcurrency(t *testing.T) {
	e := newEngine(t, seedCorpus(t))
	ctx := context.Background()
	first, err := e.Answer(ctx, "/funding  Pakistan ")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, q := range []string{"/funding Pakistan", "/contact", "How much does Kenya get?", "/funding all"} {
				a, err := e.Answer(ctx, q)
				if err != nil {
					t.Errorf("Answer(%q): %v", q, err)
					return
				}
				if q == "/funding Pakistan" && a.Text != first.Text {
					t.Errorf("Answer(%q) = %q, want the same as for %q: %q", q, a.Text, first.Query, first.Text)
				}
			}
		}()
	}
	wg.Wait()
}

func TestInSentence(t *testing.T) {
	for name, want := range map[string]string{
		"Kenya": "Kenya", "Philippines": "the Philippines", "Netherlands": "the Netherlands",
		"Solomon Islands": "the Solomon Islands", "United States": "the United States",
		"Democratic Republic of the Congo": "the Democratic Republic of the Congo", "Gambia": "the Gambia",
		"Sri Lanka": "Sri Lanka", "Burkina Faso": "Burkina Faso", "Laos": "Laos", "Cyprus": "Cyprus",
	} {
		if got := inSentence(name); got != want {
			t.Errorf("inSentence(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"/funding", "/funding"},
		{"/funding Sri Lanka", "/funding Sri Lanka"},
		{" /funding", "/funding"},
		{"/funding ", "/funding"},
		{"/funding  Sri   Lanka", "/funding Sri Lanka"},
		{"/funding\tKenya", "/funding Kenya"},
		{"/funding\u00a0Kenya", "/funding Kenya"},
		{"/funding Côte d'Ivoire", "/funding Côte d'Ivoire"},
		{"   ", ""},
		{"<@U0LAN0Z89> how much does Kenya get?", "how much does Kenya get?"},
		{"<@U0LAN0Z89|fundbot>  /contact", "/contact"},
		{"<@U0LAN0Z89>", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLowerFirst(t *testing.T) {
	for in, want := range map[string]string{
		"The largest share": "the largest share", "Almost half": "almost half", "USD 5 million": "USD 5 million",
		"US$ 2 million": "US$ 2 million", "roughly 25 per cent": "roughly 25 per cent", "A": "A", "": "",
	} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAnswerCancelled(t *testing.T) {
	e := newEngine(t, seedCorpus(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Answer(ctx, "flood victims"); err == nil {
		t.Errorf("Answer with a cancelled context: got no error")
	}
}

// TestInventedFixturesLoad keeps testdata/corpus valid release files.
func TestInventedFixturesLoad(t *testing.T) {
	names, err := fs.Glob(os.DirFS("testdata/corpus"), "*.md")
	if err != nil || len(names) < 2 {
		t.Fatalf("testdata/corpus: %v files, err %v", len(names), err)
	}
}

// TestAnswerManyReleases asks about the country that the most releases of a
// synthetic corpus name: the answer lists every figure, keeps its headline
// short, and sums up the releases that state no amount for it in one note
// with their count.
func TestAnswerManyReleases(t *testing.T) {
	c := corpustest.Synthetic(60, 1)
	e := newEngine(t, c)
	// The country most releases name, and what they state for it, counted
	// from the corpus itself.
	releases := map[string]map[string]bool{}
	amounts := map[string]map[string]bool{}
	stated := map[string]int{}
	names := map[string]string{}
	for _, r := range c.Releases {
		for _, f := range r.Facts {
			if f.Country == "" {
				continue
			}
			names[f.Country] = f.CountryName
			if releases[f.Country] == nil {
				releases[f.Country], amounts[f.Country] = map[string]bool{}, map[string]bool{}
			}
			releases[f.Country][r.ID] = true
			switch f.Kind {
			case corpus.KindAmount:
				amounts[f.Country][r.ID] = true
				stated[f.Country]++
			case corpus.KindShare:
				stated[f.Country]++
			}
		}
	}
	best := ""
	for code := range releases {
		if best == "" || len(releases[code]) > len(releases[best]) || len(releases[code]) == len(releases[best]) && code < best {
			best = code
		}
	}
	name, missing := names[best], len(releases[best])-len(amounts[best])
	if missing <= 3 || stated[best] <= 3 {
		t.Fatalf("synthetic corpus: %s has %d releases without an amount and %d stated figures; the test needs more than 3 of each", name, missing, stated[best])
	}
	a, err := e.Answer(context.Background(), "/funding "+name)
	if err != nil {
		t.Fatal(err)
	}
	wantNote := fmt.Sprintf("%d releases that name %s do not state a separate amount for it", missing, name)
	if !strings.Contains(a.Text, wantNote) {
		t.Errorf("Answer(%q) = %q, want %q", a.Query, a.Text, wantNote)
	}
	if want := fmt.Sprintf("; %d more figures below.", stated[best]-3); !strings.Contains(a.Headline, want) {
		t.Errorf("Answer(%q).Headline = %q, want it to end its list with %q", a.Query, a.Headline, want)
	}
	figures := 0
	for _, it := range a.Items {
		if it.Label == name+" — share" || strings.HasPrefix(it.Label, name+" — to ") || it.Label == name && it.Value != describe(&corpus.Fact{Kind: corpus.KindDestination}) {
			figures++
		}
	}
	if figures != stated[best] {
		t.Errorf("Answer(%q) shows %d amounts and shares, want all %d the corpus states", a.Query, figures, stated[best])
	}
}

// TestAnswerPlaceNamedByManyReleases builds 15 releases that each name
// Kenya and describe work there without a figure for it: the answer says so
// in one note, lists the first maxRest lines without figures, and tells how
// to see the others.
func TestAnswerPlaceNamedByManyReleases(t *testing.T) {
	const n = 15
	var releases []*corpus.Release
	for i := range n {
		year := 2000 + i
		total := fmt.Sprintf("USD %d million", 10+i)
		r := &corpus.Release{
			ID: fmt.Sprintf("iom-donor%02d-%d", i, year), Title: fmt.Sprintf("Donor %d Gives %s to IOM for %d", i, total, year),
			Donors: []string{fmt.Sprintf("Donor %d", i)}, Recipient: "IOM", Year: year,
			Paragraphs: []string{
				fmt.Sprintf("Donor %d has given %s to IOM for %d.", i, total, year),
				"The funds support projects in Kenya and Uganda.",
				"In Kenya, IOM will help pastoralist communities.",
			},
		}
		r.Facts = []corpus.Fact{
			{Kind: corpus.KindAmount, Paragraph: 1, Sentence: r.Paragraphs[0], Total: true, Amount: &corpus.Amount{Stated: total, Value: float64(10+i) * 1e6, Currency: "USD"}},
			{Kind: corpus.KindDestination, Paragraph: 2, Sentence: r.Paragraphs[1], Country: "KEN", CountryName: "Kenya"},
			{Kind: corpus.KindActivity, Paragraph: 3, Sentence: r.Paragraphs[2], Country: "KEN", CountryName: "Kenya", Text: r.Paragraphs[2]},
		}
		for k := range r.Facts {
			r.Facts[k].Release = r.ID
		}
		releases = append(releases, r)
	}
	c, err := corpus.New(releases, "")
	if err != nil {
		t.Fatal(err)
	}
	a, err := newEngine(t, c).Answer(context.Background(), "/funding Kenya")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"15 releases that name Kenya do not state a separate amount for it",
		fmt.Sprintf("%d more lines from %d releases", 2*n-maxRest, n-maxRest/2),
		"“/funding Kenya 2014”",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("Answer(%q) = %q, want %q", a.Query, a.Text, want)
		}
	}
	if len(a.Items) != maxRest {
		t.Errorf("Answer(%q) has %d items, want the first %d lines without figures", a.Query, len(a.Items), maxRest)
	}
	if len(a.Facts) != 2*n {
		t.Errorf("Answer(%q) has %d facts, want all %d it drew on", a.Query, len(a.Facts), 2*n)
	}
}
