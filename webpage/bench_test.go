package webpage

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bigPage returns the agency page with its article's paragraphs repeated
// until the page is about size bytes.
func bigPage(b *testing.B, size int) []byte {
	b.Helper()
	page, err := os.ReadFile(filepath.Join("testdata", "pages", "agency-iom.html"))
	if err != nil {
		b.Fatal(err)
	}
	s := string(page)
	start := strings.Index(s, "<p>The Japanese government")
	end := strings.Index(s, "<p>For more information")
	body := s[start:end]
	var buf strings.Builder
	buf.WriteString(s[:start])
	for buf.Len() < size {
		buf.WriteString(body)
	}
	buf.WriteString(s[end:])
	return []byte(buf.String())
}

// BenchmarkParse reads the agency page grown to 1 and 5 MiB: the time
// should grow with the size, not its square.
func BenchmarkParse(b *testing.B) {
	for _, size := range []int{1 << 20, 5 << 20} {
		page := bigPage(b, size)
		b.Run(fmt.Sprintf("%dMiB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(page), nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
