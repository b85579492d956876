package bot

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// smAck is an acknowledgement the fake Socket Mode server received.
type smAck struct {
	conn       int
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
}

// fakeSocketMode is a Socket Mode server on loopback: it sends hello on
// each connection, then what the test tells it to, and pings.
type fakeSocketMode struct {
	t     testing.TB
	srv   *httptest.Server
	acks  chan smAck
	conns chan *smConn
	n     int
	mu    sync.Mutex
}

// smConn is one client connection to the fake.
type smConn struct {
	n  int
	mu sync.Mutex
	ws *websocket.Conn
}

func (c *smConn) send(t testing.TB, frame []byte) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.ws.WriteMessage(websocket.TextMessage, frame); err != nil {
		t.Errorf("send to connection %d: %v", c.n, err)
	}
}

func newFakeSocketMode(t testing.TB) *fakeSocketMode {
	f := &fakeSocketMode{t: t, acks: make(chan smAck, 100), conns: make(chan *smConn, 10)}
	// The client sends Origin: https://api.slack.com, as it does to Slack.
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := up.Upgrade(w, r, nil)
		if err != nil {
			t.Errorf("upgrade: %v", err)
			return
		}
		f.mu.Lock()
		f.n++
		c := &smConn{n: f.n, ws: ws}
		f.mu.Unlock()
		c.send(t, wire(t, "sm_hello_real.json"))
		done := make(chan struct{})
		go func() { // ping, as Slack does, so the client keeps the connection
			tick := time.NewTicker(100 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-done:
					return
				case <-tick.C:
					c.mu.Lock()
					err := ws.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second))
					c.mu.Unlock()
					if err != nil {
						return
					}
				}
			}
		}()
		f.conns <- c
		defer close(done)
		for {
			_, msg, err := ws.ReadMessage()
			if err != nil {
				return
			}
			a := smAck{conn: c.n}
			if err := json.Unmarshal(msg, &a); err != nil {
				t.Errorf("connection %d: frame %q: %v", c.n, msg, err)
				continue
			}
			f.acks <- a
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSocketMode) url() string { return "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/link" }

func (f *fakeSocketMode) nextConn(t testing.TB) *smConn {
	t.Helper()
	select {
	case c := <-f.conns:
		return c
	case <-time.After(waitFor):
		t.Fatal("the client did not connect")
		return nil
	}
}

func (f *fakeSocketMode) nextAck(t testing.TB) smAck {
	t.Helper()
	select {
	case a := <-f.acks:
		return a
	case <-time.After(waitFor):
		t.Fatal("no ack")
		return smAck{}
	}
}

// envelope wraps payload as a Socket Mode request.
func envelope(t testing.TB, typ, id string, payload any) []byte {
	t.Helper()
	js, err := json.Marshal(map[string]any{"type": typ, "envelope_id": id, "payload": payload,
		"accepts_response_payload": typ == "slash_commands"})
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// socketBot runs a bot in Socket Mode against the fakes.
func socketBot(t *testing.T, ans Answerer, reconnect time.Duration) (*testBot, *fakeSocketMode, context.CancelFunc, chan error) {
	t.Helper()
	tb := newTestBot(t, ans, Options{})
	tb.b.SetReady(false)
	fsm := newFakeSocketMode(t)
	tb.slack.mu.Lock()
	tb.slack.wsURL = fsm.url()
	tb.slack.mu.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- tb.b.RunSocketMode(ctx, reconnect) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(waitFor):
			t.Error("RunSocketMode did not return after cancel")
		}
	})
	return tb, fsm, cancel, done
}

func TestSocketMode(t *testing.T) {
	rec := newRecorder(t)
	tb, fsm, cancel, done := socketBot(t, rec, 0)

	c := fsm.nextConn(t)
	waitUntil(t, tb.b.Ready)

	t.Run("events_api is acked and answered in the thread", func(t *testing.T) {
		c.send(t, wire(t, "sm_events_api_app_mention_real.json"))
		if a := fsm.nextAck(t); a.EnvelopeID != "c67a03d0-4094-4744-90ca-d286e00a3ab1" || len(a.Payload) != 0 {
			t.Errorf("ack %+v, want the envelope id and no payload", a)
		}
		p := tb.slack.next(t)
		if p.Method != "chat.postMessage" || p.ThreadTS != "1610927831.000200" || p.Text != rec.want(t, "test", false) {
			t.Errorf("reply %s thread %q %q, want chat.postMessage in thread 1610927831.000200 answering \"test\"", p.Method, p.ThreadTS, p.Text)
		}
	})
	t.Run("slash command is answered in the ack", func(t *testing.T) {
		c.send(t, wire(t, "sm_slash_commands_docs.json"))
		a := fsm.nextAck(t)
		if a.EnvelopeID != "dbdd0ef3-1543-4f94-bfb4-133d0e6c1545" {
			t.Errorf("ack for %q, want dbdd0ef3-…", a.EnvelopeID)
		}
		var reply struct {
			ResponseType string `json:"response_type"`
			Text         string `json:"text"`
		}
		if err := json.Unmarshal(a.Payload, &reply); err != nil || reply.ResponseType != "ephemeral" || reply.Text != rec.want(t, "/randorilke", true) {
			t.Errorf("ack payload %s (%v), want an ephemeral answer to /randorilke", a.Payload, err)
		}
	})
	t.Run("interactive: other actions are acked and ignored", func(t *testing.T) {
		c.send(t, wire(t, "sm_interactive_block_actions_docs.json"))
		if a := fsm.nextAck(t); a.EnvelopeID == "" {
			t.Errorf("ack without envelope id")
		}
	})
	t.Run("interactive: Share posts in the channel", func(t *testing.T) {
		var cb map[string]any
		if err := json.Unmarshal(shareJSON(t, "/funding Kenya", "C7", tb.slack.responseURL()), &cb); err != nil {
			t.Fatal(err)
		}
		c.send(t, envelope(t, "interactive", "env-share", cb))
		if a := fsm.nextAck(t); a.EnvelopeID != "env-share" {
			t.Errorf("ack for %q, want env-share", a.EnvelopeID)
		}
		p := tb.slack.next(t)
		if p.Method != "response_url" || p.Text != rec.want(t, "/funding Kenya", false) || !strings.Contains(p.Raw, `"response_type":"in_channel"`) {
			t.Errorf("share sent %s %q, want the answer in_channel through response_url: %s", p.Method, p.Text, p.Raw)
		}
	})
	t.Run("envelope slack-go cannot parse is still acked", func(t *testing.T) {
		c.send(t, envelope(t, "events_api", "env-unknown", map[string]any{"type": "event_callback", "event_id": "EvX",
			"event": map[string]any{"type": "fundbot_future_event", "user": "U1"}}))
		if a := fsm.nextAck(t); a.EnvelopeID != "env-unknown" {
			t.Errorf("ack for %q, want env-unknown", a.EnvelopeID)
		}
	})
	t.Run("reconnects on disconnect", func(t *testing.T) {
		c.send(t, wire(t, "sm_disconnect_refresh_requested.json"))
		c2 := fsm.nextConn(t)
		if c2.n != c.n+1 {
			t.Fatalf("connection %d after %d", c2.n, c.n)
		}
		c2.send(t, envelope(t, "events_api", "env-dm", map[string]any{"type": "event_callback", "event_id": "EvDM",
			"event": message("D1", "im", "U1", "5.5", "Kenya", nil)}))
		if a := fsm.nextAck(t); a.EnvelopeID != "env-dm" || a.conn != c2.n {
			t.Errorf("ack %+v, want env-dm on connection %d", a, c2.n)
		}
		if p := tb.slack.next(t); p.Channel != "D1" || p.Text != rec.want(t, "Kenya", false) {
			t.Errorf("DM reply to %s: %q", p.Channel, p.Text)
		}
		c = c2
	})
	t.Run("reconnects when the connection drops", func(t *testing.T) {
		c.ws.NetConn().Close()
		c3 := fsm.nextConn(t)
		if c3.n != c.n+1 {
			t.Fatalf("connection %d after %d", c3.n, c.n)
		}
		c3.send(t, envelope(t, "events_api", "env-3", map[string]any{"type": "event_callback", "event_id": "Ev3",
			"event": message("D1", "im", "U1", "6.6", "Japan", nil)}))
		if a := fsm.nextAck(t); a.EnvelopeID != "env-3" {
			t.Errorf("ack %+v, want env-3", a)
		}
		tb.slack.next(t)
	})
	cancel()
	if err := <-done; err != nil {
		t.Errorf("RunSocketMode after cancel = %v, want nil", err)
	}
	done <- nil // for the cleanup
}

// shareJSON is the interactivity payload of a Share click.
func shareJSON(t testing.TB, query, channel, responseURL string) []byte {
	t.Helper()
	form := string(shareBody(t, query, channel, responseURL))
	v, err := parseForm(form)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(v)
}

func TestSocketModeHugeCommand(t *testing.T) {
	tests := []struct {
		name   string
		filler string
		viaURL bool // too big for an ack: answered through response_url
	}{
		{"fits in an ack", "", false},
		// Each & is escaped twice, to &amp; for Slack and \u0026 in JSON:
		// the rendered reply is over Socket Mode's 20 KiB.
		{"too big for an ack", "R&D & more & more & more & ", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb, fsm, _, _ := socketBot(t, &fakeAnswerer{huge: true, filler: tt.filler}, 0)
			c := fsm.nextConn(t)
			body := map[string]any{"command": "/funding", "text": "all", "channel_id": "C1", "user_id": "U1",
				"response_url": tb.slack.responseURL()}
			c.send(t, envelope(t, "slash_commands", "env-huge", body))
			a := fsm.nextAck(t)
			if a.EnvelopeID != "env-huge" {
				t.Fatalf("ack for %q", a.EnvelopeID)
			}
			if len(a.Payload) >= 20*1024 {
				t.Errorf("ack payload of %d bytes, Slack drops 20 KiB or more", len(a.Payload))
			}
			if got := len(a.Payload) == 0; got != tt.viaURL {
				t.Fatalf("empty ack = %v, want %v", got, tt.viaURL)
			}
			if tt.viaURL {
				p := tb.slack.next(t)
				if p.Method != "response_url" {
					t.Errorf("huge answer by %s, want response_url", p.Method)
				}
				checkSlackLimits(t, p.Text, p.Blocks)
				return
			}
			var reply struct {
				Text   string           `json:"text"`
				Blocks []map[string]any `json:"blocks"`
			}
			if err := json.Unmarshal(a.Payload, &reply); err != nil {
				t.Fatal(err)
			}
			checkSlackLimits(t, reply.Text, reply.Blocks)
		})
	}
}

func TestSocketModeCannotConnect(t *testing.T) {
	tests := []struct {
		name  string
		setup func(tb *testBot)
	}{
		{"slack unreachable", func(tb *testBot) {
			for range 100 {
				tb.slack.failNext("apps.connections.open", serverError)
			}
		}},
		{"websocket refused", func(tb *testBot) {
			tb.slack.mu.Lock()
			tb.slack.wsURL = "ws://127.0.0.1:1/link"
			tb.slack.mu.Unlock()
		}},
		{"app token refused", func(tb *testBot) {
			tb.slack.failNext("apps.connections.open", slackError("invalid_auth"))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTestBot(t, &fakeAnswerer{}, Options{})
			tt.setup(tb)
			start := time.Now()
			err := tb.b.RunSocketMode(t.Context(), 300*time.Millisecond)
			if !errors.Is(err, errCannotConnect) {
				t.Errorf("RunSocketMode = %v, want errCannotConnect", err)
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("gave up after %v", took)
			}
			if tb.b.Ready() {
				t.Errorf("bot ready while not connected")
			}
		})
	}
}
