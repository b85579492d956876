package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "out.txt")
	Check(t, path, []byte("one\n"), true)
	if b, err := os.ReadFile(path); err != nil || string(b) != "one\n" {
		t.Fatalf("after update the file holds %q, %v; want %q", b, err, "one\n")
	}
	for _, tc := range []struct {
		name     string
		path     string
		got      string
		wantFail bool
	}{
		{"same", path, "one\n", false},
		{"different", path, "two\n", true},
		{"missing file", filepath.Join(t.TempDir(), "none.txt"), "one\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{TB: t}
			Check(r, tc.path, []byte(tc.got), false)
			if r.failed != tc.wantFail {
				t.Errorf("Check(%q, %q) failed = %v, want %v", tc.path, tc.got, r.failed, tc.wantFail)
			}
		})
	}
}
