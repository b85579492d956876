package bot

import (
	"context"
	"strconv"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/fundbot/fundbot/answer"
)

// surface handles the events that open one of the app's surfaces rather
// than ask a question: the Home tab (app_home_opened publishes it) and the
// assistant panel (assistant_thread_started sets its suggested prompts).
// It reports whether inner was one of them. The call to Slack runs in a
// worker; one that finds them busy is dropped (the user opens the tab
// again).
func (b *Bot) surface(inner slackevents.EventsAPIInnerEvent) bool {
	var f func(ctx context.Context)
	switch ev := inner.Data.(type) {
	case *slackevents.AppHomeOpenedEvent:
		if ev.Tab != "home" || ev.User == "" {
			return true // the Messages tab: nothing to publish
		}
		f = func(ctx context.Context) { b.publishHome(ctx, ev.User) }
	case *slackevents.AssistantThreadStartedEvent:
		th := ev.AssistantThread
		if th.ChannelID == "" || th.ThreadTimeStamp == "" {
			return true
		}
		f = func(ctx context.Context) { b.suggestPrompts(ctx, th.ChannelID, th.ThreadTimeStamp) }
	default:
		return false
	}
	if !b.pool.submit(f) {
		b.lg.Warn("surface not updated: workers busy", "event", inner.Type)
	}
	return true
}

// publishHome publishes the Home tab for user (views.publish).
func (b *Bot) publishHome(ctx context.Context, user string) {
	view := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: homeBlocks(b.opts.Coverage)}}
	out, _, err := b.call(ctx, "views.publish", func(ctx context.Context) error {
		_, err := b.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: user, View: view})
		return err
	})
	if out != sent {
		b.lg.Error("home tab not published", "user", user, "err", err)
	}
}

// suggestPrompts offers the example questions in a new assistant thread
// (assistant.threads.setSuggestedPrompts).
func (b *Bot) suggestPrompts(ctx context.Context, channel, thread string) {
	p := slack.AssistantThreadsSetSuggestedPromptsParameters{ChannelID: channel, ThreadTS: thread, Title: "Try asking"}
	for _, q := range examples(b.opts.Coverage) {
		p.AddPrompt(q, q)
	}
	out, _, err := b.call(ctx, "assistant.threads.setSuggestedPrompts", func(ctx context.Context) error {
		return b.api.SetAssistantThreadsSuggestedPromptsContext(ctx, p)
	})
	if out != sent {
		b.lg.Error("suggested prompts not set", "channel", channel, "err", err)
	}
}

// examples are the example questions: the corpus's own, or the seed's.
func examples(cv *answer.Coverage) []string {
	if cv != nil && len(cv.Examples) > 0 {
		return cv.Examples
	}
	return []string{"How much did Japan give to IOM in 2011?", "/funding Pakistan", "What will the money do in Kenya?"}
}

// homeBlocks are the Home tab: what fundbot is, three example questions,
// what the corpus covers, and where to learn more.
func homeBlocks(cv *answer.Coverage) []slack.Block {
	var ex []string
	for _, q := range examples(cv) {
		ex = append(ex, "• "+escape(q))
	}
	blocks := []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, "fundbot", false, false)),
		section("I answer questions about humanitarian funding announced in press releases: how much a donor gave, " +
			"to which countries, for whom and for what, and who to contact. Every figure comes with the sentence " +
			"that states it and a link to its release; when a release states no figure, I say so."),
		section("*Ask me* with `/funding` or `/contact`, by mentioning @fundbot in a channel, or in the Messages tab. Try:\n" +
			strings.Join(ex, "\n")),
	}
	if cv != nil {
		blocks = append(blocks, section("*What I know*\n"+coverageText(*cv)))
	}
	return append(blocks, slack.NewContextBlock("", mrkdwn(
		"Learn more: `/funding help` and `/contact help` list what each command does. "+
			"Answers have 👍 and 👎 buttons: tell me when one did not help.")))
}

// coverageText says what the corpus covers, in one line.
func coverageText(cv answer.Coverage) string {
	parts := []string{
		count(cv.Releases, "release", "releases"),
		"from " + count(cv.Donors, "donor", "donors"),
		"to " + count(cv.Recipients, "recipient", "recipients"),
		"naming " + count(cv.Countries, "country", "countries"),
	}
	text := strings.Join(parts, " ")
	switch {
	case cv.FirstYear != 0 && cv.FirstYear == cv.LastYear:
		text += ", for " + strconv.Itoa(cv.FirstYear)
	case cv.FirstYear != 0:
		text += ", for " + strconv.Itoa(cv.FirstYear) + "–" + strconv.Itoa(cv.LastYear)
	}
	text += "."
	if cv.Newest != "" {
		text += " The newest release is dated " + escape(cv.Newest) + "."
	}
	return text
}

// count writes n with the right form of a noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
