package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/webpage"
)

const (
	seedHTML      = "testdata/iom-japan-2011.html"
	seedTitle     = "Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011"
	seedCanonical = "/news/japan-donates-us-379-million-iom-humanitarian-operations-2011"
	seedSite      = "International Organization for Migration"
)

var seedText = filepath.Join("..", "..", "testdata", "iom-japan-2011.txt")

// runIngest runs fundbot ingest with stdin and returns what it printed.
func runIngest(ctx context.Context, t *testing.T, stdin io.Reader, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = ingest(ctx, args, stdin, &out, &errOut)
	return out.String(), errOut.String(), err
}

// releaseFiles loads the release files in dir; a missing dir has none.
func releaseFiles(t *testing.T, dir string) []*corpus.Release {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	var rs []*corpus.Release
	for _, name := range names {
		if !strings.HasSuffix(name, ".md") {
			t.Errorf("the corpus folder holds %s, which is no release file", filepath.Base(name))
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := corpus.Parse(name, data)
		if err != nil {
			t.Fatalf("written %s does not parse: %v", name, err)
		}
		rs = append(rs, r)
	}
	return rs
}

// siteServer serves the seed page at /news/..., redirect chains at
// /hop/N, and pages that fail in the ways a site can fail. slow receives
// a value when a request to /slow, which never gets an answer, arrives.
func siteServer(t *testing.T) (srv *httptest.Server, slow <-chan struct{}) {
	t.Helper()
	page, err := os.ReadFile(seedHTML)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc(seedCanonical, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/p/{id}", func(w http.ResponseWriter, r *http.Request) { // the page under a short link
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n <= 1 {
			http.Redirect(w, r, seedCanonical, http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		http.ServeFile(w, r, seedText)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
		filler := []byte(strings.Repeat("<p>More words about the funding.</p>\n", 1000))
		for written := 0; written <= webpage.DefaultMaxBytes && r.Context().Err() == nil; written += len(filler) {
			if _, err := w.Write(filler); err != nil {
				return
			}
		}
	})
	slowStarted := make(chan struct{}, 1)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case slowStarted <- struct{}{}:
		default:
		}
		<-r.Context().Done()
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, slowStarted
}

func TestIngestPages(t *testing.T) {
	srv, _ := siteServer(t)
	seedPage, err := os.ReadFile(seedHTML)
	if err != nil {
		t.Fatal(err)
	}
	seedRaw, err := os.ReadFile(seedText)
	if err != nil {
		t.Fatal(err)
	}
	htmlAsTxt := filepath.Join(t.TempDir(), "saved-page.txt")
	if err := os.WriteFile(htmlAsTxt, seedPage, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, arg, stdin                 string
		wantURL, wantPublished, wantSite string
		wantSource                       string
		wantTitle                        string
	}{
		{"URL", srv.URL + seedCanonical, "", srv.URL + seedCanonical, "2011-02-22", seedSite, srv.URL + seedCanonical, seedTitle},
		{"URL behind 5 redirects", srv.URL + "/hop/5", "", srv.URL + seedCanonical, "2011-02-22", seedSite, srv.URL + seedCanonical, seedTitle},
		{"URL whose page names its canonical address", srv.URL + "/p/123", "", srv.URL + seedCanonical, "2011-02-22", seedSite, srv.URL + seedCanonical, seedTitle},
		{"plain-text URL", srv.URL + "/text", "", srv.URL + "/text", "", "", srv.URL + "/text", ""},
		{"HTML file", seedHTML, "", "", "2011-02-22", seedSite, seedHTML, seedTitle},
		{"HTML saved as .txt", htmlAsTxt, "", "", "2011-02-22", seedSite, htmlAsTxt, seedTitle},
		{"text file", seedText, "", "", "", "", seedText, ""},
		{"HTML on standard input", "-", string(seedPage), "", "2011-02-22", seedSite, "-", seedTitle},
		{"text on standard input", "-", string(seedRaw), "", "", "", "-", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			out, _, err := runIngest(context.Background(), t, strings.NewReader(tc.stdin), "--corpus", dir, tc.arg)
			if err != nil {
				t.Fatalf("fundbot ingest %s: %v", tc.arg, err)
			}
			rs := releaseFiles(t, dir)
			if len(rs) != 1 {
				t.Fatalf("fundbot ingest %s wrote %d releases, want 1", tc.arg, len(rs))
			}
			r := rs[0]
			for _, c := range []struct{ field, got, want string }{
				{"url", r.URL, tc.wantURL},
				{"published", r.Published, tc.wantPublished},
				{"site", r.Site, tc.wantSite},
				{"source", r.Source, tc.wantSource},
			} {
				if c.got != c.want {
					t.Errorf("fundbot ingest %s wrote %s %q, want %q", tc.arg, c.field, c.got, c.want)
				}
			}
			if tc.wantTitle != "" && r.Title != tc.wantTitle {
				t.Errorf("fundbot ingest %s wrote title %q, want the page's %q", tc.arg, r.Title, tc.wantTitle)
			}
			for _, chrome := range []string{"cookies", "Who we are", "Facebook", "Related News", "route des Morillons"} {
				for _, p := range r.Paragraphs {
					if strings.Contains(p, chrome) && strings.HasSuffix(tc.arg, "html") {
						t.Errorf("fundbot ingest %s kept the page's chrome %q in paragraph %q", tc.arg, chrome, p)
					}
				}
			}
			if !strings.Contains(out, "wrote "+filepath.Join(dir, r.ID+".md")) {
				t.Errorf("fundbot ingest %s printed %q, want the file written", tc.arg, out)
			}
			if tc.wantPublished != "" && !strings.Contains(out, "Published:  "+tc.wantPublished) {
				t.Errorf("fundbot ingest %s printed %q, want the publication date", tc.arg, out)
			}
			for _, c := range r.Check {
				if !strings.Contains(out, "check:      "+c+"\n") {
					t.Errorf("fundbot ingest %s printed %q, want the check %q", tc.arg, out, c)
				}
			}
		})
	}
}

func TestIngestRefused(t *testing.T) {
	srv, _ := siteServer(t)
	tmp := t.TempDir()
	big := filepath.Join(tmp, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("Japan gives USD 5 million to IOM.\n"), webpage.DefaultMaxBytes/30), 0o644); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(tmp, "scan.txt")
	if err := os.WriteFile(binary, []byte("%PDF-1.7\n\x00\x01\x02\x03"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		args  []string
		stdin io.Reader
		want  string
	}{
		{"6 redirects", []string{srv.URL + "/hop/6"}, nil, "more than 5 redirects"},
		{"404", []string{srv.URL + "/missing"}, nil, "404 Not Found"},
		{"PDF", []string{srv.URL + "/report.pdf"}, nil, "content type application/pdf"},
		{"page over the cap", []string{srv.URL + "/huge"}, nil, "larger than 5 MiB"},
		{"slow server", []string{"--timeout", "200ms", srv.URL + "/slow"}, nil, "no answer within 200ms"},
		{"file URL", []string{"file:///etc/hostname"}, nil, "only http and https"},
		{"ftp URL", []string{"ftp://ftp.example.org/release.txt"}, nil, "only http and https"},
		{"missing file", []string{filepath.Join(tmp, "nope.txt")}, nil, "no such file"},
		{"folder", []string{tmp}, nil, "not a regular file (a folder)"},
		{"file over the cap", []string{big}, nil, "larger than the 5 MiB cap"},
		{"binary file", []string{binary}, nil, "not text"},
		{"standard input over the cap", []string{"-"}, io.LimitReader(zeros{}, webpage.DefaultMaxBytes+10), "larger than 5 MiB"},
		{"one bad among good", []string{seedHTML, srv.URL + "/missing", seedText}, nil, "404 Not Found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			stdin := tc.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			out, _, err := runIngest(context.Background(), t, stdin, append([]string{"--corpus", dir}, tc.args...)...)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "nothing written") {
				t.Errorf("fundbot ingest %q = %v, want an error saying %q and nothing written", tc.args, err, tc.want)
			}
			if rs := releaseFiles(t, dir); len(rs) != 0 || out != "" {
				t.Errorf("fundbot ingest %q wrote %d releases and printed %q, want nothing", tc.args, len(rs), out)
			}
		})
	}
}

// zeros is an endless reader of 'a's.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestIngestCancel(t *testing.T) {
	srv, slow := siteServer(t)
	t.Run("while fetching", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "corpus")
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		done := make(chan error, 1)
		go func() {
			_, _, err := runIngest(ctx, t, strings.NewReader(""), "--corpus", dir, seedHTML, srv.URL+"/slow")
			done <- err
		}()
		<-slow // the fetch is under way: the server has the request
		cancel()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "nothing written") {
				t.Errorf("cancelled fundbot ingest = %v, want context.Canceled and nothing written", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("fundbot ingest did not stop within 10s of being cancelled")
		}
		if rs := releaseFiles(t, dir); len(rs) != 0 {
			t.Errorf("cancelled fundbot ingest wrote %d releases, want none", len(rs))
		}
	})
	t.Run("before it starts", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "corpus")
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, _, err := runIngest(ctx, t, strings.NewReader(""), "--corpus", dir, seedHTML)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled fundbot ingest = %v, want context.Canceled", err)
		}
		if rs := releaseFiles(t, dir); len(rs) != 0 {
			t.Errorf("cancelled fundbot ingest wrote %d releases, want none", len(rs))
		}
	})
}

func TestIngestRemovesStaleTemp(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".fundbot-iom-japan-2011-1234.tmp")
	if err := os.WriteFile(stale, []byte("half a release"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runIngest(context.Background(), t, strings.NewReader(""), "--corpus", dir, seedHTML)
	if err != nil {
		t.Fatalf("fundbot ingest: %v", err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stale temporary file is still there (%v)", err)
	}
	if !strings.Contains(stderr, "removed 1 temporary file") {
		t.Errorf("fundbot ingest printed %q to stderr, want it to say it removed the leftover", stderr)
	}
	if rs := releaseFiles(t, dir); len(rs) != 1 {
		t.Errorf("fundbot ingest wrote %d releases, want 1", len(rs))
	}
}

func TestIngestStdinOnce(t *testing.T) {
	_, _, err := runIngest(context.Background(), t, strings.NewReader(""), "--corpus", t.TempDir(), "-", "-")
	if !errors.Is(err, errUsage) {
		t.Errorf("fundbot ingest - - = %v, want a usage error", err)
	}
}

// TestIngestListingPage: a tag page holding two stories, each a headline
// and its text, is written as two releases, one story's figures never in
// the other's, and the country that signs a grant agreement with its donor
// is no donor. The stories are made up in the shape of a news site's tag
// page.
func TestIngestListingPage(t *testing.T) {
	page := strings.Join([]string{
		"Japan",
		"Laos, Japan sign grant agreement on scholarships",
		"Laos and Japan have signed a grant agreement on a scholarship project for young officials worth up to JPY 300 million or around $2.7 million.",
		"Japan funds UN Women programmes for women and girls in the pandemic",
		"The government of Japan has contributed US$2,000,000 to UN Women programmes that protect women and girls facing the pandemic in Asia and the Pacific.",
		"Women carry most of the unpaid care work at home, UN Women said.",
	}, "\n")
	dir := filepath.Join(t.TempDir(), "corpus")
	out, _, err := runIngest(context.Background(), t, strings.NewReader(page), "--corpus", dir, "-")
	if err != nil {
		t.Fatalf("fundbot ingest: %v", err)
	}
	rs := releaseFiles(t, dir)
	if len(rs) != 2 {
		t.Fatalf("fundbot ingest wrote %d releases, want 2:\n%s", len(rs), out)
	}
	byTitle := map[string]*corpus.Release{}
	for _, r := range rs {
		byTitle[r.Title] = r
	}
	grant, women := byTitle["Laos, Japan sign grant agreement on scholarships"], byTitle["Japan funds UN Women programmes for women and girls in the pandemic"]
	if grant == nil || women == nil {
		t.Fatalf("fundbot ingest wrote titles %q, want the two stories' headlines", slices.Collect(maps.Keys(byTitle)))
	}
	for _, c := range []struct {
		r          *corpus.Release
		total, not string
		donors     []string
	}{
		{grant, "up to JPY 300 million", "US$2,000,000", []string{"Japan"}},
		{women, "US$2,000,000", "JPY 300 million", []string{"Japan"}},
	} {
		tot, ok := c.r.Total()
		if !ok || tot.Amount.Stated != c.total {
			t.Errorf("%q: total %+v, want %q", c.r.Title, tot, c.total)
		}
		if !slices.Equal(c.r.Donors, c.donors) {
			t.Errorf("%q: donors %q, want %q (a co-signatory is no donor)", c.r.Title, c.r.Donors, c.donors)
		}
		for _, p := range c.r.Paragraphs {
			if strings.Contains(p, c.not) {
				t.Errorf("%q holds the other story's %q in %q", c.r.Title, c.not, p)
			}
		}
	}
}
