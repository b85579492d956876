package bot

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHomeTab(t *testing.T) {
	cv := realEngine(t).Coverage()
	tb := newTestBot(t, newRecorder(t), Options{Coverage: &cv})
	ev := map[string]any{"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": "1.1"}
	if code, body := tb.event(t, "EvHome", ev, nil); code != 200 {
		t.Fatalf("app_home_opened: %d %q", code, body)
	}
	p := tb.slack.next(t)
	if p.Method != "views.publish" {
		t.Fatalf("app_home_opened made %s, want views.publish", p.Method)
	}
	var req struct {
		UserID string `json:"user_id"`
		View   struct {
			Type   string           `json:"type"`
			Blocks []map[string]any `json:"blocks"`
		} `json:"view"`
	}
	if err := json.Unmarshal([]byte(p.Raw), &req); err != nil {
		t.Fatalf("views.publish body %q: %v", p.Raw, err)
	}
	if req.UserID != "U1" || req.View.Type != "home" || len(req.View.Blocks) == 0 {
		t.Errorf("views.publish for %q, view type %q, %d blocks; want U1, home, some", req.UserID, req.View.Type, len(req.View.Blocks))
	}
	for _, want := range append([]string{"What I know", "1 release from 1 donor to 1 recipient naming 9 countries, for 2011.", "/funding help"}, cv.Examples...) {
		if !strings.Contains(p.Raw, want) {
			t.Errorf("Home tab lacks %q: %s", want, p.Raw)
		}
	}

	// The Messages tab publishes nothing.
	ev["tab"] = "messages"
	tb.event(t, "EvHome2", ev, nil)
	tb.shutdown(t)
	tb.slack.none(t)
}

func TestAssistantSuggestedPrompts(t *testing.T) {
	cv := realEngine(t).Coverage()
	tb := newTestBot(t, newRecorder(t), Options{Coverage: &cv})
	ev := map[string]any{"type": "assistant_thread_started", "event_ts": "1.1",
		"assistant_thread": map[string]any{"user_id": "U1", "channel_id": "D1", "thread_ts": "1.0"}}
	if code, body := tb.event(t, "EvAssist", ev, nil); code != 200 {
		t.Fatalf("assistant_thread_started: %d %q", code, body)
	}
	p := tb.slack.next(t)
	if p.Method != "assistant.threads.setSuggestedPrompts" {
		t.Fatalf("assistant_thread_started made %s, want assistant.threads.setSuggestedPrompts", p.Method)
	}
	form, err := url.ParseQuery(p.Raw)
	if err != nil {
		t.Fatal(err)
	}
	if form.Get("channel_id") != "D1" || form.Get("thread_ts") != "1.0" {
		t.Errorf("suggested prompts for %q, thread %q; want D1, 1.0", form.Get("channel_id"), form.Get("thread_ts"))
	}
	var prompts []struct{ Title, Message string }
	if err := json.Unmarshal([]byte(form.Get("prompts")), &prompts); err != nil {
		t.Fatalf("prompts %q: %v", form.Get("prompts"), err)
	}
	var got []string
	for _, pr := range prompts {
		got = append(got, pr.Message)
	}
	if diff := cmp.Diff(cv.Examples, got); diff != "" {
		t.Errorf("suggested prompts (-want +got):\n%s", diff)
	}
}
