package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fundbot/fundbot/internal/testlog"
	"github.com/fundbot/fundbot/store"
)

// health asks the bot's /healthz.
func (tb *testBot) health(t testing.TB) (int, string) {
	t.Helper()
	resp, err := http.Get(tb.srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// postsTo returns the messages Slack accepted in channel.
func (f *fakeSlack) postsTo(channel string) []post {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []post
	for _, m := range f.msgs {
		if m.Channel == channel {
			out = append(out, m)
		}
	}
	return out
}

func TestBusyCommandToldAtOnce(t *testing.T) {
	release := make(chan struct{})
	ans := &fakeAnswerer{release: release}
	tb := newTestBot(t, ans, Options{Workers: 1, QueueSize: 1, AckDeadline: 10 * time.Second})
	// The one place for a command answered on its own request takes the
	// first question; the one worker the second; the queue's one place
	// the third. The next command finds no room. The three, asked from
	// goroutines, wait for release.
	acked := make(chan string, 3)
	for i, country := range []string{"Kenya", "Mali", "Peru"} {
		go func() {
			code, body := tb.command(t, "/funding", country)
			acked <- fmt.Sprint(code, " ", body)
		}()
		waitUntil(t, func() bool {
			switch i {
			case 0:
				return len(tb.b.inline) == 1
			case 1:
				return tb.b.pool.busy.Load() == 1
			}
			return tb.b.pool.free() == 0
		})
	}
	wantBusyAtOnce(t, tb, "Chad")
	select {
	case a := <-acked:
		t.Errorf("a command waiting for its answer was acknowledged early: %s", a)
	default:
	}
	close(release)
	for range 3 {
		if a := <-acked; !strings.HasPrefix(a, "200 ") || !strings.Contains(a, "Echo: /funding") {
			t.Errorf("a command that waited: %q, want 200 and its answer", a)
		}
	}
}

// wantBusyAtOnce sends /funding country and checks that it is told at once
// that the bot is busy.
func wantBusyAtOnce(t *testing.T, tb *testBot, country string) {
	t.Helper()
	start := time.Now()
	code, body := tb.command(t, "/funding", country)
	if took := time.Since(start); took > time.Second {
		t.Errorf("busy reply took %v, want it at once", took)
	}
	if code != 200 || !strings.Contains(body, busyText) {
		t.Errorf("/funding %s with every place taken: %d %q, want the busy reply", country, code, body)
	}
}

func TestLongQuestionCut(t *testing.T) {
	ans := &fakeAnswerer{}
	tb := newTestBot(t, ans, Options{MaxQuestion: 100})
	long := strings.Repeat("é", 40000)
	tb.event(t, "Ev1", mention("C1", "U1", "1.1", "", "<@"+testBotUser+"> "+long), nil)
	tb.slack.next(t)
	calls := ans.Calls()
	if len(calls) != 1 || len([]rune(calls[0])) > 100 {
		t.Fatalf("engine asked %d questions, the first of %d characters; want one of at most 100", len(calls), len([]rune(calls[0])))
	}
}

func TestResetAfterAcceptPostsOnce(t *testing.T) {
	for _, tt := range []struct {
		name string
		ev   map[string]any
	}{
		{"threaded mention", mention("C1", "U1", "1.1", "", "<@"+testBotUser+"> Kenya")},
		{"direct message", message("D1", "im", "U1", "1.1", "Kenya", nil)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTestBot(t, &fakeAnswerer{}, Options{})
			tb.slack.mu.Lock()
			tb.slack.resets["chat.postMessage"] = 1
			tb.slack.mu.Unlock()
			tb.event(t, "Ev1", tt.ev, nil)
			ch := tt.ev["channel"].(string)
			waitUntil(t, func() bool { return tb.b.backlog.Load() == 0 })
			tb.shutdown(t)
			if got := tb.slack.postsTo(ch); len(got) != 1 {
				t.Fatalf("%d messages in %s, want exactly 1", len(got), ch)
			}
			if !strings.Contains(tb.logs.String(), "reply found already posted") {
				t.Errorf("logs do not say the reply was found after the reset")
			}
		})
	}
}

func TestPostsPacedPerChannel(t *testing.T) {
	const interval = 200 * time.Millisecond
	tb := newTestBot(t, &fakeAnswerer{}, Options{ChannelInterval: interval, PaceSlack: 20 * time.Millisecond})
	for i := range 5 {
		ts := "1." + strconv.Itoa(i)
		tb.event(t, "Ev"+ts, mention("C1", "U1", ts, "", "<@"+testBotUser+"> q"+ts), nil)
		tb.event(t, "Ew"+ts, mention("C2", "U1", ts, "", "<@"+testBotUser+"> q"+ts), nil)
	}
	waitUntil(t, func() bool { return len(tb.slack.postsTo("C1")) == 5 && len(tb.slack.postsTo("C2")) == 5 })
	for _, ch := range []string{"C1", "C2"} {
		posts := tb.slack.postsTo(ch)
		for i := 1; i < len(posts); i++ {
			// The fake stamps each post when it arrives; allow the
			// scheduler a little slack either way.
			if gap := posts[i].At.Sub(posts[i-1].At); gap < interval-30*time.Millisecond {
				t.Errorf("%s: posts %d and %d %v apart, want at least about %v", ch, i-1, i, gap, interval)
			}
		}
	}
}

func TestRateLimitHonoured(t *testing.T) {
	tb := newTestBot(t, &fakeAnswerer{}, Options{})
	tb.slack.failNext("chat.postMessage", rateLimited(1))
	tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil)
	waitUntil(t, func() bool { return len(tb.slack.postsTo("D1")) == 1 })
	var tries []post
	for _, c := range tb.slack.calls() {
		if c.Method == "chat.postMessage" {
			tries = append(tries, c)
		}
	}
	if len(tries) != 2 || tries[1].At.Sub(tries[0].At) < time.Second {
		t.Errorf("%d tries; want 2, the second after Retry-After (1 s)", len(tries))
	}
}

func TestHealthTellsTheTruth(t *testing.T) {
	t.Run("revoked token fails /healthz", func(t *testing.T) {
		tb := newTestBot(t, &fakeAnswerer{}, Options{})
		if code, body := tb.health(t); code != 200 || !strings.Contains(body, `"ok"`) {
			t.Fatalf("healthz before: %d %s", code, body)
		}
		tb.slack.failNext("chat.postMessage", slackError("token_revoked"))
		tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil)
		waitUntil(t, func() bool { code, _ := tb.health(t); return code == http.StatusServiceUnavailable })
		if _, body := tb.health(t); !strings.Contains(body, "token_revoked") {
			t.Errorf("healthz body %q, want the reason", body)
		}
	})
	t.Run("tokens_revoked event fails /healthz", func(t *testing.T) {
		tb := newTestBot(t, &fakeAnswerer{}, Options{})
		tb.event(t, "Ev1", map[string]any{"type": "tokens_revoked", "tokens": map[string]any{"bot": []string{"U1"}}}, nil)
		if code, body := tb.health(t); code != http.StatusServiceUnavailable || !strings.Contains(body, "tokens_revoked") {
			t.Errorf("healthz: %d %s, want 503 tokens_revoked", code, body)
		}
	})
	t.Run("failing calls degrade it", func(t *testing.T) {
		tb := newTestBot(t, &fakeAnswerer{}, Options{DegradedAfter: 2, MaxAttempts: 2})
		for range 4 {
			tb.slack.failNext("chat.postMessage", serverError)
		}
		tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil)
		tb.event(t, "Ev2", message("D2", "im", "U1", "1.1", "Kenya", nil), nil)
		waitUntil(t, func() bool { _, body := tb.health(t); return strings.Contains(body, "degraded") })
		if code, _ := tb.health(t); code != 200 {
			t.Errorf("degraded healthz code %d, want 200 (still serving)", code)
		}
	})
}

func TestFullOutboxRefusesEventsForSlackToRetry(t *testing.T) {
	release := make(chan struct{})
	ans := &fakeAnswerer{release: release}
	tb := newTestBot(t, ans, Options{MaxBacklog: 1})
	if code, _ := tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil); code != 200 {
		t.Fatalf("first event: %d", code)
	}
	code, _ := tb.event(t, "Ev2", message("D1", "im", "U1", "1.2", "Japan", nil), nil)
	if code != http.StatusServiceUnavailable {
		t.Fatalf("event past the backlog: %d, want 503", code)
	}
	close(release)
	waitUntil(t, func() bool { return tb.b.backlog.Load() == 0 })
	// Slack's retry is taken now, and answered once.
	retry := http.Header{"X-Slack-Retry-Num": {"1"}, "X-Slack-Retry-Reason": {"http_error"}}
	if code, _ := tb.event(t, "Ev2", message("D1", "im", "U1", "1.2", "Japan", nil), retry); code != 200 {
		t.Fatalf("retry: %d, want 200", code)
	}
	tb.event(t, "Ev2", message("D1", "im", "U1", "1.2", "Japan", nil), retry)
	tb.shutdown(t)
	if got := len(tb.slack.postsTo("D1")); got != 2 {
		t.Errorf("%d replies, want 2 (one per event)", got)
	}
}

func TestHangingSlackStaysBounded(t *testing.T) {
	before := runtime.NumGoroutine()
	tb := newTestBot(t, &fakeAnswerer{}, Options{CallTimeout: 100 * time.Millisecond, MaxAttempts: 1, MaxOutbound: 4, Workers: 4})
	tb.slack.mu.Lock()
	tb.slack.hang = make(chan struct{})
	tb.slack.mu.Unlock()
	for i := range 300 {
		ts := "1." + strconv.Itoa(i)
		start := time.Now()
		if code, _ := tb.event(t, "Ev"+ts, message("D"+strconv.Itoa(i), "im", "U1", ts, "Kenya", nil), nil); code != 200 {
			t.Fatalf("event %d: %d", i, code)
		}
		if took := time.Since(start); took > 3*time.Second {
			t.Fatalf("event %d acknowledged in %v, want under 3 s", i, took)
		}
	}
	// Workers, dispatcher, the fake's handlers and the test server's
	// connections: a bounded number, whatever the number of events.
	if n := runtime.NumGoroutine() - before; n > 100 {
		t.Errorf("%d more goroutines with Slack hanging, want at most 100", n)
	}
	waitUntil(t, func() bool { return tb.b.backlog.Load() == 0 }) // each gives up after its one attempt
	tb.slack.mu.Lock()
	close(tb.slack.hang)
	tb.slack.hang = nil
	tb.slack.mu.Unlock()
}

func TestDurableOutboxAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	lg, _ := testlog.New(t)
	open := func() *store.Store {
		db, err := store.Open(lg, dir)
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	fs := newFakeSlack(t)
	newBot := func(db *store.Store) (*Bot, *testlog.Buffer) {
		lg, logs := testlog.New(t)
		b := New(lg, &fakeAnswerer{}, fs.client(), Options{BotUserID: testBotUser, Outbox: db.Outbox(time.Hour),
			CallTimeout: 200 * time.Millisecond, BackoffBase: 10 * time.Millisecond})
		b.SetReady(true)
		return b, logs
	}

	// Slack hangs: the reply owed cannot be delivered before the shutdown
	// deadline; it stays stored, and Shutdown is a success.
	db := open()
	b, _ := newBot(db)
	fs.mu.Lock()
	fs.hang = make(chan struct{})
	fs.mu.Unlock()
	ev := message("D1", "im", "U1", "1.1", "Kenya", nil)
	body, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": "Ev1", "event": ev})
	srv := http.HandlerFunc(b.Handler(testSecret).ServeHTTP)
	rec := &responseRecorder{header: http.Header{}}
	srv.ServeHTTP(rec, signedRequest(t, "http://fundbot", "application/json", body))
	if rec.code != 0 && rec.code != 200 {
		t.Fatalf("event: %d", rec.code)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	if err := b.Shutdown(ctx); err != nil {
		t.Errorf("Shutdown with the reply stored = %v, want nil", err)
	}
	cancel()
	if n, _ := db.Outbox(time.Hour).Backlog(context.Background()); n != 1 {
		t.Fatalf("backlog after shutdown = %d, want 1", n)
	}
	db.Close()

	// Slack is back; a new process sends it, once.
	fs.mu.Lock()
	close(fs.hang)
	fs.hang = nil
	fs.mu.Unlock()
	db = open()
	defer db.Close()
	b, _ = newBot(db)
	waitUntil(t, func() bool { return len(fs.postsTo("D1")) == 1 && b.backlog.Load() == 0 })
	ctx, cancel = context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	if err := b.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if got := len(fs.postsTo("D1")); got != 1 {
		t.Errorf("%d replies after the restart, want 1", got)
	}
}

// responseRecorder is the least http.ResponseWriter.
type responseRecorder struct {
	header http.Header
	code   int
}

func (r *responseRecorder) Header() http.Header         { return r.header }
func (r *responseRecorder) Write(p []byte) (int, error) { return len(p), nil }
func (r *responseRecorder) WriteHeader(code int)        { r.code = code }

func TestExpiredRepliesDroppedAtStart(t *testing.T) {
	dir := t.TempDir()
	lg, logs := testlog.New(t)
	db, err := store.Open(lg, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fs := newFakeSlack(t)
	old := time.Now().Add(-31 * time.Minute)
	ob := db.Outbox(time.Hour)
	for _, r := range []store.Reply{
		{ID: "cmd:old", Kind: store.KindRespond, Question: "/funding Kenya", ResponseURL: fs.responseURL(), Created: old},
		{ID: "msg:D1:1.1", Kind: store.KindPost, Question: "Kenya", Channel: "D1", Created: old},
		{ID: "cmd:new", Kind: store.KindRespond, Question: "/funding Chad", ResponseURL: fs.responseURL(), Created: time.Now()},
	} {
		if _, err := ob.Add(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	b := New(lg, &fakeAnswerer{}, fs.client(), Options{Outbox: ob})
	waitUntil(t, func() bool { return b.backlog.Load() == 0 })
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	if err := b.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	calls := fs.calls()
	if len(calls) != 1 || !strings.Contains(calls[0].Text, "Chad") {
		t.Errorf("calls %+v, want only the recent reply (Chad)", calls)
	}
	if got := strings.Count(logs.String(), "why=expired"); got != 2 {
		t.Errorf("%d replies logged as expired, want 2", got)
	}
}
