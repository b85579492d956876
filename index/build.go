package index

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/fundbot/fundbot/corpus"
)

// A persisted index directory holds the Bleve index in bleveDir and, written
// last, the stamp file: schema version, corpus fingerprint and document
// count. An index is only reused when its stamp matches.
//
// Beside them, compiledFile holds the compiled form of the corpus the index
// was opened with (corpus.Corpus.WriteCompiled), so that a later process can
// load the corpus without parsing every release file: see ReadCompiled.
const (
	bleveDir     = "bleve"
	stampFile    = "fingerprint"
	compiledFile = "corpus.bin"
)

// buildOptions tune how an index is built; benchmarks compare them.
type buildOptions struct {
	batchDocs int  // documents per Bleve batch
	workers   int  // goroutines indexing batches at once
	merge     bool // merge into one segment before use
	offline   bool // use Bleve's offline builder (one merged segment) instead of batches
	// memoryBelow: a temporary index of fewer documents is kept in memory
	// (scorch without a path), with no files at all.
	memoryBelow uint64
}

// defaultBuild indexes batches of 1,000 documents on two goroutines, then
// merges the index into one segment, which searches faster. On the 10k
// benchmark (docs/benchmarks.md) that took 19-21 s where Bleve's offline
// builder, which analyses on one goroutine, took 30 s, and a quarter of that
// where unmerged batches took 13-15 s. Small temporary indexes, such as the
// seed corpus's, are built in memory: the seed took 15 ms there against
// 40 ms on disk, most of it the files' syncs.
var defaultBuild = buildOptions{batchDocs: 1000, workers: 2, merge: true, memoryBelow: 20000}

// openTemp builds an index of c in memory if it is small, or else in a new
// temporary directory.
func openTemp(lg *slog.Logger, c *corpus.Corpus, opts buildOptions) (*Index, error) {
	start := time.Now()
	if docCount(c) < opts.memoryBelow {
		m, err := newMapping()
		if err != nil {
			return nil, fmt.Errorf("open index: %w", err)
		}
		bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
		if err != nil {
			return nil, fmt.Errorf("open index: %w", err)
		}
		if err := fill(bi, c, opts); err != nil {
			return nil, errors.Join(fmt.Errorf("open index: %w", err), bi.Close())
		}
		lg.Info("index built", "in_memory", true, "releases", len(c.Releases),
			"docs", docCount(c), "duration", since(start))
		return newIndex(lg, c, bi, "", true)
	}
	tmp, err := os.MkdirTemp("", "fundbot-index-*")
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	bi, err := build(filepath.Join(tmp, bleveDir), c, opts)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("open index: %w", err), removeAll(tmp))
	}
	lg.Info("index built", "dir", tmp, "temporary", true, "releases", len(c.Releases),
		"docs", docCount(c), "duration", since(start))
	return newIndex(lg, c, bi, tmp, true)
}

// newIndex wraps an open Bleve index of c; on error it closes bi and
// removes temp.
func newIndex(lg *slog.Logger, c *corpus.Corpus, bi bleve.Index, temp string, rebuilt bool) (*Index, error) {
	w, err := newWords(bi, docCount(c))
	if err != nil {
		err = errors.Join(fmt.Errorf("open index: %w", err), bi.Close())
		if temp != "" {
			err = errors.Join(err, removeAll(temp))
		}
		return nil, err
	}
	return &Index{lg: lg, c: c, bi: bi, words: w, temp: temp, rebuilt: rebuilt}, nil
}

// openPersisted reuses the index in dir if it is of c, and rebuilds it
// otherwise.
func openPersisted(lg *slog.Logger, dir string, c *corpus.Corpus, opts buildOptions) (*Index, error) {
	start := time.Now()
	dir = filepath.Clean(dir)
	bi, err := reuse(dir, c)
	if err == nil {
		lg.Info("index reused", "dir", dir, "releases", len(c.Releases), "docs", docCount(c),
			"duration", since(start))
		keepCompiled(lg, dir, c)
		return newIndex(lg, c, bi, "", false)
	}
	reason := err.Error()
	if err := rebuild(dir, c, opts); err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	bi, err = openReadOnly(filepath.Join(dir, bleveDir), docCount(c))
	if err != nil {
		return nil, fmt.Errorf("open index %s after building it: %w", dir, err)
	}
	lg.Info("index rebuilt", "dir", dir, "reason", reason, "releases", len(c.Releases),
		"docs", docCount(c), "duration", since(start))
	keepCompiled(lg, dir, c)
	return newIndex(lg, c, bi, "", true)
}

// ReadCompiled reads the compiled corpus kept in the index directory dir,
// for corpus.LoadOptions.Previous. It returns nil and no error when there is
// none, and an error when it cannot be used (the caller then loads the
// corpus from its files, and the next Open writes a new one).
//
// The file is mapped into memory, not copied (corpus.OpenCompiled), and the
// releases point into it: the mapping is kept for the life of the process.
func ReadCompiled(dir string) (*corpus.Compiled, error) {
	name := filepath.Join(dir, compiledFile)
	cc, err := corpus.OpenCompiled(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read compiled corpus %s: %w", name, err)
	}
	return cc, nil
}

// keepCompiled writes c's compiled form into dir if it differs from the one
// c was loaded with. The write is atomic (a temporary file renamed into
// place); a failure, such as a read-only directory, is logged, not fatal.
func keepCompiled(lg *slog.Logger, dir string, c *corpus.Corpus) {
	if !c.CompiledChanged() {
		return
	}
	start := time.Now()
	leftovers, _ := filepath.Glob(filepath.Join(dir, compiledFile+".tmp-*"))
	for _, name := range leftovers {
		if fi, err := os.Stat(name); err == nil && time.Since(fi.ModTime()) > staleAfter {
			os.Remove(name) // what a crash while writing left
		}
	}
	err := func() error {
		f, err := os.CreateTemp(dir, compiledFile+".tmp-*")
		if err != nil {
			return err
		}
		done := false
		defer func() {
			if !done {
				f.Close()
				os.Remove(f.Name())
			}
		}()
		w := bufio.NewWriterSize(f, 1<<20)
		if err := c.WriteCompiled(w); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if err := f.Sync(); err != nil {
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		if err := os.Rename(f.Name(), filepath.Join(dir, compiledFile)); err != nil {
			return err
		}
		done = true
		return nil
	}()
	if err != nil {
		lg.Warn("compiled corpus not kept: the next start parses every release file", "dir", dir, "err", err)
		return
	}
	lg.Info("compiled corpus kept", "dir", dir, "releases", len(c.Releases), "duration", since(start))
}

// errStale reports a persisted index that is not of the corpus at hand.
var errStale = errors.New("index is not of this corpus")

// reuse opens the index persisted in dir if its stamp says it is of c.
func reuse(dir string, c *corpus.Corpus) (bleve.Index, error) {
	want := stamp(c)
	got, err := os.ReadFile(filepath.Join(dir, stampFile))
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, errors.New("no index yet")
	case err != nil:
		return nil, err
	case string(got) != want:
		return nil, errStale
	}
	return openReadOnly(filepath.Join(dir, bleveDir), docCount(c))
}

// stamp returns the contents of the stamp file of an index of c.
func stamp(c *corpus.Corpus) string {
	return fmt.Sprintf("%s\n%s\n%d\n", schemaVersion, c.Fingerprint(), docCount(c))
}

// openReadOnly opens a persisted Bleve index and checks that it holds docs
// documents. A damaged index can make Bleve panic while opening it; that is
// reported as an error.
func openReadOnly(path string, docs uint64) (bi bleve.Index, err error) {
	defer func() {
		if p := recover(); p != nil {
			bi, err = nil, fmt.Errorf("unreadable index: %v", p)
		}
	}()
	bi, err = bleve.OpenUsing(path, map[string]any{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("unreadable index: %w", err)
	}
	n, err := bi.DocCount()
	if err == nil && n != docs {
		err = fmt.Errorf("index holds %d documents, want %d", n, docs)
	}
	if err != nil {
		return nil, errors.Join(err, bi.Close())
	}
	return bi, nil
}

// rebuild builds an index of c in a sibling of dir and renames it into
// place, so that dir never holds a half-built index that looks complete: the
// stamp is written last, and the rename is the commit. An existing dir is
// only replaced if it looks like an index (it has a stamp file or a Bleve
// directory, or is empty), never a directory of other files.
func rebuild(dir string, c *corpus.Corpus, opts buildOptions) error {
	if err := checkReplaceable(dir); err != nil {
		return err
	}
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	removeStaleBuilds(parent, base)
	tmp, err := os.MkdirTemp(parent, base+".build-*")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	bi, err := build(filepath.Join(tmp, bleveDir), c, opts)
	if err != nil {
		return err
	}
	if err := bi.Close(); err != nil {
		return fmt.Errorf("close built index: %w", err)
	}
	if err := writeSynced(filepath.Join(tmp, stampFile), []byte(stamp(c))); err != nil {
		return err
	}
	// Move the old index aside first: a crash between the two renames leaves
	// no index in dir, and the next Open builds again.
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("move old index aside: %w", err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		return fmt.Errorf("move new index into place: %w", err)
	}
	done = true
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("remove old index: %w", err)
		}
	}
	return nil
}

// staleAfter is how old a sibling build directory must be before rebuild
// takes it for the leftover of a crashed build, not one in progress.
const staleAfter = time.Hour

// removeStaleBuilds removes what crashed builds of base left in parent.
func removeStaleBuilds(parent, base string) {
	stale, _ := filepath.Glob(filepath.Join(parent, base+".build-*"))
	for _, dir := range stale {
		if fi, err := os.Stat(dir); err == nil && time.Since(fi.ModTime()) > staleAfter {
			os.RemoveAll(dir)
		}
	}
}

// checkReplaceable returns an error if dir exists and holds something other
// than an index.
func checkReplaceable(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() == stampFile || e.Name() == bleveDir {
			return nil
		}
	}
	if len(entries) == 0 {
		return nil
	}
	return fmt.Errorf("%s is not empty and holds no index: not replacing it", dir)
}

func writeSynced(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	_, err = w.Write(data)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// build creates a scorch index of c at path, which must not exist, and
// returns it open for writing.
func build(path string, c *corpus.Corpus, opts buildOptions) (bleve.Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	if opts.offline {
		return buildOffline(path, m, c, opts)
	}
	bi, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	if err := fill(bi, c, opts); err != nil {
		return nil, errors.Join(err, bi.Close())
	}
	if opts.merge {
		if err := forceMerge(bi); err != nil {
			return nil, errors.Join(err, bi.Close())
		}
	}
	return bi, nil
}

// buildOffline builds the index with Bleve's offline builder, which writes
// segments of opts.batchDocs documents and merges them into one, then opens
// it.
func buildOffline(path string, m mapping.IndexMapping, c *corpus.Corpus, opts buildOptions) (bleve.Index, error) {
	b, err := bleve.NewBuilder(path, m, map[string]any{
		"batchSize":       opts.batchDocs,
		"buildPathPrefix": filepath.Dir(path),
	})
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	for _, r := range c.Releases {
		if err := releaseDocs(r, func(id string, d doc) error { return b.Index(id, d) }); err != nil {
			return nil, errors.Join(fmt.Errorf("index release %s: %w", r.ID, err), b.Close())
		}
	}
	if err := b.Close(); err != nil {
		return nil, fmt.Errorf("finish index: %w", err)
	}
	bi, err := bleve.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open built index: %w", err)
	}
	return bi, nil
}

// fill indexes c's documents in batches of about opts.batchDocs, with
// opts.workers goroutines each mapping and submitting its own batches.
func fill(bi bleve.Index, c *corpus.Corpus, opts buildOptions) error {
	chunks := make(chan []*corpus.Release)
	go func() {
		defer close(chunks)
		var chunk []*corpus.Release
		docs := 0
		for _, r := range c.Releases {
			chunk = append(chunk, r)
			docs += len(r.Paragraphs) + len(r.Facts)
			if docs >= opts.batchDocs {
				chunks <- chunk
				chunk, docs = nil, 0
			}
		}
		if len(chunk) > 0 {
			chunks <- chunk
		}
	}()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	for range max(opts.workers, 1) {
		wg.Go(func() {
			for chunk := range chunks {
				mu.Lock()
				failed := firstErr != nil
				mu.Unlock()
				if failed {
					continue // drain
				}
				if err := indexChunk(bi, chunk); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	return firstErr
}

func indexChunk(bi bleve.Index, chunk []*corpus.Release) error {
	b := bi.NewBatch()
	for _, r := range chunk {
		err := releaseDocs(r, func(id string, d doc) error { return b.Index(id, d) })
		if err != nil {
			return fmt.Errorf("index release %s: %w", r.ID, err)
		}
	}
	if err := bi.Batch(b); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	return nil
}

// forceMerge merges the index into a single segment, which makes searches
// faster at the cost of build time.
func forceMerge(bi bleve.Index) error {
	adv, err := bi.Advanced()
	if err != nil {
		return fmt.Errorf("merge index: %w", err)
	}
	s, ok := adv.(interface {
		ForceMerge(context.Context, *mergeplan.MergePlanOptions) error
	})
	if !ok {
		return fmt.Errorf("merge index: %T cannot merge", adv)
	}
	if err := s.ForceMerge(context.Background(), &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		return fmt.Errorf("merge index: %w", err)
	}
	return nil
}

// removeAll removes a temporary index directory.
func removeAll(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("remove %s: %w", dir, err)
	}
	return nil
}
