package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/fundbot/fundbot/internal/testlog"
)

// freePort returns a loopback port that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// slackCall is a call to the fake Slack Web API.
type slackCall struct {
	method string
	form   url.Values
}

// fakeWebAPI records Slack Web API calls on loopback. apps.connections.open
// refuses the app token.
func fakeWebAPI(t *testing.T) (*httptest.Server, chan slackCall) {
	return fakeWebAPIWithSocket(t, "")
}

// fakeWebAPIWithSocket is fakeWebAPI whose apps.connections.open answers
// wsURL, if set.
func fakeWebAPIWithSocket(t *testing.T, wsURL string) (*httptest.Server, chan slackCall) {
	calls := make(chan slackCall, 100)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		form, _ := url.ParseQuery(string(body))
		method := strings.TrimPrefix(r.URL.Path, "/api/")
		w.Header().Set("Content-Type", "application/json")
		switch method {
		case "auth.test":
			io.WriteString(w, `{"ok":true,"user_id":"UFUNDBOT","team":"Test"}`)
		case "apps.connections.open":
			if wsURL == "" {
				io.WriteString(w, `{"ok":false,"error":"invalid_auth"}`)
			} else {
				io.WriteString(w, `{"ok":true,"url":"`+wsURL+`"}`)
			}
		default:
			io.WriteString(w, `{"ok":true,"ts":"1.2"}`)
		}
		calls <- slackCall{method, form}
	}))
	t.Cleanup(srv.Close)
	return srv, calls
}

func signedPost(t *testing.T, port int, secret, contentType string, body []byte) *http.Response {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	req, _ := http.NewRequest(http.MethodPost, "http://127.0.0.1:"+strconv.Itoa(port)+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func nextCall(t *testing.T, calls chan slackCall, method string) slackCall {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case c := <-calls:
			if c.method == method {
				return c
			}
		case <-deadline:
			t.Fatalf("no %s call", method)
		}
	}
}

// TestServeHTTP runs `fundbot serve` in HTTP mode with the real engine and
// the embedded corpus, against a fake Slack on loopback.
func TestServeHTTP(t *testing.T) {
	api, calls := fakeWebAPI(t)
	port := freePort(t)
	env := map[string]string{
		"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_SIGNING_SECRET": cfgSecret, "SLACK_API_URL": api.URL + "/api/",
		"PORT": strconv.Itoa(port), "LOG_LEVEL": "debug", "SHUTDOWN_TIMEOUT": "5s", "FUNDBOT_DATA": t.TempDir(),
	}
	logs := testlog.NewBuffer(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, envMap(env), io.Discard, logs) }()

	// Ready: healthcheck passes.
	deadline := time.Now().Add(30 * time.Second)
	for healthcheck(ctx, nil, envMap(env), io.Discard, io.Discard) != nil {
		if time.Now().After(deadline) {
			t.Fatal("fundbot serve never became healthy")
		}
		select {
		case err := <-done:
			t.Fatalf("serve returned early: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
	}

	t.Run("slash command answered in the body", func(t *testing.T) {
		form := url.Values{"command": {"/funding"}, "text": {"Pakistan"}, "user_id": {"U1"}, "channel_id": {"C1"},
			"response_url": {api.URL + "/hook"}}
		resp := signedPost(t, port, cfgSecret, "application/x-www-form-urlencoded", []byte(form.Encode()))
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || !strings.Contains(string(body), `"response_type":"ephemeral"`) || !strings.Contains(string(body), "Pakistan") {
			t.Errorf("/funding Pakistan: %d %s", resp.StatusCode, body)
		}
	})
	t.Run("mention answered in its thread", func(t *testing.T) {
		ev := `{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1","channel":"C1",` +
			`"ts":"10.1","text":"<@UFUNDBOT> how much did Japan give IOM in 2011?"}}`
		resp := signedPost(t, port, cfgSecret, "application/json", []byte(ev))
		if resp.StatusCode != 200 {
			t.Fatalf("event: %d", resp.StatusCode)
		}
		c := nextCall(t, calls, "chat.postMessage")
		if c.form.Get("channel") != "C1" || c.form.Get("thread_ts") != "10.1" || !strings.Contains(c.form.Get("text"), "37.9") {
			t.Errorf("reply %v: want C1, thread 10.1, the stated total", c.form)
		}
	})
	t.Run("forged request refused", func(t *testing.T) {
		resp := signedPost(t, port, "wrong-secret", "application/x-www-form-urlencoded", []byte("command=%2Ffunding"))
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("forged: %d, want 401", resp.StatusCode)
		}
	})
	t.Run("metrics", func(t *testing.T) {
		resp, err := http.Get("http://127.0.0.1:" + strconv.Itoa(port) + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		for _, want := range []string{"fundbot_requests_total", "fundbot_answers_total", "go_goroutines"} {
			if !strings.Contains(string(body), want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
	})

	cancel() // as SIGTERM does
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after shutdown = %v, want nil (exit 0)", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if err := healthcheck(context.Background(), nil, envMap(env), io.Discard, io.Discard); err == nil {
		t.Errorf("healthcheck passes after shutdown")
	}
	checkNoSecrets(t, logs.String())
}

func checkNoSecrets(t *testing.T, logs string) {
	t.Helper()
	for _, s := range []string{cfgBotToken, cfgAppToken, cfgSecret} {
		if strings.Contains(logs, s) {
			t.Errorf("logs show a secret (%.8s…)", s)
		}
	}
}

func TestServeErrors(t *testing.T) {
	api, _ := fakeWebAPI(t)
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"config error", map[string]string{"SLACK_BOT_TOKEN": "xoxp-" + cfgSecret}, "SLACK_BOT_TOKEN"},
		{"socket mode, app token refused", map[string]string{"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_APP_TOKEN": cfgAppToken,
			"SLACK_API_URL": api.URL + "/api/", "LOG_FORMAT": "json", "FUNDBOT_DATA": t.TempDir()}, "cannot connect"},
		{"port taken", map[string]string{"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_SIGNING_SECRET": cfgSecret,
			"SLACK_API_URL": api.URL + "/api/", "PORT": takenPort(t), "FUNDBOT_DATA": t.TempDir()}, "PORT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := testlog.NewBuffer(t)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err := run(ctx, []string{"serve"}, envMap(tt.env), io.Discard, logs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("serve = %v, want an error about %s", err, tt.want)
			}
			checkNoSecrets(t, logs.String()+errString(err))
		})
	}
	for _, reason := range []string{"invalid_auth", "account_inactive", "token_revoked", "not_authed"} {
		t.Run("token rejected at start: "+reason, func(t *testing.T) {
			api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, `{"ok":false,"error":"`+reason+`"}`)
			}))
			defer api.Close()
			env := map[string]string{"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_SIGNING_SECRET": cfgSecret,
				"SLACK_API_URL": api.URL + "/api/", "PORT": strconv.Itoa(freePort(t)), "FUNDBOT_DATA": t.TempDir()}
			logs := testlog.NewBuffer(t)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err := run(ctx, []string{"serve"}, envMap(env), io.Discard, logs)
			if err == nil || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") || !strings.Contains(err.Error(), reason) {
				t.Errorf("serve with a token Slack rejects (%s) = %v, want an error naming SLACK_BOT_TOKEN and %s", reason, err, reason)
			}
			checkNoSecrets(t, logs.String()+errString(err))
		})
	}
	t.Run("arguments", func(t *testing.T) {
		err := run(context.Background(), []string{"serve", "now"}, envMap(nil), io.Discard, io.Discard)
		if !errors.Is(err, errUsage) {
			t.Errorf("serve now = %v, want a usage error", err)
		}
	})
	t.Run("strict, bad corpus", func(t *testing.T) {
		env := map[string]string{"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_SIGNING_SECRET": cfgSecret,
			"SLACK_API_URL": api.URL + "/api/", "PORT": strconv.Itoa(freePort(t)), "FUNDBOT_CORPUS": badCorpus(t), "FUNDBOT_DATA": t.TempDir()}
		err := run(context.Background(), []string{"serve", "--strict"}, envMap(env), io.Discard, testlog.NewBuffer(t))
		if err == nil || !strings.Contains(err.Error(), "absurd.md:7:") {
			t.Errorf("serve --strict on a bad corpus = %v, want an error naming absurd.md:7", err)
		}
	})
	t.Run("healthcheck with nothing listening", func(t *testing.T) {
		port := strconv.Itoa(freePort(t))
		if err := run(context.Background(), []string{"healthcheck"}, envMap(map[string]string{"PORT": port}), io.Discard, io.Discard); err == nil {
			t.Errorf("healthcheck passed with nothing on port %s", port)
		}
	})
}

// takenPort returns a port in use until the test ends.
func takenPort(t *testing.T) string {
	ln, err := net.Listen("tcp", ":0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestServeSocketMode runs `fundbot serve` in Socket Mode against a fake
// Socket Mode server: it connects, acks an app_mention and answers it in its
// thread, serves /healthz and /metrics on METRICS_ADDR, and stops cleanly.
func TestServeSocketMode(t *testing.T) {
	acks := make(chan string, 10)
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	ws := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, err := up.Upgrade(w, r, nil)
		if err != nil {
			t.Errorf("upgrade: %v", err)
			return
		}
		defer conn.Close()
		conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello","num_connections":1}`))
		conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"events_api","envelope_id":"env-1","payload":`+
			`{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1","channel":"C1",`+
			`"ts":"20.1","text":"<@UFUNDBOT> /funding Kenya"}}}`))
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			acks <- string(msg)
		}
	}))
	t.Cleanup(ws.Close)
	api, calls := fakeWebAPIWithSocket(t, "ws"+strings.TrimPrefix(ws.URL, "http")+"/link")
	metricsPort := freePort(t)
	env := map[string]string{
		"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_APP_TOKEN": cfgAppToken, "SLACK_API_URL": api.URL + "/api/",
		"METRICS_ADDR": "127.0.0.1:" + strconv.Itoa(metricsPort), "LOG_FORMAT": "json", "LOG_LEVEL": "debug", "FUNDBOT_DATA": t.TempDir(),
	}
	logs := testlog.NewBuffer(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, envMap(env), io.Discard, logs) }()

	select {
	case a := <-acks:
		if !strings.Contains(a, `"envelope_id":"env-1"`) {
			t.Errorf("ack %s, want env-1", a)
		}
	case err := <-done:
		t.Fatalf("serve returned early: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("no ack")
	}
	c := nextCall(t, calls, "chat.postMessage")
	if c.form.Get("channel") != "C1" || c.form.Get("thread_ts") != "20.1" || !strings.Contains(c.form.Get("text"), "Kenya") {
		t.Errorf("reply %v: want C1, thread 20.1, about Kenya", c.form)
	}
	healthEnv := envMap(map[string]string{"PORT": strconv.Itoa(metricsPort)})
	if err := healthcheck(ctx, nil, healthEnv, io.Discard, io.Discard); err != nil {
		t.Errorf("healthcheck on METRICS_ADDR: %v", err)
	}
	resp, err := http.Get("http://127.0.0.1:" + strconv.Itoa(metricsPort) + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `fundbot_socket_mode_events_total{type="events_api"} 1`) {
		t.Errorf("/metrics lacks the events_api count")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after shutdown = %v, want nil (exit 0)", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	checkNoSecrets(t, logs.String())
}
