package corpus_test

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
)

// countingFS is a folder that counts the files opened in it.
type countingFS struct {
	fs.FS
	opened atomic.Int64
}

func (c *countingFS) Open(name string) (fs.File, error) {
	if name != "." {
		c.opened.Add(1)
	}
	return c.FS.Open(name)
}

func (c *countingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(c.FS, name)
}

// compile writes c's compiled form and reads it back as a later process
// would, dated as if that earlier load had begun after the files last
// changed (a test cannot wait for them to age).
func compile(t *testing.T, c *corpus.Corpus) *corpus.Compiled {
	t.Helper()
	var buf bytes.Buffer
	if err := c.WriteCompiled(&buf); err != nil {
		t.Fatalf("WriteCompiled: %v", err)
	}
	cc, err := corpus.ReadCompiled(buf.Bytes())
	if err != nil {
		t.Fatalf("ReadCompiled: %v", err)
	}
	corpus.AgeCompiled(cc, time.Minute)
	return cc
}

// loaders are the ways to load a corpus folder, each with the release
// files opened in fsys, a view of the folder dir.
var loaders = []struct {
	name string
	load func(dir string, fsys fs.FS, opts corpus.LoadOptions) (*corpus.Corpus, error)
}{
	{"LoadWith", func(_ string, fsys fs.FS, opts corpus.LoadOptions) (*corpus.Corpus, error) {
		return corpus.LoadWith(nil, fsys, opts)
	}},
	{"LoadDir", func(dir string, fsys fs.FS, opts corpus.LoadOptions) (*corpus.Corpus, error) {
		return corpus.LoadDirFS(nil, dir, fsys, opts)
	}},
}

func TestCompiled(t *testing.T) {
	for _, ld := range loaders {
		t.Run(ld.name, func(t *testing.T) { testCompiled(t, ld.load) })
	}
}

// testCompiled checks which files a load with a compiled form opens, and
// what it finds, as the files are touched, edited and removed.
func testCompiled(t *testing.T, loadDir func(dir string, fsys fs.FS, opts corpus.LoadOptions) (*corpus.Corpus, error)) {
	dir := t.TempDir()
	if err := corpustest.Write(dir, corpustest.Synthetic(40, 7)); err != nil {
		t.Fatal(err)
	}
	first, err := corpus.LoadWith(nil, os.DirFS(dir), corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !first.CompiledChanged() {
		t.Error("CompiledChanged = false for a load without a compiled form")
	}
	load := func(t *testing.T, prev *corpus.Compiled) (*corpus.Corpus, int64) {
		t.Helper()
		cfs := &countingFS{FS: os.DirFS(dir)}
		c, err := loadDir(dir, cfs, corpus.LoadOptions{Previous: prev})
		if err != nil {
			t.Fatalf("LoadWith: %v", err)
		}
		return c, cfs.opened.Load()
	}

	t.Run("unchanged", func(t *testing.T) {
		c, opened := load(t, compile(t, first))
		if opened != 0 {
			t.Errorf("LoadWith opened %d files, want none", opened)
		}
		if diff := cmp.Diff(first.Releases, c.Releases); diff != "" {
			t.Errorf("releases from the compiled form differ (-parsed +compiled):\n%s", diff)
		}
		if c.Fingerprint() != first.Fingerprint() || c.CompiledChanged() {
			t.Errorf("fingerprint %s, changed %v; want %s, false", c.Fingerprint(), c.CompiledChanged(), first.Fingerprint())
		}
	})
	t.Run("not aged: files are read again", func(t *testing.T) {
		var buf bytes.Buffer
		if err := first.WriteCompiled(&buf); err != nil {
			t.Fatal(err)
		}
		cc, err := corpus.ReadCompiled(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		c, opened := load(t, cc)
		if opened != 40 || c.Fingerprint() != first.Fingerprint() || !c.CompiledChanged() {
			t.Errorf("opened %d, same fingerprint %v, changed %v; want 40, true, true",
				opened, c.Fingerprint() == first.Fingerprint(), c.CompiledChanged())
		}
	})

	cc := compile(t, first)
	name := first.Releases[3].ID + ".md"
	file := filepath.Join(dir, name)
	t.Run("touched", func(t *testing.T) {
		later := time.Now().Add(time.Hour)
		if err := os.Chtimes(file, later, later); err != nil {
			t.Fatal(err)
		}
		c, opened := load(t, cc)
		if opened != 1 || c.Fingerprint() != first.Fingerprint() || !c.CompiledChanged() {
			t.Errorf("opened %d, same fingerprint %v, changed %v; want 1, true, true",
				opened, c.Fingerprint() == first.Fingerprint(), c.CompiledChanged())
		}
	})
	t.Run("edited, same size and times", func(t *testing.T) {
		fi, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		edited := bytes.Replace(data, []byte("title: "), []byte("title: X"), 1)
		edited = bytes.Replace(edited, []byte("\n\n"), []byte("\n"), 1) // same size
		if len(edited) != len(data) {
			t.Fatalf("edit changed the size")
		}
		if err := os.WriteFile(file, edited, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(file, fi.ModTime(), fi.ModTime()); err != nil {
			t.Fatal(err)
		}
		c, opened := load(t, cc)
		r, _ := c.Release(first.Releases[3].ID)
		if opened != 1 || c.Fingerprint() == first.Fingerprint() || r == nil || r.Title[0] != 'X' {
			t.Errorf("opened %d, fingerprint changed %v, release %+v; want 1, true, the edited title",
				opened, c.Fingerprint() != first.Fingerprint(), r)
		}
	})
	t.Run("removed", func(t *testing.T) {
		if err := os.Remove(file); err != nil {
			t.Fatal(err)
		}
		c, _ := load(t, cc)
		if len(c.Releases) != 39 || c.Fingerprint() == first.Fingerprint() || !c.CompiledChanged() {
			t.Errorf("%d releases, fingerprint changed %v, changed %v; want 39, true, true",
				len(c.Releases), c.Fingerprint() != first.Fingerprint(), c.CompiledChanged())
		}
	})
}

// compiledOf loads n synthetic release files and returns the corpus, its
// compiled form and the folder of the files.
func compiledOf(t *testing.T, n int, seed int64) (c *corpus.Corpus, compiled []byte, dir string) {
	t.Helper()
	dir = t.TempDir()
	if err := corpustest.Write(dir, corpustest.Synthetic(n, seed)); err != nil {
		t.Fatal(err)
	}
	c, err := corpus.LoadWith(nil, os.DirFS(dir), corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.WriteCompiled(&buf); err != nil {
		t.Fatal(err)
	}
	return c, buf.Bytes(), dir
}

func TestReadCompiledRefuses(t *testing.T) {
	_, good, _ := compiledOf(t, 5, 1)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"other schema", bytes.Replace(good, []byte("Title:string"), []byte("Title:int"), 1)},
		{"truncated", good[:len(good)-7]},
		{"cut in the header", good[:200]},
		{"longer", append(append([]byte{}, good...), 0, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := corpus.ReadCompiled(tc.data); !errors.Is(err, corpus.ErrCompiledStale) {
				t.Errorf("ReadCompiled = %v, want ErrCompiledStale", err)
			}
		})
	}
	if err := corpustest.Synthetic(3, 1).WriteCompiled(io.Discard); err == nil {
		t.Error("WriteCompiled of a corpus not loaded from files = nil error")
	}
}

// TestOpenCompiled maps the same compiled corpus twice: the first at the
// address its image was laid out for where that is free, the second, with
// that address taken, elsewhere with its pointers moved. Both must hold the
// parsed releases, and a damaged file must be refused, not mapped.
func TestOpenCompiled(t *testing.T) {
	c, good, dir := compiledOf(t, 30, 3)
	name := filepath.Join(t.TempDir(), "corpus.bin")
	if err := os.WriteFile(name, good, 0o644); err != nil {
		t.Fatal(err)
	}
	var at []uintptr
	for i := range 2 {
		cc, err := corpus.OpenCompiled(name)
		if err != nil {
			t.Fatalf("OpenCompiled #%d: %v", i+1, err)
		}
		rs, p := corpus.CompiledReleases(cc)
		if diff := cmp.Diff(c.Releases, rs); diff != "" {
			t.Errorf("OpenCompiled #%d (image at %#x): releases differ (-parsed +compiled):\n%s", i+1, p, diff)
		}
		at = append(at, p)
		corpus.AgeCompiled(cc, time.Minute)
		cfs := &countingFS{FS: os.DirFS(dir)}
		loaded, err := corpus.LoadDirFS(nil, dir, cfs, corpus.LoadOptions{Previous: cc})
		if err != nil {
			t.Fatalf("LoadDir with mapped compiled corpus #%d: %v", i+1, err)
		}
		if cfs.opened.Load() != 0 || loaded.CheckPrevious() != nil {
			t.Errorf("LoadDir with mapped compiled corpus #%d: opened %d files, CheckPrevious %v; want none, nil",
				i+1, cfs.opened.Load(), loaded.CheckPrevious())
		}
	}
	t.Logf("images at %#x (laid out for %#x)", at, corpus.ImageBase)
	if at[0] == at[1] {
		t.Errorf("both images at %#x", at[0])
	}
	if _, err := corpus.OpenCompiled(filepath.Join(t.TempDir(), "none")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenCompiled of no file = %v, want os.ErrNotExist", err)
	}
	t.Run("a string changed", func(t *testing.T) {
		// Mapped, the strings are checked while the corpus loads: Check
		// reports the damage, and a corpus with releases from it is not
		// written again.
		bad := bytes.Clone(good)
		title := []byte(c.Releases[0].Title)
		bad[bytes.Index(bad, title)] ^= 1
		if _, err := corpus.ReadCompiled(bad); !errors.Is(err, corpus.ErrCompiledStale) {
			t.Errorf("ReadCompiled = %v, want ErrCompiledStale", err)
		}
		name := filepath.Join(t.TempDir(), "corpus.bin")
		if err := os.WriteFile(name, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		cc, err := corpus.OpenCompiled(name)
		if err != nil {
			if !errors.Is(err, corpus.ErrCompiledStale) {
				t.Errorf("OpenCompiled = %v, want nil or ErrCompiledStale", err)
			}
			return // refused at once, as off Linux
		}
		if err := cc.Check(); !errors.Is(err, corpus.ErrCompiledStale) {
			t.Errorf("Check = %v, want ErrCompiledStale", err)
		}
		corpus.AgeCompiled(cc, time.Minute)
		loaded, err := corpus.LoadWith(nil, os.DirFS(dir), corpus.LoadOptions{Previous: cc})
		if err != nil {
			t.Fatal(err)
		}
		if err := loaded.WriteCompiled(io.Discard); !errors.Is(err, corpus.ErrCompiledStale) {
			t.Errorf("WriteCompiled of releases from a damaged compiled corpus = %v, want ErrCompiledStale", err)
		}
	})
	for _, tc := range []struct {
		name string
		edit func([]byte) []byte
	}{
		{"a value changed", func(b []byte) []byte { b[corpus.ImageAlign] ^= 1; return b }},
		{"a relocation changed", func(b []byte) []byte { b[len(b)-3] ^= 1; return b }},
		{"truncated", func(b []byte) []byte { return b[:len(b)-4] }},
		{"header changed", func(b []byte) []byte { b[bytes.IndexByte(b, '\n')+1] ^= 1; return b }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := filepath.Join(t.TempDir(), "corpus.bin")
			if err := os.WriteFile(bad, tc.edit(bytes.Clone(good)), 0o644); err != nil {
				t.Fatal(err)
			}
			// A changed relocation is only read where the image is moved:
			// with the laid-out address taken by the images above, it is.
			// Mapped, all but the header is checked after OpenCompiled
			// returns: a load given the compiled corpus then parses the
			// files instead, and Check reports the damage.
			cc, err := corpus.OpenCompiled(bad)
			if err == nil {
				corpus.AgeCompiled(cc, time.Minute)
				loaded, lerr := corpus.LoadDir(nil, dir, corpus.LoadOptions{Previous: cc})
				if lerr != nil {
					t.Fatalf("LoadDir with a damaged compiled corpus: %v", lerr)
				}
				if diff := cmp.Diff(c.Releases, loaded.Releases); diff != "" || loaded.CheckPrevious() != nil {
					t.Errorf("LoadDir with a damaged compiled corpus: CheckPrevious %v; releases differ (-parsed +loaded):\n%s",
						loaded.CheckPrevious(), diff)
				}
				err = cc.Check()
			}
			if !errors.Is(err, corpus.ErrCompiledStale) {
				t.Errorf("OpenCompiled, Check = %v, want ErrCompiledStale", err)
			}
			if _, err := corpus.ReadCompiled(tc.edit(bytes.Clone(good))); !errors.Is(err, corpus.ErrCompiledStale) {
				t.Errorf("ReadCompiled = %v, want ErrCompiledStale", err)
			}
		})
	}
}

// BenchmarkLoad10k loads 10,000 synthetic release files (79 MB) by parsing
// every one, and from a kept compiled form, as a process that reuses a
// persisted index does: the compiled form mapped (OpenCompiled), every file
// asked for its state (LoadDir), none opened, and the values and strings
// checked. Run it with
// -benchtime 1x for parse: one load takes seconds.
func BenchmarkLoad10k(b *testing.B) {
	dir := b.TempDir()
	if err := corpustest.Write(dir, corpustest.Synthetic(10000, 1)); err != nil {
		b.Fatal(err)
	}
	first, err := corpus.LoadWith(nil, os.DirFS(dir), corpus.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := first.WriteCompiled(&buf); err != nil {
		b.Fatal(err)
	}
	bin := filepath.Join(b.TempDir(), "corpus.bin")
	if err := os.WriteFile(bin, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("parse", func(b *testing.B) {
		for b.Loop() {
			if _, err := corpus.LoadWith(nil, os.DirFS(dir), corpus.LoadOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("compiled", func(b *testing.B) {
		cpu := cpuTime()
		defer func() {
			b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "CPU-ms/op")
			b.ReportMetric(float64(buf.Len())/1e6, "MB-compiled")
		}()
		for b.Loop() {
			cc, err := corpus.OpenCompiled(bin)
			if err != nil {
				b.Fatal(err)
			}
			corpus.AgeCompiled(cc, time.Minute)
			c, err := corpus.LoadDir(nil, dir, corpus.LoadOptions{Previous: cc})
			if err != nil || c.CompiledChanged() {
				b.Fatalf("LoadWith with the compiled form: %v, changed %v", err, c.CompiledChanged())
			}
			if err := cc.Check(); err != nil {
				b.Fatal(err)
			}
			corpus.UnmapCompiled(cc)
		}
	})
}

// cpuTime returns the user and system CPU time the process has used: on a
// shared machine it says more about a load's cost than wall time does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCompiledCorpus checks that the corpus a compiled corpus was made
// from comes back whole from it, with the fingerprint of a load of the same
// files: a process keeps the engine it made from it only when they agree.
func TestCompiledCorpus(t *testing.T) {
	c, good, dir := compiledOf(t, 30, 5)
	cc, err := corpus.ReadCompiled(good)
	if err != nil {
		t.Fatal(err)
	}
	got, err := cc.Corpus()
	if err != nil {
		t.Fatalf("Corpus: %v", err)
	}
	if diff := cmp.Diff(c.Releases, got.Releases); diff != "" {
		t.Errorf("Corpus: releases differ (-loaded +compiled):\n%s", diff)
	}
	corpus.AgeCompiled(cc, time.Minute)
	loaded, err := corpus.LoadDir(nil, dir, corpus.LoadOptions{Previous: cc})
	if err != nil {
		t.Fatal(err)
	}
	if got.Fingerprint() != c.Fingerprint() || got.Fingerprint() != loaded.Fingerprint() || got.CompiledChanged() {
		t.Errorf("Corpus: fingerprint %s, changed %v; want %s (loaded %s), unchanged",
			got.Fingerprint(), got.CompiledChanged(), c.Fingerprint(), loaded.Fingerprint())
	}
}
