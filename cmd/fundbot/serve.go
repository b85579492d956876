package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/fundbot/fundbot/bot"
	"github.com/fundbot/fundbot/store"
	"github.com/fundbot/fundbot/store/shared"
)

// serve runs the Slack bot: Socket Mode when SLACK_APP_TOKEN is set, HTTP
// otherwise, until ctx is cancelled; then it stops taking work, finishes the
// replies in flight within SHUTDOWN_TIMEOUT and returns nil.
func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	strict := fs.Bool("strict", false, "refuse a corpus with a bad release file instead of skipping the file")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: serve: %w", errUsage, err)
	}
	if fs.NArg() > 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: serve takes no arguments but --strict (settings come from the environment), got %q", errUsage, fs.Arg(0))
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	lg := cfg.newLogger(stderr)
	raiseFileLimit(lg)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(cfg.MemoryLimit)) // as it was, for a caller that goes on
	gogc := cfg.GCPercent
	if gogc == 0 {
		gogc = 100 // until the engine is loaded (openEngine holds collection off meanwhile)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(gogc))

	// In HTTP mode, listen at once: /healthz answers (alive, not ready)
	// while the index loads.
	var (
		handler = &swapHandler{}
		srv     *http.Server
		srvErr  = make(chan error, 1)
	)
	handler.set(loadingHandler())
	if !cfg.SocketMode() {
		ln, err := listen(":"+strconv.Itoa(cfg.Port), cfg.MaxConnections)
		if err != nil {
			return fmt.Errorf("listen on PORT %d: %w", cfg.Port, err)
		}
		srv = newServer(handler, lg, ln)
		go func() { srvErr <- srv.Serve(ln) }()
		defer srv.Close() // on an early return; a clean stop shuts it down first
		lg.Info("listening", "addr", ln.Addr().String())
	}

	// The store opens (SQLite, its migrations) while the engine loads:
	// both are start-up, and neither needs the other.
	type opened struct {
		db  *store.Store
		err error
	}
	stored := make(chan opened, 1)
	go func() {
		db, err := store.Open(lg, cfg.DataDir)
		stored <- opened{db, err}
	}()
	start := time.Now()
	eng, closeIndex, err := openEngine(lg, cfg.CorpusDir, cfg.IndexDir, *strict)
	st := <-stored
	if st.db != nil {
		defer st.db.Close()
	}
	if err != nil {
		return err
	}
	defer closeIndex()
	lg.Info("answer engine ready", "took", time.Since(start).Round(time.Millisecond))
	if cfg.GCPercent == 0 {
		// Stopped, and waited for, before the target is set back as it
		// was (the deferred SetGCPercent above runs after this).
		tuned, stopTuning := context.WithCancel(ctx)
		tuning := make(chan struct{})
		go func() {
			defer close(tuning)
			tuneGC(tuned, gcTuneInterval)
		}()
		defer func() {
			stopTuning()
			<-tuning
		}()
	}
	if st.err != nil {
		return fmt.Errorf("FUNDBOT_DATA: %w", st.err)
	}
	db := st.db

	api := bot.NewClient(cfg.BotToken, cfg.AppToken, cfg.APIURL)
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	coverage := eng.Coverage()
	opts := bot.Options{
		Registry:  reg,
		Outbox:    db.Outbox(time.Hour),
		Records:   records(db, cfg.Record),
		Coverage:  &coverage,
		Workers:   cfg.Workers,
		QueueSize: cfg.QueueSize,
		Answering: cfg.Answering,
	}
	if cfg.RedisURL != "" {
		host, _ := os.Hostname()
		st, err := shared.Open(ctx, lg, cfg.RedisURL, shared.Options{Owner: host + ":" + strconv.Itoa(os.Getpid())})
		if err != nil {
			return err
		}
		defer st.Close()
		opts.Dedupe, opts.Claims = st, st
		lg.Info("events and reply claims shared through redis")
	}
	b := bot.New(lg, eng, api, opts)
	defer func() {
		// On an early return, stop the bot's workers before the store
		// closes; after a clean stop this does nothing more.
		stopped, cancel := context.WithCancel(context.Background())
		cancel()
		b.Shutdown(stopped)
	}()
	if err := identify(ctx, lg, b); err != nil {
		return err
	}

	if cfg.SocketMode() {
		err = serveSocketMode(ctx, lg, cfg, b)
	} else {
		err = serveHTTP(ctx, lg, cfg, b, srv, srvErr, handler)
	}
	if err != nil {
		return err
	}
	lg.Info("stopped")
	return nil
}

// minHeapGrowth is how much the heap may grow between collections at the
// least, when GOGC is not set. What is live while serving the seed corpus
// is about 4 MB: at Go's default of 100 the collector ran about 30 times a
// second under the load test's distinct questions (about 9 us of CPU a
// request). On 10,000 releases 40-70 MB is live under load: at 100 the
// collector ran about five times a second, marking for 20-40 ms each time
// (a sixth of the time; a third of the longest waits for a CPU fell in
// those phases). Growing by 96 MB instead of what is live, it runs about a
// third less often: 6-20% less CPU a request in three rounds of the load
// test, and the process stays near 315 MB, under the 400 MB target
// (docs/benchmarks.md, perf8).
const minHeapGrowth = 96 << 20

// gcTuneInterval is how often tuneGC looks at the live heap.
const gcTuneInterval = 100 * time.Millisecond

// gcPercentFor is the garbage collector's target for a heap of live bytes:
// Go's default of 100, or more where that would collect after less than
// minHeapGrowth bytes, up to 800.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return 100
	}
	return int(min(max(100, 100*minHeapGrowth/live), 800))
}

// tuneGC sets the garbage collector's target for the heap live at the last
// collection (gcPercentFor) every interval, until ctx ends. What is live
// grows while serving (the reply cache fills), so the target follows it.
func tuneGC(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	last := -2
	for {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			if p := gcPercentFor(sample[0].Value.Uint64()); p != last {
				debug.SetGCPercent(p)
				last = p
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// swapHandler serves through the handler last set.
type swapHandler struct{ h atomic.Pointer[http.Handler] }

func (s *swapHandler) set(h http.Handler) { s.h.Store(&h) }

// ServeHTTP serves r with the current handler.
func (s *swapHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	(*s.h.Load()).ServeHTTP(w, r)
}

// loadingHandler answers 503 to everything while the index loads.
func loadingHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "5")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"status":"loading"}`+"\n")
	})
}

// identify asks Slack who the bot is, so that it can ignore its own
// messages by user id. A token Slack rejects is an error: nothing would
// work. Any other failure (Slack unreachable, say) is a warning: without an
// answer the bot still ignores its own messages by bot_id.
func identify(ctx context.Context, lg *slog.Logger, b *bot.Bot) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	team, userID, err := b.Identify(ctx)
	if errors.Is(err, bot.ErrTokenRejected) {
		return fmt.Errorf("SLACK_BOT_TOKEN: %w; check the token on your app's OAuth & Permissions page, and that the app is installed", err)
	}
	if err != nil {
		lg.Warn("cannot tell who the bot is; own messages are recognised by bot_id only", "err", err)
		return nil
	}
	lg.Info("connected to slack", "team", team, "bot_user_id", userID)
	return nil
}

// serveHTTP serves Slack's requests through srv, already listening, until
// ctx ends, then shuts down gracefully.
func serveHTTP(ctx context.Context, lg *slog.Logger, cfg Config, b *bot.Bot, srv *http.Server, srvErr chan error, h *swapHandler) error {
	h.set(b.Handler(cfg.SigningSecret))
	b.SetReady(true)
	lg.Info("serving slack over http", "path", "/slack/events")
	select {
	case err := <-srvErr:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	return shutdown(lg, cfg, b, srv)
}

// serveSocketMode serves Slack through Socket Mode until ctx ends or the
// connection is lost for good, with /metrics and /healthz on METRICS_ADDR.
func serveSocketMode(ctx context.Context, lg *slog.Logger, cfg Config, b *bot.Bot) error {
	var srv *http.Server
	if cfg.MetricsAddr != "" {
		ln, err := listen(cfg.MetricsAddr, cfg.MaxConnections)
		if err != nil {
			return fmt.Errorf("listen on METRICS_ADDR: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", b.MetricsHandler())
		mux.Handle("GET /healthz", b.HealthHandler())
		srv = newServer(mux, lg, ln)
		go srv.Serve(ln)
		lg.Info("serving metrics", "addr", ln.Addr().String())
	}
	lg.Info("connecting to slack through socket mode")
	runErr := b.RunSocketMode(ctx, 0)
	if err := shutdown(lg, cfg, b, srv); err != nil && runErr == nil {
		return err
	}
	return runErr
}

// shutdown stops the server taking requests (srv may be nil), then waits for
// the bot's replies in flight, all within SHUTDOWN_TIMEOUT.
func shutdown(lg *slog.Logger, cfg Config, b *bot.Bot, srv *http.Server) error {
	lg.Info("shutting down", "timeout", cfg.ShutdownTimeout)
	b.SetReady(false)
	ctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if srv != nil {
		// Requests in flight only store what they owe, in milliseconds; a
		// connection still open at the deadline (one that has sent nothing
		// yet, say) loses nothing when it is closed.
		if err := srv.Shutdown(ctx); err != nil {
			lg.Warn("http connections still open at the shutdown deadline; closed", "err", err)
			srv.Close()
		}
	}
	// nil when every reply owed was delivered or is stored for the next
	// start: then the process exits 0.
	return b.Shutdown(ctx)
}

// healthcheck asks a running `fundbot serve` on PORT whether it is ready:
// nil on 200, an error otherwise. The Dockerfile's HEALTHCHECK runs it.
func healthcheck(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		return fmt.Errorf("%w: healthcheck takes no arguments", errUsage)
	}
	port := 3000
	if v := getenv("PORT"); v != "" {
		p, err := strconv.Atoi(v)
		if err != nil || p < 1 || p > 65535 {
			return fmt.Errorf("%w: PORT must be a port number from 1 to 65535, not %q", errConfig, v)
		}
		port = p
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	url := "http://127.0.0.1:" + strconv.Itoa(port) + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s answered %s", url, resp.Status)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}

// records is where the bot records unanswered questions and feedback: the
// store, unless FUNDBOT_RECORD=off.
func records(db *store.Store, on bool) bot.Recorder {
	if !on {
		return nil
	}
	return db
}
