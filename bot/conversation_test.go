package bot

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestCommandFastAnswerInBody(t *testing.T) {
	tests := []struct {
		name, command, text, wantQuery string
		share                          bool // not on help or not-found
	}{
		{"funding country", "/funding", "Pakistan", "/funding Pakistan", true},
		{"funding overview", "/funding", "", "/funding", true},
		{"contact", "/contact", "Tokyo", "/contact Tokyo", true},
		{"extra spaces (not found)", "/funding", "  Sri   Lanka ", "/funding Sri Lanka", false},
		{"help", "/funding", "help", "/funding help", false},
		{"funding sector no release states (not found)", "/funding", "health", "/funding health", false},
	}
	rec := newRecorder(t)
	tb := newTestBot(t, rec, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := tb.command(t, tt.command, tt.text)
			if code != 200 {
				t.Fatalf("status %d, want 200", code)
			}
			var got struct {
				ResponseType string           `json:"response_type"`
				Text         string           `json:"text"`
				Blocks       []map[string]any `json:"blocks"`
			}
			if err := json.Unmarshal([]byte(body), &got); err != nil {
				t.Fatalf("reply %q: %v", body, err)
			}
			if got.ResponseType != "ephemeral" {
				t.Errorf("response_type %q, want ephemeral", got.ResponseType)
			}
			if want := rec.want(t, tt.wantQuery, true); got.Text != want {
				t.Errorf("reply text %q, want the answer to %q: %q", got.Text, tt.wantQuery, want)
			}
			if calls := rec.Calls(); len(calls) == 0 || calls[len(calls)-1] != tt.wantQuery {
				t.Errorf("engine asked %q, want %q last", calls, tt.wantQuery)
			}
			if got := strings.Contains(body, `"action_id":"`+ShareActionID+`"`); got != tt.share {
				t.Errorf("reply has a Share button: %v, want %v: %s", got, tt.share, body)
			}
		})
	}
	tb.shutdown(t)
	tb.slack.none(t) // all answered in the body, none through the API
}

func TestCommandSlowAnswerThroughResponseURL(t *testing.T) {
	release := make(chan struct{})
	ans := &fakeAnswerer{release: release}
	tb := newTestBot(t, ans, Options{AckDeadline: 50 * time.Millisecond})
	start := time.Now()
	code, body := tb.command(t, "/funding", "Kenya")
	if code != 200 || body != "" {
		t.Errorf("slow command ack: %d %q, want 200 and an empty body", code, body)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("ack took %v, want under 3 s", took)
	}
	close(release)
	p := tb.slack.next(t)
	if p.Method != "response_url" || !strings.Contains(p.Text, "/funding Kenya") {
		t.Errorf("late answer: %s %q, want response_url with the answer", p.Method, p.Text)
	}
	if !strings.Contains(p.Raw, `"response_type":"ephemeral"`) || !strings.Contains(p.Raw, ShareActionID) {
		t.Errorf("late answer %s: want ephemeral with a Share button", p.Raw)
	}
}

func TestCommandEngineError(t *testing.T) {
	ans := &fakeAnswerer{err: errors.New("index broken at /secret/path")}
	tb := newTestBot(t, ans, Options{})
	code, body := tb.command(t, "/funding", "Kenya")
	if code != 200 || !strings.Contains(body, sorry) {
		t.Errorf("engine error: %d %q, want 200 and a short apology", code, body)
	}
	if strings.Contains(body, "secret/path") {
		t.Errorf("reply %q shows the error's detail", body)
	}
	if !strings.Contains(tb.logs.String(), "index broken") {
		t.Errorf("the log lacks the error's detail")
	}
}

// mention is an app_mention inner event.
func mention(channel, user, ts, threadTS, text string) map[string]any {
	ev := map[string]any{"type": "app_mention", "channel": channel, "user": user, "ts": ts, "event_ts": ts, "text": text}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return ev
}

// message is a message inner event.
func message(channel, channelType, user, ts, text string, extra map[string]any) map[string]any {
	ev := map[string]any{"type": "message", "channel": channel, "channel_type": channelType, "user": user, "ts": ts, "event_ts": ts, "text": text}
	for k, v := range extra {
		ev[k] = v
	}
	return ev
}

func TestConversations(t *testing.T) {
	type delivery struct {
		eventID string
		event   map[string]any
		header  http.Header
	}
	type reply struct{ Channel, ThreadTS, Text string } // Text: the question, in want
	retry := http.Header{"X-Slack-Retry-Num": {"1"}, "X-Slack-Retry-Reason": {"http_timeout"}}
	tests := []struct {
		name       string
		deliveries []delivery
		want       []reply
	}{
		{"mention in a channel is answered in its thread",
			[]delivery{{"Ev1", mention("C1", "U1", "100.1", "", "<@"+testBotUser+"> how much for Kenya?"), nil}},
			[]reply{{"C1", "100.1", "how much for Kenya?"}}},
		{"mention inside a thread is answered in that thread",
			[]delivery{{"Ev1", mention("C1", "U1", "100.2", "100.0", "<@"+testBotUser+"> Japan 2011"), nil}},
			[]reply{{"C1", "100.0", "Japan 2011"}}},
		{"bare mention gets help",
			[]delivery{{"Ev1", mention("C1", "U1", "100.3", "", "<@"+testBotUser+">"), nil}},
			[]reply{{"C1", "100.3", "help"}}},
		{"direct message is answered in the DM",
			[]delivery{{"Ev1", message("D1", "im", "U1", "200.1", "Tell me about Tajikistan", nil), nil}},
			[]reply{{"D1", "", "Tell me about Tajikistan"}}},
		{"direct message in a thread is answered in the thread",
			[]delivery{{"Ev1", message("D1", "im", "U1", "200.2", "and Kenya?", map[string]any{"thread_ts": "200.0"}), nil}},
			[]reply{{"D1", "200.0", "and Kenya?"}}},
		{"slack retry of the same event is not answered twice",
			[]delivery{
				{"Ev1", mention("C1", "U1", "300.1", "", "<@"+testBotUser+"> Kenya"), nil},
				{"Ev1", mention("C1", "U1", "300.1", "", "<@"+testBotUser+"> Kenya"), retry},
				{"Ev1", mention("C1", "U1", "300.1", "", "<@"+testBotUser+"> Kenya"), retry},
			},
			[]reply{{"C1", "300.1", "Kenya"}}},
		{"same post under two event ids is answered once",
			[]delivery{
				{"Ev1", mention("C1", "U1", "300.2", "", "<@"+testBotUser+"> Kenya"), nil},
				{"Ev2", mention("C1", "U1", "300.2", "", "<@"+testBotUser+"> Kenya"), nil},
			},
			[]reply{{"C1", "300.2", "Kenya"}}},
		{"mention in a DM arriving as app_mention and message is answered once",
			[]delivery{
				{"Ev1", message("D1", "im", "U1", "300.3", "<@"+testBotUser+"> Kenya", nil), nil},
				{"Ev2", mention("D1", "U1", "300.3", "", "<@"+testBotUser+"> Kenya"), nil},
			},
			[]reply{{"D1", "", "Kenya"}}},
		{"same text in two posts gets two replies",
			[]delivery{
				{"Ev1", message("D1", "im", "U1", "300.4", "Kenya", nil), nil},
				{"Ev2", message("D1", "im", "U1", "300.5", "Kenya", nil), nil},
			},
			[]reply{{"D1", "", "Kenya"}, {"D1", "", "Kenya"}}},
		{"own message is ignored",
			[]delivery{{"Ev1", message("D1", "im", testBotUser, "400.1", "Echo: Kenya", nil), nil}}, nil},
		{"own message with bot_id is ignored",
			[]delivery{{"Ev1", message("D1", "im", "", "400.2", "Echo: Kenya", map[string]any{"bot_id": "BFUNDBOT", "subtype": "bot_message"}), nil}}, nil},
		{"other bot's mention is ignored",
			[]delivery{{"Ev1", map[string]any{"type": "app_mention", "channel": "C1", "user": "U9", "bot_id": "B9", "ts": "400.3", "text": "<@" + testBotUser + "> hi"}, nil}}, nil},
		{"other bot's DM is ignored",
			[]delivery{{"Ev1", message("D1", "im", "U9", "400.4", "hi", map[string]any{"bot_id": "B9"}), nil}}, nil},
		{"edit is ignored",
			[]delivery{{"Ev1", message("D1", "im", "U1", "400.5", "", map[string]any{"subtype": "message_changed"}), nil}}, nil},
		{"join is ignored",
			[]delivery{{"Ev1", message("C1", "channel", "U1", "400.6", "<@U1> has joined", map[string]any{"subtype": "channel_join"}), nil}}, nil},
		{"channel message without a mention is ignored",
			[]delivery{{"Ev1", message("C1", "channel", "U1", "400.7", "Kenya", nil), nil}}, nil},
		{"other event type is acked and ignored",
			[]delivery{{"Ev1", map[string]any{"type": "reaction_added", "user": "U1"}, nil}}, nil},
		{"event type slack-go does not know is acked and ignored",
			[]delivery{{"Ev1", map[string]any{"type": "fundbot_future_event", "user": "U1"}, nil}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := newRecorder(t)
			tb := newTestBot(t, rec, Options{})
			for _, d := range tt.deliveries {
				start := time.Now()
				code, _ := tb.event(t, d.eventID, d.event, d.header)
				if code != 200 {
					t.Errorf("event %s: status %d, want 200", d.eventID, code)
				}
				if took := time.Since(start); took > time.Second {
					t.Errorf("event ack took %v", took)
				}
			}
			tb.shutdown(t)
			var got []reply
			for range len(tt.want) {
				p := tb.slack.next(t)
				if p.Method != "chat.postMessage" {
					t.Errorf("reply by %s, want chat.postMessage", p.Method)
				}
				got = append(got, reply{p.Channel, p.ThreadTS, p.Text})
			}
			tb.slack.none(t)
			var want []reply
			for _, w := range tt.want {
				want = append(want, reply{w.Channel, w.ThreadTS, rec.want(t, w.Text, false)})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("replies (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRetryHeaderStopsRetries(t *testing.T) {
	tb := newTestBot(t, &fakeAnswerer{}, Options{})
	body, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": "Ev9",
		"event": message("D1", "im", "U1", "1.1", "Kenya", nil)})
	req := signedRequest(t, tb.srv.URL, "application/json", body)
	req.Header.Set("X-Slack-Retry-Num", "2")
	req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	code, _, h := tb.do(t, req)
	if code != 200 || h.Get("X-Slack-No-Retry") != "1" {
		t.Errorf("retry: %d, X-Slack-No-Retry %q; want 200 and 1", code, h.Get("X-Slack-No-Retry"))
	}
}

func TestWireExamples(t *testing.T) {
	tests := []struct {
		file        string
		wantChannel string
		wantThread  string
	}{
		{"events_app_mention_in_channel.json", "C123ABC456", "1515449522.000016"},
		{"events_app_mention_in_channel_legacy_authed_users.json", "C123ABC456", "1515449522.000016"},
		{"events_message_im.json", "D024BE91L", ""},
		{"events_app_mention_signed_slackgo_test.json", "TTTTTTTTT", "1531431954.000073"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rec := newRecorder(t)
			tb := newTestBot(t, rec, Options{})
			code, _, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/json", wire(t, tt.file)))
			if code != 200 {
				t.Fatalf("status %d, want 200", code)
			}
			p := tb.slack.next(t)
			if p.Channel != tt.wantChannel || p.ThreadTS != tt.wantThread {
				t.Errorf("reply in %s thread %q, want %s thread %q", p.Channel, p.ThreadTS, tt.wantChannel, tt.wantThread)
			}
			calls := rec.Calls()
			if len(calls) != 1 || strings.Contains(calls[0], "<@") {
				t.Errorf("engine asked %q, want one question without the mention", calls)
			} else if want := rec.want(t, calls[0], false); p.Text != want {
				t.Errorf("reply %q, want %q", p.Text, want)
			}
		})
	}
	t.Run("app_rate_limited", func(t *testing.T) {
		tb := newTestBot(t, &fakeAnswerer{}, Options{})
		code, _, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/json", wire(t, "events_app_rate_limited.json")))
		if code != 200 {
			t.Errorf("status %d, want 200", code)
		}
	})
	for _, f := range []string{"slash_command_doc_body.txt", "slash_command_real_modified_body.txt", "slash_command_org_level_body.txt"} {
		t.Run(f, func(t *testing.T) {
			rec := newRecorder(t)
			tb := newTestBot(t, rec, Options{})
			body := wire(t, f)
			v, err := url.ParseQuery(string(body))
			if err != nil {
				t.Fatal(err)
			}
			code, got, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/x-www-form-urlencoded", body))
			want := strings.TrimSpace(v.Get("command") + " " + v.Get("text"))
			var reply struct{ Text string }
			json.Unmarshal([]byte(got), &reply)
			if code != 200 || reply.Text != rec.want(t, want, true) {
				t.Errorf("%s: %d %q, want 200 with the answer to %q", f, code, got, want)
			}
		})
	}
}

// blockActions is Slack's block_actions payload as the docs give it
// (testdata/slack-wire/sm_interactive_block_actions_docs.json), with the
// clicked action, the channel and the response_url replaced.
func blockActions(t testing.TB, channel, responseURL string, ephemeral bool, action map[string]any) []byte {
	t.Helper()
	var env struct {
		Payload map[string]any `json:"payload"`
	}
	if err := json.Unmarshal(wire(t, "sm_interactive_block_actions_docs.json"), &env); err != nil {
		t.Fatal(err)
	}
	p := env.Payload
	p["channel"] = map[string]any{"id": channel, "name": "somewhere"}
	container := p["container"].(map[string]any)
	container["type"], container["channel_id"], container["is_ephemeral"] = "message", channel, ephemeral
	p["response_url"] = responseURL
	act := p["actions"].([]any)[0].(map[string]any)
	for k, v := range action {
		act[k] = v
	}
	js, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// shareBody is an interactivity request: the Share button clicked on a
// private reply in channel.
func shareBody(t testing.TB, query, channel, responseURL string) []byte {
	t.Helper()
	js := blockActions(t, channel, responseURL, true, map[string]any{"action_id": ShareActionID, "value": query, "block_id": "fundbot_actions"})
	return []byte(url.Values{"payload": {string(js)}}.Encode())
}

// The user in the docs' block_actions payload.
const wireUser = "U123ABC456"

func TestShareButton(t *testing.T) {
	ans := newRecorder(t)
	tb := newTestBot(t, ans, Options{})
	code, reply := tb.command(t, "/funding", "Pakistan")
	if code != 200 || !strings.Contains(reply, ShareActionID) {
		t.Fatalf("command: %d %q, want a reply with a Share button", code, reply)
	}
	// The bot is in no channel here: sharing needs no membership.
	code, body, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/x-www-form-urlencoded",
		shareBody(t, "/funding Pakistan", "D0PEOPLE", tb.slack.responseURL())))
	if code != 200 {
		t.Fatalf("share: %d %q", code, body)
	}
	p := tb.slack.next(t)
	if p.Method != "response_url" || p.Text != ans.want(t, "/funding Pakistan", false) {
		t.Errorf("share sent %s %q; want the answer through the action's response_url", p.Method, p.Text)
	}
	var sent struct {
		ResponseType    string `json:"response_type"`
		DeleteOriginal  bool   `json:"delete_original"`
		ReplaceOriginal bool   `json:"replace_original"`
	}
	if err := json.Unmarshal([]byte(p.Raw), &sent); err != nil {
		t.Fatal(err)
	}
	if sent.ResponseType != "in_channel" || !sent.DeleteOriginal {
		t.Errorf("share sent response_type %q, delete_original %v; want in_channel, true", sent.ResponseType, sent.DeleteOriginal)
	}
	if !strings.Contains(p.Raw, `Shared by \u003c@`+wireUser+`\u003e`) {
		t.Errorf("shared message does not say who shared it: %s", p.Raw)
	}
	if strings.Contains(p.Raw, ShareActionID) {
		t.Errorf("shared message still has a Share button")
	}
	if !strings.Contains(p.Raw, FeedbackActionID) {
		t.Errorf("shared message has no feedback buttons")
	}
	tb.shutdown(t)
	tb.slack.none(t) // no chat.postMessage
	if diff := cmp.Diff([]string{"/funding Pakistan"}, ans.Calls()); diff != "" {
		t.Errorf("engine calls (-want +got): the share should reuse the answer\n%s", diff)
	}
}

func TestShareWhenResponseURLFails(t *testing.T) {
	tb := newTestBot(t, newRecorder(t), Options{})
	tb.slack.failNext("response_url", func(w http.ResponseWriter) { http.Error(w, "expired_url", http.StatusNotFound) })
	if code, _, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/x-www-form-urlencoded",
		shareBody(t, "/funding Kenya", "C9", tb.slack.responseURL()))); code != 200 {
		t.Fatalf("share: %d", code)
	}
	// Refused: the one who clicked is told privately, once.
	if p := tb.slack.next(t); p.Method != "response_url" || p.Text != notShared || !strings.Contains(p.Raw, `"response_type":"ephemeral"`) {
		t.Errorf("after the refused share: %s %s, want %q privately", p.Method, p.Raw, notShared)
	}
	tb.shutdown(t)
	tb.slack.none(t)
	logs := tb.logs.String()
	if !strings.Contains(logs, "reply not delivered") || !strings.Contains(logs, "origin=share") {
		t.Errorf("logs lack the undelivered share: %s", logs)
	}
	if strings.Contains(logs, "secret-hook") {
		t.Errorf("logs hold the response_url: %s", logs)
	}
}

func TestWebAPIFailures(t *testing.T) {
	tests := []struct {
		name      string
		fails     []func(http.ResponseWriter)
		opts      Options
		delivered bool
		minWait   time.Duration
		calls     int
		logs      []string
	}{
		{"429 then ok: waits Retry-After", []func(http.ResponseWriter){rateLimited(1)}, Options{}, true, time.Second, 2, nil},
		{"429 too long: gives up and logs", []func(http.ResponseWriter){rateLimited(120)}, Options{MaxRetryAfter: 5 * time.Second}, false, 0, 1,
			[]string{"reply not delivered", "channel=D1", "user=U1", "rate_limited"}},
		{"503 twice then ok: backs off", []func(http.ResponseWriter){serverError, serverError}, Options{}, true, 30 * time.Millisecond, 3, nil},
		{"transient error every time: bounded", []func(http.ResponseWriter){serverError, serverError, serverError, serverError}, Options{MaxAttempts: 3}, false, 0, 3,
			[]string{"reply not delivered", "after 3 attempts", "channel=D1"}},
		{"internal_error then ok", []func(http.ResponseWriter){slackError("internal_error")}, Options{}, true, 0, 2, nil},
		{"permanent error: not retried, logged", []func(http.ResponseWriter){slackError("channel_not_found")}, Options{}, false, 0, 1,
			[]string{"reply not delivered", "channel_not_found", "channel=D1", "user=U1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTestBot(t, newRecorder(t), tt.opts)
			for _, f := range tt.fails {
				tb.slack.failNext("chat.postMessage", f)
			}
			tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil)
			tb.shutdown(t)
			var posts []post
			for _, p := range tb.slack.calls() {
				if p.Method == "chat.postMessage" {
					posts = append(posts, p)
				}
			}
			if len(posts) != tt.calls {
				t.Fatalf("chat.postMessage called %d times, want %d", len(posts), tt.calls)
			}
			if tt.minWait > 0 {
				if gap := posts[len(posts)-1].At.Sub(posts[0].At); gap < tt.minWait {
					t.Errorf("retried after %v, want at least %v", gap, tt.minWait)
				}
			}
			if tt.delivered {
				tb.slack.next(t)
			} else {
				tb.slack.none(t)
			}
			for _, want := range tt.logs {
				if !strings.Contains(tb.logs.String(), want) {
					t.Errorf("logs lack %q", want)
				}
			}
		})
	}
}

func TestResponseURLRateLimited(t *testing.T) {
	release := make(chan struct{})
	tb := newTestBot(t, &fakeAnswerer{release: release}, Options{AckDeadline: 20 * time.Millisecond})
	tb.slack.failNext("response_url", rateLimited(1))
	tb.command(t, "/funding", "Kenya")
	close(release)
	p := tb.slack.next(t)
	if p.Method != "response_url" {
		t.Errorf("answer by %s, want response_url", p.Method)
	}
	calls := tb.slack.calls()
	if len(calls) != 2 || calls[1].At.Sub(calls[0].At) < time.Second {
		t.Errorf("response_url: %d calls; want 2, a second apart", len(calls))
	}
}

// checkSlackLimits checks a rendered message against Slack's Block Kit limits.
func checkSlackLimits(t testing.TB, text string, blocks []map[string]any) {
	t.Helper()
	if text == "" {
		t.Errorf("no fallback text")
	}
	if len(blocks) == 0 || len(blocks) > 50 {
		t.Errorf("%d blocks, want 1 to 50", len(blocks))
	}
	js, _ := json.Marshal(blocks)
	if len(js) > 40000 {
		t.Errorf("blocks are %d bytes of JSON", len(js))
	}
	total := 0
	for _, b := range blocks {
		if tx, ok := b["text"].(map[string]any); ok {
			s, _ := tx["text"].(string)
			if n := len([]rune(s)); n > 3000 {
				t.Errorf("a %s block's text has %d characters, over 3,000", b["type"], n)
			}
			total += len([]rune(s))
		}
	}
	if total > 13000 {
		t.Errorf("blocks hold %d characters of text, over about 13,000", total)
	}
}

func TestHugeAnswerStaysWithinLimits(t *testing.T) {
	tb := newTestBot(t, &fakeAnswerer{huge: true}, Options{})
	t.Run("command reply", func(t *testing.T) {
		code, body := tb.command(t, "/funding", "all")
		var got struct {
			Text   string           `json:"text"`
			Blocks []map[string]any `json:"blocks"`
		}
		if err := json.Unmarshal([]byte(body), &got); code != 200 || err != nil {
			t.Fatalf("status %d, %v", code, err)
		}
		checkSlackLimits(t, got.Text, got.Blocks)
	})
	t.Run("mention reply", func(t *testing.T) {
		tb.event(t, "Ev1", mention("C1", "U1", "1.1", "", "<@"+testBotUser+"> all"), nil)
		p := tb.slack.next(t)
		checkSlackLimits(t, p.Text, p.Blocks)
	})
}

func TestGracefulShutdown(t *testing.T) {
	t.Run("finishes replies in flight", func(t *testing.T) {
		release := make(chan struct{})
		ans := &fakeAnswerer{release: release}
		tb := newTestBot(t, ans, Options{})
		tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil)
		waitUntil(t, func() bool { return len(ans.Calls()) == 1 })
		done := make(chan error, 1)
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), waitFor)
			defer cancel()
			done <- tb.b.Shutdown(ctx)
		}()
		waitUntil(t, func() bool { return !tb.b.Ready() })
		select {
		case err := <-done:
			t.Fatalf("Shutdown returned %v before the reply in flight finished", err)
		default:
		}
		// New work is refused while it drains.
		tb.event(t, "Ev2", message("D1", "im", "U1", "1.2", "Japan", nil), nil)
		close(release)
		if err := <-done; err != nil {
			t.Errorf("Shutdown: %v", err)
		}
		if p := tb.slack.next(t); !strings.Contains(p.Text, "Kenya") {
			t.Errorf("reply %q, want the answer about Kenya", p.Text)
		}
		tb.slack.none(t)
	})
	t.Run("deadline cancels what is left", func(t *testing.T) {
		ans := &fakeAnswerer{release: make(chan struct{})} // never released
		tb := newTestBot(t, ans, Options{})
		tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil)
		waitUntil(t, func() bool { return len(ans.Calls()) == 1 })
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		if err := tb.b.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Shutdown = %v, want a deadline error", err)
		}
		// The cancelled reply is not dropped silently: the user gets the
		// apology, or the log says it was not delivered.
		logs := tb.logs.String()
		if !strings.Contains(logs, "answer failed") {
			t.Errorf("logs lack the cancelled answer")
		}
	})
}

// waitUntil polls cond until it holds or the test's patience ends.
func waitUntil(t testing.TB, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitFor)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in time")
		}
		time.Sleep(time.Millisecond)
	}
}

func TestResponseURLUnreachableIsLoggedWithoutTheURL(t *testing.T) {
	release := make(chan struct{})
	tb := newTestBot(t, &fakeAnswerer{release: release}, Options{AckDeadline: 20 * time.Millisecond, MaxAttempts: 2})
	form := url.Values{"command": {"/funding"}, "text": {"Kenya"}, "user_id": {"U1"}, "channel_id": {"C1"},
		"response_url": {"http://127.0.0.1:1/commands/T1/1/hook-credential"}}
	code, _, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/x-www-form-urlencoded", []byte(form.Encode())))
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	close(release)
	tb.shutdown(t)
	logs := tb.logs.String()
	for _, want := range []string{"reply not delivered", "method=response_url", "channel=C1", "user=U1", "connection refused"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q", want)
		}
	}
	if strings.Contains(logs, "hook-credential") {
		t.Errorf("logs show the response_url")
	}
}
