package webpage

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestReadAll(t *testing.T) {
	for _, tc := range []struct {
		name    string
		n, max  int64
		wantErr error
	}{
		{"under the cap", 99, 100, nil},
		{"at the cap", 100, 100, nil},
		{"over the cap", 101, 100, ErrTooLarge},
		{"far over the cap", 10_000, 100, ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &countingReader{r: bytes.NewReader(make([]byte, tc.n))}
			data, err := ReadAll(r, tc.max)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("ReadAll(%d bytes, %d) = %v, want %v", tc.n, tc.max, err, tc.wantErr)
			}
			if err == nil && int64(len(data)) != tc.n {
				t.Errorf("ReadAll(%d bytes, %d) read %d bytes", tc.n, tc.max, len(data))
			}
			if r.n > tc.max+1 {
				t.Errorf("ReadAll(%d bytes, %d) consumed %d bytes, want at most %d", tc.n, tc.max, r.n, tc.max+1)
			}
		})
	}
	_, err := ReadAll(bytes.NewReader(make([]byte, DefaultMaxBytes+1)), 0)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "5 MiB") {
		t.Errorf("ReadAll(5 MiB + 1, default) = %v, want an error saying larger than 5 MiB", err)
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r interface{ Read([]byte) (int, error) }
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestReadCharset reads HTML files in the charsets pages come in.
func TestReadCharset(t *testing.T) {
	head := "<!DOCTYPE html><html><head>%s<title>Aid</title>" + strings.Repeat("<!-- padding -->", 100) + "</head><body><article><p>%s</p></article></body></html>"
	for _, tc := range []struct {
		name, meta, body, want string
	}{
		{"UTF-8 undeclared, non-ASCII after the first kilobyte", "", "Japan’s gift to Genève", "Japan’s gift to Genève"},
		{"Latin-1 declared", `<meta charset="iso-8859-1">`, "Japan\x92s gift to Gen\xe8ve", "Japan’s gift to Genève"},
		{"windows-1252 undeclared", "", "Japan\x92s gift to Gen\xe8ve", "Japan’s gift to Genève"},
		{"UTF-8 declared", `<meta charset="utf-8">`, "Japan’s gift to Genève", "Japan’s gift to Genève"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(fmt.Sprintf(head, tc.meta, tc.body))
			p, err := Read("page.html", data)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if p.Text != tc.want {
				t.Errorf("Read(%q).Text = %q, want %q", tc.name, p.Text, tc.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	const page = `<!DOCTYPE html><html><head><title>Japan funds IOM | IOM</title></head><body><article><p>Japan gives USD 5 million to IOM for 2012.</p></article></body></html>`
	for _, tc := range []struct {
		name, file, data    string
		wantTitle, wantText string
		wantErr             error
	}{
		{"html by extension", "release.html", `<p>Japan gives USD 5 million to IOM for 2012.</p>`, "", "Japan gives USD 5 million to IOM for 2012.", nil},
		{"html by sniffing", "-", page, "Japan funds IOM", "Japan gives USD 5 million to IOM for 2012.", nil},
		{"html by sniffing a .txt", "release.txt", page, "Japan funds IOM", "Japan gives USD 5 million to IOM for 2012.", nil},
		{"text untouched", "release.txt", "Japan funds IOM\n\n  Japan gives USD 5 million.\n", "", "Japan funds IOM\n\n  Japan gives USD 5 million.\n", nil},
		{"binary", "release.txt", "%PDF-1.4\x00\x01\x02", "", "", ErrNotText},
		{"binary named .html", "scan.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", "", ErrNotText},
		{"not UTF-8", "-", "Japan gives \xff\xfe 5 million", "", "", ErrNotText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Read(tc.file, []byte(tc.data))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Read(%q, %q) = %v, want %v", tc.file, tc.data, err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if p.Title != tc.wantTitle || p.Text != tc.wantText {
				t.Errorf("Read(%q, %q) = title %q text %q, want %q, %q", tc.file, tc.data, p.Title, p.Text, tc.wantTitle, tc.wantText)
			}
		})
	}
}
