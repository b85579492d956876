package corpus

import (
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// goodRelease is a small valid release file; its line numbers matter to
// the tests below.
const goodRelease = `---
id: good
title: A good release
year: 2011
published: 2011-03-01
facts:
  - kind: amount
    paragraph: 1
    sentence: Japan gave US$ 1 million.
    year: 2011
    amount:
      stated: US$ 1 million
      value: 1000000
      currency: USD
    percent: 25
    count: 10
---
# A good release

Japan gave US$ 1 million.
`

// variant returns goodRelease with id "bad" and old replaced by new.
func variant(t *testing.T, old, new string) string {
	t.Helper()
	if !strings.Contains(goodRelease, old) {
		t.Fatalf("goodRelease has no %q", old)
	}
	s := strings.Replace(goodRelease, old, new, 1)
	return strings.Replace(s, "id: good", "id: bad", 1)
}

func TestParseRejects(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		line           int
		want           string
	}{
		{"bad yaml", "title: A good release", "title: [unclosed", 3, "yaml"},
		{"yaml scanner error", "title: A good release", "title: a: b", 3, "mapping values are not allowed"},
		{"wrong type", "year: 2011\npublished", "year: soon\npublished", 4, "cannot unmarshal"},
		{"unknown field", "title: A good release", "title: A good release\ncolour: red", 4, "colour"},
		{"absurd year", "year: 2011\npublished", "year: 99999999999\npublished", 4, "year 99999999999 is outside 1900–2100"},
		{"year too early", "year: 2011\npublished", "year: 1066\npublished", 4, "outside 1900–2100"},
		{"fact year", "    year: 2011", "    year: 2101", 10, "fact 1 (amount): year 2101"},
		{"negative amount", "value: 1000000", "value: -5", 13, "amount -5 is negative"},
		{"amount not a number", "value: 1000000", "value: .nan", 13, "not a number"},
		{"infinite amount", "value: 1000000", "value: .inf", 13, "not a number"},
		{"paragraph out of range", "paragraph: 1", "paragraph: 7", 8, "names paragraph 7 of 1"},
		{"paragraph zero", "paragraph: 1", "paragraph: 0", 8, "names paragraph 0 of 1"},
		{"unknown kind", "kind: amount", "kind: rumour", 7, `unknown kind "rumour"`},
		{"percent over 100", "percent: 25", "percent: 250", 15, "percent 250"},
		{"negative count", "count: 10", "count: -3", 16, "count -3 is negative"},
		{"unknown period", "currency: USD", "currency: USD\n      period: fortnight", 15, `period "fortnight" is not "year" or "month"`},
		{"published not a date", "published: 2011-03-01", "published: March 2011", 5, "YYYY-MM-DD"},
		{"published impossible date", "published: 2011-03-01", "published: 2011-02-30", 5, "YYYY-MM-DD"},
		{"no id", "id: good\n", "", 0, "no id"},
		{"no front matter", "---\nid: good", "id: good", 1, "no front matter"},
		{"front matter not closed", "\n---\n#", "\n#", 1, "not closed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := variant(t, tc.old, tc.new)
			if tc.name == "no id" {
				data = strings.Replace(goodRelease, tc.old, tc.new, 1)
			}
			r, err := Parse("bad.md", []byte(data))
			if err == nil {
				t.Fatalf("Parse = %+v, nil; want an error", r)
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("Parse error %v is a %T, want a *FileError", err, err)
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("Parse error %v does not wrap ErrFormat", err)
			}
			if fe.File != "bad.md" || (tc.line != 0 && fe.Line != tc.line) {
				t.Errorf("Parse error at %s:%d, want bad.md:%d (%v)", fe.File, fe.Line, tc.line, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Parse error = %q, want it to say %q", err, tc.want)
			}
		})
	}
}

func TestParseAccepts(t *testing.T) {
	for _, tc := range []struct{ name, old, new string }{
		{"as is", "", ""},
		{"no year", "year: 2011\npublished", "published"},
		{"no published date", "published: 2011-03-01\n", ""},
		{"bounds", "year: 2011\npublished", "year: 2100\npublished"},
		{"zero amount", "value: 1000000", "value: 0"},
		{"per year", "currency: USD", "currency: USD\n      period: year"},
		{"CRLF", "\n", "\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := goodRelease
			if tc.old != "" {
				data = strings.ReplaceAll(data, tc.old, tc.new)
			}
			r, err := Parse("good.md", []byte(data))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if r.ID != "good" || len(r.Paragraphs) != 1 || len(r.Facts) != 1 || r.Facts[0].Release != "good" {
				t.Errorf("Parse = %+v, want release good with one paragraph and one fact", r)
			}
		})
	}
}

// logTo returns a logger that writes to t.Log.
func logTo(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, nil))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func TestLoadSkipsBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"good.md":         {Data: []byte(goodRelease)},
		"absurd.md":       {Data: []byte(variant(t, "year: 2011\npublished", "year: 99999999999\npublished"))},
		"broken.md":       {Data: []byte("no front matter")},
		"zz-duplicate.md": {Data: []byte(goodRelease)},
		"huge.md":         {Data: []byte(goodRelease + strings.Repeat("x", 2000))},
		"dir.md":          {Mode: os.ModeDir},
		"README.md":       {Data: []byte("# not a release")},
		"notes.txt":       {Data: []byte("not a release either")},
	}
	want := map[string]error{
		"absurd.md":       ErrFormat,
		"broken.md":       ErrFormat,
		"zz-duplicate.md": ErrFormat,
		"huge.md":         ErrTooLarge,
		"dir.md":          ErrNotRegular,
	}
	c, err := LoadWith(logTo(t), fsys, LoadOptions{MaxFileSize: 1000})
	if err != nil {
		t.Fatalf("LoadWith: %v", err)
	}
	if len(c.Releases) != 1 || c.Releases[0].ID != "good" {
		t.Errorf("LoadWith loaded %d releases, want only good", len(c.Releases))
	}
	got := map[string]error{}
	for _, fe := range c.Skipped() {
		got[fe.File] = fe
	}
	for file, sentinel := range want {
		if err := got[file]; err == nil || !errors.Is(err, sentinel) {
			t.Errorf("skipped %s: %v, want an error wrapping %v", file, err, sentinel)
		}
	}
	if len(got) != len(want) {
		t.Errorf("skipped %d files, want %d: %v", len(got), len(want), c.Skipped())
	}
	if err := got["zz-duplicate.md"]; err != nil && !strings.Contains(err.Error(), "already used by") {
		t.Errorf("duplicate.md: %v, want it to name the file that used the id first", err)
	}

	_, err = LoadWith(logTo(t), fsys, LoadOptions{Strict: true, MaxFileSize: 1000})
	if err == nil {
		t.Fatal("strict LoadWith = nil error, want one naming every bad file")
	}
	for file := range want {
		if !strings.Contains(err.Error(), file+":") {
			t.Errorf("strict LoadWith error %q does not name %s", err, file)
		}
	}
	if !strings.Contains(err.Error(), "absurd.md:4:") {
		t.Errorf("strict LoadWith error %q does not give absurd.md's line 4", err)
	}
}

func TestLoadSymlinks(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "elsewhere.md")
	if err := os.WriteFile(target, []byte(goodRelease), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "linked.md")); err != nil {
		t.Skipf("symlinks: %v", err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	c, err := LoadWith(logTo(t), os.DirFS(dir), LoadOptions{})
	if err != nil {
		t.Fatalf("LoadWith: %v", err)
	}
	if len(c.Releases) != 1 || c.Releases[0].ID != "good" {
		t.Errorf("LoadWith = %d releases, want the linked one", len(c.Releases))
	}
	if s := c.Skipped(); len(s) != 1 || s[0].File != "dangling.md" {
		t.Errorf("Skipped = %v, want dangling.md", s)
	}
}

func TestLoadDefaultSizeLimit(t *testing.T) {
	big := goodRelease + strings.Repeat("word ", DefaultMaxFileSize/5+1)
	c, err := LoadWith(logTo(t), fstest.MapFS{"big.md": {Data: []byte(big)}}, LoadOptions{})
	if err != nil {
		t.Fatalf("LoadWith: %v", err)
	}
	if s := c.Skipped(); len(s) != 1 || !errors.Is(s[0], ErrTooLarge) || !strings.Contains(s[0].Error(), "big.md") {
		t.Errorf("Skipped = %v, want big.md too large", s)
	}
}

// TestParseHashParagraph: a paragraph that starts like a Markdown heading
// ("# questions ...", a hashtag) is a paragraph, not a second title; a file
// ingest writes must load with every paragraph its facts name.
func TestParseHashParagraph(t *testing.T) {
	r := &Release{ID: "hash", Title: "Japan gives USD 5 million", Donors: []string{"Japan"}, Year: 2011,
		Paragraphs: []string{"# StandWithUkraine Japan gives USD 5 million.", "Second paragraph."},
		Facts:      []Fact{{Kind: KindAmount, Paragraph: 1, Sentence: "Japan gives USD 5 million.", Amount: &Amount{Stated: "USD 5 million", Value: 5e6, Currency: "USD"}}}}
	data, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse("hash.md", data)
	if err != nil {
		t.Fatalf("Parse(Marshal()): %v", err)
	}
	if !slices.Equal(got.Paragraphs, r.Paragraphs) || got.Title != r.Title {
		t.Errorf("Parse(Marshal()) = title %q, paragraphs %q; want %q, %q", got.Title, got.Paragraphs, r.Title, r.Paragraphs)
	}
}
