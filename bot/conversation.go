package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/fundbot/fundbot/answer"
)

// reply is the JSON body of a slash command's reply.
type replyBody struct {
	ResponseType string        `json:"response_type"`
	Text         string        `json:"text"`
	Blocks       []slack.Block `json:"blocks,omitempty"`
}

// marshalReply renders msg as a slash-command reply of the given type
// ("ephemeral" or "in_channel").
func marshalReply(msg Message, responseType string) ([]byte, error) {
	return json.Marshal(replyBody{ResponseType: responseType, Text: msg.Text, Blocks: msg.Blocks})
}

// closingText is the reply to a command that arrives while the bot stops.
const closingText = "fundbot is restarting. Please try again in a minute."

// commandResult is an answer handed from the goroutine computing it to the
// request waiting for it.
type commandResult struct {
	e   *entry
	err error
}

// command answers a slash command. If the answer is ready within
// AckDeadline it returns the reply body; otherwise it returns nil, and the
// answer goes to the command's response_url when ready. Either way the
// caller acknowledges at once.
func (b *Bot) command(cmd slack.SlashCommand) []byte {
	line := strings.TrimSpace(cmd.Command + " " + cmd.Text)
	if e, ok := b.cached(answer.Normalize(line)); ok {
		return e.cmdReply
	}
	q := question{text: line, channel: cmd.ChannelID, user: cmd.UserID, origin: "command"}
	ready := make(chan commandResult)
	late := make(chan struct{})
	err := b.track(func(ctx context.Context) {
		e, err := b.answer(ctx, line)
		select {
		case ready <- commandResult{e, err}:
			return
		case <-late:
		}
		msg := sorryMessage()
		if err != nil {
			b.lg.Error("answer failed", "origin", q.origin, "channel", q.channel, "user", q.user, "err", err)
		} else {
			msg = Render(e.a, commandOptions)
		}
		b.respond(ctx, q, cmd.ResponseURL, msg)
	})
	if err != nil {
		b.lg.Warn("command refused", "channel", q.channel, "user", q.user, "reason", err)
		return mustReply(closingText)
	}
	t := time.NewTimer(b.opts.AckDeadline)
	defer t.Stop()
	select {
	case r := <-ready:
		if r.err != nil {
			b.lg.Error("answer failed", "origin", q.origin, "channel", q.channel, "user", q.user, "err", r.err)
			return mustReply(sorry)
		}
		return r.e.cmdReply
	case <-t.C:
		close(late)
		b.lg.Info("answer slow, acknowledged; replying through response_url",
			"channel", q.channel, "user", q.user, "deadline", b.opts.AckDeadline)
		return nil
	}
}

// mustReply is a plain ephemeral reply.
func mustReply(text string) []byte {
	body, err := marshalReply(Message{Text: text}, "ephemeral")
	if err != nil {
		panic(fmt.Sprintf("marshal plain reply: %v", err)) // cannot happen: a string marshals
	}
	return body
}

// event handles an Events API callback's inner event. It returns at once;
// the answer is posted by a goroutine. eventID may be empty.
func (b *Bot) event(eventID string, inner slackevents.EventsAPIInnerEvent) {
	now := time.Now()
	if eventID != "" && !b.seen.add("event:"+eventID, now) {
		b.m.duplicates.Inc()
		b.lg.Debug("duplicate event ignored", "event_id", eventID)
		return
	}
	q, ts, why := b.questionOf(inner)
	if why != "" {
		b.lg.Debug("event ignored", "type", inner.Type, "why", why)
		return
	}
	// The same post can come as app_mention and message, or twice under
	// two event ids: channel and ts name it.
	if !b.seen.add("msg:"+q.channel+":"+ts, now) {
		b.m.duplicates.Inc()
		b.lg.Debug("duplicate message ignored", "channel", q.channel, "ts", ts)
		return
	}
	if err := b.track(func(ctx context.Context) { b.reply(ctx, q) }); err != nil {
		b.lg.Warn("reply not started", "origin", q.origin, "channel", q.channel, "user", q.user, "reason", err)
	}
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
		return question{text: questionText(ev.Text), channel: ev.Channel, user: ev.User,
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
		return question{text: questionText(ev.Text), channel: ev.Channel, user: ev.User,
			threadTS: ev.ThreadTimeStamp, origin: "dm"}, ev.TimeStamp, ""
	default:
		return q, "", "not a mention or a direct message"
	}
}

// isDM reports whether a channel id is a direct message's.
func isDM(channel string) bool { return strings.HasPrefix(channel, "D") }

// interaction handles an interactivity payload: the Share button posts the
// same answer visibly in the channel.
func (b *Bot) interaction(cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions {
		b.lg.Debug("interaction ignored", "type", cb.Type)
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act.ActionID != ShareActionID {
			continue
		}
		q := question{text: act.Value, channel: cb.Channel.ID, user: cb.User.ID, origin: "share", responseURL: cb.ResponseURL}
		if q.text == "" || q.channel == "" {
			b.lg.Warn("share ignored: no question or channel", "channel", q.channel, "user", q.user)
			continue
		}
		if err := b.track(func(ctx context.Context) { b.reply(ctx, q) }); err != nil {
			b.lg.Warn("share not started", "channel", q.channel, "user", q.user, "reason", err)
		}
	}
}
