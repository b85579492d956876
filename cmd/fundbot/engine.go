package main

import (
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/index"
)

// startupMemory is the heap size past which the garbage collector runs
// while the engine starts.
const startupMemory = 384 << 20

// loadCorpus loads the corpus in dir, or the embedded one when dir is
// empty. A bad release file is skipped with a warning to lg, or with strict
// refuses the corpus. prev is the compiled corpus kept with an index, or
// nil: the releases of files unchanged since are taken from it.
func loadCorpus(lg *slog.Logger, dir string, strict bool, prev *corpus.Compiled) (*corpus.Corpus, error) {
	var (
		c   *corpus.Corpus
		err error
	)
	if dir == "" {
		c, err = corpus.Default()
	} else {
		c, err = corpus.LoadDir(lg, dir, corpus.LoadOptions{Strict: strict, Previous: prev})
	}
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	if len(c.Releases) == 0 {
		return nil, fmt.Errorf("load corpus: no usable release files (*.md) in %s", dir)
	}
	return c, nil
}

// openEngine loads the corpus (the embedded one when corpusDir is empty),
// opens its index (in a temporary directory when indexDir is empty) and
// returns an answer engine over them, with a function that closes the index.
func openEngine(lg *slog.Logger, corpusDir, indexDir string, strict bool) (*answer.Engine, func() error, error) {
	// Start-up allocates what the engine keeps, little garbage: collecting
	// as it goes only rescans the growing corpus (a fifth of the CPU time
	// of a start on 10,000 releases). Collect only past startupMemory,
	// which parsing every release file of a large corpus can reach.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(startupMemory))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	var prev *corpus.Compiled
	if corpusDir != "" && indexDir != "" {
		var err error
		if prev, err = index.ReadCompiled(indexDir); err != nil {
			lg.Info("parsing every release file", "err", err)
		}
	}
	c, eng, closeIndex, err := newEngine(lg, corpusDir, indexDir, strict, prev)
	if err != nil {
		return nil, nil, err
	}
	// The compiled corpus's strings were checked on the other CPU while
	// the engine was made: a damaged one is dropped and the files parsed.
	if err := c.CheckPrevious(); err != nil {
		lg.Warn("parsing every release file", "err", err)
		if err := closeIndex(); err != nil {
			return nil, nil, fmt.Errorf("close index: %w", err)
		}
		_, eng, closeIndex, err = newEngine(lg, corpusDir, indexDir, strict, nil)
		return eng, closeIndex, err
	}
	return eng, closeIndex, nil
}

// newEngine loads the corpus, with the releases of files unchanged since
// prev was written taken from prev, opens its index and returns the corpus
// and an answer engine over them, with a function that closes the index.
//
// With prev and an index directory, the engine is first made from the
// corpus prev was compiled from, and its index if it is already built,
// while the corpus folder is loaded on other CPUs (every file asked for its
// state: 10,000 system calls on 10,000 releases, the largest part of a
// start); it is kept when the load finds the same corpus (the same
// fingerprint, nothing to write again), and dropped for one made from what
// was loaded otherwise.
func newEngine(lg *slog.Logger, corpusDir, indexDir string, strict bool, prev *corpus.Compiled) (*corpus.Corpus, *answer.Engine, func() error, error) {
	type loaded struct {
		c   *corpus.Corpus
		err error
	}
	load := make(chan loaded, 1)
	go func() {
		c, err := loadCorpus(lg, corpusDir, strict, prev)
		load <- loaded{c, err}
	}()
	var (
		sc   *corpus.Corpus
		sidx *index.Index
	)
	if prev != nil && indexDir != "" {
		if c, err := prev.Corpus(); err == nil {
			if idx, err := index.Reuse(lg, indexDir, c); err == nil {
				sc, sidx = c, idx
			}
		}
	}
	var seng *answer.Engine
	if sidx != nil {
		seng = answer.New(lg, sc, sidx)
	}
	l := <-load
	if sidx != nil && l.err == nil && !l.c.CompiledChanged() && l.c.Fingerprint() == sc.Fingerprint() {
		lg.Debug("engine made from the compiled corpus, which the corpus folder matches")
		return sc, seng, sidx.Close, nil
	}
	if sidx != nil {
		if err := sidx.Close(); err != nil {
			lg.Warn("close index", "err", err)
		}
	}
	if l.err != nil {
		return nil, nil, nil, l.err
	}
	idx, err := index.Open(lg, indexDir, l.c)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("open index: %w", err)
	}
	return l.c, answer.New(lg, l.c, idx), idx.Close, nil
}
