package chaos

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const (
	secret   = "chaos-signing-secret"
	botToken = "xoxb-chaos-0000-token"
)

// binary is the fundbot binary TestMain builds.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "fundbot-chaos-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "fundbot")
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	out, err := exec.Command(gobin, "build", "-o", binary, "github.com/fundbot/fundbot/cmd/fundbot").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build fundbot: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// proc is a running `fundbot serve`.
type proc struct {
	t    testing.TB
	cmd  *exec.Cmd
	base string
	logs *bytes.Buffer
	mu   *sync.Mutex
	done chan struct{}
	err  error
}

// start runs fundbot serve in HTTP mode against slack, with its data in
// data, and waits until it is healthy.
func start(t testing.TB, slack *fakeSlack, data string, extra ...string) *proc {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(binary, "serve")
	cmd.Dir = t.TempDir() // no .env there
	cmd.Env = append([]string{
		"SLACK_BOT_TOKEN=" + botToken, "SLACK_SIGNING_SECRET=" + secret, "SLACK_API_URL=" + slack.apiURL(),
		"PORT=" + strconv.Itoa(port), "FUNDBOT_DATA=" + data, "LOG_FORMAT=json", "SHUTDOWN_TIMEOUT=2s",
	}, extra...)
	if slices.ContainsFunc(extra, func(e string) bool { return strings.HasPrefix(e, "SLACK_APP_TOKEN=") }) {
		// Socket Mode: /healthz and /metrics on METRICS_ADDR, the same port.
		cmd.Env = append(cmd.Env, "METRICS_ADDR=127.0.0.1:"+strconv.Itoa(port))
	}
	p := &proc{t: t, cmd: cmd, base: "http://127.0.0.1:" + strconv.Itoa(port), logs: &bytes.Buffer{}, mu: &sync.Mutex{}, done: make(chan struct{})}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			p.mu.Lock()
			if p.logs.Len() < 8<<20 {
				p.logs.Write(sc.Bytes())
				p.logs.WriteByte('\n')
			}
			p.mu.Unlock()
		}
		p.err = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			t.Logf("fundbot logs:\n%s", p.log())
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(p.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return p
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("fundbot not healthy within 30 s:\n%s", p.log())
		}
		select {
		case <-p.done:
			t.Fatalf("fundbot exited early: %v\n%s", p.err, p.log())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (p *proc) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.logs.String()
}

// client posts events with a bounded pool of connections.
var client = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}

// event posts a signed Events API callback: a mention in channel at ts, with
// Slack's retry header when retry > 0. It returns the status and how long
// the acknowledgement took.
func (p *proc) event(id, channel, ts, text string, retry int) (int, time.Duration, error) {
	body, _ := json.Marshal(map[string]any{
		"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": id, "event_time": 1,
		"event": map[string]any{"type": "app_mention", "user": "U1", "channel": channel, "ts": ts, "event_ts": ts,
			"text": "<@UFUNDBOT> " + text},
	})
	now := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + now + ":"))
	mac.Write(body)
	req, _ := http.NewRequest(http.MethodPost, p.base+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Slack-Request-Timestamp", now)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	if retry > 0 {
		req.Header.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
		req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, time.Since(start), err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, time.Since(start), nil
}

// command posts a signed slash command whose response_url is the fake
// Slack's hook id; it returns the status, the body and how long the
// acknowledgement took.
func (p *proc) command(slack *fakeSlack, id, text string) (int, string, time.Duration, error) {
	form := url.Values{"command": {"/funding"}, "text": {text}, "team_id": {"T1"}, "channel_id": {"C1"},
		"user_id": {"U1"}, "trigger_id": {id}, "response_url": {slack.srv.URL + "/hook/" + id}}
	body := []byte(form.Encode())
	now := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + now + ":"))
	mac.Write(body)
	req, _ := http.NewRequest(http.MethodPost, p.base+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", now)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, "", time.Since(start), err
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp.StatusCode, string(b), time.Since(start), nil
}

// metrics reads the gauges named from /metrics.
func (p *proc) metrics() (map[string]float64, error) {
	resp, err := client.Get(p.base + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), " ")
		if !ok || strings.HasPrefix(name, "#") || strings.Contains(name, "{") {
			continue
		}
		if v, err := strconv.ParseFloat(value, 64); err == nil {
			out[name] = v
		}
	}
	return out, sc.Err()
}

// peaks samples the process's goroutines, descriptors and memory until
// stop is closed, and keeps the highest.
type peaks struct {
	mu                        sync.Mutex
	goroutines, fds, rssBytes float64
	done                      chan struct{}
}

func watch(p *proc, stop <-chan struct{}) *peaks {
	pk := &peaks{done: make(chan struct{})}
	go func() {
		defer close(pk.done)
		for {
			if m, err := p.metrics(); err == nil {
				pk.mu.Lock()
				pk.goroutines = max(pk.goroutines, m["go_goroutines"])
				pk.fds = max(pk.fds, m["process_open_fds"])
				pk.rssBytes = max(pk.rssBytes, m["process_resident_memory_bytes"])
				pk.mu.Unlock()
			}
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	return pk
}

// acks collects acknowledgement times.
type acks struct {
	mu    sync.Mutex
	times []time.Duration
	codes map[int]int
}

func (a *acks) add(code int, d time.Duration) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.codes == nil {
		a.codes = map[int]int{}
	}
	a.codes[code]++
	a.times = append(a.times, d)
}

// quantile is the q-quantile of the times so far.
func (a *acks) quantile(q float64) time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.times) == 0 {
		return 0
	}
	s := slices.Clone(a.times)
	slices.Sort(s)
	return s[min(len(s)-1, int(q*float64(len(s))))]
}

// stop sends sig and waits for the process to exit; it returns the exit
// code and how long it took.
func (p *proc) stop(sig syscall.Signal, within time.Duration) (int, time.Duration) {
	p.t.Helper()
	start := time.Now()
	p.cmd.Process.Signal(sig)
	select {
	case <-p.done:
	case <-time.After(within):
		p.t.Fatalf("fundbot did not exit within %v of %v", within, sig)
	}
	code := 0
	if ee, ok := p.err.(*exec.ExitError); ok {
		code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = -int(ws.Signal())
		}
	}
	return code, time.Since(start)
}

// waitFor polls cond until it holds or within passes.
func waitFor(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// exactlyOnce checks that every reply id in want was posted once, and
// nothing else.
func exactlyOnce(t testing.TB, slack *fakeSlack, want []string) {
	t.Helper()
	got := slack.replies()
	for _, id := range want {
		if got[id] != 1 {
			t.Errorf("reply %s posted %d times, want exactly once", id, got[id])
		}
		delete(got, id)
	}
	for id, n := range got {
		t.Errorf("unexpected reply %q posted %d times", id, n)
	}
}
