package bot

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
	"time"
)

// BenchmarkHandler measures POST /slack/events for signed /funding
// commands, rotating several countries and questions, on the handler alone
// (no network), with the real engine over the embedded corpus. The answers
// come from the cache after the first round, as they do in a running bot.
func BenchmarkHandler(b *testing.B) {
	lines := []string{"Pakistan", "Kenya", "Japan", "Sri Lanka", "all", "", "Tajikistan 2011", "help"}
	lg, _ := testLogger(b)
	bot := New(lg, realEngine(b), nil, Options{BotUserID: testBotUser})
	bot.SetReady(true)
	h := bot.Handler(testSecret)
	type signed struct {
		body    []byte
		ts, sig string
	}
	var reqs []signed
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	for _, l := range lines {
		body := []byte(url.Values{"token": {"x"}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"},
			"command": {"/funding"}, "text": {l}, "response_url": {"https://hooks.slack.com/commands/T1/1/x"},
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
