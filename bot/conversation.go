package bot

import (
	"bytes"
	"context"
	"fmt"
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

// commandWait is a slash command waiting for its answer: the job a worker
// runs, and the channel and timer the request waits on. It is recycled
// once the answer is received, so that the hand-off to the pool allocates
// nothing; one whose deadline passed is left to the worker still holding
// it, and to the collector.
type commandWait struct {
	b     *Bot
	key   string             // the command's line, normalised: the cache's key
	ready chan commandResult // holds one result
	timer *time.Timer        // the acknowledgement deadline; nil until first used
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

// command answers a slash command. If the answer is ready within
// AckDeadline it returns the reply body; otherwise it stores the reply owed
// in the outbox and returns nil, and the answer goes to the command's
// response_url. It is answered on the caller's goroutine when a place for
// that is free (answerInline), by a worker otherwise; a command that finds
// those places taken and the workers' queue full gets a short "busy" reply
// at once. Either way the caller acknowledges at once.
func (b *Bot) command(cmd slack.SlashCommand) []byte {
	return b.answerCommand(strings.TrimSpace(cmd.Command+" "+cmd.Text), func() slack.SlashCommand { return cmd })
}

// answerCommand answers the slash command whose line ("/funding Kenya") is
// line, as command does. form returns the whole command: it is called only
// when the reply is owed through response_url or the command is logged, so
// that a command answered in time needs nothing but its line.
func (b *Bot) answerCommand(line string, form func() slack.SlashCommand) []byte {
	line = cut(line, b.opts.MaxQuestion)
	key := answer.Normalize(line)
	if e, ok := b.cached(key); ok {
		b.asked(&e.a, "command")
		return e.cmdReply
	}
	if b.closing.Load() {
		return mustReply(closingText)
	}
	if reply, done := b.answerInline(line, key, form); done {
		return reply
	}
	w := commandWaits.Get().(*commandWait)
	w.b, w.key = b, key
	if !b.pool.submitJob(w) {
		w.release()
		b.m.busy.Inc()
		cmd := form()
		b.lg.Warn("command refused: workers busy", "channel", cmd.ChannelID, "user", cmd.UserID)
		return mustReply(busyText)
	}
	if w.timer == nil {
		w.timer = time.NewTimer(b.opts.AckDeadline)
	} else {
		w.timer.Reset(b.opts.AckDeadline)
	}
	select {
	case r := <-w.ready:
		w.timer.Stop()
		w.release()
		if r.err != nil {
			cmd := form()
			b.lg.Error("answer failed", "origin", "command", "channel", cmd.ChannelID, "user", cmd.UserID, "err", r.err)
			return mustReply(sorry)
		}
		b.asked(&r.e.a, "command")
		return r.e.cmdReply
	case <-w.timer.C:
		// The worker still holds w: it is not recycled.
	}
	cmd := form()
	if err := b.oweCommand(cmd, line); err != nil {
		return mustReply(busyText)
	}
	b.lg.Info("answer slow, acknowledged; replying through response_url",
		"channel", cmd.ChannelID, "user", cmd.UserID, "deadline", b.opts.AckDeadline)
	return nil
}

// answerInline answers a slash command on the request's own goroutine when
// one of the places for that is free (done false when none is): the
// hand-offs to a worker and back, and the waits between them, are spared.
// Under load that shortens the slowest replies (docs/benchmarks.md, perf9).
// The answer is given AckDeadline as its context's deadline (the engine
// sees it when it starts and in its index searches): past it, the command
// is owed through response_url as when a worker is slow (nil reply).
// Interleaved load tests on 10,000 releases put the p99 lower than with
// every command handed to a worker in 16 of 21 rounds at load 2.4-7
// (docs/benchmarks.md, perf9).
func (b *Bot) answerInline(line, key string, form func() slack.SlashCommand) (reply []byte, done bool) {
	select {
	case b.inline <- struct{}{}:
	default:
		return nil, false
	}
	ctx, cancel := context.WithTimeout(b.work, b.opts.AckDeadline)
	e, err := b.answerKey(ctx, key)
	late := ctx.Err() != nil
	cancel()
	<-b.inline
	switch {
	case err == nil:
		b.asked(&e.a, "command")
		return e.cmdReply, true
	case !late:
		cmd := form()
		b.lg.Error("answer failed", "origin", "command", "channel", cmd.ChannelID, "user", cmd.UserID, "err", err)
		return mustReply(sorry), true
	}
	cmd := form()
	if err := b.oweCommand(cmd, line); err != nil {
		return mustReply(busyText), true
	}
	b.lg.Info("answer slow, acknowledged; replying through response_url",
		"channel", cmd.ChannelID, "user", cmd.UserID, "deadline", b.opts.AckDeadline)
	return nil, true
}

// oweCommand stores the reply owed to a slash command at its response_url.
func (b *Bot) oweCommand(cmd slack.SlashCommand, line string) error {
	id := cmd.TriggerID
	if id == "" {
		id = randomID()
	}
	_, err := b.owe(context.Background(), store.Reply{
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
