// Package bot puts fundbot's answer engine into Slack. It is the only package
// that imports slack-go: it turns slash commands, mentions and direct
// messages into one question type at the edge, asks the answer engine, and
// replies through Slack's Web API, a slash command's response body or its
// response_url. It speaks both Socket Mode (RunSocketMode) and HTTP
// (Handler).
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/slack-go/slack"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/store"
)

// Answerer answers a question or a slash-command line. *answer.Engine is the
// real one; tests use slow and huge ones to exercise the 3-second rule and
// Block Kit limits.
type Answerer interface {
	Answer(ctx context.Context, text string) (answer.Answer, error)
}

// Options tune a Bot. The zero value of each field picks a sensible default.
type Options struct {
	// BotUserID is the bot's own Slack user id (from auth.test). Messages
	// from it are ignored, whatever else they look like.
	BotUserID string
	// AckDeadline is how long a slash command waits for its answer before
	// it is acknowledged empty and answered through response_url instead.
	// Slack allows 3 s; the default is 2 s.
	AckDeadline time.Duration
	// HTTPClient posts to response_url. Default: a client with a 15 s
	// timeout.
	HTTPClient *http.Client
	// Registry receives the bot's Prometheus metrics. Default: a new one.
	Registry *prometheus.Registry
	// CacheSize bounds the cache of answers by command line. Default 1024.
	CacheSize int

	// Workers answer questions and deliver replies; QueueSize bounds the
	// work waiting for them. As many slash commands again may be answered
	// at once on their own requests' goroutines, each within AckDeadline;
	// one that finds those places taken goes to the workers, and one that
	// then finds the queue full is told at once that the bot is busy.
	// Defaults: 8 workers, 64 places.
	Workers   int
	QueueSize int
	// Answering, when above 0, changes how slash commands are answered:
	// each on its own request's goroutine, at most Answering at once, the
	// others waiting for a place in the order they came (up to QueueSize
	// of them; one more is told at once that the bot is busy), each within
	// AckDeadline. Zero (the default) answers as Workers says.
	Answering int
	// MaxQuestion is the longest question answered, in characters; a
	// longer one is cut. Default 500.
	MaxQuestion int

	// Outbox holds the replies owed until Slack confirms them. Default: in
	// memory, lost when the process ends; cmd/fundbot passes the durable
	// one in the data directory.
	Outbox Outbox
	// MaxBacklog bounds the replies owed; past it, events are refused so
	// that Slack delivers them again later. Default 10,000.
	MaxBacklog int
	// MaxReplyAge is how long after its request a reply is still worth
	// sending; response_url replies are bounded by Slack's 30 minutes too.
	// Default 30 minutes.
	MaxReplyAge time.Duration

	// Dedupe remembers the events delivered, so that each is answered
	// once. Default: in memory, of SeenSize events (100,000) for SeenTTL
	// (1 hour, longer than Slack's retries, which end after about 5
	// minutes).
	Dedupe Dedupe
	// Claims, when set, are shared among replicas (with Dedupe in Redis).
	Claims   Claims
	SeenSize int
	SeenTTL  time.Duration

	// CallTimeout bounds each call to Slack (and each answer). Default 10 s.
	CallTimeout time.Duration
	// MaxOutbound bounds the calls to Slack in flight. Default 8.
	MaxOutbound int
	// ChannelInterval spaces the posts in one channel. Slack allows about
	// one message a second per channel; default 1 s.
	ChannelInterval time.Duration
	// MaxAttempts bounds how often the bot tries to deliver one reply.
	// Default 5.
	MaxAttempts int
	// MaxRetryAfter is the longest Retry-After the bot waits for; a longer
	// one gives up (and logs it). Default 60 s.
	MaxRetryAfter time.Duration
	// BackoffBase is the first wait after a transient Web API error; it
	// doubles on each attempt. Default 250 ms.
	BackoffBase time.Duration
	// Coverage, when set, is what the corpus covers, for the Home tab and
	// the assistant's suggested prompts.
	Coverage *answer.Coverage
	// Records, when set, keeps the questions fundbot could not answer and
	// the feedback on its answers. Nil: counted in metrics only.
	Records Recorder
	// RecordQueue bounds the records waiting to be written, in batches by
	// one goroutine; a record that finds it full is dropped. Default 1024.
	RecordQueue int
	// DegradedAfter is how many calls to Slack must fail in a row for
	// /healthz to say "degraded". Default 5.
	DegradedAfter int

	// PollInterval is how often the outbox is looked at for replies due
	// (it is also woken as work arrives). Default 250 ms.
	PollInterval time.Duration
	// PaceSlack is the longest a worker waits for its channel's slot; a
	// later slot sends the reply back to the outbox. Default 250 ms.
	PaceSlack time.Duration
	// Lease is how long a claimed reply stays claimed. Default 1 minute.
	Lease time.Duration
	// StoreTimeout bounds each outbox operation. Default 5 s.
	StoreTimeout time.Duration
}

func (o Options) withDefaults() Options {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	defInt := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.AckDeadline, 2*time.Second)
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	if o.Registry == nil {
		o.Registry = prometheus.NewRegistry()
	}
	defInt(&o.CacheSize, 1024)
	defInt(&o.Workers, 8)
	defInt(&o.QueueSize, 64)
	defInt(&o.MaxQuestion, 500)
	defInt(&o.MaxBacklog, 10000)
	def(&o.MaxReplyAge, 30*time.Minute)
	defInt(&o.SeenSize, 100000)
	def(&o.SeenTTL, time.Hour)
	def(&o.CallTimeout, 10*time.Second)
	defInt(&o.MaxOutbound, 8)
	def(&o.ChannelInterval, time.Second)
	defInt(&o.MaxAttempts, 5)
	def(&o.MaxRetryAfter, 60*time.Second)
	def(&o.BackoffBase, 250*time.Millisecond)
	defInt(&o.DegradedAfter, 5)
	defInt(&o.RecordQueue, 1024)
	def(&o.PollInterval, 250*time.Millisecond)
	def(&o.PaceSlack, 250*time.Millisecond)
	def(&o.Lease, time.Minute)
	def(&o.StoreTimeout, 5*time.Second)
	return o
}

// Bot answers Slack users. It is safe for concurrent use.
type Bot struct {
	lg   *slog.Logger
	ans  Answerer
	api  *slack.Client
	opts Options
	m    *metrics

	cache   *lru.Cache[string, *entry] // rendered replies by normalised command line
	notes   notesMemo                  // the notes section rendered last
	flights flights                    // answers being computed
	dedupe  Dedupe
	threads *threadMemory // each thread's last question, for follow-ups
	claims  Claims

	outbox  Outbox
	durable bool         // the outbox survives the process
	backlog atomic.Int64 // replies owed
	// backlogUnknown is set when the outbox could not be counted at
	// start-up: the dispatcher then looks at it even when backlog is 0.
	backlogUnknown atomic.Bool
	pool           *pool
	inline         chan struct{} // places for slash commands answered on their request's goroutine
	waiting        atomic.Int64  // slash commands waiting for one of Answering places
	acks           chan struct{} // bounds Socket Mode commands waiting for their answer
	outbound       chan struct{} // bounds calls to Slack in flight
	pace           *pacer
	health         *health

	// work is the context of the workers; it is cancelled only when
	// Shutdown gives up waiting for them.
	work       context.Context
	cancelWork context.CancelFunc
	wake       chan struct{}     // wakes the dispatcher
	stop       chan struct{}     // stops the dispatcher
	dispatched chan struct{}     // closed when the dispatcher has stopped
	records    chan store.Record // waiting for the record writer
	recordWake int               // records waiting that wake the writer early
	// recordsFull wakes the record writer when recordWake records wait.
	recordsFull chan struct{}
	recorded    chan struct{} // closed when the record writer has stopped
	stopRecord  chan struct{} // stops the record writer
	inflight    sync.Map      // reply ids in a worker's hands
	closing     atomic.Bool
	stopOnce    sync.Once
	recordOnce  sync.Once

	ready atomic.Bool
}

// New returns a bot that answers with ans and talks to Slack's Web API
// through api. It starts its workers at once; Shutdown stops them.
func New(lg *slog.Logger, ans Answerer, api *slack.Client, opts Options) *Bot {
	opts = opts.withDefaults()
	work, cancel := context.WithCancel(context.Background())
	b := &Bot{
		lg:          lg,
		ans:         ans,
		api:         api,
		opts:        opts,
		cache:       newCache(opts.CacheSize),
		outbox:      opts.Outbox,
		durable:     opts.Outbox != nil,
		dedupe:      opts.Dedupe,
		threads:     newThreadMemory(),
		claims:      opts.Claims,
		acks:        make(chan struct{}, opts.QueueSize),
		inline:      make(chan struct{}, inlinePlaces(opts)),
		outbound:    make(chan struct{}, opts.MaxOutbound),
		pace:        newPacer(opts.ChannelInterval),
		work:        work,
		cancelWork:  cancel,
		wake:        make(chan struct{}, 1),
		stop:        make(chan struct{}),
		dispatched:  make(chan struct{}),
		records:     make(chan store.Record, opts.RecordQueue),
		recordWake:  recordWakeAt(opts.RecordQueue),
		recordsFull: make(chan struct{}, 1),
		recorded:    make(chan struct{}),
		stopRecord:  make(chan struct{}),
	}
	b.health = &health{lg: lg, degradedAfter: int64(opts.DegradedAfter)}
	if b.outbox == nil {
		b.outbox = newMemOutbox(opts.SeenTTL)
	}
	b.m = newMetrics(opts.Registry, b)
	if b.dedupe == nil {
		b.dedupe = newMemSeen(opts.SeenSize, opts.SeenTTL, nil, b.m.seenEvictedEarly.Inc)
	}
	ctx, cancelCtx := context.WithTimeout(context.Background(), opts.StoreTimeout)
	n, err := b.outbox.Recover(ctx, time.Now())
	cancelCtx()
	if err != nil {
		b.backlogUnknown.Store(true)
		lg.Error("outbox backlog unknown", "err", err)
	} else if n > 0 {
		lg.Info("replies owed from before the restart; sending those still worth sending", "backlog", n)
	}
	b.backlog.Store(int64(n))
	b.pool = newPool(work, opts.Workers, opts.QueueSize, b.jobDone)
	go b.dispatch(b.stop)
	if opts.Records != nil {
		go b.writeRecords(b.stopRecord)
	} else {
		close(b.recorded)
	}
	return b
}

// inlinePlaces is how many slash commands may be answered at once on their
// own requests' goroutines.
func inlinePlaces(o Options) int {
	if o.Answering > 0 {
		return o.Answering
	}
	return o.Workers
}

// NewClient returns a Slack Web API client for botToken. appToken, when
// set, is the app-level token Socket Mode needs; apiURL, when set, replaces
// Slack's Web API base URL (it ends in a slash).
func NewClient(botToken, appToken, apiURL string) *slack.Client {
	// Every call has its own deadline (Options.CallTimeout); this one is
	// the backstop for any call made without one.
	opts := []slack.Option{slack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second})}
	if apiURL != "" {
		opts = append(opts, slack.OptionAPIURL(apiURL))
	}
	if appToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(appToken))
	}
	return slack.New(botToken, opts...)
}

// Identify asks Slack (auth.test) who the bot is, so that it recognises its
// own messages by user id as well as by bot_id. Call it before serving.
// An error that wraps ErrTokenRejected means Slack refused the token
// itself (invalid_auth, account_inactive, token_revoked, not_authed, ...):
// serving cannot work.
func (b *Bot) Identify(ctx context.Context) (team, userID string, err error) {
	who, err := b.api.AuthTestContext(ctx)
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok && authErrors[se.Err] {
		return "", "", fmt.Errorf("auth.test: %w: %s", ErrTokenRejected, se.Err)
	}
	if err != nil {
		return "", "", fmt.Errorf("auth.test: %w", err)
	}
	b.opts.BotUserID = who.UserID
	return who.Team, who.UserID, nil
}

// ErrTokenRejected means Slack does not accept the bot's token.
var ErrTokenRejected = errors.New("slack rejected the bot token")

// SetReady marks the bot ready (or not) to take work; /healthz reports it.
func (b *Bot) SetReady(ready bool) { b.ready.Store(ready) }

// Ready reports whether the bot takes work.
func (b *Bot) Ready() bool { return b.ready.Load() }

// Shutdown stops the bot taking new work and delivers the replies owed
// until the outbox is empty or ctx ends. Then it stops its workers; a reply
// interrupted is left in the outbox, marked as possibly delivered. It
// returns nil when nothing owed is lost: the outbox is empty or durable
// (the rest is sent at the next start).
func (b *Bot) Shutdown(ctx context.Context) error {
	b.closing.Store(true)
	b.SetReady(false)
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for b.backlog.Load() > 0 && ctx.Err() == nil {
		b.kick()
		select {
		case <-t.C:
		case <-ctx.Done():
		}
	}
	b.stopOnce.Do(func() { close(b.stop) })
	<-b.dispatched
	b.pool.close()
	done := make(chan struct{})
	go func() {
		b.pool.wait()
		close(done)
	}()
	if ctx.Err() != nil {
		// Cancelled work returns promptly (and leaves its reply in the
		// outbox); do not hang on anything that ignores its context.
		b.cancelWork()
	}
	wait := time.NewTimer(time.Second)
	defer wait.Stop()
	select {
	case <-done:
	case <-ctx.Done():
		select {
		case <-done:
		case <-wait.C:
		}
	}
	b.stopRecords(ctx)
	b.cancelWork()
	left := b.backlog.Load()
	switch {
	case left == 0:
		return nil
	case b.durable:
		b.lg.Info("replies still owed are stored; they are sent at the next start", "backlog", left)
		return nil
	}
	return fmt.Errorf("shutdown: %d replies owed are lost (no durable outbox): %w", left, context.Cause(ctx))
}

// stopRecords has the record writer write what is queued and stop, waiting
// for it until ctx ends and then at most a second more, its write
// cancelled.
func (b *Bot) stopRecords(ctx context.Context) {
	b.recordOnce.Do(func() { close(b.stopRecord) })
	select {
	case <-b.recorded:
		return
	case <-ctx.Done():
	}
	b.cancelWork()
	wait := time.NewTimer(time.Second)
	defer wait.Stop()
	select {
	case <-b.recorded:
	case <-wait.C:
		b.lg.Warn("records still queued at shutdown are lost")
	}
}

// errClosing is returned for work offered after Shutdown began.
var errClosing = errors.New("bot is shutting down")

// question is what every kind of Slack input becomes at the edge.
type question struct {
	text     string // as the engine takes it: a question or "/funding Pakistan"
	channel  string
	user     string
	threadTS string // reply in this thread; empty for none
	origin   string // "mention", "dm", "command"
}

// entry is a cached answer with its rendered slash-command reply.
type entry struct {
	a        answer.Answer
	cmdReply []byte // JSON body of an ephemeral reply with a Share button
}

// answer answers text, from the cache when it can: the corpus does not
// change while the bot runs, so an answer once computed stays right.
func (b *Bot) answer(ctx context.Context, text string) (*entry, error) {
	key := answer.Normalize(text)
	if e, ok := b.cached(key); ok {
		return e, nil
	}
	return b.answerKey(ctx, key)
}

// answerKey answers the normalised question key, which the caller has just
// looked for in the cache: computed, or waited for when another request is
// computing it.
//
// A flight led by a slash command answered inline ends with that command's
// deadline (answerInline): a caller whose own context is still alive then
// computes the answer itself, once.
func (b *Bot) answerKey(ctx context.Context, key string) (*entry, error) {
	do := func() (*entry, error) {
		return b.flights.do(ctx, key, func() (*entry, error) { return b.compute(ctx, key) })
	}
	e, err := do()
	if err != nil && ctx.Err() == nil && (errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)) {
		return do()
	}
	return e, err
}

// compute asks the engine for the answer to the normalised question key,
// renders it and caches it.
func (b *Bot) compute(ctx context.Context, key string) (*entry, error) {
	b.m.cacheMisses.Inc()
	start := time.Now()
	a, err := b.ans.Answer(ctx, key)
	b.m.answerSeconds.Observe(time.Since(start).Seconds())
	if err != nil {
		b.m.answered("error")
		return nil, fmt.Errorf("answer %q: %w", key, err)
	}
	b.m.answered(string(a.Kind))
	reply, err := marshalReply(render(a, commandOptions, &b.notes), "ephemeral")
	if err != nil {
		return nil, fmt.Errorf("render %q: %w", key, err)
	}
	e := &entry{a: a, cmdReply: reply}
	b.cache.Add(key, e)
	return e, nil
}

// cached returns the cached answer to the normalised question key, and
// counts the hit.
func (b *Bot) cached(key string) (*entry, bool) {
	e, ok := b.cache.Get(key)
	if ok {
		b.m.cacheHits.Inc()
	}
	return e, ok
}

// sorry is what a user sees when answering failed; the detail goes to the
// log.
const sorry = "Sorry, I could not answer that just now. Please try again in a moment."

// sorryMessage is sorry as a message.
func sorryMessage() Message {
	return Message{
		Text:   sorry,
		Blocks: []slack.Block{slack.NewSectionBlock(slack.NewTextBlockObject(slack.PlainTextType, sorry, false, false), nil, nil)},
	}
}

// questionText is a message's question without its mentions, or "help"
// for a message that is only a mention.
func questionText(text string) string {
	if t := answer.Normalize(text); t != "" {
		return t
	}
	return "help"
}

// notShared is what the user sees when a shared answer could not be posted.
const notShared = "I could not share that answer here. A Share button works for 30 minutes: ask again and share the new answer."

func notSharedMessage() Message {
	return Message{
		Text:   notShared,
		Blocks: []slack.Block{slack.NewSectionBlock(slack.NewTextBlockObject(slack.PlainTextType, notShared, false, false), nil, nil)},
	}
}

// redactURL keeps a URL's scheme and host only.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(response_url)"
	}
	return u.Scheme + "://" + u.Host + "/…"
}

// newCache returns the cache of rendered replies. The corpus does not change
// while the bot runs, so a reply stays right for as long as it is kept.
func newCache(size int) *lru.Cache[string, *entry] {
	c, err := lru.New[string, *entry](max(size, 1))
	if err != nil {
		panic(err) // lru.New fails only for a size below 1
	}
	return c
}
