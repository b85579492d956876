package chaos

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Bounds the process must stay within under every scenario. They are far
// above what it uses (docs/reliability.md has the figures measured) and far
// below what an unbounded bot reaches (the issue saw 30,000 goroutines,
// 10,000 descriptors and 458 MB from 10,000 mentions with Slack hanging).
const (
	maxGoroutines = 300
	maxFDs        = 300
	maxRSS        = 300 << 20
	ackLimit      = 3 * time.Second
)

// flood sends every event in evs (channel, ts), each twice (the second as
// Slack's retry), from 16 senders, and records the acknowledgements.
func flood(t *testing.T, p *proc, evs [][2]string, text func(i int) string) *acks {
	t.Helper()
	a := &acks{}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for i := range jobs {
				ch, ts := evs[i/2][0], evs[i/2][1]
				code, d, err := p.event("Ev"+ch+ts, ch, ts, text(i/2), i%2)
				if err != nil {
					t.Errorf("event %s %s: %v", ch, ts, err)
					continue
				}
				a.add(code, d)
			}
		})
	}
	for i := range 2 * len(evs) {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return a
}

// events are n mentions in channels C0..C(channels-1), and their reply ids.
func events(n, channels int) (evs [][2]string, ids []string) {
	for i := range n {
		ch, ts := "C"+strconv.Itoa(i%channels), "1700000000."+strconv.Itoa(100000+i)
		evs = append(evs, [2]string{ch, ts})
		ids = append(ids, "msg:"+ch+":"+ts)
	}
	return evs, ids
}

func checkBounds(t *testing.T, pk *peaks, a *acks) {
	t.Helper()
	pk.mu.Lock()
	defer pk.mu.Unlock()
	t.Logf("peaks: %.0f goroutines, %.0f descriptors, %.1f MB resident; acks p50 %v, p99 %v, max %v, codes %v",
		pk.goroutines, pk.fds, pk.rssBytes/(1<<20), a.quantile(0.5), a.quantile(0.99), a.quantile(1), a.codes)
	if pk.goroutines == 0 {
		t.Errorf("no metrics sampled")
	}
	if pk.goroutines > maxGoroutines || pk.fds > maxFDs || pk.rssBytes > maxRSS {
		t.Errorf("peaks %.0f goroutines, %.0f fds, %.0f bytes; want at most %d, %d, %d",
			pk.goroutines, pk.fds, pk.rssBytes, maxGoroutines, maxFDs, maxRSS)
	}
	if m := a.quantile(1); m > ackLimit {
		t.Errorf("slowest acknowledgement %v, want under %v", m, ackLimit)
	}
}

// TestFloodMisbehavingSlack floods the bot with 300 mentions in 100
// channels, each delivered twice (Slack's retry), 30 of them 40 KB long,
// while Slack rate-limits each channel to one post a second and resets the
// connection after accepting every 7th post.
func TestFloodMisbehavingSlack(t *testing.T) {
	slack := newFakeSlack(t)
	slack.set(func(f *fakeSlack) { f.resetEach = 7 })
	p := start(t, slack, t.TempDir())
	stop := make(chan struct{})
	pk := watch(p, stop)
	evs, ids := events(300, 100)
	long := strings.Repeat("how much did Japan give ", 1700) // about 40 KB
	a := flood(t, p, evs, func(i int) string {
		if i%10 == 0 {
			return long
		}
		return "how much did Japan give IOM in 2011? " + strconv.Itoa(i)
	})
	waitFor(t, 60*time.Second, "every reply posted", func() bool {
		m, err := p.metrics()
		return err == nil && m["fundbot_outbox_backlog"] == 0 && len(slack.replies()) >= len(ids)
	})
	close(stop)
	<-pk.done
	if a.codes[200] != 2*len(evs) {
		t.Errorf("acknowledgements %v, want %d × 200", a.codes, 2*len(evs))
	}
	checkBounds(t, pk, a)
	exactlyOnce(t, slack, ids)
	slack.mu.Lock()
	t.Logf("slack: %d posts accepted, %d answers lost to a reset, %d rate-limited", slack.accepted, slack.resets, slack.limited)
	slack.mu.Unlock()
	if code, took := p.stop(syscall.SIGTERM, 10*time.Second); code != 0 {
		t.Errorf("exit code %d after SIGTERM (%v), want 0", code, took)
	}
}

// TestHangingSlackSIGTERMAndRestart floods the bot while Slack hangs on
// every call: acknowledgements stay fast and resources bounded; SIGTERM
// exits 0 after SHUTDOWN_TIMEOUT with the replies stored; a restart with
// Slack back delivers each exactly once.
func TestHangingSlackSIGTERMAndRestart(t *testing.T) {
	slack := newFakeSlack(t)
	hang := make(chan struct{})
	data := t.TempDir()
	p := start(t, slack, data)
	slack.set(func(f *fakeSlack) { f.hang = hang })
	stop := make(chan struct{})
	pk := watch(p, stop)
	n := 200
	if v, err := strconv.Atoi(os.Getenv("FUNDBOT_CHAOS_EVENTS")); err == nil && v > 0 {
		n = v // a bigger flood, for the figures in docs/reliability.md
	}
	evs, ids := events(n, n)
	a := flood(t, p, evs, func(i int) string { return "Pakistan " + strconv.Itoa(i) })
	close(stop)
	<-pk.done
	checkBounds(t, pk, a)
	code, took := p.stop(syscall.SIGTERM, 10*time.Second)
	t.Logf("SIGTERM with Slack hanging: exit %d after %v (SHUTDOWN_TIMEOUT=2s)", code, took)
	if code != 0 {
		t.Errorf("exit code %d, want 0 (the rest is stored)", code)
	}
	if !strings.Contains(p.log(), "replies still owed are stored") {
		t.Errorf("log does not say the replies were stored")
	}
	close(hang)
	slack.set(func(f *fakeSlack) { f.hang = nil })
	p2 := start(t, slack, data)
	restarted := time.Now()
	waitFor(t, 30*time.Second+time.Duration(n)*5*time.Millisecond, "every reply posted after the restart", func() bool {
		m, err := p2.metrics()
		return err == nil && m["fundbot_outbox_backlog"] == 0 && len(slack.replies()) >= len(ids)
	})
	t.Logf("%d replies delivered %v after the restart", len(ids), time.Since(restarted).Round(time.Millisecond))
	exactlyOnce(t, slack, ids)
	p2.stop(syscall.SIGTERM, 10*time.Second)
}

// TestSIGKILLMidFlight kills the bot with SIGKILL while it posts (Slack is
// slow and loses the answer to every 3rd post it accepts), then restarts
// it: every reply appears exactly once.
func TestSIGKILLMidFlight(t *testing.T) {
	slack := newFakeSlack(t)
	slack.set(func(f *fakeSlack) { f.delay, f.resetEach = 100*time.Millisecond, 3 })
	data := t.TempDir()
	p := start(t, slack, data)
	evs, ids := events(80, 80)
	a := flood(t, p, evs, func(i int) string { return "Kenya " + strconv.Itoa(i) })
	if m := a.quantile(1); m > ackLimit {
		t.Errorf("slowest acknowledgement %v, want under %v", m, ackLimit)
	}
	waitFor(t, 20*time.Second, "some replies posted", func() bool { return len(slack.replies()) >= 15 })
	code, _ := p.stop(syscall.SIGKILL, 5*time.Second)
	before := len(slack.replies())
	t.Logf("killed (%d) with %d of %d replies posted", code, before, len(ids))
	if before >= len(ids) {
		t.Fatalf("every reply was posted before the kill; the test proves nothing")
	}
	slack.set(func(f *fakeSlack) { f.delay = 0 })
	p2 := start(t, slack, data)
	waitFor(t, 30*time.Second, "every reply posted after the restart", func() bool {
		m, err := p2.metrics()
		return err == nil && m["fundbot_outbox_backlog"] == 0 && len(slack.replies()) >= len(ids)
	})
	exactlyOnce(t, slack, ids)
	found := strings.Count(p.log()+p2.log(), "reply found already posted")
	t.Logf("replies found already posted when checked before posting again: %d", found)
	p2.stop(syscall.SIGTERM, 10*time.Second)
}

// TestRevokedToken revokes the bot's token while it serves: /healthz fails.
func TestRevokedToken(t *testing.T) {
	slack := newFakeSlack(t)
	p := start(t, slack, t.TempDir())
	slack.set(func(f *fakeSlack) { f.revoked = true })
	if code, _, err := p.event("Ev1", "C1", "1.1", "Kenya", 0); err != nil || code != 200 {
		t.Fatalf("event: %d %v", code, err)
	}
	waitFor(t, 10*time.Second, "/healthz failing", func() bool {
		resp, err := client.Get(p.base + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 503
	})
}

// TestIdleConnections opens 3,000 connections that send nothing and 300
// keep-alive connections left idle after a request, against a cap of 256:
// descriptors stay bounded and /healthz still answers within Slack's 3 s.
func TestIdleConnections(t *testing.T) {
	slack := newFakeSlack(t)
	p := start(t, slack, t.TempDir(), "MAX_CONNECTIONS=256")
	addr := strings.TrimPrefix(p.base, "http://")
	for range 300 {
		tr := &http.Transport{}
		t.Cleanup(tr.CloseIdleConnections)
		resp, err := (&http.Client{Transport: tr, Timeout: 10 * time.Second}).Get(p.base + "/healthz")
		if err != nil {
			t.Fatalf("keep-alive request: %v", err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	for range 3000 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		t.Cleanup(func() { c.Close() })
	}
	fresh := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	start := time.Now()
	resp, err := fresh.Get(p.base + "/healthz")
	took := time.Since(start)
	if err != nil {
		t.Fatalf("/healthz behind 3,300 idle connections: %v", err)
	}
	resp.Body.Close()
	resp, err = fresh.Get(p.base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if name, value, ok := strings.Cut(sc.Text(), " "); ok {
			if v, err := strconv.ParseFloat(value, 64); err == nil {
				m[name] = v
			}
		}
	}
	resp.Body.Close()
	t.Logf("/healthz behind 3,000 silent and 300 idle connections (cap 256): %d in %v; %0.f descriptors open",
		resp.StatusCode, took.Round(time.Millisecond), m["process_open_fds"])
	if took > ackLimit {
		t.Errorf("/healthz took %v, want under %v", took, ackLimit)
	}
	if m["process_open_fds"] > 256+64 {
		t.Errorf("%.0f descriptors open, want at most the cap and a few more", m["process_open_fds"])
	}
}

// TestCommandFlood sends 400 different slash commands (none cached) from 16
// senders to a bot with 2 workers and 4 queue places: every one is
// acknowledged within 3 s and gets exactly one answer: in the
// acknowledgement (the answer, or "busy, try again"), or, when slow, one
// reply at its response_url.
func TestCommandFlood(t *testing.T) {
	slack := newFakeSlack(t)
	p := start(t, slack, t.TempDir(), "FUNDBOT_WORKERS=2", "FUNDBOT_QUEUE=4")
	stop := make(chan struct{})
	pk := watch(p, stop)
	a := &acks{}
	const n = 400
	var mu sync.Mutex
	inBody, busy := map[string]bool{}, 0
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for i := range jobs {
				id := "trig" + strconv.Itoa(i)
				code, body, d, err := p.command(slack, id, "Pakistan "+strconv.Itoa(i)+" "+strings.Repeat("x", i%50))
				if err != nil {
					t.Errorf("command %d: %v", i, err)
					continue
				}
				a.add(code, d)
				mu.Lock()
				if body != "" {
					inBody[id] = true
					if strings.Contains(body, "busy") {
						busy++
					}
				}
				mu.Unlock()
			}
		})
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	waitFor(t, 30*time.Second, "every slow command answered", func() bool {
		m, err := p.metrics()
		return err == nil && m["fundbot_outbox_backlog"] == 0
	})
	close(stop)
	<-pk.done
	checkBounds(t, pk, a)
	slack.mu.Lock()
	defer slack.mu.Unlock()
	late := 0
	for i := range n {
		id := "trig" + strconv.Itoa(i)
		got := slack.hooks[id]
		if inBody[id] {
			got++
		} else {
			late++
		}
		if got != 1 {
			t.Errorf("command %s answered %d times, want exactly once", id, got)
		}
	}
	t.Logf("%d commands: %d answered in the acknowledgement (%d of them busy), %d through response_url",
		n, len(inBody), busy, late)
}

// TestLongMessages sends 200 mentions of 40 KB each (each twice), the
// issue's case that pushed acknowledgements past 3 s: every ack within 3 s,
// each reply exactly once.
func TestLongMessages(t *testing.T) {
	slack := newFakeSlack(t)
	p := start(t, slack, t.TempDir())
	stop := make(chan struct{})
	pk := watch(p, stop)
	evs, ids := events(200, 200)
	long := strings.Repeat("how much did Japan give to IOM in 2011 ", 1030) // about 40 KB
	a := flood(t, p, evs, func(int) string { return long })
	waitFor(t, 60*time.Second, "every reply posted", func() bool {
		m, err := p.metrics()
		return err == nil && m["fundbot_outbox_backlog"] == 0 && len(slack.replies()) >= len(ids)
	})
	close(stop)
	<-pk.done
	checkBounds(t, pk, a)
	exactlyOnce(t, slack, ids)
}

// TestSocketModeFlood is the flood over Socket Mode: 200 mentions in 100
// channels, each envelope sent twice (the second as Slack's retry, under
// another envelope id), while Slack rate-limits each channel and resets the
// connection after every 7th post it accepts. Every envelope is acked
// within 3 s, each reply is posted once, and SIGTERM exits 0.
func TestSocketModeFlood(t *testing.T) {
	slack := newFakeSlack(t)
	slack.set(func(f *fakeSlack) { f.resetEach = 7 })
	p := start(t, slack, t.TempDir(), "SLACK_APP_TOKEN=xapp-1-chaos-app-token")
	stop := make(chan struct{})
	pk := watch(p, stop)
	evs, ids := events(200, 100)
	// One envelope first, to time a single ack with the connection up.
	slack.envelopes <- socketEnvelope{"warm-up", []byte(`{"type":"events_api","envelope_id":"warm-up","payload":` +
		`{"type":"event_callback","event_id":"EvWarm","event":{"type":"reaction_added","user":"U1"}}}`)}
	waitFor(t, 30*time.Second, "the first ack", func() bool {
		slack.mu.Lock()
		defer slack.mu.Unlock()
		_, ok := slack.ackedIn["warm-up"]
		return ok
	})
	slack.mu.Lock()
	t.Logf("a single envelope acked in %v", slack.ackedIn["warm-up"])
	delete(slack.ackedIn, "warm-up")
	slack.mu.Unlock()
	for retry := range 2 {
		for i, ev := range evs {
			id := "env-" + strconv.Itoa(retry) + "-" + strconv.Itoa(i)
			frame, _ := json.Marshal(map[string]any{
				"type": "events_api", "envelope_id": id, "retry_attempt": retry, "accepts_response_payload": false,
				"payload": map[string]any{"type": "event_callback", "team_id": "T1", "event_id": "Ev" + ev[0] + ev[1],
					"event": map[string]any{"type": "app_mention", "user": "U1", "channel": ev[0], "ts": ev[1],
						"event_ts": ev[1], "text": "<@UFUNDBOT> how much did Japan give " + strconv.Itoa(i)}},
			})
			slack.envelopes <- socketEnvelope{id, frame}
		}
	}
	waitFor(t, 60*time.Second, "every envelope acked and every reply posted", func() bool {
		slack.mu.Lock()
		acked := len(slack.ackedIn)
		slack.mu.Unlock()
		m, err := p.metrics()
		return acked == 2*len(evs) && err == nil && m["fundbot_outbox_backlog"] == 0 && len(slack.replies()) >= len(ids)
	})
	close(stop)
	<-pk.done
	a := &acks{}
	slack.mu.Lock()
	for _, d := range slack.ackedIn {
		a.add(200, d)
	}
	slack.mu.Unlock()
	checkBounds(t, pk, a)
	exactlyOnce(t, slack, ids)
	if code, took := p.stop(syscall.SIGTERM, 10*time.Second); code != 0 {
		t.Errorf("exit code %d after SIGTERM (%v), want 0", code, took)
	}
}
