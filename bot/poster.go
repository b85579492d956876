package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/store"
)

// ReplyEventType is the event_type of the message metadata the bot puts on
// each reply it posts; the payload's reply_id names the reply. After an
// attempt whose outcome is unknown, the bot looks for it before posting
// again.
const ReplyEventType = "fundbot_reply"

// responseURLLife is how long Slack accepts replies at a response_url.
const responseURLLife = 30 * time.Minute

// outcome is what one call to Slack did, as far as the bot can tell.
type outcome int

const (
	// sent: Slack confirmed it.
	sent outcome = iota
	// notSent: Slack cannot have acted on it (the request never left, or
	// Slack refused it for its rate): safe to try again.
	notSent
	// throttled: Slack asked to wait (429, Retry-After) and did nothing.
	throttled
	// maybeSent: the request reached Slack and the answer was lost or a
	// server error: Slack may have acted on it.
	maybeSent
	// refused: Slack answered with an error that another try won't change.
	refused
)

// ambiguousErrors are Web API errors after which Slack may or may not have
// acted on the call.
var ambiguousErrors = map[string]bool{
	"internal_error": true, "fatal_error": true, "request_timeout": true,
}

// authErrors are Web API errors that mean the bot's token no longer works.
var authErrors = map[string]bool{
	"invalid_auth": true, "account_inactive": true, "token_revoked": true,
	"not_authed": true, "token_expired": true, "app_uninstalled": true,
}

// transientErrors are Web API errors for which Slack did not act but may
// next time.
var transientErrors = map[string]bool{
	"ratelimited": true, "service_unavailable": true,
}

// call makes one call to Slack through f with a deadline, within the bound
// on outbound calls, and says what came of it. The request is traced: an
// error before it was written means Slack cannot have seen it.
func (b *Bot) call(ctx context.Context, method string, f func(context.Context) error) (outcome, time.Duration, error) {
	select {
	case b.outbound <- struct{}{}:
		defer func() { <-b.outbound }()
	case <-ctx.Done():
		return notSent, 0, ctx.Err()
	}
	ctx, cancel := context.WithTimeout(ctx, b.opts.CallTimeout)
	defer cancel()
	var wrote atomic.Bool
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteHeaders: func() { wrote.Store(true) },
	})
	err := f(ctx)
	out, wait, reason := b.classify(err, wrote.Load())
	if out != sent {
		b.m.apiErrors.WithLabelValues(method, reason).Inc()
	}
	b.health.observe(out, err)
	return out, wait, err
}

// classify says what an error from a call means for the reply.
func (b *Bot) classify(err error, wrote bool) (outcome, time.Duration, string) {
	if err == nil {
		return sent, 0, ""
	}
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return throttled, rl.RetryAfter, "rate_limited"
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		if transientErrors[se.Err] {
			return throttled, time.Second, se.Err
		}
		if ambiguousErrors[se.Err] {
			return maybeSent, 0, se.Err
		}
		return refused, 0, se.Err
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return throttled, time.Second, "http_429"
		case sc.Code >= 500:
			return maybeSent, 0, "http_" + strconv.Itoa(sc.Code)
		}
		return refused, 0, "http_" + strconv.Itoa(sc.Code)
	}
	if !wrote {
		return notSent, 0, "not_sent"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return maybeSent, 0, "timeout"
	}
	if errors.Is(err, context.Canceled) {
		return maybeSent, 0, "cancelled"
	}
	return maybeSent, 0, "network"
}

// send delivers one reply from the outbox, or reschedules it, or gives up
// on it; it never leaves it claimed.
func (b *Bot) send(ctx context.Context, r store.Reply) {
	if ctx.Err() != nil { // stopping: leave it for the next start
		b.giveBack(r, time.Now())
		return
	}
	if age, limit := time.Since(r.Created), b.maxAge(r); age > limit {
		b.giveUp(r, "expired", fmt.Errorf("owed for %v, worth sending for %v", age.Round(time.Second), limit))
		return
	}
	if b.claims != nil {
		claimed, ended, err := b.claims.Claim(ctx, r.ID, b.opts.Lease)
		b.health.observeShared(err)
		switch {
		case err != nil:
			b.lg.Warn("shared claim failed; trying again later", "id", r.ID, "err", err)
			b.giveBack(r, time.Now().Add(time.Second))
			return
		case ended:
			b.lg.Info("reply already delivered by another replica", "id", r.ID)
			b.done(r)
			return
		case !claimed:
			b.giveBack(r, time.Now().Add(time.Second))
			return
		}
	}
	if r.Kind == store.KindPost {
		if slot, ok := b.waitPace(ctx, r.Channel); !ok {
			b.giveBack(r, slot)
			return
		}
	}
	msg := b.message(ctx, r)
	switch r.Kind {
	case store.KindPost:
		b.sendPost(ctx, r, msg)
	case store.KindRespond:
		b.sendRespond(ctx, r, msg)
	default:
		b.giveUp(r, "unknown kind", fmt.Errorf("kind %q", r.Kind))
	}
}

// maxAge is how long after its request r is worth sending.
func (b *Bot) maxAge(r store.Reply) time.Duration {
	if r.Kind == store.KindRespond {
		return min(b.opts.MaxReplyAge, responseURLLife)
	}
	return b.opts.MaxReplyAge
}

// message answers r's question; a failure becomes the apology.
func (b *Bot) message(ctx context.Context, r store.Reply) Message {
	ctx, cancel := context.WithTimeout(ctx, b.opts.CallTimeout)
	defer cancel()
	if hello, ok := answer.SmallTalk(r.Question); ok && r.Kind == store.KindPost {
		return plainMessage(hello)
	}
	e, err := b.answer(ctx, r.Question)
	if err != nil {
		b.lg.Error("answer failed", "origin", r.Origin, "channel", r.Channel, "user", r.User, "err", err)
		return sorryMessage()
	}
	if r.Attempts <= 1 {
		b.asked(&e.a, r.Origin)
	}
	if r.Kind == store.KindRespond {
		opts, _ := replyStyle(r)
		return render(e.a, opts, &b.notes)
	}
	return render(e.a, postOptions, &b.notes)
}

// sendPost posts r visibly with chat.postMessage, marked with metadata that
// names it. If an earlier attempt may have reached Slack, it first looks
// for that reply in the conversation, and posts only if it is not there.
func (b *Bot) sendPost(ctx context.Context, r store.Reply, msg Message) {
	if r.Unsure {
		found, err := b.posted(ctx, r)
		if err != nil {
			b.giveUp(r, "unsure", fmt.Errorf("an earlier attempt may have been posted and checking failed: %w", err))
			return
		}
		if found {
			b.lg.Info("reply found already posted; not posting again", "id", r.ID, "channel", r.Channel)
			b.finish(r, "chat.postMessage")
			return
		}
	}
	opts := []slack.MsgOption{
		slack.MsgOptionText(msg.Text, false),
		slack.MsgOptionBlocks(msg.Blocks...),
		slack.MsgOptionMetadata(slack.SlackMetadata{
			EventType:    ReplyEventType,
			EventPayload: map[string]any{"reply_id": r.ID},
		}),
	}
	if r.ThreadTS != "" {
		opts = append(opts, slack.MsgOptionTS(r.ThreadTS))
	}
	out, wait, err := b.call(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := b.api.PostMessageContext(ctx, r.Channel, opts...)
		return err
	})
	b.settle(r, "chat.postMessage", out, wait, err)
}

// posted reports whether the reply r is in its conversation already, by
// its metadata. It looks at the thread for a threaded reply, and at the
// channel's history since shortly before the request otherwise.
func (b *Bot) posted(ctx context.Context, r store.Reply) (bool, error) {
	var msgs []slack.Message
	oldest := strconv.FormatInt(r.Created.Add(-time.Minute).Unix(), 10)
	out, _, err := b.call(ctx, "conversations.history", func(ctx context.Context) error {
		if r.ThreadTS != "" {
			m, _, _, err := b.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
				ChannelID: r.Channel, Timestamp: r.ThreadTS, Limit: 200, IncludeAllMetadata: true,
			})
			msgs = m
			return err
		}
		h, err := b.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
			ChannelID: r.Channel, Oldest: oldest, Limit: 200, IncludeAllMetadata: true,
		})
		if h != nil {
			msgs = h.Messages
		}
		return err
	})
	if out != sent {
		return false, err
	}
	for _, m := range msgs {
		if m.Metadata.EventType == ReplyEventType && m.Metadata.EventPayload["reply_id"] == r.ID {
			return true, nil
		}
	}
	return false, nil
}

// sendRespond sends r to its response_url. A response_url cannot be
// checked afterwards, so an attempt that may have reached Slack is not
// repeated.
func (b *Bot) sendRespond(ctx context.Context, r store.Reply, msg Message) {
	if r.Unsure {
		b.giveUp(r, "unsure", errors.New("an earlier attempt may have reached the response_url, which cannot be checked"))
		return
	}
	_, wm := replyStyle(r)
	out, wait, err := b.respondOnce(ctx, r.ResponseURL, msg, wm)
	b.settle(r, "response_url", out, wait, err)
}

// respondOnce makes one attempt to send msg to responseURL, with the
// URL kept out of the error.
// wm says how (its ResponseType, ReplaceOriginal, DeleteOriginal; nil for
// a private reply); respondOnce fills in the message.
func (b *Bot) respondOnce(ctx context.Context, responseURL string, msg Message, wm *slack.WebhookMessage) (outcome, time.Duration, error) {
	if wm == nil {
		wm = &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral}
	}
	wm.Text, wm.Blocks = msg.Text, &slack.Blocks{BlockSet: msg.Blocks}
	out, wait, err := b.call(ctx, "response_url", func(ctx context.Context) error {
		return slack.PostWebhookCustomHTTPContext(ctx, responseURL, b.opts.HTTPClient, wm)
	})
	if err != nil {
		// A response_url is a credential of sorts: anyone holding it can
		// post as the app for half an hour. Keep it out of the log.
		err = errors.New(strings.ReplaceAll(err.Error(), responseURL, redactURL(responseURL)))
	}
	return out, wait, err
}

// settle acts on the outcome of an attempt to deliver r.
func (b *Bot) settle(r store.Reply, method string, out outcome, wait time.Duration, err error) {
	now := time.Now()
	switch out {
	case sent:
		b.finish(r, method)
	case throttled:
		if wait > b.opts.MaxRetryAfter || now.Add(wait).Sub(r.Created) > b.maxAge(r) {
			b.giveUp(r, "rate_limited", fmt.Errorf("Retry-After %v is past the reply's deadline: %w", wait, err))
			return
		}
		if r.Kind == store.KindPost {
			b.pace.block(r.Channel, now.Add(wait))
		}
		b.later(r, now.Add(wait), false)
	case notSent, maybeSent:
		unsure := out == maybeSent
		if unsure && r.Kind == store.KindRespond {
			b.giveUp(r, "unsure", fmt.Errorf("may have reached the response_url, not repeated: %w", err))
			return
		}
		if r.Attempts >= b.opts.MaxAttempts {
			b.giveUp(r, "attempts", fmt.Errorf("after %d attempts: %w", r.Attempts, err))
			return
		}
		d := b.opts.BackoffBase << min(r.Attempts-1, 10)
		b.lg.Warn("reply not delivered yet, will try again", "id", r.ID, "method", method,
			"attempt", r.Attempts, "wait", d, "may_have_reached_slack", unsure, "err", err)
		b.later(r, now.Add(d), unsure)
	default:
		b.giveUp(r, "refused", err)
		if r.Origin == "share" && r.ResponseURL != "" {
			// A shared answer that could not be posted (the bot is not in
			// the channel, say): tell the one who clicked, privately, once.
			b.respondOnce(context.Background(), r.ResponseURL, notSharedMessage(), nil)
		}
	}
}

// finish ends a delivered reply.
func (b *Bot) finish(r store.Reply, method string) {
	b.done(r)
	b.m.replies.WithLabelValues(method, "ok").Inc()
}

// giveUp ends a reply that will not be delivered, and says why in the log.
func (b *Bot) giveUp(r store.Reply, why string, err error) {
	b.done(r)
	method := "chat.postMessage"
	if r.Kind == store.KindRespond {
		method = "response_url"
	}
	b.m.replies.WithLabelValues(method, "dropped").Inc()
	b.lg.Error("reply not delivered", "id", r.ID, "method", method, "why", why, "origin", r.Origin,
		"channel", r.Channel, "user", r.User, "attempts", r.Attempts, "reason", err)
}

// pacer spaces posts in each channel (Slack allows about one message a
// second per channel), and holds a channel back after Slack rate-limits it.
type pacer struct {
	mu    sync.Mutex
	every time.Duration
	next  map[string]time.Time // channel → first free slot
}

func newPacer(every time.Duration) *pacer {
	return &pacer{every: every, next: map[string]time.Time{}}
}

// reserve returns the channel's first free slot at or after now. A slot
// within slack of now is taken (the caller waits for it); a later one is
// only reported, for the caller to come back then; a negative slack only
// reports.
func (p *pacer) reserve(channel string, now time.Time, slack time.Duration) time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.next) > 4096 {
		for ch, t := range p.next {
			if t.Before(now) {
				delete(p.next, ch)
			}
		}
	}
	slot := now
	if t := p.next[channel]; t.After(slot) {
		slot = t
	}
	if slot.Sub(now) <= slack {
		p.next[channel] = slot.Add(p.every)
	}
	return slot
}

// block keeps the channel's first free slot at until or later.
func (p *pacer) block(channel string, until time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if until.After(p.next[channel]) {
		p.next[channel] = until
	}
}

// waitPace takes channel's next slot and waits for it when it is near; it
// reports false, with the slot, when the slot is further off (or ctx ends),
// for the reply to be deferred to it.
func (b *Bot) waitPace(ctx context.Context, channel string) (time.Time, bool) {
	now := time.Now()
	slot := b.pace.reserve(channel, now, b.opts.PaceSlack)
	d := slot.Sub(now)
	if d > b.opts.PaceSlack {
		return slot, false
	}
	if d <= 0 {
		return slot, true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return slot, true
	case <-ctx.Done():
		return now, false
	}
}
