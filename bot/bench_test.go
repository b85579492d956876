package bot

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/fundbot/fundbot/internal/testlog"
	"github.com/fundbot/fundbot/tools/loadtest/minimalhandler"
)

// BenchmarkHandler measures POST /slack/events for signed /funding
// commands, rotating several countries and questions, on the handler alone
// (no network), with the real engine over the embedded corpus. The answers
// come from the cache after the first round, as they do in a running bot.
func BenchmarkHandler(b *testing.B) {
	lg, _ := testlog.New(b)
	bot := New(lg, realEngine(b), nil, Options{BotUserID: testBotUser})
	bot.SetReady(true)
	benchmarkCommands(b, bot.Handler(testSecret))
}

// BenchmarkMinimalHandler is the yardstick for BenchmarkHandler: a handler
// that only checks the signature with slack-go and returns a fixed reply
// (as tools/loadtest/minimal does), under the same requests.
func BenchmarkMinimalHandler(b *testing.B) {
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", minimalhandler.New(testSecret))
	benchmarkCommands(b, mux)
}

// benchmarkCommands sends h signed /funding and /contact commands in turn.
func benchmarkCommands(b *testing.B, h http.Handler) {
	lines := []string{"Pakistan", "Kenya", "Japan", "Sri Lanka", "all", "", "2011", "tajikstan", "help"}
	type signed struct {
		body    []byte
		ts, sig string
	}
	var reqs []signed
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	for i, l := range lines {
		cmd := "/funding"
		if i%4 == 3 {
			cmd = "/contact"
		}
		body := []byte(url.Values{"token": {"x"}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"},
			"command": {cmd}, "text": {l}, "response_url": {"https://hooks.slack.com/commands/T1/1/x"},
			"trigger_id": {"1.2.3"}}.Encode())
		reqs = append(reqs, signed{body, ts, sign(testSecret, ts, body)})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s := reqs[i%len(reqs)]
		req := httptest.NewRequest(http.MethodPost, "/slack/events", bytes.NewReader(s.body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Slack-Request-Timestamp", s.ts)
		req.Header.Set("X-Slack-Signature", s.sig)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}
