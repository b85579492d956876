package bot

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/store"
)

// marshalReply renders msg as a slash-command reply of the given type
// ("ephemeral" or "in_channel"): {"response_type", "text", "blocks"}, the
// blocks left out when there are none (appendReply).
func marshalReply(msg Message, responseType string) ([]byte, error) {
	scratch := replyScratch.Get().(*[]byte)
	defer replyScratch.Put(scratch)
	out, err := appendReply((*scratch)[:0], msg, responseType)
	if err != nil {
		return nil, err
	}
	*scratch = out
	// The reply is cached: keep exactly its bytes, not the scratch room.
	return bytes.Clone(out), nil
}

// replyScratch recycles the buffers replies are encoded in.
var replyScratch = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// closingText is the reply to a command that arrives while the bot stops.
const closingText = "fundbot is restarting. Please try again in a minute."

// commandResult is an answer handed from the worker computing it to the
// request waiting for it.
type commandResult struct {
	e   *entry
	err error
}

// commandWait is a slash command waiting for a worker's answer: the job a
// worker runs and the channel the request waits on. It is recycled once the
// answer is received, so that the hand-off to the pool allocates nothing;
// one whose deadline passed is left to the worker still holding it, and to
// the collector.
type commandWait struct {
	b     *Bot
	key   string             // the command's line, normalised: the cache's key
	ready chan commandResult // holds one result
}

// commandWaits recycles commandWaits.
var commandWaits = sync.Pool{New: func() any { return &commandWait{ready: make(chan commandResult, 1)} }}

// run answers the command on a worker.
func (w *commandWait) run(ctx context.Context) {
	// The request looked in the cache a moment ago: the worker does not
	// look again (a lock shared by every request, taken once less).
	e, err := w.b.answerKey(ctx, w.key)
	w.ready <- commandResult{e, err}
}

// release returns w, its result received or never to come, for reuse.
func (w *commandWait) release() {
	w.b, w.key = nil, ""
	commandWaits.Put(w)
}

// command answers a slash command: send gets its acknowledgement, once,
// before command returns (see answerCommand).
func (b *Bot) command(cmd slack.SlashCommand, send func(reply []byte)) {
	b.answerCommand(strings.TrimSpace(cmd.Command+" "+cmd.Text), func() slack.SlashCommand { return cmd }, send)
}

// answerCommand answers the slash command whose line ("/funding Kenya") is
// line. send gets the command's acknowledgement exactly once, before
// answerCommand returns: the reply body when the answer is ready within
// AckDeadline; nil when it is not, once the reply owed is stored in the
// outbox (the answer then goes to the command's response_url); or a short
// "busy" reply when there is no room to answer it or to store it.
//
// The deadline holds whatever the engine does: a timer of its own sends the
// late acknowledgement from its own goroutine, while the request's
// goroutine may still be inside the engine (commandAck). form returns the
// whole command: it is called only when the reply is owed through
// response_url or the command is logged, so that a command answered in
// time needs nothing but its line.
func (b *Bot) answerCommand(line string, form func() slack.SlashCommand, send func(reply []byte)) {
	line = cut(line, b.opts.MaxQuestion)
	key := answer.Normalize(line)
	if e, ok := b.cached(key); ok {
		b.asked(&e.a, "command")
		send(e.cmdReply)
		return
	}
	if b.closing.Load() {
		send(mustReply(closingText))
		return
	}
	a := b.newCommandAck(line, form, send)
	defer a.cancel()
	e, err, refused := b.answerWithin(a.ctx, key)
	if !a.claim() {
		return // the deadline's acknowledgement was sent
	}
	switch {
	case refused:
		b.m.busy.Inc()
		cmd := form()
		b.lg.Warn("command refused: workers busy", "channel", cmd.ChannelID, "user", cmd.UserID)
		send(mustReply(busyText))
	case err == nil:
		b.asked(&e.a, "command")
		send(e.cmdReply)
	case a.ctx.Err() != nil:
		// The workers' context ended (a shutdown that gave up waiting):
		// owed as a late one.
		a.deferReply()
	default:
		cmd := form()
		b.lg.Error("answer failed", "origin", "command", "channel", cmd.ChannelID, "user", cmd.UserID, "err", err)
		send(mustReply(sorry))
	}
}

// answerWithin computes the reply to the normalised command line key, or
// waits for it, until ctx ends. With Options.Answering set, the command is
// answered on the caller's goroutine once one of those places is free, in
// the order the commands came. Otherwise it is answered on the caller's
// goroutine when one of Workers places for that is free, by a worker when
// none is; refused is true when the workers' queue (or, with Answering,
// the line of commands waiting) is full.
func (b *Bot) answerWithin(ctx context.Context, key string) (e *entry, err error, refused bool) {
	if b.opts.Answering > 0 {
		if b.waiting.Add(1) > int64(b.opts.QueueSize) {
			b.waiting.Add(-1)
			return nil, nil, true
		}
		select {
		case b.inline <- struct{}{}:
			b.waiting.Add(-1)
		case <-ctx.Done():
			b.waiting.Add(-1)
			return nil, ctx.Err(), false
		}
		e, err = b.answerKey(ctx, key)
		<-b.inline
		if b.waiting.Load() > 0 {
			// The command now in the place was readied to run next on
			// this core, but would wait for this goroutine to write its
			// reply and block: yield to it, so the place is not left
			// empty meanwhile; this reply is written by whichever core
			// is free first (docs/benchmarks.md, perf10).
			runtime.Gosched()
		}
		return e, err, false
	}
	select {
	case b.inline <- struct{}{}:
		// The hand-offs to a worker and back, and the waits between
		// them, are spared: under load that shortens the slowest replies
		// (docs/benchmarks.md, perf9).
		e, err = b.answerKey(ctx, key)
		<-b.inline
		return e, err, false
	default:
	}
	w := commandWaits.Get().(*commandWait)
	w.b, w.key = b, key
	if !b.pool.submitJob(w) {
		w.release()
		return nil, nil, true
	}
	select {
	case r := <-w.ready:
		w.release()
		return r.e, r.err, false
	case <-ctx.Done():
		// The worker still holds w: it is not recycled.
		return nil, ctx.Err(), false
	}
}

// ackStoreBudget bounds how long a late command's acknowledgement waits for
// its reply to be stored in the outbox: AckDeadline plus this stays under
// Slack's 3 s with the default deadline of 2 s.
const ackStoreBudget = 500 * time.Millisecond

// A commandAck sends a slash command's acknowledgement exactly once: the
// request's goroutine sends the answer when it has it before the deadline
// (claim); at the deadline, a timer sends the late acknowledgement from its
// own goroutine (deferReply) and cancels the answer's context, however long
// the engine then takes to notice. The request's goroutine waits for that
// acknowledgement to be sent before it returns.
type commandAck struct {
	b      *Bot
	line   string
	form   func() slack.SlashCommand
	send   func(reply []byte)
	ctx    context.Context // the answer's; cancelled at the deadline
	cancel context.CancelFunc
	timer  *time.Timer

	mu    sync.Mutex // held while the late acknowledgement is sent
	state int        // ackPending, ackAnswered or ackLate; guarded by mu
}

// commandAck states.
const (
	ackPending = iota
	ackAnswered
	ackLate
)

// newCommandAck starts the deadline of the command whose (cut) line is line.
func (b *Bot) newCommandAck(line string, form func() slack.SlashCommand, send func([]byte)) *commandAck {
	a := &commandAck{b: b, line: line, form: form, send: send}
	a.ctx, a.cancel = context.WithCancel(b.work)
	a.timer = time.AfterFunc(b.opts.AckDeadline, a.late)
	return a
}

// claim reports whether the request's goroutine is to send the
// acknowledgement (the deadline has not passed); when it has, claim returns
// false once the late acknowledgement is sent.
func (a *commandAck) claim() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.state == ackLate {
		return false
	}
	a.state = ackAnswered
	a.timer.Stop()
	return true
}

// late runs at the deadline, on the timer's goroutine.
func (a *commandAck) late() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.state != ackPending {
		return
	}
	a.state = ackLate
	a.cancel()
	a.deferReply()
}

// deferReply stores the reply owed through response_url and acknowledges
// the command empty, or "busy" when the reply cannot be stored in time.
func (a *commandAck) deferReply() {
	cmd := a.form()
	ctx, cancel := context.WithTimeout(context.Background(), ackStoreBudget)
	err := a.b.oweCommand(ctx, cmd, a.line)
	cancel()
	if err != nil {
		a.send(mustReply(busyText))
		return
	}
	a.b.lg.Info("answer slow, acknowledged; replying through response_url",
		"channel", cmd.ChannelID, "user", cmd.UserID, "deadline", a.b.opts.AckDeadline)
	a.send(nil)
}

// oweCommand stores the reply owed to a slash command at its response_url.
func (b *Bot) oweCommand(ctx context.Context, cmd slack.SlashCommand, line string) error {
	id := cmd.TriggerID
	if id == "" {
		id = randomID()
	}
	_, err := b.owe(ctx, store.Reply{
		ID: "cmd:" + id, Kind: store.KindRespond, Question: line, Channel: cmd.ChannelID,
		User: cmd.UserID, Origin: "command", ResponseURL: cmd.ResponseURL,
	})
	if err != nil {
		b.lg.Warn("command reply not stored; told the user to try again", "channel", cmd.ChannelID, "user", cmd.UserID, "err", err)
	}
	return err
}

// mustReply is a plain ephemeral reply.
func mustReply(text string) []byte {
	body, err := marshalReply(Message{Text: text}, "ephemeral")
	if err != nil {
		panic(fmt.Sprintf("marshal plain reply: %v", err)) // cannot happen: a string marshals
	}
	return body
}

// event handles an Events API callback's inner event: it stores the reply
// owed in the outbox and returns, and a worker answers. eventID may be
// empty. An error means the event was not taken (the outbox is full or
// failing, or the bot is stopping): refuse it, and Slack delivers it again.
func (b *Bot) event(ctx context.Context, eventID string, inner slackevents.EventsAPIInnerEvent) error {
	switch t := slackevents.EventsAPIType(inner.Type); t {
	case slackevents.TokensRevoked, slackevents.AppUninstalled:
		b.health.revoke(string(t))
		return nil
	}
	if b.surface(inner) {
		return nil
	}
	q, ts, why := b.questionOf(inner)
	if why != "" {
		b.lg.Debug("event ignored", "type", inner.Type, "why", why)
		return nil
	}
	// The same post can come as app_mention and message, or twice under
	// two event ids: channel and ts name it, and its reply.
	msgKey := "msg:" + q.channel + ":" + ts
	keys := []string{msgKey}
	if eventID != "" {
		keys = append(keys, "event:"+eventID)
	}
	ctx, cancel := context.WithTimeout(ctx, b.opts.StoreTimeout)
	defer cancel()
	first, err := b.dedupe.Seen(ctx, keys...)
	b.health.observeShared(err)
	if err != nil {
		return fmt.Errorf("dedupe: %w", err)
	}
	if !first {
		b.m.duplicates.Inc()
		b.lg.Debug("duplicate event ignored", "event_id", eventID, "channel", q.channel, "ts", ts)
		return nil
	}
	q.text = b.threads.resolve(q) // "and Kenya?" after "/funding Pakistan" in the thread
	added, err := b.owe(ctx, store.Reply{
		ID: msgKey, Kind: store.KindPost, Question: q.text, Channel: q.channel, ThreadTS: q.threadTS,
		User: q.user, Origin: q.origin,
	})
	if err != nil {
		if ferr := b.dedupe.Forget(ctx, keys...); ferr != nil {
			b.lg.Error("dedupe: cannot forget a refused event; Slack's retry of it will be ignored", "event_id", eventID, "err", ferr)
		}
		return err
	}
	if !added {
		b.m.duplicates.Inc()
	}
	return nil
}

// questionOf turns a mention or a direct message into a question, with the
// message's ts; or says why it is not one.
func (b *Bot) questionOf(inner slackevents.EventsAPIInnerEvent) (q question, ts, why string) {
	switch ev := inner.Data.(type) {
	case *slackevents.AppMentionEvent:
		if ev.BotID != "" || ev.User == "" || ev.User == b.opts.BotUserID {
			return q, "", "from a bot"
		}
		thread := ev.ThreadTimeStamp
		if thread == "" && !isDM(ev.Channel) {
			thread = ev.TimeStamp
		}
		return question{text: cut(questionText(ev.Text), b.opts.MaxQuestion), channel: ev.Channel, user: ev.User,
			threadTS: thread, origin: "mention"}, ev.TimeStamp, ""
	case *slackevents.MessageEvent:
		switch {
		case ev.SubType != "":
			return q, "", "subtype " + ev.SubType
		case ev.BotID != "" || ev.User == "" || ev.User == b.opts.BotUserID:
			return q, "", "from a bot"
		case ev.ChannelType != "im":
			return q, "", "not a direct message" // channels reach the bot as app_mention
		}
		return question{text: cut(questionText(ev.Text), b.opts.MaxQuestion), channel: ev.Channel, user: ev.User,
			threadTS: ev.ThreadTimeStamp, origin: "dm"}, ev.TimeStamp, ""
	default:
		return q, "", "not a mention or a direct message"
	}
}

// isDM reports whether a channel id is a direct message's.
func isDM(channel string) bool { return strings.HasPrefix(channel, "D") }
