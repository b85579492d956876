package bot

import (
	"context"
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/tools/loadtest/questions"
)

// replyBody is a slash command's reply as encoding/json sees it: what
// appendReply must write byte for byte.
type replyBody struct {
	ResponseType string        `json:"response_type"`
	Text         string        `json:"text"`
	Blocks       []slack.Block `json:"blocks,omitempty"`
}

// checkReplyJSON fails unless marshalReply writes msg exactly as
// json.Marshal does.
func checkReplyJSON(t *testing.T, msg Message, responseType string) {
	t.Helper()
	want, err := json.Marshal(replyBody{ResponseType: responseType, Text: msg.Text, Blocks: msg.Blocks})
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	got, err := marshalReply(msg, responseType)
	if err != nil {
		t.Fatalf("marshalReply: %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("marshalReply differs from json.Marshal (-json.Marshal +marshalReply):\n%s", cmp.Diff(string(want), string(got)))
	}
}

func TestAppendReplyMatchesJSON(t *testing.T) {
	named := maps.Clone(moreAnswers)
	for _, a := range kindAnswers {
		named[string(a.Kind)] = a
	}
	options := map[string]RenderOptions{
		"command":  commandOptions,
		"post":     postOptions,
		"shared":   {Feedback: true, SharedBy: "U123<&>"},
		"passages": {AllPassages: true, ShareButton: true},
		"none":     {},
	}
	for _, name := range slices.Sorted(maps.Keys(named)) {
		for _, opt := range slices.Sorted(maps.Keys(options)) {
			t.Run(name+"/"+opt, func(t *testing.T) {
				checkReplyJSON(t, Render(named[name], options[opt]), "ephemeral")
			})
		}
	}
	t.Run("plain", func(t *testing.T) {
		checkReplyJSON(t, Message{Text: busyText}, "ephemeral")
		checkReplyJSON(t, sorryMessage(), "in_channel")
		checkReplyJSON(t, plainMessage("hello <@U1> & \u2028 \xff"), "ephemeral")
	})

	yes, no := true, false
	text := func(s string) *slack.TextBlockObject {
		return slack.NewTextBlockObject(slack.MarkdownType, s, false, false)
	}
	button := slack.NewButtonBlockElement("a", "v\"1", slack.NewTextBlockObject(slack.PlainTextType, "B", true, false))
	button.URL, button.Style, button.AccessibilityLabel = "https://x.example/?a=1&b=<2>", slack.StylePrimary, "label"
	button.AgentPrompt, button.AgentPromptDisplay = "prompt", "display"
	confirmed := slack.NewButtonBlockElement("c", "v", text("confirm me"))
	confirmed.Confirm = slack.NewConfirmationBlockObject(text("sure?"), text("really?"), text("yes"), text("no"))
	visible := slack.NewButtonBlockElement("d", "v", text("only you"))
	visible.VisibleToUserIDs = []string{"U1"}
	untyped := &slack.ButtonBlockElement{Text: text("untyped")}
	emptyFeedback := &slack.FeedbackButtonsBlockElement{Type: "feedback_buttons"}
	shapes := map[string][]slack.Block{
		"text objects": {
			slack.NewSectionBlock(&slack.TextBlockObject{Type: "plain_text", Text: "e", Emoji: &yes, Verbatim: true}, nil, nil),
			slack.NewSectionBlock(&slack.TextBlockObject{Type: "plain_text", Text: "f", Emoji: &no}, nil, nil),
			&slack.SectionBlock{Type: slack.MBTSection, BlockID: "id\t1"},
		},
		"fallbacks": {
			slack.NewDividerBlock(),
			slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, "Header", false, false)),
			slack.NewSectionBlock(text("with fields"), []*slack.TextBlockObject{text("a"), text("b")}, nil),
			slack.NewSectionBlock(text("with accessory"), nil, slack.NewAccessory(button)),
			&slack.SectionBlock{Type: slack.MBTSection, Text: text("expanded"), Expand: true},
			tableBlock([]answer.Line{{Text: "Kenya: funded", Title: seedTitle}}),
			slack.NewContextBlock("ctx", slack.NewImageBlockElement("https://x.example/i.png", "alt")),
			slack.NewActionBlock("acts", confirmed),
			slack.NewActionBlock("acts", visible),
			nil,
			(*slack.SectionBlock)(nil),
		},
		"elements": {
			slack.NewContextBlock("", text("one"), text("two & <three>")),
			&slack.ContextBlock{Type: slack.MBTContext},
			slack.NewActionBlock("", button, untyped),
			&slack.ActionBlock{Type: slack.MBTAction},
			&slack.ActionBlock{Type: slack.MBTAction, Elements: &slack.BlockElements{}},
			&slack.ActionBlock{Type: slack.MBTAction, Elements: &slack.BlockElements{ElementSet: []slack.BlockElement{}}},
			slack.NewContextActionsBlock("fb", emptyFeedback),
			&slack.ContextActionsBlock{Type: slack.MBTContextActions},
		},
	}
	for _, name := range slices.Sorted(maps.Keys(shapes)) {
		t.Run(name, func(t *testing.T) {
			checkReplyJSON(t, Message{Text: name, Blocks: shapes[name]}, "ephemeral")
			for i, b := range shapes[name] {
				checkReplyJSON(t, Message{Text: strings.Repeat("x", i), Blocks: []slack.Block{b}}, "ephemeral")
			}
		})
	}
}

// TestAppendReplyMatchesJSONOnTheLoadTest renders the load test's distinct
// questions' answers, and the bot's own replies to them, both ways.
func TestAppendReplyMatchesJSONOnTheLoadTest(t *testing.T) {
	e := realEngine(t)
	for _, q := range questions.Distinct(5000) {
		a, err := e.Answer(context.Background(), q[0]+" "+q[1])
		if err != nil {
			t.Fatalf("Answer(%q): %v", q, err)
		}
		checkReplyJSON(t, Render(a, commandOptions), "ephemeral")
		if t.Failed() {
			t.Fatalf("question %q", q)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "\"quoted\" \\ back", "<a href='x'>&amp;</a>", "\x00\x01\x1f\x7f\b\f\n\r\t",
		"\u2028\u2029", "\xff\xfe", "é 日本 🇯🇵", "\xed\xa0\x80", "a\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

// TestBlockJSONFields pins the fields of the slack-go types appendReply
// writes itself. When slack-go adds, removes or renames one, this fails:
// teach appendKnownBlock the field (or send blocks that set it to
// encoding/json) and update the list.
func TestBlockJSONFields(t *testing.T) {
	want := map[string][]string{
		"SectionBlock":                {"type", "text,omitempty", "block_id,omitempty", "fields,omitempty", "accessory,omitempty", "expand,omitempty"},
		"TextBlockObject":             {"type", "text", "emoji,omitempty", "verbatim,omitempty"},
		"ContextBlock":                {"type", "block_id,omitempty", "elements"},
		"ContextElements":             {""},
		"ActionBlock":                 {"type", "block_id,omitempty", "elements"},
		"ContextActionsBlock":         {"type", "block_id,omitempty", "elements"},
		"BlockElements":               {"elements,omitempty"},
		"ButtonBlockElement":          {"type,omitempty", "text", "action_id,omitempty", "url,omitempty", "value,omitempty", "confirm,omitempty", "style,omitempty", "accessibility_label,omitempty", "agent_prompt,omitempty", "agent_prompt_display,omitempty", "visible_to_user_ids,omitempty"},
		"FeedbackButtonsBlockElement": {"type", "action_id,omitempty", "positive_button", "negative_button"},
		"FeedbackButton":              {"text", "value", "accessibility_label,omitempty"},
	}
	for _, v := range []any{slack.SectionBlock{}, slack.TextBlockObject{}, slack.ContextBlock{}, slack.ContextElements{},
		slack.ActionBlock{}, slack.ContextActionsBlock{}, slack.BlockElements{}, slack.ButtonBlockElement{},
		slack.FeedbackButtonsBlockElement{}, slack.FeedbackButton{}} {
		typ := reflect.TypeOf(v)
		var got []string
		for f := range typ.Fields() {
			got = append(got, f.Tag.Get("json"))
		}
		if diff := cmp.Diff(want[typ.Name()], got); diff != "" {
			t.Errorf("slack.%s's json fields changed (-pinned +now); appendReply must learn them:\n%s", typ.Name(), diff)
		}
	}
}

// BenchmarkMarshalReply measures encoding a not-found answer's reply, the
// commonest under the load test on the seed corpus, by appendReply and by
// encoding/json.
func BenchmarkMarshalReply(b *testing.B) {
	a, err := realEngine(b).Answer(context.Background(), "/funding How much did Japan give to UNICEF in 2005?")
	if err != nil {
		b.Fatal(err)
	}
	msg := Render(a, commandOptions)
	b.Run("appendReply", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := marshalReply(msg, "ephemeral"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(replyBody{ResponseType: "ephemeral", Text: msg.Text, Blocks: msg.Blocks}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
