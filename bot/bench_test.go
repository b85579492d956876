package bot

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/fundbot/fundbot/internal/cputime"
	"github.com/fundbot/fundbot/internal/testlog"
	"github.com/fundbot/fundbot/store"
	"github.com/fundbot/fundbot/tools/loadtest/minimalhandler"
	"github.com/fundbot/fundbot/tools/loadtest/questions"
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

// BenchmarkHandlerDistinct measures POST /slack/events for the load test's
// 5,000 distinct questions (tools/loadtest/questions), more than the reply
// cache holds, so that every answer is computed, rendered and encoded, and
// the unanswered ones recorded in a real store, as `fundbot serve` meets
// them under `DISTINCT=5000 tools/loadtest/run.sh`. cpu-ns/op is the
// process's CPU time per request: the record writer's and the garbage
// collector's work included.
func BenchmarkHandlerDistinct(b *testing.B) {
	lg, _ := testlog.New(b)
	db, err := store.Open(lg, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	bot := New(lg, realEngine(b), nil, Options{BotUserID: testBotUser, Records: db, Outbox: db.Outbox(time.Hour)})
	defer bot.Shutdown(context.Background())
	bot.SetReady(true)
	cpu0 := cputime.Process()
	benchmarkRequests(b, bot.Handler(testSecret), questions.Distinct(5000))
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// benchmarkCommands sends h signed /funding and /contact commands in turn.
func benchmarkCommands(b *testing.B, h http.Handler) {
	lines := []string{"Pakistan", "Kenya", "Japan", "Sri Lanka", "all", "", "2011", "tajikstan", "help"}
	var cmds [][2]string
	for i, l := range lines {
		cmd := "/funding"
		if i%4 == 3 {
			cmd = "/contact"
		}
		cmds = append(cmds, [2]string{cmd, l})
	}
	benchmarkRequests(b, h, cmds)
}

// benchmarkRequests sends h the slash commands cmds (command, text), signed
// as Slack signs them, in turn.
func benchmarkRequests(b *testing.B, h http.Handler, cmds [][2]string) {
	type signed struct {
		body    []byte
		ts, sig string
	}
	var reqs []signed
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	for i, c := range cmds {
		body := []byte(url.Values{"token": {"x"}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"},
			"command": {c[0]}, "text": {c[1]}, "response_url": {"https://hooks.slack.com/commands/T1/" + strconv.Itoa(i) + "/x"},
			"trigger_id": {strconv.Itoa(i) + ".2.3"}}.Encode())
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
