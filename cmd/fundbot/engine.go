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
func newEngine(lg *slog.Logger, corpusDir, indexDir string, strict bool, prev *corpus.Compiled) (*corpus.Corpus, *answer.Engine, func() error, error) {
	c, err := loadCorpus(lg, corpusDir, strict, prev)
	if err != nil {
		return nil, nil, nil, err
	}
	idx, err := index.Open(lg, indexDir, c)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("open index: %w", err)
	}
	return c, answer.New(lg, c, idx), idx.Close, nil
}
