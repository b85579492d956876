package bot

import (
	"strings"
	"testing"

	"github.com/fundbot/fundbot/answer"
)

func TestSmallTalkAndFollowUps(t *testing.T) {
	rec := newRecorder(t)
	s := openStore(t)
	tb := newTestBot(t, rec, Options{Records: s})
	hello, _ := answer.SmallTalk("hi")
	thanks, _ := answer.SmallTalk("thanks")
	steps := []struct {
		name, eventID string
		ev            map[string]any
		wantText      string // the reply's fallback text
		wantThread    string
	}{
		{"a greeting gets hello, not 'nothing matches'", "Ev1", mention("C1", "U1", "1.1", "", "<@"+testBotUser+"> hi!"), hello, "1.1"},
		{"a question in a channel", "Ev2", mention("C1", "U1", "2.1", "", "<@"+testBotUser+"> How much does Pakistan get?"),
			rec.want(t, "How much does Pakistan get?", false), "2.1"},
		{"a follow-up in its thread asks it about Kenya", "Ev3", mention("C1", "U2", "2.2", "2.1", "<@"+testBotUser+"> and Kenya?"),
			rec.want(t, "How much does Kenya get?", false), "2.1"},
		{"another thread has no context", "Ev4", mention("C1", "U1", "3.1", "", "<@"+testBotUser+"> and Kenya?"),
			rec.want(t, "and Kenya?", false), "3.1"},
		{"a DM command, then a follow-up", "Ev5", message("D1", "im", "U1", "4.1", "/funding Pakistan", nil),
			rec.want(t, "/funding Pakistan", false), ""},
		{"", "Ev6", message("D1", "im", "U1", "4.2", "what about Somalia?", nil), rec.want(t, "/funding Somalia", false), ""},
		{"thanks", "Ev7", message("D1", "im", "U1", "4.3", "Thank you!", nil), thanks, ""},
	}
	for _, st := range steps {
		if code, body := tb.event(t, st.eventID, st.ev, nil); code != 200 {
			t.Fatalf("%s: event: %d %q", st.name, code, body)
		}
		p := tb.slack.next(t)
		if p.Text != st.wantText || p.ThreadTS != st.wantThread {
			t.Errorf("%s: replied %q in thread %q, want %q in thread %q", st.name, p.Text, p.ThreadTS, st.wantText, st.wantThread)
		}
	}
	tb.shutdown(t)
	rep := report(t, s)
	for _, q := range rep.Unanswered {
		if strings.Contains(q.Question, "hi") || strings.Contains(q.Question, "Thank") {
			t.Errorf("small talk recorded as unanswered: %+v", q)
		}
	}
}
