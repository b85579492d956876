package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/index"
)

// openEngine loads the corpus (the embedded one when corpusDir is empty),
// opens its index (in a temporary directory when indexDir is empty) and
// returns an answer engine over them, with a function that closes the index.
func openEngine(lg *slog.Logger, corpusDir, indexDir string) (*answer.Engine, func() error, error) {
	var (
		c   *corpus.Corpus
		err error
	)
	if corpusDir == "" {
		c, err = corpus.Default()
	} else {
		c, err = corpus.Load(os.DirFS(corpusDir))
	}
	if err != nil {
		return nil, nil, fmt.Errorf("load corpus: %w", err)
	}
	if len(c.Releases) == 0 {
		return nil, nil, fmt.Errorf("load corpus: no release files (*.md) in %s", corpusDir)
	}
	idx, err := index.Open(lg, indexDir, c)
	if err != nil {
		return nil, nil, fmt.Errorf("open index: %w", err)
	}
	return answer.New(lg, c, idx), idx.Close, nil
}
