package bot

import (
	"context"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fundbot/fundbot/internal/redistest"
	"github.com/fundbot/fundbot/internal/testlog"
	"github.com/fundbot/fundbot/store/shared"
)

// TestReplicasShareRedis runs two bots behind one fake Slack and one real
// redis-server, and delivers every event to both, as a load balancer with
// Slack's retries would: each event is answered exactly once.
func TestReplicasShareRedis(t *testing.T) {
	url := redistest.Start(t)
	for _, tt := range []struct {
		name        string
		shareDedupe bool // false: each bot remembers events itself; only the claims are shared
	}{
		{"seen set and claims in redis", true},
		{"claims alone keep replies single", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFakeSlack(t)
			prefix := "t" + strconv.FormatInt(time.Now().UnixNano(), 36) + ":"
			var bots []*testBot
			for i := range 2 {
				lg, logs := testlog.New(t)
				st, err := shared.Open(context.Background(), lg, url, shared.Options{Owner: "bot" + strconv.Itoa(i), Prefix: prefix})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				opts := Options{BotUserID: testBotUser, BackoffBase: 10 * time.Millisecond, Claims: st, ChannelInterval: time.Millisecond}
				if tt.shareDedupe {
					opts.Dedupe = st
				}
				b := New(lg, &fakeAnswerer{}, fs.client(), opts)
				b.SetReady(true)
				srv := httptest.NewServer(b.Handler(testSecret))
				t.Cleanup(srv.Close)
				bots = append(bots, &testBot{b: b, slack: fs, srv: srv, logs: logs})
			}
			const events = 40
			var wg sync.WaitGroup
			for i := range events {
				ch, ts := "D"+strconv.Itoa(i), "1."+strconv.Itoa(i)
				for _, tb := range bots {
					wg.Go(func() {
						tb.event(t, "Ev"+strconv.Itoa(i), message(ch, "im", "U1", ts, "Kenya", nil), nil)
					})
				}
			}
			wg.Wait()
			for _, tb := range bots {
				waitUntil(t, func() bool { return tb.b.backlog.Load() == 0 })
				tb.shutdown(t)
			}
			for i := range events {
				if got := len(fs.postsTo("D" + strconv.Itoa(i))); got != 1 {
					t.Errorf("event %d answered %d times, want exactly once", i, got)
				}
			}
		})
	}
}

// TestRedisUnreachableRefusesEvents: without its shared seen set the bot
// cannot promise to answer once, so it refuses the event (503) and Slack
// delivers it again later.
func TestRedisUnreachableRefusesEvents(t *testing.T) {
	url := redistest.Start(t)
	lg, _ := testlog.New(t)
	st, err := shared.Open(context.Background(), lg, url, shared.Options{Owner: "gone"})
	if err != nil {
		t.Fatal(err)
	}
	tb := newTestBot(t, &fakeAnswerer{}, Options{Dedupe: st, Claims: st})
	st.Close() // Redis is out of reach from now on
	code, _ := tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil)
	if code != 503 {
		t.Errorf("event with Redis unreachable: %d, want 503", code)
	}
	if code, body := tb.health(t); code != 200 || !strings.Contains(body, `"shared_state_failing":true`) {
		t.Errorf("healthz with Redis unreachable: %d %s, want 200 degraded, shared state failing", code, body)
	}
	tb.shutdown(t)
	if n := len(tb.slack.postsTo("D1")); n != 0 {
		t.Errorf("%d replies posted without Redis, want 0", n)
	}
}
