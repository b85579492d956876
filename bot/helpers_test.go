package bot

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/internal/testlog"
)

// Test secrets. None of them may ever appear in a log.
const (
	testSecret   = "8f742231b10e8888abcd99yyyzzz85a5" // Slack's documented signing example
	testBotToken = "xoxb-test-0000-secret-bot-token"
	testAppToken = "xapp-1-test-secret-app-token"
	testBotUser  = "UBOTFUNDBOT"
)

// waitFor is how long a test waits for something asynchronous to happen.
const waitFor = 10 * time.Second

// fakeAnswerer is a test Answerer: it echoes the question, after an
// optional delay or until released, and counts its calls.
type fakeAnswerer struct {
	mu      sync.Mutex
	calls   []string
	delay   time.Duration
	release chan struct{} // if set, Answer waits for it (or ctx)
	huge    bool
	filler  string // for a huge answer; default plain sentences
	err     error
}

func (f *fakeAnswerer) Answer(ctx context.Context, text string) (answer.Answer, error) {
	f.mu.Lock()
	f.calls = append(f.calls, text)
	f.mu.Unlock()
	if f.release != nil {
		select {
		case <-f.release:
		case <-ctx.Done():
			return answer.Answer{}, ctx.Err()
		}
	}
	if f.delay > 0 {
		t := time.NewTimer(f.delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return answer.Answer{}, ctx.Err()
		}
	}
	if f.err != nil {
		return answer.Answer{}, f.err
	}
	if f.huge {
		return hugeAnswer(text, f.filler), nil
	}
	return answer.Answer{
		Kind:     answer.KindSearch,
		Query:    text,
		Headline: "Echo: " + text,
		Text:     "Echo: " + text,
	}, nil
}

func (f *fakeAnswerer) Calls() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.calls...)
}

// hugeAnswer is an answer far beyond Slack's Block Kit limits.
func hugeAnswer(q, filler string) answer.Answer {
	a := answer.Answer{Kind: answer.KindTable, Query: q, Headline: strings.Repeat("Very long headline. ", 200)}
	if filler == "" {
		filler = "This sentence is long and it repeats itself a great many times. "
	}
	long := strings.Repeat(filler, 80)
	for i := range 400 {
		a.Items = append(a.Items, answer.Item{
			Label: "Country " + strconv.Itoa(i), Value: "US$ " + strconv.Itoa(i) + " million",
			Release: "r" + strconv.Itoa(i), Title: "Release " + strconv.Itoa(i), Year: 2011, Sentence: long,
		})
		a.Notes = append(a.Notes, long)
		a.Passages = append(a.Passages, answer.Passage{Release: "r", Title: "T", Paragraph: i, Text: long})
	}
	a.Text = strings.Repeat(long, 20)
	return a
}

// post is one call the fake Slack received.
type post struct {
	Method   string // chat.postMessage, chat.postEphemeral, response_url, auth.test
	Channel  string
	Text     string
	ThreadTS string
	TS       string // the ts Slack gave an accepted message
	Metadata string // the message's metadata, as posted
	Blocks   []map[string]any
	At       time.Time
	Raw      string
}

// fakeSlack is a fake Slack Web API and response_url endpoint on loopback.
type fakeSlack struct {
	t     testing.TB
	srv   *httptest.Server
	posts chan post

	mu    sync.Mutex
	fails map[string][]func(w http.ResponseWriter) // per method, answered in turn before success
	all   []post
	wsURL string // what apps.connections.open answers
	msgs  []post // messages Slack holds: posted with chat.postMessage and accepted
	seq   int    // for each message's ts
	// resets counts the next calls, per method, that Slack accepts and
	// then answers by resetting the connection.
	resets map[string]int
	// hang, while open, makes every Web API call hang until the client
	// gives up.
	hang chan struct{}
}

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{t: t, posts: make(chan post, 1000), fails: map[string][]func(http.ResponseWriter){}, resets: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// apiURL is the base URL for slack.OptionAPIURL.
func (f *fakeSlack) apiURL() string { return f.srv.URL + "/api/" }

// responseURL is a response_url pointing at the fake.
func (f *fakeSlack) responseURL() string { return f.srv.URL + "/commands/T1/1/secret-hook" }

// client is a real *slack.Client talking to the fake.
func (f *fakeSlack) client() *slack.Client {
	return NewClient(testBotToken, testAppToken, f.apiURL())
}

// failNext makes the next call to method answer with fail first.
func (f *fakeSlack) failNext(method string, fail func(w http.ResponseWriter)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fails[method] = append(f.fails[method], fail)
}

func rateLimited(seconds int) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.Header().Set("Retry-After", strconv.Itoa(seconds))
		w.WriteHeader(http.StatusTooManyRequests)
	}
}

func serverError(w http.ResponseWriter) {
	http.Error(w, "<html>oops</html>", http.StatusServiceUnavailable)
}

func slackError(code string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":false,"error":"`+code+`"}`)
	}
}

func (f *fakeSlack) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	if strings.HasPrefix(r.URL.Path, "/commands/") {
		method = "response_url"
	}
	p := post{Method: method, At: time.Now(), Raw: string(body)}
	switch {
	case method == "response_url":
		var m struct {
			Text   string           `json:"text"`
			Blocks []map[string]any `json:"blocks"`
		}
		if err := json.Unmarshal(body, &m); err != nil {
			f.t.Errorf("response_url body %q: %v", body, err)
		}
		p.Text, p.Blocks = m.Text, m.Blocks
	default:
		if got := r.Header.Get("Authorization"); method != "apps.connections.open" && got != "Bearer "+testBotToken {
			if v, _ := url.ParseQuery(string(body)); v.Get("token") != testBotToken {
				f.t.Errorf("%s: no bot token in the request", method)
			}
		}
		v, _ := url.ParseQuery(string(body))
		p.Channel, p.Text, p.ThreadTS, p.Metadata = v.Get("channel"), v.Get("text"), v.Get("thread_ts"), v.Get("metadata")
		if b := v.Get("blocks"); b != "" {
			if err := json.Unmarshal([]byte(b), &p.Blocks); err != nil {
				f.t.Errorf("%s blocks %q: %v", method, b, err)
			}
		}
	}
	f.mu.Lock()
	f.all = append(f.all, p)
	var fail func(http.ResponseWriter)
	if q := f.fails[method]; len(q) > 0 {
		fail, f.fails[method] = q[0], q[1:]
	}
	hang := f.hang
	f.mu.Unlock()
	if hang != nil && method != "response_url" {
		select {
		case <-hang:
		case <-r.Context().Done():
			return
		}
	}
	if fail != nil {
		fail(w)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "apps.connections.open":
		f.mu.Lock()
		ws := f.wsURL
		f.mu.Unlock()
		if r.Header.Get("Authorization") != "Bearer "+testAppToken {
			io.WriteString(w, `{"ok":false,"error":"not_authed"}`)
			return
		}
		io.WriteString(w, `{"ok":true,"url":"`+ws+`"}`)
		return
	case "auth.test":
		io.WriteString(w, `{"ok":true,"user_id":"`+testBotUser+`","team":"Test","bot_id":"BFUNDBOT"}`)
		return
	case "conversations.history", "conversations.replies":
		v, _ := url.ParseQuery(p.Raw)
		io.WriteString(w, f.history(method, v))
		return
	case "response_url":
		io.WriteString(w, "ok")
	default:
		f.mu.Lock()
		f.seq++
		p.TS = fmt.Sprintf("1700000000.%06d", f.seq)
		if method == "chat.postMessage" {
			f.msgs = append(f.msgs, p)
		}
		reset := f.resets[method] > 0
		if reset {
			f.resets[method]--
		}
		f.mu.Unlock()
		if reset {
			// Accepted, and the answer lost: the connection breaks.
			conn, _, err := http.NewResponseController(w).Hijack()
			if err != nil {
				f.t.Errorf("hijack: %v", err)
				return
			}
			conn.Close()
			return
		}
		io.WriteString(w, `{"ok":true,"channel":"`+p.Channel+`","ts":"`+p.TS+`"}`)
	}
	f.posts <- p
}

// history answers conversations.history (the channel's messages since
// oldest) and conversations.replies (the thread's), with their metadata
// when asked for, as Slack does.
func (f *fakeSlack) history(method string, v url.Values) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	type message struct {
		Type     string          `json:"type"`
		TS       string          `json:"ts"`
		ThreadTS string          `json:"thread_ts,omitempty"`
		Text     string          `json:"text"`
		Metadata json.RawMessage `json:"metadata,omitempty"`
	}
	var out []message
	for _, m := range f.msgs {
		if m.Channel != v.Get("channel") {
			continue
		}
		if method == "conversations.replies" && m.ThreadTS != v.Get("ts") {
			continue
		}
		if method == "conversations.history" && m.ThreadTS != "" {
			continue // thread replies are not in the channel's history
		}
		msg := message{Type: "message", TS: m.TS, ThreadTS: m.ThreadTS, Text: m.Text}
		if v.Get("include_all_metadata") == "1" && m.Metadata != "" {
			msg.Metadata = json.RawMessage(m.Metadata)
		}
		out = append(out, msg)
	}
	body, err := json.Marshal(map[string]any{"ok": true, "messages": out, "has_more": false})
	if err != nil {
		f.t.Errorf("history: %v", err)
	}
	return string(body)
}

// calls returns every call received so far, failed ones included.
func (f *fakeSlack) calls() []post {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]post(nil), f.all...)
}

// next waits for the next successful post.
func (f *fakeSlack) next(t testing.TB) post {
	t.Helper()
	select {
	case p := <-f.posts:
		return p
	case <-time.After(waitFor):
		t.Fatalf("no post to the fake Slack within %v", waitFor)
		return post{}
	}
}

// none checks that no successful post is pending. Call it after
// Bot.Shutdown, which waits for every reply in flight.
func (f *fakeSlack) none(t testing.TB) {
	t.Helper()
	select {
	case p := <-f.posts:
		t.Errorf("unexpected post %s to %s: %q", p.Method, p.Channel, p.Text)
	default:
	}
}

// sign returns Slack's v0 signature of body at ts with secret. Tests need
// it to forge Slack's requests; the bot itself checks with slack-go.
func sign(secret, ts string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// signedRequest is a POST /slack/events request signed now.
func signedRequest(t testing.TB, base, contentType string, body []byte) *http.Request {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, err := http.NewRequest(http.MethodPost, base+"/slack/events", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
	return req
}

// testBot is a bot over a fake Slack, served over HTTP on loopback.
type testBot struct {
	b     *Bot
	ans   *fakeAnswerer
	slack *fakeSlack
	srv   *httptest.Server
	logs  *testlog.Buffer
}

func newTestBot(t testing.TB, ans Answerer, opts Options) *testBot {
	t.Helper()
	lg, logs := testlog.New(t)
	fs := newFakeSlack(t)
	if opts.BotUserID == "" {
		opts.BotUserID = testBotUser
	}
	if opts.BackoffBase == 0 {
		opts.BackoffBase = 10 * time.Millisecond
	}
	b := New(lg, ans, fs.client(), opts)
	b.SetReady(true)
	srv := httptest.NewServer(b.Handler(testSecret))
	t.Cleanup(srv.Close)
	tb := &testBot{b: b, slack: fs, srv: srv, logs: logs}
	if fa, ok := ans.(*fakeAnswerer); ok {
		tb.ans = fa
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), waitFor)
		defer cancel()
		b.Shutdown(ctx)
		for _, s := range []string{testSecret, testBotToken, testAppToken} {
			if strings.Contains(logs.String(), s) {
				t.Errorf("a secret (%.8s…) appears in the logs", s)
			}
		}
	})
	return tb
}

// do sends req and returns the status, body and headers.
func (tb *testBot) do(t testing.TB, req *http.Request) (int, string, http.Header) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body), resp.Header
}

// command sends a signed slash command and returns status and body.
func (tb *testBot) command(t testing.TB, command, text string) (int, string) {
	t.Helper()
	form := url.Values{
		"token": {"legacy"}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"},
		"command": {command}, "text": {text}, "response_url": {tb.slack.responseURL()},
	}
	code, body, _ := tb.do(t, signedRequest(t, tb.srv.URL, "application/x-www-form-urlencoded", []byte(form.Encode())))
	return code, body
}

// event sends a signed Events API callback with inner event ev.
func (tb *testBot) event(t testing.TB, eventID string, ev map[string]any, header http.Header) (int, string) {
	t.Helper()
	body, err := json.Marshal(map[string]any{
		"token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": 1, "event": ev,
	})
	if err != nil {
		t.Fatal(err)
	}
	req := signedRequest(t, tb.srv.URL, "application/json", body)
	for k, v := range header {
		req.Header[k] = v
	}
	code, resp, _ := tb.do(t, req)
	return code, resp
}

// shutdown waits for every reply in flight.
func (tb *testBot) shutdown(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	if err := tb.b.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
}

// parseForm returns the payload field of a form body.
func parseForm(form string) (string, error) {
	v, err := url.ParseQuery(form)
	if err != nil {
		return "", err
	}
	return v.Get("payload"), nil
}
