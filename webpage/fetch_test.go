package webpage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const releasePage = `<!DOCTYPE html><html><head><title>Japan funds IOM | IOM</title>
<meta property="article:published_time" content="2012-03-01T09:00:00+09:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Japan funds IOM</h1><p>Japan gives USD 5 million to IOM for 2012.</p></article>
<footer>© 2012 IOM</footer></body></html>`

// pageServer serves the release page at /page, redirect chains at
// /hop/N (N redirects before /page), and the special cases below.
func pageServer(t *testing.T) (*httptest.Server, *atomic.Value) {
	t.Helper()
	var ua atomic.Value
	ua.Store("")
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.Header.Get("User-Agent"))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, releasePage)
	})
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n <= 1 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/release.txt", http.StatusFound)
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "Japan funds IOM\n\nJapan gives  USD 5 million.\n")
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("Gen\xe8ve, 1 March: Japan gives USD 5 million.")) // è in Latin-1
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.4\n")
	})
	mux.HandleFunc("/binary-as-html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/bad-type", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset")
		io.WriteString(w, releasePage)
	})
	mux.HandleFunc("/no-type", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // stop net/http from sniffing
		io.WriteString(w, releasePage)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "2000000")
		w.Write([]byte(strings.Repeat("<p>x</p>", 250_000)))
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>More text.</p>\n", 100))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &ua
}

func TestFetch(t *testing.T) {
	srv, ua := pageServer(t)
	for _, tc := range []struct {
		name, path, wantURL, wantTitle, wantPublished, wantText string
	}{
		{"html page", "/page", "/page", "Japan funds IOM", "2012-03-01", "Japan gives USD 5 million to IOM for 2012."},
		{"5 redirects", "/hop/5", "/page", "Japan funds IOM", "2012-03-01", "Japan gives USD 5 million to IOM for 2012."},
		{"plain text untouched", "/text", "/text", "", "", "Japan funds IOM\n\nJapan gives  USD 5 million.\n"},
		{"plain text in Latin-1", "/latin1", "/latin1", "", "", "Genève, 1 March: Japan gives USD 5 million."},
		{"no content type", "/no-type", "/no-type", "Japan funds IOM", "2012-03-01", "Japan gives USD 5 million to IOM for 2012."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Fetch(context.Background(), srv.Client(), srv.URL+tc.path)
			if err != nil {
				t.Fatalf("Fetch(%s): %v", tc.path, err)
			}
			want := Page{Title: tc.wantTitle, Published: tc.wantPublished, URL: srv.URL + tc.wantURL, Text: tc.wantText}
			if *p != want {
				t.Errorf("Fetch(%s) = %+v, want %+v", tc.path, *p, want)
			}
		})
	}
	if got := ua.Load().(string); got != UserAgent {
		t.Errorf("the server saw User-Agent %q, want %q", got, UserAgent)
	}
}

func TestFetchRefused(t *testing.T) {
	srv, _ := pageServer(t)
	for _, tc := range []struct {
		name, url string
		max       int64
		want      error
		wantMsg   string
	}{
		{"6 redirects", srv.URL + "/hop/6", 0, ErrRedirects, "more than 5 redirects"},
		{"redirect to ftp", srv.URL + "/to-ftp", 0, ErrScheme, "ftp://"},
		{"not found", srv.URL + "/missing", 0, ErrStatus, "404 Not Found"},
		{"pdf", srv.URL + "/pdf", 0, ErrContentType, "application/pdf"},
		{"binary served as html", srv.URL + "/binary-as-html", 0, ErrNotText, "image/png"},
		{"malformed content type", srv.URL + "/bad-type", 0, ErrContentType, "content type"},
		{"declared length over the cap", srv.URL + "/big", 1 << 20, ErrTooLarge, "larger than 1 MiB"},
		{"endless body over the cap", srv.URL + "/endless", 64 << 10, ErrTooLarge, "larger than 64 KiB"},
		{"file scheme", "file:///etc/passwd", 0, ErrScheme, "only http and https"},
		{"ftp scheme", "ftp://example.org/release.txt", 0, ErrScheme, "only http and https"},
		{"no scheme", "www.iom.int/news", 0, ErrScheme, "only http and https"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Fetcher{Client: srv.Client(), MaxBytes: tc.max}
			p, err := f.Fetch(context.Background(), tc.url)
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("Fetch(%s) = %+v, %v; want an error wrapping %v and saying %q", tc.url, p, err, tc.want, tc.wantMsg)
			}
		})
	}
}

// TestFetchReadsNoMoreThanTheCap counts the bytes the fetcher takes from
// an endless body.
func TestFetchReadsNoMoreThanTheCap(t *testing.T) {
	srv, _ := pageServer(t)
	var counted atomic.Int64
	client := &http.Client{Transport: countingTransport{http.DefaultTransport, &counted}}
	const max = 64 << 10
	f := Fetcher{Client: client, MaxBytes: max}
	if _, err := f.Fetch(context.Background(), srv.URL+"/endless"); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Fetch(/endless) = %v, want ErrTooLarge", err)
	}
	if n := counted.Load(); n > max+1 {
		t.Errorf("Fetch read %d bytes of the body, want at most %d", n, max+1)
	}
}

type countingTransport struct {
	rt http.RoundTripper
	n  *atomic.Int64
}

func (c countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := c.rt.RoundTrip(req)
	if err == nil {
		resp.Body = countingBody{resp.Body, c.n}
	}
	return resp, err
}

type countingBody struct {
	io.ReadCloser
	n *atomic.Int64
}

func (c countingBody) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// hangingServer answers nothing until the request is gone; started says
// when a request arrived.
func hangingServer(t *testing.T) (*httptest.Server, chan struct{}) {
	t.Helper()
	started := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case started <- struct{}{}:
		default:
		}
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	return srv, started
}

func TestFetchTimeout(t *testing.T) {
	srv, _ := hangingServer(t)
	f := Fetcher{Client: srv.Client(), Timeout: 100 * time.Millisecond}
	_, err := f.Fetch(context.Background(), srv.URL)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "no answer within 100ms") {
		t.Errorf("Fetch(hanging server) = %v, want a deadline error saying no answer within 100ms", err)
	}
}

func TestFetchCancel(t *testing.T) {
	srv, started := hangingServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := Fetch(ctx, srv.Client(), srv.URL)
		done <- err
	}()
	<-started
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Fetch after cancel = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Fetch did not return within 10s of its context being cancelled")
	}
}

func TestFetchHTTPS(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html") // no charset: the page is UTF-8 all the same
		io.WriteString(w, strings.Replace(releasePage, "USD 5 million", "USD 5 million (¥400 million)", 1))
	}))
	t.Cleanup(srv.Close)
	p, err := Fetch(context.Background(), srv.Client(), srv.URL+"/news")
	if err != nil {
		t.Fatalf("Fetch over https: %v", err)
	}
	if want := "Japan gives USD 5 million (¥400 million) to IOM for 2012."; p.Text != want || p.URL != srv.URL+"/news" {
		t.Errorf("Fetch over https = %+v, want text %q and URL %s/news", p, want, srv.URL)
	}
}
