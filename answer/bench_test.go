package answer

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strconv"
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

// BenchmarkAnswer measures answers on the seed corpus: every call parses,
// looks up, searches the index and renders (the engine caches nothing;
// the bot caches replies).
func BenchmarkAnswer(b *testing.B) {
	e := newEngine(b, seedCorpus(b))
	benchAnswers(b, e, benchQuestions)
}

var (
	synthOnce   sync.Once
	synthCorpus *corpus.Corpus
	synthIdx    *index.Index
	synthErr    error
)

// synthEngine returns an engine over the synthetic corpus of
// 10,000 releases (about 200,000 indexed documents), built once per test
// binary.
func synthEngine(b *testing.B) *Engine {
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
		if synthErr == nil {
			// What passage searches read in the background on first
			// use, read before the clock starts.
			synthIdx.Prepare()
		}
	})
	if synthErr != nil {
		b.Fatal(synthErr)
	}
	e := New(slog.New(slog.NewTextHandler(io.Discard, nil)), synthCorpus, synthIdx)
	return e
}

// BenchmarkAnswer10k measures answers on a synthetic corpus of
// 10,000 releases, reporting the median and the 99th percentile.
func BenchmarkAnswer10k(b *testing.B) {
	e := synthEngine(b)
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

// BenchmarkAnswer10kDistinct measures answers on the synthetic
// corpus of 10,000 releases to 5,000 different questions in the shapes the
// load test sends (distinctQuestions), as `fundbot serve` meets them when
// no answer is cached.
func BenchmarkAnswer10kDistinct(b *testing.B) {
	e := synthEngine(b)
	benchAnswers(b, e, distinctQuestions(e, 5000))
}

// BenchmarkAnswerDistinct measures answers on the seed corpus to
// 5,000 different questions in the load test's shapes, naming the donors,
// recipients, countries and years of the synthetic corpus (most of which
// the seed release does not cover), as the load test sends them.
func BenchmarkAnswerDistinct(b *testing.B) {
	lg := slog.New(slog.DiscardHandler)
	c := seedCorpus(b)
	idx, err := index.Open(lg, filepath.Join(b.TempDir(), "index"), c)
	if err != nil {
		b.Fatal(err)
	}
	defer idx.Close()
	idx.Prepare()
	e := New(lg, c, idx)
	names := New(slog.New(slog.DiscardHandler), corpustest.Synthetic(500, 1), nil)
	benchAnswers(b, e, distinctQuestions(names, 5000))
}

// distinctQuestions returns n different slash-command lines in the shapes
// tools/loadtest/distinct sends (a donor's gift to a recipient in a year,
// a donor or a country in a year, a recipient's contact in a year), made
// from the donors, recipients, countries and years e's corpus covers.
func distinctQuestions(e *Engine, n int) []string {
	donors := e.donorNames[:min(15, len(e.donorNames))]
	recipients := recipientNames(e)
	recipients = recipients[:min(7, len(recipients))]
	countries := e.countries[:min(30, len(e.countries))]
	var out []string
	seen := map[string]bool{}
	add := func(q string) {
		if len(out) < n && !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	for _, year := range e.years {
		y := strconv.Itoa(year)
		for i, d := range donors {
			add("/funding How much did " + d + " give to " + recipients[(i+year)%len(recipients)] + " in " + y + "?")
			add("/funding " + d + " " + y)
		}
		for _, c := range countries {
			add("/funding " + c.Name + " " + y)
			add("/funding How much does " + c.Name + " get in " + y + "?")
		}
		for _, r := range recipients {
			add("/contact " + r + " " + y)
		}
	}
	for i := 0; len(out) < n && i < 100*n; i++ {
		d, r := donors[i%len(donors)], recipients[(i/len(donors))%len(recipients)]
		y := strconv.Itoa(e.years[(i/(len(donors)*len(recipients)))%len(e.years)])
		add("/funding What did " + d + " give " + r + " in " + y + "?")
		add("/funding " + d + " " + r + " " + y)
	}
	return out
}

// recipientNames returns every recipient e's corpus names, sorted.
func recipientNames(e *Engine) []string {
	var out []string
	for _, r := range e.c.Releases {
		out = append(out, recipientsOf(r)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func benchAnswers(b *testing.B, e *Engine, qs []string) {
	ctx := context.Background()
	durations := make([]time.Duration, 0, 1024)
	b.ReportAllocs()
	i := 0
	cpu0 := processCPU()
	for b.Loop() {
		q := qs[i%len(qs)]
		i++
		start := time.Now()
		if _, err := e.Answer(ctx, q); err != nil {
			b.Fatalf("Answer(%q): %v", q, err)
		}
		durations = append(durations, time.Since(start))
	}
	// On a machine shared with other work the process's CPU time per
	// answer (garbage collection included) is steadier than wall time.
	if cpu := processCPU() - cpu0; cpu > 0 && i > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(i), "cpu-ns/op")
	}
	slices.Sort(durations)
	if n := len(durations); n > 0 {
		b.ReportMetric(float64(durations[n/2].Nanoseconds()), "p50-ns")
		b.ReportMetric(float64(durations[n*99/100].Nanoseconds()), "p99-ns")
	}
}

// BenchmarkNew10k measures answer.New over the synthetic corpus of 10,000
// releases (about 80,000 facts): the engine's lookups, built at start-up
// by every process that answers.
func BenchmarkNew10k(b *testing.B) {
	c := corpustest.Synthetic(10000, 1)
	lg := slog.New(slog.DiscardHandler)
	b.ReportAllocs()
	for b.Loop() {
		New(lg, c, nil)
	}
}
