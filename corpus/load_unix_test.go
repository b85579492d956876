//go:build unix

package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestLoadFIFO checks that a FIFO named like a release file is skipped
// without being opened: opening one for reading blocks until a writer
// comes, which would hang start-up.
func TestLoadFIFO(t *testing.T) {
	for _, ld := range []struct {
		name string
		load func(t *testing.T, dir string) (*Corpus, error)
	}{
		{"LoadWith", func(t *testing.T, dir string) (*Corpus, error) {
			return LoadWith(logTo(t), os.DirFS(dir), LoadOptions{})
		}},
		{"LoadDir", func(t *testing.T, dir string) (*Corpus, error) { return LoadDir(logTo(t), dir, LoadOptions{}) }},
	} {
		t.Run(ld.name, func(t *testing.T) { testLoadFIFO(t, ld.load) })
	}
}

func testLoadFIFO(t *testing.T, load func(t *testing.T, dir string) (*Corpus, error)) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good.md"), []byte(goodRelease), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "x.md"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Symlink("x.md", filepath.Join(dir, "y.md")); err != nil {
		t.Fatal(err)
	}
	type result struct {
		c   *Corpus
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := load(t, dir)
		done <- result{c, err}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			t.Fatalf("LoadWith: %v", res.err)
		}
		if len(res.c.Releases) != 1 {
			t.Errorf("LoadWith = %d releases, want 1", len(res.c.Releases))
		}
		s := res.c.Skipped()
		if len(s) != 2 || s[0].File != "x.md" || s[1].File != "y.md" || !errors.Is(s[0], ErrNotRegular) || !errors.Is(s[1], ErrNotRegular) {
			t.Errorf("Skipped = %v, want x.md and y.md: not regular files", s)
		}
	case <-time.After(10 * time.Second):
		// Unblock the open so that the test binary can exit.
		if f, err := os.OpenFile(filepath.Join(dir, "x.md"), os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
		t.Fatal("LoadWith still running after 10 s: it opened the FIFO")
	}
}
