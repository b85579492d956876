package bot

import (
	"context"
	"strings"

	"github.com/slack-go/slack"

	"github.com/fundbot/fundbot/store"
)

// Reply origins for the buttons, which set how the outbox's worker renders
// and sends the reply (see replyStyle).
const (
	originShare = "share" // Share in channel: in_channel at the response_url
	originMore  = "more"  // More passages: privately, every passage
)

// interaction handles an interactivity payload: the buttons on fundbot's
// replies. Share in channel and More passages owe a reply at the action's
// response_url, which a worker sends; a vote is counted and recorded.
func (b *Bot) interaction(cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions {
		b.lg.Debug("interaction ignored", "type", cb.Type)
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		var origin string
		switch act.ActionID {
		case ShareActionID:
			origin = originShare
		case MoreActionID:
			origin = originMore
		case FeedbackActionID:
			b.feedback(cb, act)
			continue
		default:
			continue
		}
		r := store.Reply{
			ID: origin + ":" + cb.Channel.ID + ":" + cb.User.ID + ":" + act.ActionTs, Kind: store.KindRespond,
			Question: cut(act.Value, b.opts.MaxQuestion), Channel: cb.Channel.ID, User: cb.User.ID,
			Origin: origin, ResponseURL: cb.ResponseURL,
		}
		if strings.TrimSpace(r.Question) == "" || r.ResponseURL == "" {
			b.lg.Warn("button ignored: no question or response_url", "action", act.ActionID, "channel", r.Channel, "user", r.User)
			continue
		}
		if _, err := b.owe(context.Background(), r); err != nil {
			b.lg.Warn("button not handled", "action", act.ActionID, "channel", r.Channel, "user", r.User, "reason", err)
		}
	}
}

// replyStyle says how a reply owed at a response_url is rendered and sent:
// a command's answer privately with Share and feedback; a shared answer
// Slack's way, visible to all (in_channel), saying who shared it and
// deleting the private reply that carried the button, which needs no
// membership in the conversation (DMs, group DMs, channels the bot is not
// in); More passages privately, with every passage.
func replyStyle(r store.Reply) (RenderOptions, *slack.WebhookMessage) {
	switch r.Origin {
	case originShare:
		return RenderOptions{Feedback: true, SharedBy: r.User},
			&slack.WebhookMessage{ResponseType: slack.ResponseTypeInChannel, DeleteOriginal: true}
	case originMore:
		return RenderOptions{AllPassages: true}, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral}
	}
	return commandOptions, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral}
}

// feedback counts a thumbs up or down and records it. Slack shows the
// vote itself; the bot posts nothing.
func (b *Bot) feedback(cb slack.InteractionCallback, act *slack.BlockAction) {
	vote, query, ok := strings.Cut(act.Value, ":")
	outcome := map[string]store.Outcome{"up": store.ThumbsUp, "down": store.ThumbsDown}[vote]
	if !ok || outcome == "" {
		b.lg.Warn("feedback ignored: unknown value", "channel", cb.Channel.ID, "user", cb.User.ID)
		return
	}
	b.m.feedback.WithLabelValues(vote).Inc()
	b.record(store.Record{
		Outcome:  outcome,
		Kind:     strings.TrimPrefix(act.BlockID, feedbackBlockPrefix),
		Surface:  surfaceOf(cb),
		Question: cut(query, b.opts.MaxQuestion),
	})
}

// surfaceOf says where a button was clicked: on a slash command's private
// reply, in a DM, or in a channel.
func surfaceOf(cb slack.InteractionCallback) store.Surface {
	switch {
	case cb.Container.IsEphemeral:
		return store.Command
	case isDM(cb.Channel.ID) || isDM(cb.Container.ChannelID):
		return store.DM
	}
	return store.Channel
}
