package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"strings"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/corpus"
)

// askJSON is what `fundbot ask --json` prints.
type askJSON struct {
	Text     string           `json:"text"`
	Facts    []*corpus.Fact   `json:"facts"`
	Passages []answer.Passage `json:"passages"`
}

// askHeap is about the heap a `fundbot ask` allocates (15 MB on 10,000
// releases), with room: the heap it asks huge pages for (hugeHeap).
const askHeap = 32 << 20

// ask answers one question or slash-command line and prints the answer.
func ask(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpusDir := fs.String("corpus", "", "read the releases in `DIR` instead of the embedded corpus")
	indexDir := fs.String("index", "", "keep the search index in `DIR` and reuse it while the corpus is unchanged")
	asJSON := fs.Bool("json", false, "print the answer as one JSON object")
	strict := fs.Bool("strict", false, "refuse a corpus with a bad release file instead of skipping the file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fundbot ask [--corpus DIR] [--index DIR] [--strict] [--json] TEXT...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: ask: %w", errUsage, err)
	}
	text := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if text == "" {
		fs.Usage()
		return fmt.Errorf("%w: ask: no question given", errUsage)
	}
	lg := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	// One question allocates little besides what the engine keeps: the
	// garbage collector stays off until ask returns (past startupMemory
	// it runs), rather than scan the engine once start-up is over.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(startupMemory))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	hugeHeap(askHeap)
	eng, closeIndex, err := openEngine(lg, *corpusDir, *indexDir, *strict)
	if err != nil {
		return err
	}
	defer closeIndex()
	a, err := eng.Answer(ctx, text)
	if err != nil {
		return fmt.Errorf("answer: %w", err)
	}
	if !*asJSON {
		_, err = io.WriteString(stdout, a.Text)
		return err
	}
	out := askJSON{Text: a.Text, Facts: a.Facts, Passages: a.Passages}
	if out.Facts == nil {
		out.Facts = []*corpus.Fact{}
	}
	if out.Passages == nil {
		out.Passages = []answer.Passage{}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
