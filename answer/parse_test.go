package answer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestHasPhrase(t *testing.T) {
	tests := []struct {
		name, folded, phrase string
	}{
		{"whole text", "kenya", "kenya"},
		{"first word", "kenya 2011", "kenya"},
		{"last word", "funding for kenya", "kenya"},
		{"middle words", "how much does south sudan get", "south sudan"},
		{"inside a word", "kenyan funding", "kenya"},
		{"word ending the same", "akenya", "kenya"},
		{"second occurrence whole", "kenyan kenya", "kenya"},
		{"overlapping occurrences", "aaa aa", "aa"},
		{"overlap only inside", "aaa", "aa"},
		{"longer than the text", "who", "who funds"},
		{"empty text", "", "kenya"},
		{"empty phrase, empty text", "", ""},
		{"empty phrase", "kenya", ""},
		{"empty phrase, double space", "a  b", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.Contains(" "+tt.folded+" ", " "+tt.phrase+" ")
			if got := hasPhrase(tt.folded, tt.phrase); got != want {
				t.Errorf("hasPhrase(%q, %q) = %v, want %v", tt.folded, tt.phrase, got, want)
			}
		})
	}
}

// TestYearSpansAsTheRegexp: yearSpans finds exactly what yearRe finds, on
// questions and on random text of digits, letters and separators.
func TestYearSpansAsTheRegexp(t *testing.T) {
	texts := []string{"How much did Japan give to IOM in 2011?", "/funding Kenya 2011 2012", "in 1949, 1950 and 2099", "x2011 2011x 20112 _2011 é2011 2011é", "", "since FY2017, fy2012, xFY2011, FY 2013"}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "0123456789120_aZ é-FYy"
	for range 20000 {
		b := make([]byte, rng.IntN(16))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		var want [][2]int
		for _, m := range yearRe.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, [2]int{m[2], m[3]})
		}
		if got := yearSpans(s); !slices.Equal(got, want) {
			t.Fatalf("yearSpans(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFindNamedSkipsOnlyWhatCannotMatch: findNamed, which tries only the
// keys whose first word is a word of the question, finds what trying every
// key finds, on random questions made of the keys' own words.
func TestFindNamedSkipsOnlyWhatCannotMatch(t *testing.T) {
	keys := []nameKey{{folded: "world food programme", name: "WFP"}, {exact: "WFP", name: "WFP"}, {exact: "WHO", name: "WHO"},
		{folded: "unicef", name: "UNICEF"}, {folded: "red cross", name: "Red Cross"}, {exact: "(UN)", name: "UN"}, {folded: "é ong", name: "ONG"}}
	every := func(text, folded string) []string {
		var out []string
		for _, k := range keys {
			if (k.exact != "" && exactWord(text, k.exact) || k.folded != "" && has(folded, k.folded)) && !slices.Contains(out, k.name) {
				out = append(out, k.name)
			}
		}
		return out
	}
	indexed := newNameKeys(keys)
	words := []string{"world", "food", "programme", "WFP", "wfp", "WHO", "who", "unicef", "UNICEF", "red", "cross", "(UN)", "é", "ong", "give", "2011", "x", "-"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		ws := make([]string, rng.IntN(7))
		for i := range ws {
			ws[i] = words[rng.IntN(len(words))]
		}
		sep := []string{" ", "", "-"}[rng.IntN(3)]
		text := strings.Join(ws, sep)
		folded := strings.ToLower(strings.Join(ws, " "))
		if got, want := findNamed(indexed, text, folded), every(text, folded); !slices.Equal(got, want) {
			t.Fatalf("findNamed(%q, %q) = %q, want %q", text, folded, got, want)
		}
	}
}

// collapseSpaces is strings.Join(strings.Fields(s), " ") for any s.
func TestCollapseSpaces(t *testing.T) {
	for _, s := range []string{"", " ", "Kenya", " Kenya  2011 ", "a\tb\nc\vd\fe\rf", "How much  did Japan give ?",
		"Côte  d'Ivoire ", "a\u00a0b", "x\u0085y  z", "  \t "} {
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}
