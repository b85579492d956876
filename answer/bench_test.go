package answer

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
	"github.com/fundbot/fundbot/index"
)

// benchQuestions rotate through every kind of answer.
var benchQuestions = []string{
	"How much did Japan give to IOM in 2011?",
	"/funding Pakistan",
	"How much does Kenya get?",
	"Tell me about tajikstan",
	"What share goes to the Horn of Africa?",
	"How many people will be helped in Pakistan?",
	"/contact Tokyo",
	"shelter for flood victims",
	"/funding Brazil",
	"/funding",
}

// BenchmarkAnswer measures answers on the seed corpus with the cache off:
// every call parses, looks up, searches the index and renders.
func BenchmarkAnswer(b *testing.B) {
	e := newEngine(b, seedCorpus(b))
	e.cache = nil
	benchAnswers(b, e, benchQuestions)
}

// BenchmarkAnswerCached measures the same questions answered again, as a
// running bot mostly does.
func BenchmarkAnswerCached(b *testing.B) {
	e := newEngine(b, seedCorpus(b))
	benchAnswers(b, e, benchQuestions)
}

var (
	synthOnce   sync.Once
	synthCorpus *corpus.Corpus
	synthIdx    *index.Index
	synthErr    error
)

// BenchmarkAnswer10k measures uncached answers on a synthetic corpus of
// 10,000 releases (about 200,000 indexed documents), reporting the median
// and the 99th percentile.
func BenchmarkAnswer10k(b *testing.B) {
	synthOnce.Do(func() {
		lg := slog.New(slog.NewTextHandler(io.Discard, nil))
		synthCorpus = corpustest.Synthetic(10000, 1)
		dir := filepath.Join(b.TempDir(), "index")
		// Build, close, and open again: a running bot answers from a
		// ready index, not one whose segments are still being merged.
		built, err := index.Open(lg, dir, synthCorpus)
		if err == nil {
			err = built.Close()
		}
		if err != nil {
			synthErr = err
			return
		}
		synthIdx, synthErr = index.Open(lg, dir, synthCorpus)
	})
	if synthErr != nil {
		b.Fatal(synthErr)
	}
	e := New(slog.New(slog.NewTextHandler(io.Discard, nil)), synthCorpus, synthIdx)
	e.cache = nil
	qs := []string{"/contact 2011", "flood victims shelter", "/funding 2015", "What share goes to the Horn of Africa?"}
	// Countries and donors the synthetic corpus really has.
	for _, c := range e.countries[:min(4, len(e.countries))] {
		qs = append(qs, "/funding "+c.Name, "How much does "+c.Name+" get?")
	}
	for _, d := range e.donorNames[:min(3, len(e.donorNames))] {
		qs = append(qs, "/funding "+d)
	}
	benchAnswers(b, e, qs)
}

func benchAnswers(b *testing.B, e *Engine, qs []string) {
	ctx := context.Background()
	durations := make([]time.Duration, 0, 1024)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		q := qs[i%len(qs)]
		i++
		start := time.Now()
		if _, err := e.Answer(ctx, q); err != nil {
			b.Fatalf("Answer(%q): %v", q, err)
		}
		durations = append(durations, time.Since(start))
	}
	slices.Sort(durations)
	if n := len(durations); n > 0 {
		b.ReportMetric(float64(durations[n/2].Nanoseconds()), "p50-ns")
		b.ReportMetric(float64(durations[n*99/100].Nanoseconds()), "p99-ns")
	}
}
