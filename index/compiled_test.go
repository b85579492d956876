package index

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
)

// TestCompiledKept checks that an index persisted for a corpus read from
// files keeps the corpus's compiled form, that the next load can use it,
// and that a damaged one is refused, not used.
func TestCompiledKept(t *testing.T) {
	src := t.TempDir()
	if err := corpustest.Write(src, corpustest.Synthetic(20, 2)); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "index")
	if cc, err := ReadCompiled(dir); cc != nil || err != nil {
		t.Fatalf("ReadCompiled of a missing index = %v, %v; want nil, nil", cc, err)
	}
	c1, err := corpus.LoadWith(nil, os.DirFS(src), corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x := openTest(t, dir, c1)
	if !x.Rebuilt() {
		t.Error("first Open reused an index")
	}
	cc, err := ReadCompiled(dir)
	if err != nil || cc == nil {
		t.Fatalf("ReadCompiled after Open = %v, %v; want the compiled corpus", cc, err)
	}
	c2, err := corpus.LoadWith(nil, os.DirFS(src), corpus.LoadOptions{Previous: cc})
	if err != nil {
		t.Fatal(err)
	}
	if c2.Fingerprint() != c1.Fingerprint() {
		t.Errorf("fingerprint with the compiled corpus %s, want %s", c2.Fingerprint(), c1.Fingerprint())
	}
	if y := openTest(t, dir, c2); y.Rebuilt() {
		t.Error("second Open rebuilt the index of the same corpus")
	}

	write(t, filepath.Join(dir, compiledFile), "garbage")
	if cc, err := ReadCompiled(dir); cc != nil || err == nil {
		t.Errorf("ReadCompiled of garbage = %v, %v; want an error", cc, err)
	}
}
