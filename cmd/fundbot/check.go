package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
)

// check loads a corpus strictly, as ask and serve would with --strict, and
// says how many releases and facts it holds: CI runs it on the corpus
// folder, so that no bad release file lands.
func check(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpusDir := fs.String("corpus", "", "check the releases in `DIR` instead of the embedded corpus")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fundbot check [--corpus DIR]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: check: %w", errUsage, err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: check takes no arguments, got %q", errUsage, fs.Arg(0))
	}
	lg := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	c, err := loadCorpus(lg, *corpusDir, true, nil)
	if err != nil {
		return err
	}
	facts := 0
	for _, r := range c.Releases {
		facts += len(r.Facts)
	}
	_, err = fmt.Fprintf(stdout, "%d releases, %d facts: ok\n", len(c.Releases), facts)
	return err
}
