package bot

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/fundbot/fundbot/store"
)

// openStore is a real store in a temporary data directory.
func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(nil, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// report is everything recorded since an hour ago.
func report(t *testing.T, s *store.Store) store.Report {
	t.Helper()
	rep, err := s.Report(context.Background(), time.Now().Add(-time.Hour), 10)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestFeedbackIsRecorded(t *testing.T) {
	s := openStore(t)
	tb := newTestBot(t, newRecorder(t), Options{Records: s})
	click := func(vote, query, kind, channel string, ephemeral bool) {
		t.Helper()
		js := blockActions(t, channel, tb.slack.responseURL(), ephemeral, map[string]any{
			"type": "feedback_buttons", "action_id": FeedbackActionID, "block_id": feedbackBlockPrefix + kind, "value": vote + ":" + query,
		})
		body := []byte(url.Values{"payload": {string(js)}}.Encode())
		if code, _, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/x-www-form-urlencoded", body)); code != 200 {
			t.Fatalf("feedback: %d", code)
		}
	}
	click("down", "/funding Pakistan", "country", "C1", true)
	click("down", "How much does Kenya get?", "country", "D1", false)
	click("up", "/funding Pakistan", "country", "C1", false)
	click("sideways", "/funding Pakistan", "country", "C1", false) // ignored
	tb.shutdown(t)
	tb.slack.none(t) // Slack shows the vote; the bot posts nothing

	rep := report(t, s)
	if diff := cmp.Diff(map[store.Outcome]int{store.ThumbsDown: 2, store.ThumbsUp: 1}, rep.Counts); diff != "" {
		t.Errorf("recorded votes (-want +got):\n%s", diff)
	}
	if got := testutil.ToFloat64(tb.b.m.feedback.WithLabelValues("down")); got != 2 {
		t.Errorf("fundbot_feedback_total{vote=down} = %v, want 2", got)
	}
	var surfaces []store.Surface
	rows, err := s.Records(context.Background(), time.Now().Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		surfaces = append(surfaces, r.Surface)
		if r.Kind != "country" {
			t.Errorf("recorded kind %q, want country", r.Kind)
		}
	}
	// Workers write the records in no set order.
	slices.Sort(surfaces)
	if diff := cmp.Diff([]store.Surface{store.Channel, store.Command, store.DM}, surfaces); diff != "" {
		t.Errorf("recorded surfaces (-want +got):\n%s", diff)
	}
	for _, r := range rows {
		if strings.Contains(r.Question, wireUser) {
			t.Errorf("record %+v holds the user's id", r)
		}
	}
}

func TestUnansweredQuestionsAreRecorded(t *testing.T) {
	s := openStore(t)
	tb := newTestBot(t, newRecorder(t), Options{Records: s})
	for _, text := range []string{"Narnia", "Narnia", "Pakistan", "help"} {
		if code, _ := tb.command(t, "/funding", text); code != 200 {
			t.Fatalf("command: %d", code)
		}
	}
	tb.event(t, "Ev1", mention("C1", "U1", "1.1", "", "<@"+testBotUser+"> How much does Kenya get?"), nil)
	tb.slack.next(t)
	tb.event(t, "Ev2", message("D1", "im", "U1", "2.2", "zebra crossings", nil), nil)
	tb.slack.next(t)
	tb.shutdown(t)

	rep := report(t, s)
	want := []store.QuestionCount{
		{Question: "/funding Narnia", Outcome: store.NotFound, Count: 2},
		{Question: "zebra crossings", Outcome: store.NotFound, Count: 1},
		{Question: "How much does Kenya get?", Outcome: store.NotStated, Count: 1},
	}
	// Records are written as replies go out, in no set order: compare
	// them sorted by count, then question.
	bySize := cmpopts.SortSlices(func(a, b store.QuestionCount) bool {
		return a.Count > b.Count || a.Count == b.Count && a.Question < b.Question
	})
	if diff := cmp.Diff(want, rep.Unanswered, cmpIgnoreLast, bySize); diff != "" {
		t.Errorf("recorded unanswered questions (-want +got):\n%s", diff)
	}
	if got := testutil.ToFloat64(tb.b.m.unanswered.WithLabelValues("not_found")); got != 3 {
		t.Errorf("fundbot_unanswered_questions_total{why=not_found} = %v, want 3", got)
	}
}

func TestMorePassages(t *testing.T) {
	tb := newTestBot(t, newRecorder(t), Options{})
	js := blockActions(t, "C1", tb.slack.responseURL(), false, map[string]any{"action_id": MoreActionID, "value": "flooding"})
	body := []byte(url.Values{"payload": {string(js)}}.Encode())
	if code, _, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/x-www-form-urlencoded", body)); code != 200 {
		t.Fatalf("more: %d", code)
	}
	p := tb.slack.next(t)
	if p.Method != "response_url" || !strings.Contains(p.Raw, `"response_type":"ephemeral"`) {
		t.Fatalf("More passages sent %s %s, want a private reply through response_url", p.Method, p.Raw)
	}
	if n := strings.Count(p.Raw, "¶"); n <= 2 {
		t.Errorf("More passages shows %d passages, want more than 2: %s", n, p.Raw)
	}
	if strings.Contains(p.Raw, MoreActionID) {
		t.Errorf("More passages offers More passages again")
	}
}

var cmpIgnoreLast = cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Last" }, cmp.Ignore())

func TestMorePassagesIsNotAQuestionAgain(t *testing.T) {
	s := openStore(t)
	tb := newTestBot(t, newRecorder(t), Options{Records: s})
	js := blockActions(t, "C1", tb.slack.responseURL(), false, map[string]any{"action_id": MoreActionID, "value": "flooding"})
	body := []byte(url.Values{"payload": {string(js)}}.Encode())
	if code, _, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/x-www-form-urlencoded", body)); code != 200 {
		t.Fatalf("more: %d", code)
	}
	tb.slack.next(t)
	tb.shutdown(t)
	if rep := report(t, s); len(rep.Counts) != 0 {
		t.Errorf("More passages recorded %v, want nothing: the question was counted when asked", rep.Counts)
	}
}
