package answer

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
)

func TestLines(t *testing.T) {
	const (
		long = "The Japanese government has committed a total of USD 37.9 million in funding for 2011 to support IOM humanitarian services for migrants, migrant producing regions, host communities, returnees and internally displaced persons."
		late = "Working together with the government and its National Disaster Management Authority and humanitarian partners for many years in many places, IOM will continue to provide shelter and, as the release says at the very end of this long sentence, USD 5 million for Pakistan."
		pak  = "The largest share of the 2011 Japanese funding for IOM projects will be used to assist approximately 450,000 flood affected individuals in Pakistan."
	)
	item := func(label, value, sentence string) Item {
		return Item{Label: label, Value: value, Release: "r1", Title: "Title 2011", Year: 2011, Sentence: sentence,
			URL: "https://example.org/r1", Date: "2011-03-02"}
	}
	tests := []struct {
		name  string
		a     Answer
		want  []Line
		check func(t *testing.T, ls []Line)
	}{
		{
			name: "items of one sentence share a line",
			a: Answer{Items: []Item{
				item("Pakistan — share", "The largest share", pak),
				item("Pakistan — people", "approximately 450,000 flood affected individuals", pak),
				item("Pakistan — what the money does", pak, pak),
			}},
			want: []Line{{Text: pak, Figures: []string{"The largest share", "approximately 450,000 flood affected individuals"},
				Release: "r1", Title: "Title 2011", URL: "https://example.org/r1", Date: "2011-03-02", Year: 2011}},
		},
		{
			name: "a long sentence is cut after its figure",
			a:    Answer{Items: []Item{item("Total", "USD 37.9 million", long)}},
			check: func(t *testing.T, ls []Line) {
				if len(ls) != 1 || !strings.HasSuffix(ls[0].Text, "…") || !strings.Contains(ls[0].Text, "USD 37.9 million") {
					t.Fatalf("Lines() = %+v, want one line cut with … keeping USD 37.9 million", ls)
				}
				if n := utf8.RuneCountInString(ls[0].Text); n > MaxLineText+1 {
					t.Errorf("line has %d characters, want at most %d", n, MaxLineText+1)
				}
			},
		},
		{
			name: "a figure late in a long sentence is kept",
			a:    Answer{Items: []Item{item("Pakistan", "USD 5 million", late)}},
			check: func(t *testing.T, ls []Line) {
				if len(ls) != 1 || !strings.HasPrefix(ls[0].Text, "…") || !strings.Contains(ls[0].Text, "USD 5 million") {
					t.Fatalf("Lines() = %+v, want one line starting with … and keeping USD 5 million", ls)
				}
				if diff := cmp.Diff([]string{"USD 5 million"}, ls[0].Figures); diff != "" {
					t.Errorf("Figures (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "a value the sentence does not hold is said beside it",
			a:    Answer{Items: []Item{item("Kenya", "funded (no amount stated)", pak)}},
			want: []Line{{Text: pak, Extra: []string{"Kenya: funded (no amount stated)"},
				Release: "r1", Title: "Title 2011", URL: "https://example.org/r1", Date: "2011-03-02", Year: 2011}},
		},
		{
			name: "derived",
			a:    Answer{Items: []Item{{Label: "Japan, 2011–2012", Value: "US$ 81.4 million", Derived: true, Sentence: "a + b"}}},
			want: []Line{{Text: "Japan, 2011–2012: US$ 81.4 million", Derived: true, Detail: "a + b"}},
		},
		{
			name: "an amount given as context says so",
			a: Answer{
				Items: []Item{item("Appeal", "USD 90 million", "IOM appealed for USD 90 million.")},
				Facts: []*corpus.Fact{{Kind: corpus.KindAmount, Release: "r1", Context: "appeal", Amount: &corpus.Amount{Stated: "USD 90 million"}}},
			},
			want: []Line{{Text: "IOM appealed for USD 90 million.", Figures: []string{"USD 90 million"}, Context: "appeal",
				Release: "r1", Title: "Title 2011", URL: "https://example.org/r1", Date: "2011-03-02", Year: 2011}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.a.Lines()
			if tt.check != nil {
				tt.check(t, got)
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lines() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnchecked(t *testing.T) {
	a := Answer{Facts: []*corpus.Fact{{Check: "currency assumed"}, {}, {Check: "currency assumed"}, {Check: "place uncertain"}}}
	if diff := cmp.Diff([]string{"currency assumed", "place uncertain"}, a.Unchecked()); diff != "" {
		t.Errorf("Unchecked() (-want +got):\n%s", diff)
	}
	a.Text = a.render()
	if !strings.Contains(a.Text, UncheckedNote) {
		t.Errorf("render() = %q, want it to carry %q", a.Text, UncheckedNote)
	}
}

func TestUnanswered(t *testing.T) {
	e := newEngine(t, seedCorpus(t))
	tests := []struct{ q, want string }{
		{"How much did Japan give to IOM in 2011?", ""},
		{"/funding Pakistan", ""}, // a share is a figure
		{"/funding Japan", ""},    // a total
		{"How much does Kenya get?", UnansweredNotStated},
		{"/funding Narnia", UnansweredNotFound},
		{"zebra crossing", UnansweredNotFound},
		{"flooding", UnansweredPassages},
		{"/funding help", ""},
		{"/contact", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Unanswered(); got != tt.want {
				t.Errorf("Answer(%q).Unanswered() = %q (kind %s), want %q", tt.q, got, a.Kind, tt.want)
			}
		})
	}
}

func TestCoverage(t *testing.T) {
	cv := newEngine(t, seedCorpus(t)).Coverage()
	want := Coverage{Releases: 1, Donors: 1, Recipients: 1, Countries: 9, FirstYear: 2011, LastYear: 2011,
		Examples: []string{"How much did Japan give to IOM in 2011?", "/funding Afghanistan", "What will the money do in Afghanistan?"}}
	if diff := cmp.Diff(want, cv); diff != "" {
		t.Errorf("Coverage() (-want +got):\n%s", diff)
	}
	multi := newEngine(t, multiCorpus(t)).Coverage()
	if multi.Releases != 3 || multi.FirstYear != 2011 || multi.LastYear != 2013 || multi.Donors != 2 || multi.Recipients != 2 {
		t.Errorf("Coverage() of the multi corpus = %+v, want 3 releases, 2 donors, 2 recipients, 2011–2013", multi)
	}
}

// The lines the engine keeps with an answer are those Lines computes, and
// an answer whose items were replaced gets its own.
func TestKeptLines(t *testing.T) {
	e := newEngine(t, multiCorpus(t))
	a, err := e.Answer(context.Background(), "How much does Kenya get?")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Items) < 2 {
		t.Fatalf("Answer(%q) has %d items, want several for this test", a.Query, len(a.Items))
	}
	if diff := cmp.Diff(a.computeLines(), a.Lines()); diff != "" {
		t.Errorf("kept lines differ from computed ones (-want +got):\n%s", diff)
	}
	b := a
	b.Items = []Item{a.Items[len(a.Items)-1]}
	if diff := cmp.Diff(b.computeLines(), b.Lines()); diff != "" || len(b.Lines()) != 1 {
		t.Errorf("lines of replaced items (-want +got):\n%s", diff)
	}
}

// TestIndexFold checks indexFold against lowering both texts, on ASCII
// texts (compared byte by byte) and others.
func TestIndexFold(t *testing.T) {
	tests := []struct {
		name, s, sub string
		want         int
	}{
		{"found", "Japan gives US$ 5 Million", "us$ 5 million", 12},
		{"case of sub", "japan gives us$ 5 million", "US$ 5 MILLION", 12},
		{"first of two", "WFP and wfp", "Wfp", 0},
		{"absent", "Japan gives", "Kenya", -1},
		{"empty sub", "Japan", "", 0},
		{"longer sub", "Jap", "Japan", -1},
		{"at the end", "gives to WFP", "wfp", 9},
		{"first letter again", "aaab", "AB", 2},
		{"upper case first", "xxWFP then wfp", "wfp", 2},
		{"lower case first", "xxwfp then WFP", "WFP", 2},
		{"starts with a sign", "pay $5 or $50", "$50", 10},
		{"not ASCII", "Côte d'Ivoire gets CHF 5", "chf 5", 20},
		{"not ASCII sub", "Côte d'Ivoire", "CÔTE", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := indexFold(tt.s, tt.sub); got != tt.want {
				t.Errorf("indexFold(%q, %q) = %d, want %d", tt.s, tt.sub, got, tt.want)
			}
			if lowered := strings.Index(strings.ToLower(tt.s), strings.ToLower(tt.sub)); lowered != tt.want {
				t.Errorf("lowering both finds %q in %q at %d, want %d", tt.sub, tt.s, lowered, tt.want)
			}
		})
	}
}

// TestContainsFoldASCII checks containsFoldASCII, which looks for a folded
// (lower-case) word in a text of any case.
func TestContainsFoldASCII(t *testing.T) {
	tests := []struct {
		name, s, w string
		want       bool
	}{
		{"lower", "japan gives", "gives", true},
		{"upper in text", "JAPAN GIVES", "gives", true},
		{"mixed", "Japan Gives", "japan gives", true},
		{"absent", "Japan gives", "kenya", false},
		{"upper-case word never matches", "Japan", "Japan", false},
		{"after a false start", "fun funding", "funding", true},
		{"empty word", "Japan", "", true},
		{"digits", "in 2011", "2011", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := containsFoldASCII(tt.s, tt.w); got != tt.want {
				t.Errorf("containsFoldASCII(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
			}
		})
	}
}

// TestCutsKeepAmountsWhole: a line or a quoted sentence is cut only at a
// word boundary outside an amount, so no cut shows "$2.5" of "$2.5
// billion", "billion" without its number, or "US$" without its figure.
func TestCutsKeepAmountsWhole(t *testing.T) {
	filler := strings.Repeat("the fund has helped many people in many places over the years and ", 3)
	tests := []struct {
		name, s, figure string
		fromStart       bool
		bad             []string
	}{
		{"a scale word is not cut off its number at the end",
			"Since its start, " + filler[:150] + " out of $2.5 billion paid, over $300 million went to forgotten crises in 40 countries.", "", true,
			[]string{"$2.5…", "2.5…"}},
		{"a currency code is not cut off its number at the end",
			"Since its start, " + filler[:160] + " US$ 2.5 million was paid to the fund for its work.", "", true,
			[]string{"US$…"}},
		{"a scale word does not begin a line",
			"Since its start, " + filler + " out of $2.5 billion paid, over $300 million went to forgotten crises in 40 countries.", "40 countries", false,
			[]string{"…billion"}},
		{"a currency named after a scale is not cut off",
			"Since its start, " + filler + " besides 5 million yuan (750,000 U.S. dollars) for the food agency and 2 million yuan for the health agency.", "2 million yuan", false,
			[]string{"…yuan", "…U.S.", "…dollars", "U.S.…", "million…"}},
		{"a number written with spaces is not cut inside",
			"Since its start, " + filler[:170] + " EUR 1 200 000 went to the fund for its work.", "", true,
			[]string{"EUR 1…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var figs []string
			if tt.figure != "" {
				figs = []string{tt.figure}
			}
			for limit := 120; limit <= 220; limit++ {
				got, _, _ := excerpt(tt.s, figs, limit, tt.fromStart)
				for _, b := range tt.bad {
					if strings.Contains(got, b) {
						t.Fatalf("excerpt(%q, %d) = %q, which cuts an amount (%q)", tt.s, limit, got, b)
					}
				}
			}
		})
	}
}

// TestSentenceAtKeepsDecimals: the sentence quoted for a count is the
// whole sentence, never one cut at the point of "$2.5 billion".
func TestSentenceAtKeepsDecimals(t *testing.T) {
	p := "The fund is paid for by many donors. This year a quarter of its $2.5 billion goes to forgotten crises in nearly 40 countries. It will go on."
	r := &corpus.Release{Paragraphs: []string{p}}
	n, got := statedCount(r, countWordRe)
	want := "This year a quarter of its $2.5 billion goes to forgotten crises in nearly 40 countries."
	if n != "40 countries" || got != want {
		t.Errorf("statedCount() = %q, %q, want %q, %q", n, got, "40 countries", want)
	}
}

// TestStatedCountNotOfASumSoFar: the number of countries a running sum
// reached ("Since 2006, ... has gone to neglected crises in almost 50
// countries") is not the number this allocation works in.
func TestStatedCountNotOfASumSoFar(t *testing.T) {
	r := &corpus.Release{Paragraphs: []string{
		"The fund today released $90 million for 12 crises.",
		"Since 2006, nearly a third of the $1.5 billion it allocated has gone to neglected crises in almost 50 countries.",
	}}
	if n, _ := statedCount(r, countWordRe); n != "12 crises" {
		t.Errorf("statedCount() = %q, want %q (not the sum so far's 50 countries, nor the 90 of $90 million)", n, "12 crises")
	}
}

// TestLineCutAroundStatedFigure: an amount item's value carries its
// currency ("$30m (USD)"); a long sentence is cut around the figure as
// the sentence states it, not from its start up to another amount.
func TestLineCutAroundStatedFigure(t *testing.T) {
	s := "Speaking to reporters after a long meeting with the heads of several aid agencies in the capital on Monday evening, the minister said that of the total, $60m will go to the refugee camps in the south and the remaining $30m will support the host towns in the north."
	a := Answer{Items: []Item{{Label: "Part", Value: "$30m (USD)", Release: "r1", Sentence: s}}}
	ls := a.Lines()
	if len(ls) != 1 || !strings.Contains(ls[0].Text, "$30m") {
		t.Fatalf("Lines() = %+v, want one line showing $30m", ls)
	}
	if diff := cmp.Diff([]string{"$30m"}, ls[0].Figures); diff != "" {
		t.Errorf("Figures (-want +got):\n%s", diff)
	}
}
