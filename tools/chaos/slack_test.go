package chaos

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// slackMsg is a message the fake Slack accepted.
type slackMsg struct {
	Channel, TS, ThreadTS, Text string
	ReplyID                     string // from the message's metadata
	Metadata                    json.RawMessage
}

// fakeSlack is a fake Slack Web API speaking Slack's wire format, with
// misbehaviours switched on per test.
type fakeSlack struct {
	t   testing.TB
	srv *httptest.Server

	mu        sync.Mutex
	msgs      []slackMsg
	seq       int
	lastPost  map[string]time.Time // channel → last accepted post
	hang      chan struct{}        // while open, every call hangs
	delay     time.Duration        // before answering each post
	resetEach int                  // every resetEach-th accepted post loses its answer (reset)
	accepted  int
	revoked   bool
	limited   int // 429s answered
	resets    int
	calls     map[string]int
	hooks     map[string]int // response_url posts by hook id

	// Socket Mode: envelopes to send, and when each was sent and acked.
	envelopes chan socketEnvelope
	sentAt    map[string]time.Time
	ackedIn   map[string]time.Duration
}

// socketEnvelope is a Socket Mode frame to send, with its envelope id.
type socketEnvelope struct {
	id    string
	frame []byte
}

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{t: t, lastPost: map[string]time.Time{}, calls: map[string]int{}, hooks: map[string]int{},
		envelopes: make(chan socketEnvelope, 10000), sentAt: map[string]time.Time{}, ackedIn: map[string]time.Duration{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) apiURL() string { return f.srv.URL + "/api/" }

func (f *fakeSlack) set(fn func(f *fakeSlack)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

func (f *fakeSlack) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/link" {
		f.socket(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	if hook, ok := strings.CutPrefix(r.URL.Path, "/hook/"); ok {
		f.mu.Lock()
		f.hooks[hook]++
		f.mu.Unlock()
		io.WriteString(w, "ok")
		return
	}
	v, _ := url.ParseQuery(string(body))
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	f.mu.Lock()
	f.calls[method]++
	hang, delay, revoked := f.hang, f.delay, f.revoked
	f.mu.Unlock()
	if hang != nil {
		select {
		case <-hang:
		case <-r.Context().Done():
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	if revoked && method != "auth.test" {
		io.WriteString(w, `{"ok":false,"error":"token_revoked"}`)
		return
	}
	switch method {
	case "apps.connections.open":
		io.WriteString(w, `{"ok":true,"url":"ws`+strings.TrimPrefix(f.srv.URL, "http")+`/link"}`)
	case "auth.test":
		io.WriteString(w, `{"ok":true,"user_id":"UFUNDBOT","team":"Chaos","bot_id":"BFUNDBOT"}`)
	case "chat.postMessage":
		if delay > 0 {
			select {
			case <-time.After(delay):
			case <-r.Context().Done():
				return
			}
		}
		f.post(w, v)
	case "conversations.history", "conversations.replies":
		f.history(w, method, v)
	default:
		io.WriteString(w, `{"ok":false,"error":"unknown_method"}`)
	}
}

// post accepts a message unless its channel posted within the last second
// (Slack's per-channel limit): then 429 with Retry-After.
func (f *fakeSlack) post(w http.ResponseWriter, v url.Values) {
	ch := v.Get("channel")
	f.mu.Lock()
	if last, ok := f.lastPost[ch]; ok && time.Since(last) < 900*time.Millisecond {
		f.limited++
		f.mu.Unlock()
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	f.seq++
	m := slackMsg{Channel: ch, TS: "1800000000." + strconv.Itoa(100000+f.seq), ThreadTS: v.Get("thread_ts"),
		Text: v.Get("text"), Metadata: json.RawMessage(v.Get("metadata"))}
	var md struct {
		EventPayload struct {
			ReplyID string `json:"reply_id"`
		} `json:"event_payload"`
	}
	if len(m.Metadata) > 0 {
		json.Unmarshal(m.Metadata, &md)
	}
	m.ReplyID = md.EventPayload.ReplyID
	f.msgs = append(f.msgs, m)
	f.lastPost[ch] = time.Now()
	f.accepted++
	reset := f.resetEach > 0 && f.accepted%f.resetEach == 0
	if reset {
		f.resets++
	}
	f.mu.Unlock()
	if reset {
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
		return
	}
	io.WriteString(w, `{"ok":true,"channel":"`+ch+`","ts":"`+m.TS+`"}`)
}

func (f *fakeSlack) history(w http.ResponseWriter, method string, v url.Values) {
	type message struct {
		Type     string          `json:"type"`
		TS       string          `json:"ts"`
		ThreadTS string          `json:"thread_ts,omitempty"`
		Text     string          `json:"text"`
		Metadata json.RawMessage `json:"metadata,omitempty"`
	}
	f.mu.Lock()
	var out []message
	for _, m := range f.msgs {
		if m.Channel != v.Get("channel") ||
			method == "conversations.replies" && m.ThreadTS != v.Get("ts") ||
			method == "conversations.history" && m.ThreadTS != "" {
			continue
		}
		msg := message{Type: "message", TS: m.TS, ThreadTS: m.ThreadTS, Text: m.Text}
		if v.Get("include_all_metadata") == "1" && len(m.Metadata) > 0 {
			msg.Metadata = m.Metadata
		}
		out = append(out, msg)
	}
	f.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "messages": out, "has_more": false})
}

// replies counts the messages accepted per reply id.
func (f *fakeSlack) replies() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := map[string]int{}
	for _, m := range f.msgs {
		n[m.ReplyID]++
	}
	return n
}

// socket is Slack's Socket Mode end: hello, then the envelopes queued, and
// every ack read back and timed.
func (f *fakeSlack) socket(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("upgrade: %v", err)
		return
	}
	defer conn.Close()
	if err := conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello","num_connections":1}`)); err != nil {
		return
	}
	go func() {
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			var ack struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(msg, &ack) == nil && ack.EnvelopeID != "" {
				f.mu.Lock()
				if at, ok := f.sentAt[ack.EnvelopeID]; ok {
					f.ackedIn[ack.EnvelopeID] = time.Since(at)
				}
				f.mu.Unlock()
			}
		}
	}()
	for {
		select {
		case env := <-f.envelopes:
			f.mu.Lock()
			f.sentAt[env.id] = time.Now()
			f.mu.Unlock()
			if err := conn.WriteMessage(websocket.TextMessage, env.frame); err != nil {
				return
			}
		case <-r.Context().Done():
			return
		}
	}
}
