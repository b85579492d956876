package index

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
)

// The 10k benchmarks use the corpus of issue #2's targets: 10,000 synthetic
// releases, about 200,000 documents.
const (
	releases10k = 10000
	seed10k     = 1
)

var quiet = slog.New(slog.DiscardHandler)

// peakRSSMB returns the process's peak resident set size (VmHWM) in MB.
func peakRSSMB(b *testing.B) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Skipf("no /proc/self/status: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			if err != nil {
				b.Fatalf("VmHWM: %v", err)
			}
			return float64(kb) / 1024
		}
	}
	b.Fatal("no VmHWM in /proc/self/status")
	return 0
}

// resetPeakRSS frees what it can and resets VmHWM to the current RSS, so
// that the next peakRSSMB measures only what follows.
func resetPeakRSS() {
	runtime.GC()
	debug.FreeOSMemory()
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // best effort
}

// cpuTime returns the user and system CPU time the process has used: on a
// shared machine it says more about a build's cost than wall time does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkOpenSeed(b *testing.B) {
	c, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		x, err := Open(quiet, "", c)
		if err != nil {
			b.Fatal(err)
		}
		if err := x.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docCount(c)), "docs")
}

// BenchmarkBuild10k builds the persisted index of 10,000 synthetic
// releases from scratch, with the default options and the alternatives
// they were chosen over. Run it with -benchtime 1x: one build takes
// seconds.
func BenchmarkBuild10k(b *testing.B) {
	c := corpustest.Synthetic(releases10k, seed10k)
	docs := docCount(c)
	variants := []struct {
		name string
		opts buildOptions
	}{
		{"default", defaultBuild}, // batches on 2 workers, merged
		{"batches-workers=1", buildOptions{batchDocs: 1000, workers: 1}},
		{"batches-workers=2", buildOptions{batchDocs: 1000, workers: 2}},
		{"batches-workers=2-batch=2000", buildOptions{batchDocs: 2000, workers: 2}},
		{"offline", buildOptions{batchDocs: 1000, offline: true}},
		{"offline-batch=5000", buildOptions{batchDocs: 5000, offline: true}},
	}
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			resetPeakRSS()
			var elapsed time.Duration
			cpu0 := cpuTime()
			for i := 0; b.Loop(); i++ {
				dir := filepath.Join(b.TempDir(), fmt.Sprint("idx", i))
				start := time.Now()
				x, err := open(quiet, dir, c, v.opts)
				if err != nil {
					b.Fatal(err)
				}
				elapsed += time.Since(start)
				if !x.Rebuilt() {
					b.Fatal("index was not built")
				}
				if err := x.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(docs)*float64(b.N)/elapsed.Seconds(), "docs/s")
			b.ReportMetric(peakRSSMB(b), "peak-RSS-MB")
		})
	}
}

// namedQuery is a search of the benchmark's mix.
type namedQuery struct {
	name string
	q    Query
}

// searchMix is a spread of the searches the answer engine makes: words with
// and without filters, and filters alone (broad and narrow).
func searchMix(c *corpus.Corpus) []namedQuery {
	r := c.Releases[len(c.Releases)/2]
	var country string
	for _, f := range r.Facts {
		if f.Country != "" {
			country = f.Country
			break
		}
	}
	donor := ""
	if len(r.Donors) > 0 {
		donor = r.Donors[0]
	}
	return []namedQuery{
		{"question", Query{Text: "How much does Kenya get?"}},
		{"common-words", Query{Text: "refugees cash assistance winter", Type: Paragraphs}},
		{"words+kind", Query{Text: "largest share", Type: Facts, Kind: corpus.KindShare}},
		{"words+kind+year", Query{Text: "contact email phone", Kind: corpus.KindContact, Year: r.Year}},
		{"words+country", Query{Text: "emergency shelter displaced families flood", Country: country}},
		{"country", Query{Country: country, Type: Facts}},
		{"country+kind", Query{Country: country, Type: Facts, Kind: corpus.KindAmount, Size: 50}},
		{"donor+kind", Query{Donor: strings.ToLower(donor), Kind: corpus.KindAmount, Size: 50}},
		{"release", Query{Release: r.ID, Size: 50}},
		{"year+kind", Query{Year: r.Year, Type: Facts, Kind: corpus.KindAmount, Size: 50}},
		{"passages", Query{Text: "How much did Japan give to IOM in 2011?", Type: Paragraphs, Donor: donor, Size: 12}},
	}
}

// index10k is the persisted 10k index the search benchmark shares across
// runs in one process.
var index10k struct {
	once sync.Once
	c    *corpus.Corpus
	dir  string
	err  error
}

func open10k(b *testing.B) (*Index, *corpus.Corpus) {
	index10k.once.Do(func() {
		index10k.c = corpustest.Synthetic(releases10k, seed10k)
		index10k.dir, index10k.err = os.MkdirTemp("", "fundbot-bench-10k-*")
		if index10k.err == nil {
			var x *Index
			x, index10k.err = Open(quiet, filepath.Join(index10k.dir, "idx"), index10k.c)
			if index10k.err == nil {
				index10k.err = x.Close()
			}
		}
	})
	if index10k.err != nil {
		b.Fatal(index10k.err)
	}
	x, err := Open(quiet, filepath.Join(index10k.dir, "idx"), index10k.c)
	if err != nil {
		b.Fatal(err)
	}
	return x, index10k.c
}

func TestMain(m *testing.M) {
	code := m.Run()
	if index10k.dir != "" {
		os.RemoveAll(index10k.dir)
	}
	os.Exit(code)
}

// BenchmarkSearch runs searchMix round robin ("mix") and each of its
// searches alone, and reports the median and 99th percentile of single
// searches: wall time, and CPU time of the searching thread, which a busy
// machine disturbs less.
func BenchmarkSearch(b *testing.B) {
	b.Run("seed", func(b *testing.B) {
		c, err := corpus.Default()
		if err != nil {
			b.Fatal(err)
		}
		x, err := Open(quiet, "", c)
		if err != nil {
			b.Fatal(err)
		}
		defer x.Close()
		benchSearch(b, x, searchMix(c))
	})
	b.Run("10k", func(b *testing.B) {
		x, c := open10k(b)
		defer x.Close()
		mix := searchMix(c)
		b.Run("mix", func(b *testing.B) {
			resetPeakRSS()
			benchSearch(b, x, mix)
			b.ReportMetric(peakRSSMB(b), "peak-RSS-MB")
		})
		for _, nq := range mix {
			b.Run(nq.name, func(b *testing.B) { benchSearch(b, x, []namedQuery{nq}) })
		}
	})
}

func benchSearch(b *testing.B, x *Index, mix []namedQuery) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ctx := context.Background()
	var wall, cpu []time.Duration
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		start, cpu0 := time.Now(), threadCPU()
		if _, err := x.Search(ctx, mix[i%len(mix)].q); err != nil {
			b.Fatal(err)
		}
		cpu = append(cpu, threadCPU()-cpu0)
		wall = append(wall, time.Since(start))
	}
	pct := func(ds []time.Duration, p float64) float64 {
		slices.Sort(ds)
		return float64(ds[int(p*float64(len(ds)-1))].Nanoseconds())
	}
	b.ReportMetric(pct(wall, 0.50), "p50-ns")
	b.ReportMetric(pct(wall, 0.99), "p99-ns")
	b.ReportMetric(pct(cpu, 0.50), "p50-cpu-ns")
	b.ReportMetric(pct(cpu, 0.99), "p99-cpu-ns")
}

// threadCPU returns the CPU time of the calling thread.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
