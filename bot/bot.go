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
	"strings"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/slack-go/slack"

	"github.com/fundbot/fundbot/answer"
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
	// HTTPClient posts to response_url. Default: a client with a 10 s
	// timeout.
	HTTPClient *http.Client
	// Registry receives the bot's Prometheus metrics. Default: a new one.
	Registry *prometheus.Registry
	// CacheSize bounds the cache of answers by command line. Default 1024.
	CacheSize int
	// SeenSize and SeenTTL bound the memory of delivered events used to
	// answer each question once. Defaults: 10,000 entries, 10 minutes.
	SeenSize int
	SeenTTL  time.Duration
	// MaxAttempts bounds how often one Web API call is tried. Default 5.
	MaxAttempts int
	// MaxRetryAfter is the longest Retry-After the bot waits for; a longer
	// one gives up (and logs it). Default 60 s.
	MaxRetryAfter time.Duration
	// BackoffBase is the first wait after a transient Web API error; it
	// doubles on each attempt. Default 250 ms.
	BackoffBase time.Duration
}

func (o Options) withDefaults() Options {
	if o.AckDeadline <= 0 {
		o.AckDeadline = 2 * time.Second
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	}
	if o.Registry == nil {
		o.Registry = prometheus.NewRegistry()
	}
	if o.CacheSize <= 0 {
		o.CacheSize = 1024
	}
	if o.SeenSize <= 0 {
		o.SeenSize = 10000
	}
	if o.SeenTTL <= 0 {
		o.SeenTTL = 10 * time.Minute
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = 60 * time.Second
	}
	if o.BackoffBase <= 0 {
		o.BackoffBase = 250 * time.Millisecond
	}
	return o
}

// Bot answers Slack users. It is safe for concurrent use.
type Bot struct {
	lg   *slog.Logger
	ans  Answerer
	api  *slack.Client
	opts Options
	m    *metrics

	cache *lru.Cache[string, *entry] // rendered replies by normalised command line
	seen  *seenSet

	// work is the context of replies in flight; it outlives the request
	// that started them and is cancelled only when Shutdown gives up.
	work       context.Context
	cancelWork context.CancelFunc
	mu         sync.Mutex // guards closing and wg.Add against Shutdown
	closing    bool
	wg         sync.WaitGroup

	ready atomic.Bool
}

// New returns a bot that answers with ans and talks to Slack's Web API
// through api.
func New(lg *slog.Logger, ans Answerer, api *slack.Client, opts Options) *Bot {
	opts = opts.withDefaults()
	work, cancel := context.WithCancel(context.Background())
	return &Bot{
		lg:         lg,
		ans:        ans,
		api:        api,
		opts:       opts,
		m:          newMetrics(opts.Registry),
		cache:      newCache(opts.CacheSize),
		seen:       newSeenSet(opts.SeenSize, opts.SeenTTL),
		work:       work,
		cancelWork: cancel,
	}
}

// NewClient returns a Slack Web API client for botToken. appToken, when
// set, is the app-level token Socket Mode needs; apiURL, when set, replaces
// Slack's Web API base URL (it ends in a slash).
func NewClient(botToken, appToken, apiURL string) *slack.Client {
	var opts []slack.Option
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
func (b *Bot) Identify(ctx context.Context) (team, userID string, err error) {
	who, err := b.api.AuthTestContext(ctx)
	if err != nil {
		return "", "", fmt.Errorf("auth.test: %w", err)
	}
	b.opts.BotUserID = who.UserID
	return who.Team, who.UserID, nil
}

// SetReady marks the bot ready (or not) to take work; /healthz reports it.
func (b *Bot) SetReady(ready bool) { b.ready.Store(ready) }

// Ready reports whether the bot takes work.
func (b *Bot) Ready() bool { return b.ready.Load() }

// Shutdown stops the bot taking new work and waits for the replies in
// flight. If ctx ends first, it cancels them and returns an error saying how
// it ended.
func (b *Bot) Shutdown(ctx context.Context) error {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	b.SetReady(false)

	done := make(chan struct{})
	go func() {
		b.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		b.cancelWork()
		return nil
	case <-ctx.Done():
		b.cancelWork()
		// Cancelled work returns promptly (and logs what it could not
		// deliver); do not hang on anything that ignores its context.
		t := time.NewTimer(time.Second)
		defer t.Stop()
		select {
		case <-done:
		case <-t.C:
		}
		return fmt.Errorf("shutdown: replies in flight cancelled: %w", ctx.Err())
	}
}

// errClosing is returned for work offered after Shutdown began.
var errClosing = errors.New("bot is shutting down")

// track runs f in a goroutine that Shutdown waits for.
func (b *Bot) track(f func(ctx context.Context)) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return errClosing
	}
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		f(b.work)
	}()
	return nil
}

// question is what every kind of Slack input becomes at the edge.
type question struct {
	text     string // as the engine takes it: a question or "/funding Pakistan"
	channel  string
	user     string
	threadTS string // reply in this thread; empty for none
	// responseURL, for a shared answer, tells the user privately when it
	// could not be posted.
	responseURL string
	origin      string // "mention", "dm", "command", "share"
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
	b.m.cacheMisses.Inc()
	start := time.Now()
	a, err := b.ans.Answer(ctx, key)
	b.m.answerSeconds.Observe(time.Since(start).Seconds())
	if err != nil {
		b.m.answers.WithLabelValues("error").Inc()
		return nil, fmt.Errorf("answer %q: %w", key, err)
	}
	b.m.answers.WithLabelValues(string(a.Kind)).Inc()
	reply, err := marshalReply(Render(a, commandOptions), "ephemeral")
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

// reply answers q in its conversation with chat.postMessage. It never fails
// silently: an undelivered reply is logged with channel, user and reason.
func (b *Bot) reply(ctx context.Context, q question) {
	msg := sorryMessage()
	if e, err := b.answer(ctx, q.text); err != nil {
		b.lg.Error("answer failed", "origin", q.origin, "channel", q.channel, "user", q.user, "err", err)
	} else {
		msg = Render(e.a, postOptions)
	}
	err := b.postMessage(ctx, q, msg)
	if err != nil && q.responseURL != "" {
		// A shared answer that could not be posted (the bot is not in the
		// channel, say): tell the one who clicked, privately.
		b.respond(ctx, q, q.responseURL, notSharedMessage())
	}
}

// notShared is what the user sees when a shared answer could not be posted.
const notShared = "I could not post that answer in this channel. If I am not a member, invite me (/invite @fundbot) and try again."

func notSharedMessage() Message {
	return Message{
		Text:   notShared,
		Blocks: []slack.Block{slack.NewSectionBlock(slack.NewTextBlockObject(slack.PlainTextType, notShared, false, false), nil, nil)},
	}
}

// postMessage posts msg visibly in q's conversation, retrying as Slack asks.
// It logs a failure and returns it.
func (b *Bot) postMessage(ctx context.Context, q question, msg Message) error {
	opts := []slack.MsgOption{
		slack.MsgOptionText(msg.Text, false),
		slack.MsgOptionBlocks(msg.Blocks...),
	}
	if q.threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(q.threadTS))
	}
	err := b.retry(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := b.api.PostMessageContext(ctx, q.channel, opts...)
		return err
	})
	b.delivered(q, "chat.postMessage", err)
	return err
}

// respond posts msg to a slash command's or an action's response_url.
func (b *Bot) respond(ctx context.Context, q question, responseURL string, msg Message) {
	wm := &slack.WebhookMessage{
		ResponseType: "ephemeral",
		Text:         msg.Text,
		Blocks:       &slack.Blocks{BlockSet: msg.Blocks},
	}
	err := b.retry(ctx, "response_url", func(ctx context.Context) error {
		return slack.PostWebhookCustomHTTPContext(ctx, responseURL, b.opts.HTTPClient, wm)
	})
	if err != nil {
		// A response_url is a credential of sorts: anyone holding it can
		// post as the app for half an hour. Keep it out of the log.
		err = errors.New(strings.ReplaceAll(err.Error(), responseURL, redactURL(responseURL)))
	}
	b.delivered(q, "response_url", err)
}

// redactURL keeps a URL's scheme and host only.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(response_url)"
	}
	return u.Scheme + "://" + u.Host + "/…"
}

// delivered logs and counts a reply that did not reach Slack.
func (b *Bot) delivered(q question, method string, err error) {
	if err == nil {
		b.m.replies.WithLabelValues(method, "ok").Inc()
		return
	}
	b.m.replies.WithLabelValues(method, "dropped").Inc()
	b.lg.Error("reply not delivered", "method", method, "origin", q.origin,
		"channel", q.channel, "user", q.user, "reason", err)
}

// retry calls f until it succeeds, honouring 429 Retry-After and backing off
// on transient errors, at most MaxAttempts times.
func (b *Bot) retry(ctx context.Context, method string, f func(context.Context) error) error {
	wait := b.opts.BackoffBase
	for attempt := 1; ; attempt++ {
		err := f(ctx)
		if err == nil {
			return nil
		}
		reason, d, retryable := b.classify(err, wait)
		b.m.apiErrors.WithLabelValues(method, reason).Inc()
		if !retryable {
			return fmt.Errorf("%s: %w", reason, err)
		}
		if attempt >= b.opts.MaxAttempts {
			return fmt.Errorf("%s after %d attempts: %w", reason, attempt, err)
		}
		b.lg.Warn("slack api call failed, retrying", "method", method, "reason", reason, "attempt", attempt, "wait", d)
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s, then %w: %w", reason, ctx.Err(), err)
		}
		if reason != "rate_limited" {
			wait *= 2
		}
	}
}

// classify says why a Web API call failed, how long to wait before trying
// again and whether to try again at all.
func (b *Bot) classify(err error, backoff time.Duration) (reason string, wait time.Duration, retryable bool) {
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		if rl.RetryAfter > b.opts.MaxRetryAfter {
			return "rate_limited", 0, false
		}
		return "rate_limited", rl.RetryAfter, true
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		if sc.Code >= 500 || sc.Code == http.StatusRequestTimeout {
			return "http_" + fmt.Sprint(sc.Code), backoff, true
		}
		return "http_" + fmt.Sprint(sc.Code), 0, false
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		switch se.Err {
		case "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited":
			return se.Err, backoff, true
		}
		return se.Err, 0, false
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return "cancelled", 0, false
	}
	// Anything else is the network between us and Slack: worth another try.
	return "network", backoff, true
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
