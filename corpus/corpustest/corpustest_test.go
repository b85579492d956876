package corpustest

import (
	"os"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
	"github.com/google/go-cmp/cmp"
)

func TestSyntheticDeterministic(t *testing.T) {
	a, b := Synthetic(20, 7), Synthetic(20, 7)
	if got, want := a.Fingerprint(), b.Fingerprint(); got != want {
		t.Errorf("Synthetic(20, 7) twice: fingerprints %s and %s differ", got, want)
	}
	if c := Synthetic(20, 8); c.Fingerprint() == a.Fingerprint() {
		t.Errorf("Synthetic(20, 8) has the same fingerprint as seed 7")
	}
}

func TestSyntheticShape(t *testing.T) {
	const n = 500
	c := Synthetic(n, 1)
	if got := len(c.Releases); got != n {
		t.Fatalf("len(Releases) = %d, want %d", got, n)
	}
	kinds := map[corpus.Kind]int{}
	var paras, facts, words int
	for _, r := range c.Releases {
		if r.Year < 2005 || r.Year > 2025 {
			t.Errorf("%s: Year = %d, want 2005..2025", r.ID, r.Year)
		}
		paras += len(r.Paragraphs)
		facts += len(r.Facts)
		for _, p := range r.Paragraphs {
			words += len(strings.Fields(p))
		}
		if _, ok := r.Total(); !ok {
			t.Errorf("%s: no total amount fact", r.ID)
		}
		for i, f := range r.Facts {
			kinds[f.Kind]++
			if f.Release != r.ID {
				t.Errorf("%s fact %d: Release = %q, want %q", r.ID, i, f.Release, r.ID)
			}
			if !strings.Contains(r.Paragraph(f.Paragraph), f.Sentence) {
				t.Errorf("%s fact %d (%s): sentence %q is not in paragraph %d", r.ID, i, f.Kind, f.Sentence, f.Paragraph)
			}
		}
	}
	for _, k := range []corpus.Kind{corpus.KindAmount, corpus.KindShare, corpus.KindDestination, corpus.KindBeneficiaries,
		corpus.KindActivity, corpus.KindContact, corpus.KindOrganisation, corpus.KindPerson, corpus.KindQuote} {
		if kinds[k] == 0 {
			t.Errorf("no fact of kind %s in %d releases", k, n)
		}
	}
	perRelease := float64(paras+facts) / n
	if perRelease < 17 || perRelease > 23 {
		t.Errorf("documents per release = %.1f, want about 20", perRelease)
	}
	if avg := float64(words) / float64(paras); avg < 35 || avg > 55 {
		t.Errorf("words per paragraph = %.1f, want about 45", avg)
	}
	t.Logf("%d releases: %.1f paragraphs, %.1f facts per release, %.1f words per paragraph", n,
		float64(paras)/n, float64(facts)/n, float64(words)/float64(paras))
}

// TestWriteRoundTrip checks that the written files load back as the same
// corpus: Synthetic makes releases that the file format can hold.
func TestWriteRoundTrip(t *testing.T) {
	c := Synthetic(30, 3)
	dir := t.TempDir()
	if err := Write(dir, c); err != nil {
		t.Fatalf("Write: %v", err)
	}
	got, err := corpus.Load(os.DirFS(dir))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	for i := range got.Releases {
		got.Releases[i].Source = c.Releases[i].Source
	}
	if diff := cmp.Diff(c.Releases, got.Releases); diff != "" {
		t.Errorf("Load(Write(Synthetic(30, 3))) mismatch (-want +got):\n%s", diff)
	}
}
