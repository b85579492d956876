package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// testRelease returns a small release that marshals and parses.
func testRelease(title string) *Release {
	r := &Release{
		Title:      title,
		Donors:     []string{"Japan"},
		Recipient:  "IOM",
		Year:       2011,
		Paragraphs: []string{"Japan gives USD 5 million to IOM for 2011."},
		Facts: []Fact{{
			Kind: "amount", Paragraph: 1, Sentence: "Japan gives USD 5 million to IOM for 2011.",
			Donor: "Japan", Recipient: "IOM", Year: 2011, Total: true,
			Amount: &Amount{Stated: "USD 5 million", Value: 5e6, Currency: "USD"},
		}},
	}
	r.SetID(ReleaseID(r))
	return r
}

// dirNames lists the names in dir, sorted.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestBatch(t *testing.T) {
	t.Run("nothing in place before Commit, everything after, no temporary file left", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "corpus")
		b := NewBatch(dir)
		a, c := testRelease("Japan gives USD 5 million to IOM"), testRelease("Japan gives USD 5 million to IOM")
		c.Donors = []string{"Germany"}
		c.SetID(ReleaseID(c))
		for _, r := range []*Release{a, c} {
			if err := b.Add(r); err != nil {
				t.Fatalf("Add(%s): %v", r.ID, err)
			}
		}
		for _, name := range dirNames(t, dir) {
			if strings.HasSuffix(name, ".md") {
				t.Errorf("before Commit the folder holds %s", name)
			}
		}
		written, err := b.Commit()
		if err != nil {
			t.Fatalf("Commit: %v", err)
		}
		if len(written) != 2 || written[0].Release != a || written[1].Release != c || written[0].Updated {
			t.Errorf("Commit = %+v, want the two releases, new", written)
		}
		if got, want := dirNames(t, dir), []string{"iom-germany-2011.md", "iom-japan-2011.md"}; !slices.Equal(got, want) {
			t.Errorf("after Commit the folder holds %q, want %q", got, want)
		}
		for _, w := range written {
			data, err := os.ReadFile(w.Path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Parse(w.Path, data); err != nil {
				t.Errorf("written %s does not parse: %v", w.Path, err)
			}
		}
	})
	t.Run("Discard leaves nothing", func(t *testing.T) {
		dir := t.TempDir()
		b := NewBatch(dir)
		if err := b.Add(testRelease("Japan gives USD 5 million to IOM")); err != nil {
			t.Fatal(err)
		}
		b.Discard()
		if got := dirNames(t, dir); len(got) != 0 {
			t.Errorf("after Discard the folder holds %q, want nothing", got)
		}
	})
	t.Run("the same release twice is written once", func(t *testing.T) {
		dir := t.TempDir()
		b := NewBatch(dir)
		for range 2 {
			if err := b.Add(testRelease("Japan gives USD 5 million to IOM")); err != nil {
				t.Fatal(err)
			}
		}
		written, err := b.Commit()
		if err != nil || len(written) != 1 {
			t.Fatalf("Commit = %+v, %v; want one release", written, err)
		}
		if got := dirNames(t, dir); !slices.Equal(got, []string{"iom-japan-2011.md"}) {
			t.Errorf("folder holds %q, want one file", got)
		}
	})
	t.Run("another release with the same id gets a suffix, in the batch and on disk", func(t *testing.T) {
		dir := t.TempDir()
		if _, _, err := WriteRelease(dir, testRelease("Japan gives USD 5 million to IOM")); err != nil {
			t.Fatal(err)
		}
		b := NewBatch(dir)
		first, second := testRelease("Japan gives USD 5 million to IOM"), testRelease("Japan gives USD 7 million to IOM for Kenya")
		third := testRelease("Japan gives USD 7 million to IOM for Kenya")
		for _, r := range []*Release{first, second, third} {
			if err := b.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		written, err := b.Commit()
		if err != nil {
			t.Fatal(err)
		}
		if len(written) != 2 || !written[0].Updated || written[1].Updated || !strings.HasPrefix(written[1].Release.ID, "iom-japan-2011-") {
			t.Errorf("Commit = %+v, want the first updated in place and one new suffixed release", written)
		}
		if got := dirNames(t, dir); len(got) != 2 {
			t.Errorf("folder holds %q, want two release files", got)
		}
	})
}

func TestRemoveStaleTemp(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	files := map[string]time.Duration{
		".fundbot-iom-japan-2011-123.tmp": 10 * time.Minute, // left by a killed ingest
		".fundbot-iom-japan-2012-456.tmp": 10 * time.Second, // another ingest writing now
		"iom-japan-2011.md":               time.Hour,
		"notes.tmp":                       time.Hour,
	}
	for name, age := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	removed, err := RemoveStaleTemp(dir, 5*time.Minute, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{filepath.Join(dir, ".fundbot-iom-japan-2011-123.tmp")}; !slices.Equal(removed, want) {
		t.Errorf("RemoveStaleTemp removed %q, want %q", removed, want)
	}
	if got, want := dirNames(t, dir), []string{".fundbot-iom-japan-2012-456.tmp", "iom-japan-2011.md", "notes.tmp"}; !slices.Equal(got, want) {
		t.Errorf("after RemoveStaleTemp the folder holds %q, want %q", got, want)
	}
	if removed, err := RemoveStaleTemp(filepath.Join(dir, "missing"), time.Minute, now); err != nil || len(removed) != 0 {
		t.Errorf("RemoveStaleTemp(missing dir) = %q, %v; want nothing", removed, err)
	}
}

func TestDescribeChecks(t *testing.T) {
	r := testRelease("Japan gives USD 5 million to IOM")
	r.URL = "https://www.iom.int/news/japan-gives"
	r.Source = r.URL
	r.Published = "2011-02-22"
	r.Site = "IOM"
	r.Check = []string{"year taken from the publication date"}
	r.Facts[0].Check = "currency assumed from the release"
	var buf bytes.Buffer
	if err := Describe(&buf, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Published:  2011-02-22\n",
		"Source:     https://www.iom.int/news/japan-gives\n",
		"Site:       IOM\n",
		"check:      year taken from the publication date\n",
		"[¶1]\n                check: currency assumed from the release\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Describe printed\n%s\nwant it to hold %q", buf.String(), want)
		}
	}
	r.Source = "page.html"
	buf.Reset()
	if err := Describe(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "URL:        https://www.iom.int/news/japan-gives\n") {
		t.Errorf("Describe of a release from a file with a URL printed\n%s\nwant the URL line", buf.String())
	}
}

// TestDescribeGivers: an amount of a release of several givers shows its
// own giver when it is not all of the release's donors.
func TestDescribeGivers(t *testing.T) {
	r := &Release{ID: "pledges", Title: "Pledges for Ruritania", Donors: []string{"Canada", "Norway"}, Paragraphs: []string{"Canada: $5 million. Norway: $3 million. Both: $2 million."},
		Facts: []Fact{
			{Kind: KindAmount, Paragraph: 1, Donor: "Canada", Amount: &Amount{Stated: "$5 million", Value: 5e6, Currency: "USD"}},
			{Kind: KindAmount, Paragraph: 1, Donor: "Norway", Amount: &Amount{Stated: "$3 million", Value: 3e6, Currency: "USD"}},
			{Kind: KindAmount, Paragraph: 1, Donor: "Canada, Norway", Amount: &Amount{Stated: "$2 million", Value: 2e6, Currency: "USD"}},
		}}
	var buf bytes.Buffer
	if err := Describe(&buf, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`stated="$5 million" value=5000000 USD donor="Canada"  [¶1]`, `stated="$3 million" value=3000000 USD donor="Norway"  [¶1]`, `stated="$2 million" value=2000000 USD  [¶1]`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Describe printed\n%s\nwant it to hold %q", buf.String(), want)
		}
	}
}
