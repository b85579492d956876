package bot

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/corpus/corpustest"
	"github.com/fundbot/fundbot/internal/cputime"
	"github.com/fundbot/fundbot/tools/loadtest/questions"
)

// BenchmarkRenderSynthetic renders, and encodes as a slash command's
// reply, the answers to the load test's distinct questions
// (tools/loadtest/questions) on the synthetic corpus of 10,000 releases, as
// `fundbot serve` does for every question it has not cached when it serves
// that corpus (docs/benchmarks.md). The answers come from an engine
// without an index: their lines, figures and notes are those served; no
// passages, which these questions do not show.
func BenchmarkRenderSynthetic(b *testing.B) {
	lg := slog.New(slog.DiscardHandler)
	e := answer.New(lg, corpustest.Synthetic(10000, 1), nil)
	var as []answer.Answer
	for _, q := range questions.Distinct(5000) {
		a, err := e.Answer(context.Background(), q[0]+" "+q[1])
		if err != nil {
			b.Fatal(err)
		}
		as = append(as, a)
	}
	var memo notesMemo
	b.ReportAllocs()
	i := 0
	var cpu0 time.Duration
	for b.Loop() {
		if i == 0 {
			cpu0 = cputime.Process()
		}
		if _, err := marshalReply(render(as[i%len(as)], commandOptions, &memo), "ephemeral"); err != nil {
			b.Fatal(err)
		}
		i++
	}
	// On a machine shared with other work the process's CPU time per
	// render (garbage collection included) is steadier than wall time.
	if cpu := cputime.Process() - cpu0; cpu > 0 && i > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(i), "cpu-ns/op")
	}
}
