package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/internal/testlog"
)

// wire reads a Slack wire example from the repository's testdata.
func wire(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "slack-wire", name))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSpace(b)
}

func TestSigningVectors(t *testing.T) {
	var file struct {
		Vectors []struct {
			Name, Secret, Timestamp, Body, Signature string
			BodyFile                                 string `json:"body_file"`
			ContentType                              string `json:"content_type"`
		}
	}
	if err := json.Unmarshal(wire(t, "signing_vectors.json"), &file); err != nil {
		t.Fatal(err)
	}
	if len(file.Vectors) == 0 {
		t.Fatal("no vectors")
	}
	for _, v := range file.Vectors {
		t.Run(v.Name, func(t *testing.T) {
			if got := string(wire(t, v.BodyFile)); got != v.Body {
				t.Fatalf("body file %s differs from the vector's body", v.BodyFile)
			}
			// The documented timestamp is years old: our signing function
			// must reproduce the documented signature...
			if got := sign(v.Secret, v.Timestamp, []byte(v.Body)); got != v.Signature {
				t.Fatalf("sign(%s) = %s, want %s", v.Name, got, v.Signature)
			}
			// ...and the bot refuses the request as stale, as Slack does.
			tb := newTestBot(t, &fakeAnswerer{}, Options{})
			req, _ := http.NewRequest(http.MethodPost, tb.srv.URL+"/slack/events", strings.NewReader(v.Body))
			req.Header.Set("Content-Type", v.ContentType)
			req.Header.Set("X-Slack-Request-Timestamp", v.Timestamp)
			req.Header.Set("X-Slack-Signature", v.Signature)
			if code, _, _ := tb.do(t, req); code != http.StatusUnauthorized {
				t.Errorf("stale documented request: status %d, want 401", code)
			}
			// Re-signed now with the same secret, the body is accepted: the
			// bot's verifier (slack-go's) agrees with ours.
			lg, _ := testlog.New(t)
			b := New(lg, &fakeAnswerer{}, tb.slack.client(), Options{BotUserID: testBotUser})
			b.SetReady(true)
			h := b.Handler(v.Secret)
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req, _ = http.NewRequest(http.MethodPost, "/slack/events", strings.NewReader(v.Body))
			req.Header.Set("Content-Type", v.ContentType)
			req.Header.Set("X-Slack-Request-Timestamp", ts)
			req.Header.Set("X-Slack-Signature", sign(v.Secret, ts, []byte(v.Body)))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Errorf("re-signed %s: status %d (%s), want 200", v.Name, rec.Code, rec.Body.String())
			}
			if err := b.Shutdown(t.Context()); err != nil {
				t.Errorf("Shutdown: %v", err)
			}
		})
	}
}

func TestRequestChecks(t *testing.T) {
	form := []byte(url.Values{"command": {"/funding"}, "text": {"Pakistan"}, "user_id": {"U1"}, "channel_id": {"C1"}}.Encode())
	now := strconv.FormatInt(time.Now().Unix(), 10)
	stale := strconv.FormatInt(time.Now().Add(-6*time.Minute).Unix(), 10)
	future := strconv.FormatInt(time.Now().Add(6*time.Minute).Unix(), 10)
	big := bytes.Repeat([]byte("a"), MaxBodyBytes+1)
	tests := []struct {
		name        string
		contentType string
		body        []byte
		ts          string
		sig         string // "" signs correctly; "-" omits the header
		want        int
	}{
		{"good command", "application/x-www-form-urlencoded", form, now, "", 200},
		{"no signature", "application/x-www-form-urlencoded", form, now, "-", 401},
		{"no timestamp", "application/x-www-form-urlencoded", form, "", "", 401},
		{"forged signature", "application/x-www-form-urlencoded", form, now, "v0=" + strings.Repeat("ab", 32), 401},
		{"signature not hex", "application/x-www-form-urlencoded", form, now, "v0=zz", 401},
		{"signed with another secret", "application/x-www-form-urlencoded", form, now, "other", 401},
		{"stale timestamp", "application/x-www-form-urlencoded", form, stale, "", 401},
		{"future timestamp", "application/x-www-form-urlencoded", form, future, "", 401},
		{"timestamp not a number", "application/x-www-form-urlencoded", form, "yesterday", "", 401},
		{"body over 1 MiB", "application/x-www-form-urlencoded", big, now, "", 413},
		{"body of exactly 1 MiB", "application/json", bytes.Repeat([]byte(" "), MaxBodyBytes), now, "", 400},
		{"malformed json", "application/json", []byte(`{"type":`), now, "", 400},
		{"json not an event", "application/json", []byte(`[1,2,3]`), now, "", 400},
		{"form without command", "application/x-www-form-urlencoded", []byte("a=b"), now, "", 400},
		{"malformed form", "application/x-www-form-urlencoded", []byte("a=%zz"), now, "", 400},
		{"form sent as text/plain", "text/plain", form, now, "", 400},
		{"no content type", "", form, now, "", 400},
		{"content type with charset", "application/x-www-form-urlencoded; charset=utf-8", form, now, "", 200},
		{"content type in capitals", "Application/X-WWW-Form-URLEncoded", form, now, "", 200},
		{"malformed interactivity payload", "application/x-www-form-urlencoded", []byte("payload=%7Bnot+json"), now, "", 400},
		{"ssl_check", "application/x-www-form-urlencoded", []byte("ssl_check=1&token=x"), now, "", 200},
	}
	ans := newRecorder(t)
	tb := newTestBot(t, ans, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, tb.srv.URL+"/slack/events", bytes.NewReader(tt.body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			if tt.ts != "" {
				req.Header.Set("X-Slack-Request-Timestamp", tt.ts)
			}
			switch tt.sig {
			case "":
				req.Header.Set("X-Slack-Signature", sign(testSecret, tt.ts, tt.body))
			case "-":
			case "other":
				req.Header.Set("X-Slack-Signature", sign("another-secret", tt.ts, tt.body))
			default:
				req.Header.Set("X-Slack-Signature", tt.sig)
			}
			code, body, _ := tb.do(t, req)
			if code != tt.want {
				t.Errorf("status %d (%q), want %d", code, body, tt.want)
			}
			if code != 200 && strings.Contains(body, testSecret) {
				t.Errorf("error reply %q holds the secret", body)
			}
		})
	}
	// Only the accepted commands reached the engine, and the server still
	// serves.
	if code, _ := tb.command(t, "/funding", "Kenya"); code != 200 {
		t.Errorf("after the bad requests: status %d, want 200", code)
	}
	tb.shutdown(t)
	// The repeats came from the cache: the engine saw each command once.
	if diff := cmp.Diff([]string{"/funding Pakistan", "/funding Kenya"}, ans.Calls()); diff != "" {
		t.Errorf("engine calls (-want +got):\n%s", diff)
	}
}

func TestURLVerification(t *testing.T) {
	tb := newTestBot(t, &fakeAnswerer{}, Options{})
	body := wire(t, "events_url_verification.json")
	var want struct{ Challenge string }
	if err := json.Unmarshal(body, &want); err != nil {
		t.Fatal(err)
	}
	code, got, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/json", body))
	if code != 200 || got != want.Challenge {
		t.Errorf("url_verification: %d %q, want 200 %q", code, got, want.Challenge)
	}
}

func TestHealthAndMetrics(t *testing.T) {
	tb := newTestBot(t, newRecorder(t), Options{})
	get := func(path string) (int, string) {
		req, _ := http.NewRequest(http.MethodGet, tb.srv.URL+path, nil)
		code, body, _ := tb.do(t, req)
		return code, body
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("/healthz ready: %d %q, want 200 ok", code, body)
	}
	tb.command(t, "/funding", "Japan")
	code, body := get("/metrics")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`fundbot_requests_total{code="200",kind="command"} 1`,
		`fundbot_answers_total{kind=`,
		`fundbot_answer_cache_misses_total 1`,
		"fundbot_answer_duration_seconds_bucket",
		"fundbot_request_duration_seconds_bucket",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	tb.b.SetReady(false)
	if code, _ := get("/healthz"); code != http.StatusServiceUnavailable {
		t.Errorf("/healthz not ready: %d, want 503", code)
	}
	code, _ = tb.command(t, "/funding", "Japan")
	if code != http.StatusServiceUnavailable {
		t.Errorf("command while not ready: %d, want 503", code)
	}
	if code, _ := get("/slack/events"); code != http.StatusMethodNotAllowed {
		t.Errorf("GET /slack/events: %d, want 405", code)
	}
}

func TestRejectionsDoNotFloodTheLog(t *testing.T) {
	tb := newTestBot(t, newRecorder(t), Options{})
	const n = 50
	for range n {
		req, _ := http.NewRequest(http.MethodPost, tb.srv.URL+"/slack/events", strings.NewReader("command=%2Ffunding"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if code, _, _ := tb.do(t, req); code != http.StatusUnauthorized {
			t.Fatalf("unsigned request: %d, want 401", code)
		}
	}
	if got := strings.Count(tb.logs.String(), "request rejected"); got < 1 || got > 3 {
		t.Errorf("%d rejections logged for %d bad requests, want 1 to 3", got, n)
	}
	req, _ := http.NewRequest(http.MethodGet, tb.srv.URL+"/metrics", nil)
	_, body, _ := tb.do(t, req)
	if want := `fundbot_requests_total{code="401",kind="rejected"} 50`; !strings.Contains(body, want) {
		t.Errorf("/metrics lacks %q", want)
	}
}

// TestOwnSigningVectors checks the tests' signing function against
// signatures computed independently (openssl dgst -sha256 -hmac), then has
// the bot accept each body re-signed now and refuse it signed with a
// neighbouring secret or a changed body.
func TestOwnSigningVectors(t *testing.T) {
	const secret = "fundbot-own-vector-secret"
	tests := []struct {
		name, contentType, body, signature string
		want                               int // status when re-signed now
	}{
		{"slash command", "application/x-www-form-urlencoded", "command=%2Ffunding&text=Kenya",
			"v0=e761e5168f68836f32a3d8a0ddd40b3e0082fafa1a21af2adcc74d23387cb0f3", 200},
		{"app mention", "application/json",
			`{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1.1","text":"<@U0> Kenya"}}`,
			"v0=169947a20c99ae1e8575ede6bfd2250da491d7ae191dd0c25dde79fa37a140cf", 200},
		{"empty body", "application/x-www-form-urlencoded", "",
			"v0=bb8a0e76aefeb670283ae9cf7ac7b7b66c3ef01591daee6105a5089815444d10", 400},
	}
	lg, _ := testlog.New(t)
	fs := newFakeSlack(t)
	b := New(lg, newRecorder(t), fs.client(), Options{BotUserID: testBotUser})
	b.SetReady(true)
	t.Cleanup(func() { b.Shutdown(context.Background()) })
	h := b.Handler(secret)
	post := func(body, ts, sig, contentType string) int {
		req := httptest.NewRequest(http.MethodPost, "/slack/events", strings.NewReader(body))
		req.Header.Set("Content-Type", contentType)
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", sig)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sign(secret, "1700000000", []byte(tt.body)); got != tt.signature {
				t.Fatalf("sign = %s, want %s", got, tt.signature)
			}
			now := strconv.FormatInt(time.Now().Unix(), 10)
			if got := post(tt.body, now, sign(secret, now, []byte(tt.body)), tt.contentType); got != tt.want {
				t.Errorf("re-signed now: %d, want %d", got, tt.want)
			}
			if got := post(tt.body, now, sign(secret+"x", now, []byte(tt.body)), tt.contentType); got != http.StatusUnauthorized {
				t.Errorf("other secret: %d, want 401", got)
			}
			if got := post(tt.body+" ", now, sign(secret, now, []byte(tt.body)), tt.contentType); got != http.StatusUnauthorized {
				t.Errorf("changed body: %d, want 401", got)
			}
			if got := post(tt.body, "1700000000", tt.signature, tt.contentType); got != http.StatusUnauthorized {
				t.Errorf("valid signature, stale timestamp: %d, want 401", got)
			}
		})
	}
}
